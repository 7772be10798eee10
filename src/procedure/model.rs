//! The types of the summary-procedure checklist and decisions that cross IPC.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Met,
    NotMet,
    /// Waits for an arbitrator's signed attestation.
    NeedsAttestation,
    /// Waits for reference data an admin maintains (the provincial wage).
    NeedsData,
    /// Does not apply to this case.
    NotRequired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ItemGroup {
    /// Rules Art. 56: any one ground suffices.
    Grounds,
    /// Rules Art. 57: each must be absent.
    Exclusions,
    /// Consents and signatures (G4, H6).
    Consents,
    /// Online hearing (H1, H2): shown, not required for summary handling.
    Online,
    Identity,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    /// Item code of the rule set, e.g. `G1b`, `G2_whereabouts`, `H6`.
    pub code: String,
    /// The rule id of the domain document (G1, G2, ...).
    pub rule: String,
    pub group: ItemGroup,
    pub status: ItemStatus,
    /// Must be met before summary handling can be decided.
    pub required: bool,
    /// An arbitrator may attest this item.
    pub attestable: bool,
    pub title: String,
    /// Why the status is what it is, naming parties, amounts and dates.
    pub reason: String,
    pub basis: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleSet {
    pub id: String,
    pub version: u32,
    pub name: String,
    pub effective_on: String,
    pub province: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    ApplySummary,
    ConvertToOrdinary,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureDecision {
    pub id: String,
    pub kind: DecisionKind,
    pub decided_on: String,
    pub reason: String,
    pub sole_arbitrator_id: Option<String>,
    pub rule_set_id: String,
    /// The checklist as it stood when decided.
    pub snapshot: Vec<ChecklistItem>,
    pub decided_at: String,
    pub decided_by_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct CaseTask {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub due_on: Option<String>,
    pub done_at: Option<String>,
    pub done_note: Option<String>,
}

/// The checklist of a case, or of the merged group it belongs to (evaluated on the
/// lead case, with the amounts of every case in the group).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Checklist {
    pub lead_case_id: String,
    pub group_case_ids: Vec<String>,
    pub rule_set: RuleSet,
    pub items: Vec<ChecklistItem>,
    /// Every required item is met.
    pub ready: bool,
    pub procedure: crate::cases::Procedure,
    pub decisions: Vec<ProcedureDecision>,
    pub tasks: Vec<CaseTask>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttestInput {
    pub item: String,
    /// For G1a: the facts are clear and the dispute small. For a G2 item: the
    /// exclusion is present.
    pub holds: bool,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecideSummaryInput {
    pub decided_on: String,
    /// Assign this arbitrator as sole arbitrator (Rules Art. 56).
    #[ts(optional)]
    pub sole_arbitrator_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConvertInput {
    pub decided_on: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AverageWage {
    pub province: String,
    pub year: i32,
    /// In fen.
    #[ts(type = "number")]
    pub amount_fen: i64,
    /// Where the figure was published.
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AverageWageInput {
    pub province: String,
    pub year: i32,
    /// Money as typed (`98,765.00`).
    pub amount: String,
    pub source: String,
}
