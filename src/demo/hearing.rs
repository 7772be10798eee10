//! The seed story's online hearing (腾讯会议 + 电子签), held today, the day after the
//! decision: notices served electronically, identities checked on camera, the minutes
//! taken stage by stage, read back, e-signed by everyone and locked; then the
//! mediation after the hearing reaches agreement and both parties withdraw.
use super::rng::Days;
use super::staff::Staff;
use super::story::{EMPLOYER, Story, WORKER};
use crate::closure::{
    self, MediationAttemptInput, MediationMode, MediationPhase, MediationResult, WithdrawalInput,
    WithdrawalKind,
};
use crate::db::Core;
use crate::error::Result;
use crate::hearings::{
    self, AttendanceInput, HearingInput, HearingMode, IdentityMethod, NoticeInput, ServiceMethod,
};
use crate::intake;
use crate::minutes::{self, EntryInput, SignInput, SignMethod, SpeakerRole, Stage};

/// Who says what in the minutes.
type Said<'a> = (SpeakerRole, &'a str, &'a str);

pub(super) async fn hold(
    core: &Core,
    staff: &Staff,
    days: Days,
    s: &Story,
    mediators: &str,
) -> Result<()> {
    let (clerk, arb) = (staff.clerk(0), staff.arbitrator(0));
    let hearing = hearings::schedule_hearing(
        core,
        clerk,
        &s.lead,
        HearingInput {
            date: days.iso(0),
            time: "09:30".into(),
            mode: HearingMode::Online,
            platform: Some("腾讯会议".into()),
            meeting_no: Some("856 320 417".into()),
            meeting_password: None,
            join_url: None,
            room: None,
        },
    )
    .await?;
    let h = hearing.id;
    for party in [&s.worker, &s.company] {
        let notice = NoticeInput {
            party_id: party.clone(),
            method: ServiceMethod::Electronic,
            served_on: days.iso(1),
        };
        hearings::record_notice(core, clerk, &h, notice).await?;
        let check = AttendanceInput {
            party_id: Some(party.clone()),
            agent_id: None,
            name: None,
            role: None,
            present: true,
            identity_method: IdentityMethod::IdOnCamera,
            identity_ok: true,
            authority_checked: None,
            absence: None,
            note: "手机接入腾讯会议，镜头前出示身份证件".into(),
        };
        hearings::record_attendance(core, clerk, &h, check).await?;
    }
    let recorder = format!("书记员{}", clerk.display_name);
    let recorder = recorder.as_str();
    let sole = format!("独任仲裁员{}", arb.display_name);
    let sole = sole.as_str();
    let worker = format!("申请人{WORKER}");
    let worker = worker.as_str();
    let company = format!("被申请人{EMPLOYER}（法定代表人孙建国）");
    let company = company.as_str();
    let lines: [(Stage, &[Said]); 8] = [
        (
            Stage::Preparation,
            &[(
                SpeakerRole::Clerk,
                recorder,
                "核对双方当事人到庭情况，宣布线上庭审纪律；本次庭审全程录音录像。",
            )],
        ),
        (
            Stage::Opening,
            &[
                (
                    SpeakerRole::SoleArbitrator,
                    sole,
                    "宣布开庭。本案与反申请案合并审理，适用简易处理，由本人独任审理。告知当事人权利义务，询问是否申请回避。",
                ),
                (SpeakerRole::Applicant, worker, "听清楚了，不申请回避。"),
                (SpeakerRole::Respondent, company, "听清楚了，不申请回避。"),
            ],
        ),
        (
            Stage::StatementDefense,
            &[
                (
                    SpeakerRole::Applicant,
                    worker,
                    "请求裁决被申请人支付拖欠的两个月工资18600元及违法解除劳动合同赔偿金12400元。",
                ),
                (
                    SpeakerRole::Respondent,
                    company,
                    "申请人未办交接即离岗，公司并未违法解除；公司提出反申请，请求赔偿设备停运损失8000元。",
                ),
            ],
        ),
        (
            Stage::Investigation,
            &[
                (
                    SpeakerRole::Applicant,
                    worker,
                    "对设备运行记录的真实性无异议，但停运与本人无关。",
                ),
                (
                    SpeakerRole::Respondent,
                    company,
                    "对工资银行流水无异议，确认尚欠两个月工资。",
                ),
            ],
        ),
        (
            Stage::Debate,
            &[
                (
                    SpeakerRole::Applicant,
                    worker,
                    "公司在本人请假返乡期间通知辞退，属于违法解除。",
                ),
                (
                    SpeakerRole::Respondent,
                    company,
                    "申请人长期未到岗，公司的处理有制度依据。",
                ),
            ],
        ),
        (
            Stage::FinalStatement,
            &[
                (SpeakerRole::Applicant, worker, "坚持仲裁请求。"),
                (
                    SpeakerRole::Respondent,
                    company,
                    "坚持答辩意见及反申请请求。",
                ),
            ],
        ),
        (
            Stage::Mediation,
            &[(
                SpeakerRole::SoleArbitrator,
                sole,
                "征询调解意见，双方均同意庭后继续在线协商。",
            )],
        ),
        (
            Stage::Closing,
            &[(
                SpeakerRole::SoleArbitrator,
                sole,
                "宣布闭庭。笔录经宣读，由双方在线核对后电子签名。",
            )],
        ),
    ];
    for (stage, entries) in lines {
        minutes::move_to_stage(core, clerk, &h, stage, None).await?;
        for (role, label, text) in entries {
            let entry = EntryInput {
                speaker_role: *role,
                speaker_label: label.to_string(),
                text: text.to_string(),
                recording_offset_s: None,
            };
            minutes::add_entry(core, clerk, &h, entry).await?;
        }
    }
    let read = minutes::read_back(core, clerk, &h).await?;
    for (i, signer) in read.signers.iter().enumerate() {
        let sign = SignInput {
            signer_key: signer.key.clone(),
            minutes_hash: read.hash.clone(),
            method: SignMethod::ESign,
            flow_no: Some(format!(
                "TXESIGN-{}-{:04}",
                days.iso(0).replace('-', ""),
                i + 21
            )),
            signature_png: None,
        };
        minutes::sign_minutes(core, clerk, &h, sign).await?;
    }
    minutes::lock_minutes(core, clerk, &h).await?;

    closure::record_mediation_attempt(core, clerk, &s.lead, MediationAttemptInput {
        hearing_id: Some(h.clone()),
        phase: MediationPhase::AfterHearing,
        mode: MediationMode::Video,
        mediators: mediators.into(),
        held_on: days.iso(0),
        result: MediationResult::Agreement,
        note: "庭后经释法明理，双方达成和解：被申请人支付申请人工资及补偿共计24000元，不再主张设备损失；双方各自撤回仲裁请求".into(),
    }).await?;
    closure::withdraw(
        core,
        clerk,
        WithdrawalInput {
            case_ids: vec![s.lead.clone(), s.counter.clone()],
            kind: WithdrawalKind::Voluntary,
            after_settlement: true,
            on_date: days.iso(0),
            reason: "双方自行和解，各自撤回仲裁请求".into(),
        },
    )
    .await?;
    let note = "庭审结束后，工作人员就劳动法、劳动合同法等法律法规向双方当事人作了详细宣传";
    intake::add_note(core, clerk, &s.intake, note).await?;
    Ok(())
}
