//! The tribunal and recusal: D1–D4.
use crate::cases::seed_application;
use crate::support::{PASSWORD, TestDb, by_username, new_user};
use yunting::actor::Role;
use yunting::cases;
use yunting::tribunal::{self, RecusalDecision, RecusalInput, Seat, TribunalInput};
use yunting::{Actor, ErrorCode};

struct Staff {
    arbitrators: Vec<String>,
    clerk: String,
    arbitrator_actor: Actor,
}

async fn staff(db: &TestDb, admin: &Actor) -> Staff {
    let mut arbitrators = Vec::new();
    for (i, name) in ["张仲裁", "王仲裁", "刘仲裁"].iter().enumerate() {
        let u = yunting::auth::register(
            &db.core,
            new_user(&format!("arb{i}"), &format!("1370000010{i}"), name),
        )
        .await
        .unwrap();
        yunting::auth::approve_user(&db.core, admin, &u.id, Role::Arbitrator)
            .await
            .unwrap();
        arbitrators.push(u.id);
    }
    let c = yunting::auth::register(&db.core, new_user("clerk9", "13700000109", "李书记"))
        .await
        .unwrap();
    yunting::auth::approve_user(&db.core, admin, &c.id, Role::Clerk)
        .await
        .unwrap();
    let arbitrator_actor = db
        .actor(
            &yunting::auth::sign_in(&db.core, by_username("arb0", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    Staff {
        arbitrators,
        clerk: c.id,
        arbitrator_actor,
    }
}

async fn accepted(db: &TestDb, admin: &Actor) -> String {
    let file = cases::create(&db.core, admin, seed_application())
        .await
        .unwrap();
    cases::accept(&db.core, admin, &file.summary.id, "2026-11-24")
        .await
        .unwrap();
    file.summary.id
}

fn panel(s: &Staff) -> TribunalInput {
    TribunalInput {
        sole: None,
        presiding: Some(s.arbitrators[0].clone()),
        members: vec![s.arbitrators[1].clone(), s.arbitrators[2].clone()],
        clerk: Some(s.clerk.clone()),
        on_date: "2026-11-25".into(),
    }
}

#[tokio::test]
async fn d1_an_ordinary_case_needs_three_arbitrators_and_a_sole_one_needs_the_summary_procedure() {
    let (db, admin) = TestDb::with_admin().await;
    let s = staff(&db, &admin).await;
    let id = accepted(&db, &admin).await;

    let sole = TribunalInput {
        sole: Some(s.arbitrators[0].clone()),
        presiding: None,
        members: vec![],
        clerk: None,
        on_date: "2026-11-25".into(),
    };
    assert_eq!(
        tribunal::set_tribunal(&db.core, &admin, &id, sole)
            .await
            .unwrap_err()
            .reason,
        "sole_needs_summary"
    );
    let mut two = panel(&s);
    two.members.pop();
    assert_eq!(
        tribunal::set_tribunal(&db.core, &admin, &id, two)
            .await
            .unwrap_err()
            .reason,
        "panel_needs_two_members"
    );
    let mut repeated = panel(&s);
    repeated.members[1] = s.arbitrators[0].clone();
    assert_eq!(
        tribunal::set_tribunal(&db.core, &admin, &id, repeated)
            .await
            .unwrap_err()
            .reason,
        "arbitrator_repeated"
    );

    let t = tribunal::set_tribunal(&db.core, &s.arbitrator_actor, &id, panel(&s))
        .await
        .unwrap();
    let seats: Vec<Seat> = t.members.iter().map(|m| m.seat).collect();
    assert_eq!(
        seats,
        [Seat::Presiding, Seat::Member, Seat::Member, Seat::Clerk]
    );
    assert_eq!(t.formed_on.as_deref(), Some("2026-11-25"));
    let file = cases::get(&db.core, &admin, &id).await.unwrap();
    assert!(file.events.iter().any(|e| e.kind == "tribunal_formed"));
}

#[tokio::test]
async fn d2_arbitrators_come_from_the_roster() {
    let (db, admin) = TestDb::with_admin().await;
    let s = staff(&db, &admin).await;
    let id = accepted(&db, &admin).await;
    let mut clerk_as_arbitrator = panel(&s);
    clerk_as_arbitrator.presiding = Some(s.clerk.clone());
    clerk_as_arbitrator.clerk = None;
    let err = tribunal::set_tribunal(&db.core, &admin, &id, clerk_as_arbitrator)
        .await
        .unwrap_err();
    assert_eq!(
        (err.reason.as_str(), err.field.as_deref()),
        ("not_on_roster", Some("presiding"))
    );

    yunting::auth::disable_user(&db.core, &admin, &s.arbitrators[2])
        .await
        .unwrap();
    assert_eq!(
        tribunal::set_tribunal(&db.core, &admin, &id, panel(&s))
            .await
            .unwrap_err()
            .reason,
        "not_on_roster"
    );
}

#[tokio::test]
async fn d1_clerks_cannot_form_the_tribunal() {
    let (db, admin) = TestDb::with_admin().await;
    let s = staff(&db, &admin).await;
    let id = accepted(&db, &admin).await;
    let clerk = db
        .actor(
            &yunting::auth::sign_in(&db.core, by_username("clerk9", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    assert_eq!(
        tribunal::set_tribunal(&db.core, &clerk, &id, panel(&s))
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
}

#[tokio::test]
async fn d3_d4_a_recusal_is_decided_by_the_chair_and_a_recused_arbitrator_cannot_sit_again() {
    let (db, admin) = TestDb::with_admin().await;
    let s = staff(&db, &admin).await;
    let id = accepted(&db, &admin).await;
    tribunal::set_tribunal(&db.core, &admin, &id, panel(&s))
        .await
        .unwrap();
    let file = cases::get(&db.core, &admin, &id).await.unwrap();
    let employer = &file.parties[1];

    let r = tribunal::apply_recusal(
        &db.core,
        &admin,
        &id,
        RecusalInput {
            challenged_user_id: s.arbitrators[1].clone(),
            applicant_party_id: employer.id.clone(),
            ground: "该仲裁员与申请人系近亲属".into(),
            applied_on: "2026-11-26".into(),
            learnt_after_start: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(r.decision_due, "2026-11-29");
    assert!(r.affects_proceedings);

    // The challenged arbitrator may not record the decision on their own recusal.
    let challenged = db
        .actor(
            &yunting::auth::sign_in(&db.core, by_username("arb1", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    let own = tribunal::decide_recusal(
        &db.core,
        &challenged,
        &r.id,
        RecusalDecision::Rejected,
        "2026-11-27",
        "仲裁委主任 周某",
        "",
    )
    .await;
    assert_eq!(own.unwrap_err().code, ErrorCode::Forbidden);
    let no_decider = tribunal::decide_recusal(
        &db.core,
        &admin,
        &r.id,
        RecusalDecision::Granted,
        "2026-11-27",
        " ",
        "",
    )
    .await;
    assert_eq!(no_decider.unwrap_err().field.as_deref(), Some("decidedBy"));

    let decided = tribunal::decide_recusal(
        &db.core,
        &admin,
        &r.id,
        RecusalDecision::Granted,
        "2026-11-27",
        "仲裁委主任 周某",
        "理由成立",
    )
    .await
    .unwrap();
    assert_eq!(decided.decision, Some(RecusalDecision::Granted));
    let again = tribunal::decide_recusal(
        &db.core,
        &admin,
        &r.id,
        RecusalDecision::Rejected,
        "2026-11-27",
        "仲裁委主任 周某",
        "",
    )
    .await;
    assert_eq!(again.unwrap_err().reason, "already_decided");
    assert_eq!(
        tribunal::set_tribunal(&db.core, &admin, &id, panel(&s))
            .await
            .unwrap_err()
            .reason,
        "recused"
    );
    assert_eq!(
        tribunal::list_recusals(&db.core, &admin, &id)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn d3_a_recusal_must_name_a_member_of_the_tribunal_and_a_party_of_the_case() {
    let (db, admin) = TestDb::with_admin().await;
    let s = staff(&db, &admin).await;
    let id = accepted(&db, &admin).await;
    let file = cases::get(&db.core, &admin, &id).await.unwrap();
    let input = RecusalInput {
        challenged_user_id: s.arbitrators[1].clone(),
        applicant_party_id: file.parties[0].id.clone(),
        ground: "与被申请人有利害关系".into(),
        applied_on: "2026-11-26".into(),
        learnt_after_start: false,
    };
    assert_eq!(
        tribunal::apply_recusal(&db.core, &admin, &id, input.clone())
            .await
            .unwrap_err()
            .reason,
        "not_on_tribunal"
    );
    tribunal::set_tribunal(&db.core, &admin, &id, panel(&s))
        .await
        .unwrap();
    let mut stranger = input.clone();
    stranger.applicant_party_id = "no-such-party".into();
    assert_eq!(
        tribunal::apply_recusal(&db.core, &admin, &id, stranger)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("applicantPartyId")
    );
    tribunal::apply_recusal(&db.core, &admin, &id, input)
        .await
        .unwrap();
}
