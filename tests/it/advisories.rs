//! Intake warnings: limitation (A6), priority (A7), co-parties (A8), and adding
//! evidence after registration.
use crate::cases::{employer, seed_application, worker};
use crate::support::TestDb;
use yunting::cases::{
    self, AddEvidenceInput, Advisory, AdvisoryLevel, CaseFile, Circumstances, EmploymentStatus,
    PartySide,
};

fn codes(file: &CaseFile) -> Vec<(&str, &str)> {
    file.advisories
        .iter()
        .map(|a| (a.rule.as_str(), a.code.as_str()))
        .collect()
}

fn by_code<'a>(file: &'a CaseFile, code: &str) -> &'a Advisory {
    file.advisories
        .iter()
        .find(|a| a.code == code)
        .unwrap_or_else(|| panic!("no advisory {code} in {:?}", codes(file)))
}

fn ended(knew: &str, ended_on: &str) -> Circumstances {
    Circumstances {
        knew_on: Some(knew.into()),
        employment_status: EmploymentStatus::Ended,
        employment_ended_on: Some(ended_on.into()),
        ..Circumstances::default()
    }
}

#[tokio::test]
async fn a6_without_recorded_dates_the_limitation_is_not_recorded() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    assert_eq!(
        codes(&file),
        [
            ("A6", "limitation_not_recorded"),
            ("A6", "limitation_not_recorded")
        ],
        "wage and other claims each need their start date"
    );
}

#[tokio::test]
async fn a6_an_expired_year_warns_but_never_blocks_acceptance() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap(); // received 2026-11-23
    let id = file.summary.id.clone();
    // Dismissed 2025-09-30; knew of the unpaid wages on 2025-06-15.
    let file = cases::set_circumstances(&db.core, &admin, &id, ended("2025-06-15", "2025-09-30"))
        .await
        .unwrap();
    let wage = &file.advisories[0];
    assert_eq!(
        (wage.rule.as_str(), wage.level),
        ("A6", AdvisoryLevel::Warning)
    );
    assert_eq!(wage.code, "limitation_expired");
    assert_eq!(wage.params["scope"], "wage");
    assert_eq!(
        wage.params["start"], "2025-09-30",
        "wages after the end: from the end"
    );
    assert_eq!(wage.params["end"], "2026-09-30");
    let other = &file.advisories[1];
    assert_eq!(
        (other.code.as_str(), other.params["scope"].as_str()),
        ("limitation_expired", "other")
    );
    assert_eq!(other.params["end"], "2026-06-15");
    assert!(other.message.contains("不得据此不予受理"));

    let accepted = cases::accept(&db.core, &admin, &id, "2026-11-24")
        .await
        .unwrap();
    assert!(
        accepted.summary.accepted_on.is_some(),
        "never auto-reject (A6)"
    );
}

#[tokio::test]
async fn a6_interruption_restarts_and_suspension_extends_the_year() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let id = file.summary.id.clone();
    let mut c = ended("2025-06-15", "2025-09-30");
    c.limitation_interrupted_on = Some("2026-01-10".into());
    c.limitation_suspended_days = 20;
    let file = cases::set_circumstances(&db.core, &admin, &id, c)
        .await
        .unwrap();
    for a in &file.advisories {
        assert_eq!(a.code, "limitation_running");
        assert_eq!(a.params["start"], "2026-01-10");
        assert_eq!(
            a.params["end"], "2027-01-30",
            "2027-01-10 + 20 suspended days"
        );
    }
}

#[tokio::test]
async fn a6_wage_arrears_while_employed_have_no_limit() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let ongoing = Circumstances {
        knew_on: Some("2024-06-15".into()),
        employment_status: EmploymentStatus::Ongoing,
        ..Circumstances::default()
    };
    let file = cases::set_circumstances(&db.core, &admin, &file.summary.id, ongoing)
        .await
        .unwrap();
    assert_eq!(
        by_code(&file, "limitation_wage_ongoing").params["scope"],
        "wage"
    );
    let other = by_code(&file, "limitation_expired");
    assert_eq!(
        other.params["scope"], "other",
        "the dismissal claim still has its year"
    );
}

#[test]
fn a6_one_year_from_29_february_ends_on_28_february() {
    use time::macros::date;
    assert_eq!(
        cases::one_year_after(date!(2024 - 02 - 29)),
        date!(2025 - 02 - 28)
    );
    assert_eq!(
        cases::one_year_after(date!(2025 - 09 - 30)),
        date!(2026 - 09 - 30)
    );
}

#[tokio::test]
async fn a6_bad_circumstances_are_refused_and_change_nothing() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let id = file.summary.id.clone();
    let no_end_date = Circumstances {
        employment_status: EmploymentStatus::Ended,
        ..Circumstances::default()
    };
    let err = cases::set_circumstances(&db.core, &admin, &id, no_end_date)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("employmentEndedOn"));
    let future = Circumstances {
        knew_on: Some("2027-01-01".into()),
        ..Circumstances::default()
    };
    let err = cases::set_circumstances(&db.core, &admin, &id, future)
        .await
        .unwrap_err();
    assert_eq!(
        (err.field.as_deref(), err.reason.as_str()),
        (Some("knewOn"), "date_in_future")
    );
    let mut early = ended("2025-06-15", "2025-09-30");
    early.limitation_interrupted_on = Some("2025-01-01".into());
    let err = cases::set_circumstances(&db.core, &admin, &id, early)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("limitationInterruptedOn"));
    let file = cases::get(&db.core, &admin, &id).await.unwrap();
    assert_eq!(file.circumstances, Circumstances::default());
}

#[tokio::test]
async fn a7_ten_workers_suggest_priority_and_the_collective_workflow_once_set() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    let employer = app.parties.pop().unwrap();
    for i in 1..10 {
        let mut w = worker();
        w.name = format!("工人{i}");
        w.id_number = None;
        app.parties.push(w);
    }
    app.parties.push(employer);
    app.claims.iter_mut().for_each(|c| c.respondent = 10);
    app.evidence.clear();
    app.no_evidence_declared = true;
    let file = cases::create(&db.core, &admin, app.clone()).await.unwrap();
    let a7 = by_code(&file, "priority_suggested");
    assert_eq!((a7.rule.as_str(), a7.level), ("A7", AdvisoryLevel::Warning));
    assert_eq!(a7.params["workers"], "10");

    app.priority = true;
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    assert_eq!(
        by_code(&file, "collective_workflow").level,
        AdvisoryLevel::Info
    );
    assert!(
        file.advisories
            .iter()
            .all(|a| a.code != "priority_suggested")
    );
}

#[tokio::test]
async fn a7_a_collective_contract_dispute_suggests_priority_with_one_worker() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    assert!(file.advisories.iter().all(|a| a.rule != "A7"));
    let collective = Circumstances {
        collective_contract: true,
        ..Circumstances::default()
    };
    let file = cases::set_circumstances(&db.core, &admin, &file.summary.id, collective)
        .await
        .unwrap();
    assert_eq!(by_code(&file, "priority_suggested").params["workers"], "1");
}

#[tokio::test]
async fn a8_dispatch_and_unlicensed_employers_need_co_parties() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let id = file.summary.id.clone();
    let flags = Circumstances {
        dispatch_dispute: true,
        employer_unlicensed: true,
        ..Circumstances::default()
    };
    let file = cases::set_circumstances(&db.core, &admin, &id, flags)
        .await
        .unwrap();
    assert_eq!(by_code(&file, "dispatch_co_party_missing").rule, "A8");
    assert_eq!(
        by_code(&file, "unlicensed_co_party_missing").level,
        AdvisoryLevel::Warning
    );

    let mut user_unit = employer();
    user_unit.name = "庆阳某物业服务有限公司".into();
    user_unit.credit_code = None;
    let file = cases::add_party(
        &db.core,
        &admin,
        &id,
        cases::AddPartyInput {
            party: user_unit,
            on_date: "2026-11-24".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(file.parties[2].side, PartySide::Respondent);
    assert!(
        file.advisories.iter().all(|a| a.rule != "A8"),
        "both units are now parties: {:?}",
        codes(&file)
    );
}

#[tokio::test]
async fn evidence_added_after_registration_lifts_a_no_evidence_declaration() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.evidence.clear();
    app.no_evidence_declared = true;
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    let id = file.summary.id.clone();
    let item = |name: &str| AddEvidenceInput {
        party_id: file.parties[0].id.clone(),
        name: name.into(),
        purpose: "证明工资标准".into(),
        original_available: false,
    };
    let err = cases::add_evidence(&db.core, &admin, &id, item("  "))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("name"));
    let mut stranger = item("考勤记录");
    stranger.party_id = "nobody".into();
    let err = cases::add_evidence(&db.core, &admin, &id, stranger)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("partyId"));

    let file = cases::add_evidence(&db.core, &admin, &id, item("考勤记录"))
        .await
        .unwrap();
    assert!(!file.no_evidence_declared);
    assert_eq!(file.evidence.len(), 1);
    assert_eq!(
        (file.evidence[0].position, file.evidence[0].name.as_str()),
        (1, "考勤记录")
    );
}

#[tokio::test]
async fn a_mediator_cannot_record_circumstances_or_add_to_a_case() {
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let mediator =
        crate::support::user_with_role(&db, &admin, "mediator1", yunting::actor::Role::Mediator)
            .await;
    let err = cases::set_circumstances(
        &db.core,
        &mediator,
        &file.summary.id,
        Circumstances::default(),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code, yunting::error::ErrorCode::Forbidden);
}
