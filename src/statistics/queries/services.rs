//! Intake items (急难愁盼事项) and the service records: the service log and publicity.
use super::{Months, Scope, count};
use crate::clock::to_rfc3339;
use crate::error::Result;
use crate::mediation::ServiceKind;
use crate::statistics::model::{IntakeStats, ServiceStats};
use crate::types::{format_date, parse_date};
use sqlx::SqliteConnection;
use time::{Date, Duration, PrimitiveDateTime, Time, UtcOffset};

/// Midnight in Beijing at the start of `day`, as stored (UTC RFC 3339).
fn beijing_midnight(day: Date) -> String {
    let offset = UtcOffset::from_hms(8, 0, 0).unwrap_or(UtcOffset::UTC);
    to_rfc3339(PrimitiveDateTime::new(day, Time::MIDNIGHT).assume_offset(offset))
}

/// `received_at` is a UTC timestamp while the range is in Beijing dates. Its bounds
/// are turned into UTC instead of converting every row, so the index serves the range
/// and the SQL stays portable; rows are grouped by UTC day and by whether they fall at
/// or after 16:00 UTC (= the next day in Beijing), which gives each item's Beijing
/// date exactly in at most two groups a day.
pub(super) async fn intake(
    conn: &mut SqliteConnection,
    scope: &Scope,
    months: &mut Months,
) -> Result<IntakeStats> {
    let start = beijing_midnight(scope.first);
    let end = beijing_midnight(scope.last.next_day().unwrap_or(Date::MAX));
    let groups: Vec<(String, bool, i64, i64)> = sqlx::query_as(
        "SELECT substr(received_at, 1, 10), substr(received_at, 12, 2) >= '16', COUNT(*), COUNT(case_id)
         FROM intake_items
         WHERE received_at >= ?1 AND received_at < ?2
         GROUP BY substr(received_at, 1, 10), substr(received_at, 12, 2) >= '16'",
    )
    .bind(&start)
    .bind(&end)
    .fetch_all(&mut *conn)
    .await?;
    let (mut received, mut converted) = (0, 0);
    for (utc_day, next_day, n, with_case) in groups {
        received += n;
        converted += with_case;
        let day = parse_date(&utc_day, "receivedAt")?;
        let local = if next_day {
            day + Duration::days(1)
        } else {
            day
        };
        months
            .entry(format_date(local)[..7].to_owned())
            .or_default()
            .intake_items += n;
    }
    let (closed,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM intake_items WHERE closed_on BETWEEN ?1 AND ?2")
            .bind(&scope.from)
            .bind(&scope.to)
            .fetch_one(&mut *conn)
            .await?;
    Ok(IntakeStats {
        received,
        closed,
        converted,
    })
}

pub(super) async fn services(conn: &mut SqliteConnection, scope: &Scope) -> Result<ServiceStats> {
    let kinds: Vec<(String, i64)> = sqlx::query_as(
        "SELECT kind, SUM(count) FROM service_logs WHERE on_date BETWEEN ?1 AND ?2 GROUP BY kind",
    )
    .bind(&scope.from)
    .bind(&scope.to)
    .fetch_all(&mut *conn)
    .await?;
    let of_kind = |k: ServiceKind| -> i64 {
        kinds
            .iter()
            .filter(|(s, _)| s == k.as_str())
            .map(|r| r.1)
            .sum()
    };
    let (events, participants): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(participants), 0) FROM publicity_events
         WHERE held_on BETWEEN ?1 AND ?2",
    )
    .bind(&scope.from)
    .bind(&scope.to)
    .fetch_one(&mut *conn)
    .await?;
    Ok(ServiceStats {
        total: kinds.iter().map(|r| r.1).sum(),
        by_kind: ServiceKind::ALL
            .iter()
            .map(|&k| count(k.as_str(), k.label_zh(), of_kind(k)))
            .collect(),
        publicity_events: events,
        publicity_participants: participants,
    })
}
