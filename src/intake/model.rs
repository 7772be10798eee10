//! The intake types that cross IPC.
use crate::cases::ClaimCategory;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IntakeChannel {
    /// 服务热线（“直通车”电话）
    Hotline,
    /// 现场来访
    WalkIn,
    /// 网上申请
    Online,
}

impl IntakeChannel {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Hotline => "hotline",
            Self::WalkIn => "walk_in",
            Self::Online => "online",
        }
    }
    pub(super) fn parse(s: &str) -> Option<Self> {
        [Self::Hotline, Self::WalkIn, Self::Online]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IntakeStatus {
    /// 待转办
    Open,
    /// 已转办
    Transferred,
    /// 已办结
    Closed,
}

impl IntakeStatus {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Transferred => "transferred",
            Self::Closed => "closed",
        }
    }
    pub(super) fn parse(s: &str) -> Option<Self> {
        [Self::Open, Self::Transferred, Self::Closed]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewIntake {
    pub channel: IntakeChannel,
    /// RFC 3339 time of the call or visit; now when absent.
    #[ts(optional)]
    pub received_at: Option<String>,
    pub requester_name: String,
    #[ts(optional)]
    pub requester_mobile: Option<String>,
    /// Where the requester is now (the seed's worker was back in Hunan).
    #[ts(optional)]
    pub requester_location: Option<String>,
    #[ts(optional)]
    pub employer_name: Option<String>,
    pub categories: Vec<ClaimCategory>,
    pub summary: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TransferInput {
    /// The arbitration institute or a mediation organization.
    pub handling_unit: String,
    pub responsible_person: String,
    pub transferred_on: String,
    pub due_on: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MaterialStatus {
    Provided,
    /// 容后补缺: accepted now, to be supplied by `dueOn`.
    ToSupplement,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MaterialInput {
    pub name: String,
    pub status: MaterialStatus,
    #[ts(optional)]
    pub due_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Material {
    pub id: String,
    pub position: u32,
    pub name: String,
    pub status: MaterialStatus,
    pub due_on: Option<String>,
    pub provided_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeNote {
    pub id: String,
    pub at: String,
    pub author: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeSummary {
    pub id: String,
    pub intake_no: String,
    pub channel: IntakeChannel,
    pub received_at: String,
    pub requester_name: String,
    pub requester_mobile: Option<String>,
    pub employer_name: Option<String>,
    pub summary: String,
    pub status: IntakeStatus,
    pub handling_unit: Option<String>,
    pub due_on: Option<String>,
    pub case_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeItem {
    pub summary: IntakeSummary,
    pub requester_location: Option<String>,
    pub categories: Vec<ClaimCategory>,
    pub responsible_person: Option<String>,
    pub transferred_on: Option<String>,
    pub outcome: Option<String>,
    pub closed_on: Option<String>,
    pub notes: Vec<IntakeNote>,
    pub materials: Vec<Material>,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeQuery {
    #[ts(optional)]
    pub status: Option<IntakeStatus>,
    #[ts(optional)]
    pub text: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakePage {
    pub items: Vec<IntakeSummary>,
    #[ts(type = "number")]
    pub total: i64,
}

/// An open intake duty due soon: the transfer's due date or a material to supplement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeDue {
    pub intake_id: String,
    pub intake_no: String,
    pub requester_name: String,
    /// What is due, in Chinese: 转办办理期限 or 补交材料：<name>.
    pub what: String,
    pub due_on: String,
    #[ts(type = "number")]
    pub days_left: i64,
}
