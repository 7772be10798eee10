//! Account fields: what a user name, a display name and a password may be.
use crate::error::{Error, Result};
use std::fmt;

/// 3–32 ASCII letters, digits, `_`, `.`, `-`; compared case-insensitively, stored lower-case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Self> {
        let name = raw.trim().to_ascii_lowercase();
        let ok = (3..=32).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
        if ok {
            Ok(Self(name))
        } else {
            Err(Error::validation(
                "username",
                "username_invalid",
                "用户名应为 3–32 位字母、数字或 _ . -",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's name as shown in the app: 1–40 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self> {
        let name = raw.trim();
        let len = name.chars().count();
        if (1..=40).contains(&len) && !name.chars().any(char::is_control) {
            Ok(Self(name.to_owned()))
        } else {
            Err(Error::validation(
                "displayName",
                "display_name_invalid",
                "姓名应为 1–40 个字符",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: at least 8 characters, at most 128. Never logged or displayed.
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 8;

    pub fn parse(raw: &str, field: &str) -> Result<Self> {
        let len = raw.chars().count();
        if len < Self::MIN_CHARS {
            return Err(Error::validation(
                field,
                "password_too_short",
                "密码至少 8 个字符",
            ));
        }
        if len > 128 {
            return Err(Error::validation(
                field,
                "password_too_long",
                "密码最多 128 个字符",
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn username_is_normalised_and_bounded() {
        assert_eq!(
            Username::parse("  Zhao.Li_01 ").unwrap().as_str(),
            "zhao.li_01"
        );
        for bad in ["ab", "赵丽", "has space", &"x".repeat(33)] {
            assert_eq!(
                Username::parse(bad).unwrap_err().field.as_deref(),
                Some("username")
            );
        }
    }

    #[test]
    fn display_name_accepts_chinese_and_rejects_empty() {
        assert_eq!(DisplayName::parse(" 赵丽 ").unwrap().as_str(), "赵丽");
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"名".repeat(41)).is_err());
    }

    #[test]
    fn password_needs_eight_characters_and_hides_itself() {
        assert_eq!(
            Password::parse("1234567", "password").unwrap_err().reason,
            "password_too_short"
        );
        let p = Password::parse("密码安全很重要啊", "password").unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }
}
