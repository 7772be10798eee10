//! The types of case files that cross IPC.
use crate::types::Sex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// 已收件: received, not yet decided.
    Received,
    /// 已受理
    Accepted,
    /// 不予受理
    NotAccepted,
    /// 审理中
    InProgress,
    /// 已结案
    Closed,
}
stored_enum!(CaseStatus { Received => "received", Accepted => "accepted", NotAccepted => "not_accepted", InProgress => "in_progress", Closed => "closed" });

impl CaseStatus {
    pub fn label_zh(self) -> &'static str {
        match self {
            CaseStatus::Received => "已收件",
            CaseStatus::Accepted => "已受理",
            CaseStatus::NotAccepted => "不予受理",
            CaseStatus::InProgress => "审理中",
            CaseStatus::Closed => "已结案",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    Ordinary,
    Summary,
}
stored_enum!(Procedure { Ordinary => "ordinary", Summary => "summary" });

/// How the application came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Written,
    Oral,
    Online,
    Transferred,
}
stored_enum!(Channel { Written => "written", Oral => "oral", Online => "online", Transferred => "transferred" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartySide {
    Applicant,
    Respondent,
    ThirdParty,
}
stored_enum!(PartySide { Applicant => "applicant", Respondent => "respondent", ThirdParty => "third_party" });

impl PartySide {
    pub fn label_zh(self) -> &'static str {
        match self {
            PartySide::Applicant => "申请人",
            PartySide::Respondent => "被申请人",
            PartySide::ThirdParty => "第三人",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    Person,
    Organization,
}
stored_enum!(PartyKind { Person => "person", Organization => "organization" });

/// Identity documents; only the citizen ID has a checksum (M1). The others are kept
/// as entered (domain doc §10.1: each has its own rules, not the citizen validator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IdType {
    ResidentId,
    HkMacaoPermit,
    TaiwanPermit,
    ResidencePermit,
    ForeignPermanent,
    Passport,
    Other,
}
stored_enum!(IdType {
    ResidentId => "resident_id", HkMacaoPermit => "hk_macao_permit", TaiwanPermit => "taiwan_permit",
    ResidencePermit => "residence_permit", ForeignPermanent => "foreign_permanent", Passport => "passport", Other => "other"
});

/// The six categories of LDMAL Art. 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClaimCategory {
    /// 确认劳动关系
    LaborRelation,
    /// 订立、履行、变更、解除和终止劳动合同
    Contract,
    /// 除名、辞退和辞职、离职
    Dismissal,
    /// 工作时间、休息休假、社会保险、福利、培训以及劳动保护
    HoursRestInsurance,
    /// 劳动报酬、工伤医疗费、经济补偿或者赔偿金
    PayCompensation,
    /// 法律、法规规定的其他劳动争议
    Other,
}
stored_enum!(ClaimCategory {
    LaborRelation => "labor_relation", Contract => "contract", Dismissal => "dismissal",
    HoursRestInsurance => "hours_rest_insurance", PayCompensation => "pay_compensation", Other => "other"
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    Pending,
    Upheld,
    PartlyUpheld,
    Dismissed,
    Withdrawn,
    Settled,
}
stored_enum!(ClaimStatus {
    Pending => "pending", Upheld => "upheld", PartlyUpheld => "partly_upheld",
    Dismissed => "dismissed", Withdrawn => "withdrawn", Settled => "settled"
});

/// Why an application is not accepted (Rules Arts. 30–31).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotAcceptedKind {
    /// Not a labor dispute within LDMAL Art. 2.
    OutOfScope,
    NoDefiniteClaim,
    NoStanding,
    /// Another commission is competent; the notice must name it (A5).
    NoJurisdiction,
}
stored_enum!(NotAcceptedKind {
    OutOfScope => "out_of_scope", NoDefiniteClaim => "no_definite_claim",
    NoStanding => "no_standing", NoJurisdiction => "no_jurisdiction"
});

/// How a case ended (domain doc §4.7); exactly one per closed case (J6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClosureType {
    Mediation,
    AwardFinal,
    AwardNonFinal,
    Withdrawal,
    DeemedWithdrawal,
    NotAccepted,
    Terminated,
    Revoked,
    Transferred,
}
stored_enum!(ClosureType {
    Mediation => "mediation", AwardFinal => "award_final", AwardNonFinal => "award_non_final",
    Withdrawal => "withdrawal", DeemedWithdrawal => "deemed_withdrawal", NotAccepted => "not_accepted",
    Terminated => "terminated", Revoked => "revoked", Transferred => "transferred"
});

impl ClaimCategory {
    pub fn label_zh(self) -> &'static str {
        match self {
            ClaimCategory::LaborRelation => "确认劳动关系",
            ClaimCategory::Contract => "劳动合同争议",
            ClaimCategory::Dismissal => "除名、辞退和辞职、离职争议",
            ClaimCategory::HoursRestInsurance => {
                "工作时间、休息休假、社会保险、福利、培训以及劳动保护争议"
            }
            ClaimCategory::PayCompensation => "劳动报酬、工伤医疗费、经济补偿或者赔偿金争议",
            ClaimCategory::Other => "其他劳动争议",
        }
    }
}

impl PartyInput {
    /// A party with only its side and kind set, for forms to fill in.
    pub fn blank(side: PartySide, kind: PartyKind) -> Self {
        Self {
            side,
            kind,
            name: String::new(),
            sex: None,
            birth_date: None,
            id_type: None,
            id_number: None,
            occupation: None,
            workplace: None,
            credit_code: None,
            credit_code_override_reason: None,
            legal_rep_name: None,
            legal_rep_title: None,
            domicile: None,
            mailing_address: None,
            mobile: None,
            phone: None,
            current_location: None,
        }
    }
}

impl ClosureType {
    pub fn label_zh(self) -> &'static str {
        match self {
            ClosureType::Mediation => "调解结案",
            ClosureType::AwardFinal => "裁决结案（终局）",
            ClosureType::AwardNonFinal => "裁决结案（非终局）",
            ClosureType::Withdrawal => "撤回仲裁申请",
            ClosureType::DeemedWithdrawal => "按撤回仲裁申请处理",
            ClosureType::NotAccepted => "不予受理",
            ClosureType::Terminated => "终止审理",
            ClosureType::Revoked => "撤销案件",
            ClosureType::Transferred => "移送管辖",
        }
    }

    /// Rules Art. 24: award files are kept at least 10 years, the others at least 5.
    pub fn retention_years(self) -> u32 {
        match self {
            ClosureType::AwardFinal | ClosureType::AwardNonFinal => 10,
            _ => 5,
        }
    }
}

/// A party as entered. Everything but side, kind and name may still be missing when
/// the application is received; acceptance checks completeness (A1).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartyInput {
    pub side: PartySide,
    pub kind: PartyKind,
    pub name: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// `YYYY-MM-DD`; taken from the ID number when left empty.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_type: Option<IdType>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workplace: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
    /// A clerk's reason for keeping a credit code that fails its check (M2).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_code_override_reason: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_rep_name: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_rep_title: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domicile: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailing_address: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Where the party is now (the seed's worker had gone back to Hunan).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_location: Option<String>,
}

/// A claim as entered; parties are named by their index in `NewCase::parties`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClaimInput {
    pub category: ClaimCategory,
    pub description: String,
    /// Money as typed (`1,234.56`, `1234.56元`); empty or absent for a non-monetary claim.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    pub claimant: u32,
    pub respondent: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceInput {
    /// Index of the submitting party in `NewCase::parties`.
    pub party: u32,
    pub name: String,
    pub purpose: String,
    pub original_available: bool,
}

/// A new application (仲裁申请) with its parties, claims and evidence list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCase {
    pub channel: Channel,
    pub cause: String,
    pub facts: String,
    /// `YYYY-MM-DD`, the day the commission received the application.
    pub received_on: String,
    pub parties: Vec<PartyInput>,
    pub claims: Vec<ClaimInput>,
    #[serde(default)]
    pub evidence: Vec<EvidenceInput>,
    /// The applicant declared that there is no evidence to list (A1).
    #[serde(default)]
    pub no_evidence_declared: bool,
    /// For an oral application: the applicant confirmed the record (A2).
    #[serde(default)]
    pub oral_confirmed: bool,
    /// ≥10 workers with a common claim, or a collective contract (A7).
    #[serde(default)]
    pub priority: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    pub id: String,
    pub side: PartySide,
    pub kind: PartyKind,
    pub position: u32,
    pub name: String,
    pub sex: Option<Sex>,
    pub birth_date: Option<String>,
    pub id_type: Option<IdType>,
    pub id_number: Option<String>,
    pub occupation: Option<String>,
    pub workplace: Option<String>,
    pub credit_code: Option<String>,
    pub credit_code_override_reason: Option<String>,
    pub legal_rep_name: Option<String>,
    pub legal_rep_title: Option<String>,
    pub domicile: Option<String>,
    pub mailing_address: Option<String>,
    pub mobile: Option<String>,
    pub phone: Option<String>,
    pub current_location: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    pub id: String,
    pub position: u32,
    pub category: ClaimCategory,
    pub description: String,
    /// In fen; `null` for a non-monetary claim.
    #[ts(type = "number | null")]
    pub amount_fen: Option<i64>,
    pub claimant_party_id: String,
    pub respondent_party_id: String,
    pub status: ClaimStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub id: String,
    pub party_id: String,
    pub position: u32,
    pub name: String,
    pub purpose: String,
    pub original_available: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct CaseEvent {
    pub id: String,
    pub kind: String,
    pub on_date: String,
    pub detail: String,
    pub created_at: String,
    pub created_by: String,
}

/// A row of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummary {
    pub id: String,
    pub case_no: Option<String>,
    pub status: CaseStatus,
    pub procedure: Procedure,
    pub channel: Channel,
    pub cause: String,
    pub received_on: String,
    pub accepted_on: Option<String>,
    pub closed_on: Option<String>,
    pub closure_type: Option<ClosureType>,
    /// Applicants' names, joined with 、.
    pub applicants: String,
    pub respondents: String,
    pub priority: bool,
    pub counterclaim_of: Option<String>,
}

/// The whole case file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseFile {
    pub summary: CaseSummary,
    pub facts: String,
    pub not_accepted_kind: Option<NotAcceptedKind>,
    pub not_accepted_reason: Option<String>,
    pub competent_commission: Option<String>,
    pub closure_note: Option<String>,
    pub oral_confirmed: bool,
    pub no_evidence_declared: bool,
    pub parties: Vec<Party>,
    pub claims: Vec<Claim>,
    pub evidence: Vec<Evidence>,
    pub agents: Vec<Agent>,
    pub events: Vec<CaseEvent>,
    /// What acceptance still needs (A1, A2); empty when it could be accepted.
    pub missing_for_acceptance: Vec<super::MissingItem>,
    /// Earlier applications between the same parties on the same matter that ended by
    /// withdrawal (J4); only while the file awaits its acceptance decision.
    pub prior_withdrawals: Vec<super::PriorWithdrawal>,
    /// What the clerk recorded for the intake warnings (A6–A8).
    pub circumstances: super::Circumstances,
    /// Warnings derived from the file and its circumstances; never blocking.
    pub advisories: Vec<super::Advisory>,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseQuery {
    #[ts(optional)]
    pub status: Option<CaseStatus>,
    #[ts(optional)]
    pub procedure: Option<Procedure>,
    /// Cases on whose tribunal this user sits.
    #[ts(optional)]
    pub arbitrator_id: Option<String>,
    /// Received on or after / on or before (`YYYY-MM-DD`).
    #[ts(optional)]
    pub received_from: Option<String>,
    #[ts(optional)]
    pub received_to: Option<String>,
    /// Case number, party names, mobiles, ID numbers, cause or claim text; Chinese
    /// substrings of two or more characters match anywhere.
    #[ts(optional)]
    pub text: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePage {
    pub cases: Vec<CaseSummary>,
    /// The number of matching cases, counted up to 10,000.
    #[ts(type = "number")]
    pub total: i64,
    /// True when more than `total` cases match (the count stopped at its cap).
    pub total_is_capped: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotAcceptInput {
    pub kind: NotAcceptedKind,
    pub reason: String,
    #[ts(optional)]
    pub competent_commission: Option<String>,
    pub on_date: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CloseInput {
    pub closure_type: ClosureType,
    pub on_date: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgentKind {
    /// 律师
    Lawyer,
    /// 基层法律服务工作者
    LegalWorker,
    /// 用人单位工作人员
    Employee,
    /// 近亲属
    Relative,
    /// 工会推荐的人员
    Union,
    Other,
}
stored_enum!(AgentKind {
    Lawyer => "lawyer", LegalWorker => "legal_worker", Employee => "employee",
    Relative => "relative", Union => "union", Other => "other"
});

/// The scope of a power of attorney (LDMAL Art. 24): general, or special authority to
/// admit, waive or change claims, settle, withdraw, and the like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    General,
    Special,
}
stored_enum!(Authority { General => "general", Special => "special" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgentInput {
    pub party_id: String,
    pub name: String,
    pub kind: AgentKind,
    #[ts(optional)]
    pub organization: Option<String>,
    #[ts(optional)]
    pub mobile: Option<String>,
    #[ts(optional)]
    pub id_number: Option<String>,
    pub authority: Authority,
    /// What the special authority covers, as written in the power of attorney.
    #[serde(default)]
    pub authority_scope: String,
    /// The day the signed power of attorney was received.
    #[ts(optional)]
    pub poa_received_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Agent {
    pub id: String,
    pub party_id: String,
    pub name: String,
    pub kind: AgentKind,
    pub organization: Option<String>,
    pub mobile: Option<String>,
    pub id_number: Option<String>,
    pub authority: Authority,
    pub authority_scope: String,
    pub poa_received_on: Option<String>,
}

/// A claim added after registration: before acceptance it simply joins the application;
/// after acceptance it is an added claim (C5) and restarts the award deadline.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddClaimInput {
    pub category: ClaimCategory,
    pub description: String,
    #[ts(optional)]
    pub amount: Option<String>,
    pub claimant_party_id: String,
    pub respondent_party_id: String,
    /// The day the added claim was received.
    pub on_date: String,
}

/// A party added after registration. After acceptance this is the decision to add a
/// party (C6): the award deadline restarts from `on_date` (Rules Art. 46(1)).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddPartyInput {
    pub party: PartyInput,
    /// The day of the decision to add the party (or, before acceptance, the day its
    /// details were received).
    pub on_date: String,
}

/// An item added to the evidence list after registration.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddEvidenceInput {
    pub party_id: String,
    pub name: String,
    pub purpose: String,
    pub original_available: bool,
}
