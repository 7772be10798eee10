//! Pure computation of a case's deadlines from its ledger; no I/O, so every rule is
//! unit-testable with hand-written ledgers.
use super::rules::{Rules, load_rules};
use super::{CaseClock, Deadline, DeadlineStatus};
use crate::calendar::{self, Calendar, DayCount};
use crate::cases::{CaseFile, CaseStatus};
use crate::db::Core;
use crate::error::Result;
use crate::types::{format_date, parse_date};
use time::{Date, Duration};

/// One dated event of the case's ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEvent {
    pub kind: String,
    pub on: Date,
    pub days: Option<u32>,
    pub approver: Option<String>,
}

/// The events, in date order.
#[derive(Debug, Clone, Default)]
pub struct Ledger(pub Vec<LedgerEvent>);

impl Ledger {
    fn last(&self, kind: &str) -> Option<&LedgerEvent> {
        self.0.iter().rev().find(|e| e.kind == kind)
    }

    fn last_on(&self, kind: &str) -> Option<Date> {
        self.last(kind).map(|e| e.on)
    }

    fn all<'a>(&'a self, kinds: &'a [&'a str]) -> impl Iterator<Item = &'a LedgerEvent> + 'a {
        self.0
            .iter()
            .filter(move |e| kinds.contains(&e.kind.as_str()))
    }
}

/// Everything the computation needs about one case.
#[derive(Debug, Clone)]
pub struct ClockInput {
    pub case_id: String,
    pub status: CaseStatus,
    pub is_counterclaim: bool,
    pub received_on: Date,
    pub accepted_on: Option<Date>,
    pub ledger: Ledger,
    pub calendar: Calendar,
    pub rules: Rules,
}

impl ClockInput {
    pub async fn load(core: &Core, file: &CaseFile) -> Result<Self> {
        let rows: Vec<(String, String, Option<i64>, Option<String>)> = sqlx::query_as(
            "SELECT kind, on_date, days, approver FROM case_events WHERE case_id = ? ORDER BY on_date, created_at",
        )
        .bind(&file.summary.id)
        .fetch_all(core.pool())
        .await?;
        let ledger = rows
            .into_iter()
            .filter_map(|(kind, on, days, approver)| {
                Some(LedgerEvent {
                    kind,
                    on: parse_date(&on, "onDate").ok()?,
                    days: days.map(|d| d as u32),
                    approver,
                })
            })
            .collect();
        Ok(Self {
            case_id: file.summary.id.clone(),
            status: file.summary.status,
            is_counterclaim: file.summary.counterclaim_of.is_some(),
            received_on: parse_date(&file.summary.received_on, "receivedOn")?,
            accepted_on: file
                .summary
                .accepted_on
                .as_deref()
                .map(|d| parse_date(d, "acceptedOn"))
                .transpose()?,
            ledger: Ledger(ledger),
            calendar: calendar::load(core).await?,
            rules: load_rules(core).await?,
        })
    }
}

struct Spec {
    code: &'static str,
    title: &'static str,
    basis: &'static str,
}

const T2: Spec = Spec {
    code: "T2",
    title: "受理审查：作出受理或不予受理决定",
    basis: "《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第三十条",
};
const T4: Spec = Spec {
    code: "T4",
    title: "向被申请人送达仲裁申请书副本",
    basis: "《劳动争议调解仲裁法》第三十条",
};
const T5: Spec = Spec {
    code: "T5",
    title: "被申请人答辩期",
    basis: "《劳动争议调解仲裁法》第三十条",
};
const T8: Spec = Spec {
    code: "T8",
    title: "反申请受理审查",
    basis: "《劳动人事争议仲裁办案规则》第三十六条",
};
const T10: Spec = Spec {
    code: "T10",
    title: "组成仲裁庭并书面通知当事人",
    basis: "《劳动争议调解仲裁法》第三十二条；《办案规则》第三十七条",
};
const T13: Spec = Spec {
    code: "T13",
    title: "开庭通知送达（开庭五日前）",
    basis: "《劳动争议调解仲裁法》第三十五条；《办案规则》第三十八条",
};
const T16: Spec = Spec {
    code: "T16",
    title: "审理期限：作出裁决",
    basis: "《劳动争议调解仲裁法》第四十三条；《办案规则》第四十五条、第四十六条",
};

/// What was worked out for one deadline.
struct Outcome {
    counted_from: Option<Date>,
    due: Option<Date>,
    uncovered: Vec<i32>,
    status: DeadlineStatus,
    done_on: Option<Date>,
    note: String,
}

/// Builds the deadline rows of one case as of `today`.
struct Row<'a> {
    input: &'a ClockInput,
    today: Date,
}

impl Row<'_> {
    fn make(&self, spec: &Spec, o: Outcome) -> Deadline {
        let rule = self.input.rules.get(spec.code);
        let live = matches!(o.status, DeadlineStatus::Pending | DeadlineStatus::Overdue);
        Deadline {
            code: spec.code.to_owned(),
            title: spec.title.to_owned(),
            basis: spec.basis.to_owned(),
            counted_from: o.counted_from.map(format_date),
            due: o.due.map(format_date),
            status: o.status,
            done_on: o.done_on.map(format_date),
            days_left: o
                .due
                .filter(|_| live)
                .map(|d| (d - self.today).whole_days()),
            days: rule.days,
            day_count: rule.day_count,
            uncovered_years: o.uncovered,
            note: o.note,
        }
    }

    /// A duty of the commission counted from `start` and discharged on `done`.
    fn duty(&self, spec: &Spec, start: Option<Date>, done: Option<Date>, note: String) -> Deadline {
        let Some(start) = start else {
            return self.make(
                spec,
                Outcome {
                    counted_from: None,
                    due: None,
                    uncovered: Vec::new(),
                    status: DeadlineStatus::NotStarted,
                    done_on: None,
                    note,
                },
            );
        };
        let rule = self.input.rules.get(spec.code);
        let end = self
            .input
            .calendar
            .period_end(start, rule.days, rule.day_count);
        let status = judge(end.due, done, self.today);
        self.make(
            spec,
            Outcome {
                counted_from: Some(start),
                due: Some(end.due),
                uncovered: end.uncovered_years,
                status,
                done_on: done,
                note,
            },
        )
    }
}

fn judge(due: Date, done: Option<Date>, today: Date) -> DeadlineStatus {
    match done {
        Some(d) if d <= due => DeadlineStatus::Met,
        Some(_) => DeadlineStatus::MetLate,
        None if today > due => DeadlineStatus::Overdue,
        None => DeadlineStatus::Pending,
    }
}

/// All deadlines of the case as of `today`.
pub fn compute(input: &ClockInput, today: Date) -> CaseClock {
    let row = Row { input, today };
    let ledger = &input.ledger;
    let decided = ledger
        .last_on("accepted")
        .or_else(|| ledger.last_on("not_accepted"))
        .or(input.accepted_on);
    let mut deadlines = Vec::new();

    // A4: acceptance is counted from receipt, or from the completion of materials.
    let decision_start = ledger
        .last_on("materials_completed")
        .unwrap_or(input.received_on);
    let note = if ledger.last_on("materials_completed").is_some() {
        "自材料补正齐全之日起算".to_owned()
    } else {
        String::new()
    };
    deadlines.push(row.duty(
        if input.is_counterclaim { &T8 } else { &T2 },
        Some(decision_start),
        decided,
        note,
    ));

    let accepted = if input.status == CaseStatus::NotAccepted {
        None
    } else {
        input.accepted_on
    };
    let served = ledger.last_on("served_respondent");
    deadlines.push(row.duty(&T4, accepted, served, String::new()));
    deadlines.push(defense_period(&row, served));
    deadlines.push(row.duty(
        &T10,
        accepted,
        ledger.last_on("tribunal_notified"),
        String::new(),
    ));
    if let Some(hearing) = ledger.last_on("hearing_scheduled") {
        deadlines.push(hearing_notice(&row, hearing));
    }
    let (award, suspended) = award_deadline(&row, accepted);
    let award_overdue = award.status == DeadlineStatus::Overdue;
    deadlines.push(award);

    CaseClock {
        case_id: input.case_id.clone(),
        deadlines,
        suspended,
        award_overdue,
    }
}

/// T5 (B2): 10 days from the respondent's receipt of the copy; the respondent may
/// waive it (C4, G4); when it runs out without a defense it has expired, not overdue.
fn defense_period(row: &Row<'_>, served: Option<Date>) -> Deadline {
    let ledger = &row.input.ledger;
    let Some(served) = served else {
        return row.make(
            &T5,
            Outcome {
                counted_from: None,
                due: None,
                uncovered: Vec::new(),
                status: DeadlineStatus::NotStarted,
                done_on: None,
                note: "自被申请人收到申请书副本之日起算".into(),
            },
        );
    };
    let rule = row.input.rules.get("T5");
    // The respondent's latest word on the period (G4): waived, shortened, or withdrawn.
    let waiver = ledger
        .0
        .iter()
        .rev()
        .find(|e| {
            [
                "defense_waived",
                "defense_shortened",
                "defense_waiver_revoked",
            ]
            .contains(&e.kind.as_str())
        })
        .filter(|e| e.kind != "defense_waiver_revoked");
    let shortened = waiver
        .filter(|e| e.kind == "defense_shortened")
        .and_then(|e| e.days);
    let days = shortened.unwrap_or(rule.days);
    let end = row.input.calendar.period_end(served, days, rule.day_count);
    let waived = waiver.filter(|e| e.kind == "defense_waived").map(|e| e.on);
    let (status, done, note) = if let Some(waived) = waived {
        (
            DeadlineStatus::Waived,
            Some(waived),
            "被申请人已放弃答辩期".to_owned(),
        )
    } else if let Some(defense) = ledger.last_on("defense_received") {
        (
            judge(end.due, Some(defense), row.today),
            Some(defense),
            "已收到答辩书".to_owned(),
        )
    } else if row.today > end.due {
        (
            DeadlineStatus::Expired,
            None,
            "答辩期已届满，未提交答辩书不影响仲裁程序进行".to_owned(),
        )
    } else if let Some(days) = shortened {
        (
            DeadlineStatus::Pending,
            None,
            format!("经被申请人同意，答辩期缩短为 {days} 日"),
        )
    } else {
        (DeadlineStatus::Pending, None, String::new())
    };
    row.make(
        &T5,
        Outcome {
            counted_from: Some(served),
            due: Some(end.due),
            uncovered: end.uncovered_years,
            status,
            done_on: done,
            note,
        },
    )
}

/// T13 (E1, §6 item 4): the written notice must be served with at least N full days
/// between service and the hearing, neither counted.
fn hearing_notice(row: &Row<'_>, hearing: Date) -> Deadline {
    let rule = row.input.rules.get("T13");
    let cal = &row.input.calendar;
    let latest = match rule.day_count {
        DayCount::Calendar => hearing - Duration::days(i64::from(rule.days) + 1),
        DayCount::Working => {
            let mut day = hearing;
            let mut counted = 0;
            while counted < rule.days {
                day = day.previous_day().unwrap_or(day);
                if cal.is_working_day(day) {
                    counted += 1;
                }
            }
            day.previous_day().unwrap_or(day)
        }
    };
    let uncovered = (latest.year()..=hearing.year())
        .filter(|y| !cal.covers(*y))
        .collect();
    let served = row.input.ledger.last_on("hearing_notice_served");
    let note = format!("开庭日期 {}", format_date(hearing));
    row.make(
        &T13,
        Outcome {
            counted_from: None,
            due: Some(latest),
            uncovered,
            status: judge(latest, served, row.today),
            done_on: served,
            note,
        },
    )
}

/// T16 with I1 (one extension of at most 15 days), I2 (suspensions do not count), C3,
/// C5, C6 (restarts) and I3 (overdue).
fn award_deadline(row: &Row<'_>, accepted: Option<Date>) -> (Deadline, bool) {
    let input = row.input;
    let Some(accepted) = accepted else {
        return (
            row.make(
                &T16,
                Outcome {
                    counted_from: None,
                    due: None,
                    uncovered: Vec::new(),
                    status: DeadlineStatus::NotStarted,
                    done_on: None,
                    note: String::new(),
                },
            ),
            false,
        );
    };
    let ledger = &input.ledger;
    // Restarts (Rules Art. 46); a merge undone takes back the restart it caused.
    let mut restarts: Vec<(&str, Date)> = Vec::new();
    for e in &ledger.0 {
        match e.kind.as_str() {
            "limit_restarted" | "party_added" | "claims_changed" | "transfer_received" => {
                restarts.push((&e.kind, e.on))
            }
            "merge_undone" => {
                if let Some(pos) = restarts
                    .iter()
                    .rposition(|(kind, _)| *kind == "limit_restarted")
                {
                    restarts.remove(pos);
                }
            }
            _ => {}
        }
    }
    let start = restarts
        .into_iter()
        .map(|(_, d)| d)
        .filter(|d| *d >= accepted)
        .max()
        .unwrap_or(accepted);
    let rule = input.rules.get("T16");
    let mut notes = Vec::new();
    if start != accepted {
        notes.push(format!("审理期限自 {} 起重新计算", format_date(start)));
    }

    // Pauses: each suspension until its resumption (I2).
    let mut paused_days = 0u32;
    let mut open_since = None;
    for e in ledger
        .all(&["suspended", "resumed"])
        .filter(|e| e.on >= start)
    {
        match (e.kind.as_str(), open_since) {
            ("suspended", None) => open_since = Some(e.on),
            ("resumed", Some(since)) => {
                paused_days += days_between(&input.calendar, since, e.on, rule.day_count);
                notes.push(format!(
                    "{} 至 {} 中止审理，不计入审理期限",
                    format_date(since),
                    format_date(e.on)
                ));
                open_since = None;
            }
            _ => {}
        }
    }
    let extension = ledger.last("extension_approved");
    let extra = extension.and_then(|e| e.days).unwrap_or(0);
    if let Some(e) = extension {
        notes.push(format!(
            "经{}批准延长 {extra} 日",
            e.approver.as_deref().unwrap_or("")
        ));
    }
    let closed = ledger.last_on("closed");
    if let (Some(since), None) = (open_since, closed) {
        notes.push(format!(
            "自 {} 起中止审理，审理期限暂停计算",
            format_date(since)
        ));
        let d = row.make(
            &T16,
            Outcome {
                counted_from: Some(start),
                due: None,
                uncovered: Vec::new(),
                status: DeadlineStatus::Paused,
                done_on: None,
                note: notes.join("；"),
            },
        );
        return (d, true);
    }
    let end = input
        .calendar
        .period_end(start, rule.days + paused_days + extra, rule.day_count);
    let status = judge(end.due, closed, row.today);
    if status == DeadlineStatus::Overdue {
        notes.push("已逾期：当事人可就该争议事项向人民法院提起诉讼".into());
    }
    (
        row.make(
            &T16,
            Outcome {
                counted_from: Some(start),
                due: Some(end.due),
                uncovered: end.uncovered_years,
                status,
                done_on: closed,
                note: notes.join("；"),
            },
        ),
        false,
    )
}

/// Days from `from` to `to` in the rule's unit (the start day not counted).
fn days_between(cal: &Calendar, from: Date, to: Date, count: DayCount) -> u32 {
    match count {
        DayCount::Calendar => (to - from).whole_days().max(0) as u32,
        DayCount::Working => {
            let mut day = from;
            let mut n = 0;
            while day < to {
                day = day.next_day().unwrap_or(to);
                if cal.is_working_day(day) {
                    n += 1;
                }
            }
            n
        }
    }
}
