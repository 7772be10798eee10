//! The append-only, hash-chained audit log. Every change in the core writes one row in
//! the same transaction as the change; `verify` walks the chain and names the first
//! row whose hash or link does not hold.
use crate::actor::Actor;
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::Result;
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;
use time::OffsetDateTime;
use ts_rs::TS;
use uuid::Uuid;

/// The `prev_hash` of the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did it: a signed-in user, or someone not signed in (a sign-in attempt, a
/// self-registration), named by what they typed.
pub enum Who<'a> {
    User(&'a Actor),
    Anonymous(String),
}

/// One change to record.
pub struct Event<'a> {
    pub who: Who<'a>,
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: Option<String>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub seq: i64,
    pub at: String,
    pub actor_id: Option<String>,
    pub actor_label: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: Option<String>,
    pub summary: String,
    pub hash: String,
}

#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditQuery {
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    #[ts(type = "number")]
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BrokenLink {
    #[ts(type = "number")]
    pub seq: i64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditVerification {
    pub ok: bool,
    #[ts(type = "number")]
    pub checked: i64,
    pub first_broken: Option<BrokenLink>,
}

/// Appends one row. Call inside the write transaction of the change it records.
pub async fn record(
    conn: &mut SqliteConnection,
    at: OffsetDateTime,
    event: Event<'_>,
) -> Result<()> {
    let head: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    let (seq, prev_hash) = match head {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    let (actor_id, actor_label) = match &event.who {
        Who::User(actor) => (Some(actor.user_id.to_string()), actor.label()),
        Who::Anonymous(label) => (None, label.clone()),
    };
    let row = Row {
        seq,
        id: Uuid::now_v7().to_string(),
        at: to_rfc3339(at),
        actor_id,
        actor_label,
        action: event.action.to_owned(),
        entity_type: event.entity_type.to_owned(),
        entity_id: event.entity_id,
        summary: event.summary,
        prev_hash,
    };
    let hash = row.hash();
    sqlx::query(
        "INSERT INTO audit_log (seq, id, at, actor_id, actor_label, action, entity_type, entity_id, summary, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(row.seq)
    .bind(&row.id)
    .bind(&row.at)
    .bind(&row.actor_id)
    .bind(&row.actor_label)
    .bind(&row.action)
    .bind(&row.entity_type)
    .bind(&row.entity_id)
    .bind(&row.summary)
    .bind(&row.prev_hash)
    .bind(&hash)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Newest first. Admins only.
pub async fn list(core: &Core, actor: &Actor, query: AuditQuery) -> Result<AuditPage> {
    actor.require_admin()?;
    let limit = i64::from(query.limit.clamp(1, 500));
    let rows: Vec<StoredRow> = sqlx::query_as(
        "SELECT seq, id, at, actor_id, actor_label, action, entity_type, entity_id, summary, prev_hash, hash
         FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?",
    )
    .bind(limit)
    .bind(i64::from(query.offset))
    .fetch_all(core.pool())
    .await?;
    let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log")
        .fetch_one(core.pool())
        .await?;
    Ok(AuditPage {
        entries: rows.into_iter().map(StoredRow::into_entry).collect(),
        total,
    })
}

/// The history of one case file or intake item, oldest first. Every signed-in role may
/// read a file's own history (the full log stays with administrators).
pub async fn for_entity(
    core: &Core,
    _actor: &Actor,
    entity_type: &str,
    entity_id: &str,
) -> Result<Vec<AuditEntry>> {
    if !matches!(entity_type, "case" | "intake") {
        return Err(crate::error::Error::forbidden("只有管理员可以查看该类记录"));
    }
    let rows: Vec<StoredRow> = sqlx::query_as(
        "SELECT seq, id, at, actor_id, actor_label, action, entity_type, entity_id, summary, prev_hash, hash
         FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq",
    )
    .bind(entity_type)
    .bind(entity_id)
    .fetch_all(core.pool())
    .await?;
    Ok(rows.into_iter().map(StoredRow::into_entry).collect())
}

/// Walks the whole chain in order. Admins only.
pub async fn verify(core: &Core, actor: &Actor) -> Result<AuditVerification> {
    actor.require_admin()?;
    verify_chain(core).await
}

/// The check itself, without the permission gate (used at start-up and in tests).
pub async fn verify_chain(core: &Core) -> Result<AuditVerification> {
    let mut conn = core.pool().acquire().await?;
    let mut rows = sqlx::query_as::<_, StoredRow>(
        "SELECT seq, id, at, actor_id, actor_label, action, entity_type, entity_id, summary, prev_hash, hash
         FROM audit_log ORDER BY seq",
    )
    .fetch(&mut *conn);
    let mut expected_prev = GENESIS.to_owned();
    let mut expected_seq = 1;
    let mut checked = 0;
    while let Some(stored) = rows.try_next().await? {
        let broken = |reason: &str| BrokenLink {
            seq: stored.seq,
            reason: reason.to_owned(),
        };
        let failure = if stored.seq != expected_seq {
            Some(broken("序号不连续：此前有记录被删除或插入"))
        } else if stored.row.prev_hash != expected_prev {
            Some(broken(
                "与上一条记录的哈希不衔接：此前的记录被改动、删除或插入",
            ))
        } else if stored.row.hash() != stored.hash {
            Some(broken("本条记录的内容与其哈希不符：记录被改动"))
        } else {
            None
        };
        if let Some(first_broken) = failure {
            return Ok(AuditVerification {
                ok: false,
                checked,
                first_broken: Some(first_broken),
            });
        }
        expected_prev = stored.hash;
        expected_seq += 1;
        checked += 1;
    }
    Ok(AuditVerification {
        ok: true,
        checked,
        first_broken: None,
    })
}

/// The fields a row's hash covers, in a fixed order.
struct Row {
    seq: i64,
    id: String,
    at: String,
    actor_id: Option<String>,
    actor_label: String,
    action: String,
    entity_type: String,
    entity_id: Option<String>,
    summary: String,
    prev_hash: String,
}

impl Row {
    /// SHA-256 over a JSON array of the fields: unambiguous, stable, easy to recompute
    /// with any other tool.
    fn hash(&self) -> String {
        let canonical = serde_json::json!([
            self.seq,
            self.id,
            self.at,
            self.actor_id,
            self.actor_label,
            self.action,
            self.entity_type,
            self.entity_id,
            self.summary,
            self.prev_hash,
        ]);
        hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
    }
}

struct StoredRow {
    seq: i64,
    row: Row,
    hash: String,
}

impl<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> for StoredRow {
    fn from_row(r: &'r sqlx::sqlite::SqliteRow) -> sqlx::Result<Self> {
        use sqlx::Row as _;
        let seq: i64 = r.try_get("seq")?;
        Ok(Self {
            seq,
            row: Row {
                seq,
                id: r.try_get("id")?,
                at: r.try_get("at")?,
                actor_id: r.try_get("actor_id")?,
                actor_label: r.try_get("actor_label")?,
                action: r.try_get("action")?,
                entity_type: r.try_get("entity_type")?,
                entity_id: r.try_get("entity_id")?,
                summary: r.try_get("summary")?,
                prev_hash: r.try_get("prev_hash")?,
            },
            hash: r.try_get("hash")?,
        })
    }
}

impl StoredRow {
    fn into_entry(self) -> AuditEntry {
        AuditEntry {
            seq: self.seq,
            at: self.row.at,
            actor_id: self.row.actor_id,
            actor_label: self.row.actor_label,
            action: self.row.action,
            entity_type: self.row.entity_type,
            entity_id: self.row.entity_id,
            summary: self.row.summary,
            hash: self.hash,
        }
    }
}
