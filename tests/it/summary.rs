//! Summary decisions: exclusions (G2), who decides (G3), conversion (G6), collective cases (G7).
use crate::cases::seed_application;
use crate::procedure::{Case, case, input, status};
use crate::support::{TestDb, user_with_role};
use time::Duration;
use yunting::ErrorCode;
use yunting::actor::Role;
use yunting::cases::{self, Procedure};
use yunting::consent::{self, ConsentAction, ConsentKind};
use yunting::procedure::{self, AttestInput, ConvertInput, ItemStatus};
use yunting::tribunal::{self, TribunalInput};

#[tokio::test]
async fn g2_a_present_exclusion_blocks_the_decision() {
    let c = case().await;
    c.both_grant(ConsentKind::SummaryHandling).await;
    c.attest_no_exclusions().await;
    c.sign_confirmation().await;
    procedure::attest(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        AttestInput {
            item: "G2_whereabouts".into(),
            holds: true,
            note: "被申请人经公告送达".into(),
        },
    )
    .await
    .unwrap();
    let list = c.checklist().await;
    assert_eq!(status(&list, "G2_whereabouts"), ItemStatus::NotMet);
    let err = procedure::decide_summary(&c.db.core, &c.arbitrator, &c.id, c.decide())
        .await
        .unwrap_err();
    assert!(err.message.contains("下落不明"), "{}", err.message);
}

#[tokio::test]
async fn g3_only_an_arbitrator_of_the_tribunal_attests_and_decides() {
    let c = case().await;
    let outsider = user_with_role(&c.db, &c.admin, "arb9", Role::Arbitrator).await;
    let attest = AttestInput {
        item: "G1a".into(),
        holds: true,
        note: String::new(),
    };
    for who in [&c.clerk, &c.admin, &outsider] {
        let err = procedure::attest(&c.db.core, who, &c.id, attest.clone())
            .await
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::Forbidden);
        let err = procedure::decide_summary(&c.db.core, who, &c.id, c.decide())
            .await
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::Forbidden, "a clerk cannot decide");
    }
    let list = procedure::attest(&c.db.core, &c.arbitrator, &c.id, attest)
        .await
        .unwrap();
    assert_eq!(status(&list, "G1a"), ItemStatus::Met);
    let err = consent::record_consent(
        &c.db.core,
        &c.admin,
        &c.id,
        input(
            &c.worker,
            ConsentKind::SummaryHandling,
            ConsentAction::Grant,
            "x",
        ),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.code,
        ErrorCode::Forbidden,
        "admins do not record consents"
    );
}

#[tokio::test]
async fn g6_conversion_keeps_the_45_days_and_is_refused_after_they_expire() {
    let c = case().await;
    c.both_grant(ConsentKind::SummaryHandling).await;
    c.attest_no_exclusions().await;
    c.sign_confirmation().await;
    procedure::decide_summary(&c.db.core, &c.arbitrator, &c.id, c.decide())
        .await
        .unwrap();
    let before = c.deadline("T16").await;
    let empty = ConvertInput {
        decided_on: "2026-11-28".into(),
        reason: " ".into(),
    };
    let err = procedure::convert_to_ordinary(&c.db.core, &c.arbitrator, &c.id, empty)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("reason"));
    let list = procedure::convert_to_ordinary(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        ConvertInput {
            decided_on: "2026-11-28".into(),
            reason: "需要证人出庭，案情复杂".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(list.procedure, Procedure::Ordinary);
    assert_eq!(list.decisions.len(), 2);
    let after = c.deadline("T16").await;
    assert_eq!(
        (after.counted_from, after.due),
        (before.counted_from, before.due),
        "not reset"
    );

    // Back to summary, then let the 45 days run out: conversion is refused.
    procedure::decide_summary(&c.db.core, &c.arbitrator, &c.id, c.decide())
        .await
        .unwrap();
    c.db.clock.advance(Duration::days(60));
    let err = procedure::convert_to_ordinary(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        ConvertInput {
            decided_on: "2027-01-20".into(),
            reason: "案情复杂".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "time_limit_expired");
}

#[tokio::test]
async fn g7_a_collective_case_may_use_summary_handling_on_the_clear_facts_ground() {
    use yunting::cases::PartySide;
    let (db, admin) = TestDb::with_admin().await;
    let clerk = user_with_role(&db, &admin, "clerk1", Role::Clerk).await;
    let arbitrator = user_with_role(&db, &admin, "arb1", Role::Arbitrator).await;
    let mut app = seed_application();
    let employer = app.parties.pop().unwrap();
    for i in 1..10 {
        let mut w = crate::cases::worker();
        w.name = format!("工人{i}");
        w.id_number = Some(format!("43010219900101{:04}", 1000 + i));
        app.parties.push(w);
    }
    app.parties.push(employer);
    app.claims.iter_mut().for_each(|cl| cl.respondent = 10);
    app.priority = true;
    let app = with_valid_ids(app);
    let file = cases::create(&db.core, &clerk, app).await.unwrap();
    let id = file.summary.id.clone();
    cases::accept(&db.core, &clerk, &id, "2026-11-24")
        .await
        .unwrap();
    tribunal::set_tribunal(
        &db.core,
        &admin,
        &id,
        TribunalInput {
            sole: None,
            presiding: Some(arbitrator.user_id.to_string()),
            members: vec![
                user_with_role(&db, &admin, "arb2", Role::Arbitrator)
                    .await
                    .user_id
                    .to_string(),
                user_with_role(&db, &admin, "arb3", Role::Arbitrator)
                    .await
                    .user_id
                    .to_string(),
            ],
            clerk: Some(clerk.user_id.to_string()),
            on_date: "2026-11-25".into(),
        },
    )
    .await
    .unwrap();
    let c = Case {
        worker: file.parties[0].id.clone(),
        company: file
            .parties
            .iter()
            .find(|p| p.side == PartySide::Respondent)
            .unwrap()
            .id
            .clone(),
        db,
        admin,
        clerk,
        arbitrator,
        id,
    };
    procedure::attest(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        AttestInput {
            item: "G1a".into(),
            holds: true,
            note: "工资标准和拖欠月份双方无争议".into(),
        },
    )
    .await
    .unwrap();
    c.attest_no_exclusions().await;
    consent::issue_confirmation(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    for p in &file.parties {
        c.give(
            &p.id,
            ConsentKind::ConfirmationSignature,
            ConsentAction::Grant,
        )
        .await;
    }
    let list = c.checklist().await;
    assert_eq!(
        status(&list, "G1c"),
        ItemStatus::NotMet,
        "not every worker consented"
    );
    assert_eq!(
        status(&list, "G1"),
        ItemStatus::Met,
        "Art. 56(1) suffices (Art. 62)"
    );
    assert!(list.ready, "{:?}", list.items);
    procedure::decide_summary(&c.db.core, &c.arbitrator, &c.id, c.decide())
        .await
        .unwrap();
}

/// Replaces each person's ID number by one with the right check digit (MOD 11-2).
fn with_valid_ids(mut app: cases::NewCase) -> cases::NewCase {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const C: &[u8; 11] = b"10X98765432";
    for p in app.parties.iter_mut() {
        if let Some(id) = &p.id_number {
            let body = &id[..17];
            let sum: u32 = body
                .chars()
                .zip(W)
                .map(|(ch, w)| ch.to_digit(10).unwrap() * w)
                .sum();
            p.id_number = Some(format!("{body}{}", C[(sum % 11) as usize] as char));
        }
    }
    app
}
