//! Case numbers (案号): a per-year sequence allocated in the accepting transaction and
//! formatted with the institute's pattern, e.g. `西劳人仲案字〔{year}〕第{seq}号`.
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use sqlx::SqliteConnection;

const PATTERN_KEY: &str = "case_number_pattern";

/// Replaces `{year}`, `{seq}` and `{seq:N}` (zero-padded to N digits).
pub fn format_case_number(pattern: &str, year: i32, seq: i64) -> String {
    let mut out = pattern.replace("{year}", &year.to_string());
    while let Some(start) = out.find("{seq") {
        let Some(len) = out[start..].find('}') else {
            break;
        };
        let spec = &out[start + 4..start + len];
        let width = spec
            .strip_prefix(':')
            .and_then(|w| w.parse::<usize>().ok())
            .unwrap_or(0);
        out.replace_range(start..=start + len, &format!("{seq:0width$}"));
    }
    out
}

fn validate_pattern(pattern: &str) -> Result<String> {
    let pattern = pattern.trim();
    let has_seq =
        pattern.contains("{seq}") || (1..=6).any(|w| pattern.contains(&format!("{{seq:{w}}}")));
    if !has_seq {
        return Err(Error::validation(
            "pattern",
            "pattern_needs_seq",
            "案号格式须包含序号占位符 {seq}",
        ));
    }
    if !pattern.contains("{year}") {
        return Err(Error::validation(
            "pattern",
            "pattern_needs_year",
            "案号格式须包含年份占位符 {year}（序号按年编排）",
        ));
    }
    if pattern.chars().count() > 60 {
        return Err(Error::validation(
            "pattern",
            "pattern_too_long",
            "案号格式过长（最多 60 字）",
        ));
    }
    Ok(pattern.to_owned())
}

pub async fn case_number_pattern(core: &Core) -> Result<String> {
    let mut conn = core.pool().acquire().await?;
    read_pattern(&mut conn).await
}

async fn read_pattern(conn: &mut SqliteConnection) -> Result<String> {
    let (value,): (String,) = sqlx::query_as("SELECT value FROM settings WHERE key = ?")
        .bind(PATTERN_KEY)
        .fetch_one(conn)
        .await?;
    Ok(value)
}

/// Changes the pattern for numbers allocated from now on. Administrators only.
pub async fn set_case_number_pattern(core: &Core, actor: &Actor, pattern: &str) -> Result<String> {
    actor.require_admin()?;
    let pattern = validate_pattern(pattern)?;
    let mut tx = core.begin_write().await?;
    let old = read_pattern(&mut tx).await?;
    sqlx::query("UPDATE settings SET value = ?, updated_at = ?, updated_by = ? WHERE key = ?")
        .bind(&pattern)
        .bind(to_rfc3339(core.now()))
        .bind(actor.user_id.to_string())
        .bind(PATTERN_KEY)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "settings.case_number_pattern",
            entity_type: "settings",
            entity_id: Some(PATTERN_KEY.into()),
            summary: format!("案号格式由「{old}」改为「{pattern}」"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(pattern)
}

/// Takes the next number of `year`. Must run inside the caller's write transaction,
/// which makes it atomic: two acceptances never get the same number.
pub(super) async fn allocate(conn: &mut SqliteConnection, year: i32) -> Result<(i64, String)> {
    let (seq,): (i64,) = sqlx::query_as(
        "INSERT INTO case_counters (year, last_seq) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1
         RETURNING last_seq",
    )
    .bind(year)
    .fetch_one(&mut *conn)
    .await?;
    let pattern = read_pattern(conn).await?;
    Ok((seq, format_case_number(&pattern, year, seq)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_seed_pattern() {
        assert_eq!(
            format_case_number("西劳人仲案字〔{year}〕第{seq}号", 2024, 15),
            "西劳人仲案字〔2024〕第15号"
        );
        assert_eq!(
            format_case_number("XF-{year}-{seq:4}", 2026, 7),
            "XF-2026-0007"
        );
    }

    #[test]
    fn a_pattern_needs_year_and_sequence() {
        assert_eq!(
            validate_pattern("劳人仲案字第{seq}号").unwrap_err().reason,
            "pattern_needs_year"
        );
        assert_eq!(
            validate_pattern("劳人仲案字〔{year}〕").unwrap_err().reason,
            "pattern_needs_seq"
        );
        assert!(validate_pattern(" 西劳人仲案字〔{year}〕第{seq:3}号 ").is_ok());
    }
}
