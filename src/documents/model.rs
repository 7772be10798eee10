//! The types of generated documents that cross IPC.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// 受理通知书 (to each applicant)
    AcceptanceNotice,
    /// 不予受理通知书 (to each applicant of a case not accepted)
    NotAcceptanceNotice,
    /// 应诉通知书 (to each respondent)
    RespondNotice,
    /// 仲裁庭组成通知书 (to each party)
    TribunalNotice,
    /// 开庭通知书 (to each party, for one hearing)
    HearingNotice,
    /// 简易程序权利义务确认书 (the current version consents bind to)
    SummaryConfirmation,
    /// 庭审笔录 (one hearing, as read back and signed)
    Minutes,
    /// 调解书
    MediationStatement,
    /// 撤回仲裁申请决定书
    WithdrawalDecision,
}
stored_enum!(DocumentKind {
    AcceptanceNotice => "acceptance_notice", NotAcceptanceNotice => "not_acceptance_notice",
    SummaryConfirmation => "summary_confirmation", RespondNotice => "respond_notice",
    TribunalNotice => "tribunal_notice", HearingNotice => "hearing_notice", Minutes => "minutes",
    MediationStatement => "mediation_statement", WithdrawalDecision => "withdrawal_decision"
});

impl DocumentKind {
    pub fn title_zh(self) -> &'static str {
        match self {
            DocumentKind::AcceptanceNotice => "受理通知书",
            DocumentKind::NotAcceptanceNotice => "不予受理通知书",
            DocumentKind::SummaryConfirmation => "简易程序权利义务确认书",
            DocumentKind::RespondNotice => "应诉通知书",
            DocumentKind::TribunalNotice => "仲裁庭组成通知书",
            DocumentKind::HearingNotice => "开庭通知书",
            DocumentKind::Minutes => "庭审笔录",
            DocumentKind::MediationStatement => "调解书",
            DocumentKind::WithdrawalDecision => "撤回仲裁申请决定书",
        }
    }
}

/// What to generate: the kind, the case, and where the kind needs them the party it is
/// addressed to and the hearing it concerns.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentInput {
    pub kind: DocumentKind,
    pub case_id: String,
    #[ts(optional)]
    pub party_id: Option<String>,
    #[ts(optional)]
    pub hearing_id: Option<String>,
}

/// A document as recorded on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRecord {
    pub id: String,
    pub case_id: String,
    pub hearing_id: Option<String>,
    pub kind: DocumentKind,
    pub title: String,
    pub addressee: String,
    /// SHA-256 of the canonical content, printed in the footer.
    pub content_sha256: String,
    pub pdf_sha256: String,
    #[ts(type = "number")]
    pub size_bytes: i64,
    pub created_at: String,
    pub created_by_name: String,
}
