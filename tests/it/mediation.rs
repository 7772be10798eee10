//! Grassroots mediation before arbitration: the registry (organisations, mediators,
//! training, supervision), mediation cases with the oral application recorded on the spot
//! (LDMAL Art. 12) and the 15-day window (Art. 14), agreements that take effect with every
//! signature and the seal, their joint review (J5), and referral to arbitration.
use crate::support::{TestDb, user_with_role};
use yunting::actor::Role;
use yunting::cases::ClaimCategory;
use yunting::mediation::{self, *};
use yunting::{Actor, ErrorCode};

fn org(name: &str, category: OrgCategory) -> OrgInput {
    OrgInput {
        name: name.into(),
        category,
        address: "庆阳市西峰区北街街道".into(),
        contact_name: "李调解".into(),
        contact_phone: "0934-8212345".into(),
        founded_on: Some("2021-05-20".into()),
        active: true,
    }
}

fn mediator(name: &str, mobile: &str) -> MediatorInput {
    MediatorInput {
        name: name.into(),
        mobile: mobile.into(),
        training_record: "2026年3月 市级劳动争议调解员培训，合格".into(),
        active: true,
    }
}

struct Registry {
    db: TestDb,
    admin: Actor,
    org: MediationOrg,
    mediator: Mediator,
}

async fn registry() -> Registry {
    let (db, admin) = TestDb::with_admin().await;
    let org = mediation::create_org(
        &db.core,
        &admin,
        org("北街街道劳动争议调解中心", OrgCategory::Township),
    )
    .await
    .unwrap();
    let mediator =
        mediation::add_mediator(&db.core, &admin, &org.id, mediator("王调解", "13912340001"))
            .await
            .unwrap();
    Registry {
        db,
        admin,
        org,
        mediator,
    }
}

fn application(r: &Registry, applied_on: &str) -> MediationCaseInput {
    MediationCaseInput {
        org_id: r.org.id.clone(),
        mediator_id: Some(r.mediator.id.clone()),
        joint_arbitrator_id: None,
        application: ApplicationForm::Written,
        oral_record: None,
        applied_on: applied_on.into(),
        applicant_name: "赵丽".into(),
        applicant_mobile: Some("13912345678".into()),
        respondent_name: "庆阳某环保科技有限公司".into(),
        respondent_contact: Some("孙建国 0934-8600000".into()),
        matter: "拖欠2026年8月至10月工资，并无故辞退".into(),
        categories: vec![ClaimCategory::PayCompensation, ClaimCategory::Dismissal],
        amount: Some("18,600".into()),
        mode: MediationChannel::OnlineVideo,
    }
}

#[tokio::test]
async fn the_registry_keeps_organisations_mediators_training_and_supervision() {
    let r = registry().await;
    let (core, admin) = (&r.db.core, &r.admin);
    for (input, field) in [
        (org("", OrgCategory::Enterprise), "name"),
        (
            OrgInput {
                contact_phone: "电话".into(),
                ..org("某企业调解委员会", OrgCategory::Enterprise)
            },
            "contactPhone",
        ),
        (
            OrgInput {
                founded_on: Some("2027-01-01".into()),
                ..org("某企业调解委员会", OrgCategory::Enterprise)
            },
            "foundedOn",
        ),
        (
            org("北街街道劳动争议调解中心", OrgCategory::Township),
            "name",
        ),
    ] {
        let err = mediation::create_org(core, admin, input).await.unwrap_err();
        assert_eq!(err.field.as_deref(), Some(field), "{err:?}");
    }
    let err = mediation::add_mediator(core, admin, &r.org.id, mediator("李某", "12345"))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("mobile"));
    let orgs = mediation::list_orgs(core, admin).await.unwrap();
    assert_eq!(orgs.len(), 1, "bad input saved nothing");
    assert_eq!(orgs[0].mediator_count, 1);

    let mediator_user = user_with_role(&r.db, admin, "tiaojie1", Role::Mediator).await;
    let err = mediation::create_org(
        core,
        &mediator_user,
        org("某商场调解室", OrgCategory::Commercial),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);

    let second = mediation::add_mediator(core, admin, &r.org.id, mediator("刘调解", "13912340002"))
        .await
        .unwrap();
    let training = mediation::record_training(
        core,
        admin,
        TrainingInput {
            held_on: "2026-10-15".into(),
            topic: "劳动争议调解实务与调解协议书制作".into(),
            organizer: "西峰区劳动人事争议仲裁院".into(),
            mediator_ids: vec![r.mediator.id.clone(), second.id.clone(), second.id.clone()],
        },
    )
    .await
    .unwrap();
    assert_eq!(training.attendees.len(), 2, "each attendee once");
    mediation::record_visit(
        core,
        admin,
        &r.org.id,
        VisitInput {
            visited_on: "2026-11-10".into(),
            visitors: "张仲裁、李书记员".into(),
            findings: "台账齐全；调解协议书未载明履行期限的 2 件，已要求补正".into(),
        },
    )
    .await
    .unwrap();
    let err = mediation::record_visit(
        core,
        admin,
        &r.org.id,
        VisitInput {
            visited_on: "2026-11-10".into(),
            visitors: "张仲裁".into(),
            findings: " ".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("findings"));

    let inactive = MediatorInput {
        active: false,
        ..mediator("刘调解", "13912340002")
    };
    mediation::update_mediator(core, admin, &second.id, inactive)
        .await
        .unwrap();
    let detail = mediation::get_org(core, admin, &r.org.id).await.unwrap();
    assert_eq!(detail.org.mediator_count, 1, "only active mediators count");
    assert_eq!(detail.mediators.len(), 2);
    assert_eq!(detail.trainings.len(), 1);
    assert_eq!(detail.visits.len(), 1);
    assert!(
        sqlx::query("DELETE FROM supervision_visits")
            .execute(core.pool())
            .await
            .is_err(),
        "supervision records are append-only"
    );
}

#[tokio::test]
async fn an_oral_application_is_recorded_on_the_spot_and_the_fifteen_days_run_from_receipt() {
    let r = registry().await;
    let (core, admin) = (&r.db.core, &r.admin);
    let oral = MediationCaseInput {
        application: ApplicationForm::Oral,
        ..application(&r, "2026-11-02")
    };
    let err = mediation::create_mediation_case(core, admin, oral.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("oralRecord"), "LDMAL Art. 12");
    let case = mediation::create_mediation_case(
        core,
        admin,
        MediationCaseInput {
            oral_record: Some(
                "2026年11月2日10时，赵丽（女，身份证号略）来电口头申请调解：某环保公司拖欠工资并辞退，要求支付工资18,600元。".into(),
            ),
            ..oral
        },
    )
    .await
    .unwrap();
    assert_eq!(case.summary.case_no, "调〔2026〕第0001号");
    assert_eq!(case.summary.status, MediationCaseStatus::Open);
    assert_eq!(
        case.summary.due_on, "2026-11-17",
        "Art. 14: 15 days from receipt"
    );
    assert_eq!(case.amount_fen, Some(1_860_000));
    assert_eq!(case.events.len(), 1);

    let other = mediation::create_org(core, admin, org("某商场调解室", OrgCategory::Commercial))
        .await
        .unwrap();
    let err = mediation::create_mediation_case(
        core,
        admin,
        MediationCaseInput {
            org_id: other.id.clone(),
            ..application(&r, "2026-11-02")
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("mediatorId"),
        "the mediator is not of that org"
    );
    let err = mediation::create_mediation_case(core, admin, application(&r, "2026-12-31"))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("appliedOn"));
    let clerk = user_with_role(&r.db, admin, "clerk1", Role::Clerk).await;
    let err = mediation::create_mediation_case(
        core,
        admin,
        MediationCaseInput {
            joint_arbitrator_id: Some(clerk.user_id.to_string()),
            ..application(&r, "2026-11-02")
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("jointArbitratorId"),
        "a clerk is no arbitrator"
    );
    let arbitrator = user_with_role(&r.db, admin, "arb1", Role::Arbitrator).await;
    let joint = mediation::create_mediation_case(
        core,
        admin,
        MediationCaseInput {
            joint_arbitrator_id: Some(arbitrator.user_id.to_string()),
            ..application(&r, "2026-11-02")
        },
    )
    .await
    .unwrap();
    assert_eq!(joint.joint_arbitrator_name.as_deref(), Some("arb1"));
    let page = mediation::list_mediation_cases(
        core,
        admin,
        MediationCaseQuery {
            text: Some("环保".into()),
            limit: 20,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(page.total, 2, "bad input saved nothing");
}

#[tokio::test]
async fn j5_review_needs_an_effective_agreement_and_a_joint_application_within_fifteen_days() {
    let r = registry().await;
    let (core, admin) = (&r.db.core, &r.admin);
    let case = mediation::create_mediation_case(core, admin, application(&r, "2026-11-02"))
        .await
        .unwrap();
    let agreement = AgreementInput {
        concluded_on: "2026-11-06".into(),
        terms: "被申请人于2026年11月20日前一次性支付申请人工资18,600元；双方劳动关系于2026年10月31日解除。".into(),
        performance_due_on: Some("2026-11-20".into()),
        signed_applicant: true,
        signed_respondent: true,
        signed_mediator: true,
        sealed: false,
    };
    let pending = mediation::record_agreement(core, admin, &case.summary.id, agreement)
        .await
        .unwrap();
    assert_eq!(pending.summary.status, MediationCaseStatus::Agreement);
    assert_eq!(pending.summary.effective_on, None, "not sealed yet");
    let review = |on: &str, joint| ReviewInput {
        applied_on: on.into(),
        joint,
    };
    let err =
        mediation::apply_for_review(core, admin, &case.summary.id, review("2026-11-08", true))
            .await
            .unwrap_err();
    assert_eq!(err.reason, "agreement_not_effective");

    let effective = mediation::complete_signatures(
        core,
        admin,
        &case.summary.id,
        SignaturesInput {
            on: "2026-11-09".into(),
            signed_applicant: false,
            signed_respondent: false,
            signed_mediator: false,
            sealed: true,
        },
    )
    .await
    .unwrap();
    assert_eq!(
        effective.summary.effective_on.as_deref(),
        Some("2026-11-09")
    );
    assert!(effective.signed_applicant, "a signature given stays given");
    assert_eq!(effective.review_due_on.as_deref(), Some("2026-11-24"));

    let err =
        mediation::apply_for_review(core, admin, &case.summary.id, review("2026-11-10", false))
            .await
            .unwrap_err();
    assert_eq!(err.reason, "review_not_joint");
    let err =
        mediation::apply_for_review(core, admin, &case.summary.id, review("2026-11-25", true))
            .await
            .unwrap_err();
    assert_eq!(err.reason, "review_out_of_time", "{}", err.message);
    let done =
        mediation::apply_for_review(core, admin, &case.summary.id, review("2026-11-24", true))
            .await
            .unwrap();
    assert_eq!(
        done.review_applied_on.as_deref(),
        Some("2026-11-24"),
        "the 15th day counts"
    );
    assert!(
        sqlx::query("UPDATE mediation_cases SET agreement_terms = '改' WHERE id = ?")
            .bind(&case.summary.id)
            .execute(core.pool())
            .await
            .is_err(),
        "an effective agreement cannot be changed"
    );
}

#[tokio::test]
async fn a_failed_mediation_goes_to_arbitration_as_a_drafted_case_once() {
    let r = registry().await;
    let (core, admin) = (&r.db.core, &r.admin);
    let case = mediation::create_mediation_case(core, admin, application(&r, "2026-11-02"))
        .await
        .unwrap();
    let err = mediation::arbitration_draft(core, admin, &case.summary.id)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "mediation_not_failed");
    let err = mediation::record_no_agreement(
        core,
        admin,
        &case.summary.id,
        NoAgreementInput {
            concluded_on: "2026-11-01".into(),
            reason: "双方分歧较大".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("concludedOn"),
        "before the application"
    );
    mediation::record_no_agreement(
        core,
        admin,
        &case.summary.id,
        NoAgreementInput {
            concluded_on: "2026-11-17".into(),
            reason: "双方分歧较大，用人单位提出反请求".into(),
        },
    )
    .await
    .unwrap();
    let draft = mediation::arbitration_draft(core, admin, &case.summary.id)
        .await
        .unwrap();
    assert_eq!(draft.parties[0].name, "赵丽");
    assert_eq!(draft.parties[1].name, "庆阳某环保科技有限公司");
    assert!(draft.facts.contains("调〔2026〕第0001号"));
    assert_eq!(draft.claims.len(), 2);
    let mut input = draft.clone();
    for (claim, text) in input
        .claims
        .iter_mut()
        .zip(["支付拖欠工资", "支付违法解除劳动合同赔偿金"])
    {
        claim.description = text.into();
    }
    input.cause = "拖欠工资、违法解除劳动合同".into();
    let file = mediation::refer_to_arbitration(core, admin, &case.summary.id, input.clone())
        .await
        .unwrap();
    assert_eq!(file.parties[0].name, "赵丽");
    let err = mediation::refer_to_arbitration(core, admin, &case.summary.id, input)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "already_referred");
    let got = mediation::get_mediation_case(core, admin, &case.summary.id)
        .await
        .unwrap();
    assert_eq!(
        got.referred_case_id.as_deref(),
        Some(file.summary.id.as_str())
    );
    assert_eq!(got.events.len(), 3);
}

#[tokio::test]
async fn the_service_log_and_publicity_are_counted_and_a_mistaken_entry_is_removed() {
    let r = registry().await;
    let (core, admin) = (&r.db.core, &r.admin);
    let log = |kind, count| ServiceLogInput {
        on_date: "2026-11-20".into(),
        kind,
        count,
        note: String::new(),
    };
    let err = mediation::log_service(core, admin, log(ServiceKind::Consultation, 0))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("count"));
    let a = mediation::log_service(core, admin, log(ServiceKind::Consultation, 35))
        .await
        .unwrap();
    mediation::log_service(core, admin, log(ServiceKind::SocialSecurityCard, 12))
        .await
        .unwrap();
    let within = || DateRange {
        from: "2026-11-01".into(),
        to: "2026-11-30".into(),
    };
    assert_eq!(
        mediation::list_service_logs(core, admin, within())
            .await
            .unwrap()
            .len(),
        2
    );
    mediation::remove_service_log(core, admin, &a.id)
        .await
        .unwrap();
    let left = mediation::list_service_logs(core, admin, within())
        .await
        .unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].count, 12);
    mediation::record_publicity(
        core,
        admin,
        PublicityInput {
            held_on: "2026-11-21".into(),
            place: "西峰工业园区".into(),
            topic: "送法入企：劳动合同法宣讲".into(),
            participants: 86,
        },
    )
    .await
    .unwrap();
    assert_eq!(
        mediation::list_publicity(core, admin, within())
            .await
            .unwrap()[0]
            .participants,
        86
    );
    let err = mediation::list_publicity(
        core,
        admin,
        DateRange {
            from: "2026-12-01".into(),
            to: "2026-11-01".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("to"));
}
