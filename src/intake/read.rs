//! Reading intake items: one item with its notes and materials, the list with search,
//! and what is due.
use super::model::*;
use crate::actor::Actor;
use crate::cases::ClaimCategory;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::search;
use crate::types::{format_date, parse_date, shanghai_today};
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection};

pub async fn get(core: &Core, _actor: &Actor, id: &str) -> Result<IntakeItem> {
    let mut conn = core.pool().acquire().await?;
    load(&mut conn, id).await
}

macro_rules! select_intake {
    ($rest:expr) => {
        concat!(
            "SELECT i.id, i.intake_no, i.channel, i.received_at, i.requester_name, i.requester_mobile, i.employer_name, ",
            "i.summary, i.status, i.handling_unit, i.due_on, i.case_id FROM intake_items i ",
            $rest
        )
    };
}

fn summary_from(r: &sqlx::sqlite::SqliteRow) -> sqlx::Result<IntakeSummary> {
    let channel: String = r.try_get("channel")?;
    let status: String = r.try_get("status")?;
    Ok(IntakeSummary {
        id: r.try_get("id")?,
        intake_no: r.try_get("intake_no")?,
        channel: IntakeChannel::parse(&channel).unwrap_or(IntakeChannel::Hotline),
        received_at: r.try_get("received_at")?,
        requester_name: r.try_get("requester_name")?,
        requester_mobile: r.try_get("requester_mobile")?,
        employer_name: r.try_get("employer_name")?,
        summary: r.try_get("summary")?,
        status: IntakeStatus::parse(&status).unwrap_or(IntakeStatus::Open),
        handling_unit: r.try_get("handling_unit")?,
        due_on: r.try_get("due_on")?,
        case_id: r.try_get("case_id")?,
    })
}

pub(super) async fn load(conn: &mut SqliteConnection, id: &str) -> Result<IntakeItem> {
    let r = sqlx::query(select_intake!("WHERE i.id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| Error::not_found("intake_not_found", "找不到该受理事项"))?;
    let summary = summary_from(&r)?;
    let extra = sqlx::query(
        "SELECT requester_location, categories, responsible_person, transferred_on, outcome, closed_on
         FROM intake_items WHERE id = ?",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let categories: String = extra.try_get("categories")?;
    let notes = sqlx::query(
        "SELECT n.id, n.at, u.display_name, n.text FROM intake_notes n JOIN users u ON u.id = n.author_id
         WHERE n.intake_id = ? ORDER BY n.at, n.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|n| -> sqlx::Result<IntakeNote> {
        Ok(IntakeNote { id: n.try_get(0)?, at: n.try_get(1)?, author: n.try_get(2)?, text: n.try_get(3)? })
    })
    .collect::<sqlx::Result<Vec<_>>>()?;
    let materials = sqlx::query(
        "SELECT id, position, name, status, due_on, provided_on FROM intake_materials WHERE intake_id = ? ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|m| -> sqlx::Result<Material> {
        let status: String = m.try_get("status")?;
        Ok(Material {
            id: m.try_get("id")?,
            position: m.try_get("position")?,
            name: m.try_get("name")?,
            status: if status == "provided" { MaterialStatus::Provided } else { MaterialStatus::ToSupplement },
            due_on: m.try_get("due_on")?,
            provided_on: m.try_get("provided_on")?,
        })
    })
    .collect::<sqlx::Result<Vec<_>>>()?;
    Ok(IntakeItem {
        summary,
        requester_location: extra.try_get("requester_location")?,
        categories: categories
            .split(',')
            .filter_map(ClaimCategory::parse)
            .collect(),
        responsible_person: extra.try_get("responsible_person")?,
        transferred_on: extra.try_get("transferred_on")?,
        outcome: extra.try_get("outcome")?,
        closed_on: extra.try_get("closed_on")?,
        notes,
        materials,
    })
}

/// Newest first; filter by status and a search box over number, name, mobile,
/// employer and summary (Chinese substrings).
pub async fn list(core: &Core, _actor: &Actor, query: IntakeQuery) -> Result<IntakePage> {
    let matching = match query
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(t) => match search::match_expression(t) {
            Some(expr) => Some(expr),
            None => {
                return Ok(IntakePage {
                    items: Vec::new(),
                    total: 0,
                });
            }
        },
        None => None,
    };
    let filters = |qb: &mut QueryBuilder<Sqlite>| {
        qb.push(" WHERE 1 = 1");
        if let Some(status) = query.status {
            qb.push(" AND i.status = ").push_bind(status.as_str());
        }
        if let Some(expr) = &matching {
            qb.push(
                " AND i.search_key IN (SELECT rowid FROM intake_search WHERE intake_search MATCH ",
            )
            .push_bind(expr.clone())
            .push(")");
        }
    };
    let mut conn = core.pool().acquire().await?;
    let mut page = QueryBuilder::new(select_intake!(""));
    filters(&mut page);
    page.push(" ORDER BY i.received_at DESC, i.id DESC LIMIT ")
        .push_bind(i64::from(query.limit.clamp(1, 100)))
        .push(" OFFSET ")
        .push_bind(i64::from(query.offset));
    let items = page
        .build()
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(summary_from)
        .collect::<sqlx::Result<Vec<_>>>()?;
    let mut count = QueryBuilder::new("SELECT COUNT(*) FROM intake_items i");
    filters(&mut count);
    let (total,): (i64,) = count.build_query_as().fetch_one(&mut *conn).await?;
    Ok(IntakePage { items, total })
}

/// Open requests whose transfer is due, and materials to be supplemented, due within
/// `within_days` or overdue, most urgent first.
pub async fn due_soon(core: &Core, _actor: &Actor, within_days: u32) -> Result<Vec<IntakeDue>> {
    let today = shanghai_today(core.now());
    let horizon = format_date(today + time::Duration::days(i64::from(within_days)));
    let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT i.id, i.intake_no, i.requester_name, '转办办理期限', i.due_on FROM intake_items i
         WHERE i.status = 'transferred' AND i.due_on <= ?1
         UNION ALL
         SELECT i.id, i.intake_no, i.requester_name, '补交材料：' || m.name, m.due_on
         FROM intake_materials m JOIN intake_items i ON i.id = m.intake_id
         WHERE m.status = 'to_supplement' AND m.due_on <= ?1
         ORDER BY 5, 2",
    )
    .bind(&horizon)
    .fetch_all(core.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(intake_id, intake_no, requester_name, what, due_on)| {
            let due = parse_date(&due_on, "dueOn").ok()?;
            Some(IntakeDue {
                intake_id,
                intake_no,
                requester_name,
                what,
                due_on,
                days_left: (due - today).whole_days(),
            })
        })
        .collect())
}
