//! Parse-don't-validate newtypes: a value of one of these types is valid by construction,
//! so code that receives one never checks it again.
mod credit_code;
mod date;
mod mobile;
mod money;
mod resident_id;
mod text;

pub use credit_code::CreditCode;
pub use date::{format_date, parse_date, shanghai_today};
pub use mobile::Mobile;
pub use money::Money;
pub use resident_id::{ResidentId, Sex};
pub use text::{DisplayName, Password, Username};

/// Maps full-width ASCII (common with Chinese IMEs) to half-width and drops white space.
pub(crate) fn normalise_width(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Like [`normalise_width`], also dropping the hyphens people type between digit groups.
pub(crate) fn normalise_code(raw: &str) -> String {
    normalise_width(raw).replace('-', "")
}
