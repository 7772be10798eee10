//! Mediation attempts by the tribunal before, during and after the hearing.
use super::group_of;
use super::model::*;
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::{bounded, required};
use crate::hearings;
use crate::types::{format_date, parse_date, shanghai_today};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

pub async fn record_mediation_attempt(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: MediationAttemptInput,
) -> Result<MediationAttempt> {
    hearings::require_hearing_staff(actor)?;
    let mediators = required(&input.mediators, "mediators", 200, "请填写主持调解的人员")?;
    let held_on = parse_date(&input.held_on, "heldOn")?;
    if held_on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "heldOn",
            "date_in_future",
            "调解日期不能晚于今天",
        ));
    }
    let note = bounded(&input.note, "note", 2_000)?;
    let mut tx = core.begin_write().await?;
    let (lead, _) = group_of(&mut tx, case_id).await?;
    if let Some(h) = &input.hearing_id {
        let (hearing_lead, _) = hearings::head(&mut tx, h).await?;
        if hearing_lead != lead {
            return Err(Error::validation(
                "hearingId",
                "hearing_not_in_case",
                "请选择本案的开庭",
            ));
        }
    }
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO mediation_attempts (id, case_id, hearing_id, phase, mode, mediators, held_on, result, note,
             recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&lead)
    .bind(&input.hearing_id)
    .bind(input.phase.as_str())
    .bind(input.mode.as_str())
    .bind(&mediators)
    .bind(format_date(held_on))
    .bind(input.result.as_str())
    .bind(note)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let result = match input.result {
        MediationResult::Agreement => "达成调解协议",
        MediationResult::NoAgreement => "未达成协议",
        MediationResult::Refused => "当事人拒绝调解",
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.mediation_attempted",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!("{} 调解（{mediators}）：{result}", format_date(held_on)),
        },
    )
    .await?;
    let attempt = list(&mut tx, &lead)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| Error::internal("attempt just written"))?;
    tx.commit().await?;
    Ok(attempt)
}

pub(super) async fn list(conn: &mut SqliteConnection, lead: &str) -> Result<Vec<MediationAttempt>> {
    let rows = sqlx::query(
        "SELECT a.id, a.hearing_id, a.phase, a.mode, a.mediators, a.held_on, a.result, a.note, a.recorded_at,
                u.display_name
         FROM mediation_attempts a JOIN users u ON u.id = a.recorded_by
         WHERE a.case_id = ? ORDER BY a.held_on, a.recorded_at",
    )
    .bind(lead)
    .fetch_all(conn)
    .await?;
    let bad = || Error::internal("unknown mediation value in storage");
    rows.into_iter()
        .map(|r| {
            Ok(MediationAttempt {
                id: r.try_get("id")?,
                hearing_id: r.try_get("hearing_id")?,
                phase: MediationPhase::parse(r.try_get("phase")?).ok_or_else(bad)?,
                mode: MediationMode::parse(r.try_get("mode")?).ok_or_else(bad)?,
                mediators: r.try_get("mediators")?,
                held_on: r.try_get("held_on")?,
                result: MediationResult::parse(r.try_get("result")?).ok_or_else(bad)?,
                note: r.try_get("note")?,
                recorded_at: r.try_get("recorded_at")?,
                recorded_by_name: r.try_get("display_name")?,
            })
        })
        .collect()
}

/// J1: an attempt (any result, a refusal included), or the mediation stage held in
/// the minutes of one of the group's hearings. Says which, or None.
pub(super) async fn mediation_tried(
    conn: &mut SqliteConnection,
    lead: &str,
) -> Result<Option<String>> {
    let attempt: Option<(String, String)> = sqlx::query_as(
        "SELECT held_on, result FROM mediation_attempts WHERE case_id = ? ORDER BY held_on LIMIT 1",
    )
    .bind(lead)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((on, result)) = attempt {
        let what = if result == "refused" {
            "当事人拒绝调解"
        } else {
            "已进行调解"
        };
        return Ok(Some(format!("{on} {what}")));
    }
    let stage: Option<(String,)> = sqlx::query_as(
        "SELECT h.hearing_date FROM minutes_entries m JOIN hearings h ON h.id = m.hearing_id
         WHERE h.lead_case_id = ? AND m.kind = 'stage_start' AND m.stage = 'mediation' LIMIT 1",
    )
    .bind(lead)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(stage.map(|(on,)| format!("{on} 庭审笔录记载当庭调解")))
}
