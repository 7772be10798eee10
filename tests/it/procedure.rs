//! The summary procedure: consent records (append-only, text-hash bound), the
//! confirmation, the checklist G1–G7 / H1 / H2 / H6, decision and conversion.
use crate::cases::seed_application;
use crate::support::{TestDb, user_with_role};
use time::Duration;
use yunting::actor::Role;
use yunting::cases::{self, Procedure};
use yunting::consent::{
    self, ConsentAction, ConsentInput, ConsentKind, ConsentMethod, ConsentRecord,
};
use yunting::deadlines::{self, DeadlineStatus};
use yunting::procedure::{
    self, AttestInput, AverageWageInput, Checklist, ConvertInput, DecideSummaryInput, ItemStatus,
};
use yunting::tribunal::{self, Seat, TribunalInput};
use yunting::{Actor, ErrorCode};

pub struct Case {
    pub db: TestDb,
    pub admin: Actor,
    pub clerk: Actor,
    pub arbitrator: Actor,
    pub id: String,
    pub worker: String,
    pub company: String,
}

/// An accepted seed case (received 2026-11-23, accepted 11-24) with a three-member
/// tribunal presided by `arbitrator`, and a clerk.
pub async fn case() -> Case {
    let (db, admin) = TestDb::with_admin().await;
    let clerk = user_with_role(&db, &admin, "clerk1", Role::Clerk).await;
    let arbitrator = user_with_role(&db, &admin, "arb1", Role::Arbitrator).await;
    let arb2 = user_with_role(&db, &admin, "arb2", Role::Arbitrator).await;
    let arb3 = user_with_role(&db, &admin, "arb3", Role::Arbitrator).await;
    let file = cases::create(&db.core, &clerk, seed_application())
        .await
        .unwrap();
    let id = file.summary.id.clone();
    cases::accept(&db.core, &clerk, &id, "2026-11-24")
        .await
        .unwrap();
    tribunal::set_tribunal(
        &db.core,
        &arbitrator,
        &id,
        TribunalInput {
            sole: None,
            presiding: Some(arbitrator.user_id.to_string()),
            members: vec![arb2.user_id.to_string(), arb3.user_id.to_string()],
            clerk: Some(clerk.user_id.to_string()),
            on_date: "2026-11-25".into(),
        },
    )
    .await
    .unwrap();
    Case {
        worker: file.parties[0].id.clone(),
        company: file.parties[1].id.clone(),
        db,
        admin,
        clerk,
        arbitrator,
        id,
    }
}

fn input(party: &str, kind: ConsentKind, action: ConsentAction, text_sha256: &str) -> ConsentInput {
    ConsentInput {
        party_id: party.into(),
        kind,
        action,
        revokes: None,
        reason: None,
        method: ConsentMethod::ESignPlatform,
        method_ref: Some("ESIGN-2026-000123".into()),
        video_offset_s: None,
        signature_png: None,
        scan_path: None,
        scan_bytes: None,
        scan_name: None,
        shortened_to_days: None,
        given_on: "2026-11-26".into(),
        text_sha256: text_sha256.into(),
    }
}

impl Case {
    pub async fn give(
        &self,
        party: &str,
        kind: ConsentKind,
        action: ConsentAction,
    ) -> ConsentRecord {
        let preview =
            consent::consent_preview(&self.db.core, &self.clerk, &self.id, party, kind, None)
                .await
                .unwrap();
        consent::record_consent(
            &self.db.core,
            &self.clerk,
            &self.id,
            input(party, kind, action, &preview.text_sha256),
        )
        .await
        .unwrap()
    }

    async fn checklist(&self) -> Checklist {
        procedure::summary_checklist(&self.db.core, &self.clerk, &self.id)
            .await
            .unwrap()
    }

    async fn attest_no_exclusions(&self) {
        for item in [
            "G2_public_interest",
            "G2_social_impact",
            "G2_whereabouts",
            "G2_unsuitable",
        ] {
            procedure::attest(
                &self.db.core,
                &self.arbitrator,
                &self.id,
                AttestInput {
                    item: item.into(),
                    holds: false,
                    note: String::new(),
                },
            )
            .await
            .unwrap();
        }
    }

    async fn sign_confirmation(&self) {
        consent::issue_confirmation(&self.db.core, &self.clerk, &self.id)
            .await
            .unwrap();
        for p in [self.worker.clone(), self.company.clone()] {
            self.give(&p, ConsentKind::ConfirmationSignature, ConsentAction::Grant)
                .await;
        }
    }

    async fn deadline(&self, code: &str) -> deadlines::Deadline {
        deadlines::case_clock(&self.db.core, &self.admin, &self.id)
            .await
            .unwrap()
            .deadlines
            .into_iter()
            .find(|d| d.code == code)
            .unwrap()
    }

    fn decide(&self) -> DecideSummaryInput {
        DecideSummaryInput {
            decided_on: "2026-11-27".into(),
            sole_arbitrator_id: None,
        }
    }
}

fn status(list: &Checklist, code: &str) -> ItemStatus {
    list.items
        .iter()
        .find(|i| i.code == code)
        .unwrap_or_else(|| panic!("no item {code}"))
        .status
}

#[tokio::test]
async fn g1_without_any_ground_summary_handling_is_refused_with_the_unmet_items() {
    let c = case().await;
    let list = c.checklist().await;
    assert!(!list.ready);
    assert_eq!(status(&list, "G1"), ItemStatus::NotMet);
    assert_eq!(status(&list, "G1a"), ItemStatus::NeedsAttestation);
    assert_eq!(
        status(&list, "G1b"),
        ItemStatus::NeedsData,
        "no wage figure ships"
    );
    assert_eq!(
        status(&list, "G2_whereabouts"),
        ItemStatus::NeedsAttestation
    );
    let err = procedure::decide_summary(&c.db.core, &c.arbitrator, &c.id, c.decide())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "checklist_unmet");
    assert!(
        err.message.contains("G1") && err.message.contains("H6"),
        "{}",
        err.message
    );
    let file = cases::get(&c.db.core, &c.admin, &c.id).await.unwrap();
    assert_eq!(
        file.summary.procedure,
        Procedure::Ordinary,
        "nothing changed"
    );
}

#[tokio::test]
async fn g1_both_consents_no_exclusion_and_signed_confirmation_allow_the_decision() {
    let c = case().await;
    c.give(
        &c.worker,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    assert_eq!(
        status(&c.checklist().await, "G1c"),
        ItemStatus::NotMet,
        "one side only"
    );
    c.give(
        &c.company,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    let list = c.checklist().await;
    assert_eq!(
        (status(&list, "G1c"), status(&list, "G1")),
        (ItemStatus::Met, ItemStatus::Met)
    );
    c.attest_no_exclusions().await;
    c.sign_confirmation().await;
    let list = c.checklist().await;
    assert!(list.ready, "{:?}", list.items);

    let sole = c.arbitrator.user_id.to_string();
    let decided = procedure::decide_summary(
        &c.db.core,
        &c.arbitrator,
        &c.id,
        DecideSummaryInput {
            decided_on: "2026-11-27".into(),
            sole_arbitrator_id: Some(sole.clone()),
        },
    )
    .await
    .unwrap();
    assert_eq!(decided.procedure, Procedure::Summary);
    let decision = &decided.decisions[0];
    assert_eq!(
        decision
            .snapshot
            .iter()
            .find(|i| i.code == "G1c")
            .unwrap()
            .status,
        ItemStatus::Met
    );
    assert_eq!(
        decided.tasks[0].kind, "notify_summary",
        "G3: a task to inform both parties"
    );
    let task = decided.tasks[0].id.clone();
    let err = procedure::complete_task(&c.db.core, &c.clerk, &task, " ")
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("note"));
    let done = procedure::complete_task(&c.db.core, &c.clerk, &task, "电话告知双方并短信确认")
        .await
        .unwrap();
    assert!(done.tasks[0].done_at.is_some());
    assert_eq!(
        done.tasks[0].done_note.as_deref(),
        Some("电话告知双方并短信确认")
    );
    let again = procedure::complete_task(&c.db.core, &c.clerk, &task, "再次")
        .await
        .unwrap_err();
    assert_eq!(again.reason, "task_done");
    let t = tribunal::get_tribunal(&c.db.core, &c.admin, &c.id)
        .await
        .unwrap();
    let seats: Vec<(String, Seat)> = t
        .members
        .iter()
        .map(|m| (m.user_id.clone(), m.seat))
        .collect();
    assert_eq!(
        seats,
        [
            (sole, Seat::Sole),
            (c.clerk.user_id.to_string(), Seat::Clerk)
        ]
    );
}

#[tokio::test]
async fn g1_the_amount_ground_reads_the_provincial_wage_table() {
    let c = case().await;
    let wage = |amount: &str| AverageWageInput {
        province: "甘肃省".into(),
        year: 2025,
        amount: amount.into(),
        source: "甘肃省统计局 2025 年城镇单位就业人员平均工资公报".into(),
    };
    let err = procedure::set_average_wage(&c.db.core, &c.clerk, wage("100,000"))
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    procedure::set_average_wage(&c.db.core, &c.admin, wage("100,000"))
        .await
        .unwrap();
    let list = c.checklist().await;
    assert_eq!(
        status(&list, "G1b"),
        ItemStatus::Met,
        "18,600 + 12,400 ≤ 100,000"
    );
    assert_eq!(
        (status(&list, "G1"), list.rule_set.province.as_str()),
        (ItemStatus::Met, "甘肃省")
    );
    procedure::set_average_wage(&c.db.core, &c.admin, wage("30,999.99"))
        .await
        .unwrap();
    let item = c
        .checklist()
        .await
        .items
        .into_iter()
        .find(|i| i.code == "G1b")
        .unwrap();
    assert_eq!(item.status, ItemStatus::NotMet);
    assert!(item.reason.contains("31,000.00"), "{}", item.reason);
}

#[tokio::test]
async fn g2_a_present_exclusion_blocks_the_decision() {
    let c = case().await;
    c.give(
        &c.worker,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    c.give(
        &c.company,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
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
async fn g4_only_the_respondent_waives_and_the_clock_shows_it() {
    let c = case().await;
    deadlines::record_event(
        &c.db.core,
        &c.clerk,
        &c.id,
        deadlines::EventInput {
            kind: deadlines::RecordableEvent::ServedRespondent,
            on_date: "2026-11-25".into(),
            detail: String::new(),
            approver: None,
            days: None,
            ground: None,
        },
    )
    .await
    .unwrap();
    let preview = |party: String, days: Option<u32>| {
        let c = &c;
        async move {
            consent::consent_preview(
                &c.db.core,
                &c.clerk,
                &c.id,
                &party,
                ConsentKind::DefenseWaiver,
                days,
            )
            .await
            .unwrap()
        }
    };
    let p = preview(c.worker.clone(), None).await;
    let err = consent::record_consent(
        &c.db.core,
        &c.clerk,
        &c.id,
        input(
            &c.worker,
            ConsentKind::DefenseWaiver,
            ConsentAction::Grant,
            &p.text_sha256,
        ),
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "waiver_not_respondent");

    let p = preview(c.company.clone(), Some(3)).await;
    assert!(p.text.contains("缩短为 3 日"));
    let mut shorten = input(
        &c.company,
        ConsentKind::DefenseWaiver,
        ConsentAction::Grant,
        &p.text_sha256,
    );
    shorten.shortened_to_days = Some(3);
    let grant = consent::record_consent(&c.db.core, &c.clerk, &c.id, shorten)
        .await
        .unwrap();
    let shortened = c.deadline("T5").await;
    assert_eq!(
        shortened.due.as_deref(),
        Some("2026-11-30"),
        "served Wed 11-25 + 3 working days"
    );
    assert_eq!(status(&c.checklist().await, "G4"), ItemStatus::Met);

    let mut revoke = input(
        &c.company,
        ConsentKind::DefenseWaiver,
        ConsentAction::Revoke,
        "",
    );
    revoke.revokes = Some(grant.id.clone());
    revoke.reason = Some("被申请人要求按法定期限答辩".into());
    consent::record_consent(&c.db.core, &c.clerk, &c.id, revoke)
        .await
        .unwrap();
    let normal = c.deadline("T5").await;
    assert_eq!(
        normal.due.as_deref(),
        Some("2026-12-09"),
        "10 working days again"
    );
    assert_eq!(status(&c.checklist().await, "G4"), ItemStatus::NotRequired);

    let p = preview(c.company.clone(), None).await;
    consent::record_consent(
        &c.db.core,
        &c.clerk,
        &c.id,
        input(
            &c.company,
            ConsentKind::DefenseWaiver,
            ConsentAction::Grant,
            &p.text_sha256,
        ),
    )
    .await
    .unwrap();
    assert_eq!(c.deadline("T5").await.status, DeadlineStatus::Waived);
}

#[tokio::test]
async fn g6_conversion_keeps_the_45_days_and_is_refused_after_they_expire() {
    let c = case().await;
    c.give(
        &c.worker,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    c.give(
        &c.company,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
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
async fn h1_h2_online_consent_is_per_party_and_a_refusal_shows() {
    let c = case().await;
    c.give(&c.worker, ConsentKind::OnlineHearing, ConsentAction::Grant)
        .await;
    c.give(
        &c.company,
        ConsentKind::OnlineMediation,
        ConsentAction::Grant,
    )
    .await;
    let list = c.checklist().await;
    assert_eq!(
        status(&list, "H1"),
        ItemStatus::NotMet,
        "mediation consent is not hearing consent"
    );
    assert_eq!(status(&list, "H2"), ItemStatus::Met);
    c.give(
        &c.company,
        ConsentKind::OnlineHearing,
        ConsentAction::Refuse,
    )
    .await;
    let list = c.checklist().await;
    assert_eq!(
        (status(&list, "H1"), status(&list, "H2")),
        (ItemStatus::NotMet, ItemStatus::NotMet)
    );
}

#[tokio::test]
async fn h6_changing_the_confirmation_text_invalidates_earlier_signatures() {
    let c = case().await;
    c.sign_confirmation().await;
    assert_eq!(status(&c.checklist().await, "H6"), ItemStatus::Met);
    let old = consent::consent_preview(
        &c.db.core,
        &c.clerk,
        &c.id,
        &c.worker,
        ConsentKind::ConfirmationSignature,
        None,
    )
    .await
    .unwrap();

    let file = cases::get(&c.db.core, &c.admin, &c.id).await.unwrap();
    let mut renamed = crate::cases::employer();
    renamed.name = "庆阳某环保科技有限公司（更名后）".into();
    cases::update_party(&c.db.core, &c.clerk, &c.id, &file.parties[1].id, renamed)
        .await
        .unwrap();
    let list = c.checklist().await;
    assert_eq!(status(&list, "H6"), ItemStatus::NotMet);
    let status_now = consent::confirmation_status(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    assert!(status_now.stale);
    let err = consent::record_consent(
        &c.db.core,
        &c.clerk,
        &c.id,
        input(
            &c.worker,
            ConsentKind::ConfirmationSignature,
            ConsentAction::Grant,
            &old.text_sha256,
        ),
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "confirmation_stale");

    let issued = consent::issue_confirmation(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    assert_eq!(issued.latest.as_ref().unwrap().version, 2);
    let item = c
        .checklist()
        .await
        .items
        .into_iter()
        .find(|i| i.code == "H6")
        .unwrap();
    assert!(item.reason.contains("旧版本"), "{}", item.reason);
    c.give(
        &c.worker,
        ConsentKind::ConfirmationSignature,
        ConsentAction::Grant,
    )
    .await;
    c.give(
        &c.company,
        ConsentKind::ConfirmationSignature,
        ConsentAction::Grant,
    )
    .await;
    assert_eq!(status(&c.checklist().await, "H6"), ItemStatus::Met);
}

#[tokio::test]
async fn g1_revoking_one_consent_turns_the_checklist_red_and_history_keeps_both() {
    let c = case().await;
    let grant = c
        .give(
            &c.worker,
            ConsentKind::SummaryHandling,
            ConsentAction::Grant,
        )
        .await;
    c.give(
        &c.company,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    assert_eq!(status(&c.checklist().await, "G1"), ItemStatus::Met);
    let mut revoke = input(
        &c.worker,
        ConsentKind::SummaryHandling,
        ConsentAction::Revoke,
        "",
    );
    revoke.revokes = Some(grant.id.clone());
    let err = consent::record_consent(&c.db.core, &c.clerk, &c.id, revoke.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("reason"));
    revoke.reason = Some("申请人希望按一般程序审理".into());
    consent::record_consent(&c.db.core, &c.clerk, &c.id, revoke.clone())
        .await
        .unwrap();
    let list = c.checklist().await;
    assert_eq!(
        (status(&list, "G1c"), status(&list, "G1")),
        (ItemStatus::NotMet, ItemStatus::NotMet)
    );
    let history = consent::list_consents(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    assert_eq!(history.len(), 3);
    assert!(history[0].revoked);
    assert_eq!(history[2].revokes.as_deref(), Some(grant.id.as_str()));
    let err = consent::record_consent(&c.db.core, &c.clerk, &c.id, revoke)
        .await
        .unwrap_err();
    assert_eq!(
        err.reason, "nothing_to_revoke",
        "a revoked grant cannot be revoked twice"
    );
}

#[tokio::test]
async fn consents_are_append_only_and_their_chain_verifies() {
    let c = case().await;
    c.give(
        &c.worker,
        ConsentKind::ElectronicService,
        ConsentAction::Grant,
    )
    .await;
    c.give(
        &c.company,
        ConsentKind::ElectronicService,
        ConsentAction::Grant,
    )
    .await;
    let check = consent::verify_consents(&c.db.core).await.unwrap();
    assert_eq!((check.checked, check.broken_at), (2, None));
    for sql in ["UPDATE consents SET reason = 'x'", "DELETE FROM consents"] {
        let err = sqlx::query(sql)
            .execute(c.db.core.pool())
            .await
            .unwrap_err();
        assert!(err.to_string().contains("append-only"), "{err}");
    }
}

#[tokio::test]
async fn consent_evidence_a_pad_signature_and_a_scan_are_stored_with_their_hash() {
    use sha2::{Digest, Sha256};
    let c = case().await;
    let p = consent::consent_preview(
        &c.db.core,
        &c.clerk,
        &c.id,
        &c.worker,
        ConsentKind::OnlineHearing,
        None,
    )
    .await
    .unwrap();
    let mut pad = input(
        &c.worker,
        ConsentKind::OnlineHearing,
        ConsentAction::Grant,
        &p.text_sha256,
    );
    pad.method = ConsentMethod::SignaturePad;
    pad.signature_png = Some(b"not a png".to_vec());
    let err = consent::record_consent(&c.db.core, &c.clerk, &c.id, pad.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("signaturePng"));
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(std::iter::repeat_n(7u8, 120));
    pad.signature_png = Some(png.clone());
    let rec = consent::record_consent(&c.db.core, &c.clerk, &c.id, pad)
        .await
        .unwrap();
    assert_eq!(
        rec.artifact_sha256.as_deref(),
        Some(hex::encode(Sha256::digest(&png)).as_str())
    );
    assert_eq!(
        rec.text_sha256,
        hex::encode(Sha256::digest(rec.text.as_bytes()))
    );

    let scan = c.db.dir.path().join("签字确认书.pdf");
    std::fs::write(&scan, b"%PDF-1.4 signed form").unwrap();
    let p = consent::consent_preview(
        &c.db.core,
        &c.clerk,
        &c.id,
        &c.company,
        ConsentKind::OnlineHearing,
        None,
    )
    .await
    .unwrap();
    let mut paper = input(
        &c.company,
        ConsentKind::OnlineHearing,
        ConsentAction::Grant,
        &p.text_sha256,
    );
    paper.method = ConsentMethod::PaperScan;
    paper.scan_path = Some(scan.to_string_lossy().into_owned());
    let rec = consent::record_consent(&c.db.core, &c.clerk, &c.id, paper)
        .await
        .unwrap();
    assert_eq!(
        rec.artifact_sha256.as_deref(),
        Some(hex::encode(Sha256::digest(b"%PDF-1.4 signed form")).as_str())
    );

    let mut oral = input(
        &c.company,
        ConsentKind::OnlineMediation,
        ConsentAction::Grant,
        "",
    );
    oral.method = ConsentMethod::OralVideo;
    let err = consent::record_consent(&c.db.core, &c.clerk, &c.id, oral)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("videoOffsetS"));
}

#[tokio::test]
async fn g1_a_merged_group_is_evaluated_on_the_lead_with_both_sides_amounts() {
    let c = case().await;
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
    procedure::set_average_wage(
        &c.db.core,
        &c.admin,
        AverageWageInput {
            province: "甘肃省".into(),
            year: 2025,
            amount: "35,000".into(),
            source: "省统计局公报".into(),
        },
    )
    .await
    .unwrap();

    let from_member = procedure::summary_checklist(&c.db.core, &c.clerk, &cid)
        .await
        .unwrap();
    assert_eq!(from_member.lead_case_id, c.id);
    assert_eq!(from_member.group_case_ids, [c.id.clone(), cid.clone()]);
    let g1b = from_member.items.iter().find(|i| i.code == "G1b").unwrap();
    assert_eq!(g1b.status, ItemStatus::NotMet);
    assert!(
        g1b.reason.contains("39,000.00"),
        "31,000 claimed + 8,000 counterclaimed: {}",
        g1b.reason
    );

    c.give(
        &c.worker,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    c.give(
        &c.company,
        ConsentKind::SummaryHandling,
        ConsentAction::Grant,
    )
    .await;
    c.attest_no_exclusions().await;
    c.sign_confirmation().await;
    procedure::decide_summary(&c.db.core, &c.arbitrator, &cid, c.decide())
        .await
        .unwrap();
    for id in [&c.id, &cid] {
        let file = cases::get(&c.db.core, &c.admin, id).await.unwrap();
        assert_eq!(
            file.summary.procedure,
            Procedure::Summary,
            "the whole group"
        );
    }
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

#[tokio::test]
async fn g5_the_confirmation_keeps_the_right_to_be_heard_and_the_final_statement() {
    let c = case().await;
    let issued = consent::issue_confirmation(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    let text = issued.latest.unwrap().text;
    assert!(text.contains("应当保障当事人陈述意见的权利"), "{text}");
    assert!(text.contains("最后陈述不得省略"), "{text}");
    assert!(
        text.contains("调解书、裁决书除外"),
        "simple-means service excludes them (Art. 59)"
    );
}
