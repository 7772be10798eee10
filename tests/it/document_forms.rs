//! Documents, continued: the 裁决书 (K1–K3), the forms (送达回证, 急难愁盼事项受理转办单)
//! and the templates an administrator edits.
use crate::closure::{attempt, award, item, merged, wage};
use crate::documents::{COMMISSION, has_hash, keep, online_hearing, pdf_text};
use crate::procedure::case;
use yunting::ErrorCode;
use yunting::closure::{self, AwardCategory, MediationResult};
use yunting::documents::{self, DocumentInput, DocumentKind, TemplateInput, TemplateLayout};

fn input(kind: DocumentKind, case_id: &str) -> DocumentInput {
    DocumentInput {
        kind,
        case_id: case_id.to_owned(),
        party_id: None,
        hearing_id: None,
        document_ids: None,
    }
}

#[tokio::test]
async fn k1_the_award_states_claims_facts_reasons_each_items_type_and_the_remedy() {
    let c = case().await;
    let core = &c.db.core;
    documents::set_commission_name(core, &c.admin, COMMISSION)
        .await
        .unwrap();
    let counter = merged(&c).await;
    wage(&c, "2025-01-01", "2,000").await;
    closure::record_mediation_attempt(core, &c.clerk, &c.id, attempt(MediationResult::NoAgreement))
        .await
        .unwrap();
    let items = || {
        vec![
            item(&c.id, AwardCategory::Pay, "12,000"),
            item(&counter, AwardCategory::Damages, "30,000"),
        ]
    };
    let err = documents::generate_document(core, &c.clerk, input(DocumentKind::Award, &c.id))
        .await
        .unwrap_err();
    assert_eq!(err.reason, "document_not_available", "no award yet");

    // The facts found and the reasons are required (LDMAL Art. 46).
    let mut without_facts = award(items());
    without_facts.facts = Some("  ".into());
    let err = closure::make_award(core, &c.arbitrator, &c.id, without_facts)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("facts"));
    let mut without_reasons = award(items());
    without_reasons.reasons = None;
    let err = closure::make_award(core, &c.arbitrator, &c.id, without_reasons)
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("reasons"));
    assert!(
        closure::get_closure(core, &c.clerk, &c.id)
            .await
            .unwrap()
            .award
            .is_none(),
        "a refused award writes nothing"
    );

    let made = closure::make_award(core, &c.arbitrator, &c.id, award(items()))
        .await
        .unwrap();
    assert!(made.facts.as_deref().unwrap().contains("工资未发放"));
    let d = documents::generate_document(core, &c.clerk, input(DocumentKind::Award, &counter))
        .await
        .unwrap();
    assert_eq!(
        d.case_id.as_deref(),
        Some(c.id.as_str()),
        "on the lead case"
    );
    let pdf = documents::document_pdf(core, &c.clerk, &d.id)
        .await
        .unwrap();
    keep("award", &pdf);
    let text = pdf_text(&pdf);
    for needle in [
        COMMISSION,
        "裁决书",
        "庆西劳人仲裁字〔2026〕第15号",
        "申请人：赵丽",
        "申请人赵丽请求：",
        "反申请人庆阳某环保科技有限公司请求：",
        "被申请人辩称：被申请人辩称已足额支付工资。",
        "经审理查明：",
        "2026年8月至10月工资未发放",
        "本会认为：",
        "用人单位应当按照劳动合同约定及时足额支付劳动报酬",
        "金额人民币12,000.00元（本项为终局裁决）",
        "金额人民币30,000.00元（本项为非终局裁决）",
        "本裁决为非终局裁决",
        "十五日",
        "首席仲裁员",
        "二〇二六年十一月三十日",
    ] {
        assert!(text.contains(needle), "{needle:?} missing: {text}");
    }
    assert!(has_hash(&text, &d.content_sha256));
}

#[tokio::test]
async fn a_proof_of_service_lists_the_documents_served_and_leaves_the_date_of_receipt_to_fill() {
    let c = case().await;
    let core = &c.db.core;
    documents::set_commission_name(core, &c.admin, COMMISSION)
        .await
        .unwrap();
    let hearing = online_hearing(&c).await;
    let notice = documents::generate_document(
        core,
        &c.clerk,
        DocumentInput {
            party_id: Some(c.worker.clone()),
            hearing_id: Some(hearing),
            ..input(DocumentKind::HearingNotice, &c.id)
        },
    )
    .await
    .unwrap();
    let tribunal = documents::generate_document(
        core,
        &c.clerk,
        DocumentInput {
            party_id: Some(c.worker.clone()),
            ..input(DocumentKind::TribunalNotice, &c.id)
        },
    )
    .await
    .unwrap();
    let receipt = |ids: Vec<String>| DocumentInput {
        party_id: Some(c.worker.clone()),
        document_ids: Some(ids),
        ..input(DocumentKind::ServiceReceipt, &c.id)
    };
    let err = documents::generate_document(core, &c.clerk, receipt(vec![]))
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("documentIds"));
    let d = documents::generate_document(
        core,
        &c.clerk,
        receipt(vec![notice.id.clone(), tribunal.id.clone()]),
    )
    .await
    .unwrap();
    assert_eq!(d.addressee, "赵丽");
    let err = documents::generate_document(core, &c.clerk, receipt(vec![d.id.clone()]))
        .await
        .unwrap_err();
    assert_eq!(
        err.reason, "document_not_in_case",
        "a receipt is not served with a receipt"
    );
    let pdf = documents::document_pdf(core, &c.clerk, &d.id)
        .await
        .unwrap();
    keep("service_receipt", &pdf);
    let text = pdf_text(&pdf);
    for needle in [
        "送达回证",
        "受送达人申请人赵丽",
        "1．开庭通知书",
        "2．仲裁庭组成通知书",
        &notice.content_sha256[..16],
        &tribunal.content_sha256[..16],
        "送达机关",
        "□直接送达",
        "受送达人签名或盖章",
        "年月日时",
        "签收日期为送达日期",
    ] {
        assert!(text.contains(needle), "{needle:?} missing: {text}");
    }
    assert!(has_hash(&text, &d.content_sha256));
}

#[tokio::test]
async fn the_intake_form_holds_the_request_its_materials_and_the_transfer() {
    use yunting::intake::{self, MaterialInput, MaterialStatus, TransferInput};
    let (db, admin) = crate::support::TestDb::with_admin().await;
    documents::set_commission_name(&db.core, &admin, COMMISSION)
        .await
        .unwrap();
    let id = intake::create(&db.core, &admin, crate::intake::hotline_call())
        .await
        .unwrap()
        .summary
        .id;
    intake::set_materials(
        &db.core,
        &admin,
        &id,
        vec![
            MaterialInput {
                name: "身份证复印件".into(),
                status: MaterialStatus::Provided,
                due_on: None,
            },
            MaterialInput {
                name: "工资支付凭证".into(),
                status: MaterialStatus::ToSupplement,
                due_on: Some("2026-12-05".into()),
            },
        ],
    )
    .await
    .unwrap();
    let item = intake::transfer(
        &db.core,
        &admin,
        &id,
        TransferInput {
            handling_unit: "西峰区劳动人事争议仲裁院".into(),
            responsible_person: "张仲裁".into(),
            transferred_on: "2026-11-20".into(),
            due_on: "2026-12-02".into(),
        },
    )
    .await
    .unwrap();
    let d = documents::generate_intake_form(&db.core, &admin, &id)
        .await
        .unwrap();
    assert_eq!(d.kind, DocumentKind::IntakeTransfer);
    assert_eq!(
        (d.case_id.as_deref(), d.intake_id.as_deref()),
        (None, Some(id.as_str()))
    );
    assert_eq!(
        documents::list_intake_documents(&db.core, &admin, &id)
            .await
            .unwrap(),
        vec![d.clone()]
    );
    let pdf = documents::document_pdf(&db.core, &admin, &d.id)
        .await
        .unwrap();
    keep("intake_transfer", &pdf);
    let text = pdf_text(&pdf);
    for needle in [
        COMMISSION,
        "急难愁盼事项受理转办单",
        item.summary.intake_no.as_str(),
        "2026年11月20日10:30",
        "服务热线（“直通车”电话）",
        "赵丽",
        "湖南省长沙市",
        "庆阳某环保科技有限公司",
        "拖欠工资并无故将其辞退",
        "1．身份证复印件（已提供）",
        "2．工资支付凭证（容后补缺，2026-12-05前补交）",
        "西峰区劳动人事争议仲裁院",
        "张仲裁",
        "二〇二六年十二月二日",
        "受理人：",
    ] {
        assert!(text.contains(needle), "{needle:?} missing: {text}");
    }
    assert!(has_hash(&text, &d.content_sha256));
    let err = documents::generate_intake_form(&db.core, &admin, "no-such-item")
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[tokio::test]
async fn an_admin_edits_a_template_after_a_preview_and_a_broken_one_is_never_saved() {
    let c = case().await;
    let core = &c.db.core;
    documents::set_commission_name(core, &c.admin, COMMISSION)
        .await
        .unwrap();
    let templates = documents::list_document_templates(core, &c.clerk)
        .await
        .unwrap();
    assert_eq!(templates.len(), 2);
    let official = templates
        .iter()
        .find(|t| t.layout == TemplateLayout::Official)
        .unwrap()
        .clone();
    assert!(official.is_default);
    assert!(official.kinds.contains(&DocumentKind::Award));
    assert!(official.placeholders.iter().any(|p| p.name == "d.docNo"));
    let before = documents::generate_document(
        core,
        &c.clerk,
        DocumentInput {
            party_id: Some(c.worker.clone()),
            ..input(DocumentKind::AcceptanceNotice, &c.id)
        },
    )
    .await
    .unwrap();
    let issued = documents::document_pdf(core, &c.clerk, &before.id)
        .await
        .unwrap();

    // A broken draft: the preview names the line, saving refuses, nothing changes.
    let broken = TemplateInput {
        layout: TemplateLayout::Official,
        body: format!("{}\n#d.noSuchField\n", official.body),
    };
    let line = broken
        .body
        .lines()
        .position(|l| l == "#d.noSuchField")
        .unwrap()
        + 1;
    let err = documents::preview_document_template(core, &c.admin, broken.clone())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "template_error");
    assert!(
        err.message.contains(&format!("第 {line} 行")),
        "{}",
        err.message
    );
    let err = documents::save_document_template(core, &c.admin, broken)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "template_error");
    let edited = TemplateInput {
        layout: TemplateLayout::Official,
        body: format!("{}\n#align(center)[（本院试行版式）]\n", official.body),
    };
    let err = documents::save_document_template(core, &c.clerk, edited.clone())
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden, "administrators only");
    assert!(
        documents::list_document_templates(core, &c.admin)
            .await
            .unwrap()[0]
            .is_default
    );

    // The preview uses the newest real document; saving puts the template in force for
    // new documents only.
    let preview = documents::preview_document_template(core, &c.admin, edited.clone())
        .await
        .unwrap();
    let text = pdf_text(&preview);
    assert!(
        text.contains("（本院试行版式）") && text.contains("赵丽："),
        "{text}"
    );
    let saved = documents::save_document_template(core, &c.admin, edited)
        .await
        .unwrap();
    assert!(!saved.is_default);
    assert_eq!(saved.updated_by_name.as_deref(), Some("王主任"));
    let after = documents::generate_document(
        core,
        &c.clerk,
        DocumentInput {
            party_id: Some(c.company.clone()),
            ..input(DocumentKind::RespondNotice, &c.id)
        },
    )
    .await
    .unwrap();
    let text = pdf_text(
        &documents::document_pdf(core, &c.clerk, &after.id)
            .await
            .unwrap(),
    );
    assert!(text.contains("（本院试行版式）"), "{text}");
    assert_eq!(
        documents::document_pdf(core, &c.clerk, &before.id)
            .await
            .unwrap(),
        issued,
        "a document already issued keeps its PDF"
    );

    // Back to the default; every version is kept.
    let reset = documents::reset_document_template(core, &c.admin, TemplateLayout::Official)
        .await
        .unwrap();
    assert!(reset.is_default);
    assert_eq!(reset.body, official.default_body);
    let (versions,): (i64,) = sqlx::query_as("SELECT count(*) FROM document_templates")
        .fetch_one(core.pool())
        .await
        .unwrap();
    assert_eq!(versions, 2);
    assert!(
        sqlx::query("UPDATE document_templates SET body = NULL")
            .execute(core.pool())
            .await
            .is_err(),
        "append-only"
    );
}
