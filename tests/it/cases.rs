//! Case files: creation, acceptance (A1, A2), non-acceptance (A5), closure (J6),
//! party identifiers (M1–M3) and case numbering.
use crate::support::{PASSWORD, TestDb, by_username, new_user};
use yunting::actor::Role;
use yunting::audit::{self, AuditQuery};
use yunting::cases::{
    self, CaseQuery, CaseStatus, Channel, ClaimCategory, ClaimInput, CloseInput, ClosureType,
    EvidenceInput, NewCase, NotAcceptInput, NotAcceptedKind, PartyInput, PartyKind, PartySide,
};
use yunting::types::Sex;
use yunting::{Actor, ErrorCode};

/// The seed's worker, back home in Hunan.
pub fn worker() -> PartyInput {
    PartyInput {
        side: PartySide::Applicant,
        kind: PartyKind::Person,
        name: "赵丽".into(),
        sex: None,
        birth_date: None,
        id_type: None,
        id_number: Some("430102199001011246".into()),
        occupation: Some("环保设备操作工".into()),
        workplace: Some("庆阳某环保科技有限公司".into()),
        credit_code: None,
        credit_code_override_reason: None,
        legal_rep_name: None,
        legal_rep_title: None,
        domicile: Some("湖南省长沙市芙蓉区五一大道 100 号".into()),
        mailing_address: Some("湖南省长沙市芙蓉区五一大道 100 号".into()),
        mobile: Some("139 1234 5678".into()),
        phone: None,
        current_location: Some("湖南省长沙市".into()),
    }
}

pub fn employer() -> PartyInput {
    PartyInput {
        side: PartySide::Respondent,
        kind: PartyKind::Organization,
        name: "庆阳某环保科技有限公司".into(),
        credit_code: Some("91621002MA72XF5K37".into()),
        legal_rep_name: Some("孙建国".into()),
        legal_rep_title: Some("总经理".into()),
        domicile: Some("甘肃省庆阳市西峰区长庆大道 8 号".into()),
        mailing_address: Some("甘肃省庆阳市西峰区长庆大道 8 号".into()),
        phone: Some("0934-8888888".into()),
        ..blank(PartySide::Respondent, PartyKind::Organization)
    }
}

fn blank(side: PartySide, kind: PartyKind) -> PartyInput {
    PartyInput {
        side,
        kind,
        name: String::new(),
        sex: None,
        birth_date: None,
        id_type: None,
        id_number: None,
        occupation: None,
        workplace: None,
        credit_code: None,
        credit_code_override_reason: None,
        legal_rep_name: None,
        legal_rep_title: None,
        domicile: None,
        mailing_address: None,
        mobile: None,
        phone: None,
        current_location: None,
    }
}

pub fn seed_application() -> NewCase {
    NewCase {
        channel: Channel::Transferred,
        cause: "拖欠工资、违法解除劳动合同".into(),
        facts: "申请人于 2023 年 3 月入职被申请人处，被申请人自 2024 年 6 月起拖欠工资，并于 2024 年 9 月无故将其辞退。".into(),
        received_on: "2026-11-23".into(),
        parties: vec![worker(), employer()],
        claims: vec![
            ClaimInput {
                category: ClaimCategory::PayCompensation,
                description: "支付 2024 年 6 月至 9 月拖欠的工资".into(),
                amount: Some("18,600.00".into()),
                claimant: 0,
                respondent: 1,
            },
            ClaimInput {
                category: ClaimCategory::Dismissal,
                description: "支付违法解除劳动合同赔偿金".into(),
                amount: Some("12400元".into()),
                claimant: 0,
                respondent: 1,
            },
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
    }
}

async fn clerk(db: &TestDb, admin: &Actor) -> Actor {
    let user = yunting::auth::register(&db.core, new_user("clerk1", "13700000001", "李书记"))
        .await
        .unwrap();
    yunting::auth::approve_user(&db.core, admin, &user.id, Role::Clerk)
        .await
        .unwrap();
    db.actor(
        &yunting::auth::sign_in(&db.core, by_username("clerk1", PASSWORD))
            .await
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_complete_application_is_saved_whole_with_identifiers_normalised() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    assert_eq!(file.summary.status, CaseStatus::Received);
    assert_eq!(
        file.summary.case_no, None,
        "numbers are given on acceptance"
    );
    assert_eq!(file.summary.applicants, "赵丽");
    assert_eq!(file.summary.respondents, "庆阳某环保科技有限公司");
    let worker = &file.parties[0];
    assert_eq!(worker.mobile.as_deref(), Some("13912345678"));
    assert_eq!(
        worker.birth_date.as_deref(),
        Some("1990-01-01"),
        "taken from the ID number"
    );
    assert_eq!(worker.sex, Some(Sex::Female));
    assert_eq!(
        file.claims.iter().map(|c| c.amount_fen).collect::<Vec<_>>(),
        [Some(1_860_000), Some(1_240_000)]
    );
    assert_eq!(file.claims[0].claimant_party_id, worker.id);
    assert_eq!(file.events[0].kind, "received");
    assert!(
        file.missing_for_acceptance.is_empty(),
        "{:?}",
        file.missing_for_acceptance
    );
}

#[tokio::test]
async fn m1_a_bad_id_number_is_a_field_error_and_nothing_is_saved() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.parties[0].id_number = Some("430102199001011245".into());
    let err = cases::create(&db.core, &admin, app).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.field.as_deref(), Some("parties.0.idNumber"));
    let page = cases::list(
        &db.core,
        &admin,
        CaseQuery {
            status: None,
            offset: 0,
            limit: 20,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(page.total, 0);
}

#[tokio::test]
async fn m1_birth_date_and_sex_must_agree_with_the_id_number() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.parties[0].sex = Some(Sex::Male);
    assert_eq!(
        cases::create(&db.core, &admin, app)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("parties.0.sex")
    );
}

#[tokio::test]
async fn m2_a_failing_credit_code_needs_a_reason_which_is_audited() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.parties[1].credit_code = Some("91350211M0000XUF46".into());
    let err = cases::create(&db.core, &admin, app.clone())
        .await
        .unwrap_err();
    assert_eq!(
        (err.reason.as_str(), err.field.as_deref()),
        ("credit_code_checksum", Some("parties.1.creditCode"))
    );

    app.parties[1].credit_code_override_reason = Some("营业执照原件所载代码即为此，已核对".into());
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    assert_eq!(
        file.parties[1].credit_code.as_deref(),
        Some("91350211M0000XUF46")
    );
    let page = audit::list(
        &db.core,
        &admin,
        AuditQuery {
            offset: 0,
            limit: 1,
        },
    )
    .await
    .unwrap();
    assert!(
        page.entries[0]
            .summary
            .contains("统一社会信用代码校验未通过"),
        "{}",
        page.entries[0].summary
    );
}

#[tokio::test]
async fn m3_a_bad_mobile_names_the_party_field() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.parties[0].mobile = Some("1391234567".into());
    assert_eq!(
        cases::create(&db.core, &admin, app)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("parties.0.mobile")
    );
}

#[tokio::test]
async fn bad_claims_are_refused_with_their_field() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.claims[1].amount = Some("12,40.00".into());
    assert_eq!(
        cases::create(&db.core, &admin, app)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("claims.1.amount")
    );
    let mut app = seed_application();
    app.claims[0].respondent = 0;
    assert_eq!(
        cases::create(&db.core, &admin, app)
            .await
            .unwrap_err()
            .reason,
        "claim_parties_invalid"
    );
}

#[tokio::test]
async fn a1_an_incomplete_application_lists_what_is_missing_and_cannot_be_accepted() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.parties[1].legal_rep_title = None;
    app.parties[0].mailing_address = None;
    app.evidence.clear();
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    let fields: Vec<&str> = file
        .missing_for_acceptance
        .iter()
        .map(|m| m.field.as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "parties.0.mailingAddress",
            "parties.1.legalRepTitle",
            "evidence"
        ]
    );

    let err = cases::accept(&db.core, &admin, &file.summary.id, "2026-11-25")
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::PreconditionFailed);
    assert!(err.message.contains("通讯地址"), "{}", err.message);
    let again = cases::get(&db.core, &admin, &file.summary.id)
        .await
        .unwrap();
    assert_eq!(again.summary.status, CaseStatus::Received);
}

#[tokio::test]
async fn a1_an_explicitly_empty_evidence_list_is_complete() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.evidence.clear();
    app.no_evidence_declared = true;
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    assert!(file.missing_for_acceptance.is_empty());
}

#[tokio::test]
async fn a2_an_oral_application_needs_the_applicants_confirmation() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.channel = Channel::Oral;
    let file = cases::create(&db.core, &admin, app.clone()).await.unwrap();
    assert_eq!(file.missing_for_acceptance[0].field, "oralConfirmed");
    app.oral_confirmed = true;
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    cases::accept(&db.core, &admin, &file.summary.id, "2026-11-25")
        .await
        .unwrap();
}

#[tokio::test]
async fn acceptance_allocates_consecutive_numbers_per_year_with_the_pattern() {
    let (db, admin) = TestDb::with_admin().await;
    cases::set_case_number_pattern(&db.core, &admin, "西劳人仲案字〔{year}〕第{seq}号")
        .await
        .unwrap();
    let mut numbers = Vec::new();
    for _ in 0..3 {
        let file = cases::create(&db.core, &admin, seed_application())
            .await
            .unwrap();
        let accepted = cases::accept(&db.core, &admin, &file.summary.id, "2026-11-25")
            .await
            .unwrap();
        assert_eq!(accepted.summary.status, CaseStatus::Accepted);
        assert_eq!(accepted.summary.accepted_on.as_deref(), Some("2026-11-25"));
        numbers.push(accepted.summary.case_no.unwrap());
    }
    assert_eq!(
        numbers,
        [
            "西劳人仲案字〔2026〕第1号",
            "西劳人仲案字〔2026〕第2号",
            "西劳人仲案字〔2026〕第3号"
        ]
    );
}

#[tokio::test]
async fn concurrent_acceptances_never_share_a_number() {
    let (db, admin) = TestDb::with_admin().await;
    let mut ids = Vec::new();
    for _ in 0..8 {
        ids.push(
            cases::create(&db.core, &admin, seed_application())
                .await
                .unwrap()
                .summary
                .id,
        );
    }
    let tasks: Vec<_> = ids
        .into_iter()
        .map(|id| {
            let core = db.core.clone();
            let admin = admin.clone();
            tokio::spawn(async move { cases::accept(&core, &admin, &id, "2026-11-25").await })
        })
        .collect();
    let mut numbers = Vec::new();
    for t in tasks {
        numbers.push(t.await.unwrap().unwrap().summary.case_no.unwrap());
    }
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 8);
}

#[tokio::test]
async fn acceptance_dates_cannot_precede_receipt_or_lie_in_the_future() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let early = cases::accept(&db.core, &admin, &file.summary.id, "2026-11-20")
        .await
        .unwrap_err();
    assert_eq!(
        (early.reason.as_str(), early.field.as_deref()),
        ("date_too_early", Some("onDate"))
    );
    let future = cases::accept(&db.core, &admin, &file.summary.id, "2027-01-01")
        .await
        .unwrap_err();
    assert_eq!(future.reason, "date_in_future");
}

#[tokio::test]
async fn a5_non_acceptance_needs_a_reason_and_names_the_competent_commission() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let id = &file.summary.id;
    let input = |kind, reason: &str, competent: Option<&str>| NotAcceptInput {
        kind,
        reason: reason.into(),
        competent_commission: competent.map(Into::into),
        on_date: "2026-11-25".into(),
    };
    let no_reason = cases::not_accept(
        &db.core,
        &admin,
        id,
        input(NotAcceptedKind::OutOfScope, "  ", None),
    )
    .await
    .unwrap_err();
    assert_eq!(no_reason.field.as_deref(), Some("reason"));
    let no_commission = cases::not_accept(
        &db.core,
        &admin,
        id,
        input(
            NotAcceptedKind::NoJurisdiction,
            "劳动合同履行地与用人单位所在地均不在本区",
            None,
        ),
    )
    .await
    .unwrap_err();
    assert_eq!(no_commission.field.as_deref(), Some("competentCommission"));

    let done = cases::not_accept(
        &db.core,
        &admin,
        id,
        input(
            NotAcceptedKind::NoJurisdiction,
            "劳动合同履行地与用人单位所在地均不在本区",
            Some("庆阳市庆城县劳动人事争议仲裁委员会"),
        ),
    )
    .await
    .unwrap();
    assert_eq!(done.summary.status, CaseStatus::NotAccepted);
    assert_eq!(
        done.competent_commission.as_deref(),
        Some("庆阳市庆城县劳动人事争议仲裁委员会")
    );
    assert_eq!(
        cases::accept(&db.core, &admin, id, "2026-11-25")
            .await
            .unwrap_err()
            .reason,
        "illegal_transition"
    );
}

#[tokio::test]
async fn j6_closing_takes_exactly_one_closure_type_and_only_from_a_legal_state() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let id = &file.summary.id;
    let close = |t| CloseInput {
        closure_type: t,
        on_date: "2026-11-28".into(),
        note: "双方和解，申请人撤回仲裁请求".into(),
    };

    // Before acceptance only a withdrawal ends the file.
    assert_eq!(
        cases::close(&db.core, &admin, id, close(ClosureType::Mediation))
            .await
            .unwrap_err()
            .reason,
        "illegal_transition"
    );
    cases::accept(&db.core, &admin, id, "2026-11-25")
        .await
        .unwrap();
    assert_eq!(
        cases::close(&db.core, &admin, id, close(ClosureType::NotAccepted))
            .await
            .unwrap_err()
            .reason,
        "use_not_accept"
    );

    let closed = cases::close(&db.core, &admin, id, close(ClosureType::Withdrawal))
        .await
        .unwrap();
    assert_eq!(closed.summary.status, CaseStatus::Closed);
    assert_eq!(closed.summary.closure_type, Some(ClosureType::Withdrawal));
    assert_eq!(
        cases::close(&db.core, &admin, id, close(ClosureType::Mediation))
            .await
            .unwrap_err()
            .reason,
        "illegal_transition"
    );
    let kinds: Vec<&str> = closed.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["received", "accepted", "closed"]);
}

#[tokio::test]
async fn clerks_write_case_files_and_mediators_do_not() {
    let (db, admin) = TestDb::with_admin().await;
    let clerk = clerk(&db, &admin).await;
    let file = cases::create(&db.core, &clerk, seed_application())
        .await
        .unwrap();
    cases::accept(&db.core, &clerk, &file.summary.id, "2026-11-24")
        .await
        .unwrap();

    let user = yunting::auth::register(&db.core, new_user("mediator1", "13700000002", "王调解"))
        .await
        .unwrap();
    yunting::auth::approve_user(&db.core, &admin, &user.id, Role::Mediator)
        .await
        .unwrap();
    let mediator = db
        .actor(
            &yunting::auth::sign_in(&db.core, by_username("mediator1", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    assert_eq!(
        cases::create(&db.core, &mediator, seed_application())
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
    assert_eq!(
        cases::set_case_number_pattern(&db.core, &clerk, "{year}-{seq}")
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
}

#[tokio::test]
async fn the_case_list_filters_by_status_and_pages() {
    let (db, admin) = TestDb::with_admin().await;
    for i in 0..5 {
        let file = cases::create(&db.core, &admin, seed_application())
            .await
            .unwrap();
        if i % 2 == 0 {
            cases::accept(&db.core, &admin, &file.summary.id, "2026-11-25")
                .await
                .unwrap();
        }
    }
    let accepted = cases::list(
        &db.core,
        &admin,
        CaseQuery {
            status: Some(CaseStatus::Accepted),
            offset: 0,
            limit: 20,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(accepted.total, 3);
    assert!(
        accepted
            .cases
            .iter()
            .all(|c| c.status == CaseStatus::Accepted)
    );
    let page = cases::list(
        &db.core,
        &admin,
        CaseQuery {
            status: None,
            offset: 4,
            limit: 2,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!((page.total, page.cases.len()), (5, 1));
}
