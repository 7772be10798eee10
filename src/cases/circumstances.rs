//! The facts a clerk records at intake for the warnings of A6–A8: when the worker knew
//! of the infringement, whether the employment still subsists, limitation interruptions
//! and suspensions, and the kind of dispute (dispatch, unlicensed employer, collective
//! contract). Warnings are derived from them in `advisories`.
use super::{lifecycle, require_case_writer};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date, shanghai_today};
use serde::{Deserialize, Serialize};
use sqlx::{Row, SqliteConnection};
use time::Date;
use ts_rs::TS;

use super::model::{CaseFile, CaseStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentStatus {
    #[default]
    Unknown,
    /// 劳动关系存续
    Ongoing,
    /// 劳动关系已解除或终止
    Ended,
}

stored_enum!(EmploymentStatus { Unknown => "unknown", Ongoing => "ongoing", Ended => "ended" });

/// Dates are `YYYY-MM-DD`; `null` when not recorded.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Circumstances {
    /// The day the worker knew or should have known of the infringement.
    pub knew_on: Option<String>,
    pub employment_status: EmploymentStatus,
    pub employment_ended_on: Option<String>,
    /// The latest interruption of the limitation (时效中断).
    pub limitation_interrupted_on: Option<String>,
    /// Days the limitation was suspended (时效中止).
    pub limitation_suspended_days: u32,
    /// A labour-dispatch dispute (劳务派遣).
    pub dispatch_dispute: bool,
    /// The employer is unlicensed, its licence revoked, or it was dissolved.
    pub employer_unlicensed: bool,
    /// A dispute over performing a collective contract.
    pub collective_contract: bool,
}

/// Validated dates, for the limitation arithmetic.
pub(super) struct LimitationDates {
    pub knew_on: Option<Date>,
    pub ended_on: Option<Date>,
    pub interrupted_on: Option<Date>,
}

impl Circumstances {
    pub(super) fn dates(&self) -> LimitationDates {
        let date = |v: &Option<String>| v.as_deref().and_then(|d| parse_date(d, "").ok());
        LimitationDates {
            knew_on: date(&self.knew_on),
            ended_on: date(&self.employment_ended_on),
            interrupted_on: date(&self.limitation_interrupted_on),
        }
    }
}

pub(super) async fn load(conn: &mut SqliteConnection, case_id: &str) -> Result<Circumstances> {
    let row = sqlx::query(
        "SELECT knew_on, employment_status, employment_ended_on, limitation_interrupted_on,
                limitation_suspended_days, dispatch_dispute, employer_unlicensed, collective_contract
         FROM case_circumstances WHERE case_id = ?",
    )
    .bind(case_id)
    .fetch_optional(conn)
    .await?;
    let Some(r) = row else {
        return Ok(Circumstances::default());
    };
    Ok(Circumstances {
        knew_on: r.try_get("knew_on")?,
        employment_status: EmploymentStatus::parse(r.try_get("employment_status")?)
            .unwrap_or_default(),
        employment_ended_on: r.try_get("employment_ended_on")?,
        limitation_interrupted_on: r.try_get("limitation_interrupted_on")?,
        limitation_suspended_days: u32::try_from(r.try_get::<i64, _>("limitation_suspended_days")?)
            .unwrap_or(0),
        dispatch_dispute: r.try_get("dispatch_dispute")?,
        employer_unlicensed: r.try_get("employer_unlicensed")?,
        collective_contract: r.try_get("collective_contract")?,
    })
}

fn optional_date(value: &Option<String>, field: &str, today: Date) -> Result<Option<Date>> {
    match value.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(None),
        Some(raw) => {
            let date = parse_date(raw, field)?;
            if date > today {
                return Err(Error::validation(
                    field,
                    "date_in_future",
                    "日期不能晚于今天",
                ));
            }
            Ok(Some(date))
        }
    }
}

fn validate(input: &Circumstances, today: Date) -> Result<Circumstances> {
    let knew = optional_date(&input.knew_on, "knewOn", today)?;
    let ended = optional_date(&input.employment_ended_on, "employmentEndedOn", today)?;
    let interrupted = optional_date(
        &input.limitation_interrupted_on,
        "limitationInterruptedOn",
        today,
    )?;
    match (input.employment_status, ended) {
        (EmploymentStatus::Ended, None) => {
            return Err(Error::validation(
                "employmentEndedOn",
                "required",
                "劳动关系已解除或终止的，请填写解除或终止日期",
            ));
        }
        (EmploymentStatus::Unknown | EmploymentStatus::Ongoing, Some(_)) => {
            return Err(Error::validation(
                "employmentEndedOn",
                "not_applicable",
                "劳动关系存续或情况不明时不填写终止日期",
            ));
        }
        _ => {}
    }
    if let (Some(k), Some(i)) = (knew, interrupted)
        && i < k
    {
        return Err(Error::validation(
            "limitationInterruptedOn",
            "date_too_early",
            "时效中断日期不能早于知道或者应当知道权利被侵害之日",
        ));
    }
    if input.limitation_suspended_days > 3_650 {
        return Err(Error::validation(
            "limitationSuspendedDays",
            "out_of_range",
            "时效中止天数应在 0 到 3650 之间",
        ));
    }
    Ok(Circumstances {
        knew_on: knew.map(format_date),
        employment_ended_on: ended.map(format_date),
        limitation_interrupted_on: interrupted.map(format_date),
        ..input.clone()
    })
}

/// Records (or replaces) the circumstances; audited with the values written.
pub async fn set_circumstances(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: Circumstances,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let valid = validate(&input, shanghai_today(core.now()))?;
    let mut tx = core.begin_write().await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    if matches!(
        file.summary.status,
        CaseStatus::Closed | CaseStatus::NotAccepted
    ) {
        return Err(Error::precondition(
            "case_not_open",
            "案件已结案或不予受理，不能再修改",
        ));
    }
    let now = to_rfc3339(core.now());
    sqlx::query(
        "INSERT INTO case_circumstances (case_id, knew_on, employment_status, employment_ended_on,
             limitation_interrupted_on, limitation_suspended_days, dispatch_dispute, employer_unlicensed,
             collective_contract, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (case_id) DO UPDATE SET
             knew_on = excluded.knew_on, employment_status = excluded.employment_status,
             employment_ended_on = excluded.employment_ended_on,
             limitation_interrupted_on = excluded.limitation_interrupted_on,
             limitation_suspended_days = excluded.limitation_suspended_days,
             dispatch_dispute = excluded.dispatch_dispute, employer_unlicensed = excluded.employer_unlicensed,
             collective_contract = excluded.collective_contract, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by",
    )
    .bind(case_id)
    .bind(&valid.knew_on)
    .bind(valid.employment_status.as_str())
    .bind(&valid.employment_ended_on)
    .bind(&valid.limitation_interrupted_on)
    .bind(i64::from(valid.limitation_suspended_days))
    .bind(valid.dispatch_dispute)
    .bind(valid.employer_unlicensed)
    .bind(valid.collective_contract)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.circumstances_set",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{}：记录时效与案件情况（{}）",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                describe(&valid)
            ),
        },
    )
    .await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(file)
}

fn describe(c: &Circumstances) -> String {
    let mut parts = Vec::new();
    if let Some(k) = &c.knew_on {
        parts.push(format!("知道权利被侵害之日 {k}"));
    }
    parts.push(match c.employment_status {
        EmploymentStatus::Unknown => "劳动关系情况不明".to_owned(),
        EmploymentStatus::Ongoing => "劳动关系存续".to_owned(),
        EmploymentStatus::Ended => format!(
            "劳动关系于 {} 解除或终止",
            c.employment_ended_on.as_deref().unwrap_or("")
        ),
    });
    if let Some(i) = &c.limitation_interrupted_on {
        parts.push(format!("时效于 {i} 中断"));
    }
    if c.limitation_suspended_days > 0 {
        parts.push(format!("时效中止 {} 日", c.limitation_suspended_days));
    }
    for (on, what) in [
        (c.dispatch_dispute, "劳务派遣争议"),
        (c.employer_unlicensed, "用人单位无照或被吊销、撤销、解散"),
        (c.collective_contract, "履行集体合同争议"),
    ] {
        if on {
            parts.push(what.to_owned());
        }
    }
    parts.join("；")
}
