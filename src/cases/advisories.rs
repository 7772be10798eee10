//! Warnings for the clerk at intake, derived from the case file and its recorded
//! circumstances: the one-year limitation (A6, LDMAL Art. 27), the priority flag for
//! collective disputes (A7, Rules Arts. 5, 62–63) and missing co-parties (A8, LDMAL
//! Art. 22; Rules Art. 6). They never block anything: limitation in particular is
//! raised and decided in the proceedings, so a case is never refused for it.
use super::circumstances::{Circumstances, EmploymentStatus};
use super::model::{CaseFile, ClaimCategory, PartyKind, PartySide};
use crate::types::{format_date, parse_date};
use serde::Serialize;
use std::collections::BTreeMap;
use time::{Date, Duration, Month};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AdvisoryLevel {
    Warning,
    Info,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Advisory {
    /// The rule id of the domain document (A6, A7, A8).
    pub rule: String,
    pub level: AdvisoryLevel,
    /// Stable code for the UI's message, e.g. `limitation_expired`.
    pub code: String,
    /// Values the message names (dates, counts, which claims).
    pub params: BTreeMap<String, String>,
    /// The message in Chinese, as the core words it.
    pub message: String,
    /// The legal basis.
    pub basis: String,
}

const LIMITATION_BASIS: &str = "《劳动争议调解仲裁法》第二十七条";

/// One year after `start`: the same month and day of the next year (the start day is
/// not counted, §6); 29 February falls back to 28 February.
pub fn one_year_after(start: Date) -> Date {
    let year = start.year() + 1;
    Date::from_calendar_date(year, start.month(), start.day())
        .unwrap_or_else(|_| Date::from_calendar_date(year, Month::February, 28).expect("valid"))
}

fn advisory(
    rule: &str,
    level: AdvisoryLevel,
    code: &str,
    params: &[(&str, String)],
    message: String,
    basis: &str,
) -> Advisory {
    Advisory {
        rule: rule.to_owned(),
        level,
        code: code.to_owned(),
        params: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        message,
        basis: basis.to_owned(),
    }
}

/// Which claims a limitation advisory speaks of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Wage,
    Other,
    All,
}

impl Scope {
    fn key(self) -> &'static str {
        match self {
            Scope::Wage => "wage",
            Scope::Other => "other",
            Scope::All => "all",
        }
    }
    fn zh(self) -> &'static str {
        match self {
            Scope::Wage => "劳动报酬类请求",
            Scope::Other => "其他请求",
            Scope::All => "仲裁请求",
        }
    }
}

/// How the year is counted for one group of claims.
enum Limitation {
    /// Wage arrears while the employment subsists: no limit (Art. 27(4)).
    NoLimit,
    /// The start date is not recorded.
    Unknown,
    Runs {
        start: Date,
        end: Date,
    },
}

fn limitation_for(wage: bool, c: &Circumstances) -> Limitation {
    let dates = c.dates();
    let base = match (wage, c.employment_status) {
        (true, EmploymentStatus::Ongoing) => return Limitation::NoLimit,
        (true, EmploymentStatus::Ended) => dates.ended_on,
        _ => dates.knew_on,
    };
    let Some(base) = base else {
        return Limitation::Unknown;
    };
    let start = dates.interrupted_on.map_or(base, |i| i.max(base));
    let end = one_year_after(start) + Duration::days(i64::from(c.limitation_suspended_days));
    Limitation::Runs { start, end }
}

fn limitation(file: &CaseFile, c: &Circumstances, out: &mut Vec<Advisory>) {
    let Ok(received) = parse_date(&file.summary.received_on, "receivedOn") else {
        return;
    };
    let wage = file
        .claims
        .iter()
        .any(|cl| cl.category == ClaimCategory::PayCompensation);
    let other = file
        .claims
        .iter()
        .any(|cl| cl.category != ClaimCategory::PayCompensation);
    let groups: Vec<(Scope, Limitation)> = match (wage, other) {
        (false, false) => return,
        (true, false) => vec![(Scope::All, limitation_for(true, c))],
        (false, true) => vec![(Scope::All, limitation_for(false, c))],
        (true, true) => vec![
            (Scope::Wage, limitation_for(true, c)),
            (Scope::Other, limitation_for(false, c)),
        ],
    };
    for (scope, limit) in groups {
        let claims = ("scope", scope.key().to_owned());
        match limit {
            Limitation::NoLimit => out.push(advisory(
                "A6",
                AdvisoryLevel::Info,
                "limitation_wage_ongoing",
                &[claims],
                format!(
                    "劳动关系存续期间因拖欠劳动报酬发生争议的，{}不受一年仲裁时效的限制",
                    scope.zh()
                ),
                "《劳动争议调解仲裁法》第二十七条第四款",
            )),
            Limitation::Unknown => out.push(advisory(
                "A6",
                AdvisoryLevel::Info,
                "limitation_not_recorded",
                &[claims],
                format!(
                    "未记录{}，无法提示{}的仲裁时效",
                    if scope == Scope::Wage {
                        "劳动关系终止日期"
                    } else {
                        "知道或者应当知道权利被侵害之日"
                    },
                    scope.zh()
                ),
                LIMITATION_BASIS,
            )),
            Limitation::Runs { start, end } if received > end => out.push(advisory(
                "A6",
                AdvisoryLevel::Warning,
                "limitation_expired",
                &[
                    claims,
                    ("start", format_date(start)),
                    ("end", format_date(end)),
                    ("received", format_date(received)),
                ],
                format!(
                    "按记录的日期，{}的一年仲裁时效自 {} 起算，已于 {} 届满，收件日为 {}。仅为提示：时效由当事人主张、仲裁庭审理认定，不得据此不予受理",
                    scope.zh(),
                    format_date(start),
                    format_date(end),
                    format_date(received)
                ),
                LIMITATION_BASIS,
            )),
            Limitation::Runs { start, end } => out.push(advisory(
                "A6",
                AdvisoryLevel::Info,
                "limitation_running",
                &[
                    claims,
                    ("start", format_date(start)),
                    ("end", format_date(end)),
                ],
                format!(
                    "{}的一年仲裁时效自 {} 起算，至 {} 届满；收件时未超过",
                    scope.zh(),
                    format_date(start),
                    format_date(end)
                ),
                LIMITATION_BASIS,
            )),
        }
    }
}

/// A7: ten or more workers on the applicant side, or a collective contract.
fn priority(file: &CaseFile, c: &Circumstances, out: &mut Vec<Advisory>) {
    let workers = file
        .parties
        .iter()
        .filter(|p| p.side == PartySide::Applicant && p.kind == PartyKind::Person)
        .count();
    if workers < 10 && !c.collective_contract {
        return;
    }
    let reason = if workers >= 10 {
        format!("劳动者一方共 {workers} 人")
    } else {
        "因履行集体合同发生争议".to_owned()
    };
    let params = [("workers", workers.to_string())];
    let basis = "《劳动人事争议仲裁办案规则》第五条、第六十二条、第六十三条";
    if file.summary.priority {
        out.push(advisory(
            "A7",
            AdvisoryLevel::Info,
            "collective_workflow",
            &params,
            format!("{reason}：已标记优先立案、优先审理；劳动者一方应推举三至五名代表参加仲裁活动，仲裁庭应由三名仲裁员组成"),
            basis,
        ));
    } else {
        out.push(advisory(
            "A7",
            AdvisoryLevel::Warning,
            "priority_suggested",
            &params,
            format!("{reason}：应当优先立案、优先审理，但本案尚未标记优先"),
            basis,
        ));
    }
}

/// A8: co-parties a dispatch dispute or an unlicensed employer requires.
fn co_parties(file: &CaseFile, c: &Circumstances, out: &mut Vec<Advisory>) {
    let organizations = file
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Organization)
        .count();
    let employer_side = file
        .parties
        .iter()
        .filter(|p| !(p.side == PartySide::Applicant && p.kind == PartyKind::Person))
        .count();
    if c.dispatch_dispute && organizations < 2 {
        out.push(advisory(
            "A8",
            AdvisoryLevel::Warning,
            "dispatch_co_party_missing",
            &[],
            "劳务派遣争议：劳务派遣单位和用工单位应为共同当事人，本案尚未列明两家单位".to_owned(),
            "《劳动争议调解仲裁法》第二十二条第二款",
        ));
    }
    if c.employer_unlicensed && employer_side < 2 {
        out.push(advisory(
            "A8",
            AdvisoryLevel::Warning,
            "unlicensed_co_party_missing",
            &[],
            "用人单位未依法取得营业执照、被吊销营业执照或者被撤销、解散的：应将其出资人、开办单位或者主管部门列为共同当事人".to_owned(),
            "《劳动人事争议仲裁办案规则》第六条",
        ));
    }
}

/// All warnings for a file, limitation first.
pub fn advise(file: &CaseFile, c: &Circumstances) -> Vec<Advisory> {
    let mut out = Vec::new();
    limitation(file, c, &mut out);
    priority(file, c, &mut out);
    co_parties(file, c, &mut out);
    out
}
