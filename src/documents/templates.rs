//! The templates documents are typeset with, one per layout: shipped with the app, and
//! replaceable by an administrator. A draft is previewed with real data before it is
//! saved, and a template that does not compile is never saved. Every version is kept;
//! documents already issued keep their PDF whatever the template becomes.
use super::engine;
use super::model::*;
use super::sample;
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::consent::text::sha256_hex;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::shanghai_today;
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

const OFFICIAL: &str = include_str!("templates/official.typ");
const FORM: &str = include_str!("templates/form.typ");
/// A template is markup, not a place for data: far below any real template's size.
const MAX_TEMPLATE_BYTES: usize = 200 * 1024;

fn shipped(layout: TemplateLayout) -> &'static str {
    match layout {
        TemplateLayout::Official => OFFICIAL,
        TemplateLayout::Form => FORM,
    }
}

const PLACEHOLDERS: &[(&str, &str)] = &[
    ("d.commission", "仲裁委员会全称（文书抬头）"),
    ("d.title", "文书名称，如 开庭通知书"),
    ("d.docNo", "文号或案号；转办单为受理编号"),
    ("d.addressee", "受送达人（抬头称谓），可为空"),
    ("d.body", "正文段落（数组，每项一段）"),
    ("d.notes", "注意事项（数组，可为空）"),
    (
        "d.signatures",
        "署名行（数组，如 首席仲裁员　张某；签名栏）",
    ),
    ("d.date", "落款日期（中文，如 二〇二六年十一月三十日）"),
    ("d.copyTo", "抄送（可为空）"),
    (
        "d.table",
        "表格行（数组，每行 label、value、tall；表格版式使用）",
    ),
    ("d.sha256", "内容摘要 SHA-256（印于页脚）"),
];

/// The newest saved template of `layout`, or the shipped one.
pub(super) async fn body_in_force(
    conn: &mut SqliteConnection,
    layout: TemplateLayout,
) -> Result<String> {
    Ok(latest(conn, layout)
        .await?
        .and_then(|v| v.body)
        .unwrap_or_else(|| shipped(layout).to_owned()))
}

struct Version {
    body: Option<String>,
    created_at: String,
    created_by_name: String,
}

async fn latest(conn: &mut SqliteConnection, layout: TemplateLayout) -> Result<Option<Version>> {
    let row = sqlx::query(
        "SELECT t.body, t.created_at, u.display_name FROM document_templates t
         JOIN users u ON u.id = t.created_by
         WHERE t.layout = ? ORDER BY t.created_at DESC, t.id DESC LIMIT 1",
    )
    .bind(layout.as_str())
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(Version {
            body: r.try_get("body")?,
            created_at: r.try_get("created_at")?,
            created_by_name: r.try_get("display_name")?,
        })
    })
    .transpose()
}

async fn template(conn: &mut SqliteConnection, layout: TemplateLayout) -> Result<DocumentTemplate> {
    let version = latest(conn, layout).await?;
    let custom = version.as_ref().and_then(|v| v.body.clone());
    Ok(DocumentTemplate {
        layout,
        kinds: DocumentKind::ALL
            .into_iter()
            .filter(|k| k.layout() == layout)
            .collect(),
        is_default: custom.is_none(),
        body: custom.unwrap_or_else(|| shipped(layout).to_owned()),
        default_body: shipped(layout).to_owned(),
        updated_at: version.as_ref().map(|v| v.created_at.clone()),
        updated_by_name: version.map(|v| v.created_by_name),
        placeholders: PLACEHOLDERS
            .iter()
            .map(|(name, description)| TemplatePlaceholder {
                name: (*name).to_owned(),
                description: (*description).to_owned(),
            })
            .collect(),
    })
}

pub async fn list_document_templates(core: &Core, _actor: &Actor) -> Result<Vec<DocumentTemplate>> {
    let mut conn = core.pool().acquire().await?;
    let mut out = Vec::new();
    for layout in [TemplateLayout::Official, TemplateLayout::Form] {
        out.push(template(&mut conn, layout).await?);
    }
    Ok(out)
}

/// The data a draft is tried on: the newest document issued in this layout (real data,
/// as hashed), or the sample when none has been issued yet.
async fn trial_data(
    conn: &mut SqliteConnection,
    layout: TemplateLayout,
) -> Result<Vec<serde_json::Value>> {
    let kinds: Vec<&str> = DocumentKind::ALL
        .into_iter()
        .filter(|k| k.layout() == layout)
        .map(|k| k.as_str())
        .collect();
    let placeholders = vec!["?"; kinds.len()].join(", ");
    let sql = format!(
        "SELECT content, content_sha256 FROM documents WHERE kind IN ({placeholders})
         ORDER BY created_at DESC, id DESC LIMIT 1"
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for k in &kinds {
        query = query.bind(*k);
    }
    let mut data = vec![sample::data(layout)];
    if let Some(r) = query.fetch_optional(conn).await? {
        let mut real: serde_json::Value = serde_json::from_str(&r.try_get::<String, _>("content")?)
            .map_err(|e| Error::internal(e.to_string()))?;
        real["sha256"] = r.try_get::<String, _>("content_sha256")?.into();
        data.insert(0, real);
    }
    Ok(data)
}

fn check_size(body: &str) -> Result<()> {
    if body.trim().is_empty() {
        return Err(Error::validation(
            "template",
            "required",
            "模板内容不能为空",
        ));
    }
    if body.len() > MAX_TEMPLATE_BYTES {
        return Err(Error::validation(
            "template",
            "too_long",
            "模板过长（上限 200 KB）",
        ));
    }
    Ok(())
}

/// Typesets `body` with every trial data set; returns the first PDF (real data when
/// there is any).
async fn typeset_trials(core: &Core, body: &str, layout: TemplateLayout) -> Result<Vec<u8>> {
    check_size(body)?;
    let mut conn = core.pool().acquire().await?;
    let data = trial_data(&mut conn, layout).await?;
    drop(conn);
    let body = body.to_owned();
    let today = shanghai_today(core.now());
    tokio::task::spawn_blocking(move || {
        let mut first = None;
        for d in &data {
            let pdf = engine::render_pdf(&body, d, today)?;
            first.get_or_insert(pdf);
        }
        first.ok_or_else(|| Error::internal("no trial data"))
    })
    .await
    .map_err(|e| Error::internal(e.to_string()))?
}

/// A draft typeset as a PDF, not saved.
pub async fn preview_document_template(
    core: &Core,
    actor: &Actor,
    input: TemplateInput,
) -> Result<Vec<u8>> {
    actor.require_admin()?;
    typeset_trials(core, &input.body, input.layout).await
}

pub async fn save_document_template(
    core: &Core,
    actor: &Actor,
    input: TemplateInput,
) -> Result<DocumentTemplate> {
    actor.require_admin()?;
    typeset_trials(core, &input.body, input.layout).await?;
    let body = (input.body != shipped(input.layout)).then_some(input.body.as_str());
    record(core, actor, input.layout, body).await
}

/// Back to the template shipped with the app (recorded as a version of its own).
pub async fn reset_document_template(
    core: &Core,
    actor: &Actor,
    layout: TemplateLayout,
) -> Result<DocumentTemplate> {
    actor.require_admin()?;
    record(core, actor, layout, None).await
}

async fn record(
    core: &Core,
    actor: &Actor,
    layout: TemplateLayout,
    body: Option<&str>,
) -> Result<DocumentTemplate> {
    let mut tx = core.begin_write().await?;
    let hash = body.map(|b| sha256_hex(b.as_bytes()));
    sqlx::query(
        "INSERT INTO document_templates (id, layout, body, body_sha256, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(layout.as_str())
    .bind(body)
    .bind(&hash)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let name = match layout {
        TemplateLayout::Official => "公文版式",
        TemplateLayout::Form => "表格版式",
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "settings.document_template",
            entity_type: "settings",
            entity_id: Some(format!("document_template.{}", layout.as_str())),
            summary: match &hash {
                Some(h) => format!("修改文书模板（{name}），SHA-256 {}", &h[..16]),
                None => format!("文书模板（{name}）恢复为系统默认"),
            },
        },
    )
    .await?;
    let out = template(&mut tx, layout).await?;
    tx.commit().await?;
    Ok(out)
}
