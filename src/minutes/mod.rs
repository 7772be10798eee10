//! The live minutes of a hearing (庭审笔录): entries by stage and speaker, each
//! committed in its own durable transaction the moment the clerk presses Enter; edits
//! and deletions before the lock are entries themselves; the stages follow Rules Art.
//! 41 (F1) and the final statement cannot be skipped; a SHA-256 chain per hearing; the
//! draft being typed is kept per user so that a crash loses nothing.
mod chain;
mod corrections;
mod drafts;
mod model;
mod readback;
mod signoff;

pub use chain::verify_minutes;
pub use corrections::record_correction;
pub use drafts::{get_draft, save_draft};
pub use model::*;
pub use signoff::{lock_minutes, read_back, refuse_signature, sign_minutes};

use chain::{NewRow, append};

use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::hearings::{self, HearingStatus};
use sqlx::{Row, SqliteConnection};

pub(crate) const MAX_TEXT: usize = 20_000;

/// The hearing must exist and still be open for the minutes.
async fn open_hearing(tx: &mut SqliteConnection, hearing_id: &str) -> Result<HearingStatus> {
    let status: Option<(String,)> = sqlx::query_as("SELECT status FROM hearings WHERE id = ?")
        .bind(hearing_id)
        .fetch_optional(&mut *tx)
        .await?;
    let status = status
        .and_then(|(s,)| HearingStatus::parse(&s))
        .ok_or_else(|| Error::not_found("hearing_not_found", "没有该开庭安排"))?;
    match status {
        HearingStatus::Scheduled | HearingStatus::InProgress => Ok(status),
        HearingStatus::Concluded | HearingStatus::Cancelled => Err(Error::precondition(
            "hearing_closed",
            "庭审已结束或已取消，笔录只能补正",
        )),
    }
}

/// The stage the hearing is in: the last one started.
async fn current_stage(tx: &mut SqliteConnection, hearing_id: &str) -> Result<Option<Stage>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT stage FROM minutes_entries WHERE hearing_id = ? AND kind = 'stage_start' ORDER BY seq DESC LIMIT 1",
    )
    .bind(hearing_id)
    .fetch_optional(&mut *tx)
    .await?;
    Ok(row.and_then(|(s,)| Stage::parse(&s)))
}

fn check_text(text: &str, field: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::validation(field, "required", "笔录内容不能为空"));
    }
    if text.chars().count() > MAX_TEXT {
        return Err(Error::validation(
            field,
            "text_too_long",
            "单条笔录过长（最多 20000 字）",
        ));
    }
    Ok(())
}

/// Commits one entry in the current stage and clears the author's draft, in one
/// durable transaction.
pub async fn add_entry(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: EntryInput,
) -> Result<MinutesRecord> {
    hearings::require_hearing_staff(actor)?;
    check_text(&input.text, "text")?;
    let label = input.speaker_label.trim();
    if label.is_empty() || label.chars().count() > 100 {
        return Err(Error::validation(
            "speakerLabel",
            "required",
            "请选择发言人",
        ));
    }
    let mut tx = core.begin_write().await?;
    open_hearing(&mut tx, hearing_id).await?;
    let stage = current_stage(&mut tx, hearing_id)
        .await?
        .ok_or_else(|| Error::precondition("no_stage", "请先开始庭审的第一个阶段（庭前准备）"))?;
    let id = append(
        &mut tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind: EntryKind::Entry,
            refers_to: None,
            stage,
            speaker_role: Some(input.speaker_role),
            speaker_label: label,
            text: &input.text,
            recording_offset_s: input.recording_offset_s,
            payload: None,
        },
    )
    .await?;
    sqlx::query("DELETE FROM minutes_drafts WHERE hearing_id = ? AND user_id = ?")
        .bind(hearing_id)
        .bind(actor.user_id.to_string())
        .execute(&mut *tx)
        .await?;
    let record = record_by_id(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(record)
}

async fn entry_of(
    tx: &mut SqliteConnection,
    hearing_id: &str,
    entry_id: &str,
) -> Result<MinutesRecord> {
    let record = record_by_id(tx, entry_id).await?;
    let hearing: (String,) = sqlx::query_as("SELECT hearing_id FROM minutes_entries WHERE id = ?")
        .bind(entry_id)
        .fetch_one(&mut *tx)
        .await?;
    if hearing.0 != hearing_id || record.kind != EntryKind::Entry {
        return Err(Error::validation(
            "entryId",
            "not_an_entry",
            "只能修改本次庭审的笔录条目",
        ));
    }
    let deleted: Option<(String,)> =
        sqlx::query_as("SELECT id FROM minutes_entries WHERE refers_to = ? AND kind = 'delete'")
            .bind(entry_id)
            .fetch_optional(&mut *tx)
            .await?;
    if deleted.is_some() {
        return Err(Error::precondition("entry_deleted", "该条笔录已删除"));
    }
    Ok(record)
}

/// Replaces an entry's text before the lock; the original stays in the log.
pub async fn edit_entry(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    entry_id: &str,
    text: &str,
) -> Result<MinutesRecord> {
    hearings::require_hearing_staff(actor)?;
    check_text(text, "text")?;
    let mut tx = core.begin_write().await?;
    open_hearing(&mut tx, hearing_id).await?;
    let original = entry_of(&mut tx, hearing_id, entry_id).await?;
    let id = append(
        &mut tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind: EntryKind::Edit,
            refers_to: Some(entry_id),
            stage: original.stage,
            speaker_role: original.speaker_role,
            speaker_label: &original.speaker_label,
            text,
            recording_offset_s: original.recording_offset_s,
            payload: None,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "minutes.entry_edited",
            entity_type: "hearing",
            entity_id: Some(hearing_id.to_owned()),
            summary: format!(
                "修改笔录第 {} 条（{}）",
                original.seq, original.speaker_label
            ),
        },
    )
    .await?;
    let record = record_by_id(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(record)
}

/// Withdraws an entry before the lock, with a reason; it stays in the log.
pub async fn delete_entry(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    entry_id: &str,
    reason: &str,
) -> Result<MinutesRecord> {
    hearings::require_hearing_staff(actor)?;
    check_text(reason, "reason")?;
    let mut tx = core.begin_write().await?;
    open_hearing(&mut tx, hearing_id).await?;
    let original = entry_of(&mut tx, hearing_id, entry_id).await?;
    let id = append(
        &mut tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind: EntryKind::Delete,
            refers_to: Some(entry_id),
            stage: original.stage,
            speaker_role: original.speaker_role,
            speaker_label: &original.speaker_label,
            text: reason,
            recording_offset_s: None,
            payload: None,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "minutes.entry_deleted",
            entity_type: "hearing",
            entity_id: Some(hearing_id.to_owned()),
            summary: format!(
                "删除笔录第 {} 条（{}）：{reason}",
                original.seq, original.speaker_label
            ),
        },
    )
    .await?;
    let record = record_by_id(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(record)
}

/// The stages already started or skipped, in order.
async fn stage_marks(
    tx: &mut SqliteConnection,
    hearing_id: &str,
) -> Result<Vec<(Stage, EntryKind, String)>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT stage, kind, text FROM minutes_entries
         WHERE hearing_id = ? AND kind IN ('stage_start', 'stage_skip') ORDER BY seq",
    )
    .bind(hearing_id)
    .fetch_all(&mut *tx)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, k, t)| Some((Stage::parse(&s)?, EntryKind::parse(&k)?, t)))
        .collect())
}

/// Moves the hearing into `stage`, or records that it was skipped (with a reason).
/// Stages go in order: every earlier stage must have been held or skipped (F1).
pub async fn move_to_stage(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    stage: Stage,
    skip_reason: Option<String>,
) -> Result<Minutes> {
    hearings::require_hearing_staff(actor)?;
    let skip = skip_reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if skip_reason.is_some() && skip.is_none() {
        return Err(Error::validation(
            "reason",
            "required",
            "跳过庭审阶段须写明理由",
        ));
    }
    if skip.is_some() && !stage.skippable() {
        return Err(Error::validation(
            "stage",
            "stage_not_skippable",
            format!(
                "“{}”不能跳过（《劳动争议调解仲裁法》第三十八条；《办案规则》第四十一条）",
                stage.label_zh()
            ),
        ));
    }
    let mut tx = core.begin_write().await?;
    let status = open_hearing(&mut tx, hearing_id).await?;
    let marks = stage_marks(&mut tx, hearing_id).await?;
    if marks.iter().any(|(s, _, _)| *s == stage) {
        return Err(Error::precondition(
            "stage_done",
            format!("“{}”已经进行或已跳过", stage.label_zh()),
        ));
    }
    let position = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
    if let Some(missing) = Stage::ALL[..position]
        .iter()
        .find(|s| !marks.iter().any(|(m, _, _)| m == *s))
    {
        return Err(Error::precondition(
            "stage_out_of_order",
            format!("请先进行或说明跳过“{}”", missing.label_zh()),
        ));
    }
    let (kind, text) = match skip {
        Some(reason) => (EntryKind::StageSkip, reason.to_owned()),
        None => (EntryKind::StageStart, String::new()),
    };
    append(
        &mut tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind,
            refers_to: None,
            stage,
            speaker_role: None,
            speaker_label: "",
            text: &text,
            recording_offset_s: None,
            payload: None,
        },
    )
    .await?;
    if status == HearingStatus::Scheduled {
        hearings::mark_opened(&mut tx, core, actor, hearing_id).await?;
    }
    if kind == EntryKind::StageSkip {
        audit::record(
            &mut tx,
            core.now(),
            Event {
                who: Who::User(actor),
                action: "minutes.stage_skipped",
                entity_type: "hearing",
                entity_id: Some(hearing_id.to_owned()),
                summary: format!("跳过庭审阶段“{}”：{text}", stage.label_zh()),
            },
        )
        .await?;
    }
    let minutes = read(&mut tx, hearing_id).await?;
    tx.commit().await?;
    Ok(minutes)
}

async fn record_by_id(tx: &mut SqliteConnection, id: &str) -> Result<MinutesRecord> {
    let rows = records(tx, Select::Entry, id).await?;
    rows.into_iter()
        .next()
        .ok_or_else(|| Error::not_found("entry_not_found", "没有该条笔录"))
}

/// One row by its id, or every row of a hearing.
enum Select {
    Entry,
    Hearing,
}

macro_rules! records_sql {
    ($tail:literal) => {
        concat!(
            "SELECT m.seq, m.id, m.kind, m.refers_to, m.stage, m.speaker_role, m.speaker_label, m.text,
                    m.recording_offset_s, m.created_at, u.display_name, m.hash, m.payload
             FROM minutes_entries m JOIN users u ON u.id = m.created_by ",
            $tail
        )
    };
}

async fn records(
    conn: &mut SqliteConnection,
    select: Select,
    value: &str,
) -> Result<Vec<MinutesRecord>> {
    let query = match select {
        Select::Entry => sqlx::query(records_sql!("WHERE m.id = ?")),
        Select::Hearing => sqlx::query(records_sql!("WHERE m.hearing_id = ? ORDER BY m.seq")),
    };
    let rows = query.bind(value).fetch_all(conn).await?;
    rows.into_iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let stage: String = r.try_get("stage")?;
            let role: String = r.try_get("speaker_role")?;
            let bad = || Error::internal("unknown minutes value in storage");
            Ok(MinutesRecord {
                seq: r.try_get("seq")?,
                id: r.try_get("id")?,
                kind: EntryKind::parse(&kind).ok_or_else(bad)?,
                refers_to: r.try_get("refers_to")?,
                stage: Stage::parse(&stage).ok_or_else(bad)?,
                speaker_role: SpeakerRole::parse(&role),
                speaker_label: r.try_get("speaker_label")?,
                text: r.try_get("text")?,
                recording_offset_s: r
                    .try_get::<Option<i64>, _>("recording_offset_s")?
                    .and_then(|v| u32::try_from(v).ok()),
                created_at: r.try_get("created_at")?,
                created_by_name: r.try_get("display_name")?,
                hash: r.try_get("hash")?,
                payload: r.try_get("payload")?,
            })
        })
        .collect()
}

async fn read(conn: &mut SqliteConnection, hearing_id: &str) -> Result<Minutes> {
    let log = records(conn, Select::Hearing, hearing_id).await?;
    let mut lines: Vec<MinutesLine> = Vec::new();
    let mut stages: Vec<StageProgress> = Stage::ALL
        .iter()
        .map(|s| StageProgress {
            stage: *s,
            state: StageState::Pending,
            reason: None,
        })
        .collect();
    let mut current = None;
    let mut corrections = Vec::new();
    let (mut locked_at, mut locked_hash) = (None, None);
    for r in &log {
        match r.kind {
            EntryKind::Entry => lines.push(MinutesLine {
                id: r.id.clone(),
                stage: r.stage,
                speaker_role: r.speaker_role.unwrap_or(SpeakerRole::Other),
                speaker_label: r.speaker_label.clone(),
                text: r.text.clone(),
                recording_offset_s: r.recording_offset_s,
                created_at: r.created_at.clone(),
                edited: false,
            }),
            EntryKind::Edit => {
                if let Some(line) = lines
                    .iter_mut()
                    .find(|l| Some(&l.id) == r.refers_to.as_ref())
                {
                    line.text = r.text.clone();
                    line.edited = true;
                }
            }
            EntryKind::Delete => lines.retain(|l| Some(&l.id) != r.refers_to.as_ref()),
            EntryKind::StageStart | EntryKind::StageSkip => {
                for p in stages.iter_mut().filter(|p| p.state == StageState::Current) {
                    p.state = StageState::Done;
                }
                let p = stages
                    .iter_mut()
                    .find(|p| p.stage == r.stage)
                    .expect("every stage listed");
                if r.kind == EntryKind::StageStart {
                    p.state = StageState::Current;
                    current = Some(r.stage);
                } else {
                    p.state = StageState::Skipped;
                    p.reason = Some(r.text.clone());
                }
            }
            EntryKind::Correction | EntryKind::CorrectionRefused => {
                corrections.push(corrections::from_record(r)?);
            }
            EntryKind::Lock => {
                locked_at = Some(r.created_at.clone());
                locked_hash = signoff::payload_hash(r);
            }
            EntryKind::Signature | EntryKind::SignatureRefused => {}
        }
    }
    Ok(Minutes {
        hearing_id: hearing_id.to_owned(),
        current_stage: current,
        stages,
        lines,
        log,
        corrections,
        locked_at,
        locked_hash,
    })
}

pub async fn get_minutes(core: &Core, _actor: &Actor, hearing_id: &str) -> Result<Minutes> {
    let mut conn = core.pool().acquire().await?;
    hearings::head(&mut conn, hearing_id).await?;
    read(&mut conn, hearing_id).await
}
