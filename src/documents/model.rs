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
    /// 裁决书 (K1–K3)
    Award,
    /// 撤回仲裁申请决定书
    WithdrawalDecision,
    /// 送达回证 (to a party, for documents served together)
    ServiceReceipt,
    /// 急难愁盼事项受理转办单 (of an intake item, not a case)
    IntakeTransfer,
}
stored_enum!(DocumentKind {
    AcceptanceNotice => "acceptance_notice", NotAcceptanceNotice => "not_acceptance_notice",
    SummaryConfirmation => "summary_confirmation", RespondNotice => "respond_notice",
    TribunalNotice => "tribunal_notice", HearingNotice => "hearing_notice", Minutes => "minutes",
    MediationStatement => "mediation_statement", Award => "award",
    WithdrawalDecision => "withdrawal_decision", ServiceReceipt => "service_receipt",
    IntakeTransfer => "intake_transfer"
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
            DocumentKind::Award => "裁决书",
            DocumentKind::WithdrawalDecision => "撤回仲裁申请决定书",
            DocumentKind::ServiceReceipt => "送达回证",
            DocumentKind::IntakeTransfer => "急难愁盼事项受理转办单",
        }
    }

    pub const ALL: [DocumentKind; 12] = [
        DocumentKind::AcceptanceNotice,
        DocumentKind::NotAcceptanceNotice,
        DocumentKind::RespondNotice,
        DocumentKind::TribunalNotice,
        DocumentKind::HearingNotice,
        DocumentKind::SummaryConfirmation,
        DocumentKind::Minutes,
        DocumentKind::MediationStatement,
        DocumentKind::Award,
        DocumentKind::WithdrawalDecision,
        DocumentKind::ServiceReceipt,
        DocumentKind::IntakeTransfer,
    ];

    /// The forms are tables to fill in; everything else is laid out as a letter.
    pub fn layout(self) -> TemplateLayout {
        match self {
            DocumentKind::ServiceReceipt | DocumentKind::IntakeTransfer => TemplateLayout::Form,
            _ => TemplateLayout::Official,
        }
    }
}

/// The document layouts an administrator can edit: the official letter layout (notices,
/// decisions, 调解书, 裁决书, 笔录) and the form layout (转办单, 送达回证).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TemplateLayout {
    Official,
    Form,
}
stored_enum!(TemplateLayout { Official => "official", Form => "form" });

/// A field of `d` (the document's data) a template can use, e.g. `d.docNo`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplatePlaceholder {
    pub name: String,
    pub description: String,
}

/// A layout's template in force, and what it may use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentTemplate {
    pub layout: TemplateLayout,
    /// The kinds typeset with this layout.
    pub kinds: Vec<DocumentKind>,
    /// The Typst markup in force.
    pub body: String,
    /// Whether the shipped default is in force.
    pub is_default: bool,
    pub default_body: String,
    pub updated_at: Option<String>,
    pub updated_by_name: Option<String>,
    pub placeholders: Vec<TemplatePlaceholder>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateInput {
    pub layout: TemplateLayout,
    pub body: String,
}

/// What to generate: the kind, the case, and where the kind needs them the party it is
/// addressed to, the hearing it concerns and (送达回证) the documents served.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentInput {
    pub kind: DocumentKind,
    pub case_id: String,
    #[ts(optional)]
    pub party_id: Option<String>,
    #[ts(optional)]
    pub hearing_id: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub document_ids: Option<Vec<String>>,
}

/// A document as recorded on the case (or, for the 转办单, on the intake item).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRecord {
    pub id: String,
    pub case_id: Option<String>,
    pub intake_id: Option<String>,
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
