//! Changing a registered case file: supplying missing party details (A1), agents, and
//! earlier withdrawals between the same parties (J4).
use crate::cases::{employer, seed_application};
use crate::support::TestDb;
use yunting::audit::{self, AuditQuery};
use yunting::cases::{self, ClaimCategory, CloseInput, ClosureType, PartyKind};

#[tokio::test]
async fn a1_missing_items_can_be_supplied_by_updating_the_party_and_then_accepted() {
    let (db, admin) = TestDb::with_admin().await;
    let mut app = seed_application();
    app.parties[1].legal_rep_title = None;
    let file = cases::create(&db.core, &admin, app).await.unwrap();
    assert_eq!(file.missing_for_acceptance.len(), 1);
    let company = file.parties[1].clone();

    let mut fix = employer();
    fix.legal_rep_title = Some("执行董事".into());
    let mut wrong_kind = fix.clone();
    wrong_kind.kind = PartyKind::Person;
    let err = cases::update_party(&db.core, &admin, &file.summary.id, &company.id, wrong_kind)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "party_role_fixed");
    let mut bad = fix.clone();
    bad.credit_code = Some("91621002MA72XF5K38".into());
    assert_eq!(
        cases::update_party(&db.core, &admin, &file.summary.id, &company.id, bad)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("creditCode")
    );

    let fixed = cases::update_party(&db.core, &admin, &file.summary.id, &company.id, fix)
        .await
        .unwrap();
    assert!(fixed.missing_for_acceptance.is_empty());
    assert_eq!(
        fixed.parties[1].legal_rep_title.as_deref(),
        Some("执行董事")
    );
    cases::accept(&db.core, &admin, &file.summary.id, "2026-11-25")
        .await
        .unwrap();
}

#[tokio::test]
async fn agents_are_registered_with_the_scope_of_their_power_of_attorney() {
    use yunting::cases::{AgentInput, AgentKind, Authority};
    let (db, admin) = TestDb::with_admin().await;
    let file = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    let agent = |authority, scope: &str| AgentInput {
        party_id: file.parties[1].id.clone(),
        name: "周律师".into(),
        kind: AgentKind::Lawyer,
        organization: Some("甘肃某律师事务所".into()),
        mobile: Some("13600000001".into()),
        id_number: None,
        authority,
        authority_scope: scope.into(),
        poa_received_on: Some("2026-11-25".into()),
    };
    let err = cases::add_agent(
        &db.core,
        &admin,
        &file.summary.id,
        agent(Authority::Special, " "),
    )
    .await
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("authorityScope"));
    let mut stranger = agent(Authority::General, "");
    stranger.party_id = "nobody".into();
    assert_eq!(
        cases::add_agent(&db.core, &admin, &file.summary.id, stranger)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("partyId")
    );

    let with = cases::add_agent(
        &db.core,
        &admin,
        &file.summary.id,
        agent(Authority::Special, "代为承认、变更仲裁请求，进行调解、和解"),
    )
    .await
    .unwrap();
    assert_eq!(with.agents.len(), 1);
    assert_eq!(with.agents[0].authority, Authority::Special);
    assert_eq!(with.agents[0].party_id, file.parties[1].id);
    let page = audit::list(
        &db.core,
        &admin,
        AuditQuery {
            offset: 0,
            limit: 1,
        },
    )
    .await
    .unwrap();
    assert!(
        page.entries[0].summary.contains("特别授权"),
        "{}",
        page.entries[0].summary
    );
}

#[tokio::test]
async fn j4_a_voluntary_withdrawal_is_noted_and_a_deemed_one_blocks_acceptance() {
    let (db, admin) = TestDb::with_admin().await;
    let close = |t| CloseInput {
        closure_type: t,
        on_date: "2026-11-26".into(),
        note: String::new(),
    };

    let first = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    cases::accept(&db.core, &admin, &first.summary.id, "2026-11-24")
        .await
        .unwrap();
    cases::close(
        &db.core,
        &admin,
        &first.summary.id,
        close(ClosureType::Withdrawal),
    )
    .await
    .unwrap();
    let again = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    assert_eq!(again.prior_withdrawals.len(), 1);
    assert_eq!(
        again.prior_withdrawals[0].closure_type,
        ClosureType::Withdrawal
    );
    cases::accept(&db.core, &admin, &again.summary.id, "2026-11-27")
        .await
        .expect("allowed after a voluntary withdrawal");

    let deemed = CloseInput {
        closure_type: ClosureType::DeemedWithdrawal,
        on_date: "2026-11-28".into(),
        note: String::new(),
    };
    cases::close(&db.core, &admin, &again.summary.id, deemed)
        .await
        .unwrap();
    let third = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    assert!(
        third
            .prior_withdrawals
            .iter()
            .any(|p| p.closure_type == ClosureType::DeemedWithdrawal)
    );
    let err = cases::accept(&db.core, &admin, &third.summary.id, "2026-11-29")
        .await
        .unwrap_err();
    assert_eq!(err.reason, "j4_deemed_withdrawal");

    // Another matter between the same parties is not blocked.
    let mut other_matter = seed_application();
    other_matter.claims.truncate(1);
    other_matter.claims[0].category = ClaimCategory::HoursRestInsurance;
    other_matter.claims[0].description = "补缴社会保险费".into();
    let other = cases::create(&db.core, &admin, other_matter).await.unwrap();
    assert!(other.prior_withdrawals.is_empty());
}
