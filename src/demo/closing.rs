//! The later steps of the year's arbitration cases: forming the tribunal, mediation
//! attempts, hearings ahead and one under way today, withdrawal, and the 调解书 signed for by both parties,
//! each taken by the role the core requires (tribunals by an arbitrator, 调解书 by the
//! presiding arbitrator, the rest by the clerk).
use super::rng::{Days, Rng};
use super::staff::Staff;
use crate::actor::Actor;
use crate::cases::{self, PartySide};
use crate::closure::{
    self, MediationAttemptInput, MediationMode, MediationPhase, MediationResult,
    MediationStatementInput, ReceiptMethod, SettlementTermInput, StatementEventInput,
    StatementEventKind, WithdrawalInput, WithdrawalKind,
};
use crate::db::Core;
use crate::error::Result;
use crate::hearings::{self, HearingInput, HearingMode, NoticeInput, ServiceMethod};
use crate::minutes::{self, EntryInput, SpeakerRole, Stage};
use crate::tribunal::{self, TribunalInput};

/// The presiding arbitrator and the clerk of a case.
pub(super) struct Bench {
    pub presiding: Actor,
    pub clerk: Actor,
}

pub(super) async fn form_tribunal(
    core: &Core,
    staff: &Staff,
    days: Days,
    rng: &mut Rng,
    id: &str,
    clerk: &Actor,
    accepted: i64,
) -> Result<Bench> {
    let p = rng.range(0, 2) as usize;
    let presiding = staff.arbitrator(p).clone();
    tribunal::set_tribunal(
        core,
        &presiding,
        id,
        TribunalInput {
            sole: None,
            presiding: Some(presiding.user_id.to_string()),
            members: vec![
                staff.arbitrator(p + 1).user_id.to_string(),
                staff.arbitrator(p + 2).user_id.to_string(),
            ],
            clerk: Some(clerk.user_id.to_string()),
            on_date: days.iso(accepted - 2),
        },
    )
    .await?;
    Ok(Bench {
        presiding,
        clerk: clerk.clone(),
    })
}

async fn attempt(
    core: &Core,
    bench: &Bench,
    id: &str,
    on: String,
    result: MediationResult,
    note: &str,
) -> Result<()> {
    closure::record_mediation_attempt(
        core,
        &bench.clerk,
        id,
        MediationAttemptInput {
            hearing_id: None,
            phase: MediationPhase::BeforeHearing,
            mode: if result == MediationResult::Agreement {
                MediationMode::InPerson
            } else {
                MediationMode::Phone
            },
            mediators: format!("仲裁员{}", bench.presiding.display_name),
            held_on: on,
            result,
            note: note.into(),
        },
    )
    .await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn heard(
    core: &Core,
    days: Days,
    rng: &mut Rng,
    bench: &Bench,
    id: &str,
    hearing_in: Option<i64>,
    online: bool,
    tried: bool,
    accepted: i64,
) -> Result<()> {
    if tried {
        let note = "双方对金额分歧较大，未能达成一致，择期开庭";
        attempt(
            core,
            bench,
            id,
            days.iso(accepted - 4),
            MediationResult::NoAgreement,
            note,
        )
        .await?;
    }
    let Some(ahead) = hearing_in else {
        return Ok(());
    };
    let hearing = hearings::schedule_hearing(
        core,
        &bench.clerk,
        id,
        HearingInput {
            date: days.ahead(ahead),
            time: if online { "14:30" } else { "09:30" }.into(),
            mode: if online {
                HearingMode::Online
            } else {
                HearingMode::InPerson
            },
            platform: online.then(|| "腾讯会议".to_owned()),
            meeting_no: online
                .then(|| format!("6{} {} {}", rng.digits(2), rng.digits(3), rng.digits(3))),
            meeting_password: None,
            join_url: None,
            room: (!online).then(|| "第一仲裁庭".to_owned()),
        },
    )
    .await?;
    let file = cases::get(core, &bench.clerk, id).await?;
    for p in &file.parties {
        hearings::record_notice(
            core,
            &bench.clerk,
            &hearing.id,
            NoticeInput {
                party_id: p.id.clone(),
                method: if p.side == PartySide::Applicant {
                    ServiceMethod::Electronic
                } else {
                    ServiceMethod::Post
                },
                // A hearing today had its notices served in time, five days before.
                served_on: days.iso(if ahead == 0 { 6 } else { 1 }),
            },
        )
        .await?;
    }
    if ahead == 0 {
        open_today(core, &bench.clerk, &hearing.id).await?;
    }
    Ok(())
}

/// The hearing held today has begun: the clerk has checked who is present and the
/// presiding arbitrator has opened it, so its case is 审理中.
async fn open_today(core: &Core, clerk: &Actor, hearing_id: &str) -> Result<()> {
    minutes::move_to_stage(core, clerk, hearing_id, Stage::Preparation, None).await?;
    minutes::add_entry(
        core,
        clerk,
        hearing_id,
        EntryInput {
            speaker_role: SpeakerRole::Clerk,
            speaker_label: "书记员".into(),
            text: "核对双方当事人到庭情况，宣布庭审纪律。双方均已通过视频方式到庭。".into(),
            recording_offset_s: None,
        },
    )
    .await?;
    minutes::move_to_stage(core, clerk, hearing_id, Stage::Opening, None).await?;
    Ok(())
}

pub(super) async fn withdrawn(
    core: &Core,
    days: Days,
    rng: &mut Rng,
    bench: &Bench,
    id: &str,
    settled: bool,
    accepted: i64,
) -> Result<()> {
    let on = accepted - rng.range(8, 25);
    closure::withdraw(
        core,
        &bench.clerk,
        WithdrawalInput {
            case_ids: vec![id.to_owned()],
            kind: WithdrawalKind::Voluntary,
            after_settlement: settled,
            on_date: days.iso(on),
            reason: if settled {
                "用人单位已支付款项，申请人申请撤回仲裁申请".into()
            } else {
                "申请人表示另行协商解决，申请撤回仲裁申请".into()
            },
        },
    )
    .await?;
    Ok(())
}

pub(super) async fn mediated(
    core: &Core,
    days: Days,
    rng: &mut Rng,
    bench: &Bench,
    id: &str,
    accepted: i64,
    number: u32,
) -> Result<()> {
    let held = (accepted - rng.range(10, 30)).max(2);
    let note = "经仲裁庭主持调解，双方自愿达成调解协议";
    attempt(
        core,
        bench,
        id,
        days.iso(held),
        MediationResult::Agreement,
        note,
    )
    .await?;
    let file = cases::get(core, &bench.clerk, id).await?;
    let claimed: i64 = file.claims.iter().filter_map(|c| c.amount_fen).sum();
    let agreed = if claimed > 0 {
        claimed / 100 * rng.range(60, 90) / 100
    } else {
        3_000
    };
    let summary: Vec<&str> = file.claims.iter().map(|c| c.description.as_str()).collect();
    let statement = closure::issue_mediation_statement(
        core,
        &bench.presiding,
        id,
        MediationStatementInput {
            doc_no: format!("西劳人仲调字〔{}〕第{number}号", days.ago(held).year()),
            claims_summary: summary.join("；"),
            terms: vec![
                SettlementTermInput {
                    description: "被申请人一次性支付申请人款项，双方劳动争议就此了结".into(),
                    amount: agreed.to_string(),
                    due_on: Some(days.after(held, 10)),
                    manner: "银行转账".into(),
                },
                SettlementTermInput {
                    description: "申请人放弃其他仲裁请求".into(),
                    amount: String::new(),
                    due_on: None,
                    manner: String::new(),
                },
            ],
            issued_on: days.iso(held),
        },
    )
    .await?;
    for (i, p) in file.parties.iter().enumerate() {
        closure::record_statement_event(
            core,
            &bench.clerk,
            &statement.id,
            StatementEventInput {
                party_id: p.id.clone(),
                kind: StatementEventKind::Receipt,
                on_date: days.iso(held - i as i64 - 1),
                method: ReceiptMethod::InPerson,
                note: String::new(),
            },
        )
        .await?;
    }
    Ok(())
}
