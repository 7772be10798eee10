//! Mediation and closure: J1 (mediation before the award), J2 (调解书 effective on both
//! receipts), J4 (withdrawal, deemed withdrawal), K2 (per-item finality by the local
//! minimum wage) and K3 (the remedy notice).
use crate::procedure::{Case, case};
use yunting::ErrorCode;
use yunting::cases::{self, CaseStatus, CloseInput, ClosureType};
use yunting::closure::{
    self, AwardCategory, AwardInput, AwardItemInput, Finality, MediationAttemptInput,
    MediationMode, MediationPhase, MediationResult, MediationStatementInput, MinimumWageInput,
    ReceiptMethod, SettlementTermInput, StatementEventInput, StatementEventKind, StatementStatus,
    WithdrawalInput, WithdrawalKind,
};

/// The seed's case with the employer's counterclaim merged into it; returns its id.
pub async fn merged(c: &Case) -> String {
    let counter = yunting::merge::file_counterclaim(
        &c.db.core,
        &c.clerk,
        &c.id,
        crate::merge::counterclaim("2026-11-26"),
    )
    .await
    .unwrap();
    let cid = counter.summary.id;
    cases::accept(&c.db.core, &c.clerk, &cid, "2026-11-27")
        .await
        .unwrap();
    yunting::merge::merge(&c.db.core, &c.clerk, &c.id, &cid, "2026-11-27")
        .await
        .unwrap();
    cid
}

pub fn attempt(result: MediationResult) -> MediationAttemptInput {
    MediationAttemptInput {
        hearing_id: None,
        phase: MediationPhase::BeforeHearing,
        mode: MediationMode::Video,
        mediators: "仲裁员张仲裁、基层调解员王某".into(),
        held_on: "2026-11-28".into(),
        result,
        note: String::new(),
    }
}

pub async fn wage(c: &Case, from: &str, amount: &str) {
    closure::set_minimum_wage(
        &c.db.core,
        &c.admin,
        MinimumWageInput {
            locality: "庆阳市西峰区".into(),
            effective_from: from.into(),
            amount: amount.into(),
            source: "甘肃省人民政府关于调整全省最低工资标准的通知（测试数据）".into(),
        },
    )
    .await
    .unwrap();
}

pub fn item(case_id: &str, category: AwardCategory, amount: &str) -> AwardItemInput {
    AwardItemInput {
        case_id: case_id.into(),
        category,
        description: "被申请人支付申请人相应款项".into(),
        amount: amount.into(),
    }
}

pub fn award(items: Vec<AwardItemInput>) -> AwardInput {
    AwardInput {
        doc_no: "庆西劳人仲裁字〔2026〕第 15 号".into(),
        made_on: "2026-11-30".into(),
        locality: "庆阳市西峰区".into(),
        items,
        defense: Some("被申请人辩称已足额支付工资。".into()),
        facts: Some("申请人于 2025 年 3 月入职，2026 年 8 月至 10 月工资未发放。".into()),
        reasons: Some("用人单位应当按照劳动合同约定及时足额支付劳动报酬。".into()),
    }
}

#[tokio::test]
async fn j1_no_award_without_mediation_attempted_or_refused() {
    let c = case().await;
    wage(&c, "2025-01-01", "2,020").await;
    let input = || award(vec![item(&c.id, AwardCategory::Pay, "12,000")]);
    let err = closure::make_award(&c.db.core, &c.arbitrator, &c.id, input())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "mediation_not_attempted");
    assert_eq!(
        cases::get(&c.db.core, &c.clerk, &c.id)
            .await
            .unwrap()
            .summary
            .status,
        CaseStatus::Accepted,
        "nothing changed"
    );
    // The generic close cannot get around it.
    let err = cases::close(
        &c.db.core,
        &c.clerk,
        &c.id,
        CloseInput {
            closure_type: ClosureType::AwardFinal,
            on_date: "2026-11-30".into(),
            note: String::new(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "use_closure_flow");

    closure::record_mediation_attempt(
        &c.db.core,
        &c.clerk,
        &c.id,
        attempt(MediationResult::Refused),
    )
    .await
    .unwrap();
    let o = closure::get_closure(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    assert!(
        o.mediation_tried
            .as_deref()
            .unwrap()
            .contains("当事人拒绝调解")
    );
    let err = closure::make_award(&c.db.core, &c.clerk, &c.id, input())
        .await
        .unwrap_err();
    assert_eq!(
        err.code,
        ErrorCode::Forbidden,
        "a clerk does not make awards"
    );
    let made = closure::make_award(&c.db.core, &c.arbitrator, &c.id, input())
        .await
        .unwrap();
    assert_eq!(made.preview.finality, Finality::Final);
    let file = cases::get(&c.db.core, &c.clerk, &c.id).await.unwrap();
    assert_eq!(file.summary.closure_type, Some(ClosureType::AwardFinal));
    assert_eq!(file.summary.closed_on.as_deref(), Some("2026-11-30"));
}

#[tokio::test]
async fn k2_each_item_is_final_up_to_twelve_months_of_the_local_minimum_wage_in_force() {
    let c = case().await;
    closure::record_mediation_attempt(
        &c.db.core,
        &c.clerk,
        &c.id,
        attempt(MediationResult::NoAgreement),
    )
    .await
    .unwrap();
    let preview = |items| closure::preview_award(&c.db.core, &c.arbitrator, &c.id, award(items));
    let err = preview(vec![item(&c.id, AwardCategory::Pay, "1")])
        .await
        .unwrap_err();
    assert_eq!(err.reason, "minimum_wage_missing");
    assert_eq!(err.field.as_deref(), Some("locality"));
    wage(&c, "2025-01-01", "2,000").await; // 12 × = 24,000
    wage(&c, "2026-12-01", "2,500").await; // not yet in force on 2026-11-30
    let p = preview(vec![
        item(&c.id, AwardCategory::Pay, "24,000"),
        item(&c.id, AwardCategory::Compensation, "24,000.01"),
        item(&c.id, AwardCategory::LaborStandards, ""),
        item(&c.id, AwardCategory::Other, ""),
    ])
    .await
    .unwrap();
    assert_eq!(p.min_wage_fen, 200_000);
    assert_eq!(p.min_wage_from, "2025-01-01");
    assert_eq!(p.threshold_fen, 2_400_000);
    let f: Vec<Finality> = p.items.iter().map(|i| i.finality).collect();
    assert_eq!(
        f,
        [
            Finality::Final,
            Finality::NonFinal,
            Finality::Final,
            Finality::NonFinal
        ],
        "per item, as awarded, the limit itself included"
    );
    assert_eq!(
        p.finality,
        Finality::NonFinal,
        "mixed → treated as non-final"
    );
    assert!(p.warnings.iter().any(|w| w.contains("第二十条")));
    let err = preview(vec![item(&c.id, AwardCategory::Damages, "")])
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("items.0.amount"));
}

#[tokio::test]
async fn k3_the_remedy_notice_matches_the_awards_type() {
    let c = case().await;
    wage(&c, "2025-01-01", "2,000").await;
    let preview = |amount: &str| {
        closure::preview_award(
            &c.db.core,
            &c.arbitrator,
            &c.id,
            award(vec![item(&c.id, AwardCategory::Pay, amount)]),
        )
    };
    let final_award = preview("10,000").await.unwrap();
    assert!(final_award.remedy_notice.contains("三十日内"));
    assert!(
        final_award
            .remedy_notice
            .contains("中级人民法院申请撤销裁决")
    );
    let non_final = preview("50,000").await.unwrap();
    assert!(
        non_final
            .remedy_notice
            .contains("十五日内向人民法院提起诉讼")
    );
    assert!(!non_final.remedy_notice.contains("撤销"));
}

#[tokio::test]
async fn j2_a_mediation_statement_takes_effect_on_the_last_receipt_and_closes_the_group() {
    let c = case().await;
    let counter = merged(&c).await;
    let statement = || MediationStatementInput {
        doc_no: "庆西劳人仲调字〔2026〕第 3 号".into(),
        claims_summary: "申请人请求支付拖欠工资；被申请人反请求赔偿损失".into(),
        terms: vec![SettlementTermInput {
            description: "被申请人支付申请人工资".into(),
            amount: "20,000".into(),
            due_on: Some("2026-12-15".into()),
            manner: "银行转账".into(),
        }],
        issued_on: "2026-11-30".into(),
    };
    let err = closure::issue_mediation_statement(&c.db.core, &c.arbitrator, &c.id, statement())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "no_agreement");
    closure::record_mediation_attempt(
        &c.db.core,
        &c.clerk,
        &c.id,
        attempt(MediationResult::Agreement),
    )
    .await
    .unwrap();
    let s = closure::issue_mediation_statement(&c.db.core, &c.arbitrator, &c.id, statement())
        .await
        .unwrap();
    assert_eq!(s.status, StatementStatus::AwaitingReceipts);
    assert_eq!(s.awaiting.len(), 2);
    let receipt = |party: &str, on: &str| StatementEventInput {
        party_id: party.into(),
        kind: StatementEventKind::Receipt,
        on_date: on.into(),
        method: ReceiptMethod::InPerson,
        note: String::new(),
    };
    c.db.clock.advance(time::Duration::days(2)); // 2026-12-02
    let s = closure::record_statement_event(
        &c.db.core,
        &c.clerk,
        &s.id,
        receipt(&c.worker, "2026-11-30"),
    )
    .await
    .unwrap();
    assert_eq!(
        s.status,
        StatementStatus::AwaitingReceipts,
        "one receipt is not enough"
    );
    assert_eq!(
        cases::get(&c.db.core, &c.clerk, &c.id)
            .await
            .unwrap()
            .summary
            .status,
        CaseStatus::Accepted
    );
    let s = closure::record_statement_event(
        &c.db.core,
        &c.clerk,
        &s.id,
        receipt(&c.company, "2026-12-02"),
    )
    .await
    .unwrap();
    assert_eq!(s.status, StatementStatus::Effective);
    assert_eq!(
        s.effective_on.as_deref(),
        Some("2026-12-02"),
        "the last receipt (K4)"
    );
    for id in [&c.id, &counter] {
        let f = cases::get(&c.db.core, &c.clerk, id).await.unwrap();
        assert_eq!(f.summary.closure_type, Some(ClosureType::Mediation));
        assert_eq!(f.summary.closed_on.as_deref(), Some("2026-12-02"));
    }
}

#[tokio::test]
async fn j2_a_party_going_back_before_receipt_voids_the_statement_and_the_case_stays_open() {
    let c = case().await;
    closure::record_mediation_attempt(
        &c.db.core,
        &c.clerk,
        &c.id,
        attempt(MediationResult::Agreement),
    )
    .await
    .unwrap();
    let s = closure::issue_mediation_statement(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        MediationStatementInput {
            doc_no: "庆西劳人仲调字〔2026〕第 4 号".into(),
            claims_summary: "支付拖欠工资".into(),
            terms: vec![SettlementTermInput {
                description: "支付工资".into(),
                amount: "9,000".into(),
                due_on: None,
                manner: String::new(),
            }],
            issued_on: "2026-11-30".into(),
        },
    )
    .await
    .unwrap();
    let mut back = StatementEventInput {
        party_id: c.company.clone(),
        kind: StatementEventKind::Repudiation,
        on_date: "2026-11-30".into(),
        method: ReceiptMethod::InPerson,
        note: String::new(),
    };
    let err = closure::record_statement_event(&c.db.core, &c.clerk, &s.id, back.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("note"));
    back.note = "公司表示无力一次性支付，拒绝签收".into();
    let s = closure::record_statement_event(&c.db.core, &c.clerk, &s.id, back)
        .await
        .unwrap();
    assert_eq!(s.status, StatementStatus::Repudiated);
    let f = cases::get(&c.db.core, &c.clerk, &c.id).await.unwrap();
    assert_eq!(f.summary.status, CaseStatus::Accepted);
    assert!(f.events.iter().any(|e| e.kind == "mediation_repudiated"));
}

#[tokio::test]
async fn j4_both_sides_withdraw_and_both_merged_cases_close() {
    let c = case().await;
    let counter = merged(&c).await;
    let withdrawal = |ids: Vec<String>, kind| WithdrawalInput {
        case_ids: ids,
        kind,
        after_settlement: true,
        on_date: "2026-11-30".into(),
        reason: String::new(),
    };
    let err = closure::withdraw(
        &c.db.core,
        &c.clerk,
        withdrawal(vec![c.id.clone()], WithdrawalKind::Deemed),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("reason"),
        "a deemed withdrawal needs the assessment"
    );
    let done = closure::withdraw(
        &c.db.core,
        &c.clerk,
        withdrawal(
            vec![c.id.clone(), counter.clone()],
            WithdrawalKind::Voluntary,
        ),
    )
    .await
    .unwrap();
    assert_eq!(done.len(), 2);
    for id in [&c.id, &counter] {
        let f = cases::get(&c.db.core, &c.clerk, id).await.unwrap();
        assert_eq!(f.summary.closure_type, Some(ClosureType::Withdrawal));
        assert_eq!(f.closure_note.as_deref(), Some("双方自行和解后撤回"));
    }
    let o = closure::get_closure(&c.db.core, &c.clerk, &counter)
        .await
        .unwrap();
    assert_eq!(o.lead_case_id, c.id);
    assert_eq!(o.withdrawals.len(), 2);
    assert!(o.withdrawals.iter().all(|w| w.after_settlement));
}

/// E3 and E4: a deemed withdrawal needs the written notice served on the applicant and
/// her absence recorded as not joining (or leaving without leave), never a network
/// failure.
#[tokio::test]
async fn e3_e4_a_deemed_withdrawal_needs_a_served_notice_and_an_absence_that_is_not_a_technical_failure()
 {
    use yunting::hearings::{self, Absence, AttendanceInput, IdentityMethod};
    let c = case().await;
    let input = WithdrawalInput {
        case_ids: vec![c.id.clone()],
        kind: WithdrawalKind::Deemed,
        after_settlement: false,
        on_date: "2026-11-30".into(),
        reason: "申请人经书面通知无正当理由拒不到庭".into(),
    };
    let h = hearings::schedule_hearing(
        &c.db.core,
        &c.clerk,
        &c.id,
        hearings::HearingInput {
            date: "2026-11-30".into(),
            time: "09:30".into(),
            mode: hearings::HearingMode::Online,
            platform: Some("腾讯会议".into()),
            meeting_no: Some("123 456 789".into()),
            meeting_password: None,
            join_url: None,
            room: None,
        },
    )
    .await
    .unwrap();
    let absent = |absence| AttendanceInput {
        party_id: Some(c.worker.clone()),
        agent_id: None,
        name: None,
        role: None,
        present: false,
        identity_method: IdentityMethod::NotChecked,
        identity_ok: false,
        authority_checked: None,
        absence,
        note: String::new(),
    };
    let err = hearings::record_attendance(&c.db.core, &c.clerk, &h.id, absent(None))
        .await
        .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("absence"),
        "E4: why absent must be said"
    );
    hearings::record_attendance(
        &c.db.core,
        &c.clerk,
        &h.id,
        absent(Some(Absence::NotJoined)),
    )
    .await
    .unwrap();
    let err = closure::withdraw(&c.db.core, &c.clerk, input.clone())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "notice_not_served", "absent, but never served");
    // A notice by phone is not a written notice.
    let notice = |method| hearings::NoticeInput {
        party_id: c.worker.clone(),
        method,
        served_on: "2026-11-24".into(),
    };
    hearings::record_notice(
        &c.db.core,
        &c.clerk,
        &h.id,
        notice(hearings::ServiceMethod::Phone),
    )
    .await
    .unwrap();
    assert_eq!(
        closure::withdraw(&c.db.core, &c.clerk, input.clone())
            .await
            .unwrap_err()
            .reason,
        "notice_not_served"
    );
    hearings::record_notice(
        &c.db.core,
        &c.clerk,
        &h.id,
        notice(hearings::ServiceMethod::Post),
    )
    .await
    .unwrap();
    // The clerk corrects the record: the line dropped (E4).
    hearings::record_attendance(
        &c.db.core,
        &c.clerk,
        &h.id,
        absent(Some(Absence::TechnicalFailure)),
    )
    .await
    .unwrap();
    assert_eq!(
        closure::withdraw(&c.db.core, &c.clerk, input.clone())
            .await
            .unwrap_err()
            .reason,
        "technical_failure"
    );
    assert_eq!(
        cases::get(&c.db.core, &c.clerk, &c.id)
            .await
            .unwrap()
            .summary
            .status,
        CaseStatus::Accepted
    );
    hearings::record_attendance(
        &c.db.core,
        &c.clerk,
        &h.id,
        absent(Some(Absence::LeftWithoutLeave)),
    )
    .await
    .unwrap();
    closure::withdraw(&c.db.core, &c.clerk, input)
        .await
        .unwrap();
    let f = cases::get(&c.db.core, &c.clerk, &c.id).await.unwrap();
    assert_eq!(f.summary.closure_type, Some(ClosureType::DeemedWithdrawal));
}

#[tokio::test]
async fn j4_k2_after_the_counterclaim_is_withdrawn_the_claim_alone_is_awarded() {
    let c = case().await;
    let counter = merged(&c).await;
    wage(&c, "2025-01-01", "2,000").await;
    closure::withdraw(
        &c.db.core,
        &c.clerk,
        WithdrawalInput {
            case_ids: vec![counter.clone()],
            kind: WithdrawalKind::Voluntary,
            after_settlement: false,
            on_date: "2026-11-30".into(),
            reason: "被申请人撤回反申请".into(),
        },
    )
    .await
    .unwrap();
    closure::record_mediation_attempt(
        &c.db.core,
        &c.clerk,
        &c.id,
        attempt(MediationResult::NoAgreement),
    )
    .await
    .unwrap();
    let err = closure::preview_award(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        award(vec![item(&counter, AwardCategory::Damages, "8,000")]),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("items.0.caseId"),
        "the withdrawn case takes no item"
    );
    let made = closure::make_award(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        award(vec![item(&c.id, AwardCategory::Pay, "18,600")]),
    )
    .await
    .unwrap();
    assert!(
        made.preview.warnings.is_empty(),
        "{:?}",
        made.preview.warnings
    );
    let claim = cases::get(&c.db.core, &c.clerk, &c.id).await.unwrap();
    assert_eq!(claim.summary.closure_type, Some(ClosureType::AwardFinal));
    let counterclaim = cases::get(&c.db.core, &c.clerk, &counter).await.unwrap();
    assert_eq!(
        counterclaim.summary.closure_type,
        Some(ClosureType::Withdrawal),
        "the withdrawal stands"
    );
}
