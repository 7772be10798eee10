//! The statistics dashboard's figures over a date range — mediation before arbitration
//! (per organisation and category, online and offline, the success rate with its
//! definition), arbitration cases, intake items and services — and their export to CSV
//! and XLSX.
mod export;
mod model;
mod queries;

pub use export::export_statistics;
pub use model::*;
pub use queries::statistics;
