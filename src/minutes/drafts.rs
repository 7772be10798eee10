//! The entry being typed, per user: not a legal record, replaced on every save, so
//! that a crash or a power cut loses nothing typed.
use super::MAX_TEXT;
use super::model::{MinutesDraft, SpeakerRole, Stage};
use crate::actor::Actor;
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::hearings;

/// Keeps the entry being typed (not a legal record: replaced on every save).
pub async fn save_draft(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    draft: MinutesDraft,
) -> Result<()> {
    hearings::require_hearing_staff(actor)?;
    if draft.text.chars().count() > MAX_TEXT {
        return Err(Error::validation(
            "text",
            "text_too_long",
            "单条笔录过长（最多 20000 字）",
        ));
    }
    sqlx::query(
        "INSERT INTO minutes_drafts (hearing_id, user_id, stage, speaker_role, speaker_label, text, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (hearing_id, user_id) DO UPDATE SET stage = excluded.stage, speaker_role = excluded.speaker_role,
             speaker_label = excluded.speaker_label, text = excluded.text, updated_at = excluded.updated_at",
    )
    .bind(hearing_id)
    .bind(actor.user_id.to_string())
    .bind(draft.stage.as_str())
    .bind(draft.speaker_role.as_str())
    .bind(&draft.speaker_label)
    .bind(&draft.text)
    .bind(to_rfc3339(core.now()))
    .execute(core.pool())
    .await?;
    Ok(())
}

pub async fn get_draft(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
) -> Result<Option<MinutesDraft>> {
    let row: Option<(String, String, String, String)> = sqlx::query_as(
        "SELECT stage, speaker_role, speaker_label, text FROM minutes_drafts WHERE hearing_id = ? AND user_id = ?",
    )
    .bind(hearing_id)
    .bind(actor.user_id.to_string())
    .fetch_optional(core.pool())
    .await?;
    Ok(row.and_then(|(stage, role, label, text)| {
        Some(MinutesDraft {
            stage: Stage::parse(&stage)?,
            speaker_role: SpeakerRole::parse(&role)?,
            speaker_label: label,
            text,
        })
    }))
}
