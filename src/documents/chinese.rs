//! Dates as official documents write them: 二〇二六年十一月三十日.
use time::Date;

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn small(n: u32) -> String {
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", DIGITS[(n - 10) as usize]),
        _ if n.is_multiple_of(10) => format!("{}十", DIGITS[(n / 10) as usize]),
        _ => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            DIGITS[(n % 10) as usize]
        ),
    }
}

pub fn chinese_date(d: Date) -> String {
    let year: String = d
        .year()
        .to_string()
        .chars()
        .map(|c| DIGITS[c.to_digit(10).unwrap_or(0) as usize])
        .collect();
    format!(
        "{year}年{}月{}日",
        small(d.month() as u32),
        small(u32::from(d.day()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn writes_dates_the_official_way() {
        assert_eq!(
            chinese_date(date!(2026 - 11 - 30)),
            "二〇二六年十一月三十日"
        );
        assert_eq!(chinese_date(date!(2025 - 01 - 09)), "二〇二五年一月九日");
        assert_eq!(
            chinese_date(date!(2024 - 10 - 21)),
            "二〇二四年十月二十一日"
        );
        assert_eq!(chinese_date(date!(2030 - 12 - 10)), "二〇三〇年十二月十日");
    }
}
