//! Reading mediation cases: one with its history, or a page of them.
use super::cases::REVIEW_DAYS;
use super::model::*;
use crate::actor::Actor;
use crate::cases::ClaimCategory;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date};
use sqlx::{Row, SqliteConnection};
use time::Duration;

const SUMMARY: &str =
    "SELECT c.id, c.case_no, c.org_id, o.name AS org_name, m.name AS mediator_name,
        c.applicant_name, c.respondent_name, c.applied_on, c.due_on, c.mode, c.status,
        c.concluded_on, c.effective_on
    FROM mediation_cases c JOIN mediation_orgs o ON o.id = c.org_id
    LEFT JOIN mediators m ON m.id = c.mediator_id";

fn bad() -> Error {
    Error::internal("unknown mediation value in storage")
}

fn summary(r: &sqlx::sqlite::SqliteRow) -> Result<MediationCaseSummary> {
    Ok(MediationCaseSummary {
        id: r.try_get("id")?,
        case_no: r.try_get("case_no")?,
        org_id: r.try_get("org_id")?,
        org_name: r.try_get("org_name")?,
        mediator_name: r.try_get("mediator_name")?,
        applicant_name: r.try_get("applicant_name")?,
        respondent_name: r.try_get("respondent_name")?,
        applied_on: r.try_get("applied_on")?,
        due_on: r.try_get("due_on")?,
        mode: MediationChannel::parse(r.try_get("mode")?).ok_or_else(bad)?,
        status: MediationCaseStatus::parse(r.try_get("status")?).ok_or_else(bad)?,
        concluded_on: r.try_get("concluded_on")?,
        effective_on: r.try_get("effective_on")?,
    })
}

pub(super) async fn load(conn: &mut SqliteConnection, id: &str) -> Result<MediationCase> {
    let r = sqlx::query(
        "SELECT c.id, c.case_no, c.org_id, o.name AS org_name, m.name AS mediator_name,
             c.applicant_name, c.respondent_name, c.applied_on, c.due_on, c.mode, c.status,
             c.concluded_on, c.effective_on, c.mediator_id, c.joint_arbitrator_id,
             u.display_name AS arbitrator_name, c.application, c.oral_record, c.applicant_mobile,
             c.respondent_contact, c.matter, c.categories, c.amount_fen, c.agreement_terms,
             c.performance_due_on, c.signed_applicant, c.signed_respondent, c.signed_mediator,
             c.sealed, c.no_agreement_reason, c.review_applied_on, c.referred_case_id
         FROM mediation_cases c JOIN mediation_orgs o ON o.id = c.org_id
         LEFT JOIN mediators m ON m.id = c.mediator_id
         LEFT JOIN users u ON u.id = c.joint_arbitrator_id WHERE c.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| Error::not_found("mediation_case_not_found", "没有该调解案件"))?;
    let summary = summary(&r)?;
    let categories: String = r.try_get("categories")?;
    let review_due_on = summary
        .effective_on
        .as_deref()
        .map(|d| parse_date(d, "effectiveOn").map(|d| format_date(d + Duration::days(REVIEW_DAYS))))
        .transpose()?;
    let events = sqlx::query(
        "SELECT e.at, e.summary, u.display_name FROM mediation_case_events e
         JOIN users u ON u.id = e.created_by WHERE e.mediation_case_id = ? ORDER BY e.at, e.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|e| {
        Ok(MediationEvent {
            at: e.try_get("at")?,
            summary: e.try_get("summary")?,
            by: e.try_get("display_name")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;
    Ok(MediationCase {
        mediator_id: r.try_get("mediator_id")?,
        joint_arbitrator_id: r.try_get("joint_arbitrator_id")?,
        joint_arbitrator_name: r.try_get("arbitrator_name")?,
        application: ApplicationForm::parse(r.try_get("application")?).ok_or_else(bad)?,
        oral_record: r.try_get("oral_record")?,
        applicant_mobile: r.try_get("applicant_mobile")?,
        respondent_contact: r.try_get("respondent_contact")?,
        matter: r.try_get("matter")?,
        categories: categories
            .split(',')
            .filter(|c| !c.is_empty())
            .map(|c| ClaimCategory::parse(c).ok_or_else(bad))
            .collect::<Result<_>>()?,
        amount_fen: r.try_get("amount_fen")?,
        agreement_terms: r.try_get("agreement_terms")?,
        performance_due_on: r.try_get("performance_due_on")?,
        signed_applicant: r.try_get("signed_applicant")?,
        signed_respondent: r.try_get("signed_respondent")?,
        signed_mediator: r.try_get("signed_mediator")?,
        sealed: r.try_get("sealed")?,
        no_agreement_reason: r.try_get("no_agreement_reason")?,
        review_applied_on: r.try_get("review_applied_on")?,
        review_due_on,
        referred_case_id: r.try_get("referred_case_id")?,
        events,
        summary,
    })
}

/// The case, refused unless it is still being mediated.
pub(super) async fn require_open(conn: &mut SqliteConnection, id: &str) -> Result<MediationCase> {
    let case = load(conn, id).await?;
    if case.summary.status != MediationCaseStatus::Open {
        return Err(Error::precondition(
            "mediation_concluded",
            "该调解案件已经终结",
        ));
    }
    Ok(case)
}

pub async fn get_mediation_case(core: &Core, _actor: &Actor, id: &str) -> Result<MediationCase> {
    let mut conn = core.pool().acquire().await?;
    load(&mut conn, id).await
}

/// A page of cases, newest application first.
pub async fn list_mediation_cases(
    core: &Core,
    _actor: &Actor,
    query: MediationCaseQuery,
) -> Result<MediationCasePage> {
    let mut filters = Vec::new();
    let mut binds: Vec<String> = Vec::new();
    if let Some(org) = &query.org_id {
        filters.push("c.org_id = ?");
        binds.push(org.clone());
    }
    if let Some(status) = query.status {
        filters.push("c.status = ?");
        binds.push(status.as_str().to_owned());
    }
    if let Some(from) = query.from.as_deref().filter(|s| !s.is_empty()) {
        filters.push("c.applied_on >= ?");
        binds.push(format_date(parse_date(from, "from")?));
    }
    if let Some(to) = query.to.as_deref().filter(|s| !s.is_empty()) {
        filters.push("c.applied_on <= ?");
        binds.push(format_date(parse_date(to, "to")?));
    }
    if let Some(text) = query
        .text
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        filters.push(
            "(c.case_no LIKE ? ESCAPE '\\' OR c.applicant_name LIKE ? ESCAPE '\\'
              OR c.respondent_name LIKE ? ESCAPE '\\' OR c.matter LIKE ? ESCAPE '\\')",
        );
        let like = format!(
            "%{}%",
            text.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        binds.extend(std::iter::repeat_n(like, 4));
    }
    let filter = if filters.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", filters.join(" AND "))
    };
    let mut conn = core.pool().acquire().await?;
    let count_sql = format!("SELECT count(*) FROM mediation_cases c{}", filter);
    let mut count = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(count_sql));
    for b in &binds {
        count = count.bind(b);
    }
    let (total,) = count.fetch_one(&mut *conn).await?;
    let sql =
        format!("{SUMMARY}{filter} ORDER BY c.applied_on DESC, c.case_no DESC LIMIT ? OFFSET ?");
    let mut rows = sqlx::query(sqlx::AssertSqlSafe(sql));
    for b in &binds {
        rows = rows.bind(b);
    }
    let items = rows
        .bind(i64::from(query.limit.clamp(1, 200)))
        .bind(i64::from(query.offset))
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(summary)
        .collect::<Result<_>>()?;
    Ok(MediationCasePage { items, total })
}
