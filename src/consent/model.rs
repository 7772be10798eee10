//! The types of consent records that cross IPC.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a party consents to (or refuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// 同意简易处理 (Rules Art. 56(3)).
    SummaryHandling,
    /// The respondent waives or shortens the defense period (Rules Art. 58).
    DefenseWaiver,
    /// 同意在线开庭 (per stage: a hearing is not a mediation, H1).
    OnlineHearing,
    OnlineMediation,
    /// Electronic or simple-means service (Rules Art. 59).
    ElectronicService,
    /// Signing the 简易程序权利义务确认书; binds to one version of it (H6).
    ConfirmationSignature,
}

stored_enum!(ConsentKind {
    SummaryHandling => "summary_handling", DefenseWaiver => "defense_waiver", OnlineHearing => "online_hearing",
    OnlineMediation => "online_mediation", ElectronicService => "electronic_service",
    ConfirmationSignature => "confirmation_signature"
});

impl ConsentKind {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::SummaryHandling => "同意简易处理",
            Self::DefenseWaiver => "放弃或缩短答辩期",
            Self::OnlineHearing => "同意在线开庭",
            Self::OnlineMediation => "同意在线调解",
            Self::ElectronicService => "同意电子送达或简便方式送达",
            Self::ConfirmationSignature => "签署简易程序权利义务确认书",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentAction {
    Grant,
    /// A refusal, recorded as such (H2).
    Refuse,
    /// Withdraws an earlier grant; points at it and gives a reason.
    Revoke,
}

stored_enum!(ConsentAction { Grant => "grant", Refuse => "refuse", Revoke => "revoke" });

/// How the party gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// An e-signature platform; `method_ref` is its flow or contract number.
    ESignPlatform,
    /// Handwritten on this screen's signature pad; the PNG is stored with its hash.
    SignaturePad,
    /// A signed paper form, scanned; the file is stored with its hash.
    PaperScan,
    /// Said on the recorded video call; `video_offset_s` locates it.
    OralVideo,
}

stored_enum!(ConsentMethod {
    ESignPlatform => "e_sign_platform", SignaturePad => "signature_pad", PaperScan => "paper_scan",
    OralVideo => "oral_video"
});

/// A consent, refusal or revocation to record.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentInput {
    pub party_id: String,
    pub kind: ConsentKind,
    pub action: ConsentAction,
    /// For a revocation: the id of the grant it withdraws.
    #[ts(optional)]
    pub revokes: Option<String>,
    /// Required for a revocation; recorded for a refusal.
    #[ts(optional)]
    pub reason: Option<String>,
    pub method: ConsentMethod,
    #[ts(optional)]
    pub method_ref: Option<String>,
    #[ts(optional)]
    pub video_offset_s: Option<u32>,
    /// The signature pad's PNG.
    #[ts(optional)]
    pub signature_png: Option<Vec<u8>>,
    /// The scanned form, read by the core from this path...
    #[ts(optional)]
    pub scan_path: Option<String>,
    /// ...or its bytes as picked in the window, with the file name (for its type).
    #[ts(optional)]
    pub scan_bytes: Option<Vec<u8>>,
    #[ts(optional)]
    pub scan_name: Option<String>,
    /// Defense waiver: absent = waived entirely, N = shortened to N days.
    #[ts(optional)]
    pub shortened_to_days: Option<u32>,
    /// `YYYY-MM-DD`, the day the party gave it.
    pub given_on: String,
    /// The SHA-256 of the text shown to the party (from `consent_preview`); refused if
    /// the text has changed since.
    pub text_sha256: String,
}

/// The exact text a party is asked to agree to, with its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentPreview {
    pub text: String,
    pub text_sha256: String,
    /// For a confirmation signature: the version it binds to.
    pub document_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentRecord {
    #[ts(type = "number")]
    pub seq: i64,
    pub id: String,
    pub case_id: String,
    pub party_id: String,
    pub party_name: String,
    pub kind: ConsentKind,
    pub action: ConsentAction,
    pub revokes: Option<String>,
    pub reason: Option<String>,
    pub method: ConsentMethod,
    pub method_ref: Option<String>,
    pub video_offset_s: Option<u32>,
    pub artifact_sha256: Option<String>,
    pub text: String,
    pub text_sha256: String,
    pub document_id: Option<String>,
    pub shortened_to_days: Option<u32>,
    pub given_on: String,
    pub recorded_at: String,
    pub recorded_by: String,
    pub recorded_by_name: String,
    /// Revoked later by another record.
    pub revoked: bool,
    pub hash: String,
}

/// One version of the 简易程序权利义务确认书.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConfirmationDocument {
    pub id: String,
    pub case_id: String,
    pub version: u32,
    pub text: String,
    pub sha256: String,
    pub created_at: String,
}

/// The latest version and whether the case data still produce the same text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConfirmationStatus {
    pub latest: Option<ConfirmationDocument>,
    /// The text the case data produce now.
    pub current_text: String,
    pub current_sha256: String,
    /// The latest version no longer matches the case data: generate it again and have
    /// it signed again (H6).
    pub stale: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentChainCheck {
    #[ts(type = "number")]
    pub checked: i64,
    /// The first record whose hash or link does not hold.
    #[ts(type = "number | null")]
    pub broken_at: Option<i64>,
}
