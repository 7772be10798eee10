//! The types of grassroots mediation, services and statistics that cross IPC.
use crate::cases::ClaimCategory;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The categories the seed counts its 40 organisations by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrgCategory {
    /// 乡镇（街道）
    Township,
    /// 商业综合体
    Commercial,
    /// 职业培训学校
    TrainingSchool,
    /// 新业态（外卖、快递等平台）
    NewBusiness,
    /// 企业
    Enterprise,
    Other,
}
stored_enum!(OrgCategory {
    Township => "township", Commercial => "commercial", TrainingSchool => "training_school",
    NewBusiness => "new_business", Enterprise => "enterprise", Other => "other"
});

impl OrgCategory {
    pub const ALL: [OrgCategory; 6] = [
        OrgCategory::Township,
        OrgCategory::Commercial,
        OrgCategory::TrainingSchool,
        OrgCategory::NewBusiness,
        OrgCategory::Enterprise,
        OrgCategory::Other,
    ];
    pub fn label_zh(self) -> &'static str {
        match self {
            OrgCategory::Township => "乡镇（街道）",
            OrgCategory::Commercial => "商业综合体",
            OrgCategory::TrainingSchool => "职业培训学校",
            OrgCategory::NewBusiness => "新业态",
            OrgCategory::Enterprise => "企业",
            OrgCategory::Other => "其他",
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgInput {
    pub name: String,
    pub category: OrgCategory,
    pub address: String,
    pub contact_name: String,
    pub contact_phone: String,
    #[ts(optional)]
    pub founded_on: Option<String>,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationOrg {
    pub id: String,
    pub name: String,
    pub category: OrgCategory,
    pub address: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub founded_on: Option<String>,
    pub active: bool,
    /// Active mediators.
    pub mediator_count: u32,
    #[ts(type = "number")]
    pub case_count: i64,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediatorInput {
    pub name: String,
    pub mobile: String,
    /// Training and qualifications, free text (e.g. 2026年3月 市级调解员培训，合格).
    #[serde(default)]
    pub training_record: String,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mediator {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub mobile: String,
    pub training_record: String,
    pub active: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingInput {
    pub held_on: String,
    pub topic: String,
    pub organizer: String,
    pub mediator_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingAttendee {
    pub mediator_id: String,
    pub name: String,
    pub org_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingSession {
    pub id: String,
    pub held_on: String,
    pub topic: String,
    pub organizer: String,
    pub attendees: Vec<TrainingAttendee>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitInput {
    pub visited_on: String,
    pub visitors: String,
    pub findings: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SupervisionVisit {
    pub id: String,
    pub org_id: String,
    pub visited_on: String,
    pub visitors: String,
    pub findings: String,
    pub created_by_name: String,
}

/// An organisation with its mediators, the training its mediators attended and the
/// supervision visits it received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgDetail {
    pub org: MediationOrg,
    pub mediators: Vec<Mediator>,
    pub trainings: Vec<TrainingSession>,
    pub visits: Vec<SupervisionVisit>,
}

/// How the application was made (LDMAL Art. 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationForm {
    /// 口头申请, recorded on the spot
    Oral,
    /// 书面申请
    Written,
}
stored_enum!(ApplicationForm { Oral => "oral", Written => "written" });

/// How the mediation is conducted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MediationChannel {
    /// 线上视频
    OnlineVideo,
    /// 电话
    Phone,
    /// 现场
    InPerson,
}
stored_enum!(MediationChannel { OnlineVideo => "online_video", Phone => "phone", InPerson => "in_person" });

impl MediationChannel {
    pub fn label_zh(self) -> &'static str {
        match self {
            MediationChannel::OnlineVideo => "线上视频",
            MediationChannel::Phone => "电话",
            MediationChannel::InPerson => "现场",
        }
    }
    /// Online means not face to face: by video or by phone (the seed's 线上).
    pub fn is_online(self) -> bool {
        self != MediationChannel::InPerson
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MediationCaseStatus {
    /// 调解中
    Open,
    /// 达成调解协议
    Agreement,
    /// 调解不成
    NoAgreement,
}
stored_enum!(MediationCaseStatus { Open => "open", Agreement => "agreement", NoAgreement => "no_agreement" });

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationCaseInput {
    pub org_id: String,
    #[ts(optional)]
    pub mediator_id: Option<String>,
    /// An arbitrator mediating jointly with the organisation (the seed's 联合调解).
    #[ts(optional)]
    pub joint_arbitrator_id: Option<String>,
    pub application: ApplicationForm,
    /// Required for an oral application: the applicant's basic information, the matter,
    /// the reasons and the time, as recorded on the spot (Art. 12).
    #[ts(optional)]
    pub oral_record: Option<String>,
    /// The day the organisation received the application; Art. 14's 15 days run from it.
    pub applied_on: String,
    pub applicant_name: String,
    #[ts(optional)]
    pub applicant_mobile: Option<String>,
    pub respondent_name: String,
    #[ts(optional)]
    pub respondent_contact: Option<String>,
    pub matter: String,
    pub categories: Vec<ClaimCategory>,
    /// Yuan, when money is claimed.
    #[ts(optional)]
    pub amount: Option<String>,
    pub mode: MediationChannel,
}

/// An agreement reached. It takes effect once both parties and the mediator have signed
/// and the organisation has sealed it (Art. 14); until then it is recorded as pending.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgreementInput {
    pub concluded_on: String,
    pub terms: String,
    #[ts(optional)]
    pub performance_due_on: Option<String>,
    pub signed_applicant: bool,
    pub signed_respondent: bool,
    pub signed_mediator: bool,
    pub sealed: bool,
}

/// The signatures and seal completed later; the agreement takes effect on `on`.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignaturesInput {
    pub on: String,
    pub signed_applicant: bool,
    pub signed_respondent: bool,
    pub signed_mediator: bool,
    pub sealed: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoAgreementInput {
    pub concluded_on: String,
    pub reason: String,
}

/// J5: a joint application for arbitral review within 15 days of the agreement taking
/// effect.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewInput {
    pub applied_on: String,
    /// Both parties apply together; a one-sided application is refused.
    pub joint: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationEvent {
    pub at: String,
    pub summary: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationCaseSummary {
    pub id: String,
    pub case_no: String,
    pub org_id: String,
    pub org_name: String,
    pub mediator_name: Option<String>,
    pub applicant_name: String,
    pub respondent_name: String,
    pub applied_on: String,
    /// Art. 14: 15 days from the application's receipt.
    pub due_on: String,
    pub mode: MediationChannel,
    pub status: MediationCaseStatus,
    pub concluded_on: Option<String>,
    pub effective_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationCase {
    pub summary: MediationCaseSummary,
    pub mediator_id: Option<String>,
    pub joint_arbitrator_id: Option<String>,
    pub joint_arbitrator_name: Option<String>,
    pub application: ApplicationForm,
    pub oral_record: Option<String>,
    pub applicant_mobile: Option<String>,
    pub respondent_contact: Option<String>,
    pub matter: String,
    pub categories: Vec<ClaimCategory>,
    #[ts(type = "number | null")]
    pub amount_fen: Option<i64>,
    pub agreement_terms: Option<String>,
    pub performance_due_on: Option<String>,
    pub signed_applicant: bool,
    pub signed_respondent: bool,
    pub signed_mediator: bool,
    pub sealed: bool,
    pub no_agreement_reason: Option<String>,
    pub review_applied_on: Option<String>,
    /// J5: the last day to apply jointly for arbitral review (effective + 15 days).
    pub review_due_on: Option<String>,
    pub referred_case_id: Option<String>,
    pub events: Vec<MediationEvent>,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationCaseQuery {
    #[ts(optional)]
    pub org_id: Option<String>,
    #[ts(optional)]
    pub status: Option<MediationCaseStatus>,
    /// Matches the number, the parties and the matter.
    #[ts(optional)]
    pub text: Option<String>,
    /// Applied on or after.
    #[ts(optional)]
    pub from: Option<String>,
    /// Applied on or before.
    #[ts(optional)]
    pub to: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediationCasePage {
    pub items: Vec<MediationCaseSummary>,
    #[ts(type = "number")]
    pub total: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    /// 政策咨询
    Consultation,
    /// 社保卡服务
    SocialSecurityCard,
    /// 老年人及特殊群体服务
    ElderlySpecial,
    /// 自助设备帮办
    SelfService,
    Other,
}
stored_enum!(ServiceKind {
    Consultation => "consultation", SocialSecurityCard => "social_security_card",
    ElderlySpecial => "elderly_special", SelfService => "self_service", Other => "other"
});

impl ServiceKind {
    pub const ALL: [ServiceKind; 5] = [
        ServiceKind::Consultation,
        ServiceKind::SocialSecurityCard,
        ServiceKind::ElderlySpecial,
        ServiceKind::SelfService,
        ServiceKind::Other,
    ];
    pub fn label_zh(self) -> &'static str {
        match self {
            ServiceKind::Consultation => "政策咨询",
            ServiceKind::SocialSecurityCard => "社保卡服务",
            ServiceKind::ElderlySpecial => "老年人及特殊群体服务",
            ServiceKind::SelfService => "自助设备帮办",
            ServiceKind::Other => "其他服务",
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceLogInput {
    pub on_date: String,
    pub kind: ServiceKind,
    pub count: u32,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceLog {
    pub id: String,
    pub on_date: String,
    pub kind: ServiceKind,
    pub count: u32,
    pub note: String,
    pub created_by_name: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PublicityInput {
    pub held_on: String,
    pub place: String,
    pub topic: String,
    pub participants: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PublicityEvent {
    pub id: String,
    pub held_on: String,
    pub place: String,
    pub topic: String,
    pub participants: u32,
    pub created_by_name: String,
}

/// A date range, inclusive at both ends (YYYY-MM-DD).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DateRange {
    pub from: String,
    pub to: String,
}
