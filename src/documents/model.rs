//! The types of generated documents that cross IPC.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// 开庭通知书
    HearingNotice,
}
stored_enum!(DocumentKind { HearingNotice => "hearing_notice" });

impl DocumentKind {
    pub fn title_zh(self) -> &'static str {
        match self {
            DocumentKind::HearingNotice => "开庭通知书",
        }
    }
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

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingNoticeInput {
    pub hearing_id: String,
    /// The party the notice is addressed to.
    pub party_id: String,
}
