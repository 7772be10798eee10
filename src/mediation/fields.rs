//! Checking the fields of mediation and service records: each error names its field.
use crate::error::{Error, Result};
pub(super) use crate::fields::{optional, past_date, required};
use crate::types::format_date;
use time::Date;

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
