//! Hearings and live minutes: E1, C4, H1 warnings, H3 attendance, F1 stages, and the
//! minutes' durability rules (edits and deletions recorded, chain, drafts).
use crate::procedure::case;
use time::Duration;
use yunting::ErrorCode;
use yunting::cases::{self, CaseStatus};
use yunting::consent::{ConsentAction, ConsentKind};
use yunting::deadlines::{self, EventInput, RecordableEvent};
use yunting::hearings::{
    self, AttendanceInput, Hearing, HearingInput, HearingMode, IdentityMethod, NoticeInput,
    ServiceMethod,
};
use yunting::minutes::{self, EntryInput, EntryKind, MinutesDraft, SpeakerRole, Stage, StageState};

fn online(date: &str) -> HearingInput {
    HearingInput {
        date: date.into(),
        time: "09:30".into(),
        mode: HearingMode::Online,
        platform: Some("腾讯会议".into()),
        meeting_no: Some("123 456 789".into()),
        meeting_password: Some("2026".into()),
        join_url: Some("https://meeting.tencent.com/dm/abc".into()),
        room: None,
    }
}

fn codes(h: &Hearing) -> Vec<&str> {
    h.warnings.iter().map(|w| w.code.as_str()).collect()
}

#[tokio::test]
async fn e1_a_notice_served_less_than_five_days_before_the_hearing_is_flagged() {
    let c = case().await; // today 2026-11-30
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    assert_eq!(
        codes(&h)
            .iter()
            .filter(|w| **w == "notice_not_served")
            .count(),
        2
    );
    c.db.clock.advance(Duration::days(4)); // 2026-12-04
    let notice = |party: &str, on: &str| NoticeInput {
        party_id: party.into(),
        method: ServiceMethod::Electronic,
        served_on: on.into(),
    };
    let h = hearings::record_notice(&c.db.core, &c.clerk, &h.id, notice(&c.worker, "2026-12-04"))
        .await
        .unwrap();
    assert_eq!(
        h.notices[0].latest_on.as_deref(),
        Some("2026-12-06"),
        "5 working days clear before Mon 12-14"
    );
    assert!(!h.notices[0].late);
    c.db.clock.advance(Duration::days(4)); // 2026-12-08
    let h = hearings::record_notice(
        &c.db.core,
        &c.clerk,
        &h.id,
        notice(&c.company, "2026-12-08"),
    )
    .await
    .unwrap();
    assert!(h.notices[1].late);
    let late = h
        .warnings
        .iter()
        .find(|w| w.code == "notice_late")
        .expect("late notice flagged");
    assert_eq!(late.rule, "E1");
    assert!(
        late.message.contains("庆阳某环保科技有限公司"),
        "{}",
        late.message
    );
    let err = hearings::record_notice(
        &c.db.core,
        &c.clerk,
        &h.id,
        notice(&c.company, "2026-12-09"),
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "date_in_future");
}

#[tokio::test]
async fn c4_a_hearing_inside_the_running_defense_period_is_flagged_until_waived() {
    let c = case().await;
    deadlines::record_event(
        &c.db.core,
        &c.clerk,
        &c.id,
        EventInput {
            kind: RecordableEvent::ServedRespondent,
            on_date: "2026-11-25".into(),
            detail: String::new(),
            approver: None,
            days: None,
            ground: None,
        },
    )
    .await
    .unwrap(); // T5 runs to 2026-12-09
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-07"))
        .await
        .unwrap();
    assert!(
        codes(&h).contains(&"defense_period_running"),
        "{:?}",
        codes(&h)
    );
    c.give(&c.company, ConsentKind::DefenseWaiver, ConsentAction::Grant)
        .await;
    let h = hearings::get_hearing(&c.db.core, &c.clerk, &h.id)
        .await
        .unwrap();
    assert!(
        !codes(&h).contains(&"defense_period_running"),
        "{:?}",
        codes(&h)
    );
}

#[tokio::test]
async fn h1_an_online_hearing_without_every_partys_consent_is_flagged() {
    let c = case().await;
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    assert!(
        h.warnings
            .iter()
            .any(|w| w.rule == "H1" && w.message.contains("赵丽"))
    );
    c.both_grant(ConsentKind::OnlineHearing).await;
    let h = hearings::get_hearing(&c.db.core, &c.clerk, &h.id)
        .await
        .unwrap();
    assert!(h.warnings.iter().all(|w| w.rule != "H1"));
}

#[tokio::test]
async fn scheduling_checks_the_meeting_details_and_refuses_bad_input() {
    let c = case().await;
    let mut no_meeting = online("2026-12-14");
    no_meeting.meeting_no = None;
    no_meeting.join_url = None;
    let err = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, no_meeting)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("meetingNo"));
    let mut http = online("2026-12-14");
    http.join_url = Some("http://meeting.example/abc".into());
    let err = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, http)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("joinUrl"));
    let err = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-11-01"))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("date"));
    let mut bad_time = online("2026-12-14");
    bad_time.time = "25:00".into();
    let err = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, bad_time)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("time"));
    let err = hearings::schedule_hearing(&c.db.core, &c.admin, &c.id, online("2026-12-14"))
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    assert!(
        hearings::list_hearings(&c.db.core, &c.clerk, &c.id)
            .await
            .unwrap()
            .is_empty(),
        "nothing saved"
    );
}

#[tokio::test]
async fn h3_identity_is_checked_for_everyone_present_and_agents_authority_too() {
    let c = case().await;
    let file = yunting::cases::add_agent(
        &c.db.core,
        &c.clerk,
        &c.id,
        yunting::cases::AgentInput {
            party_id: c.company.clone(),
            name: "周明".into(),
            kind: yunting::cases::AgentKind::Lawyer,
            organization: Some("甘肃陇东律师事务所".into()),
            mobile: None,
            id_number: None,
            authority: yunting::cases::Authority::General,
            authority_scope: String::new(),
            poa_received_on: Some("2026-11-26".into()),
        },
    )
    .await
    .unwrap();
    let agent = file.agents[0].id.clone();
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    let party = |present: bool, method: IdentityMethod| AttendanceInput {
        party_id: Some(c.worker.clone()),
        agent_id: None,
        name: None,
        role: None,
        present,
        identity_method: method,
        identity_ok: true,
        authority_checked: None,
        absence: (!present).then_some(hearings::Absence::NotJoined),
        note: String::new(),
    };
    let err = hearings::record_attendance(
        &c.db.core,
        &c.clerk,
        &h.id,
        party(true, IdentityMethod::NotChecked),
    )
    .await
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("identityMethod"));
    hearings::record_attendance(
        &c.db.core,
        &c.clerk,
        &h.id,
        party(false, IdentityMethod::NotChecked),
    )
    .await
    .unwrap();
    let h2 = hearings::record_attendance(
        &c.db.core,
        &c.clerk,
        &h.id,
        party(true, IdentityMethod::IdOnCamera),
    )
    .await
    .unwrap();
    assert_eq!(h2.attendance.len(), 1, "the latest check per participant");
    assert!(h2.attendance[0].present);
    let mut lawyer = party(true, IdentityMethod::PlatformFace);
    lawyer.party_id = None;
    lawyer.agent_id = Some(agent.clone());
    let err = hearings::record_attendance(&c.db.core, &c.clerk, &h.id, lawyer.clone())
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("authorityChecked"));
    lawyer.authority_checked = Some(true);
    let h3 = hearings::record_attendance(&c.db.core, &c.clerk, &h.id, lawyer)
        .await
        .unwrap();
    assert_eq!(h3.attendance[1].name, "周明");
    assert_eq!(
        h3.attendance[1].party_id.as_deref(),
        Some(c.company.as_str())
    );
}

fn said(role: SpeakerRole, label: &str, text: &str) -> EntryInput {
    EntryInput {
        speaker_role: role,
        speaker_label: label.into(),
        text: text.into(),
        recording_offset_s: Some(95),
    }
}

#[tokio::test]
async fn f1_stages_go_in_order_and_the_final_statement_cannot_be_skipped() {
    let c = case().await;
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    let (core, clerk) = (&c.db.core, &c.clerk);
    let err = minutes::add_entry(
        core,
        clerk,
        &h.id,
        said(SpeakerRole::Clerk, "书记员", "核对到庭情况"),
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "no_stage");
    let err = minutes::move_to_stage(core, clerk, &h.id, Stage::Opening, None)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "stage_out_of_order");
    minutes::move_to_stage(core, clerk, &h.id, Stage::Preparation, None)
        .await
        .unwrap();
    minutes::add_entry(
        core,
        clerk,
        &h.id,
        said(SpeakerRole::Clerk, "书记员", "宣布庭审纪律"),
    )
    .await
    .unwrap();
    let err = minutes::move_to_stage(core, clerk, &h.id, Stage::Opening, Some("无".into()))
        .await
        .unwrap_err();
    assert_eq!(err.reason, "stage_not_skippable");
    minutes::move_to_stage(core, clerk, &h.id, Stage::Opening, None)
        .await
        .unwrap();
    minutes::move_to_stage(core, clerk, &h.id, Stage::StatementDefense, None)
        .await
        .unwrap();
    minutes::move_to_stage(core, clerk, &h.id, Stage::Investigation, None)
        .await
        .unwrap();
    let err = minutes::move_to_stage(core, clerk, &h.id, Stage::Debate, Some("  ".into()))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("reason"));
    minutes::move_to_stage(
        core,
        clerk,
        &h.id,
        Stage::Debate,
        Some("双方对事实无争议，合并于调查阶段".into()),
    )
    .await
    .unwrap();
    let err = minutes::move_to_stage(
        core,
        clerk,
        &h.id,
        Stage::FinalStatement,
        Some("时间不够".into()),
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "stage_not_skippable");
    let err = minutes::move_to_stage(core, clerk, &h.id, Stage::Closing, None)
        .await
        .unwrap_err();
    assert!(err.message.contains("最后陈述"), "{}", err.message);
    let m = minutes::move_to_stage(core, clerk, &h.id, Stage::FinalStatement, None)
        .await
        .unwrap();
    assert_eq!(m.current_stage, Some(Stage::FinalStatement));
    let state = |s: Stage| m.stages.iter().find(|p| p.stage == s).unwrap().state;
    assert_eq!(state(Stage::Investigation), StageState::Done);
    assert_eq!(state(Stage::Debate), StageState::Skipped);
    assert_eq!(state(Stage::Mediation), StageState::Pending);
    let hearing = hearings::get_hearing(core, clerk, &h.id).await.unwrap();
    assert_eq!(hearing.status, hearings::HearingStatus::InProgress);
}

#[tokio::test]
async fn minutes_edits_and_deletions_are_recorded_and_the_chain_verifies() {
    let c = case().await;
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    let (core, clerk) = (&c.db.core, &c.clerk);
    minutes::move_to_stage(core, clerk, &h.id, Stage::Preparation, None)
        .await
        .unwrap();
    let first = minutes::add_entry(
        core,
        clerk,
        &h.id,
        said(
            SpeakerRole::Applicant,
            "申请人赵丽",
            "我要求支付工资18600元。",
        ),
    )
    .await
    .unwrap();
    let second = minutes::add_entry(
        core,
        clerk,
        &h.id,
        said(SpeakerRole::Respondent, "被申请人", "我方不同意。"),
    )
    .await
    .unwrap();
    assert_eq!(first.recording_offset_s, Some(95));
    let err = minutes::edit_entry(core, clerk, &h.id, &first.id, " ")
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("text"));
    minutes::edit_entry(core, clerk, &h.id, &first.id, "我要求支付拖欠工资18600元。")
        .await
        .unwrap();
    minutes::delete_entry(core, clerk, &h.id, &second.id, "误记，实为代理人发言")
        .await
        .unwrap();
    let err = minutes::edit_entry(core, clerk, &h.id, &second.id, "补充")
        .await
        .unwrap_err();
    assert_eq!(err.reason, "entry_deleted");

    let m = minutes::get_minutes(core, clerk, &h.id).await.unwrap();
    assert_eq!(m.lines.len(), 1);
    assert_eq!(m.lines[0].text, "我要求支付拖欠工资18600元。");
    assert!(m.lines[0].edited);
    let kinds: Vec<EntryKind> = m.log.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            EntryKind::StageStart,
            EntryKind::Entry,
            EntryKind::Entry,
            EntryKind::Edit,
            EntryKind::Delete
        ],
        "the original and the deleted entry stay in the log"
    );
    let check = minutes::verify_minutes(core, clerk, &h.id).await.unwrap();
    assert_eq!((check.checked, check.broken_at), (5, None));
    for sql in [
        "UPDATE minutes_entries SET text = 'x'",
        "DELETE FROM minutes_entries",
    ] {
        let err = sqlx::query(sql).execute(core.pool()).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{err}");
    }
    let err = minutes::add_entry(
        core,
        &c.admin,
        &h.id,
        said(SpeakerRole::Clerk, "书记员", "x"),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
}

#[tokio::test]
async fn a_draft_survives_until_its_entry_is_committed() {
    let c = case().await;
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    let (core, clerk) = (&c.db.core, &c.clerk);
    minutes::move_to_stage(core, clerk, &h.id, Stage::Preparation, None)
        .await
        .unwrap();
    let draft = MinutesDraft {
        stage: Stage::Preparation,
        speaker_role: SpeakerRole::PresidingArbitrator,
        speaker_label: "首席仲裁员张仲裁".into(),
        text: "现在核对当事人身份，请申请人".into(),
    };
    minutes::save_draft(core, clerk, &h.id, draft.clone())
        .await
        .unwrap();
    // Another process (the app restarted) reads the same file.
    let reopened = yunting::Core::open(&c.db.dir.path().join("yunting.db"))
        .await
        .unwrap();
    assert_eq!(
        minutes::get_draft(&reopened, clerk, &h.id).await.unwrap(),
        Some(draft.clone())
    );
    assert_eq!(
        minutes::get_draft(core, &c.arbitrator, &h.id)
            .await
            .unwrap(),
        None,
        "drafts are per user"
    );
    minutes::add_entry(
        core,
        clerk,
        &h.id,
        said(
            SpeakerRole::PresidingArbitrator,
            "首席仲裁员张仲裁",
            "现在核对当事人身份，请申请人陈述。",
        ),
    )
    .await
    .unwrap();
    assert_eq!(minutes::get_draft(core, clerk, &h.id).await.unwrap(), None);
}

fn wav(seconds: u32) -> Vec<u8> {
    let mut file = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
    file.extend_from_slice(&16u32.to_le_bytes());
    file.extend_from_slice(&[1, 0, 1, 0]);
    file.extend_from_slice(&8_000u32.to_le_bytes());
    file.extend_from_slice(&8_000u32.to_le_bytes());
    file.extend_from_slice(&[1, 0, 8, 0]);
    file.extend_from_slice(b"data");
    file.extend_from_slice(&(8_000 * seconds).to_le_bytes());
    file.extend(std::iter::repeat_n(128u8, (8_000 * seconds) as usize));
    file
}

#[tokio::test]
async fn f5_a_recording_is_hashed_and_later_shown_unchanged_changed_or_missing() {
    use hearings::{RecordingInput, RecordingOutcome};
    let c = case().await;
    let (core, clerk) = (&c.db.core, &c.clerk);
    let h = hearings::schedule_hearing(core, clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let audio = dir.path().join("庭审录音.wav");
    std::fs::write(&audio, wav(3)).unwrap();
    let input = |path: &std::path::Path, duration_s| RecordingInput {
        path: path.display().to_string(),
        duration_s,
        note: String::new(),
    };
    let err = hearings::add_recording(
        core,
        clerk,
        &h.id,
        input(std::path::Path::new("rel.wav"), None),
    )
    .await
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("path"));
    let rec = hearings::add_recording(core, clerk, &h.id, input(&audio, None))
        .await
        .unwrap();
    assert_eq!(rec.duration_s, 3);
    assert!(rec.duration_from_file);
    assert_eq!(rec.size_bytes, 44 + 24_000);
    assert_eq!(rec.file_name, "庭审录音.wav");

    // A format whose header is not read needs the duration entered.
    let video = dir.path().join("video.webm");
    std::fs::write(&video, b"webm bytes").unwrap();
    let err = hearings::add_recording(core, clerk, &h.id, input(&video, None))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("durationS"));
    let v = hearings::add_recording(core, clerk, &h.id, input(&video, Some(5_400)))
        .await
        .unwrap();
    assert!(!v.duration_from_file);

    let check = |id: String| async move {
        hearings::verify_recording(core, clerk, &id)
            .await
            .unwrap()
            .last_check
            .unwrap()
            .outcome
    };
    assert_eq!(check(rec.id.clone()).await, RecordingOutcome::Unchanged);
    let mut bytes = std::fs::read(&audio).unwrap();
    bytes[100] ^= 1;
    std::fs::write(&audio, bytes).unwrap();
    assert_eq!(check(rec.id.clone()).await, RecordingOutcome::Changed);
    std::fs::remove_file(&audio).unwrap();
    assert_eq!(check(rec.id.clone()).await, RecordingOutcome::Missing);
    let all = hearings::list_recordings(core, clerk, &h.id).await.unwrap();
    assert_eq!(all.len(), 2);
}

#[tokio::test]
async fn opening_a_merged_hearing_puts_every_case_heard_in_progress_once() {
    let c = case().await;
    let counterclaim = crate::closure::merged(&c).await;
    let h = hearings::schedule_hearing(&c.db.core, &c.clerk, &c.id, online("2026-12-14"))
        .await
        .unwrap();
    let (core, clerk) = (&c.db.core, &c.clerk);
    let status = |id: String| async move {
        let file = cases::get(core, clerk, &id).await.unwrap();
        let opened = file
            .events
            .iter()
            .filter(|e| e.kind == "hearing_opened")
            .count();
        (file.summary.status, opened)
    };
    assert_eq!(status(c.id.clone()).await, (CaseStatus::Accepted, 0));
    minutes::move_to_stage(core, clerk, &h.id, Stage::Preparation, None)
        .await
        .unwrap();
    minutes::move_to_stage(core, clerk, &h.id, Stage::Opening, None)
        .await
        .unwrap();
    for id in [c.id.clone(), counterclaim] {
        assert_eq!(
            status(id).await,
            (CaseStatus::InProgress, 1),
            "审理中 from the first stage, with one event on the file"
        );
    }
    let hearing = hearings::get_hearing(core, clerk, &h.id).await.unwrap();
    assert_eq!(hearing.status, hearings::HearingStatus::InProgress);
}
