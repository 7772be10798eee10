//! Recusal (回避): applications before the hearing, or later for grounds learnt after it
//! began until the debate ends (D3); a decision within 3 days by the chair (D4).
use crate::actor::{Actor, Role};
use crate::audit::{self, Event, Who};
use crate::cases;
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date, shanghai_today};
use serde::{Deserialize, Serialize};
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecusalInput {
    pub challenged_user_id: String,
    pub applicant_party_id: String,
    pub ground: String,
    pub applied_on: String,
    /// The ground became known only after the hearing began (Rules Art. 11).
    #[serde(default)]
    pub learnt_after_start: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecusalDecision {
    Granted,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Recusal {
    pub id: String,
    pub challenged_user_id: String,
    pub challenged_name: String,
    pub applicant_party_id: String,
    pub applicant_name: String,
    pub ground: String,
    pub applied_on: String,
    pub learnt_after_start: bool,
    /// False when filed after the debate ended: recorded, but the case goes on (D3).
    pub affects_proceedings: bool,
    /// The decision is due 3 days after the application (D4, T12).
    pub decision_due: String,
    pub decision: Option<RecusalDecision>,
    pub decided_on: Option<String>,
    pub decided_by: Option<String>,
    pub decision_note: Option<String>,
}

pub async fn apply_recusal(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: RecusalInput,
) -> Result<Recusal> {
    cases::require_case_writer(actor)?;
    let applied = parse_date(&input.applied_on, "appliedOn")?;
    if applied > shanghai_today(core.now()) {
        return Err(Error::validation(
            "appliedOn",
            "date_in_future",
            "申请日期不能晚于今天",
        ));
    }
    let ground = input.ground.trim();
    if ground.is_empty() || ground.chars().count() > 2_000 {
        return Err(Error::validation(
            "ground",
            "ground_required",
            "请填写申请回避的理由（不超过 2000 字）",
        ));
    }
    let mut tx = core.begin_write().await?;
    let file = cases::load(&mut tx, case_id).await?;
    let party = file
        .parties
        .iter()
        .find(|p| p.id == input.applicant_party_id)
        .ok_or_else(|| {
            Error::validation(
                "applicantPartyId",
                "party_not_in_case",
                "申请人须为本案当事人",
            )
        })?;
    let on_tribunal: Option<(String,)> =
        sqlx::query_as("SELECT seat FROM tribunal_members WHERE case_id = ? AND user_id = ?")
            .bind(case_id)
            .bind(&input.challenged_user_id)
            .fetch_optional(&mut *tx)
            .await?;
    if on_tribunal.is_none() {
        return Err(Error::validation(
            "challengedUserId",
            "not_on_tribunal",
            "被申请回避的人员须为本案仲裁庭成员或书记员",
        ));
    }
    let kinds: Vec<&str> = file.events.iter().map(|e| e.kind.as_str()).collect();
    let started = kinds.contains(&"hearing_started");
    let debate_ended = kinds.contains(&"debate_ended");
    if started && !input.learnt_after_start {
        return Err(Error::precondition(
            "recusal_after_start",
            "庭审开始后，只有在开庭后才知道回避事由的，才可以在庭审辩论终结前申请回避",
        ));
    }
    let affects = !debate_ended;
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    sqlx::query(
        "INSERT INTO recusals (id, case_id, challenged_user_id, applicant_party_id, ground, applied_on,
                               learnt_after_start, affects_proceedings, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(case_id)
    .bind(&input.challenged_user_id)
    .bind(&input.applicant_party_id)
    .bind(ground)
    .bind(format_date(applied))
    .bind(input.learnt_after_start)
    .bind(affects)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    cases::insert_event(
        &mut tx,
        case_id,
        "recusal_applied",
        &format_date(applied),
        ground,
        &now,
        &actor.user_id.to_string(),
    )
    .await?;
    let recusal = one(&mut tx, &id).await?;
    let mut summary = format!(
        "{} 申请 {} 回避：{ground}",
        party.name, recusal.challenged_name
    );
    if !affects {
        summary.push_str("（庭审辩论终结后提出，不影响仲裁程序）");
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.recusal_applied",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(recusal)
}

/// D4: the decision, by the commission chair or the authorised head (named in
/// `decided_by`); recorded by an administrator or an arbitrator not challenged.
pub async fn decide_recusal(
    core: &Core,
    actor: &Actor,
    recusal_id: &str,
    decision: RecusalDecision,
    decided_on: &str,
    decided_by: &str,
    note: &str,
) -> Result<Recusal> {
    if !matches!(actor.role, Role::Admin | Role::Arbitrator) {
        return Err(Error::forbidden(
            "回避决定须由仲裁委员会主任或其授权的仲裁院院长作出，由管理员或仲裁员登记",
        ));
    }
    let decider = decided_by.trim();
    if decider.is_empty() {
        return Err(Error::validation(
            "decidedBy",
            "decider_required",
            "请填写作出决定的仲裁委员会主任或仲裁院院长",
        ));
    }
    let on = parse_date(decided_on, "decidedOn")?;
    let mut tx = core.begin_write().await?;
    let current = one(&mut tx, recusal_id).await?;
    if current.challenged_user_id == actor.user_id.to_string() {
        return Err(Error::forbidden("被申请回避的人员不能登记对自己的回避决定"));
    }
    if current.decision.is_some() {
        return Err(Error::precondition(
            "already_decided",
            "该回避申请已作出决定",
        ));
    }
    if format_date(on) < current.applied_on || on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "decidedOn",
            "date_out_of_range",
            "决定日期应在申请日期与今天之间",
        ));
    }
    sqlx::query(
        "UPDATE recusals SET decision = ?, decided_on = ?, decided_by = ?, decision_note = ? WHERE id = ? AND decision IS NULL",
    )
    .bind(match decision {
        RecusalDecision::Granted => "granted",
        RecusalDecision::Rejected => "rejected",
    })
    .bind(format_date(on))
    .bind(decider)
    .bind(Some(note.trim()).filter(|n| !n.is_empty()))
    .bind(recusal_id)
    .execute(&mut *tx)
    .await?;
    let case_id: (String,) = sqlx::query_as("SELECT case_id FROM recusals WHERE id = ?")
        .bind(recusal_id)
        .fetch_one(&mut *tx)
        .await?;
    let verdict = if decision == RecusalDecision::Granted {
        "决定回避"
    } else {
        "驳回回避申请"
    };
    let now = to_rfc3339(core.now());
    cases::insert_event(
        &mut tx,
        &case_id.0,
        "recusal_decided",
        &format_date(on),
        verdict,
        &now,
        &actor.user_id.to_string(),
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.recusal_decided",
            entity_type: "case",
            entity_id: Some(case_id.0.clone()),
            summary: format!(
                "对 {} 的回避申请：{verdict}（{decider}，{}）",
                current.challenged_name,
                format_date(on)
            ),
        },
    )
    .await?;
    let updated = one(&mut tx, recusal_id).await?;
    tx.commit().await?;
    Ok(updated)
}

pub async fn list_recusals(core: &Core, _actor: &Actor, case_id: &str) -> Result<Vec<Recusal>> {
    let mut conn = core.pool().acquire().await?;
    let ids: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM recusals WHERE case_id = ? ORDER BY applied_on, created_at")
            .bind(case_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut out = Vec::with_capacity(ids.len());
    for (id,) in ids {
        out.push(one(&mut conn, &id).await?);
    }
    Ok(out)
}

/// Whether a recusal of `user_id` was granted in this case.
pub(crate) async fn granted_against(
    conn: &mut SqliteConnection,
    case_id: &str,
    user_id: &str,
) -> Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM recusals WHERE case_id = ? AND challenged_user_id = ? AND decision = 'granted'",
    )
    .bind(case_id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.is_some())
}

async fn one(conn: &mut SqliteConnection, id: &str) -> Result<Recusal> {
    let r = sqlx::query(
        "SELECT r.id, r.challenged_user_id, u.display_name AS challenged_name, r.applicant_party_id,
                p.name AS applicant_name, r.ground, r.applied_on, r.learnt_after_start, r.affects_proceedings,
                r.decision, r.decided_on, r.decided_by, r.decision_note
         FROM recusals r JOIN users u ON u.id = r.challenged_user_id JOIN parties p ON p.id = r.applicant_party_id
         WHERE r.id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?
    .ok_or_else(|| Error::not_found("recusal_not_found", "找不到该回避申请"))?;
    let applied_on: String = r.try_get("applied_on")?;
    // T12: 3 days (calendar, a conservative reading; see deadline_rules for the clock).
    let due =
        parse_date(&applied_on, "appliedOn").map(|d| format_date(d + time::Duration::days(3)))?;
    let decision: Option<String> = r.try_get("decision")?;
    Ok(Recusal {
        id: r.try_get("id")?,
        challenged_user_id: r.try_get("challenged_user_id")?,
        challenged_name: r.try_get("challenged_name")?,
        applicant_party_id: r.try_get("applicant_party_id")?,
        applicant_name: r.try_get("applicant_name")?,
        ground: r.try_get("ground")?,
        applied_on,
        learnt_after_start: r.try_get("learnt_after_start")?,
        affects_proceedings: r.try_get("affects_proceedings")?,
        decision_due: due,
        decision: decision.as_deref().map(|d| {
            if d == "granted" {
                RecusalDecision::Granted
            } else {
                RecusalDecision::Rejected
            }
        }),
        decided_on: r.try_get("decided_on")?,
        decided_by: r.try_get("decided_by")?,
        decision_note: r.try_get("decision_note")?,
    })
}
