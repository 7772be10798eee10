//! The types of mediation and closure that cross IPC.
use crate::cases::CaseSummary;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MediationPhase {
    BeforeHearing,
    InHearing,
    AfterHearing,
}
stored_enum!(MediationPhase { BeforeHearing => "before_hearing", InHearing => "in_hearing", AfterHearing => "after_hearing" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MediationMode {
    Video,
    Phone,
    InPerson,
}
stored_enum!(MediationMode { Video => "video", Phone => "phone", InPerson => "in_person" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MediationResult {
    Agreement,
    NoAgreement,
    /// A party refused mediation (counts for J1).
    Refused,
}
stored_enum!(MediationResult { Agreement => "agreement", NoAgreement => "no_agreement", Refused => "refused" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationAttemptInput {
    #[ts(optional)]
    pub hearing_id: Option<String>,
    pub phase: MediationPhase,
    pub mode: MediationMode,
    /// Who mediated: 仲裁员张仲裁、基层调解员王某.
    pub mediators: String,
    pub held_on: String,
    pub result: MediationResult,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationAttempt {
    pub id: String,
    pub hearing_id: Option<String>,
    pub phase: MediationPhase,
    pub mode: MediationMode,
    pub mediators: String,
    pub held_on: String,
    pub result: MediationResult,
    pub note: String,
    pub recorded_at: String,
    pub recorded_by_name: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettlementTermInput {
    pub description: String,
    /// Yuan, e.g. `12000` or `12,000.50`; empty when the term is not a payment.
    #[serde(default)]
    pub amount: String,
    #[ts(optional)]
    pub due_on: Option<String>,
    /// 银行转账、现金 ...
    #[serde(default)]
    pub manner: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettlementTerm {
    pub description: String,
    #[ts(type = "number | null")]
    pub amount_fen: Option<i64>,
    pub due_on: Option<String>,
    pub manner: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationStatementInput {
    pub doc_no: String,
    /// The claims, as the 调解书 states them.
    pub claims_summary: String,
    pub terms: Vec<SettlementTermInput>,
    pub issued_on: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatementEventKind {
    /// 签收
    Receipt,
    /// A party went back on the agreement before receiving it (LDMAL Art. 42).
    Repudiation,
}
stored_enum!(StatementEventKind { Receipt => "receipt", Repudiation => "repudiation" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptMethod {
    InPerson,
    Post,
    Electronic,
}
stored_enum!(ReceiptMethod { InPerson => "in_person", Post => "post", Electronic => "electronic" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatementEventInput {
    pub party_id: String,
    pub kind: StatementEventKind,
    pub on_date: String,
    pub method: ReceiptMethod,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatementEvent {
    pub party_id: String,
    pub party_name: String,
    pub kind: StatementEventKind,
    pub on_date: String,
    pub method: ReceiptMethod,
    pub note: String,
    pub recorded_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatementStatus {
    AwaitingReceipts,
    /// Every party signed for receipt; the case is closed (J2).
    Effective,
    /// A party went back before receipt: the award is to be made promptly.
    Repudiated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationStatement {
    pub id: String,
    pub doc_no: String,
    pub claims_summary: String,
    pub terms: Vec<SettlementTerm>,
    pub issued_on: String,
    pub status: StatementStatus,
    pub events: Vec<StatementEvent>,
    /// Parties who have not signed for receipt yet.
    pub awaiting: Vec<String>,
    /// The last party's receipt date (K4).
    pub effective_on: Option<String>,
    pub created_by_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AwardCategory {
    /// 劳动报酬
    Pay,
    /// 工伤医疗费
    Medical,
    /// 经济补偿
    Compensation,
    /// 赔偿金
    Damages,
    /// 工作时间、休息休假、社会保险等国家劳动标准
    LaborStandards,
    Other,
}
stored_enum!(AwardCategory {
    Pay => "pay", Medical => "medical", Compensation => "compensation", Damages => "damages",
    LaborStandards => "labor_standards", Other => "other"
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Finality {
    Final,
    NonFinal,
}
stored_enum!(Finality { Final => "final", NonFinal => "non_final" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AwardItemInput {
    /// The case of the group the item decides (claim or counterclaim).
    pub case_id: String,
    pub category: AwardCategory,
    pub description: String,
    /// Yuan as awarded; required for money items.
    #[serde(default)]
    pub amount: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AwardInput {
    pub doc_no: String,
    pub made_on: String,
    /// The locality whose monthly minimum wage applies (as in the wage table).
    pub locality: String,
    pub items: Vec<AwardItemInput>,
    /// 被申请人答辩意见 (optional).
    #[serde(default)]
    #[ts(optional)]
    pub defense: Option<String>,
    /// 经审理查明 (required to make the award, LDMAL Art. 46).
    #[serde(default)]
    #[ts(optional)]
    pub facts: Option<String>,
    /// 本委认为 (required to make the award).
    #[serde(default)]
    #[ts(optional)]
    pub reasons: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AwardItem {
    pub position: u32,
    pub case_id: String,
    pub category: AwardCategory,
    pub description: String,
    #[ts(type = "number | null")]
    pub amount_fen: Option<i64>,
    pub finality: Finality,
    /// Why: 不超过当地月最低工资标准十二个月金额 (LDMAL Art. 47(1)) ...
    pub basis: String,
}

/// The award as it would be made: per-item finality (K2), the whole award's type and
/// its remedy notice (K3), and what the drafter should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AwardPreview {
    pub locality: String,
    #[ts(type = "number")]
    pub min_wage_fen: i64,
    pub min_wage_from: String,
    #[ts(type = "number")]
    pub threshold_fen: i64,
    pub items: Vec<AwardItem>,
    pub finality: Finality,
    pub remedy_notice: String,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Award {
    pub id: String,
    pub doc_no: String,
    pub made_on: String,
    pub preview: AwardPreview,
    pub created_by_name: String,
    /// The reasoning (LDMAL Art. 46); null on an award made before it was recorded.
    pub defense: Option<String>,
    pub facts: Option<String>,
    pub reasons: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinimumWage {
    pub locality: String,
    pub effective_from: String,
    #[ts(type = "number")]
    pub monthly_fen: i64,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinimumWageInput {
    /// 庆阳市西峰区, or a tier name used by the province (一类区).
    pub locality: String,
    pub effective_from: String,
    /// Yuan per month.
    pub amount: String,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WithdrawalKind {
    Voluntary,
    /// 按撤回处理 for non-attendance (E3): a new application is then not accepted.
    Deemed,
}
stored_enum!(WithdrawalKind { Voluntary => "voluntary", Deemed => "deemed" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WithdrawalInput {
    /// One or more cases of the same merged group (the seed's ending: both).
    pub case_ids: Vec<String>,
    pub kind: WithdrawalKind,
    /// The parties settled by themselves (LDMAL Art. 41).
    pub after_settlement: bool,
    pub on_date: String,
    /// For a voluntary withdrawal what the applicant said; for a deemed one the
    /// assessment that no justified reason was given (E3, E4).
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Withdrawal {
    pub id: String,
    pub case_id: String,
    pub case_no: Option<String>,
    pub kind: WithdrawalKind,
    pub after_settlement: bool,
    pub on_date: String,
    pub reason: String,
    pub recorded_by_name: String,
}

/// Everything about how the merged group ends, for the case file's tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClosureOverview {
    pub lead_case_id: String,
    pub cases: Vec<CaseSummary>,
    pub attempts: Vec<MediationAttempt>,
    pub statements: Vec<MediationStatement>,
    pub award: Option<Award>,
    pub withdrawals: Vec<Withdrawal>,
    /// J1: mediation was attempted or refused (an attempt, or the minutes' mediation
    /// stage held); says which.
    pub mediation_tried: Option<String>,
}
