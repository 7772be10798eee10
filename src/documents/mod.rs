//! Official documents (文书) generated from case data and typeset to PDF with Typst:
//! each is recorded on the case with the SHA-256 of its canonical content (printed in
//! the footer) and the PDF itself; a copy can be saved anywhere. The commission's name,
//! which heads every document, is an institute setting.
mod award;
mod chinese;
mod engine;
mod forms;
mod generate;
mod model;
mod notices;
mod records;
mod sample;
mod store;
mod templates;

pub use chinese::chinese_date;
pub use generate::{generate_document, generate_intake_form};
pub use model::*;
pub use store::{document_pdf, list_documents, list_intake_documents, save_document};
pub use templates::{
    list_document_templates, preview_document_template, reset_document_template,
    save_document_template,
};

use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use sqlx::SqliteConnection;

const COMMISSION_KEY: &str = "commission_name";

/// The commission's full name, e.g. 庆阳市西峰区劳动人事争议仲裁委员会; empty if unset.
pub async fn commission_name(core: &Core, _actor: &Actor) -> Result<String> {
    let mut conn = core.pool().acquire().await?;
    read_commission(&mut conn).await
}

async fn read_commission(conn: &mut SqliteConnection) -> Result<String> {
    let row: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE key = ?")
        .bind(COMMISSION_KEY)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|(v,)| v).unwrap_or_default())
}

pub async fn set_commission_name(core: &Core, actor: &Actor, name: &str) -> Result<String> {
    actor.require_admin()?;
    let name = name.trim();
    if name.chars().count() < 4 || name.chars().count() > 60 || !name.ends_with("委员会") {
        return Err(Error::validation(
            "name",
            "commission_name",
            "请填写仲裁委员会全称，如 庆阳市西峰区劳动人事争议仲裁委员会",
        ));
    }
    let mut tx = core.begin_write().await?;
    let old = read_commission(&mut tx).await?;
    sqlx::query(
        "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by",
    )
    .bind(COMMISSION_KEY)
    .bind(name)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "settings.commission_name",
            entity_type: "settings",
            entity_id: Some(COMMISSION_KEY.into()),
            summary: if old.is_empty() {
                format!("设置仲裁委员会名称：{name}")
            } else {
                format!("仲裁委员会名称由「{old}」改为「{name}」")
            },
        },
    )
    .await?;
    tx.commit().await?;
    Ok(name.to_owned())
}

/// The name that heads the documents; generating one without it is refused.
async fn require_commission(conn: &mut SqliteConnection) -> Result<String> {
    let name = read_commission(conn).await?;
    if name.is_empty() {
        return Err(Error::precondition(
            "commission_name_missing",
            "请管理员先在「设置」中填写仲裁委员会名称，文书以此为抬头",
        ));
    }
    Ok(name)
}
