//! The figures of the statistics dashboard, as they cross IPC.
use crate::mediation::OrgCategory;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which figures: a date range (inclusive, YYYY-MM-DD) and optionally one organisation
/// (the organisation filter applies to the mediation figures only).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatsQuery {
    pub from: String,
    pub to: String,
    #[ts(optional)]
    pub org_id: Option<String>,
}

/// A labelled count: `key` is the stored value (e.g. `online_video`), `label` Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Count {
    pub key: String,
    pub label: String,
    #[ts(type = "number")]
    pub count: i64,
}

/// One organisation's mediation figures in the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgRow {
    pub org_id: String,
    pub name: String,
    pub category: OrgCategory,
    /// Cases applied for in the range.
    #[ts(type = "number")]
    pub cases: i64,
    #[ts(type = "number")]
    pub online: i64,
    #[ts(type = "number")]
    pub offline: i64,
    /// Cases concluded in the range, and of those with an agreement.
    #[ts(type = "number")]
    pub concluded: i64,
    #[ts(type = "number")]
    pub agreements: i64,
    /// agreements ÷ concluded; null when nothing was concluded.
    pub success_rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CategoryRow {
    pub category: OrgCategory,
    pub label: String,
    /// Organisations of the category in the registry (active ones).
    #[ts(type = "number")]
    pub organizations: i64,
    #[ts(type = "number")]
    pub cases: i64,
    #[ts(type = "number")]
    pub concluded: i64,
    #[ts(type = "number")]
    pub agreements: i64,
    pub success_rate: Option<f64>,
}

/// A month of the range (`2026-03`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthRow {
    pub month: String,
    #[ts(type = "number")]
    pub mediation_cases: i64,
    #[ts(type = "number")]
    pub online: i64,
    #[ts(type = "number")]
    pub agreements: i64,
    #[ts(type = "number")]
    pub arbitration_cases: i64,
    #[ts(type = "number")]
    pub intake_items: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationStats {
    /// Cases whose application was received in the range.
    #[ts(type = "number")]
    pub cases: i64,
    /// Of those, conducted by video or phone (线上) and in person (线下).
    #[ts(type = "number")]
    pub online: i64,
    #[ts(type = "number")]
    pub offline: i64,
    pub by_mode: Vec<Count>,
    /// Cases concluded in the range (agreement or none), and of those with an agreement.
    #[ts(type = "number")]
    pub concluded: i64,
    #[ts(type = "number")]
    pub agreements: i64,
    /// Applied for in the range and still open today.
    #[ts(type = "number")]
    pub open: i64,
    pub success_rate: Option<f64>,
    /// The definitions shown beside the figures.
    pub rate_definition: String,
    pub online_definition: String,
    pub by_org: Vec<OrgRow>,
    pub by_category: Vec<CategoryRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ArbitrationStats {
    /// Cases received in the range, by their status today.
    #[ts(type = "number")]
    pub received: i64,
    pub by_status: Vec<Count>,
    pub by_procedure: Vec<Count>,
    /// Cases closed in the range, by closure type.
    #[ts(type = "number")]
    pub closed: i64,
    pub by_closure: Vec<Count>,
    /// Of the cases received in the range that had a hearing, those heard online (an
    /// online or mixed hearing).
    #[ts(type = "number")]
    pub heard: i64,
    #[ts(type = "number")]
    pub heard_online: i64,
    pub online_share: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeStats {
    /// Received in the range.
    #[ts(type = "number")]
    pub received: i64,
    /// Closed in the range.
    #[ts(type = "number")]
    pub closed: i64,
    /// Received in the range and turned into a case.
    #[ts(type = "number")]
    pub converted: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceStats {
    /// Services logged in the range (the sum of the counts).
    #[ts(type = "number")]
    pub total: i64,
    pub by_kind: Vec<Count>,
    #[ts(type = "number")]
    pub publicity_events: i64,
    #[ts(type = "number")]
    pub publicity_participants: i64,
}

/// The registry as it stands (not limited to the range).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegistryStats {
    #[ts(type = "number")]
    pub organizations: i64,
    #[ts(type = "number")]
    pub active: i64,
    #[ts(type = "number")]
    pub mediators: i64,
    pub by_category: Vec<Count>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Statistics {
    pub from: String,
    pub to: String,
    pub org_id: Option<String>,
    pub registry: RegistryStats,
    pub mediation: MediationStats,
    pub arbitration: ArbitrationStats,
    pub intake: IntakeStats,
    pub services: ServiceStats,
    pub by_month: Vec<MonthRow>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

/// What to export. CSV holds one table; XLSX holds the summary, the organisations and
/// the mediation cases, one sheet each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportTable {
    /// 按调解组织统计 (the rows of the dashboard's organisation table)
    ByOrg,
    /// 调解案件明细 (every mediation case of the range)
    MediationCases,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportInput {
    pub query: StatsQuery,
    pub format: ExportFormat,
    /// For CSV; XLSX holds every table.
    pub table: ExportTable,
    /// Absolute path; the extension is added when missing.
    pub path: String,
}

/// Progress of an export, sent as it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportProgress {
    #[ts(type = "number")]
    pub done: i64,
    #[ts(type = "number")]
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    pub path: String,
    #[ts(type = "number")]
    pub rows: i64,
}
