//! Local dates of legal events: `YYYY-MM-DD`, in Asia/Shanghai (UTC+8, no DST).
use crate::error::{Error, Result};
use time::{Date, OffsetDateTime, UtcOffset};

const FORMAT: &[time::format_description::BorrowedFormatItem<'_>] =
    time::macros::format_description!("[year]-[month]-[day]");

pub fn parse_date(raw: &str, field: &str) -> Result<Date> {
    Date::parse(raw.trim(), FORMAT).map_err(|_| {
        Error::validation(
            field,
            "date_invalid",
            "日期格式应为 YYYY-MM-DD，且须为真实日期",
        )
    })
}

pub fn format_date(date: Date) -> String {
    date.format(FORMAT).unwrap_or_default()
}

/// Today's date in China, where statutory periods are counted.
pub fn shanghai_today(now: OffsetDateTime) -> Date {
    let offset = UtcOffset::from_hms(8, 0, 0).unwrap_or(UtcOffset::UTC);
    now.to_offset(offset).date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            parse_date(" 2026-02-28 ", "d").unwrap(),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            parse_date("2026-02-29", "d").unwrap_err().field.as_deref(),
            Some("d")
        );
        assert!(parse_date("2026/02/01", "d").is_err());
        assert_eq!(format_date(date!(2026 - 02 - 01)), "2026-02-01");
    }

    #[test]
    fn today_is_counted_in_china() {
        assert_eq!(
            shanghai_today(datetime!(2026-11-29 16:30 UTC)),
            date!(2026 - 11 - 30)
        );
        assert_eq!(
            shanghai_today(datetime!(2026-11-29 15:59 UTC)),
            date!(2026 - 11 - 29)
        );
    }
}
