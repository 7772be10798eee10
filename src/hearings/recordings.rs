//! The commission's audio/video recordings of a hearing (F5): the file stays where the
//! institute keeps it; the app records its path, SHA-256, size and running time, and
//! can later read it again to show that it is unchanged. Every check is kept.
use super::media;
use super::model::*;
use super::{head, require_hearing_staff};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::bounded;
use sha2::{Digest, Sha256};
use sqlx::{Row, SqliteConnection};
use std::io::Read;
use std::path::{Path, PathBuf};
use uuid::Uuid;

struct Scan {
    size: u64,
    sha256: String,
    duration_s: Option<u32>,
}

/// Hashes the file in 1 MiB blocks off the async runtime (recordings run to gigabytes).
async fn scan(path: PathBuf) -> std::io::Result<Scan> {
    tokio::task::spawn_blocking(move || {
        let mut file = std::fs::File::open(&path)?;
        let duration_s = media::duration_s(&mut file);
        std::io::Seek::rewind(&mut file)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 20];
        let mut size = 0u64;
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                break;
            }
            size += n as u64;
            hasher.update(&buf[..n]);
        }
        Ok(Scan {
            size,
            sha256: format!("{:x}", hasher.finalize()),
            duration_s,
        })
    })
    .await
    .map_err(std::io::Error::other)?
}

pub async fn add_recording(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: RecordingInput,
) -> Result<Recording> {
    require_hearing_staff(actor)?;
    let raw = input.path.trim();
    let path = Path::new(raw);
    if raw.is_empty() || !path.is_absolute() {
        return Err(Error::validation("path", "required", "请选择录音录像文件"));
    }
    let note = bounded(&input.note, "note", 500)?;
    let scanned = scan(path.to_path_buf()).await.map_err(|e| {
        Error::validation("path", "file_unreadable", format!("无法读取该文件：{e}"))
    })?;
    if scanned.size == 0 {
        return Err(Error::validation("path", "file_empty", "该文件为空"));
    }
    let (duration_s, from_file) = match (scanned.duration_s, input.duration_s) {
        (Some(d), _) => (d, true),
        (None, Some(d)) if d > 0 => (d, false),
        _ => {
            return Err(Error::validation(
                "durationS",
                "duration_required",
                "无法从文件读取时长，请填写录音录像时长",
            ));
        }
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| raw.to_owned());
    let mut tx = core.begin_write().await?;
    head(&mut tx, hearing_id).await?;
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO hearing_recordings (id, hearing_id, path, file_name, size_bytes, sha256, duration_s,
             duration_source, note, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(hearing_id)
    .bind(raw)
    .bind(&file_name)
    .bind(scanned.size as i64)
    .bind(&scanned.sha256)
    .bind(duration_s)
    .bind(if from_file { "file" } else { "entered" })
    .bind(note)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "hearing.recording_added",
            entity_type: "hearing",
            entity_id: Some(hearing_id.to_owned()),
            summary: format!(
                "登记庭审录音录像 {file_name}（{} 秒，SHA-256 {}）",
                duration_s,
                &scanned.sha256[..16]
            ),
        },
    )
    .await?;
    let rec = one(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(rec)
}

/// Reads the file again and records whether it still hashes the same.
pub async fn verify_recording(core: &Core, actor: &Actor, recording_id: &str) -> Result<Recording> {
    require_hearing_staff(actor)?;
    let before = {
        let mut conn = core.pool().acquire().await?;
        one(&mut conn, recording_id).await?
    };
    let (outcome, sha) = match scan(PathBuf::from(&before.path)).await {
        Ok(s) if s.sha256 == before.sha256 => (RecordingOutcome::Unchanged, Some(s.sha256)),
        Ok(s) => (RecordingOutcome::Changed, Some(s.sha256)),
        Err(_) => (RecordingOutcome::Missing, None),
    };
    let mut tx = core.begin_write().await?;
    sqlx::query(
        "INSERT INTO recording_checks (id, recording_id, outcome, sha256, checked_at, checked_by)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(recording_id)
    .bind(outcome.as_str())
    .bind(&sha)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let what = match outcome {
        RecordingOutcome::Unchanged => "文件未被改动",
        RecordingOutcome::Changed => "文件与登记时不一致",
        RecordingOutcome::Missing => "文件不存在或无法读取",
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "hearing.recording_verified",
            entity_type: "hearing",
            entity_id: Some(before.hearing_id.clone()),
            summary: format!("核验庭审录音录像 {}：{what}", before.file_name),
        },
    )
    .await?;
    let rec = one(&mut tx, recording_id).await?;
    tx.commit().await?;
    Ok(rec)
}

pub async fn list_recordings(
    core: &Core,
    _actor: &Actor,
    hearing_id: &str,
) -> Result<Vec<Recording>> {
    let mut conn = core.pool().acquire().await?;
    head(&mut conn, hearing_id).await?;
    let ids: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM hearing_recordings WHERE hearing_id = ? ORDER BY added_at")
            .bind(hearing_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut out = Vec::with_capacity(ids.len());
    for (id,) in ids {
        out.push(one(&mut conn, &id).await?);
    }
    Ok(out)
}

async fn one(conn: &mut SqliteConnection, id: &str) -> Result<Recording> {
    let r = sqlx::query(
        "SELECT r.id, r.hearing_id, r.path, r.file_name, r.size_bytes, r.sha256, r.duration_s, r.duration_source,
                r.note, r.added_at, u.display_name
         FROM hearing_recordings r JOIN users u ON u.id = r.added_by WHERE r.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| Error::not_found("recording_not_found", "没有该录音录像"))?;
    let check = sqlx::query(
        "SELECT c.outcome, c.sha256, c.checked_at, u.display_name
         FROM recording_checks c JOIN users u ON u.id = c.checked_by
         WHERE c.recording_id = ? ORDER BY c.checked_at DESC, c.rowid DESC LIMIT 1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let last_check = match check {
        Some(c) => Some(RecordingCheck {
            outcome: RecordingOutcome::parse(c.try_get("outcome")?)
                .ok_or_else(|| Error::internal("unknown recording check in storage"))?,
            sha256: c.try_get("sha256")?,
            checked_at: c.try_get("checked_at")?,
            checked_by_name: c.try_get("display_name")?,
        }),
        None => None,
    };
    let source: String = r.try_get("duration_source")?;
    Ok(Recording {
        id: r.try_get("id")?,
        hearing_id: r.try_get("hearing_id")?,
        path: r.try_get("path")?,
        file_name: r.try_get("file_name")?,
        size_bytes: r.try_get("size_bytes")?,
        sha256: r.try_get("sha256")?,
        duration_s: r.try_get::<i64, _>("duration_s")? as u32,
        duration_from_file: source == "file",
        note: r.try_get("note")?,
        added_at: r.try_get("added_at")?,
        added_by_name: r.try_get("display_name")?,
        last_check,
    })
}
