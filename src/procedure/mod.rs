//! The summary procedure (简易处理, Rules Arts. 56–61): the checklist evaluated from a
//! versioned rule set, arbitrators' attestations, the decision with its snapshot, and
//! conversion back to the ordinary procedure without resetting the 45 days (G6).
mod decide;
mod evaluate;
mod model;
mod tasks;
mod wages;

pub use decide::{attest, convert_to_ordinary, decide_summary};
pub use evaluate::ATTESTABLE;
pub use model::*;
pub use tasks::complete_task;
pub use wages::{list_average_wages, set_average_wage};

use crate::actor::Actor;
use crate::cases::{self, CaseFile};
use crate::consent;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::tribunal::{self, lead_of};
use crate::types::{parse_date, shanghai_today};
use evaluate::{Attested, Facts};
use sqlx::{Row, SqliteConnection};
use std::collections::HashMap;

/// The rule set in force on `on`: the newest version whose effective date has come.
async fn rule_set(conn: &mut SqliteConnection, on: &str) -> Result<RuleSet> {
    let row = sqlx::query(
        "SELECT id, version, name, effective_on, province, items FROM procedure_rule_sets
         WHERE effective_on <= ? ORDER BY effective_on DESC, version DESC LIMIT 1",
    )
    .bind(on)
    .fetch_optional(conn)
    .await?
    .ok_or_else(|| Error::precondition("no_rule_set", "没有在该日期生效的简易处理规则集"))?;
    let items: String = row.try_get("items")?;
    Ok(RuleSet {
        id: row.try_get("id")?,
        version: u32::try_from(row.try_get::<i64, _>("version")?).unwrap_or(0),
        name: row.try_get("name")?,
        effective_on: row.try_get("effective_on")?,
        province: row.try_get("province")?,
        items: serde_json::from_str(&items)
            .map_err(|_| Error::internal("rule set items are not a JSON array"))?,
    })
}

async fn attestations(
    conn: &mut SqliteConnection,
    case_id: &str,
) -> Result<HashMap<String, Attested>> {
    let rows: Vec<(String, bool, String, String)> = sqlx::query_as(
        "SELECT a.item, a.holds, a.note, u.display_name FROM procedure_attestations a
         JOIN users u ON u.id = a.attested_by WHERE a.case_id = ? ORDER BY a.attested_at, a.id",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(item, holds, note, by)| (item, Attested { holds, note, by }))
        .collect())
}

async fn decisions(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<ProcedureDecision>> {
    let rows = sqlx::query(
        "SELECT d.id, d.kind, d.decided_on, d.reason, d.sole_arbitrator_id, d.rule_set_id, d.checklist_snapshot,
                d.decided_at, u.display_name FROM procedure_decisions d JOIN users u ON u.id = d.decided_by
         WHERE d.case_id = ? ORDER BY d.decided_at",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let snapshot: String = r.try_get("checklist_snapshot")?;
            Ok(ProcedureDecision {
                id: r.try_get("id")?,
                kind: if kind == "apply_summary" {
                    DecisionKind::ApplySummary
                } else {
                    DecisionKind::ConvertToOrdinary
                },
                decided_on: r.try_get("decided_on")?,
                reason: r.try_get("reason")?,
                sole_arbitrator_id: r.try_get("sole_arbitrator_id")?,
                rule_set_id: r.try_get("rule_set_id")?,
                snapshot: serde_json::from_str(&snapshot)
                    .map_err(|_| Error::internal("checklist snapshot unreadable"))?,
                decided_at: r.try_get("decided_at")?,
                decided_by_name: r.try_get("display_name")?,
            })
        })
        .collect()
}

async fn tasks(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<CaseTask>> {
    Ok(sqlx::query_as::<_, CaseTask>(
        "SELECT id, kind, title, due_on, done_at, done_note FROM case_tasks WHERE case_id = ? ORDER BY created_at, id",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?)
}

fn reference_year(file: &CaseFile) -> i32 {
    let on = file
        .summary
        .accepted_on
        .as_deref()
        .unwrap_or(&file.summary.received_on);
    parse_date(on, "").map_or(2000, |d| d.year())
}

/// Evaluates the checklist inside the caller's connection.
pub(crate) async fn checklist_in(
    conn: &mut SqliteConnection,
    core: &Core,
    case_id: &str,
) -> Result<Checklist> {
    let lead = lead_of(conn, case_id).await?;
    let file = cases::load(conn, &lead).await?;
    let mut group = vec![lead.clone()];
    group.extend(tribunal::merged_members(conn, &lead).await?);
    let mut amount_fen = 0;
    for id in &group {
        let f = if *id == lead {
            file.clone()
        } else {
            cases::load(conn, id).await?
        };
        amount_fen += f.claims.iter().filter_map(|c| c.amount_fen).sum::<i64>();
    }
    let today = crate::types::format_date(shanghai_today(core.now()));
    let rules = rule_set(conn, &today).await?;
    let wage_year = reference_year(&file) - 1;
    let wage: Option<(i64,)> =
        sqlx::query_as("SELECT amount_fen FROM average_wages WHERE province = ? AND year = ?")
            .bind(&rules.province)
            .bind(wage_year)
            .fetch_optional(&mut *conn)
            .await?;
    let records = consent::list_in(conn, &lead).await?;
    let standing = consent::standing(&records);
    let attested = attestations(conn, &lead).await?;
    let confirmation = consent::confirmation_status_in(conn, &lead).await?;
    let missing: Vec<cases::MissingItem> = cases::missing_for_acceptance(&file)
        .into_iter()
        .filter(|m| m.field.starts_with("parties"))
        .collect();
    let items = evaluate::evaluate(&Facts {
        items_in_force: &rules.items,
        province: &rules.province,
        wage_year,
        wage_fen: wage.map(|(w,)| w),
        amount_fen,
        parties: &file.parties,
        standing: &standing,
        attestations: &attested,
        confirmation: &confirmation,
        missing_identity: &missing,
    });
    Ok(Checklist {
        ready: items
            .iter()
            .all(|i| !i.required || i.status == ItemStatus::Met),
        items,
        procedure: file.summary.procedure,
        decisions: decisions(conn, &lead).await?,
        tasks: tasks(conn, &lead).await?,
        lead_case_id: lead,
        group_case_ids: group,
        rule_set: rules,
    })
}

/// The summary-procedure checklist of a case or of its merged group.
pub async fn summary_checklist(core: &Core, _actor: &Actor, case_id: &str) -> Result<Checklist> {
    let mut conn = core.pool().acquire().await?;
    checklist_in(&mut conn, core, case_id).await
}

/// Only an arbitrator seated on the case's tribunal attests and decides.
async fn require_tribunal_arbitrator(
    conn: &mut SqliteConnection,
    actor: &Actor,
    case_id: &str,
) -> Result<()> {
    if tribunal::is_seated_arbitrator(conn, actor, case_id).await? {
        Ok(())
    } else {
        Err(Error::forbidden("只有本案仲裁庭的仲裁员可以确认或决定"))
    }
}
