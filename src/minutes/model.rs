//! The types of the live minutes that cross IPC.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The stages of a hearing in the order of Rules Art. 41 (F1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 庭前准备：核对到庭情况，宣布庭审纪律
    Preparation,
    /// 开庭：案由、仲裁庭组成、核对当事人、告知权利义务、询问是否申请回避
    Opening,
    /// 申诉答辩
    StatementDefense,
    /// 庭审调查与质证
    Investigation,
    /// 庭审辩论
    Debate,
    /// 最后陈述 (cannot be skipped)
    FinalStatement,
    /// 当庭调解
    Mediation,
    /// 闭庭
    Closing,
}
stored_enum!(Stage {
    Preparation => "preparation", Opening => "opening", StatementDefense => "statement_defense",
    Investigation => "investigation", Debate => "debate", FinalStatement => "final_statement",
    Mediation => "mediation", Closing => "closing"
});

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Preparation,
        Stage::Opening,
        Stage::StatementDefense,
        Stage::Investigation,
        Stage::Debate,
        Stage::FinalStatement,
        Stage::Mediation,
        Stage::Closing,
    ];

    pub fn label_zh(self) -> &'static str {
        match self {
            Stage::Preparation => "庭前准备",
            Stage::Opening => "开庭",
            Stage::StatementDefense => "申诉答辩",
            Stage::Investigation => "庭审调查与质证",
            Stage::Debate => "庭审辩论",
            Stage::FinalStatement => "最后陈述",
            Stage::Mediation => "当庭调解",
            Stage::Closing => "闭庭",
        }
    }

    /// Stages that may not be skipped: the final statement (LDMAL Art. 38) and, for the
    /// record, opening and closing.
    pub fn skippable(self) -> bool {
        !matches!(
            self,
            Stage::Opening | Stage::FinalStatement | Stage::Closing
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerRole {
    PresidingArbitrator,
    SoleArbitrator,
    Arbitrator,
    Clerk,
    Applicant,
    Respondent,
    ThirdParty,
    Agent,
    Witness,
    Other,
}
stored_enum!(SpeakerRole {
    PresidingArbitrator => "presiding_arbitrator", SoleArbitrator => "sole_arbitrator", Arbitrator => "arbitrator",
    Clerk => "clerk", Applicant => "applicant", Respondent => "respondent", ThirdParty => "third_party",
    Agent => "agent", Witness => "witness", Other => "other"
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Entry,
    /// Replaces the text of an earlier entry (before the lock).
    Edit,
    /// Withdraws an earlier entry (before the lock); it stays in the log.
    Delete,
    StageStart,
    /// A stage passed over, with the reason (F1).
    StageSkip,
    /// A participant signed the minutes as read back (F3, H6).
    Signature,
    /// A participant refused to sign; the circumstances are recorded (Rules Art. 42).
    SignatureRefused,
    /// Everyone required signed or refused: the minutes are final.
    Lock,
    /// A correction request (补正) that was accepted (LDMAL Art. 40).
    Correction,
    /// A correction request that was refused; it stays in the minutes (F2).
    CorrectionRefused,
}
stored_enum!(EntryKind {
    Entry => "entry", Edit => "edit", Delete => "delete", StageStart => "stage_start", StageSkip => "stage_skip",
    Signature => "signature", SignatureRefused => "signature_refused", Lock => "lock",
    Correction => "correction", CorrectionRefused => "correction_refused"
});

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryInput {
    pub speaker_role: SpeakerRole,
    /// As the minutes name the speaker: 首席仲裁员王某, 申请人赵丽, 被申请人委托代理人周明.
    pub speaker_label: String,
    pub text: String,
    /// Seconds into the hearing recording.
    #[ts(optional)]
    pub recording_offset_s: Option<u32>,
}

/// One row of the log, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinutesRecord {
    #[ts(type = "number")]
    pub seq: i64,
    pub id: String,
    pub kind: EntryKind,
    pub refers_to: Option<String>,
    pub stage: Stage,
    pub speaker_role: Option<SpeakerRole>,
    pub speaker_label: String,
    pub text: String,
    pub recording_offset_s: Option<u32>,
    pub created_at: String,
    pub created_by_name: String,
    pub hash: String,
    /// Canonical JSON details of a signature, refusal, lock or correction.
    pub payload: Option<String>,
}

/// An entry as the minutes read now: its latest text, whether it was edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinutesLine {
    pub id: String,
    pub stage: Stage,
    pub speaker_role: SpeakerRole,
    pub speaker_label: String,
    pub text: String,
    pub recording_offset_s: Option<u32>,
    pub created_at: String,
    pub edited: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StageState {
    Pending,
    Current,
    Done,
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StageProgress {
    pub stage: Stage,
    pub state: StageState,
    /// Why it was skipped.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Minutes {
    pub hearing_id: String,
    pub current_stage: Option<Stage>,
    pub stages: Vec<StageProgress>,
    pub lines: Vec<MinutesLine>,
    /// Every row, edits and deletions included.
    pub log: Vec<MinutesRecord>,
    /// Correction requests, accepted or refused, before and after the lock (F2).
    pub corrections: Vec<Correction>,
    /// When the minutes were locked, and the read-back hash the signatures bind to.
    pub locked_at: Option<String>,
    pub locked_hash: Option<String>,
}

/// A correction request (补正申请) on one entry and the tribunal's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Correction {
    pub id: String,
    pub entry_id: String,
    pub accepted: bool,
    /// Who asked: 申请人赵丽.
    pub requested_by: String,
    /// The entry's text when the request was made.
    pub original_text: String,
    pub requested_text: String,
    /// Why it was refused, or the tribunal's note on accepting it.
    pub reason: String,
    pub after_lock: bool,
    pub created_at: String,
    pub created_by_name: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CorrectionInput {
    pub entry_id: String,
    pub requested_by: String,
    pub requested_text: String,
    pub accepted: bool,
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SignMethod {
    /// Remote e-signature platform (flow number).
    ESign,
    /// Handwritten on the window's signature pad.
    Pad,
    /// Signed the printed read-back in person.
    InPerson,
}
stored_enum!(SignMethod { ESign => "e_sign", Pad => "pad", InPerson => "in_person" });

impl SignMethod {
    pub fn label_zh(self) -> &'static str {
        match self {
            SignMethod::ESign => "电子签名",
            SignMethod::Pad => "手写签名板",
            SignMethod::InPerson => "当面签名",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SignerState {
    Pending,
    Signed,
    Refused,
    /// Signed or refused an earlier read-back; the minutes changed since (H6).
    Stale,
}

/// One person who must sign the minutes (F3): each arbitrator, the clerk, and every
/// participant recorded present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signer {
    pub key: String,
    pub role: SpeakerRole,
    pub name: String,
    pub state: SignerState,
    pub method: Option<SignMethod>,
    pub flow_no: Option<String>,
    pub signature_sha256: Option<String>,
    pub reason: Option<String>,
    pub at: Option<String>,
}

/// The minutes as read back to the participants, the hash signatures bind to, and who
/// has signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadBack {
    pub hearing_id: String,
    pub text: String,
    pub hash: String,
    pub closing_started: bool,
    pub signers: Vec<Signer>,
    /// Every required signer has signed or refused this version.
    pub can_lock: bool,
    pub locked_at: Option<String>,
    pub locked_hash: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignInput {
    pub signer_key: String,
    /// The hash of the read-back the signer saw.
    pub minutes_hash: String,
    pub method: SignMethod,
    #[ts(optional)]
    pub flow_no: Option<String>,
    #[ts(optional)]
    pub signature_png: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefuseInput {
    pub signer_key: String,
    pub minutes_hash: String,
    pub reason: String,
}

/// The entry being typed, kept so that a crash loses nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinutesDraft {
    pub stage: Stage,
    pub speaker_role: SpeakerRole,
    pub speaker_label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinutesCheck {
    #[ts(type = "number")]
    pub checked: i64,
    #[ts(type = "number | null")]
    pub broken_at: Option<i64>,
}
