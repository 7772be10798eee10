//! The dashboard's figures: the range is checked, then a dozen aggregate queries run in
//! one read transaction, so every figure is taken from the same snapshot and they add
//! up with each other.
mod arbitration;
mod mediation;
mod services;

use super::model::*;
use crate::actor::Actor;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::date_range;
use crate::types::format_date;
use sqlx::SqliteConnection;
use std::collections::BTreeMap;
use time::{Date, Month};

pub(super) use mediation::{ONLINE_DEFINITION, OrgLabel, RATE_DEFINITION};

/// The figures for `query`'s range. Any signed-in user may read them (they are counts).
pub async fn statistics(core: &Core, _actor: &Actor, query: StatsQuery) -> Result<Statistics> {
    let mut tx = core.pool().begin().await?;
    let scope = Scope::check(&mut tx, &query).await?;
    let figures = gather(&mut tx, &scope).await?;
    tx.commit().await?;
    Ok(figures)
}

/// A checked query: the inclusive range as stored dates, and the organisation if any.
#[derive(Debug, Clone)]
pub(super) struct Scope {
    pub from: String,
    pub to: String,
    pub first: Date,
    pub last: Date,
    pub org: Option<OrgLabel>,
}

impl Scope {
    pub(super) fn org_id(&self) -> Option<&str> {
        self.org.as_ref().map(|o| o.id.as_str())
    }

    /// The query for all organisations or the one for a single organisation (`?3`).
    /// Two texts rather than `(?3 IS NULL OR org_id = ?3)`, which hides the
    /// organisation's index from the planner and reads the whole range for one org.
    pub(super) fn pick(&self, all: &'static str, one: &'static str) -> &'static str {
        if self.org.is_some() { one } else { all }
    }

    pub(super) async fn check(conn: &mut SqliteConnection, query: &StatsQuery) -> Result<Scope> {
        let (first, last) = date_range(&query.from, &query.to)?;
        if last >= ten_years_after(first) {
            return Err(Error::validation(
                "to",
                "range_too_long",
                "统计区间不能超过 10 年",
            ));
        }
        let org =
            match query.org_id.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(id) => Some(mediation::org_label(conn, id).await?.ok_or_else(|| {
                    Error::validation("orgId", "org_not_found", "找不到该调解组织")
                })?),
            };
        Ok(Scope {
            from: format_date(first),
            to: format_date(last),
            first,
            last,
            org,
        })
    }
}

/// The same day ten years on (29 February becomes 1 March).
fn ten_years_after(d: Date) -> Date {
    let year = d.year() + 10;
    d.replace_year(year)
        .or_else(|_| Date::from_calendar_date(year, Month::March, 1))
        .unwrap_or(Date::MAX)
}

/// What each month of the range adds up to, filled by the area queries.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct MonthTally {
    pub mediation_cases: i64,
    pub online: i64,
    pub agreements: i64,
    pub arbitration_cases: i64,
    pub intake_items: i64,
}

/// Keyed by `YYYY-MM`.
pub(super) type Months = BTreeMap<String, MonthTally>;

pub(super) async fn gather(conn: &mut SqliteConnection, scope: &Scope) -> Result<Statistics> {
    let mut months = Months::new();
    let (orgs, registry) = mediation::registry(conn).await?;
    let mediation = mediation::figures(conn, scope, &orgs, &mut months).await?;
    let arbitration = arbitration::figures(conn, scope, &mut months).await?;
    let intake = services::intake(conn, scope, &mut months).await?;
    let services = services::services(conn, scope).await?;
    Ok(Statistics {
        from: scope.from.clone(),
        to: scope.to.clone(),
        org_id: scope.org_id().map(str::to_owned),
        registry,
        mediation,
        arbitration,
        intake,
        services,
        by_month: month_rows(scope, &months),
    })
}

/// Every month the range touches, in order, zeros included.
fn month_rows(scope: &Scope, months: &Months) -> Vec<MonthRow> {
    let mut out = Vec::new();
    let (mut year, mut month) = (scope.first.year(), scope.first.month());
    while (year, month as u8) <= (scope.last.year(), scope.last.month() as u8) {
        let key = format!("{year:04}-{:02}", month as u8);
        let t = months.get(&key).copied().unwrap_or_default();
        out.push(MonthRow {
            month: key,
            mediation_cases: t.mediation_cases,
            online: t.online,
            agreements: t.agreements,
            arbitration_cases: t.arbitration_cases,
            intake_items: t.intake_items,
        });
        if month == Month::December {
            year += 1;
        }
        month = month.next();
    }
    out
}

/// `part ÷ whole`, or none when there is nothing to divide by.
pub(super) fn rate(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

pub(super) fn count(key: &str, label: &str, count: i64) -> Count {
    Count {
        key: key.to_owned(),
        label: label.to_owned(),
        count,
    }
}
