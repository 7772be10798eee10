//! The holiday calendar and day arithmetic of the statutory clock (CPL Art. 85; domain
//! doc §6, rule I4): the start day is not counted; a period in calendar days that ends on
//! a rest day moves to the next working day; a period in working days counts only
//! working days. Make-up working days (调休上班) are working days.
mod store;

pub use store::{list_years, load, set_year, year_days};

use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use time::{Date, Weekday};
use ts_rs::TS;

/// How a period's days are counted. Which one applies to which deadline is
/// configuration: the official rule is UNCONFIRMED (domain doc §6 item 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    Calendar,
    Working,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// Off: a statutory holiday or a weekend day merged into one (放假).
    Holiday,
    /// A weekend day that is worked to make up for a holiday (调休上班).
    Workday,
}

impl DayKind {
    fn as_str(self) -> &'static str {
        match self {
            DayKind::Holiday => "holiday",
            DayKind::Workday => "workday",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "holiday" => Some(DayKind::Holiday),
            "workday" => Some(DayKind::Workday),
            _ => None,
        }
    }
}

/// One special day, as shown and as entered. `day` is `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    pub day: String,
    pub kind: DayKind,
    pub name: String,
}

/// A year the calendar covers, with where its schedule came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarYear {
    pub year: i32,
    pub source: String,
    pub holidays: u32,
    pub workdays: u32,
    pub updated_at: String,
}

/// An administrator's entry of one year's whole schedule (e.g. when the State Council
/// publishes the next year's notice). Replaces what the year had.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarYearInput {
    pub year: i32,
    pub source: String,
    pub days: Vec<CalendarDay>,
}

/// Where a period ends, and the years it crossed that the calendar does not cover
/// (there the result assumes plain weekends and must be shown with a warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodEnd {
    pub due: Date,
    pub uncovered_years: Vec<i32>,
}

/// The calendar in memory: the special days and the years they cover.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    days: HashMap<Date, DayKind>,
    covered: BTreeSet<i32>,
}

impl Calendar {
    pub fn new(
        days: impl IntoIterator<Item = (Date, DayKind)>,
        covered: impl IntoIterator<Item = i32>,
    ) -> Self {
        Self {
            days: days.into_iter().collect(),
            covered: covered.into_iter().collect(),
        }
    }

    pub fn covers(&self, year: i32) -> bool {
        self.covered.contains(&year)
    }

    pub fn is_working_day(&self, day: Date) -> bool {
        match self.days.get(&day) {
            Some(DayKind::Workday) => true,
            Some(DayKind::Holiday) => false,
            None => !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday),
        }
    }

    /// The last day of a period of `days` days that begins on `start` (not counted).
    pub fn period_end(&self, start: Date, days: u32, count: DayCount) -> PeriodEnd {
        let mut day = start;
        match count {
            DayCount::Calendar => {
                day = start.saturating_add(time::Duration::days(i64::from(days)));
                while !self.is_working_day(day) {
                    day = day.next_day().unwrap_or(day);
                }
            }
            DayCount::Working => {
                let mut counted = 0;
                while counted < days {
                    day = day.next_day().unwrap_or(day);
                    if self.is_working_day(day) {
                        counted += 1;
                    }
                }
            }
        }
        let uncovered_years = (start.year()..=day.year())
            .filter(|y| !self.covers(*y))
            .collect();
        PeriodEnd {
            due: day,
            uncovered_years,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// The 2026 National Day week as published: Oct 1–7 off, Sep 20 and Oct 10 worked.
    fn calendar_2026() -> Calendar {
        let mut days: Vec<(Date, DayKind)> = (1..=7)
            .map(|d| {
                (
                    Date::from_calendar_date(2026, time::Month::October, d).unwrap(),
                    DayKind::Holiday,
                )
            })
            .collect();
        days.push((date!(2026 - 09 - 20), DayKind::Workday));
        days.push((date!(2026 - 10 - 10), DayKind::Workday));
        Calendar::new(days, [2026])
    }

    #[test]
    fn i4_start_day_is_not_counted() {
        let cal = calendar_2026();
        // Monday 2026-11-02 + 10 calendar days = Thursday 2026-11-12.
        assert_eq!(
            cal.period_end(date!(2026 - 11 - 02), 10, DayCount::Calendar)
                .due,
            date!(2026 - 11 - 12)
        );
        // Monday + 5 working days = the next Monday.
        assert_eq!(
            cal.period_end(date!(2026 - 11 - 02), 5, DayCount::Working)
                .due,
            date!(2026 - 11 - 09)
        );
    }

    #[test]
    fn i4_calendar_period_ending_on_a_holiday_moves_to_the_next_working_day() {
        let cal = calendar_2026();
        // 2026-09-26 + 5 days = 2026-10-01 (National Day) → Oct 1–7 off → Thursday Oct 8.
        assert_eq!(
            cal.period_end(date!(2026 - 09 - 26), 5, DayCount::Calendar)
                .due,
            date!(2026 - 10 - 08)
        );
        // Ending on a plain Saturday moves to Monday.
        assert_eq!(
            cal.period_end(date!(2026 - 11 - 02), 12, DayCount::Calendar)
                .due,
            date!(2026 - 11 - 16)
        );
    }

    #[test]
    fn i4_make_up_working_days_count_as_working_days() {
        let cal = calendar_2026();
        // From Friday Sep 18: Sat 19 off, Sun 20 worked (调休) = day 1, Mon 21 = day 2.
        assert_eq!(
            cal.period_end(date!(2026 - 09 - 18), 2, DayCount::Working)
                .due,
            date!(2026 - 09 - 21)
        );
        // From Wed Sep 30: Oct 1–7 off; Thu 8, Fri 9, Sat 10 (调休) → 3 working days end on Oct 10.
        assert_eq!(
            cal.period_end(date!(2026 - 09 - 30), 3, DayCount::Working)
                .due,
            date!(2026 - 10 - 10)
        );
        // A calendar period may end on the make-up Saturday: it is a working day.
        assert_eq!(
            cal.period_end(date!(2026 - 10 - 05), 5, DayCount::Calendar)
                .due,
            date!(2026 - 10 - 10)
        );
    }

    #[test]
    fn i4_periods_reaching_an_uncovered_year_say_so() {
        let cal = calendar_2026();
        let end = cal.period_end(date!(2026 - 12 - 20), 45, DayCount::Calendar);
        assert_eq!(end.uncovered_years, vec![2027]);
        assert!(
            cal.period_end(date!(2026 - 11 - 02), 45, DayCount::Calendar)
                .uncovered_years
                .is_empty()
        );
    }
}
