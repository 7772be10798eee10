//! The live minutes of a hearing (庭审笔录): entries by stage and speaker, each
//! committed in its own durable transaction the moment the clerk presses Enter; edits
//! and deletions before the lock are entries themselves; the stages follow Rules Art.
//! 41 (F1) and the final statement cannot be skipped; a SHA-256 chain per hearing; the
//! draft being typed is kept per user so that a crash loses nothing.
mod model;

pub use model::*;

use crate::actor::Actor;
use crate::audit::{self, Event, GENESIS, Who};
use crate::clock::to_rfc3339;
use crate::consent::text::sha256_hex;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::hearings::{self, HearingStatus};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

const MAX_TEXT: usize = 20_000;

/// The fields a row's hash covers, in a fixed order.
struct NewRow<'a> {
    hearing_id: &'a str,
    kind: EntryKind,
    refers_to: Option<&'a str>,
    stage: Stage,
    speaker_role: Option<SpeakerRole>,
    speaker_label: &'a str,
    text: &'a str,
    recording_offset_s: Option<u32>,
}

fn row_hash(id: &str, r: &NewRow<'_>, created_at: &str, created_by: &str, prev: &str) -> String {
    let fields = serde_json::json!([
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
    sha256_hex(fields.to_string().as_bytes())
}

/// Appends one row to the hearing's chain; returns its id.
async fn append(
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
             recording_offset_s, created_at, created_by, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
    .execute(&mut *tx)
    .await?;
    Ok(id)
}

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
        },
    )
    .await?;
    if status == HearingStatus::Scheduled {
        sqlx::query("UPDATE hearings SET status = 'in_progress', updated_at = ? WHERE id = ?")
            .bind(to_rfc3339(core.now()))
            .bind(hearing_id)
            .execute(&mut *tx)
            .await?;
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
                    m.recording_offset_s, m.created_at, u.display_name, m.hash
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
        }
    }
    Ok(Minutes {
        hearing_id: hearing_id.to_owned(),
        current_stage: current,
        stages,
        lines,
        log,
    })
}

pub async fn get_minutes(core: &Core, _actor: &Actor, hearing_id: &str) -> Result<Minutes> {
    let mut conn = core.pool().acquire().await?;
    hearings::head(&mut conn, hearing_id).await?;
    read(&mut conn, hearing_id).await
}

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

/// Walks the hearing's chain; names the first row whose hash or link fails.
pub async fn verify_minutes(core: &Core, _actor: &Actor, hearing_id: &str) -> Result<MinutesCheck> {
    let rows = sqlx::query(
        "SELECT seq, id, kind, refers_to, stage, speaker_role, speaker_label, text, recording_offset_s, created_at,
                created_by, prev_hash, hash FROM minutes_entries WHERE hearing_id = ? ORDER BY seq",
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
