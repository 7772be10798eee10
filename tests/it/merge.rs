//! Counterclaims and merged hearings: C1–C3, the claim ledger, undoing a merge.
use crate::cases::{employer, seed_application, worker};
use crate::support::{TestDb, new_user};
use yunting::actor::Role;
use yunting::cases::{self, CaseStatus, ClaimCategory, ClaimInput, NewCase, PartySide};
use yunting::deadlines::{self, DeadlineStatus, EventInput, RecordableEvent};
use yunting::merge;
use yunting::tribunal::{self, TribunalInput};
use yunting::{Actor, ErrorCode};

/// The employer's counterclaim: damages from the worker (roles reversed).
pub fn counterclaim(received_on: &str) -> NewCase {
    let mut company = employer();
    company.side = PartySide::Applicant;
    let mut zhao = worker();
    zhao.side = PartySide::Respondent;
    NewCase {
        channel: yunting::cases::Channel::Written,
        cause: "劳动者赔偿经济损失".into(),
        facts: "被申请人离职时未办理交接，致使申请人设备停运，造成经济损失。".into(),
        received_on: received_on.into(),
        parties: vec![company, zhao],
        claims: vec![ClaimInput {
            category: ClaimCategory::PayCompensation,
            description: "赔偿设备停运造成的经济损失".into(),
            amount: Some("8,000".into()),
            claimant: 0,
            respondent: 1,
        }],
        evidence: vec![],
        no_evidence_declared: true,
        oral_confirmed: false,
        priority: false,
    }
}

fn event(kind: RecordableEvent, on: &str) -> EventInput {
    EventInput {
        kind,
        on_date: on.into(),
        detail: String::new(),
        approver: None,
        days: None,
        ground: None,
    }
}

/// The seed's case, accepted on Nov 24 and served on the company on Nov 25.
async fn original(db: &TestDb, admin: &Actor) -> String {
    let file = cases::create(&db.core, admin, seed_application())
        .await
        .unwrap();
    let id = file.summary.id;
    cases::accept(&db.core, admin, &id, "2026-11-24")
        .await
        .unwrap();
    deadlines::record_event(
        &db.core,
        admin,
        &id,
        event(RecordableEvent::ServedRespondent, "2026-11-25"),
    )
    .await
    .unwrap();
    id
}

#[tokio::test]
async fn c1_a_timely_counterclaim_is_registered_against_the_original() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    let window = merge::counterclaim_window(&db.core, &admin, &id)
        .await
        .unwrap();
    assert_eq!(
        window.closes_on.as_deref(),
        Some("2026-12-09"),
        "10 working days from Nov 25"
    );

    let counter = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-26"))
        .await
        .unwrap();
    assert_eq!(
        counter.summary.counterclaim_of.as_deref(),
        Some(id.as_str())
    );
    assert_eq!(counter.summary.status, CaseStatus::Received);
    let original = cases::get(&db.core, &admin, &id).await.unwrap();
    assert!(
        original
            .events
            .iter()
            .any(|e| e.kind == "counterclaim_received")
    );
}

#[tokio::test]
async fn c1_a_counterclaim_after_the_defense_period_cannot_be_merged_and_goes_separately() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.received_on = "2026-09-21".into();
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    let id = file.summary.id;
    cases::accept(&db.core, &admin, &id, "2026-09-22")
        .await
        .unwrap();
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::ServedRespondent, "2026-09-25"),
    )
    .await
    .unwrap();

    let err = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-10-20"))
        .await
        .unwrap_err();
    assert_eq!(
        (err.code, err.reason.as_str()),
        (ErrorCode::PreconditionFailed, "counterclaim_late")
    );
    assert!(
        err.message.contains("另行申请仲裁") && err.message.contains("2026-10-15"),
        "{}",
        err.message
    );
    // Offered instead as a new, separate case with its own number and clock.
    let separate = cases::create(&db.core, &admin, counterclaim("2026-10-20"))
        .await
        .unwrap();
    assert_eq!(separate.summary.counterclaim_of, None);
}

#[tokio::test]
async fn c1_a_waived_defense_period_closes_the_window_on_the_waiver_day() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::DefenseWaived, "2026-11-26"),
    )
    .await
    .unwrap();
    merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-26"))
        .await
        .expect("same day is in time");
    let late = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-27"))
        .await
        .unwrap_err();
    assert_eq!(late.reason, "counterclaim_late");
}

#[tokio::test]
async fn c1_a_counterclaim_must_reverse_the_parties() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    let mut wrong = counterclaim("2026-11-26");
    wrong.parties[1].name = "钱某".into();
    wrong.parties[1].id_number = None;
    let err = merge::file_counterclaim(&db.core, &admin, &id, wrong)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "counterclaim_parties");
}

#[tokio::test]
async fn c2_the_counterclaim_decision_is_due_within_five_working_days() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    let counter = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-26"))
        .await
        .unwrap();
    let clock = deadlines::case_clock(&db.core, &admin, &counter.summary.id)
        .await
        .unwrap();
    let t8 = clock
        .deadlines
        .iter()
        .find(|d| d.code == "T8")
        .expect("T8 for a counterclaim");
    assert_eq!(t8.due.as_deref(), Some("2026-12-03"));
    assert!(clock.deadlines.iter().all(|d| d.code != "T2"));
}

#[tokio::test]
async fn c3_merging_restarts_the_45_days_and_the_ledger_nets_both_sides() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    let before = deadlines::case_clock(&db.core, &admin, &id).await.unwrap();
    let t16_before = before
        .deadlines
        .iter()
        .find(|d| d.code == "T16")
        .unwrap()
        .due
        .clone();
    assert_eq!(t16_before.as_deref(), Some("2027-01-08"));

    let counter = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-26"))
        .await
        .unwrap();
    let cid = counter.summary.id;
    let not_yet = merge::merge(&db.core, &admin, &id, &cid, "2026-11-27")
        .await
        .unwrap_err();
    assert_eq!(
        not_yet.reason, "merge_case_not_open",
        "a counterclaim is accepted before it is merged"
    );
    cases::accept(&db.core, &admin, &cid, "2026-11-27")
        .await
        .unwrap();
    merge::merge(&db.core, &admin, &id, &cid, "2026-11-27")
        .await
        .unwrap();

    let t16 = deadlines::case_clock(&db.core, &admin, &id).await.unwrap();
    let t16 = t16.deadlines.iter().find(|d| d.code == "T16").unwrap();
    assert_eq!(t16.counted_from.as_deref(), Some("2026-11-27"));
    assert_eq!(
        t16.due.as_deref(),
        Some("2027-01-11"),
        "Nov 27 + 45 = Mon 2027-01-11"
    );

    let ledger = merge::claim_ledger(&db.core, &admin, &cid).await.unwrap();
    assert_eq!(ledger.lead_case_id, id);
    assert_eq!(ledger.cases.len(), 2);
    assert!(ledger.cases[1].is_counterclaim);
    assert_eq!(ledger.applicant_side, "赵丽");
    assert_eq!(ledger.applicant_side_total_fen, 3_100_000);
    assert_eq!(ledger.respondent_side_total_fen, 800_000);
    assert_eq!(ledger.net_fen, 2_300_000);
}

#[tokio::test]
async fn merges_are_refused_for_different_parties_closed_cases_or_started_hearings() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    let mut stranger = seed_application();
    stranger.parties[0].name = "钱某".into();
    stranger.parties[0].id_number = Some("621002198503150031".into());
    let other = cases::create(&db.core, &admin, stranger).await.unwrap();
    cases::accept(&db.core, &admin, &other.summary.id, "2026-11-24")
        .await
        .unwrap();
    assert_eq!(
        merge::merge(&db.core, &admin, &id, &other.summary.id, "2026-11-27")
            .await
            .unwrap_err()
            .reason,
        "parties_differ"
    );

    // Same parties, same roles (a second application by the same worker) may be merged (C7 local option).
    let second = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    cases::accept(&db.core, &admin, &second.summary.id, "2026-11-25")
        .await
        .unwrap();
    merge::merge(&db.core, &admin, &id, &second.summary.id, "2026-11-27")
        .await
        .unwrap();
    let again = merge::merge(&db.core, &admin, &id, &second.summary.id, "2026-11-27")
        .await
        .unwrap_err();
    assert_eq!(again.reason, "already_merged");
    let t16 = deadlines::case_clock(&db.core, &admin, &id).await.unwrap();
    assert_eq!(
        t16.deadlines
            .iter()
            .find(|d| d.code == "T16")
            .unwrap()
            .counted_from
            .as_deref(),
        Some("2026-11-24"),
        "only counterclaims restart"
    );
}

#[tokio::test]
async fn c3_undoing_a_merge_before_the_hearing_restores_the_original_limit() {
    let (db, admin) = TestDb::with_admin().await;
    let id = original(&db, &admin).await;
    let counter = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-26"))
        .await
        .unwrap();
    let cid = counter.summary.id;
    cases::accept(&db.core, &admin, &cid, "2026-11-27")
        .await
        .unwrap();
    merge::merge(&db.core, &admin, &id, &cid, "2026-11-27")
        .await
        .unwrap();

    assert_eq!(
        merge::undo_merge(&db.core, &admin, &cid, " ")
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("reason")
    );
    merge::undo_merge(&db.core, &admin, &cid, "反申请人撤回合并审理的请求")
        .await
        .unwrap();
    let clock = deadlines::case_clock(&db.core, &admin, &id).await.unwrap();
    let t16 = clock.deadlines.iter().find(|d| d.code == "T16").unwrap();
    assert_eq!(t16.counted_from.as_deref(), Some("2026-11-24"));
    let ledger = merge::claim_ledger(&db.core, &admin, &id).await.unwrap();
    assert_eq!(ledger.cases.len(), 1);
    assert_eq!(
        merge::undo_merge(&db.core, &admin, &cid, "再次")
            .await
            .unwrap_err()
            .reason,
        "not_merged"
    );
}

#[tokio::test]
async fn merging_gives_the_counterclaim_the_lead_tribunal_and_refuses_a_different_one() {
    let (db, admin) = TestDb::with_admin().await;
    let mut arbitrators = Vec::new();
    for (i, name) in ["张仲裁", "王仲裁", "刘仲裁", "陈仲裁"].iter().enumerate() {
        let u = yunting::auth::register(
            &db.core,
            new_user(&format!("arb{i}"), &format!("1370000010{i}"), name),
        )
        .await
        .unwrap();
        yunting::auth::approve_user(&db.core, &admin, &u.id, Role::Arbitrator)
            .await
            .unwrap();
        arbitrators.push(u.id);
    }
    let id = original(&db, &admin).await;
    let panel = |p: usize, a: usize, b: usize| TribunalInput {
        sole: None,
        presiding: Some(arbitrators[p].clone()),
        members: vec![arbitrators[a].clone(), arbitrators[b].clone()],
        clerk: None,
        on_date: "2026-11-27".into(),
    };
    tribunal::set_tribunal(&db.core, &admin, &id, panel(0, 1, 2))
        .await
        .unwrap();
    let counter = merge::file_counterclaim(&db.core, &admin, &id, counterclaim("2026-11-26"))
        .await
        .unwrap();
    let cid = counter.summary.id;
    cases::accept(&db.core, &admin, &cid, "2026-11-27")
        .await
        .unwrap();
    tribunal::set_tribunal(&db.core, &admin, &cid, panel(3, 1, 2))
        .await
        .unwrap();
    assert_eq!(
        merge::merge(&db.core, &admin, &id, &cid, "2026-11-27")
            .await
            .unwrap_err()
            .reason,
        "tribunal_differs"
    );

    tribunal::set_tribunal(&db.core, &admin, &cid, panel(0, 2, 1))
        .await
        .unwrap();
    merge::merge(&db.core, &admin, &id, &cid, "2026-11-27")
        .await
        .expect("same arbitrators, other order");
    let t = tribunal::get_tribunal(&db.core, &admin, &cid)
        .await
        .unwrap();
    assert_eq!(t.members.len(), 3);
}

#[tokio::test]
async fn the_late_counterclaim_check_reads_no_period_when_service_is_not_recorded() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    cases::accept(&db.core, &admin, &file.summary.id, "2026-11-24")
        .await
        .unwrap();
    let window = merge::counterclaim_window(&db.core, &admin, &file.summary.id)
        .await
        .unwrap();
    assert_eq!(window.closes_on, None);
    merge::file_counterclaim(
        &db.core,
        &admin,
        &file.summary.id,
        counterclaim("2026-11-29"),
    )
    .await
    .unwrap();
    let t5 = deadlines::case_clock(&db.core, &admin, &file.summary.id)
        .await
        .unwrap();
    assert_eq!(
        t5.deadlines.iter().find(|d| d.code == "T5").unwrap().status,
        DeadlineStatus::NotStarted
    );
}
