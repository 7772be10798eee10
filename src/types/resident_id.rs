use crate::error::{Error, Result};
use std::fmt;
use time::{Date, Month};

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS: &[u8; 11] = b"10X98765432";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// An 18-character citizen ID number (GB 11643-1999, rule M1, domain doc §10.1).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ResidentId(String);

impl ResidentId {
    /// Parses and checks structure, birth date (a real date not after `today`) and the
    /// MOD 11-2 check character. A lower-case `x` is accepted and normalised.
    pub fn parse(raw: &str, today: Date) -> Result<Self> {
        let id = super::normalise_code(raw).to_ascii_uppercase();
        let invalid =
            |reason: &str, message: &str| Error::validation("residentId", reason, message);
        if id.len() == 15 && id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(
                "resident_id_legacy",
                "这是 15 位旧版身份证号码，请提供 18 位公民身份号码",
            ));
        }
        let bytes = id.as_bytes();
        if bytes.len() != 18
            || !bytes[..17].iter().all(u8::is_ascii_digit)
            || !(bytes[17].is_ascii_digit() || bytes[17] == b'X')
        {
            return Err(invalid(
                "resident_id_format",
                "身份证号码格式不正确：应为 18 位，前 17 位为数字，末位为数字或 X",
            ));
        }
        if birth_date(&id).is_none_or(|d| d > today) {
            return Err(invalid(
                "resident_id_birth_date",
                "身份证号码中的出生日期无效",
            ));
        }
        if check_char(&bytes[..17]) != bytes[17] {
            return Err(invalid(
                "resident_id_checksum",
                "身份证号码校验位不正确，请核对号码",
            ));
        }
        Ok(Self(id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn birth_date(&self) -> Date {
        birth_date(&self.0).expect("checked when parsed")
    }

    pub fn sex(&self) -> Sex {
        if (self.0.as_bytes()[16] - b'0') % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// Masked for lists: `620102********1234`.
    pub fn masked(&self) -> String {
        format!("{}********{}", &self.0[..6], &self.0[14..])
    }
}

fn birth_date(id: &str) -> Option<Date> {
    let year: i32 = id.get(6..10)?.parse().ok()?;
    let month: u8 = id.get(10..12)?.parse().ok()?;
    let day: u8 = id.get(12..14)?.parse().ok()?;
    if year < 1800 {
        return None;
    }
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

fn check_char(first17: &[u8]) -> u8 {
    let sum: u32 = first17
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    CHECK_CHARS[(sum % 11) as usize]
}

impl fmt::Display for ResidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 29);

    #[test]
    fn m1_accepts_the_standard_vectors() {
        for id in [
            "11010519491231002X",
            "440524188001010014",
            "513101198201130014",
            "370101190102039973",
        ] {
            assert!(ResidentId::parse(id, TODAY).is_ok(), "{id}");
        }
        let lower = ResidentId::parse("11010519491231002x", TODAY).unwrap();
        assert_eq!(lower.as_str(), "11010519491231002X");
        assert_eq!(lower.sex(), Sex::Female);
        assert_eq!(lower.birth_date(), date!(1949 - 12 - 31));
        assert_eq!(lower.masked(), "110105********002X");
    }

    #[test]
    fn m1_rejects_wrong_check_character() {
        let err = ResidentId::parse("110105194912310021", TODAY).unwrap_err();
        assert_eq!(err.reason, "resident_id_checksum");
        assert_eq!(err.field.as_deref(), Some("residentId"));
    }

    #[test]
    fn m1_rejects_impossible_or_future_birth_dates() {
        // 1949-02-30 does not exist; check digit recomputed so only the date is wrong.
        let mut body = b"11010519490230002".to_vec();
        body.push(check_char(&body));
        let id = String::from_utf8(body).unwrap();
        assert_eq!(
            ResidentId::parse(&id, TODAY).unwrap_err().reason,
            "resident_id_birth_date"
        );
        let mut future = b"11010520300101002".to_vec();
        future.push(check_char(&future));
        let id = String::from_utf8(future).unwrap();
        assert_eq!(
            ResidentId::parse(&id, TODAY).unwrap_err().reason,
            "resident_id_birth_date"
        );
    }

    #[test]
    fn m1_rejects_bad_shapes_and_flags_legacy_numbers() {
        assert_eq!(
            ResidentId::parse("11010519491231002", TODAY)
                .unwrap_err()
                .reason,
            "resident_id_format"
        );
        assert_eq!(
            ResidentId::parse("1101051949123100XX", TODAY)
                .unwrap_err()
                .reason,
            "resident_id_format"
        );
        assert_eq!(
            ResidentId::parse("110105491231002", TODAY)
                .unwrap_err()
                .reason,
            "resident_id_legacy"
        );
    }
}
