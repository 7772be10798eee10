//! Read-back, sign-off, lock and corrections of the minutes: F2, F3, H6.
use crate::procedure::{Case, case};
use yunting::hearings::{self, AttendanceInput, HearingInput, HearingMode, IdentityMethod};
use yunting::minutes::{
    self, CorrectionInput, EntryInput, EntryKind, RefuseInput, SignInput, SignMethod, SignerState,
    SpeakerRole, Stage,
};

fn png() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(std::iter::repeat_n(7u8, 120));
    png
}

/// A hearing held up to its closing stage, the worker present, the company absent.
pub async fn held_hearing(c: &Case) -> (String, String) {
    let (core, clerk) = (&c.db.core, &c.clerk);
    let h = hearings::schedule_hearing(
        core,
        clerk,
        &c.id,
        HearingInput {
            date: "2026-12-14".into(),
            time: "09:30".into(),
            mode: HearingMode::Online,
            platform: Some("腾讯会议".into()),
            meeting_no: Some("123 456 789".into()),
            meeting_password: None,
            join_url: None,
            room: None,
        },
    )
    .await
    .unwrap();
    hearings::record_attendance(
        core,
        clerk,
        &h.id,
        AttendanceInput {
            party_id: Some(c.worker.clone()),
            agent_id: None,
            name: None,
            role: None,
            present: true,
            identity_method: IdentityMethod::IdOnCamera,
            identity_ok: true,
            authority_checked: None,
            absence: None,
            note: String::new(),
        },
    )
    .await
    .unwrap();
    let mut statement = String::new();
    for stage in Stage::ALL {
        minutes::move_to_stage(core, clerk, &h.id, stage, None)
            .await
            .unwrap();
        let e = minutes::add_entry(
            core,
            clerk,
            &h.id,
            EntryInput {
                speaker_role: SpeakerRole::Applicant,
                speaker_label: "申请人赵丽".into(),
                text: format!("{}的陈述", stage.label_zh()),
                recording_offset_s: None,
            },
        )
        .await
        .unwrap();
        if stage == Stage::StatementDefense {
            statement = e.id;
        }
    }
    (h.id, statement)
}

fn sign(key: &str, hash: &str) -> SignInput {
    SignInput {
        signer_key: key.into(),
        minutes_hash: hash.into(),
        method: SignMethod::InPerson,
        flow_no: None,
        signature_png: None,
    }
}

#[tokio::test]
async fn f3_every_arbitrator_the_clerk_and_each_participant_present_must_sign_or_refuse() {
    let c = case().await;
    let (core, clerk) = (&c.db.core, &c.clerk);
    let (hearing, _) = held_hearing(&c).await;
    let rb = minutes::read_back(core, clerk, &hearing).await.unwrap();
    assert!(
        rb.text
            .contains("申请人赵丽：到庭；身份核验：视频出示身份证件，核验一致")
    );
    assert!(rb.text.contains("【6、最后陈述】"));
    let keys: Vec<&str> = rb.signers.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys.len(),
        5,
        "three arbitrators, the clerk, the worker: {keys:?}"
    );
    assert!(rb.signers.iter().all(|s| s.state == SignerState::Pending));
    assert!(!rb.can_lock);
    let err = minutes::lock_minutes(core, clerk, &hearing)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "signatures_missing");

    // Bad input changes nothing.
    let mut e_sign = sign(keys[0], &rb.hash);
    e_sign.method = SignMethod::ESign;
    let err = minutes::sign_minutes(core, clerk, &hearing, e_sign.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("flowNo"));
    let mut pad = sign(keys[0], &rb.hash);
    pad.method = SignMethod::Pad;
    pad.signature_png = Some(b"not a png".to_vec());
    let err = minutes::sign_minutes(core, clerk, &hearing, pad.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("signaturePng"));
    let err = minutes::sign_minutes(core, clerk, &hearing, sign("party:nobody", &rb.hash))
        .await
        .unwrap_err();
    assert_eq!(err.reason, "not_a_signer");
    let err = minutes::refuse_signature(
        core,
        clerk,
        &hearing,
        RefuseInput {
            signer_key: keys[4].into(),
            minutes_hash: rb.hash.clone(),
            reason: "  ".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("reason"));
    let err = minutes::sign_minutes(core, &c.admin, &hearing, sign(keys[0], &rb.hash))
        .await
        .unwrap_err();
    assert_eq!(err.code, yunting::ErrorCode::Forbidden);
    assert!(
        minutes::read_back(core, clerk, &hearing)
            .await
            .unwrap()
            .signers
            .iter()
            .all(|s| s.state == SignerState::Pending)
    );

    e_sign.flow_no = Some("ESIGN-2026-7788".into());
    minutes::sign_minutes(core, clerk, &hearing, e_sign)
        .await
        .unwrap();
    pad.signature_png = Some(png());
    pad.signer_key = keys[1].into();
    minutes::sign_minutes(core, clerk, &hearing, pad)
        .await
        .unwrap();
    minutes::sign_minutes(core, clerk, &hearing, sign(keys[2], &rb.hash))
        .await
        .unwrap();
    minutes::sign_minutes(core, clerk, &hearing, sign(keys[3], &rb.hash))
        .await
        .unwrap();
    let rb2 = minutes::refuse_signature(
        core,
        clerk,
        &hearing,
        RefuseInput {
            signer_key: keys[4].into(),
            minutes_hash: rb.hash.clone(),
            reason: "认为笔录未记全其关于加班的陈述".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(rb2.hash, rb.hash, "signing does not change the read-back");
    assert_eq!(rb2.signers[4].state, SignerState::Refused);
    assert_eq!(
        rb2.signers[4].reason.as_deref(),
        Some("认为笔录未记全其关于加班的陈述")
    );
    assert_eq!(rb2.signers[1].method, Some(SignMethod::Pad));
    assert!(rb2.signers[1].signature_sha256.is_some());
    assert!(rb2.can_lock, "a refusal does not block the lock");

    let locked = minutes::lock_minutes(core, clerk, &hearing).await.unwrap();
    assert_eq!(locked.locked_hash.as_deref(), Some(rb.hash.as_str()));
    let h = hearings::get_hearing(core, clerk, &hearing).await.unwrap();
    assert_eq!(h.status, hearings::HearingStatus::Concluded);
    let m = minutes::get_minutes(core, clerk, &hearing).await.unwrap();
    let kinds: Vec<EntryKind> = m.log.iter().rev().take(2).map(|r| r.kind).collect();
    assert_eq!(kinds, [EntryKind::Lock, EntryKind::SignatureRefused]);
    assert!(
        minutes::verify_minutes(core, clerk, &hearing)
            .await
            .unwrap()
            .broken_at
            .is_none()
    );
}

#[tokio::test]
async fn h6_a_change_after_signing_makes_the_signature_stale_until_signed_again() {
    let c = case().await;
    let (core, clerk) = (&c.db.core, &c.clerk);
    let (hearing, statement) = held_hearing(&c).await;
    let rb = minutes::read_back(core, clerk, &hearing).await.unwrap();
    let worker = rb.signers[4].key.clone();
    minutes::sign_minutes(core, clerk, &hearing, sign(&worker, &rb.hash))
        .await
        .unwrap();
    minutes::edit_entry(
        core,
        clerk,
        &hearing,
        &statement,
        "要求支付拖欠工资 38,000 元",
    )
    .await
    .unwrap();
    let rb2 = minutes::read_back(core, clerk, &hearing).await.unwrap();
    assert_ne!(rb2.hash, rb.hash);
    assert!(rb2.text.contains("要求支付拖欠工资 38,000 元"));
    assert_eq!(rb2.signers[4].state, SignerState::Stale);
    let err = minutes::sign_minutes(core, clerk, &hearing, sign(&worker, &rb.hash))
        .await
        .unwrap_err();
    assert_eq!(
        err.reason, "minutes_changed",
        "signing an old read-back is refused"
    );
    let rb3 = minutes::sign_minutes(core, clerk, &hearing, sign(&worker, &rb2.hash))
        .await
        .unwrap();
    assert_eq!(rb3.signers[4].state, SignerState::Signed);
}

#[tokio::test]
async fn f2_refused_corrections_stay_in_the_minutes_and_after_the_lock_only_corrections_are_added()
{
    let c = case().await;
    let (core, clerk) = (&c.db.core, &c.clerk);
    let (hearing, statement) = held_hearing(&c).await;
    let request = |accepted: bool, reason: &str| CorrectionInput {
        entry_id: statement.clone(),
        requested_by: "申请人赵丽".into(),
        requested_text: "我 2025 年 6 月起每月加班 40 小时".into(),
        accepted,
        reason: reason.into(),
    };
    let err = minutes::record_correction(core, clerk, &hearing, request(false, ""))
        .await
        .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("reason"),
        "a refusal needs its reason"
    );
    let m = minutes::record_correction(core, clerk, &hearing, request(false, "与庭审录音不符"))
        .await
        .unwrap();
    assert_eq!(m.corrections.len(), 1);
    assert!(!m.corrections[0].after_lock);
    let rb = minutes::read_back(core, clerk, &hearing).await.unwrap();
    assert!(
        rb.text
            .contains("仲裁庭决定：不予补正，理由：与庭审录音不符"),
        "the refused request is part of the read-back: {}",
        rb.text
    );
    for s in &rb.signers {
        minutes::sign_minutes(core, clerk, &hearing, sign(&s.key, &rb.hash))
            .await
            .unwrap();
    }
    minutes::lock_minutes(core, clerk, &hearing).await.unwrap();

    // After the lock: no entries, edits or stages; corrections only.
    let err = minutes::edit_entry(core, clerk, &hearing, &statement, "改")
        .await
        .unwrap_err();
    assert_eq!(err.reason, "hearing_closed");
    let err = minutes::add_entry(
        core,
        clerk,
        &hearing,
        EntryInput {
            speaker_role: SpeakerRole::Clerk,
            speaker_label: "书记员".into(),
            text: "补记".into(),
            recording_offset_s: None,
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "hearing_closed");
    let m = minutes::record_correction(core, clerk, &hearing, request(true, "经核对录音属实"))
        .await
        .unwrap();
    assert_eq!(m.corrections.len(), 2);
    assert!(m.corrections[1].accepted && m.corrections[1].after_lock);
    assert_eq!(m.corrections[1].original_text, "申诉答辩的陈述");
    let rb2 = minutes::read_back(core, clerk, &hearing).await.unwrap();
    assert_eq!(rb2.locked_hash.as_deref(), Some(rb.hash.as_str()));
    assert!(
        rb2.signers.iter().all(|s| s.state == SignerState::Signed),
        "the signatures stay bound to the locked version"
    );
    assert!(rb2.text.contains("（笔录签署后）申请将"));
    assert!(
        minutes::verify_minutes(core, clerk, &hearing)
            .await
            .unwrap()
            .broken_at
            .is_none()
    );

    // The chain covers the details of signatures and corrections.
    let mut tx = c.db.core.pool().begin().await.unwrap();
    sqlx::query("DROP TRIGGER minutes_entries_no_update")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE minutes_entries SET payload = replace(payload, '与庭审录音不符', '无') WHERE kind = 'correction_refused'",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let check = minutes::verify_minutes(core, clerk, &hearing)
        .await
        .unwrap();
    assert!(
        check.broken_at.is_some(),
        "tampering with a refusal's reason is detected"
    );
}

/// H4: an online hearing keeps every stage of Rules Art. 41 — the opening (identity,
/// rights, recusal question) and the final statement cannot be skipped — and the
/// read-back shows each of them.
#[tokio::test]
async fn h4_an_online_hearing_keeps_the_recusal_question_and_the_final_statement() {
    let c = case().await;
    let (core, clerk) = (&c.db.core, &c.clerk);
    let h = hearings::schedule_hearing(
        core,
        clerk,
        &c.id,
        HearingInput {
            date: "2026-12-14".into(),
            time: "14:00".into(),
            mode: HearingMode::Online,
            platform: Some("腾讯会议".into()),
            meeting_no: Some("555 666 777".into()),
            meeting_password: None,
            join_url: Some("https://meeting.tencent.com/dm/h4".into()),
            room: None,
        },
    )
    .await
    .unwrap();
    minutes::move_to_stage(core, clerk, &h.id, Stage::Preparation, None)
        .await
        .unwrap();
    for stage in [Stage::Opening, Stage::FinalStatement, Stage::Closing] {
        let err = minutes::move_to_stage(core, clerk, &h.id, stage, Some("线上开庭从简".into()))
            .await
            .unwrap_err();
        assert_eq!(err.reason, "stage_not_skippable", "{stage:?}");
    }
    for stage in &Stage::ALL[1..] {
        minutes::move_to_stage(core, clerk, &h.id, *stage, None)
            .await
            .unwrap();
    }
    let rb = minutes::read_back(core, clerk, &h.id).await.unwrap();
    assert!(
        rb.text
            .contains("开庭方式：线上开庭，腾讯会议（会议号 555 666 777）")
    );
    for (n, stage) in Stage::ALL.iter().enumerate() {
        assert!(
            rb.text
                .contains(&format!("【{}、{}】", n + 1, stage.label_zh())),
            "{stage:?} in the read-back"
        );
    }
}
