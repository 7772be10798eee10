//! Demo data: the seed's year loaded through the core's own functions into an empty
//! database, refused anywhere else.
use crate::support::{TestDb, by_username, user_with_role};
use std::collections::HashMap;
use yunting::actor::Role;
use yunting::audit::{self, AuditQuery};
use yunting::auth;
use yunting::cases::{self, CaseQuery, CaseStatus, ClosureType, Procedure};
use yunting::closure;
use yunting::consent;
use yunting::demo::{self, DEMO_PASSWORD, DemoSummary};
use yunting::hearings::{self, HearingMode, HearingStatus};
use yunting::intake::{self, IntakeQuery};
use yunting::mediation::{
    self, DateRange, MediationCaseQuery, MediationCaseStatus, MediationChannel, OrgCategory,
};
use yunting::{Actor, Core, ErrorCode};

/// What a refused load must leave untouched.
async fn counts(core: &Core, admin: &Actor) -> [i64; 5] {
    [
        cases::list(
            core,
            admin,
            CaseQuery {
                limit: 1,
                ..CaseQuery::default()
            },
        )
        .await
        .unwrap()
        .total,
        intake::list(
            core,
            admin,
            IntakeQuery {
                limit: 1,
                ..IntakeQuery::default()
            },
        )
        .await
        .unwrap()
        .total,
        mediation::list_orgs(core, admin).await.unwrap().len() as i64,
        auth::list_users(core, admin).await.unwrap().len() as i64,
        audit::list(
            core,
            admin,
            AuditQuery {
                offset: 0,
                limit: 1,
            },
        )
        .await
        .unwrap()
        .total,
    ]
}

async fn all_mediation_cases(core: &Core, admin: &Actor) -> Vec<mediation::MediationCase> {
    let mut out = Vec::new();
    loop {
        let page = mediation::list_mediation_cases(
            core,
            admin,
            MediationCaseQuery {
                offset: out.len() as u32,
                limit: 200,
                ..MediationCaseQuery::default()
            },
        )
        .await
        .unwrap();
        if page.items.is_empty() {
            return out;
        }
        for s in page.items {
            out.push(
                mediation::get_mediation_case(core, admin, &s.id)
                    .await
                    .unwrap(),
            );
        }
    }
}

fn check_registry(orgs: &[mediation::MediationOrg]) {
    let mut by: HashMap<OrgCategory, usize> = HashMap::new();
    for o in orgs {
        *by.entry(o.category).or_default() += 1;
    }
    assert_eq!(orgs.len(), 40);
    for (category, n) in [
        (OrgCategory::Township, 13),
        (OrgCategory::Commercial, 3),
        (OrgCategory::TrainingSchool, 5),
        (OrgCategory::NewBusiness, 3),
        (OrgCategory::Enterprise, 16),
    ] {
        assert_eq!(by.get(&category).copied(), Some(n), "{category:?}");
    }
}

/// Every case obeys the model's rules: an agreement takes effect exactly when both
/// parties and the mediator have signed and the organisation has sealed it; dates lie
/// within the year and in order.
fn check_mediation(list: &[mediation::MediationCase], today: &str, year_ago: &str) {
    assert_eq!(list.len(), 310);
    let online = list.iter().filter(|c| c.summary.mode.is_online()).count();
    assert_eq!(online, 81);
    assert_eq!(
        list.iter()
            .filter(|c| c.summary.mode == MediationChannel::InPerson)
            .count(),
        229
    );
    let mut agreements = 0;
    let mut concluded = 0;
    for c in list {
        let s = &c.summary;
        assert!(s.applied_on.as_str() >= year_ago && s.applied_on.as_str() <= today);
        match s.status {
            MediationCaseStatus::Open => assert!(s.concluded_on.is_none()),
            status => {
                concluded += 1;
                let on = s.concluded_on.as_deref().unwrap();
                assert!(on >= s.applied_on.as_str() && on <= today, "{s:?}");
                if status == MediationCaseStatus::Agreement {
                    agreements += 1;
                }
            }
        }
        let all_signed = c.signed_applicant && c.signed_respondent && c.signed_mediator && c.sealed;
        assert_eq!(s.effective_on.is_some(), all_signed, "{s:?}");
        if let (Some(review), Some(effective)) = (&c.review_applied_on, &s.effective_on) {
            assert!(review >= effective);
        }
        if c.application == mediation::ApplicationForm::Oral {
            assert!(c.oral_record.is_some());
        }
    }
    assert_eq!((agreements, concluded), (227, 301), "a rate of 75.4 %");
}

async fn check_story(core: &Core, admin: &Actor, summary: &DemoSummary) {
    let found = cases::list(
        core,
        admin,
        CaseQuery {
            text: Some("赵丽".into()),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .await
    .unwrap();
    let lead = found
        .cases
        .iter()
        .find(|c| c.applicants == "赵丽" && c.counterclaim_of.is_none())
        .expect("the story's case");
    assert_eq!(lead.id, summary.story_case_id);
    assert_eq!(lead.procedure, Procedure::Summary);
    assert_eq!(lead.closure_type, Some(ClosureType::Withdrawal));
    let counter = found
        .cases
        .iter()
        .find(|c| c.counterclaim_of.as_deref() == Some(lead.id.as_str()))
        .expect("the counterclaim");
    assert_eq!(counter.applicants, "庆阳清源环保科技有限公司");
    let overview = closure::get_closure(core, admin, &lead.id).await.unwrap();
    assert_eq!(overview.cases.len(), 2, "merged: one hearing for both");
    assert_eq!(overview.withdrawals.len(), 2);
    assert!(overview.withdrawals.iter().all(|w| w.after_settlement));
    let hearings = hearings::list_hearings(core, admin, &lead.id)
        .await
        .unwrap();
    assert_eq!(hearings.len(), 1);
    assert_eq!(hearings[0].mode, HearingMode::Online);
    assert_eq!(hearings[0].platform.as_deref(), Some("腾讯会议"));
    assert_eq!(
        hearings[0].status,
        HearingStatus::Concluded,
        "minutes signed and locked"
    );
    let consents = consent::list_consents(core, admin, &lead.id).await.unwrap();
    assert!(
        consents
            .iter()
            .any(|c| c.kind == consent::ConsentKind::DefenseWaiver)
    );
}

#[tokio::test]
async fn demo_data_loads_the_seeds_year_and_refuses_a_second_time() {
    let (db, admin) = TestDb::with_admin().await;
    let core = &db.core;
    let started = std::time::Instant::now();
    let summary = demo::load_demo_data(core, &admin).await.unwrap();
    eprintln!(
        "demo data loaded in {:.1}s: {summary:?}",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(
        (
            summary.organizations,
            summary.mediation_cases,
            summary.online_mediation_cases
        ),
        (40, 310, 81)
    );
    assert_eq!((summary.intake_items, summary.publicity_events), (41, 12));
    assert_eq!(summary.services, 6_536);
    assert_eq!(summary.cases, 27, "25 of the year and the story's two");
    assert_eq!(summary.demo_password, DEMO_PASSWORD);
    assert!(!summary.admin_created);

    check_registry(&mediation::list_orgs(core, &admin).await.unwrap());
    let today = "2026-11-30";
    check_mediation(
        &all_mediation_cases(core, &admin).await,
        today,
        "2025-11-30",
    );
    let ever = || DateRange {
        from: "2025-01-01".into(),
        to: today.into(),
    };
    let logs = mediation::list_service_logs(core, &admin, ever())
        .await
        .unwrap();
    assert_eq!(logs.iter().map(|l| l.count).sum::<u32>(), 6_536);
    assert_eq!(
        mediation::list_publicity(core, &admin, ever())
            .await
            .unwrap()
            .len(),
        12
    );
    check_story(core, &admin, &summary).await;

    let page = cases::list(
        core,
        &admin,
        CaseQuery {
            limit: 100,
            ..CaseQuery::default()
        },
    )
    .await
    .unwrap();
    let has = |status: CaseStatus, closure: Option<ClosureType>| {
        page.cases
            .iter()
            .any(|c| c.status == status && c.closure_type == closure)
    };
    assert!(has(CaseStatus::Received, None));
    assert!(has(CaseStatus::Accepted, None));
    assert!(
        has(CaseStatus::InProgress, None),
        "a hearing under way today"
    );
    assert!(has(CaseStatus::NotAccepted, None));
    assert!(has(CaseStatus::Closed, Some(ClosureType::Mediation)));
    assert!(has(CaseStatus::Closed, Some(ClosureType::Withdrawal)));

    assert!(audit::verify_chain(core).await.unwrap().ok);
    assert!(
        consent::verify_consents(core)
            .await
            .unwrap()
            .broken_at
            .is_none()
    );
    for account in &summary.accounts {
        let user = auth::sign_in(core, by_username(&account.username, DEMO_PASSWORD))
            .await
            .unwrap();
        assert_eq!(user.role, account.role);
    }

    let before = counts(core, &admin).await;
    let err = demo::load_demo_data(core, &admin).await.unwrap_err();
    assert_eq!(
        (err.code, err.reason.as_str()),
        (ErrorCode::PreconditionFailed, "database_not_empty")
    );
    let err = demo::load_demo_data_fresh(core).await.unwrap_err();
    assert_eq!(err.reason, "database_not_empty");
    assert_eq!(
        counts(core, &admin).await,
        before,
        "a refused load changes nothing"
    );
}

#[tokio::test]
async fn only_an_administrator_loads_and_only_into_an_empty_database() {
    let (db, admin) = TestDb::with_admin().await;
    let sole = auth::sole_admin(&db.core).await.unwrap();
    assert_eq!(
        sole,
        Some(admin.clone()),
        "the command line would load as them"
    );
    let clerk = user_with_role(&db, &admin, "clerk1", Role::Clerk).await;
    assert_eq!(auth::sole_admin(&db.core).await.unwrap(), None);
    let before = counts(&db.core, &admin).await;
    let err = demo::load_demo_data(&db.core, &clerk).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    let err = demo::load_demo_data(&db.core, &admin).await.unwrap_err();
    assert_eq!(
        err.reason, "database_not_empty",
        "a colleague's account is data"
    );
    assert_eq!(counts(&db.core, &admin).await, before);
}

#[tokio::test]
async fn from_the_command_line_an_empty_database_gets_its_administrator() {
    let db = TestDb::new().await;
    let summary = demo::load_demo_data_fresh(&db.core).await.unwrap();
    assert!(summary.admin_created);
    assert_eq!(summary.admin_username, "admin");
    assert_eq!((summary.organizations, summary.intake_items), (40, 41));
    let admin = auth::sign_in(&db.core, by_username("admin", DEMO_PASSWORD))
        .await
        .unwrap();
    assert_eq!(admin.role, Role::Admin);
    assert!(audit::verify_chain(&db.core).await.unwrap().ok);
}
