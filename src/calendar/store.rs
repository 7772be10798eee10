//! SQL for `calendar_years` and `calendar_days`.
use super::{Calendar, CalendarDay, CalendarYear, CalendarYearInput, DayKind};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use std::collections::HashSet;
use time::{Date, Weekday};

const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'_>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// The whole calendar, for computing deadlines.
pub async fn load(core: &Core) -> Result<Calendar> {
    let years: Vec<(i64,)> = sqlx::query_as("SELECT year FROM calendar_years")
        .fetch_all(core.pool())
        .await?;
    let days: Vec<(String, String)> = sqlx::query_as("SELECT day, kind FROM calendar_days")
        .fetch_all(core.pool())
        .await?;
    let days = days.into_iter().filter_map(|(day, kind)| {
        Some((Date::parse(&day, DATE_FORMAT).ok()?, DayKind::parse(&kind)?))
    });
    Ok(Calendar::new(
        days,
        years.into_iter().filter_map(|(y,)| i32::try_from(y).ok()),
    ))
}

/// The covered years, newest first. Any signed-in user may look.
pub async fn list_years(core: &Core, _actor: &Actor) -> Result<Vec<CalendarYear>> {
    let rows: Vec<(i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT y.year, y.source, y.updated_at,
                (SELECT COUNT(*) FROM calendar_days d WHERE d.year = y.year AND d.kind = 'holiday'),
                (SELECT COUNT(*) FROM calendar_days d WHERE d.year = y.year AND d.kind = 'workday')
         FROM calendar_years y ORDER BY y.year DESC",
    )
    .fetch_all(core.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(year, source, updated_at, holidays, workdays)| CalendarYear {
                year: year as i32,
                source,
                holidays: holidays as u32,
                workdays: workdays as u32,
                updated_at,
            },
        )
        .collect())
}

pub async fn year_days(core: &Core, _actor: &Actor, year: i32) -> Result<Vec<CalendarDay>> {
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT day, kind, name FROM calendar_days WHERE year = ? ORDER BY day")
            .bind(year)
            .fetch_all(core.pool())
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(day, kind, name)| {
            Some(CalendarDay {
                day,
                kind: DayKind::parse(&kind)?,
                name,
            })
        })
        .collect())
}

/// Enters or replaces one year's schedule. Administrators only.
pub async fn set_year(
    core: &Core,
    actor: &Actor,
    input: CalendarYearInput,
) -> Result<CalendarYear> {
    actor.require_admin()?;
    let days = validate(&input)?;
    let source = input.source.trim();
    let now = to_rfc3339(core.now());
    let mut tx = core.begin_write().await?;
    let existed: Option<(i64,)> = sqlx::query_as("SELECT year FROM calendar_years WHERE year = ?")
        .bind(input.year)
        .fetch_optional(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM calendar_days WHERE year = ?")
        .bind(input.year)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO calendar_years (year, source, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (year) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at,
                                         updated_by = excluded.updated_by",
    )
    .bind(input.year)
    .bind(source)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    for (date, kind, name) in &days {
        sqlx::query(
            "INSERT INTO calendar_days (day, kind, name, year, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(date.format(DATE_FORMAT).unwrap_or_default())
        .bind(kind.as_str())
        .bind(name)
        .bind(input.year)
        .bind(&now)
        .bind(actor.user_id.to_string())
        .execute(&mut *tx)
        .await?;
    }
    let holidays = days.iter().filter(|d| d.1 == DayKind::Holiday).count() as u32;
    let workdays = days.len() as u32 - holidays;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: if existed.is_some() {
                "calendar.year_replaced"
            } else {
                "calendar.year_added"
            },
            entity_type: "calendar_year",
            entity_id: Some(input.year.to_string()),
            summary: format!(
                "{}节假日安排：放假 {holidays} 天，调休上班 {workdays} 天（依据：{source}）",
                input.year
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(CalendarYear {
        year: input.year,
        source: source.to_owned(),
        holidays,
        workdays,
        updated_at: now,
    })
}

fn validate(input: &CalendarYearInput) -> Result<Vec<(Date, DayKind, String)>> {
    if !(2000..=2100).contains(&input.year) {
        return Err(Error::validation(
            "year",
            "year_invalid",
            "年份应在 2000 至 2100 之间",
        ));
    }
    if input.source.trim().is_empty() {
        return Err(Error::validation(
            "source",
            "source_required",
            "请填写依据（如国务院办公厅通知的名称和日期）",
        ));
    }
    let mut seen = HashSet::new();
    let mut days = Vec::with_capacity(input.days.len());
    for (i, d) in input.days.iter().enumerate() {
        let field = format!("days.{i}");
        let date = Date::parse(d.day.trim(), DATE_FORMAT).map_err(|_| {
            Error::validation(
                &field,
                "date_invalid",
                format!("第 {} 行日期格式应为 YYYY-MM-DD", i + 1),
            )
        })?;
        if date.year() != input.year {
            return Err(Error::validation(
                &field,
                "date_outside_year",
                format!("第 {} 行日期不在 {} 年内", i + 1, input.year),
            ));
        }
        if !seen.insert(date) {
            return Err(Error::validation(
                &field,
                "date_duplicate",
                format!("第 {} 行日期重复", i + 1),
            ));
        }
        let weekend = matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
        if d.kind == DayKind::Workday && !weekend {
            return Err(Error::validation(
                &field,
                "workday_not_weekend",
                format!(
                    "第 {} 行：调休上班日应为周六或周日，{} 本来就是工作日",
                    i + 1,
                    d.day.trim()
                ),
            ));
        }
        let name = d.name.trim();
        if name.is_empty() || name.chars().count() > 40 {
            return Err(Error::validation(
                &field,
                "name_invalid",
                format!("第 {} 行请填写节日名称（不超过 40 字）", i + 1),
            ));
        }
        days.push((date, d.kind, name.to_owned()));
    }
    Ok(days)
}
