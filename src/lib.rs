//! Yunting core: every rule of the app lives here, free of any UI framework, so that
//! the Tauri shell stays a thin adapter and the behaviour is testable with `cargo test`.

/// Generates `as_str`/`parse` for a snake_case enum stored as TEXT.
macro_rules! stored_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

pub mod actor;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod cases;
pub mod clock;
pub mod closure;
pub mod consent;
pub mod db;
pub mod deadlines;
pub mod demo;
pub mod documents;
pub mod error;
mod fields;
pub mod hearings;
pub mod intake;
pub mod mediation;
pub mod merge;
pub mod minutes;
pub mod procedure;
pub mod search;
pub mod statistics;
pub mod tribunal;
pub mod types;

pub use actor::Actor;
pub use clock::{Clock, SystemClock};
pub use db::Core;
pub use error::{Error, ErrorCode, Result};
