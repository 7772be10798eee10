//! The configured length and day type of each deadline (`deadline_rules`).
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::calendar::DayCount;
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineRule {
    pub code: String,
    pub days: u32,
    pub day_count: DayCount,
}

/// The rules by code.
#[derive(Debug, Clone, Default)]
pub struct Rules(HashMap<String, DeadlineRule>);

impl Rules {
    /// The rule for `code`; the §6 defaults if the table lacks it.
    pub fn get(&self, code: &str) -> DeadlineRule {
        self.0
            .get(code)
            .cloned()
            .unwrap_or_else(|| default_rule(code))
    }

    pub fn from_rules(rules: impl IntoIterator<Item = DeadlineRule>) -> Self {
        Self(rules.into_iter().map(|r| (r.code.clone(), r)).collect())
    }
}

fn default_rule(code: &str) -> DeadlineRule {
    let (days, day_count) = match code {
        "T5" => (10, DayCount::Working),
        "T12" => (3, DayCount::Working),
        "T16" => (45, DayCount::Calendar),
        "T17" => (15, DayCount::Calendar),
        _ => (5, DayCount::Working),
    };
    DeadlineRule {
        code: code.to_owned(),
        days,
        day_count,
    }
}

fn parse_count(s: &str) -> DayCount {
    if s == "calendar" {
        DayCount::Calendar
    } else {
        DayCount::Working
    }
}

fn count_str(c: DayCount) -> &'static str {
    match c {
        DayCount::Calendar => "calendar",
        DayCount::Working => "working",
    }
}

pub async fn load_rules(core: &Core) -> Result<Rules> {
    Ok(Rules::from_rules(list(core).await?))
}

async fn list(core: &Core) -> Result<Vec<DeadlineRule>> {
    let rows: Vec<(String, i64, String)> =
        sqlx::query_as("SELECT code, days, day_count FROM deadline_rules ORDER BY CAST(substr(code, 2) AS INTEGER)")
            .fetch_all(core.pool())
            .await?;
    Ok(rows
        .into_iter()
        .map(|(code, days, count)| DeadlineRule {
            code,
            days: days as u32,
            day_count: parse_count(&count),
        })
        .collect())
}

pub async fn list_rules(core: &Core, _actor: &Actor) -> Result<Vec<DeadlineRule>> {
    list(core).await
}

/// Changes one deadline's length or day type. Administrators only; the statutory
/// lengths can be changed too because the official text is UNCONFIRMED.
pub async fn set_rule(core: &Core, actor: &Actor, rule: DeadlineRule) -> Result<DeadlineRule> {
    actor.require_admin()?;
    if !(1..=365).contains(&rule.days) {
        return Err(Error::validation(
            "days",
            "days_invalid",
            "天数应在 1 至 365 之间",
        ));
    }
    let mut tx = core.begin_write().await?;
    let old: Option<(i64, String)> =
        sqlx::query_as("SELECT days, day_count FROM deadline_rules WHERE code = ?")
            .bind(&rule.code)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((old_days, old_count)) = old else {
        return Err(Error::not_found("deadline_rule_not_found", "没有这一期限"));
    };
    sqlx::query("UPDATE deadline_rules SET days = ?, day_count = ?, updated_at = ?, updated_by = ? WHERE code = ?")
        .bind(rule.days)
        .bind(count_str(rule.day_count))
        .bind(to_rfc3339(core.now()))
        .bind(actor.user_id.to_string())
        .bind(&rule.code)
        .execute(&mut *tx)
        .await?;
    let label = |c: &str| {
        if c == "calendar" {
            "自然日"
        } else {
            "工作日"
        }
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "settings.deadline_rule",
            entity_type: "deadline_rule",
            entity_id: Some(rule.code.clone()),
            summary: format!(
                "期限 {} 由 {old_days} 个{}改为 {} 个{}",
                rule.code,
                label(&old_count),
                rule.days,
                label(count_str(rule.day_count))
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(rule)
}
