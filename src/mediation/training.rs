//! Training sessions for mediators and supervision visits to organisations; both are
//! records of what happened, append-only.
use super::fields::{iso, past_date, required};
use super::model::*;
use super::orgs::{load_mediator, load_org, require_staff};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::shanghai_today;
use sqlx::{Row, SqliteConnection};
use std::collections::HashMap;
use uuid::Uuid;

pub async fn record_training(
    core: &Core,
    actor: &Actor,
    input: TrainingInput,
) -> Result<TrainingSession> {
    require_staff(actor)?;
    let held_on = iso(past_date(
        &input.held_on,
        "heldOn",
        shanghai_today(core.now()),
    )?);
    let topic = required(&input.topic, "topic", 200, "请填写培训主题")?;
    let organizer = required(&input.organizer, "organizer", 100, "请填写主办单位")?;
    let mut ids = input.mediator_ids.clone();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(Error::validation(
            "mediatorIds",
            "required",
            "请选择参加培训的调解员",
        ));
    }
    let mut tx = core.begin_write().await?;
    for m in &ids {
        load_mediator(&mut tx, m).await?;
    }
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO mediation_trainings (id, held_on, topic, organizer, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&held_on)
    .bind(&topic)
    .bind(&organizer)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    for m in &ids {
        sqlx::query(
            "INSERT INTO mediation_training_attendees (training_id, mediator_id) VALUES (?, ?)",
        )
        .bind(&id)
        .bind(m)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.training_recorded",
            entity_type: "mediation_training",
            entity_id: Some(id.clone()),
            summary: format!("登记调解员培训：{held_on} {topic}（{} 人）", ids.len()),
        },
    )
    .await?;
    let session = sessions(&mut tx, Which::Session(&id))
        .await?
        .pop()
        .ok_or_else(|| Error::internal("training just written"))?;
    tx.commit().await?;
    Ok(session)
}

/// Every training session, newest first.
pub async fn list_trainings(core: &Core, _actor: &Actor) -> Result<Vec<TrainingSession>> {
    let mut conn = core.pool().acquire().await?;
    sessions(&mut conn, Which::All).await
}

/// The sessions attended by at least one mediator of the organisation.
pub(super) async fn attended_by_org(
    conn: &mut SqliteConnection,
    org_id: &str,
) -> Result<Vec<TrainingSession>> {
    sessions(conn, Which::AttendedByOrg(org_id)).await
}

enum Which<'a> {
    All,
    Session(&'a str),
    AttendedByOrg(&'a str),
}

/// The sessions asked for, newest first, with their attendees: two queries whatever the
/// number of sessions (the attendees of all of them are read at once and grouped).
async fn sessions(conn: &mut SqliteConnection, which: Which<'_>) -> Result<Vec<TrainingSession>> {
    let (filter, param) = match which {
        Which::All => ("", None),
        Which::Session(id) => ("WHERE t.id = ?", Some(id)),
        Which::AttendedByOrg(org) => (
            "WHERE t.id IN (SELECT a.training_id FROM mediation_training_attendees a
                 JOIN mediators m ON m.id = a.mediator_id WHERE m.org_id = ?)",
            Some(org),
        ),
    };
    let sessions_sql = format!(
        "SELECT t.id, t.held_on, t.topic, t.organizer FROM mediation_trainings t {filter}
         ORDER BY t.held_on DESC, t.id DESC"
    );
    let attendees_sql = format!(
        "SELECT a.training_id, m.id, m.name, o.name AS org_name
         FROM mediation_training_attendees a
         JOIN mediators m ON m.id = a.mediator_id JOIN mediation_orgs o ON o.id = m.org_id
         WHERE a.training_id IN (SELECT t.id FROM mediation_trainings t {filter})
         ORDER BY o.name, m.name"
    );
    let mut sessions_query = sqlx::query(sqlx::AssertSqlSafe(sessions_sql));
    let mut attendees_query = sqlx::query(sqlx::AssertSqlSafe(attendees_sql));
    if let Some(p) = param {
        sessions_query = sessions_query.bind(p);
        attendees_query = attendees_query.bind(p);
    }
    let mut attendees: HashMap<String, Vec<TrainingAttendee>> = HashMap::new();
    for a in attendees_query.fetch_all(&mut *conn).await? {
        attendees
            .entry(a.try_get("training_id")?)
            .or_default()
            .push(TrainingAttendee {
                mediator_id: a.try_get("id")?,
                name: a.try_get("name")?,
                org_name: a.try_get("org_name")?,
            });
    }
    sessions_query
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            Ok(TrainingSession {
                attendees: attendees.remove(&id).unwrap_or_default(),
                id,
                held_on: r.try_get("held_on")?,
                topic: r.try_get("topic")?,
                organizer: r.try_get("organizer")?,
            })
        })
        .collect()
}

pub async fn record_visit(
    core: &Core,
    actor: &Actor,
    org_id: &str,
    input: VisitInput,
) -> Result<SupervisionVisit> {
    require_staff(actor)?;
    let visited_on = iso(past_date(
        &input.visited_on,
        "visitedOn",
        shanghai_today(core.now()),
    )?);
    let visitors = required(&input.visitors, "visitors", 200, "请填写督导人员")?;
    let findings = required(&input.findings, "findings", 5_000, "请填写督导发现的情况")?;
    let mut tx = core.begin_write().await?;
    let org = load_org(&mut tx, org_id).await?;
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO supervision_visits (id, org_id, visited_on, visitors, findings, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(&visited_on)
    .bind(&visitors)
    .bind(&findings)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.visit_recorded",
            entity_type: "mediation_org",
            entity_id: Some(org_id.to_owned()),
            summary: format!("督导{}：{visited_on}", org.name),
        },
    )
    .await?;
    let visit = visits_of(&mut tx, org_id)
        .await?
        .into_iter()
        .find(|v| v.id == id)
        .ok_or_else(|| Error::internal("visit just written"))?;
    tx.commit().await?;
    Ok(visit)
}

pub(super) async fn visits_of(
    conn: &mut SqliteConnection,
    org_id: &str,
) -> Result<Vec<SupervisionVisit>> {
    sqlx::query(
        "SELECT v.id, v.org_id, v.visited_on, v.visitors, v.findings, u.display_name
         FROM supervision_visits v JOIN users u ON u.id = v.created_by
         WHERE v.org_id = ? ORDER BY v.visited_on DESC, v.id DESC",
    )
    .bind(org_id)
    .fetch_all(conn)
    .await?
    .into_iter()
    .map(|r| {
        Ok(SupervisionVisit {
            id: r.try_get("id")?,
            org_id: r.try_get("org_id")?,
            visited_on: r.try_get("visited_on")?,
            visitors: r.try_get("visitors")?,
            findings: r.try_get("findings")?,
            created_by_name: r.try_get("display_name")?,
        })
    })
    .collect()
}
