//! The statutory clock (domain doc §5, §6; rules A4, B2, C3, I1–I4): each case's
//! deadlines computed from its ledger of dated events, the holiday calendar and the
//! configured length and day type of each deadline.
mod compute;
mod events;
mod rules;

pub use compute::{ClockInput, Ledger, compute};
pub use events::{EventInput, RecordableEvent, SuspensionGround, record_event};
pub use rules::{DeadlineRule, Rules, list_rules, load_rules, set_rule};

use crate::actor::{Actor, Role};
use crate::cases::{self, CaseStatus};
use crate::db::Core;
use crate::error::Result;
use crate::types::shanghai_today;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a deadline stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// Running; `due` lies ahead (or is today).
    Pending,
    /// Done in time.
    Met,
    /// Done, but after the due date.
    MetLate,
    /// Not done and the due date has passed (逾期).
    Overdue,
    /// A party's own period that simply ran out (e.g. the defense period).
    Expired,
    /// Given up by the party it protects (e.g. a waived defense period).
    Waived,
    /// The clock is stopped (suspension, Rules Art. 47).
    Paused,
    /// Its starting event has not happened yet.
    NotStarted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// The id of the master table, `T2`, `T16`, ...
    pub code: String,
    pub title: String,
    pub basis: String,
    /// The day the period is counted from (not itself counted).
    pub counted_from: Option<String>,
    pub due: Option<String>,
    pub status: DeadlineStatus,
    pub done_on: Option<String>,
    /// Calendar days from today to `due`; negative when past.
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub days: u32,
    pub day_count: crate::calendar::DayCount,
    /// Years the period crosses that the holiday calendar does not cover: there plain
    /// weekends were assumed, so the date must be checked by hand.
    pub uncovered_years: Vec<i32>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseClock {
    pub case_id: String,
    pub deadlines: Vec<Deadline>,
    pub suspended: bool,
    /// 逾期: the award deadline has passed without a closure (I3).
    pub award_overdue: bool,
}

/// One line of the workbench: a deadline of one of the user's open cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueItem {
    pub case_id: String,
    pub case_no: Option<String>,
    pub cause: String,
    pub parties: String,
    pub deadline: Deadline,
}

/// The clock of one case.
pub async fn case_clock(core: &Core, actor: &Actor, case_id: &str) -> Result<CaseClock> {
    let file = cases::get(core, actor, case_id).await?;
    let input = ClockInput::load(core, &file).await?;
    Ok(compute(&input, shanghai_today(core.now())))
}

/// Deadlines of the actor's open cases that are overdue or due within `within_days`,
/// most urgent first. An administrator sees every open case; others the cases they
/// registered or sit on.
pub async fn due_soon(core: &Core, actor: &Actor, within_days: u32) -> Result<Vec<DueItem>> {
    let ids = open_case_ids(core, actor).await?;
    let today = shanghai_today(core.now());
    let mut items = Vec::new();
    for id in ids {
        let file = cases::get(core, actor, &id).await?;
        let input = ClockInput::load(core, &file).await?;
        let clock = compute(&input, today);
        for deadline in clock.deadlines {
            let urgent = match deadline.status {
                DeadlineStatus::Overdue => true,
                DeadlineStatus::Pending => deadline
                    .days_left
                    .is_some_and(|d| d <= i64::from(within_days)),
                _ => false,
            };
            if urgent {
                items.push(DueItem {
                    case_id: id.clone(),
                    case_no: file.summary.case_no.clone(),
                    cause: file.summary.cause.clone(),
                    parties: format!(
                        "{} 与 {}",
                        file.summary.applicants, file.summary.respondents
                    ),
                    deadline,
                });
            }
        }
    }
    items.sort_by(|a, b| {
        a.deadline
            .due
            .cmp(&b.deadline.due)
            .then(a.deadline.code.cmp(&b.deadline.code))
    });
    Ok(items)
}

async fn open_case_ids(core: &Core, actor: &Actor) -> Result<Vec<String>> {
    let open = [
        CaseStatus::Received,
        CaseStatus::Accepted,
        CaseStatus::InProgress,
    ]
    .map(CaseStatus::as_str);
    let everyone = actor.role == Role::Admin;
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT c.id FROM cases c
         WHERE c.status IN (?, ?, ?)
           AND (? OR c.created_by = ? OR EXISTS (
                SELECT 1 FROM tribunal_members t WHERE t.case_id = c.id AND t.user_id = ?))",
    )
    .bind(open[0])
    .bind(open[1])
    .bind(open[2])
    .bind(everyone)
    .bind(actor.user_id.to_string())
    .bind(actor.user_id.to_string())
    .fetch_all(core.pool())
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}
