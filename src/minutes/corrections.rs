//! Correction requests (补正, LDMAL Art. 40; Rules Art. 42; F2): a participant asks to
//! correct the record of a statement; the tribunal accepts or refuses, and either way
//! the request is a row of the minutes' chain pointing at the entry. Before the lock
//! it becomes part of the read-back; after the lock it is the only way to add to the
//! minutes, and the locked text the signatures bind to stays as signed.
use super::chain::{NewRow, append};
use super::model::*;
use super::{check_text, entry_of, read};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::bounded;
use crate::hearings::{self, HearingStatus};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CorrectionPayload {
    requested_by: String,
    original_text: String,
    reason: String,
    after_lock: bool,
}

pub(super) fn from_record(r: &MinutesRecord) -> Result<Correction> {
    let p: CorrectionPayload = r
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok())
        .ok_or_else(|| Error::internal("correction without its details"))?;
    Ok(Correction {
        id: r.id.clone(),
        entry_id: r.refers_to.clone().unwrap_or_default(),
        accepted: r.kind == EntryKind::Correction,
        requested_by: p.requested_by,
        original_text: p.original_text,
        requested_text: r.text.clone(),
        reason: p.reason,
        after_lock: p.after_lock,
        created_at: r.created_at.clone(),
        created_by_name: r.created_by_name.clone(),
    })
}

pub async fn record_correction(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: CorrectionInput,
) -> Result<Minutes> {
    hearings::require_hearing_staff(actor)?;
    check_text(&input.requested_text, "requestedText")?;
    let requested_by = input.requested_by.trim();
    if requested_by.is_empty() || requested_by.chars().count() > 100 {
        return Err(Error::validation(
            "requestedBy",
            "required",
            "请写明提出补正申请的人员",
        ));
    }
    let reason = bounded(&input.reason, "reason", 1_000)?;
    if !input.accepted && reason.is_empty() {
        return Err(Error::validation(
            "reason",
            "required",
            "不予补正须写明理由（申请本身仍记入笔录）",
        ));
    }
    let mut tx = core.begin_write().await?;
    let status: Option<(String,)> = sqlx::query_as("SELECT status FROM hearings WHERE id = ?")
        .bind(hearing_id)
        .fetch_optional(&mut *tx)
        .await?;
    match status.and_then(|(s,)| HearingStatus::parse(&s)) {
        None => return Err(Error::not_found("hearing_not_found", "没有该开庭安排")),
        Some(HearingStatus::Cancelled) => {
            return Err(Error::precondition("hearing_cancelled", "该次开庭已取消"));
        }
        Some(_) => {}
    }
    let before = read(&mut tx, hearing_id).await?;
    let original = entry_of(&mut tx, hearing_id, &input.entry_id).await?;
    let current_text = before
        .lines
        .iter()
        .find(|l| l.id == original.id)
        .map_or(original.text.clone(), |l| l.text.clone());
    let after_lock = before.locked_at.is_some();
    let payload = CorrectionPayload {
        requested_by: requested_by.to_owned(),
        original_text: current_text,
        reason: reason.to_owned(),
        after_lock,
    };
    let payload = serde_json::to_string(&payload).map_err(|e| Error::internal(e.to_string()))?;
    let kind = if input.accepted {
        EntryKind::Correction
    } else {
        EntryKind::CorrectionRefused
    };
    append(
        &mut tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind,
            refers_to: Some(&original.id),
            stage: original.stage,
            speaker_role: original.speaker_role,
            speaker_label: &original.speaker_label,
            text: input.requested_text.trim(),
            recording_offset_s: None,
            payload: Some(&payload),
        },
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: if input.accepted {
                "minutes.correction_accepted"
            } else {
                "minutes.correction_refused"
            },
            entity_type: "hearing",
            entity_id: Some(hearing_id.to_owned()),
            summary: format!(
                "{requested_by}申请补正笔录第 {} 条：{}",
                original.seq,
                if input.accepted {
                    "准予补正"
                } else {
                    "不予补正"
                }
            ),
        },
    )
    .await?;
    let minutes = read(&mut tx, hearing_id).await?;
    tx.commit().await?;
    Ok(minutes)
}
