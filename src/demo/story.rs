//! The seed report's story, step by step through the core: 赵丽, back home in Changsha,
//! calls the 直通车 about wage arrears and her dismissal by an environmental company in
//! Xifeng; the request is transferred to the institute and registered as a case; a
//! video mediation fails and the company counterclaims for its equipment losses; the
//! counterclaim is accepted and merged; both parties consent online to summary
//! handling, the company waives its defense period, both e-sign the confirmation; the
//! arbitrator decides summary handling as sole arbitrator; the next day the online
//! hearing (腾讯会议 + e-signature) is held (`hearing`), mediation after it succeeds and
//! both withdraw their claims.
use super::hearing;
use super::names::{self, HUNAN};
use super::parties;
use super::rng::{Days, Rng};
use super::staff::{INSTITUTE, Staff};
use super::summary;
use crate::cases::{self, Channel, ClaimCategory, ClaimInput, EvidenceInput, NewCase};
use crate::closure::{self, MediationAttemptInput, MediationMode, MediationPhase, MediationResult};
use crate::db::Core;
use crate::deadlines::{self, EventInput, RecordableEvent};
use crate::error::Result;
use crate::intake::{self, IntakeChannel, NewIntake, TransferInput};
use crate::merge;
use crate::tribunal::{self, TribunalInput};
use crate::types::Sex;

pub(super) const WORKER: &str = "赵丽";
pub(super) const EMPLOYER: &str = "庆阳清源环保科技有限公司";
const CALL: &str = "赵女士从湖南长沙来电反映：西峰区某环保公司拖欠其工资并无故将其辞退；她现已返回湖南老家，不方便到现场申请劳动仲裁，请求帮助。";
const FACTS: &str = "申请人自2024年3月起在被申请人处从事环保设备操作工作，被申请人拖欠其两个月工资，并于其请假返乡期间无故将其辞退。";
const WAGES: &str = "请求裁决被申请人支付拖欠的两个月工资";
const DAMAGES: &str = "请求裁决被申请人支付违法解除劳动合同赔偿金";
/// The call came twelve days ago; the case was accepted the same day.
pub(super) const ACCEPTED_AGO: i64 = 12;

/// The story's two cases: the worker's claim (the lead) and the counterclaim.
pub(super) struct Story {
    pub lead: String,
    pub counter: String,
    pub intake: String,
    pub worker: String,
    pub company: String,
}

pub(super) async fn build(
    core: &Core,
    staff: &Staff,
    days: Days,
    mediator: &str,
) -> Result<String> {
    let mut rng = Rng::new(0x5EED_0200);
    let (clerk, arb) = (staff.clerk(0), staff.arbitrator(0));
    let mut zhao = names::person_from(&mut rng, HUNAN, Sex::Female, days.today);
    zhao.name = WORKER.into();
    let d = ACCEPTED_AGO;
    let call = NewIntake {
        channel: IntakeChannel::Hotline,
        received_at: Some(days.at(d, 9, 40)),
        requester_name: WORKER.into(),
        requester_mobile: Some(zhao.mobile.clone()),
        requester_location: Some("湖南省长沙市".into()),
        employer_name: Some(EMPLOYER.into()),
        categories: vec![ClaimCategory::PayCompensation, ClaimCategory::Dismissal],
        summary: CALL.into(),
    };
    let item = intake::create(core, clerk, call).await?;
    let id = item.summary.id;
    intake::transfer(
        core,
        clerk,
        &id,
        TransferInput {
            handling_unit: INSTITUTE.into(),
            responsible_person: arb.display_name.clone(),
            transferred_on: days.iso(d),
            due_on: days.after(d, 5),
        },
    )
    .await?;
    let visit = format!(
        "当天，承办仲裁员{}联合北街街道劳动人事争议调解中心调解员{mediator}前往用人单位调查核实",
        arb.display_name
    );
    intake::add_note(core, clerk, &id, &visit).await?;
    intake::close(
        core,
        clerk,
        &id,
        "已转仲裁院按仲裁申请登记，由仲裁员联合基层调解组织办理",
        &days.iso(d),
    )
    .await?;

    let worker = parties::worker(&zhao, "环保设备操作工", EMPLOYER);
    let mut company = parties::employer(&mut rng, EMPLOYER);
    company.legal_rep_name = Some("孙建国".into());
    company.legal_rep_title = Some("总经理".into());
    let claim = |category, description: &str, amount: &str| ClaimInput {
        category,
        description: description.into(),
        amount: Some(amount.into()),
        claimant: 0,
        respondent: 1,
    };
    let application = NewCase {
        channel: Channel::Transferred,
        cause: "拖欠工资、违法解除劳动合同".into(),
        facts: FACTS.into(),
        received_on: days.iso(d),
        parties: vec![worker.clone(), company.clone()],
        claims: vec![
            claim(ClaimCategory::PayCompensation, WAGES, "18600"),
            claim(ClaimCategory::Dismissal, DAMAGES, "12400"),
        ],
        evidence: vec![EvidenceInput {
            party: 0,
            name: "工资银行流水".into(),
            purpose: "证明工资标准及拖欠事实".into(),
            original_available: true,
        }],
        no_evidence_declared: false,
        oral_confirmed: false,
        priority: false,
    };
    let file = intake::convert_to_case(core, clerk, &id, application).await?;
    let lead = file.summary.id;
    cases::accept(core, clerk, &lead, &days.iso(d)).await?;
    tribunal::set_tribunal(
        core,
        arb,
        &lead,
        TribunalInput {
            sole: None,
            presiding: Some(arb.user_id.to_string()),
            members: vec![
                staff.arbitrator(1).user_id.to_string(),
                staff.arbitrator(2).user_id.to_string(),
            ],
            clerk: Some(clerk.user_id.to_string()),
            on_date: days.iso(d),
        },
    )
    .await?;
    deadlines::record_event(
        core,
        clerk,
        &lead,
        EventInput {
            kind: RecordableEvent::ServedRespondent,
            on_date: days.iso(d),
            detail: "通过电子送达方式向被申请人送达仲裁申请书副本".into(),
            approver: None,
            days: None,
            ground: None,
        },
    )
    .await?;
    let mediators = format!("仲裁员{}、基层调解员{mediator}", arb.display_name);
    let attempt = |on: i64, mode, note: &str| MediationAttemptInput {
        hearing_id: None,
        phase: MediationPhase::BeforeHearing,
        mode,
        mediators: mediators.clone(),
        held_on: days.iso(on),
        result: MediationResult::NoAgreement,
        note: note.into(),
    };
    closure::record_mediation_attempt(
        core,
        clerk,
        &lead,
        attempt(
            d,
            MediationMode::Video,
            "利用微信视频组织双方调解，因意见分歧较大未能达成一致；被申请人当场递交反申请书",
        ),
    )
    .await?;

    let counter = merge::file_counterclaim(
        core,
        clerk,
        &lead,
        NewCase {
            channel: Channel::Written,
            cause: "劳动者赔偿经济损失".into(),
            facts: "被申请人离职时未办理工作交接，致使申请人污水处理设备停运两日，造成经济损失。"
                .into(),
            received_on: days.iso(d),
            parties: vec![parties::swapped(&company), parties::swapped(&worker)],
            claims: vec![claim(
                ClaimCategory::PayCompensation,
                "请求裁决被申请人赔偿设备停运造成的经济损失",
                "8000",
            )],
            evidence: vec![EvidenceInput {
                party: 0,
                name: "设备运行记录及维修单据".into(),
                purpose: "证明设备停运及损失金额".into(),
                original_available: true,
            }],
            no_evidence_declared: false,
            oral_confirmed: false,
            priority: false,
        },
    )
    .await?
    .summary
    .id;
    cases::accept(core, clerk, &counter, &days.iso(d - 1)).await?;
    merge::merge(core, clerk, &lead, &counter, &days.iso(d - 1)).await?;
    closure::record_mediation_attempt(
        core,
        clerk,
        &lead,
        attempt(
            8,
            MediationMode::Phone,
            "仲裁员和调解员多次通过电话为双方释法明理，双方分歧缩小",
        ),
    )
    .await?;

    let file = cases::get(core, clerk, &lead).await?;
    let story = Story {
        lead,
        counter,
        intake: id,
        worker: file.parties[0].id.clone(),
        company: file.parties[1].id.clone(),
    };
    summary::consents(core, staff, days, &story).await?;
    summary::decide(core, staff, days, &story).await?;
    hearing::hold(core, staff, days, &story, &mediators).await?;
    Ok(story.lead)
}
