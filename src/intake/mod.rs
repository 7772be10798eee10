//! 急难愁盼事项受理转办单: a request received by hotline, walk-in or online is numbered,
//! transferred to a handling unit with a responsible person and due date, followed up
//! with notes, closed with an outcome, or converted into a case; with the one-time
//! notice of materials (A3) whose items may be supplemented later (容后补缺).
mod model;

pub use model::*;

use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseFile, ClaimCategory, NewCase};
use crate::clock::{parse_rfc3339, to_rfc3339};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::search::{self, Index};
use crate::types::{Mobile, format_date, parse_date, shanghai_today};
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection};
use uuid::Uuid;

fn text(value: &str, field: &str, max: usize, required: Option<&str>) -> Result<Option<String>> {
    let v = value.trim();
    if v.is_empty() {
        return match required {
            Some(message) => Err(Error::validation(field, "required", message)),
            None => Ok(None),
        };
    }
    if v.chars().count() > max {
        return Err(Error::validation(
            field,
            "text_too_long",
            format!("内容过长（最多 {max} 个字）"),
        ));
    }
    Ok(Some(v.to_owned()))
}

fn opt(value: &Option<String>, field: &str, max: usize) -> Result<Option<String>> {
    text(value.as_deref().unwrap_or(""), field, max, None)
}

/// Registers a request and gives it its number, e.g. 急难愁盼〔2026〕第041号.
pub async fn create(core: &Core, actor: &Actor, input: NewIntake) -> Result<IntakeItem> {
    let name = text(
        &input.requester_name,
        "requesterName",
        50,
        Some("请填写求助人姓名"),
    )?
    .unwrap_or_default();
    let summary =
        text(&input.summary, "summary", 5_000, Some("请填写诉求摘要"))?.unwrap_or_default();
    let mobile = match opt(&input.requester_mobile, "requesterMobile", 30)? {
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
    .bind(opt(&input.requester_location, "requesterLocation", 200)?)
    .bind(opt(&input.employer_name, "employerName", 200)?)
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
    let unit = text(
        &input.handling_unit,
        "handlingUnit",
        100,
        Some("请填写承办单位"),
    )?
    .unwrap_or_default();
    let person = text(
        &input.responsible_person,
        "responsiblePerson",
        50,
        Some("请填写责任人"),
    )?
    .unwrap_or_default();
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
    let note = text(note, "text", 2_000, Some("请填写跟进情况"))?.unwrap_or_default();
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
    let outcome = text(outcome, "outcome", 2_000, Some("请填写办理结果"))?.unwrap_or_default();
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

/// The one-time notice (一次性告知, A3): the whole list of materials at once. Issuing
/// it again is allowed (materials change) but is recorded as a supplementary notice,
/// which rule A3 wants flagged.
pub async fn set_materials(
    core: &Core,
    actor: &Actor,
    id: &str,
    materials: Vec<MaterialInput>,
) -> Result<IntakeItem> {
    if materials.is_empty() {
        return Err(Error::validation(
            "materials",
            "materials_required",
            "请列出所需材料",
        ));
    }
    let today = shanghai_today(core.now());
    let mut rows = Vec::with_capacity(materials.len());
    for (i, m) in materials.iter().enumerate() {
        let f = |name: &str| format!("materials.{i}.{name}");
        let name = text(&m.name, &f("name"), 100, Some("请填写材料名称"))?.unwrap_or_default();
        let due = match (
            m.status,
            m.due_on.as_deref().map(str::trim).filter(|d| !d.is_empty()),
        ) {
            (MaterialStatus::ToSupplement, None) => {
                return Err(Error::validation(
                    &f("dueOn"),
                    "due_required",
                    "容后补缺的材料须写明补交期限",
                ));
            }
            (MaterialStatus::ToSupplement, Some(d)) => {
                let due = parse_date(d, &f("dueOn"))?;
                if due < today {
                    return Err(Error::validation(
                        &f("dueOn"),
                        "date_in_past",
                        "补交期限不能早于今天",
                    ));
                }
                Some(format_date(due))
            }
            (MaterialStatus::Provided, _) => None,
        };
        rows.push((name, m.status, due));
    }
    let mut tx = core.begin_write().await?;
    let item = load(&mut tx, id).await?;
    let again = !item.materials.is_empty();
    sqlx::query("DELETE FROM intake_materials WHERE intake_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let now = to_rfc3339(core.now());
    let today_s = format_date(today);
    for (i, (name, status, due)) in rows.iter().enumerate() {
        let provided = (*status == MaterialStatus::Provided).then_some(today_s.as_str());
        sqlx::query(
            "INSERT INTO intake_materials (id, intake_id, position, name, status, due_on, provided_on, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(id)
        .bind(i as i64 + 1)
        .bind(name)
        .bind(status_str(*status))
        .bind(due)
        .bind(provided)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    let missing: Vec<&str> = rows
        .iter()
        .filter(|r| r.1 == MaterialStatus::ToSupplement)
        .map(|r| r.0.as_str())
        .collect();
    let kind = if again {
        "补充告知（非首次，依一次性告知要求应予说明）"
    } else {
        "一次性告知"
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: if again {
                "intake.materials_renoticed"
            } else {
                "intake.materials_noticed"
            },
            entity_type: "intake",
            entity_id: Some(id.to_owned()),
            summary: format!(
                "{} {kind}：材料 {} 项，容后补缺 {} 项{}",
                item.summary.intake_no,
                rows.len(),
                missing.len(),
                if missing.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", missing.join("、"))
                }
            ),
        },
    )
    .await?;
    let item = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(item)
}

fn status_str(s: MaterialStatus) -> &'static str {
    match s {
        MaterialStatus::Provided => "provided",
        MaterialStatus::ToSupplement => "to_supplement",
    }
}

/// A material to be supplemented was handed in.
pub async fn material_provided(
    core: &Core,
    actor: &Actor,
    material_id: &str,
    on: &str,
) -> Result<IntakeItem> {
    let on = parse_date(on, "providedOn")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "providedOn",
            "date_in_future",
            "补交日期不能晚于今天",
        ));
    }
    let mut tx = core.begin_write().await?;
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT intake_id, name, status FROM intake_materials WHERE id = ?")
            .bind(material_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (intake_id, name, status) =
        row.ok_or_else(|| Error::not_found("material_not_found", "找不到该材料"))?;
    if status == "provided" {
        return Err(Error::precondition("already_provided", "该材料已提供"));
    }
    sqlx::query("UPDATE intake_materials SET status = 'provided', provided_on = ? WHERE id = ?")
        .bind(format_date(on))
        .bind(material_id)
        .execute(&mut *tx)
        .await?;
    let item = load(&mut tx, &intake_id).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "intake.material_provided",
            entity_type: "intake",
            entity_id: Some(intake_id.clone()),
            summary: format!(
                "{} 补交材料：{name}（{}）",
                item.summary.intake_no,
                format_date(on)
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(item)
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
    let mut respondent =
        cases::PartyInput::blank(cases::PartySide::Respondent, cases::PartyKind::Organization);
    respondent.name = item.summary.employer_name.clone().unwrap_or_default();
    let received = parse_rfc3339(&item.summary.received_at)
        .map(shanghai_today)
        .unwrap_or(shanghai_today(core.now()));
    Ok(NewCase {
        channel: cases::Channel::Transferred,
        cause: item
            .categories
            .first()
            .map(|c| c.label_zh().to_owned())
            .unwrap_or_default(),
        facts: item.summary.summary.clone(),
        received_on: format_date(received),
        parties: vec![applicant, respondent],
        claims: item
            .categories
            .iter()
            .map(|c| cases::ClaimInput {
                category: *c,
                description: String::new(),
                amount: None,
                claimant: 0,
                respondent: 1,
            })
            .collect(),
        evidence: Vec::new(),
        no_evidence_declared: false,
        oral_confirmed: false,
        priority: false,
    })
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

async fn load(conn: &mut SqliteConnection, id: &str) -> Result<IntakeItem> {
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
