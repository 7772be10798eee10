//! Intake and transfer (急难愁盼事项受理转办单), the one-time notice of materials (A3)
//! and conversion into a case.
use crate::support::TestDb;
use yunting::audit::{self, AuditQuery};
use yunting::cases::{self, CaseStatus, ClaimCategory};
use yunting::intake::{
    self, IntakeChannel, IntakeQuery, IntakeStatus, MaterialInput, MaterialStatus, NewIntake,
    TransferInput,
};
use yunting::{Actor, ErrorCode};

/// The seed's call: 赵女士, back in Hunan, about unpaid wages and dismissal.
pub fn hotline_call() -> NewIntake {
    NewIntake {
        channel: IntakeChannel::Hotline,
        received_at: Some("2026-11-20T02:30:00.000Z".into()),
        requester_name: "赵丽".into(),
        requester_mobile: Some("+86 139-1234-5678".into()),
        requester_location: Some("湖南省长沙市".into()),
        employer_name: Some("庆阳某环保科技有限公司".into()),
        categories: vec![ClaimCategory::PayCompensation, ClaimCategory::Dismissal],
        summary: "反映西峰区某环保公司拖欠工资并无故将其辞退，本人已返回湖南老家，不便到现场申请劳动仲裁。".into(),
    }
}

async fn item(db: &TestDb, admin: &Actor) -> String {
    intake::create(&db.core, admin, hotline_call())
        .await
        .unwrap()
        .summary
        .id
}

#[tokio::test]
async fn a_hotline_call_is_numbered_per_year_and_normalised() {
    let (db, admin) = TestDb::with_admin().await;
    let first = intake::create(&db.core, &admin, hotline_call())
        .await
        .unwrap();
    let second = intake::create(&db.core, &admin, hotline_call())
        .await
        .unwrap();
    assert_eq!(first.summary.intake_no, "急难愁盼〔2026〕第001号");
    assert_eq!(second.summary.intake_no, "急难愁盼〔2026〕第002号");
    assert_eq!(
        first.summary.requester_mobile.as_deref(),
        Some("13912345678")
    );
    assert_eq!(first.summary.status, IntakeStatus::Open);
    assert_eq!(
        first.categories,
        [ClaimCategory::PayCompensation, ClaimCategory::Dismissal]
    );
}

#[tokio::test]
async fn bad_intake_input_names_its_field_and_saves_nothing() {
    let (db, admin) = TestDb::with_admin().await;
    let mut no_name = hotline_call();
    no_name.requester_name = " ".into();
    assert_eq!(
        intake::create(&db.core, &admin, no_name)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("requesterName")
    );
    let mut bad_mobile = hotline_call();
    bad_mobile.requester_mobile = Some("12345".into());
    assert_eq!(
        intake::create(&db.core, &admin, bad_mobile)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("requesterMobile")
    );
    let mut none = hotline_call();
    none.categories.clear();
    assert_eq!(
        intake::create(&db.core, &admin, none)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("categories")
    );
    assert_eq!(
        intake::list(
            &db.core,
            &admin,
            IntakeQuery {
                offset: 0,
                limit: 20,
                ..Default::default()
            }
        )
        .await
        .unwrap()
        .total,
        0
    );
}

#[tokio::test]
async fn transfer_follow_up_and_closure_are_recorded_as_notes() {
    let (db, admin) = TestDb::with_admin().await;
    let id = item(&db, &admin).await;
    let transfer = |due: &str| TransferInput {
        handling_unit: "西峰区劳动人事争议仲裁院".into(),
        responsible_person: "张仲裁".into(),
        transferred_on: "2026-11-20".into(),
        due_on: due.into(),
    };
    assert_eq!(
        intake::transfer(&db.core, &admin, &id, transfer("2026-11-19"))
            .await
            .unwrap_err()
            .reason,
        "due_before_transfer"
    );
    let t = intake::transfer(&db.core, &admin, &id, transfer("2026-12-02"))
        .await
        .unwrap();
    assert_eq!(t.summary.status, IntakeStatus::Transferred);
    assert_eq!(t.summary.due_on.as_deref(), Some("2026-12-02"));

    intake::add_note(
        &db.core,
        &admin,
        &id,
        "已联系用人单位核实情况，组织视频调解",
    )
    .await
    .unwrap();
    assert_eq!(
        intake::close(&db.core, &admin, &id, "", "2026-11-28")
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("outcome")
    );
    let closed = intake::close(
        &db.core,
        &admin,
        &id,
        "双方达成和解，已支付工资",
        "2026-11-28",
    )
    .await
    .unwrap();
    assert_eq!(closed.summary.status, IntakeStatus::Closed);
    let notes: Vec<&str> = closed.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(notes.len(), 3);
    assert!(notes[0].starts_with("转办至西峰区劳动人事争议仲裁院"));
    assert_eq!(notes[2], "办结：双方达成和解，已支付工资");
    assert_eq!(
        intake::close(&db.core, &admin, &id, "再次", "2026-11-28")
            .await
            .unwrap_err()
            .reason,
        "intake_closed"
    );
    assert!(
        sqlx::query("DELETE FROM intake_notes")
            .execute(db.core.pool())
            .await
            .is_err(),
        "notes are append-only"
    );
}

#[tokio::test]
async fn a3_the_one_time_notice_lists_materials_and_a_second_notice_is_flagged() {
    let (db, admin) = TestDb::with_admin().await;
    let id = item(&db, &admin).await;
    let list = vec![
        MaterialInput {
            name: "仲裁申请书".into(),
            status: MaterialStatus::Provided,
            due_on: None,
        },
        MaterialInput {
            name: "身份证复印件".into(),
            status: MaterialStatus::ToSupplement,
            due_on: None,
        },
    ];
    let err = intake::set_materials(&db.core, &admin, &id, list.clone())
        .await
        .unwrap_err();
    assert_eq!(
        (err.reason.as_str(), err.field.as_deref()),
        ("due_required", Some("materials.1.dueOn"))
    );
    let mut list = list;
    list[1].due_on = Some("2026-12-03".into());
    let noticed = intake::set_materials(&db.core, &admin, &id, list.clone())
        .await
        .unwrap();
    assert_eq!(noticed.materials[1].status, MaterialStatus::ToSupplement);

    // The item to supplement shows as a deadline on the workbench.
    let due = intake::due_soon(&db.core, &admin, 7).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(
        (
            due[0].what.as_str(),
            due[0].due_on.as_str(),
            due[0].days_left
        ),
        ("补交材料：身份证复印件", "2026-12-03", 3)
    );

    intake::set_materials(&db.core, &admin, &id, list)
        .await
        .unwrap();
    let page = audit::list(
        &db.core,
        &admin,
        AuditQuery {
            offset: 0,
            limit: 2,
        },
    )
    .await
    .unwrap();
    assert_eq!(page.entries[0].action, "intake.materials_renoticed");
    assert!(
        page.entries[0].summary.contains("补充告知"),
        "{}",
        page.entries[0].summary
    );

    let again = intake::get(&db.core, &admin, &id).await.unwrap();
    intake::material_provided(&db.core, &admin, &again.materials[1].id, "2026-11-29")
        .await
        .unwrap();
    assert!(
        intake::due_soon(&db.core, &admin, 7)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn conversion_makes_a_pre_filled_case_and_closes_the_request() {
    let (db, admin) = TestDb::with_admin().await;
    let id = item(&db, &admin).await;
    let mut draft = intake::case_draft(&db.core, &admin, &id).await.unwrap();
    assert_eq!(draft.parties[0].name, "赵丽");
    assert_eq!(
        draft.parties[0].current_location.as_deref(),
        Some("湖南省长沙市")
    );
    assert_eq!(draft.parties[1].name, "庆阳某环保科技有限公司");
    assert_eq!(draft.received_on, "2026-11-20");
    assert_eq!(draft.claims.len(), 2);

    // The clerk completes the claims and registers the case.
    draft.claims[0].description = "支付拖欠的工资".into();
    draft.claims[0].amount = Some("18600".into());
    draft.claims[1].description = "支付违法解除劳动合同赔偿金".into();
    let file = intake::convert_to_case(&db.core, &admin, &id, draft.clone())
        .await
        .unwrap();
    assert_eq!(file.summary.status, CaseStatus::Received);
    assert_eq!(file.summary.applicants, "赵丽");
    let item = intake::get(&db.core, &admin, &id).await.unwrap();
    assert_eq!(
        item.summary.case_id.as_deref(),
        Some(file.summary.id.as_str())
    );
    assert_eq!(item.summary.status, IntakeStatus::Closed);
    let again = intake::convert_to_case(&db.core, &admin, &id, draft)
        .await
        .unwrap_err();
    assert_eq!(
        (again.code, again.reason.as_str()),
        (ErrorCode::PreconditionFailed, "already_converted")
    );
    assert_eq!(
        cases::list(&db.core, &admin, Default::default())
            .await
            .unwrap()
            .total,
        1
    );
}

#[tokio::test]
async fn a_failed_conversion_leaves_the_request_open() {
    let (db, admin) = TestDb::with_admin().await;
    let id = item(&db, &admin).await;
    let draft = intake::case_draft(&db.core, &admin, &id).await.unwrap(); // claim texts still empty
    let err = intake::convert_to_case(&db.core, &admin, &id, draft)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("claims.0.description"));
    let item = intake::get(&db.core, &admin, &id).await.unwrap();
    assert_eq!(
        (item.summary.status, item.summary.case_id),
        (IntakeStatus::Open, None)
    );
}

#[tokio::test]
async fn intake_search_finds_names_mobiles_and_summaries() {
    let (db, admin) = TestDb::with_admin().await;
    item(&db, &admin).await;
    let mut other = hotline_call();
    other.requester_name = "钱大伟".into();
    other.requester_mobile = None;
    other.summary = "咨询社保卡补办".into();
    intake::create(&db.core, &admin, other).await.unwrap();
    let find = |text: &str| IntakeQuery {
        text: Some(text.into()),
        offset: 0,
        limit: 20,
        ..Default::default()
    };
    for (text, n) in [
        ("赵丽", 1),
        ("湖南老家", 1),
        ("5678", 1),
        ("社保卡", 1),
        ("环保", 2),
        ("急难愁盼", 2),
        ("无此人", 0),
    ] {
        assert_eq!(
            intake::list(&db.core, &admin, find(text))
                .await
                .unwrap()
                .total,
            n,
            "{text}"
        );
    }
    let open = IntakeQuery {
        status: Some(IntakeStatus::Open),
        offset: 0,
        limit: 20,
        ..Default::default()
    };
    assert_eq!(
        intake::list(&db.core, &admin, open)
            .await
            .unwrap()
            .items
            .len(),
        2
    );
}
