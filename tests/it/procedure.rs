//! The summary procedure's shared fixtures (an accepted case with a tribunal, consent
//! helpers) and the G1 grounds checklist; see `summary` and `consent` for the other rules.
use crate::cases::seed_application;
use crate::support::{TestDb, user_with_role};
use yunting::actor::Role;
use yunting::cases::{self, Procedure};
use yunting::consent::{
    self, ConsentAction, ConsentInput, ConsentKind, ConsentMethod, ConsentRecord,
};
use yunting::deadlines;
use yunting::procedure::{
    self, AttestInput, AverageWageInput, Checklist, DecideSummaryInput, ItemStatus,
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

pub fn input(
    party: &str,
    kind: ConsentKind,
    action: ConsentAction,
    text_sha256: &str,
) -> ConsentInput {
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

    /// The worker's consent, then the company's, both granted.
    pub async fn both_grant(&self, kind: ConsentKind) {
        self.give(&self.worker, kind, ConsentAction::Grant).await;
        self.give(&self.company, kind, ConsentAction::Grant).await;
    }

    pub async fn checklist(&self) -> Checklist {
        procedure::summary_checklist(&self.db.core, &self.clerk, &self.id)
            .await
            .unwrap()
    }

    pub async fn attest_no_exclusions(&self) {
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

    pub async fn sign_confirmation(&self) {
        consent::issue_confirmation(&self.db.core, &self.clerk, &self.id)
            .await
            .unwrap();
        for p in [self.worker.clone(), self.company.clone()] {
            self.give(&p, ConsentKind::ConfirmationSignature, ConsentAction::Grant)
                .await;
        }
    }

    pub async fn deadline(&self, code: &str) -> deadlines::Deadline {
        deadlines::case_clock(&self.db.core, &self.admin, &self.id)
            .await
            .unwrap()
            .deadlines
            .into_iter()
            .find(|d| d.code == code)
            .unwrap()
    }

    pub fn decide(&self) -> DecideSummaryInput {
        DecideSummaryInput {
            decided_on: "2026-11-27".into(),
            sole_arbitrator_id: None,
        }
    }
}

pub fn status(list: &Checklist, code: &str) -> ItemStatus {
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

    c.both_grant(ConsentKind::SummaryHandling).await;
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
