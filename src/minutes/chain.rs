//! The minutes' hash chain: each row links to the previous row of the same hearing.
use super::model::{EntryKind, MinutesCheck, SpeakerRole, Stage};
use crate::actor::Actor;
use crate::audit::GENESIS;
use crate::clock::to_rfc3339;
use crate::consent::text::sha256_hex;
use crate::db::Core;
use crate::error::Result;
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

/// The fields a row's hash covers, in a fixed order.
pub(super) struct NewRow<'a> {
    pub hearing_id: &'a str,
    pub kind: EntryKind,
    pub refers_to: Option<&'a str>,
    pub stage: Stage,
    pub speaker_role: Option<SpeakerRole>,
    pub speaker_label: &'a str,
    pub text: &'a str,
    pub recording_offset_s: Option<u32>,
    /// Canonical JSON details of a signature, refusal, lock or correction.
    pub payload: Option<&'a str>,
}

fn row_hash(id: &str, r: &NewRow<'_>, created_at: &str, created_by: &str, prev: &str) -> String {
    let mut fields = serde_json::json!([
        id,
        r.hearing_id,
        r.kind.as_str(),
        r.refers_to,
        r.stage.as_str(),
        r.speaker_role.map(SpeakerRole::as_str).unwrap_or(""),
        r.speaker_label,
        r.text,
        r.recording_offset_s,
        created_at,
        created_by,
        prev,
    ]);
    // Rows without details hash exactly as they did before the column existed.
    if let (Some(payload), Some(list)) = (r.payload, fields.as_array_mut()) {
        list.push(payload.into());
    }
    sha256_hex(fields.to_string().as_bytes())
}

/// Appends one row to the hearing's chain; returns its id.
pub(super) async fn append(
    tx: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    r: NewRow<'_>,
) -> Result<String> {
    let prev: Option<(String,)> = sqlx::query_as(
        "SELECT hash FROM minutes_entries WHERE hearing_id = ? ORDER BY seq DESC LIMIT 1",
    )
    .bind(r.hearing_id)
    .fetch_optional(&mut *tx)
    .await?;
    let prev = prev.map_or_else(|| GENESIS.to_owned(), |(h,)| h);
    let id = Uuid::now_v7().to_string();
    let at = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    let hash = row_hash(&id, &r, &at, &by, &prev);
    sqlx::query(
        "INSERT INTO minutes_entries (id, hearing_id, kind, refers_to, stage, speaker_role, speaker_label, text,
             recording_offset_s, created_at, created_by, prev_hash, hash, payload)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(r.hearing_id)
    .bind(r.kind.as_str())
    .bind(r.refers_to)
    .bind(r.stage.as_str())
    .bind(r.speaker_role.map(SpeakerRole::as_str).unwrap_or(""))
    .bind(r.speaker_label)
    .bind(r.text)
    .bind(r.recording_offset_s)
    .bind(&at)
    .bind(&by)
    .bind(&prev)
    .bind(&hash)
    .bind(r.payload)
    .execute(&mut *tx)
    .await?;
    Ok(id)
}

/// Walks the hearing's chain; names the first row whose hash or link fails.
pub async fn verify_minutes(core: &Core, _actor: &Actor, hearing_id: &str) -> Result<MinutesCheck> {
    let rows = sqlx::query(
        "SELECT seq, id, kind, refers_to, stage, speaker_role, speaker_label, text, recording_offset_s, created_at,
                created_by, prev_hash, hash, payload FROM minutes_entries WHERE hearing_id = ? ORDER BY seq",
    )
    .bind(hearing_id)
    .fetch_all(core.pool())
    .await?;
    let mut prev = GENESIS.to_owned();
    let mut checked = 0;
    for r in rows {
        let seq: i64 = r.try_get("seq")?;
        let kind: String = r.try_get("kind")?;
        let stage: String = r.try_get("stage")?;
        let role: String = r.try_get("speaker_role")?;
        let refers_to: Option<String> = r.try_get("refers_to")?;
        let label: String = r.try_get("speaker_label")?;
        let text: String = r.try_get("text")?;
        let offset: Option<i64> = r.try_get("recording_offset_s")?;
        let stored_prev: String = r.try_get("prev_hash")?;
        let stored: String = r.try_get("hash")?;
        let payload: Option<String> = r.try_get("payload")?;
        let (Some(kind), Some(stage)) = (EntryKind::parse(&kind), Stage::parse(&stage)) else {
            return Ok(MinutesCheck {
                checked,
                broken_at: Some(seq),
            });
        };
        let row = NewRow {
            hearing_id,
            kind,
            refers_to: refers_to.as_deref(),
            stage,
            speaker_role: SpeakerRole::parse(&role),
            speaker_label: &label,
            text: &text,
            recording_offset_s: offset.and_then(|v| u32::try_from(v).ok()),
            payload: payload.as_deref(),
        };
        let id: String = r.try_get("id")?;
        let at: String = r.try_get("created_at")?;
        let by: String = r.try_get("created_by")?;
        if stored_prev != prev || row_hash(&id, &row, &at, &by, &prev) != stored {
            return Ok(MinutesCheck {
                checked,
                broken_at: Some(seq),
            });
        }
        prev = stored;
        checked += 1;
    }
    Ok(MinutesCheck {
        checked,
        broken_at: None,
    })
}
