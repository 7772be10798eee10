use crate::error::{Error, Result};
use std::fmt;

/// A mainland mobile number, stored as its 11 digits (rule M3, domain doc §10.3).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mobile(String);

impl Mobile {
    pub fn parse(raw: &str) -> Result<Self> {
        let compact = super::normalise_code(raw);
        let digits = compact
            .strip_prefix("+86")
            .or_else(|| compact.strip_prefix("0086"))
            .unwrap_or(&compact);
        let bytes = digits.as_bytes();
        let valid = bytes.len() == 11
            && bytes.iter().all(u8::is_ascii_digit)
            && bytes[0] == b'1'
            && (b'3'..=b'9').contains(&bytes[1]);
        if valid {
            Ok(Self(digits.to_owned()))
        } else {
            Err(Error::validation(
                "mobile",
                "mobile_invalid",
                "手机号格式不正确：应为 11 位中国大陆手机号，以 13–19 开头",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl fmt::Display for Mobile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn m3_accepts_plain_and_prefixed_numbers() {
        for raw in [
            "13800138000",
            "+86 138 0013 8000",
            "0086-138-0013-8000",
            "+8613800138000",
            "１３８００１３８０００",
        ] {
            assert_eq!(Mobile::parse(raw).unwrap().as_str(), "13800138000", "{raw}");
        }
        for ok in ["19212345678", "16612345678", "17012345678"] {
            assert!(Mobile::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn m3_rejects_bad_numbers_with_field() {
        for bad in [
            "12345678901",
            "1380013800",
            "138001380000",
            "1380013800a",
            "",
            "+85213800138000",
        ] {
            let err = Mobile::parse(bad).unwrap_err();
            assert_eq!(err.field.as_deref(), Some("mobile"), "{bad}");
            assert_eq!(err.reason, "mobile_invalid");
        }
    }
}
