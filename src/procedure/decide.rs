//! Attestations, the decision to apply summary handling (refused while a required item
//! is unmet; the checklist is snapshotted with it) and conversion to the ordinary
//! procedure before the time limit expires, without resetting it (G6).
use super::model::*;
use super::{ATTESTABLE, checklist_in, lead_of, require_tribunal_arbitrator};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseStatus, Procedure};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::deadlines;
use crate::error::{Error, Result};
use crate::fields::bounded;
use crate::tribunal::{self, Seat};
use crate::types::{format_date, parse_date, shanghai_today};
use sqlx::SqliteConnection;
use uuid::Uuid;

/// An arbitrator of the tribunal attests one judgement item (G1a, G2).
pub async fn attest(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: AttestInput,
) -> Result<Checklist> {
    if !ATTESTABLE.iter().any(|(code, _)| *code == input.item) {
        return Err(Error::validation(
            "item",
            "not_attestable",
            "该项不需要仲裁员确认",
        ));
    }
    let note = bounded(&input.note, "note", 500)?;
    let mut tx = core.begin_write().await?;
    let lead = lead_of(&mut tx, case_id).await?;
    require_tribunal_arbitrator(&mut tx, actor, &lead).await?;
    let file = cases::load(&mut tx, &lead).await?;
    require_open(file.summary.status)?;
    sqlx::query(
        "INSERT INTO procedure_attestations (id, case_id, item, holds, note, attested_at, attested_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(&lead)
    .bind(&input.item)
    .bind(input.holds)
    .bind(note)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let title = ATTESTABLE
        .iter()
        .find(|(c, _)| *c == input.item)
        .map_or("", |(_, t)| t);
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "procedure.attested",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!(
                "{}：仲裁员确认“{title}”{}{}",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                if input.holds {
                    "——是"
                } else {
                    "——否"
                },
                if note.is_empty() {
                    String::new()
                } else {
                    format!("（{note}）")
                }
            ),
        },
    )
    .await?;
    let list = checklist_in(&mut tx, core, &lead).await?;
    tx.commit().await?;
    Ok(list)
}

fn require_open(status: CaseStatus) -> Result<()> {
    if matches!(status, CaseStatus::Accepted | CaseStatus::InProgress) {
        Ok(())
    } else {
        Err(Error::precondition(
            "case_not_open",
            "只有已受理、审理中的案件可以决定适用的程序",
        ))
    }
}

fn decided_on(raw: &str, core: &Core, accepted_on: Option<&str>) -> Result<String> {
    let on = parse_date(raw, "decidedOn")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "decidedOn",
            "date_in_future",
            "决定日期不能晚于今天",
        ));
    }
    let on = format_date(on);
    if accepted_on.is_some_and(|a| on.as_str() < a) {
        return Err(Error::validation(
            "decidedOn",
            "date_too_early",
            "决定日期不能早于受理日期",
        ));
    }
    Ok(on)
}

#[allow(clippy::too_many_arguments)]
async fn write_decision(
    tx: &mut SqliteConnection,
    lead: &str,
    kind: &str,
    on: &str,
    reason: &str,
    sole: Option<&str>,
    list: &Checklist,
    now: &str,
    by: &str,
) -> Result<()> {
    let snapshot =
        serde_json::to_string(&list.items).map_err(|e| Error::internal(e.to_string()))?;
    sqlx::query(
        "INSERT INTO procedure_decisions (id, case_id, kind, decided_on, reason, sole_arbitrator_id, rule_set_id,
             checklist_snapshot, decided_at, decided_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(lead)
    .bind(kind)
    .bind(on)
    .bind(reason)
    .bind(sole)
    .bind(&list.rule_set.id)
    .bind(snapshot)
    .bind(now)
    .bind(by)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

async fn set_procedure(
    tx: &mut SqliteConnection,
    group: &[String],
    p: Procedure,
    now: &str,
) -> Result<()> {
    for id in group {
        sqlx::query("UPDATE cases SET procedure = ?, updated_at = ? WHERE id = ?")
            .bind(p.as_str())
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

async fn add_task(
    tx: &mut SqliteConnection,
    lead: &str,
    kind: &str,
    title: &str,
    due: &str,
    now: &str,
    by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO case_tasks (id, case_id, kind, title, due_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(lead)
    .bind(kind)
    .bind(title)
    .bind(due)
    .bind(now)
    .bind(by)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Decides to apply summary handling to the case (or its merged group).
pub async fn decide_summary(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: DecideSummaryInput,
) -> Result<Checklist> {
    let mut tx = core.begin_write().await?;
    let lead = lead_of(&mut tx, case_id).await?;
    require_tribunal_arbitrator(&mut tx, actor, &lead).await?;
    let file = cases::load(&mut tx, &lead).await?;
    require_open(file.summary.status)?;
    if file.summary.procedure == Procedure::Summary {
        return Err(Error::precondition(
            "already_summary",
            "本案已决定适用简易处理",
        ));
    }
    let on = decided_on(&input.decided_on, core, file.summary.accepted_on.as_deref())?;
    let list = checklist_in(&mut tx, core, &lead).await?;
    let unmet: Vec<String> = list
        .items
        .iter()
        .filter(|i| i.required && i.status != ItemStatus::Met)
        .map(|i| format!("{}（{}）：{}", i.title, i.rule, i.reason))
        .collect();
    if !unmet.is_empty() {
        return Err(Error::precondition(
            "checklist_unmet",
            format!(
                "下列条件尚未满足，不能决定适用简易处理：{}",
                unmet.join("；")
            ),
        ));
    }
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    let sole = input
        .sole_arbitrator_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(sole) = sole {
        let ok: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM users WHERE id = ? AND role = 'arbitrator' AND status = 'active'",
        )
        .bind(sole)
        .fetch_optional(&mut *tx)
        .await?;
        if ok.is_none() || tribunal::granted_against(&mut tx, &lead, sole).await? {
            return Err(Error::validation(
                "soleArbitratorId",
                "not_on_roster",
                "独任仲裁员须为仲裁员名册中在用且未被决定回避的仲裁员",
            ));
        }
        let clerk = tribunal::read(&mut tx, &lead)
            .await?
            .members
            .into_iter()
            .filter(|m| m.seat == Seat::Clerk)
            .map(|m| (m.user_id, Seat::Clerk));
        let seats: Vec<(String, Seat)> = std::iter::once((sole.to_owned(), Seat::Sole))
            .chain(clerk)
            .collect();
        for id in &list.group_case_ids {
            tribunal::write_members(&mut tx, id, &seats, &on, &now, &by).await?;
        }
    }
    set_procedure(&mut tx, &list.group_case_ids, Procedure::Summary, &now).await?;
    write_decision(
        &mut tx,
        &lead,
        "apply_summary",
        &on,
        "",
        sole,
        &list,
        &now,
        &by,
    )
    .await?;
    add_task(
        &mut tx,
        &lead,
        "notify_summary",
        "告知双方当事人本案适用简易处理（《劳动人事争议仲裁办案规则》第五十六条）",
        &on,
        &now,
        &by,
    )
    .await?;
    for id in &list.group_case_ids {
        cases::insert_event(
            &mut tx,
            id,
            "summary_applied",
            &on,
            "决定适用简易处理",
            &now,
            &by,
        )
        .await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "procedure.summary_applied",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!(
                "{}：决定适用简易处理（规则集 {} 第 {} 版{}）",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                list.rule_set.name,
                list.rule_set.version,
                if sole.is_some() {
                    "，指定独任仲裁员"
                } else {
                    ""
                }
            ),
        },
    )
    .await?;
    let list = checklist_in(&mut tx, core, &lead).await?;
    tx.commit().await?;
    Ok(list)
}

/// Converts a summary case to the ordinary procedure before the award deadline
/// expires; the 45 days keep running from acceptance (G6).
pub async fn convert_to_ordinary(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: ConvertInput,
) -> Result<Checklist> {
    let reason = input.reason.trim().to_owned();
    if reason.is_empty() {
        return Err(Error::validation(
            "reason",
            "required",
            "请写明转为一般程序的理由",
        ));
    }
    let lead = {
        let mut conn = core.pool().acquire().await?;
        lead_of(&mut conn, case_id).await?
    };
    let clock = deadlines::case_clock(core, actor, &lead).await?;
    let award_due = clock
        .deadlines
        .iter()
        .find(|d| d.code == "T16")
        .and_then(|d| d.due.clone());
    let mut tx = core.begin_write().await?;
    require_tribunal_arbitrator(&mut tx, actor, &lead).await?;
    let file = cases::load(&mut tx, &lead).await?;
    require_open(file.summary.status)?;
    if file.summary.procedure != Procedure::Summary {
        return Err(Error::precondition(
            "not_summary",
            "本案未适用简易处理，无需转换",
        ));
    }
    let on = decided_on(&input.decided_on, core, file.summary.accepted_on.as_deref())?;
    if let Some(due) = award_due.as_deref()
        && on.as_str() > due
    {
        return Err(Error::precondition(
            "time_limit_expired",
            format!(
                "审理期限已于 {due} 届满，不能再转为一般程序（《劳动人事争议仲裁办案规则》第六十一条）"
            ),
        ));
    }
    let list = checklist_in(&mut tx, core, &lead).await?;
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    set_procedure(&mut tx, &list.group_case_ids, Procedure::Ordinary, &now).await?;
    write_decision(
        &mut tx,
        &lead,
        "convert_to_ordinary",
        &on,
        &reason,
        None,
        &list,
        &now,
        &by,
    )
    .await?;
    add_task(
        &mut tx,
        &lead,
        "notify_conversion",
        "告知双方当事人本案转为一般程序；审理期限自受理之日起连续计算（《劳动人事争议仲裁办案规则》第六十一条）",
        &on,
        &now,
        &by,
    )
    .await?;
    for id in &list.group_case_ids {
        cases::insert_event(
            &mut tx,
            id,
            "converted_to_ordinary",
            &on,
            &format!("转为一般程序：{reason}"),
            &now,
            &by,
        )
        .await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "procedure.converted",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!(
                "{}：转为一般程序（{reason}）；审理期限不重新计算",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause)
            ),
        },
    )
    .await?;
    let list = checklist_in(&mut tx, core, &lead).await?;
    tx.commit().await?;
    Ok(list)
}
