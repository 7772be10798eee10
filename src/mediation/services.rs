//! The institute's service records: the service log (counts by day and kind) and
//! publicity activities. Entries are counts, not legal records: one made in error is
//! removed, and the removal is audited.
use super::fields::{iso, past_date, required};
use super::model::*;
use super::orgs::require_staff;
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::date_range;
use crate::types::{format_date, shanghai_today};
use sqlx::Row;
use uuid::Uuid;

fn range(r: &DateRange) -> Result<(String, String)> {
    let (from, to) = date_range(&r.from, &r.to)?;
    Ok((format_date(from), format_date(to)))
}

pub async fn log_service(core: &Core, actor: &Actor, input: ServiceLogInput) -> Result<ServiceLog> {
    require_staff(actor)?;
    let on = iso(past_date(
        &input.on_date,
        "onDate",
        shanghai_today(core.now()),
    )?);
    if input.count == 0 || input.count > 100_000 {
        return Err(Error::validation(
            "count",
            "count_invalid",
            "服务人次应为 1 至 100000 之间的整数",
        ));
    }
    let note = super::fields::optional(Some(&input.note), "note", 500)?.unwrap_or_default();
    let id = Uuid::now_v7().to_string();
    let mut tx = core.begin_write().await?;
    sqlx::query(
        "INSERT INTO service_logs (id, on_date, kind, count, note, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&on)
    .bind(input.kind.as_str())
    .bind(input.count)
    .bind(&note)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "service.logged",
            entity_type: "service_log",
            entity_id: Some(id.clone()),
            summary: format!(
                "登记服务：{on} {} {} 人次",
                input.kind.label_zh(),
                input.count
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(ServiceLog {
        id,
        on_date: on,
        kind: input.kind,
        count: input.count,
        note,
        created_by_name: actor.display_name.clone(),
    })
}

pub async fn list_service_logs(
    core: &Core,
    _actor: &Actor,
    within: DateRange,
) -> Result<Vec<ServiceLog>> {
    let (from, to) = range(&within)?;
    sqlx::query(
        "SELECT s.id, s.on_date, s.kind, s.count, s.note, u.display_name FROM service_logs s
         JOIN users u ON u.id = s.created_by WHERE s.on_date BETWEEN ? AND ?
         ORDER BY s.on_date DESC, s.id DESC",
    )
    .bind(from)
    .bind(to)
    .fetch_all(core.pool())
    .await?
    .into_iter()
    .map(|r| {
        Ok(ServiceLog {
            id: r.try_get("id")?,
            on_date: r.try_get("on_date")?,
            kind: ServiceKind::parse(r.try_get("kind")?)
                .ok_or_else(|| Error::internal("unknown service kind in storage"))?,
            count: r.try_get::<i64, _>("count")? as u32,
            note: r.try_get("note")?,
            created_by_name: r.try_get("display_name")?,
        })
    })
    .collect()
}

pub async fn remove_service_log(core: &Core, actor: &Actor, id: &str) -> Result<()> {
    require_staff(actor)?;
    let mut tx = core.begin_write().await?;
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT on_date, kind, count FROM service_logs WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let (on, kind, count) =
        row.ok_or_else(|| Error::not_found("service_log_not_found", "没有该服务记录"))?;
    sqlx::query("DELETE FROM service_logs WHERE id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let kind = ServiceKind::parse(&kind)
        .map(ServiceKind::label_zh)
        .unwrap_or("");
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "service.removed",
            entity_type: "service_log",
            entity_id: Some(id.to_owned()),
            summary: format!("删除误登记的服务记录：{on} {kind} {count} 人次"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn record_publicity(
    core: &Core,
    actor: &Actor,
    input: PublicityInput,
) -> Result<PublicityEvent> {
    require_staff(actor)?;
    let on = iso(past_date(
        &input.held_on,
        "heldOn",
        shanghai_today(core.now()),
    )?);
    let place = required(&input.place, "place", 200, "请填写活动地点")?;
    let topic = required(&input.topic, "topic", 200, "请填写活动主题")?;
    if input.participants > 1_000_000 {
        return Err(Error::validation(
            "participants",
            "count_invalid",
            "参加人数不正确",
        ));
    }
    let id = Uuid::now_v7().to_string();
    let mut tx = core.begin_write().await?;
    sqlx::query(
        "INSERT INTO publicity_events (id, held_on, place, topic, participants, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&on)
    .bind(&place)
    .bind(&topic)
    .bind(input.participants)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "service.publicity",
            entity_type: "publicity_event",
            entity_id: Some(id.clone()),
            summary: format!(
                "登记宣传活动：{on} {place} {topic}（{} 人）",
                input.participants
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(PublicityEvent {
        id,
        held_on: on,
        place,
        topic,
        participants: input.participants,
        created_by_name: actor.display_name.clone(),
    })
}

pub async fn list_publicity(
    core: &Core,
    _actor: &Actor,
    within: DateRange,
) -> Result<Vec<PublicityEvent>> {
    let (from, to) = range(&within)?;
    sqlx::query(
        "SELECT p.id, p.held_on, p.place, p.topic, p.participants, u.display_name
         FROM publicity_events p JOIN users u ON u.id = p.created_by
         WHERE p.held_on BETWEEN ? AND ? ORDER BY p.held_on DESC, p.id DESC",
    )
    .bind(from)
    .bind(to)
    .fetch_all(core.pool())
    .await?
    .into_iter()
    .map(|r| {
        Ok(PublicityEvent {
            id: r.try_get("id")?,
            held_on: r.try_get("held_on")?,
            place: r.try_get("place")?,
            topic: r.try_get("topic")?,
            participants: r.try_get::<i64, _>("participants")? as u32,
            created_by_name: r.try_get("display_name")?,
        })
    })
    .collect()
}
