//! The types of hearings that cross IPC.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HearingMode {
    Online,
    InPerson,
    Mixed,
}
stored_enum!(HearingMode { Online => "online", InPerson => "in_person", Mixed => "mixed" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HearingStatus {
    Scheduled,
    InProgress,
    Concluded,
    Cancelled,
}
stored_enum!(HearingStatus { Scheduled => "scheduled", InProgress => "in_progress", Concluded => "concluded", Cancelled => "cancelled" });

/// How a hearing notice reached the party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ServiceMethod {
    InPerson,
    Post,
    Electronic,
    Sms,
    Phone,
}
stored_enum!(ServiceMethod { InPerson => "in_person", Post => "post", Electronic => "electronic", Sms => "sms", Phone => "phone" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingInput {
    /// `YYYY-MM-DD`, Asia/Shanghai.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
    pub mode: HearingMode,
    /// e.g. 腾讯会议.
    #[ts(optional)]
    pub platform: Option<String>,
    #[ts(optional)]
    pub meeting_no: Option<String>,
    #[ts(optional)]
    pub meeting_password: Option<String>,
    /// https only; opened in the system browser.
    #[ts(optional)]
    pub join_url: Option<String>,
    #[ts(optional)]
    pub room: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoticeInput {
    pub party_id: String,
    pub method: ServiceMethod,
    /// `YYYY-MM-DD`, the day the party received the notice.
    pub served_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingNotice {
    pub id: String,
    pub party_id: String,
    pub party_name: String,
    pub method: ServiceMethod,
    pub served_on: String,
    /// The latest day the notice could be served for this hearing (E1).
    pub latest_on: Option<String>,
    pub late: bool,
}

/// Something the tribunal should know before the hearing; never blocking by itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingWarning {
    /// The rule id (E1, C4, H1).
    pub rule: String,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IdentityMethod {
    /// 出示身份证件（视频）
    IdOnCamera,
    /// 平台人脸核验
    PlatformFace,
    /// 现场核对
    InPerson,
    NotChecked,
}
stored_enum!(IdentityMethod { IdOnCamera => "id_on_camera", PlatformFace => "platform_face", InPerson => "in_person", NotChecked => "not_checked" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantRole {
    Applicant,
    Respondent,
    ThirdParty,
    Agent,
    Witness,
    Other,
}
stored_enum!(ParticipantRole { Applicant => "applicant", Respondent => "respondent", ThirdParty => "third_party", Agent => "agent", Witness => "witness", Other => "other" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceInput {
    /// A party of the case (for the party itself).
    #[ts(optional)]
    pub party_id: Option<String>,
    /// An agent of a party.
    #[ts(optional)]
    pub agent_id: Option<String>,
    /// For a witness or another participant: the name.
    #[ts(optional)]
    pub name: Option<String>,
    /// Witness or other; parties and agents take theirs from the file.
    #[ts(optional)]
    pub role: Option<ParticipantRole>,
    pub present: bool,
    pub identity_method: IdentityMethod,
    pub identity_ok: bool,
    /// For an agent: the power of attorney was checked.
    #[ts(optional)]
    pub authority_checked: Option<bool>,
    /// Why someone is absent (E4); required when not present.
    #[ts(optional)]
    pub absence: Option<Absence>,
    #[serde(default)]
    pub note: String,
}

/// Why a participant is not (or no longer) at the hearing (E3, E4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Absence {
    /// Served with the notice and did not come or join.
    NotJoined,
    /// Left during the hearing without the tribunal's leave, after being warned.
    LeftWithoutLeave,
    /// Network, device or power failure, force majeure: never a deemed withdrawal.
    TechnicalFailure,
    /// Absent with leave or a justified reason.
    Excused,
}
stored_enum!(Absence {
    NotJoined => "not_joined", LeftWithoutLeave => "left_without_leave",
    TechnicalFailure => "technical_failure", Excused => "excused"
});

impl Absence {
    pub fn label_zh(self) -> &'static str {
        match self {
            Absence::NotJoined => "经通知未到庭（未进入线上庭审）",
            Absence::LeftWithoutLeave => "未经许可中途退庭",
            Absence::TechnicalFailure => "因网络、设备等技术原因未能参加",
            Absence::Excused => "请假或有正当理由",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attendance {
    pub participant_key: String,
    pub role: ParticipantRole,
    pub name: String,
    pub party_id: Option<String>,
    pub agent_id: Option<String>,
    pub present: bool,
    pub identity_method: IdentityMethod,
    pub identity_ok: bool,
    pub authority_checked: Option<bool>,
    pub absence: Option<Absence>,
    pub note: String,
    pub recorded_at: String,
    pub recorded_by_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Hearing {
    pub id: String,
    pub lead_case_id: String,
    pub group_case_ids: Vec<String>,
    pub date: String,
    pub time: String,
    pub mode: HearingMode,
    pub platform: Option<String>,
    pub meeting_no: Option<String>,
    pub meeting_password: Option<String>,
    pub join_url: Option<String>,
    pub room: Option<String>,
    pub status: HearingStatus,
    pub notices: Vec<HearingNotice>,
    /// The latest check per participant.
    pub attendance: Vec<Attendance>,
    pub warnings: Vec<HearingWarning>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordingInput {
    /// Where the file is; the core reads it to hash it and to find its duration.
    pub path: String,
    /// Seconds; needed only when the duration cannot be read from the file.
    #[ts(optional)]
    pub duration_s: Option<u32>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecordingOutcome {
    Unchanged,
    Changed,
    Missing,
}
stored_enum!(RecordingOutcome { Unchanged => "unchanged", Changed => "changed", Missing => "missing" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordingCheck {
    pub outcome: RecordingOutcome,
    pub sha256: Option<String>,
    pub checked_at: String,
    pub checked_by_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Recording {
    pub id: String,
    pub hearing_id: String,
    pub path: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub size_bytes: i64,
    pub sha256: String,
    pub duration_s: u32,
    /// The duration was read from the file (true) or entered (false).
    pub duration_from_file: bool,
    pub note: String,
    pub added_at: String,
    pub added_by_name: String,
    pub last_check: Option<RecordingCheck>,
}
