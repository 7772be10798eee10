use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of renminbi in integer fen (分). Never a float.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_fen(fen: i64) -> Self {
        Self(fen)
    }

    pub fn fen(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Parses what people type: `1234.56`, `1,234.56`, `1234.56元`, `¥1,234.5`, `-20`.
    /// At most two decimals; thousands separators only between digit groups of three.
    pub fn parse(raw: &str) -> Result<Self> {
        let invalid = || {
            Error::validation(
                "amount",
                "money_invalid",
                "金额格式不正确：请填写数字，最多两位小数，例如 1234.56",
            )
        };
        let s = super::normalise_width(raw);
        let s = s.trim_start_matches(['¥', '￥']).trim_end_matches('元');
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int_part, frac_part) = match s.split_once('.') {
            Some((i, f)) => (i, f),
            None => (s, ""),
        };
        if int_part.is_empty()
            || frac_part.len() > 2
            || !frac_part.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(invalid());
        }
        if s.contains('.') && frac_part.is_empty() {
            return Err(invalid());
        }
        let groups: Vec<&str> = int_part.split(',').collect();
        let grouping_ok = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        if !grouping_ok || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
            return Err(invalid());
        }
        let yuan: i64 = groups.concat().parse().map_err(|_| invalid())?;
        let fen_frac: i64 = format!("{frac_part:0<2}").parse().map_err(|_| invalid())?;
        let fen = yuan
            .checked_mul(100)
            .and_then(|y| y.checked_add(fen_frac))
            .ok_or_else(invalid)?;
        Ok(Self(if negative { -fen } else { fen }))
    }
}

impl fmt::Display for Money {
    /// `¥1,234.56`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let abs = self.0.unsigned_abs();
        let digits = (abs / 100).to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}¥{grouped}.{:02}", abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_spellings() {
        for (raw, fen) in [
            ("1234.56", 123_456),
            ("1,234.56", 123_456),
            ("1234.56元", 123_456),
            ("¥1,234.5", 123_450),
            ("0.07", 7),
            ("1,000,000", 100_000_000),
            ("-20", -2_000),
            ("１２３４.５６", 123_456),
        ] {
            assert_eq!(Money::parse(raw).unwrap().fen(), fen, "{raw}");
        }
    }

    #[test]
    fn rejects_ambiguous_or_malformed_amounts() {
        for raw in [
            "",
            "12.345",
            "1,23.00",
            "12,",
            ".5",
            "5.",
            "abc",
            "1e3",
            "99999999999999999999",
        ] {
            let err = Money::parse(raw).unwrap_err();
            assert_eq!(err.field.as_deref(), Some("amount"), "{raw}");
        }
    }

    #[test]
    fn displays_with_grouping_and_two_decimals() {
        assert_eq!(Money::from_fen(123_456).to_string(), "¥1,234.56");
        assert_eq!(Money::from_fen(5).to_string(), "¥0.05");
        assert_eq!(Money::from_fen(100_000_000).to_string(), "¥1,000,000.00");
        assert_eq!(Money::from_fen(-2_000).to_string(), "-¥20.00");
    }
}
