//! Recording the dated events the clock reads: service, defense, waiver, suspension,
//! resumption, extension and the other Art. 46 events. Each is checked against its
//! rule, appended to the ledger and audited in one transaction.
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseStatus};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::bounded;
use crate::types::{format_date, parse_date, shanghai_today};
use serde::Deserialize;
use ts_rs::TS;
use uuid::Uuid;

/// The events a user records by hand; the others (received, accepted, closed, merged)
/// are written by the steps that cause them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecordableEvent {
    /// 申请材料补正齐全 (A4: acceptance is counted from here).
    MaterialsCompleted,
    /// 被申请人收到申请书副本 (B2: the defense period starts).
    ServedRespondent,
    /// 收到答辩书
    DefenseReceived,
    /// 被申请人放弃答辩期 (C4, G4).
    DefenseWaived,
    /// 仲裁庭组成通知已送达
    TribunalNotified,
    /// 确定开庭日期 (`onDate` is the hearing date).
    HearingScheduled,
    /// 开庭通知已送达
    HearingNoticeServed,
    /// 追加当事人 (C6: the award deadline restarts).
    PartyAdded,
    /// 增加或变更仲裁请求 (C5: restarts).
    ClaimsChanged,
    /// 移送管辖案件收到 (restarts).
    TransferReceived,
    /// 中止审理 (I2): a ground of Rules Art. 47 and the approver.
    Suspended,
    /// 恢复审理
    Resumed,
    /// 延长审理期限 (I1): at most once, at most 15 days, with the approver.
    ExtensionApproved,
}

impl RecordableEvent {
    fn kind(self) -> &'static str {
        match self {
            Self::MaterialsCompleted => "materials_completed",
            Self::ServedRespondent => "served_respondent",
            Self::DefenseReceived => "defense_received",
            Self::DefenseWaived => "defense_waived",
            Self::TribunalNotified => "tribunal_notified",
            Self::HearingScheduled => "hearing_scheduled",
            Self::HearingNoticeServed => "hearing_notice_served",
            Self::PartyAdded => "party_added",
            Self::ClaimsChanged => "claims_changed",
            Self::TransferReceived => "transfer_received",
            Self::Suspended => "suspended",
            Self::Resumed => "resumed",
            Self::ExtensionApproved => "extension_approved",
        }
    }

    fn label_zh(self) -> &'static str {
        match self {
            Self::MaterialsCompleted => "申请材料补正齐全",
            Self::ServedRespondent => "被申请人收到申请书副本",
            Self::DefenseReceived => "收到答辩书",
            Self::DefenseWaived => "被申请人放弃答辩期",
            Self::TribunalNotified => "仲裁庭组成通知已送达",
            Self::HearingScheduled => "确定开庭日期",
            Self::HearingNoticeServed => "开庭通知已送达",
            Self::PartyAdded => "追加当事人",
            Self::ClaimsChanged => "增加或变更仲裁请求",
            Self::TransferReceived => "收到移送管辖案件",
            Self::Suspended => "中止审理",
            Self::Resumed => "恢复审理",
            Self::ExtensionApproved => "延长审理期限",
        }
    }

    /// Events that may only happen before the decision on acceptance.
    fn before_acceptance(self) -> bool {
        self == Self::MaterialsCompleted
    }
}

/// The grounds for suspension of Rules Art. 47.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SuspensionGround {
    WorkerDied,
    WorkerIncapacitated,
    EmployerTerminated,
    ForceMajeure,
    DependsOnOtherCase,
    AwaitingDetermination,
    Other,
}

impl SuspensionGround {
    fn label_zh(self) -> &'static str {
        match self {
            Self::WorkerDied => "劳动者一方当事人死亡，需要等待继承人表明是否参加仲裁",
            Self::WorkerIncapacitated => "劳动者一方当事人丧失民事行为能力，尚未确定法定代理人",
            Self::EmployerTerminated => "用人单位终止，尚未确定权利义务承继者",
            Self::ForceMajeure => "一方当事人因不可抗拒的事由，不能参加仲裁",
            Self::DependsOnOtherCase => {
                "案件审理需要以其他案件的审理结果为依据，且其他案件尚未审结"
            }
            Self::AwaitingDetermination => "案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论",
            Self::Other => "其他应当中止仲裁审理的情形",
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventInput {
    pub kind: RecordableEvent,
    pub on_date: String,
    #[serde(default)]
    pub detail: String,
    /// Who approved (suspension, extension): the commission chair or the authorised
    /// head of the institute.
    #[ts(optional)]
    pub approver: Option<String>,
    /// The extension's length in days.
    #[ts(optional)]
    pub days: Option<u32>,
    #[ts(optional)]
    pub ground: Option<SuspensionGround>,
}

pub async fn record_event(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: EventInput,
) -> Result<()> {
    if actor.role == crate::actor::Role::Mediator {
        return Err(Error::forbidden("调解员不能修改仲裁案件"));
    }
    let on = parse_date(&input.on_date, "onDate")?;
    let today = shanghai_today(core.now());
    if input.kind != RecordableEvent::HearingScheduled && on > today {
        return Err(Error::validation(
            "onDate",
            "date_in_future",
            "日期不能晚于今天",
        ));
    }
    let detail = bounded(&input.detail, "detail", 1_000)?;
    let approver = input
        .approver
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty());

    let mut tx = core.begin_write().await?;
    let file = cases::get(core, actor, case_id).await?;
    let status = file.summary.status;
    let open = matches!(status, CaseStatus::Accepted | CaseStatus::InProgress);
    if input.kind.before_acceptance() {
        if status != CaseStatus::Received {
            return Err(Error::precondition(
                "already_decided",
                "案件已作出受理决定，无需再登记材料补正",
            ));
        }
    } else if !open {
        return Err(Error::precondition(
            "case_not_open",
            "只有已受理、审理中的案件可以登记此事项",
        ));
    }
    if let Some(accepted) = &file.summary.accepted_on
        && !input.kind.before_acceptance()
        && format_date(on).as_str() < accepted.as_str()
    {
        return Err(Error::validation(
            "onDate",
            "date_too_early",
            format!("日期不能早于受理日期 {accepted}"),
        ));
    }
    let kinds: Vec<&str> = file.events.iter().map(|e| e.kind.as_str()).collect();
    let suspended = kinds
        .iter()
        .rev()
        .find(|k| **k == "suspended" || **k == "resumed")
        == Some(&"suspended");
    let mut ground = None;
    let mut days = None;
    match input.kind {
        RecordableEvent::Suspended => {
            let g = input.ground.ok_or_else(|| {
                Error::validation("ground", "ground_required", "请选择中止审理的法定事由")
            })?;
            approver.ok_or_else(|| {
                Error::validation(
                    "approver",
                    "approver_required",
                    "中止审理须经仲裁委员会主任或其授权的仲裁院院长批准，请填写批准人",
                )
            })?;
            if suspended {
                return Err(Error::precondition(
                    "already_suspended",
                    "案件已处于中止审理状态",
                ));
            }
            ground = Some(g.label_zh());
        }
        RecordableEvent::Resumed if !suspended => {
            return Err(Error::precondition(
                "not_suspended",
                "案件未中止审理，无需恢复",
            ));
        }
        RecordableEvent::ExtensionApproved => {
            let d = input
                .days
                .ok_or_else(|| Error::validation("days", "days_required", "请填写延长的天数"))?;
            if !(1..=15).contains(&d) {
                return Err(Error::validation(
                    "days",
                    "extension_too_long",
                    "延长期限不得超过十五日",
                ));
            }
            approver.ok_or_else(|| {
                Error::validation(
                    "approver",
                    "approver_required",
                    "延长审理期限须经仲裁委员会主任或其授权的仲裁院院长书面批准，请填写批准人",
                )
            })?;
            if kinds.contains(&"extension_approved") {
                return Err(Error::precondition(
                    "already_extended",
                    "审理期限只能延长一次",
                ));
            }
            days = Some(d);
        }
        RecordableEvent::DefenseReceived | RecordableEvent::DefenseWaived
            if !kinds.contains(&"served_respondent") =>
        {
            return Err(Error::precondition(
                "not_served",
                "尚未登记被申请人收到申请书副本，答辩期尚未开始",
            ));
        }
        _ => {}
    }
    let now = to_rfc3339(core.now());
    sqlx::query(
        "INSERT INTO case_events (id, case_id, kind, on_date, detail, days, ground, approver, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(case_id)
    .bind(input.kind.kind())
    .bind(format_date(on))
    .bind(detail)
    .bind(days)
    .bind(ground)
    .bind(approver)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let mut summary = format!(
        "{}：{}（{}）",
        file.summary
            .case_no
            .as_deref()
            .unwrap_or(&file.summary.cause),
        input.kind.label_zh(),
        format_date(on)
    );
    if let Some(g) = ground {
        summary.push_str(&format!("，事由：{g}"));
    }
    if let Some(d) = days {
        summary.push_str(&format!("，延长 {d} 日"));
    }
    if let Some(a) = approver {
        summary.push_str(&format!("，批准人：{a}"));
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.event",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
