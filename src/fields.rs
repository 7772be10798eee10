//! Checks of free-text and date input shared by every module: each error names its field,
//! so the UI can show it under that field.
use crate::error::{Error, Result};
use crate::types::parse_date;
use time::Date;

/// The text trimmed, blank allowed, at most `max` characters.
pub(crate) fn bounded<'a>(value: &'a str, field: &str, max: usize) -> Result<&'a str> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(Error::validation(
            field,
            "text_too_long",
            format!("内容过长（最多 {max} 个字）"),
        ));
    }
    Ok(v)
}

/// The text trimmed and required (`message` says what to fill in), at most `max` characters.
pub(crate) fn required(value: &str, field: &str, max: usize, message: &str) -> Result<String> {
    optional(Some(value), field, max)?.ok_or_else(|| Error::validation(field, "required", message))
}

/// The text trimmed, or None when blank; at most `max` characters.
pub(crate) fn optional(value: Option<&str>, field: &str, max: usize) -> Result<Option<String>> {
    let v = bounded(value.unwrap_or_default(), field, max)?;
    Ok((!v.is_empty()).then(|| v.to_owned()))
}

/// A date (YYYY-MM-DD) not after `today`: the day something already happened.
pub(crate) fn past_date(raw: &str, field: &str, today: Date) -> Result<Date> {
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

/// A range of days, `from` to `to` inclusive, not reversed.
pub(crate) fn date_range(from: &str, to: &str) -> Result<(Date, Date)> {
    let first = parse_date(from, "from")?;
    let last = parse_date(to, "to")?;
    if last < first {
        return Err(Error::validation(
            "to",
            "range_reversed",
            "结束日期不能早于开始日期",
        ));
    }
    Ok((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_bounded_and_blank_is_none() {
        assert_eq!(
            optional(Some("  调解  "), "f", 2).unwrap().as_deref(),
            Some("调解")
        );
        assert_eq!(optional(Some("   "), "f", 2).unwrap(), None);
        assert_eq!(optional(None, "f", 2).unwrap(), None);
        let long = optional(Some("调解书"), "note", 2).unwrap_err();
        assert_eq!(long.field.as_deref(), Some("note"));
        assert_eq!(long.reason, "text_too_long");
        let blank = required(" ", "topic", 10, "请填写主题").unwrap_err();
        assert_eq!(
            (blank.reason.as_str(), blank.message.as_str()),
            ("required", "请填写主题")
        );
    }

    #[test]
    fn a_past_date_is_not_after_today() {
        let today = parse_date("2026-11-30", "d").unwrap();
        assert!(past_date("2026-11-30", "d", today).is_ok());
        assert_eq!(
            past_date("2026-12-01", "d", today).unwrap_err().reason,
            "date_in_future"
        );
        assert_eq!(
            past_date("2026-13-01", "d", today)
                .unwrap_err()
                .field
                .as_deref(),
            Some("d")
        );
    }
}
