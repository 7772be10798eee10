//! The registry of mediation organisations and their mediators.
use super::fields::{iso, optional, past_date, phone, required};
use super::model::*;
use crate::actor::{Actor, Role};
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{Mobile, shanghai_today};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

/// The registry is kept by the institute's staff; mediators record cases, not registry
/// entries.
pub(super) fn require_staff(actor: &Actor) -> Result<()> {
    match actor.role {
        Role::Admin | Role::Arbitrator | Role::Clerk => Ok(()),
        Role::Mediator => Err(Error::forbidden("调解组织名册由仲裁院工作人员维护")),
    }
}

struct ValidOrg {
    name: String,
    address: String,
    contact_name: String,
    contact_phone: String,
    founded_on: Option<String>,
}

fn validate(core: &Core, input: &OrgInput) -> Result<ValidOrg> {
    let today = shanghai_today(core.now());
    Ok(ValidOrg {
        name: required(&input.name, "name", 100, "请填写调解组织名称")?,
        address: required(&input.address, "address", 200, "请填写地址")?,
        contact_name: required(&input.contact_name, "contactName", 50, "请填写联系人")?,
        contact_phone: phone(&input.contact_phone, "contactPhone")?,
        founded_on: optional(input.founded_on.as_deref(), "foundedOn", 10)?
            .map(|d| past_date(&d, "foundedOn", today).map(iso))
            .transpose()?,
    })
}

async fn name_taken(conn: &mut SqliteConnection, name: &str, except: Option<&str>) -> Result<()> {
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM mediation_orgs WHERE name = ?")
        .bind(name)
        .fetch_optional(conn)
        .await?;
    match row {
        Some((id,)) if Some(id.as_str()) != except => Err(Error::validation(
            "name",
            "name_taken",
            "名册中已有同名的调解组织",
        )),
        _ => Ok(()),
    }
}

pub async fn create_org(core: &Core, actor: &Actor, input: OrgInput) -> Result<MediationOrg> {
    require_staff(actor)?;
    let v = validate(core, &input)?;
    let mut tx = core.begin_write().await?;
    name_taken(&mut tx, &v.name, None).await?;
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    sqlx::query(
        "INSERT INTO mediation_orgs (id, name, category, address, contact_name, contact_phone, founded_on,
             active, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&v.name)
    .bind(input.category.as_str())
    .bind(&v.address)
    .bind(&v.contact_name)
    .bind(&v.contact_phone)
    .bind(&v.founded_on)
    .bind(input.active)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.org_created",
            entity_type: "mediation_org",
            entity_id: Some(id.clone()),
            summary: format!("登记调解组织：{}（{}）", v.name, input.category.label_zh()),
        },
    )
    .await?;
    let org = load_org(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(org)
}

pub async fn update_org(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: OrgInput,
) -> Result<MediationOrg> {
    require_staff(actor)?;
    let v = validate(core, &input)?;
    let mut tx = core.begin_write().await?;
    let before = load_org(&mut tx, id).await?;
    name_taken(&mut tx, &v.name, Some(id)).await?;
    sqlx::query(
        "UPDATE mediation_orgs SET name = ?, category = ?, address = ?, contact_name = ?, contact_phone = ?,
             founded_on = ?, active = ?, updated_at = ? WHERE id = ?",
    )
    .bind(&v.name)
    .bind(input.category.as_str())
    .bind(&v.address)
    .bind(&v.contact_name)
    .bind(&v.contact_phone)
    .bind(&v.founded_on)
    .bind(input.active)
    .bind(to_rfc3339(core.now()))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let state = match (before.active, input.active) {
        (true, false) => "，停用",
        (false, true) => "，恢复启用",
        _ => "",
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.org_updated",
            entity_type: "mediation_org",
            entity_id: Some(id.to_owned()),
            summary: format!("修改调解组织：{}{state}", v.name),
        },
    )
    .await?;
    let org = load_org(&mut tx, id).await?;
    tx.commit().await?;
    Ok(org)
}

const ORG_SELECT: &str =
    "SELECT o.id, o.name, o.category, o.address, o.contact_name, o.contact_phone,
        o.founded_on, o.active,
        (SELECT count(*) FROM mediators m WHERE m.org_id = o.id AND m.active = 1) AS mediator_count,
        (SELECT count(*) FROM mediation_cases c WHERE c.org_id = o.id) AS case_count
    FROM mediation_orgs o";

fn org_row(r: sqlx::sqlite::SqliteRow) -> Result<MediationOrg> {
    Ok(MediationOrg {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        category: OrgCategory::parse(r.try_get("category")?)
            .ok_or_else(|| Error::internal("unknown organisation category in storage"))?,
        address: r.try_get("address")?,
        contact_name: r.try_get("contact_name")?,
        contact_phone: r.try_get("contact_phone")?,
        founded_on: r.try_get("founded_on")?,
        active: r.try_get("active")?,
        mediator_count: r.try_get::<i64, _>("mediator_count")? as u32,
        case_count: r.try_get("case_count")?,
    })
}

pub(super) async fn load_org(conn: &mut SqliteConnection, id: &str) -> Result<MediationOrg> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{ORG_SELECT} WHERE o.id = ?")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| Error::not_found("org_not_found", "没有该调解组织"))?;
    org_row(row)
}

/// Every organisation, by category then name.
pub async fn list_orgs(core: &Core, _actor: &Actor) -> Result<Vec<MediationOrg>> {
    let mut conn = core.pool().acquire().await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{ORG_SELECT} ORDER BY CASE o.category WHEN 'township' THEN 0 WHEN 'commercial' THEN 1
             WHEN 'training_school' THEN 2 WHEN 'new_business' THEN 3 WHEN 'enterprise' THEN 4 ELSE 5 END,
             o.name"
    )))
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(org_row).collect()
}

pub async fn get_org(core: &Core, _actor: &Actor, id: &str) -> Result<OrgDetail> {
    let mut conn = core.pool().acquire().await?;
    let org = load_org(&mut conn, id).await?;
    let mediators = mediators_of(&mut conn, id).await?;
    let trainings = super::training::attended_by_org(&mut conn, id).await?;
    let visits = super::training::visits_of(&mut conn, id).await?;
    Ok(OrgDetail {
        org,
        mediators,
        trainings,
        visits,
    })
}

async fn mediators_of(conn: &mut SqliteConnection, org_id: &str) -> Result<Vec<Mediator>> {
    let rows = sqlx::query(
        "SELECT id, org_id, name, mobile, training_record, active FROM mediators
         WHERE org_id = ? ORDER BY active DESC, name",
    )
    .bind(org_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(mediator_row).collect()
}

fn mediator_row(r: sqlx::sqlite::SqliteRow) -> Result<Mediator> {
    Ok(Mediator {
        id: r.try_get("id")?,
        org_id: r.try_get("org_id")?,
        name: r.try_get("name")?,
        mobile: r.try_get("mobile")?,
        training_record: r.try_get("training_record")?,
        active: r.try_get("active")?,
    })
}

pub(super) async fn load_mediator(conn: &mut SqliteConnection, id: &str) -> Result<Mediator> {
    let row = sqlx::query(
        "SELECT id, org_id, name, mobile, training_record, active FROM mediators WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?
    .ok_or_else(|| Error::validation("mediatorId", "mediator_not_found", "没有该调解员"))?;
    mediator_row(row)
}

struct ValidMediator {
    name: String,
    mobile: String,
    training_record: String,
}

fn validate_mediator(input: &MediatorInput) -> Result<ValidMediator> {
    Ok(ValidMediator {
        name: required(&input.name, "name", 50, "请填写调解员姓名")?,
        mobile: Mobile::parse(&input.mobile)
            .map_err(|e| e.with_field("mobile"))?
            .into_inner(),
        training_record: optional(Some(&input.training_record), "trainingRecord", 2_000)?
            .unwrap_or_default(),
    })
}

pub async fn add_mediator(
    core: &Core,
    actor: &Actor,
    org_id: &str,
    input: MediatorInput,
) -> Result<Mediator> {
    require_staff(actor)?;
    let v = validate_mediator(&input)?;
    let mut tx = core.begin_write().await?;
    let org = load_org(&mut tx, org_id).await?;
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    sqlx::query(
        "INSERT INTO mediators (id, org_id, name, mobile, training_record, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(&v.name)
    .bind(&v.mobile)
    .bind(&v.training_record)
    .bind(input.active)
    .bind(&now)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.mediator_added",
            entity_type: "mediation_org",
            entity_id: Some(org_id.to_owned()),
            summary: format!("{}增加调解员：{}", org.name, v.name),
        },
    )
    .await?;
    let m = load_mediator(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(m)
}

pub async fn update_mediator(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: MediatorInput,
) -> Result<Mediator> {
    require_staff(actor)?;
    let v = validate_mediator(&input)?;
    let mut tx = core.begin_write().await?;
    let before = load_mediator(&mut tx, id).await?;
    sqlx::query(
        "UPDATE mediators SET name = ?, mobile = ?, training_record = ?, active = ?, updated_at = ?
         WHERE id = ?",
    )
    .bind(&v.name)
    .bind(&v.mobile)
    .bind(&v.training_record)
    .bind(input.active)
    .bind(to_rfc3339(core.now()))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.mediator_updated",
            entity_type: "mediation_org",
            entity_id: Some(before.org_id.clone()),
            summary: format!(
                "修改调解员：{}{}",
                v.name,
                if before.active && !input.active {
                    "，停用"
                } else {
                    ""
                }
            ),
        },
    )
    .await?;
    let m = load_mediator(&mut tx, id).await?;
    tx.commit().await?;
    Ok(m)
}
