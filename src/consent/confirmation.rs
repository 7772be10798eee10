//! The 简易程序权利义务确认书 as versioned canonical text. Generating it again after
//! the case data changed makes a new version; signatures bind to a version's hash, so
//! earlier ones no longer count for the new text (H6).
use super::model::{ConfirmationDocument, ConfirmationStatus};
use super::{require_recorder, text};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseStatus};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use sqlx::SqliteConnection;
use uuid::Uuid;

pub(crate) async fn latest(
    conn: &mut SqliteConnection,
    case_id: &str,
) -> Result<Option<ConfirmationDocument>> {
    let row: Option<(String, String, i64, String, String, String)> = sqlx::query_as(
        "SELECT id, case_id, version, text, sha256, created_at FROM confirmation_documents
         WHERE case_id = ? ORDER BY version DESC LIMIT 1",
    )
    .bind(case_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(
        |(id, case_id, version, text, sha256, created_at)| ConfirmationDocument {
            id,
            case_id,
            version: u32::try_from(version).unwrap_or(0),
            text,
            sha256,
            created_at,
        },
    ))
}

pub(crate) async fn status_in(
    conn: &mut SqliteConnection,
    case_id: &str,
) -> Result<ConfirmationStatus> {
    let file = cases::load(conn, case_id).await?;
    let current_text = text::confirmation(&file);
    let current_sha256 = text::sha256_hex(current_text.as_bytes());
    let latest = latest(conn, case_id).await?;
    Ok(ConfirmationStatus {
        stale: latest.as_ref().is_some_and(|l| l.sha256 != current_sha256),
        latest,
        current_text,
        current_sha256,
    })
}

pub async fn confirmation_status(
    core: &Core,
    _actor: &Actor,
    case_id: &str,
) -> Result<ConfirmationStatus> {
    let mut conn = core.pool().acquire().await?;
    status_in(&mut conn, case_id).await
}

/// Stores the text the case data produce now as a new version, unless the latest
/// version already has it.
pub async fn issue_confirmation(
    core: &Core,
    actor: &Actor,
    case_id: &str,
) -> Result<ConfirmationStatus> {
    require_recorder(actor)?;
    let mut tx = core.begin_write().await?;
    let file = cases::load(&mut tx, case_id).await?;
    if matches!(
        file.summary.status,
        CaseStatus::Closed | CaseStatus::NotAccepted
    ) {
        return Err(Error::precondition("case_not_open", "案件已结案或不予受理"));
    }
    let status = status_in(&mut tx, case_id).await?;
    if status.latest.is_some() && !status.stale {
        tx.commit().await?;
        return Ok(status);
    }
    let version = status.latest.as_ref().map_or(1, |l| l.version + 1);
    sqlx::query(
        "INSERT INTO confirmation_documents (id, case_id, version, text, sha256, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(case_id)
    .bind(i64::from(version))
    .bind(&status.current_text)
    .bind(&status.current_sha256)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "consent.confirmation_issued",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{}：生成简易程序权利义务确认书第 {version} 版（哈希 {}）{}",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                &status.current_sha256[..12],
                if version > 1 {
                    "，此前版本上的签署不再有效"
                } else {
                    ""
                }
            ),
        },
    )
    .await?;
    let status = status_in(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(status)
}
