//! Core integration tests: each test opens its own real SQLite file.
mod advisories;
mod audit;
mod auth;
mod bindings;
mod calendar;
mod case_editing;
pub mod cases;
mod closure;
mod db;
mod deadlines;
mod hearings;
mod intake;
pub mod merge;
pub mod procedure;
mod search;
mod signoff;
mod support;
mod tribunal;
