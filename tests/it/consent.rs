//! Consents and the confirmation (G4, G5, H1, H2, H6): revocation, append-only chain, evidence.
use crate::procedure::{case, input, status};
use yunting::cases;
use yunting::consent::{self, ConsentAction, ConsentKind, ConsentMethod};
use yunting::deadlines::{self, DeadlineStatus};
use yunting::procedure::ItemStatus;

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
    c.both_grant(ConsentKind::ConfirmationSignature).await;
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
    c.both_grant(ConsentKind::ElectronicService).await;
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
