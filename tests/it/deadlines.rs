//! The statutory clock: I1–I4, A4, B2, C4 and T13, from recorded events.
use crate::cases::seed_application;
use crate::support::TestDb;
use time::Duration;
use yunting::Actor;
use yunting::calendar::DayCount;
use yunting::cases::{self, CloseInput, ClosureType};
use yunting::deadlines::{
    self, Deadline, DeadlineRule, DeadlineStatus, EventInput, RecordableEvent, SuspensionGround,
};

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

async fn clock_of(db: &TestDb, actor: &Actor, id: &str) -> Vec<Deadline> {
    deadlines::case_clock(&db.core, actor, id)
        .await
        .unwrap()
        .deadlines
}

fn find<'a>(all: &'a [Deadline], code: &str) -> &'a Deadline {
    all.iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("{code} missing"))
}

/// A case received on `received` and accepted on `accepted`, with the clock at `today`.
async fn accepted_case(
    received: &str,
    accepted: &str,
    today: time::OffsetDateTime,
) -> (TestDb, Actor, String) {
    let (db, admin) = TestDb::with_admin().await;
    let now = db.core.now();
    db.clock.advance(today - now);
    let mut app = seed_application();
    app.received_on = received.into();
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    cases::accept(&db.core, &admin, &file.summary.id, accepted)
        .await
        .unwrap();
    (db, admin, file.summary.id)
}

#[tokio::test]
async fn i4_the_acceptance_decision_is_due_five_working_days_after_receipt() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap(); // received Mon 2026-11-23
    let all = clock_of(&db, &admin, &file.summary.id).await;
    let t2 = find(&all, "T2");
    assert_eq!(t2.due.as_deref(), Some("2026-11-30"));
    assert_eq!(t2.status, DeadlineStatus::Pending);
    assert_eq!(t2.days_left, Some(0), "today is 2026-11-30");
    assert_eq!(find(&all, "T16").status, DeadlineStatus::NotStarted);
}

#[tokio::test]
async fn a4_completed_materials_restart_the_acceptance_period() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    deadlines::record_event(
        &db.core,
        &admin,
        &file.summary.id,
        event(RecordableEvent::MaterialsCompleted, "2026-11-27"),
    )
    .await
    .unwrap();
    let t2 = find(&clock_of(&db, &admin, &file.summary.id).await, "T2").clone();
    assert_eq!(t2.counted_from.as_deref(), Some("2026-11-27"));
    assert_eq!(t2.due.as_deref(), Some("2026-12-04"));
}

#[tokio::test]
async fn b2_the_defense_period_runs_from_the_respondents_receipt_over_national_day() {
    let (db, admin, id) = accepted_case(
        "2026-09-21",
        "2026-09-22",
        time::macros::datetime!(2026-10-20 02:00 UTC),
    )
    .await;
    let before = clock_of(&db, &admin, &id).await;
    assert_eq!(find(&before, "T5").status, DeadlineStatus::NotStarted);
    assert_eq!(
        find(&before, "T4").status,
        DeadlineStatus::Overdue,
        "copy not served within 5 working days"
    );

    // Received Fri Sep 25: 10 working days = Sep 28, 29, 30, (Oct 1–7 off), 8, 9, 10 (调休), 12, 13, 14, 15.
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::ServedRespondent, "2026-09-25"),
    )
    .await
    .unwrap();
    let all = clock_of(&db, &admin, &id).await;
    let t5 = find(&all, "T5");
    assert_eq!(t5.due.as_deref(), Some("2026-10-15"));
    assert_eq!(t5.status, DeadlineStatus::Expired);
    // Accepted Tue Sep 22: Sep 23, 24, 25, 28, 29 → served on Sep 25 in time.
    assert_eq!(find(&all, "T4").status, DeadlineStatus::Met);
}

#[tokio::test]
async fn i4_a_calendar_day_period_ending_in_a_holiday_moves_past_it() {
    let (db, admin, id) = accepted_case(
        "2026-09-21",
        "2026-09-22",
        time::macros::datetime!(2026-10-20 02:00 UTC),
    )
    .await;
    deadlines::set_rule(
        &db.core,
        &admin,
        DeadlineRule {
            code: "T5".into(),
            days: 10,
            day_count: DayCount::Calendar,
        },
    )
    .await
    .unwrap();
    // Served Sep 25 + 10 calendar days = Oct 5, inside National Day → Thu Oct 8.
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::ServedRespondent, "2026-09-25"),
    )
    .await
    .unwrap();
    assert_eq!(
        find(&clock_of(&db, &admin, &id).await, "T5").due.as_deref(),
        Some("2026-10-08")
    );
}

#[tokio::test]
async fn c4_a_waived_defense_period_shows_as_waived() {
    let (db, admin, id) = accepted_case("2026-11-23", "2026-11-24", db_now()).await;
    let waive = deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::DefenseWaived, "2026-11-26"),
    )
    .await;
    assert_eq!(waive.unwrap_err().reason, "not_served");
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::ServedRespondent, "2026-11-25"),
    )
    .await
    .unwrap();
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::DefenseWaived, "2026-11-26"),
    )
    .await
    .unwrap();
    let t5 = find(&clock_of(&db, &admin, &id).await, "T5").clone();
    assert_eq!(t5.status, DeadlineStatus::Waived);
    assert_eq!(t5.done_on.as_deref(), Some("2026-11-26"));
}

fn db_now() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-30 01:00 UTC)
}

#[tokio::test]
async fn i1_the_award_is_due_45_days_after_acceptance_and_extends_once_by_at_most_15() {
    let (db, admin, id) = accepted_case("2026-11-23", "2026-11-24", db_now()).await;
    // 2026-11-24 + 45 = Fri 2027-01-08; 2027 is not in the shipped calendar.
    let t16 = find(&clock_of(&db, &admin, &id).await, "T16").clone();
    assert_eq!(t16.due.as_deref(), Some("2027-01-08"));
    assert_eq!(t16.uncovered_years, vec![2027]);

    let mut ext = event(RecordableEvent::ExtensionApproved, "2026-11-30");
    ext.days = Some(16);
    ext.approver = Some("仲裁院院长 张某".into());
    assert_eq!(
        deadlines::record_event(&db.core, &admin, &id, ext.clone())
            .await
            .unwrap_err()
            .reason,
        "extension_too_long"
    );
    ext.days = Some(15);
    ext.approver = None;
    assert_eq!(
        deadlines::record_event(&db.core, &admin, &id, ext.clone())
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("approver")
    );
    ext.approver = Some("仲裁院院长 张某".into());
    deadlines::record_event(&db.core, &admin, &id, ext.clone())
        .await
        .unwrap();
    let t16 = find(&clock_of(&db, &admin, &id).await, "T16").clone();
    assert_eq!(
        t16.due.as_deref(),
        Some("2027-01-25"),
        "Jan 8 + 15 = Sat Jan 23 → Mon Jan 25"
    );
    assert!(t16.note.contains("批准延长 15 日"), "{}", t16.note);
    ext.days = Some(5);
    assert_eq!(
        deadlines::record_event(&db.core, &admin, &id, ext)
            .await
            .unwrap_err()
            .reason,
        "already_extended"
    );
}

#[tokio::test]
async fn i2_a_suspension_stops_the_clock_until_resumption() {
    let (db, admin, id) = accepted_case(
        "2026-10-19",
        "2026-10-20",
        time::macros::datetime!(2026-11-10 02:00 UTC),
    )
    .await;
    // 2026-10-20 + 45 = Fri 2026-12-04.
    assert_eq!(
        find(&clock_of(&db, &admin, &id).await, "T16")
            .due
            .as_deref(),
        Some("2026-12-04")
    );

    let mut suspend = event(RecordableEvent::Suspended, "2026-11-02");
    assert_eq!(
        deadlines::record_event(&db.core, &admin, &id, suspend.clone())
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("ground")
    );
    suspend.ground = Some(SuspensionGround::AwaitingDetermination);
    suspend.approver = Some("仲裁委员会主任 李某".into());
    deadlines::record_event(&db.core, &admin, &id, suspend)
        .await
        .unwrap();
    let clock = deadlines::case_clock(&db.core, &admin, &id).await.unwrap();
    assert!(clock.suspended);
    assert_eq!(find(&clock.deadlines, "T16").status, DeadlineStatus::Paused);

    db.clock.advance(Duration::days(10));
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::Resumed, "2026-11-12"),
    )
    .await
    .unwrap();
    // 10 days paused: Dec 4 + 10 = Mon Dec 14.
    let t16 = find(&clock_of(&db, &admin, &id).await, "T16").clone();
    assert_eq!(t16.due.as_deref(), Some("2026-12-14"));
    assert!(t16.note.contains("中止审理"), "{}", t16.note);
    assert_eq!(
        deadlines::record_event(
            &db.core,
            &admin,
            &id,
            event(RecordableEvent::Resumed, "2026-11-13")
        )
        .await
        .unwrap_err()
        .reason,
        "not_suspended"
    );
}

#[tokio::test]
async fn i3_an_award_deadline_passed_without_closure_is_overdue_and_closure_meets_it() {
    let (db, admin, id) = accepted_case(
        "2026-09-01",
        "2026-09-02",
        time::macros::datetime!(2026-11-20 02:00 UTC),
    )
    .await;
    let clock = deadlines::case_clock(&db.core, &admin, &id).await.unwrap();
    assert!(clock.award_overdue);
    assert_eq!(
        find(&clock.deadlines, "T16").status,
        DeadlineStatus::Overdue
    );

    let due = deadlines::due_soon(&db.core, &admin, 7).await.unwrap();
    assert!(
        due.iter()
            .any(|d| d.deadline.code == "T16" && d.case_id == id)
    );

    cases::close(
        &db.core,
        &admin,
        &id,
        CloseInput {
            closure_type: ClosureType::Withdrawal,
            on_date: "2026-11-20".into(),
            note: String::new(),
        },
    )
    .await
    .unwrap();
    let t16 = find(&clock_of(&db, &admin, &id).await, "T16").clone();
    assert_eq!(t16.status, DeadlineStatus::MetLate);
    assert!(
        deadlines::due_soon(&db.core, &admin, 7)
            .await
            .unwrap()
            .is_empty(),
        "closed cases leave the workbench"
    );
}

#[tokio::test]
async fn t13_the_hearing_notice_needs_five_clear_working_days() {
    let (db, admin, id) = accepted_case("2026-11-23", "2026-11-24", db_now()).await;
    // Hearing Tue 2026-12-08: 5 working days strictly before are Dec 1–4 and 7 → serve by Mon Nov 30.
    deadlines::record_event(
        &db.core,
        &admin,
        &id,
        event(RecordableEvent::HearingScheduled, "2026-12-08"),
    )
    .await
    .unwrap();
    let t13 = find(&clock_of(&db, &admin, &id).await, "T13").clone();
    assert_eq!(t13.due.as_deref(), Some("2026-11-30"));
    assert_eq!(t13.status, DeadlineStatus::Pending);
}

#[tokio::test]
async fn the_workbench_lists_urgent_deadlines_most_urgent_first() {
    let (db, admin) = TestDb::with_admin().await;
    let a = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap(); // T2 due today
    let mut later = seed_application();
    later.received_on = "2026-11-27".into();
    let b = cases::create(&db.core, &admin, later).await.unwrap(); // T2 due 2026-12-04
    let items = deadlines::due_soon(&db.core, &admin, 7).await.unwrap();
    let order: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (i.case_id.as_str(), i.deadline.code.as_str()))
        .collect();
    assert_eq!(
        order,
        [(a.summary.id.as_str(), "T2"), (b.summary.id.as_str(), "T2")]
    );
    assert!(
        deadlines::due_soon(&db.core, &admin, 2)
            .await
            .unwrap()
            .len()
            == 1
    );
}

#[tokio::test]
async fn c5_a_claim_added_after_acceptance_restarts_the_award_deadline() {
    use yunting::cases::{AddClaimInput, ClaimCategory};
    let (db, admin, id) = accepted_case("2026-11-23", "2026-11-24", db_now()).await;
    let file = cases::get(&db.core, &admin, &id).await.unwrap();
    let add = |on: &str| AddClaimInput {
        category: ClaimCategory::HoursRestInsurance,
        description: "补缴社会保险费".into(),
        amount: None,
        claimant_party_id: file.parties[0].id.clone(),
        respondent_party_id: file.parties[1].id.clone(),
        on_date: on.into(),
    };
    assert_eq!(
        cases::add_claim(&db.core, &admin, &id, add("2026-11-20"))
            .await
            .unwrap_err()
            .reason,
        "date_too_early"
    );
    let updated = cases::add_claim(&db.core, &admin, &id, add("2026-11-28"))
        .await
        .unwrap();
    assert_eq!(updated.claims.len(), 3);
    assert_eq!(updated.claims[2].position, 3);
    let t16 = find(&clock_of(&db, &admin, &id).await, "T16").clone();
    assert_eq!(t16.counted_from.as_deref(), Some("2026-11-28"));
    assert_eq!(
        t16.due.as_deref(),
        Some("2027-01-12"),
        "Nov 28 + 45 = Tue 2027-01-12"
    );
}

#[tokio::test]
async fn c6_a_party_added_after_acceptance_restarts_the_award_deadline() {
    use yunting::cases::{AddPartyInput, PartySide};
    let (db, admin, id) = accepted_case("2026-11-23", "2026-11-24", db_now()).await;
    let mut investor = crate::cases::employer();
    investor.side = PartySide::ThirdParty;
    investor.name = "庆阳市某投资有限公司".into();
    investor.credit_code = None;
    let add = |on: &str| AddPartyInput {
        party: investor.clone(),
        on_date: on.into(),
    };
    let early = cases::add_party(&db.core, &admin, &id, add("2026-11-23"))
        .await
        .unwrap_err();
    assert_eq!(early.reason, "date_too_early");
    let mut bad = add("2026-11-27");
    bad.party.mobile = Some("1234".into());
    let err = cases::add_party(&db.core, &admin, &id, bad)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("party.mobile"));
    assert_eq!(
        cases::get(&db.core, &admin, &id)
            .await
            .unwrap()
            .parties
            .len(),
        2
    );

    let file = cases::add_party(&db.core, &admin, &id, add("2026-11-27"))
        .await
        .unwrap();
    let added = file.parties.last().unwrap();
    assert_eq!((added.side, added.position), (PartySide::ThirdParty, 1));
    assert!(
        file.events
            .iter()
            .any(|e| e.kind == "party_added" && e.on_date == "2026-11-27")
    );
    let t16 = find(&clock_of(&db, &admin, &id).await, "T16").clone();
    assert_eq!(t16.counted_from.as_deref(), Some("2026-11-27"));
    assert_eq!(
        t16.due.as_deref(),
        Some("2027-01-11"),
        "Nov 27 + 45 = Mon 2027-01-11"
    );
}

#[tokio::test]
async fn c6_a_party_added_before_acceptance_does_not_touch_the_clock() {
    use yunting::cases::AddPartyInput;
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let mut second = crate::cases::worker();
    second.name = "钱女士".into();
    second.id_number = None;
    second.birth_date = None;
    let file = cases::add_party(
        &db.core,
        &admin,
        &file.summary.id,
        AddPartyInput {
            party: second,
            on_date: "2026-11-24".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(
        (file.parties[1].name.as_str(), file.parties[1].position),
        ("钱女士", 2),
        "listed after the first applicant"
    );
    assert!(file.events.iter().all(|e| e.kind != "party_added"));
    assert!(
        file.missing_for_acceptance
            .iter()
            .any(|m| m.field == "parties.1.idNumber"),
        "the added party is checked for completeness like the others (A1)"
    );
}
