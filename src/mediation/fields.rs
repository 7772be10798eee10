//! Checking the fields of mediation and service records: each error names its field.
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date};
use time::Date;

/// Trimmed text, required, at most `max` characters.
pub(super) fn required(value: &str, field: &str, max: usize, message: &str) -> Result<String> {
    optional(Some(value), field, max)?.ok_or_else(|| Error::validation(field, "required", message))
}

/// Trimmed text or None when blank; at most `max` characters.
pub(super) fn optional(value: Option<&str>, field: &str, max: usize) -> Result<Option<String>> {
    let v = value.unwrap_or_default().trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(Error::validation(
            field,
            "text_too_long",
            format!("内容过长（最多 {max} 个字）"),
        ));
    }
    Ok(Some(v.to_owned()))
}

/// A date not after `today`.
pub(super) fn past_date(raw: &str, field: &str, today: Date) -> Result<Date> {
    let d = parse_date(raw, field)?;
    if d > today {
        return Err(Error::validation(
            field,
            "date_in_future",
            "日期不能晚于今天",
        ));
    }
    Ok(d)
}

/// A telephone number: a mobile or a landline (digits, with spaces, dashes, brackets or a
/// leading +), normalised to digits and dashes.
pub(super) fn phone(raw: &str, field: &str) -> Result<String> {
    let v = raw.trim();
    let ok_chars = v
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '（' | '）' | '+'));
    let digits = v.chars().filter(char::is_ascii_digit).count();
    if v.is_empty() {
        return Err(Error::validation(field, "required", "请填写联系电话"));
    }
    if !ok_chars || !(7..=20).contains(&digits) {
        return Err(Error::validation(
            field,
            "phone_invalid",
            "联系电话格式不正确（手机号或带区号的固定电话）",
        ));
    }
    Ok(v.to_owned())
}

pub(super) fn iso(d: Date) -> String {
    format_date(d)
}
