//! Recording generated documents on the case, listing them, and writing copies.
use super::model::*;
use super::{engine, templates};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases;
use crate::clock::to_rfc3339;
use crate::consent::text::sha256_hex;
use crate::db::Core;
use crate::error::{Error, Result};
use sqlx::{Row, SqliteConnection};
use std::path::Path;
use uuid::Uuid;

/// What a document says, before typesetting: the fields of the shared official layout.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Content {
    pub commission: String,
    pub title: String,
    pub doc_no: String,
    pub addressee: String,
    pub body: Vec<String>,
    pub notes: Vec<String>,
    pub date: String,
    pub copy_to: String,
    /// Who signs above the commission's block: 首席仲裁员　张仲裁.
    pub signatures: Vec<String>,
    /// The rows of a form (转办单, 送达回证); empty for letters.
    pub table: Vec<FormRow>,
}

/// One row of a form: a label and what is filled in; a tall row leaves room to write.
#[derive(Debug, Clone, serde::Serialize)]
pub(super) struct FormRow {
    pub label: String,
    pub value: String,
    pub tall: bool,
}

impl FormRow {
    pub fn new(label: &str, value: impl Into<String>) -> Self {
        Self {
            label: label.to_owned(),
            value: value.into(),
            tall: false,
        }
    }
    /// A row with room to write by hand (signatures, dates of receipt, remarks).
    pub fn tall(label: &str, value: impl Into<String>) -> Self {
        Self {
            tall: true,
            ..Self::new(label, value)
        }
    }
}

/// What a document is recorded on.
#[derive(Clone, Copy)]
pub(super) enum Subject<'a> {
    Case {
        case_id: &'a str,
        hearing_id: Option<&'a str>,
    },
    Intake(&'a str),
}

impl Subject<'_> {
    fn entity(&self) -> (&'static str, String) {
        match self {
            Subject::Case { case_id, .. } => ("case", (*case_id).to_owned()),
            Subject::Intake(id) => ("intake", (*id).to_owned()),
        }
    }
}

pub(super) struct Issue<'a> {
    pub subject: Subject<'a>,
    pub kind: DocumentKind,
    pub content: Content,
    pub today: time::Date,
}

/// Hashes the canonical content, typesets it off the async runtime and records the
/// document in the caller's transaction.
pub(super) async fn issue(
    tx: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    doc: Issue<'_>,
) -> Result<String> {
    let canonical =
        serde_json::to_value(&doc.content).map_err(|e| Error::internal(e.to_string()))?;
    // serde_json's map is ordered by key: the same content always hashes the same.
    let canonical_text = canonical.to_string();
    let content_sha256 = sha256_hex(canonical_text.as_bytes());
    let mut data = canonical.clone();
    data["sha256"] = content_sha256.clone().into();
    let today = doc.today;
    let template = templates::body_in_force(&mut *tx, doc.kind.layout()).await?;
    let pdf = tokio::task::spawn_blocking(move || engine::render_pdf(&template, &data, today))
        .await
        .map_err(|e| Error::internal(e.to_string()))??;
    let (case_id, hearing_id, intake_id) = match doc.subject {
        Subject::Case {
            case_id,
            hearing_id,
        } => (Some(case_id), hearing_id, None),
        Subject::Intake(id) => (None, None, Some(id)),
    };
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO documents (id, case_id, intake_id, hearing_id, kind, title, addressee, content,
             content_sha256, pdf, pdf_sha256, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(case_id)
    .bind(intake_id)
    .bind(hearing_id)
    .bind(doc.kind.as_str())
    .bind(&doc.content.title)
    .bind(&doc.content.addressee)
    .bind(&canonical_text)
    .bind(&content_sha256)
    .bind(&pdf)
    .bind(sha256_hex(&pdf))
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let (entity_type, entity_id) = doc.subject.entity();
    audit::record(
        &mut *tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "document.generated",
            entity_type,
            entity_id: Some(entity_id),
            summary: format!(
                "生成{}{}（SHA-256 {}）",
                doc.content.title,
                if doc.content.addressee.is_empty() {
                    String::new()
                } else {
                    format!("，送达{}", doc.content.addressee)
                },
                &content_sha256[..16]
            ),
        },
    )
    .await?;
    Ok(id)
}

const SELECT: &str =
    "SELECT d.id, d.case_id, d.intake_id, d.hearing_id, d.kind, d.title, d.addressee, d.content_sha256,
        d.pdf_sha256, length(d.pdf) AS size_bytes, d.created_at, u.display_name
    FROM documents d JOIN users u ON u.id = d.created_by";

fn record(r: sqlx::sqlite::SqliteRow) -> Result<DocumentRecord> {
    Ok(DocumentRecord {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        intake_id: r.try_get("intake_id")?,
        hearing_id: r.try_get("hearing_id")?,
        kind: DocumentKind::parse(r.try_get("kind")?)
            .ok_or_else(|| Error::internal("unknown document kind in storage"))?,
        title: r.try_get("title")?,
        addressee: r.try_get("addressee")?,
        content_sha256: r.try_get("content_sha256")?,
        pdf_sha256: r.try_get("pdf_sha256")?,
        size_bytes: r.try_get("size_bytes")?,
        created_at: r.try_get("created_at")?,
        created_by_name: r.try_get("display_name")?,
    })
}

pub(super) async fn one(conn: &mut SqliteConnection, id: &str) -> Result<DocumentRecord> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE d.id = ?")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| Error::not_found("document_not_found", "没有该文书"))?;
    record(row)
}

/// The documents of a case's merged group, newest first.
pub async fn list_documents(
    core: &Core,
    _actor: &Actor,
    case_id: &str,
) -> Result<Vec<DocumentRecord>> {
    let mut conn = core.pool().acquire().await?;
    cases::load(&mut conn, case_id).await?;
    // A merged group's documents are recorded on its lead case.
    let lead = crate::tribunal::lead_of(&mut conn, case_id).await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE d.case_id = ? ORDER BY d.created_at DESC, d.id DESC"
    )))
    .bind(&lead)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(record).collect()
}

/// The forms generated for an intake item, newest first.
pub async fn list_intake_documents(
    core: &Core,
    _actor: &Actor,
    intake_id: &str,
) -> Result<Vec<DocumentRecord>> {
    let mut conn = core.pool().acquire().await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE d.intake_id = ? ORDER BY d.created_at DESC, d.id DESC"
    )))
    .bind(intake_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(record).collect()
}

/// The PDF as issued.
pub async fn document_pdf(core: &Core, _actor: &Actor, id: &str) -> Result<Vec<u8>> {
    let row: Option<(Vec<u8>,)> = sqlx::query_as("SELECT pdf FROM documents WHERE id = ?")
        .bind(id)
        .fetch_optional(core.pool())
        .await?;
    row.map(|(b,)| b)
        .ok_or_else(|| Error::not_found("document_not_found", "没有该文书"))
}

/// Writes a copy of the PDF to `path` (absolute; the extension .pdf is added when
/// missing) and returns where it went.
pub async fn save_document(core: &Core, actor: &Actor, id: &str, path: &str) -> Result<String> {
    let raw = path.trim();
    if raw.is_empty() || !Path::new(raw).is_absolute() {
        return Err(Error::validation("path", "required", "请选择保存位置"));
    }
    let target = if raw.to_ascii_lowercase().ends_with(".pdf") {
        raw.to_owned()
    } else {
        format!("{raw}.pdf")
    };
    let pdf = document_pdf(core, actor, id).await?;
    tokio::fs::write(&target, &pdf)
        .await
        .map_err(|e| Error::validation("path", "write_failed", format!("无法写入该位置：{e}")))?;
    let mut conn = core.pool().acquire().await?;
    let doc = one(&mut conn, id).await?;
    drop(conn);
    let mut tx = core.begin_write().await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "document.saved",
            entity_type: if doc.case_id.is_some() {
                "case"
            } else {
                "intake"
            },
            entity_id: doc.case_id.clone().or(doc.intake_id.clone()),
            summary: format!("另存{}：{target}", doc.title),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(target)
}
