//! 急难愁盼事项受理转办单: a request received by hotline, walk-in or online is numbered,
//! transferred to a handling unit with a responsible person and due date, followed up
//! with notes, closed with an outcome, or converted into a case; with the one-time
//! notice of materials (A3) whose items may be supplemented later (容后补缺).
mod materials;
mod model;
mod read;

pub use materials::{material_provided, set_materials};
pub use model::*;
use read::load;
pub use read::{due_soon, get, list};

use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseFile, NewCase};
use crate::clock::{parse_rfc3339, to_rfc3339};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::{optional, required};
use crate::search::{self, Index};
use crate::types::{Mobile, format_date, parse_date, shanghai_today};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

/// Registers a request and gives it its number, e.g. 急难愁盼〔2026〕第041号.
pub async fn create(core: &Core, actor: &Actor, input: NewIntake) -> Result<IntakeItem> {
    let name = required(
        &input.requester_name,
        "requesterName",
        50,
        "请填写求助人姓名",
    )?;
    let summary = required(&input.summary, "summary", 5_000, "请填写诉求摘要")?;
    let mobile = match optional(input.requester_mobile.as_deref(), "requesterMobile", 30)? {
        Some(raw) => Some(
            Mobile::parse(&raw)
                .map_err(|e| e.with_field("requesterMobile"))?
                .into_inner(),
        ),
        None => None,
    };
    if input.categories.is_empty() {
        return Err(Error::validation(
            "categories",
            "categories_required",
            "请至少选择一类诉求（案由）",
        ));
    }
    let received_at = match input
        .received_at
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(raw) => {
            let t = parse_rfc3339(raw).ok_or_else(|| {
                Error::validation("receivedAt", "time_invalid", "受理时间格式不正确")
            })?;
            if t > core.now() {
                return Err(Error::validation(
                    "receivedAt",
                    "date_in_future",
                    "受理时间不能晚于现在",
                ));
            }
            t
        }
        None => core.now(),
    };
    let categories: Vec<&str> = input.categories.iter().map(|c| c.as_str()).collect();
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    let mut tx = core.begin_write().await?;
    let year = shanghai_today(received_at).year();
    let (seq,): (i64,) = sqlx::query_as(
        "INSERT INTO intake_counters (year, last_seq) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq",
    )
    .bind(year)
    .fetch_one(&mut *tx)
    .await?;
    let intake_no = format!("急难愁盼〔{year}〕第{seq:03}号");
    sqlx::query(
        "INSERT INTO intake_items (id, intake_no, channel, received_at, requester_name, requester_mobile,
                                   requester_location, employer_name, categories, summary, status,
                                   created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
    )
    .bind(&id)
    .bind(&intake_no)
    .bind(input.channel.as_str())
    .bind(to_rfc3339(received_at))
    .bind(&name)
    .bind(&mobile)
    .bind(optional(input.requester_location.as_deref(), "requesterLocation", 200)?)
    .bind(optional(input.employer_name.as_deref(), "employerName", 200)?)
    .bind(categories.join(","))
    .bind(&summary)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    reindex(&mut tx, &id).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "intake.created",
            entity_type: "intake",
            entity_id: Some(id.clone()),
            summary: format!("受理{intake_no}：{name}，{}", first_chars(&summary, 40)),
        },
    )
    .await?;
    let item = load(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(item)
}

fn first_chars(s: &str, n: usize) -> String {
    let cut: String = s.chars().take(n).collect();
    if cut.len() < s.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

async fn reindex(conn: &mut SqliteConnection, id: &str) -> Result<()> {
    let row = sqlx::query(
        "SELECT intake_no, requester_name, COALESCE(requester_mobile, '') AS mobile,
                COALESCE(employer_name, '') AS employer, summary FROM intake_items WHERE id = ?",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let text = [
        row.try_get::<String, _>("intake_no")?,
        row.try_get("requester_name")?,
        row.try_get("mobile")?,
        row.try_get("employer")?,
        row.try_get("summary")?,
    ]
    .join(" | ");
    search::put(conn, Index::Intake, id, &text).await
}

/// Hands the request to a unit with a responsible person and a due date.
pub async fn transfer(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: TransferInput,
) -> Result<IntakeItem> {
    let unit = required(&input.handling_unit, "handlingUnit", 100, "请填写承办单位")?;
    let person = required(
        &input.responsible_person,
        "responsiblePerson",
        50,
        "请填写责任人",
    )?;
    let on = parse_date(&input.transferred_on, "transferredOn")?;
    let due = parse_date(&input.due_on, "dueOn")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "transferredOn",
            "date_in_future",
            "转办日期不能晚于今天",
        ));
    }
    if due < on {
        return Err(Error::validation(
            "dueOn",
            "due_before_transfer",
            "办理期限不能早于转办日期",
        ));
    }
    let mut tx = core.begin_write().await?;
    let item = load(&mut tx, id).await?;
    if item.summary.status == IntakeStatus::Closed {
        return Err(Error::precondition(
            "intake_closed",
            "该事项已办结，不能再转办",
        ));
    }
    sqlx::query(
        "UPDATE intake_items SET status = 'transferred', handling_unit = ?, responsible_person = ?, transferred_on = ?,
                                 due_on = ?, updated_at = ? WHERE id = ?",
    )
    .bind(&unit)
    .bind(&person)
    .bind(format_date(on))
    .bind(format_date(due))
    .bind(to_rfc3339(core.now()))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let line = format!(
        "转办至{unit}，责任人{person}，办理期限 {}",
        format_date(due)
    );
    insert_note(&mut tx, core, actor, id, &line).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "intake.transferred",
            entity_type: "intake",
            entity_id: Some(id.to_owned()),
            summary: format!("{}：{line}", item.summary.intake_no),
        },
    )
    .await?;
    let item = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(item)
}

async fn insert_note(
    conn: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    id: &str,
    text: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO intake_notes (id, intake_id, at, author_id, text) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(id)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .bind(text)
    .execute(conn)
    .await?;
    Ok(())
}

/// A follow-up note (回访、进展). Notes are never edited or removed.
pub async fn add_note(core: &Core, actor: &Actor, id: &str, note: &str) -> Result<IntakeItem> {
    let note = required(note, "text", 2_000, "请填写跟进情况")?;
    let mut tx = core.begin_write().await?;
    let item = load(&mut tx, id).await?;
    insert_note(&mut tx, core, actor, id, &note).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "intake.note",
            entity_type: "intake",
            entity_id: Some(id.to_owned()),
            summary: format!(
                "{} 跟进：{}",
                item.summary.intake_no,
                first_chars(&note, 60)
            ),
        },
    )
    .await?;
    let item = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(item)
}

/// 办结 with an outcome.
pub async fn close(
    core: &Core,
    actor: &Actor,
    id: &str,
    outcome: &str,
    closed_on: &str,
) -> Result<IntakeItem> {
    let outcome = required(outcome, "outcome", 2_000, "请填写办理结果")?;
    let on = parse_date(closed_on, "closedOn")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "closedOn",
            "date_in_future",
            "办结日期不能晚于今天",
        ));
    }
    let mut tx = core.begin_write().await?;
    let item = load(&mut tx, id).await?;
    if item.summary.status == IntakeStatus::Closed {
        return Err(Error::precondition("intake_closed", "该事项已办结"));
    }
    close_in(&mut tx, core, actor, &item, &outcome, &format_date(on)).await?;
    let item = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(item)
}

async fn close_in(
    conn: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    item: &IntakeItem,
    outcome: &str,
    on: &str,
) -> Result<()> {
    sqlx::query("UPDATE intake_items SET status = 'closed', outcome = ?, closed_on = ?, updated_at = ? WHERE id = ?")
        .bind(outcome)
        .bind(on)
        .bind(to_rfc3339(core.now()))
        .bind(&item.summary.id)
        .execute(&mut *conn)
        .await?;
    insert_note(
        &mut *conn,
        core,
        actor,
        &item.summary.id,
        &format!("办结：{outcome}"),
    )
    .await?;
    audit::record(
        conn,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "intake.closed",
            entity_type: "intake",
            entity_id: Some(item.summary.id.clone()),
            summary: format!(
                "{} 办结：{}",
                item.summary.intake_no,
                first_chars(outcome, 60)
            ),
        },
    )
    .await
}

/// A case application pre-filled from the form: the requester as applicant (a
/// person), the employer as respondent, the categories as claims to complete.
pub async fn case_draft(core: &Core, actor: &Actor, id: &str) -> Result<NewCase> {
    let item = get(core, actor, id).await?;
    let mut applicant =
        cases::PartyInput::blank(cases::PartySide::Applicant, cases::PartyKind::Person);
    applicant.name = item.summary.requester_name.clone();
    applicant.mobile = item.summary.requester_mobile.clone();
    applicant.current_location = item.requester_location.clone();
    let received = parse_rfc3339(&item.summary.received_at)
        .map(shanghai_today)
        .unwrap_or(shanghai_today(core.now()));
    Ok(cases::worker_against_employer(
        applicant,
        item.summary.employer_name.as_deref().unwrap_or_default(),
        &item.categories,
        item.summary.summary.clone(),
        format_date(received),
    ))
}

/// Converts the request into a case: the case is registered from `input` (usually the
/// edited draft) and the request is closed pointing at it, in one transaction.
pub async fn convert_to_case(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: NewCase,
) -> Result<CaseFile> {
    cases::require_case_writer(actor)?;
    let mut tx = core.begin_write().await?;
    let item = load(&mut tx, id).await?;
    if item.summary.case_id.is_some() {
        return Err(Error::precondition(
            "already_converted",
            "该事项已转为仲裁案件",
        ));
    }
    let case_id = cases::insert_application(&mut tx, core, actor, &input, None).await?;
    sqlx::query("UPDATE intake_items SET case_id = ?, updated_at = ? WHERE id = ?")
        .bind(&case_id)
        .bind(to_rfc3339(core.now()))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if item.summary.status != IntakeStatus::Closed {
        let today = format_date(shanghai_today(core.now()));
        close_in(&mut tx, core, actor, &item, "已转为仲裁案件办理", &today).await?;
    }
    let file = cases::load(&mut tx, &case_id).await?;
    tx.commit().await?;
    Ok(file)
}
