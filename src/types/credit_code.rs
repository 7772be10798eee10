use crate::error::{Error, Result};
use std::fmt;

const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// An 18-character unified social credit code (GB 32100-2015, rule M2, domain doc §10.2).
///
/// Real codes occasionally fail the check, so callers may accept one through
/// [`CreditCode::parse_unchecked_checksum`] when a clerk overrides with a logged reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreditCode(String);

impl CreditCode {
    pub fn parse(raw: &str) -> Result<Self> {
        let code = Self::parse_unchecked_checksum(raw)?;
        let b = code.0.as_bytes();
        if check_char(&b[..17]) != b[17] {
            return Err(Error::validation(
                "creditCode",
                "credit_code_checksum",
                "统一社会信用代码校验位不正确，请核对；确属真实代码的，可由书记员说明理由后登记",
            ));
        }
        Ok(code)
    }

    /// Checks everything except the check character.
    pub fn parse_unchecked_checksum(raw: &str) -> Result<Self> {
        let code = super::normalise_code(raw).to_ascii_uppercase();
        let b = code.as_bytes();
        let shape_ok = b.len() == 18
            && b.iter().all(|c| CHARSET.contains(c))
            && b[2..8].iter().all(u8::is_ascii_digit);
        if !shape_ok {
            return Err(Error::validation(
                "creditCode",
                "credit_code_format",
                "统一社会信用代码格式不正确：应为 18 位，不含 I、O、Z、S、V，第 3–8 位为数字",
            ));
        }
        Ok(Self(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn value(c: u8) -> u32 {
    CHARSET.iter().position(|x| *x == c).unwrap_or(0) as u32
}

fn check_char(first17: &[u8]) -> u8 {
    let sum: u32 = first17
        .iter()
        .zip(WEIGHTS)
        .map(|(c, w)| value(*c) * w)
        .sum();
    let check = (31 - sum % 31) % 31;
    CHARSET[check as usize]
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn m2_accepts_the_standard_vectors() {
        for code in [
            "91350100M000100Y43",
            "11320000MB151840XJ",
            "9131000063159284XQ",
            " 9131-0000-6315-9284-xq ",
        ] {
            assert!(CreditCode::parse(code).is_ok(), "{code}");
        }
    }

    #[test]
    fn m2_rejects_wrong_check_character_but_allows_override() {
        let err = CreditCode::parse("91350211M0000XUF46").unwrap_err();
        assert_eq!(err.reason, "credit_code_checksum");
        assert!(CreditCode::parse_unchecked_checksum("91350211M0000XUF46").is_ok());
        assert_eq!(check_char(b"91350211M0000XUF4"), b'R');
        // The standard's counter-example ends in Z, which is not even in the alphabet.
        assert_eq!(
            CreditCode::parse("91350100M000100Y4Z").unwrap_err().reason,
            "credit_code_format"
        );
    }

    #[test]
    fn m2_rejects_bad_shapes() {
        for code in [
            "91350100M000100Y4",
            "91350100M000100YI3",
            "913501A0M000100Y43",
        ] {
            let err = CreditCode::parse(code).unwrap_err();
            assert_eq!(err.reason, "credit_code_format", "{code}");
            assert_eq!(err.field.as_deref(), Some("creditCode"));
        }
    }
}
