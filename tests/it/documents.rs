//! Documents (issue: official documents): each kind generated from a sample case opens
//! as a PDF whose text holds the case number, the parties and the kind's key fields,
//! and whose footer shows the SHA-256 of the canonical content.
use crate::procedure::{Case, case};
use std::process::Command;
use yunting::ErrorCode;
use yunting::documents::{self, DocumentInput, DocumentKind};
use yunting::hearings::{self, HearingInput, HearingMode};

pub const COMMISSION: &str = "庆阳市西峰区劳动人事争议仲裁委员会";

/// `pdftotext -layout`, whitespace removed so that wrapped lines compare whole.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/deps.sh --test");
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// With `YUNTING_KEEP_DOCS=<dir>`, keeps the PDF for a look at its pages.
pub fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("YUNTING_KEEP_DOCS") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), pdf).unwrap();
    }
}

pub async fn online_hearing(c: &Case) -> String {
    hearings::schedule_hearing(
        &c.db.core,
        &c.clerk,
        &c.id,
        HearingInput {
            date: "2026-12-14".into(),
            time: "09:30".into(),
            mode: HearingMode::Online,
            platform: Some("腾讯会议".into()),
            meeting_no: Some("865 312 479".into()),
            meeting_password: Some("0930".into()),
            join_url: Some("https://meeting.tencent.com/dm/yunting0930".into()),
            room: None,
        },
    )
    .await
    .unwrap()
    .id
}

#[tokio::test]
async fn a_hearing_notice_names_the_case_the_parties_the_time_and_hashes_its_content() {
    let c = case().await;
    let hearing = online_hearing(&c).await;
    let input = || DocumentInput {
        kind: DocumentKind::HearingNotice,
        case_id: c.id.clone(),
        hearing_id: Some(hearing.clone()),
        document_ids: None,
        party_id: Some(c.worker.clone()),
    };
    let err = documents::generate_document(&c.db.core, &c.clerk, input())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "commission_name_missing");
    let err = documents::set_commission_name(&c.db.core, &c.clerk, COMMISSION)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    let err = documents::set_commission_name(&c.db.core, &c.admin, "西峰区")
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("name"));
    documents::set_commission_name(&c.db.core, &c.admin, COMMISSION)
        .await
        .unwrap();

    let doc = documents::generate_document(&c.db.core, &c.clerk, input())
        .await
        .unwrap();
    assert_eq!(doc.kind, DocumentKind::HearingNotice);
    assert_eq!(doc.addressee, "赵丽");
    let pdf = documents::document_pdf(&c.db.core, &c.clerk, &doc.id)
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    keep("hearing-notice", &pdf);
    let text = pdf_text(&pdf);
    let file = yunting::cases::get(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    let case_no = file.summary.case_no.clone().unwrap();
    for needle in [
        COMMISSION,
        "开庭通知书",
        case_no.as_str(),
        "赵丽：",
        "庆阳某环保科技有限公司",
        "二〇二六年十二月十四日09时30分",
        "腾讯会议",
        "865312479",
        "第三十六条",
        "第1页共1页",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} missing from the PDF text: {text}"
        );
    }
    assert!(
        text.contains(&format!("SHA-256：{}", doc.content_sha256)),
        "the footer carries the content hash {}: {text}",
        doc.content_sha256
    );

    // Listed on the case; a copy saved where the clerk chose, .pdf added.
    let list = documents::list_documents(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    assert_eq!(list, vec![doc.clone()]);
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("开庭通知书-赵丽");
    let saved =
        documents::save_document(&c.db.core, &c.clerk, &doc.id, &target.display().to_string())
            .await
            .unwrap();
    assert!(saved.ends_with("开庭通知书-赵丽.pdf"));
    assert_eq!(std::fs::read(&saved).unwrap(), pdf);
    let err = documents::save_document(&c.db.core, &c.clerk, &doc.id, "relative.pdf")
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("path"));

    // The same content hashes the same; the record is append-only.
    let again = documents::generate_document(&c.db.core, &c.clerk, input())
        .await
        .unwrap();
    assert_eq!(again.content_sha256, doc.content_sha256);
    assert!(
        sqlx::query("DELETE FROM documents")
            .execute(c.db.core.pool())
            .await
            .is_err()
    );
}

pub fn has_hash(text: &str, sha: &str) -> bool {
    text.contains(&format!("SHA-256：{sha}"))
}

#[tokio::test]
async fn every_kind_holds_the_case_number_the_parties_and_its_key_fields() {
    use yunting::closure::{self, *};
    use yunting::minutes::{self, SignInput, SignMethod};
    let c = case().await;
    let (core, clerk) = (&c.db.core, &c.clerk);
    documents::set_commission_name(core, &c.admin, COMMISSION)
        .await
        .unwrap();
    let case_no = yunting::cases::get(core, clerk, &c.id)
        .await
        .unwrap()
        .summary
        .case_no
        .unwrap();
    let doc = |kind, party: Option<&str>, hearing: Option<&str>| DocumentInput {
        kind,
        case_id: c.id.clone(),
        party_id: party.map(str::to_owned),
        hearing_id: hearing.map(str::to_owned),
        document_ids: None,
    };
    let check = async |input: DocumentInput, needles: &[&str]| {
        let kind = input.kind;
        let d = documents::generate_document(core, clerk, input)
            .await
            .unwrap();
        let pdf = documents::document_pdf(core, clerk, &d.id).await.unwrap();
        keep(kind.as_str(), &pdf);
        let text = pdf_text(&pdf);
        for needle in [COMMISSION, kind.title_zh(), case_no.as_str()]
            .iter()
            .chain(needles)
        {
            assert!(
                text.contains(needle),
                "{kind:?}: {needle:?} missing: {text}"
            );
        }
        assert!(has_hash(&text, &d.content_sha256), "{kind:?}: footer hash");
    };

    let err = documents::generate_document(
        core,
        clerk,
        doc(DocumentKind::AcceptanceNotice, Some(&c.company), None),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.field.as_deref(),
        Some("partyId"),
        "an acceptance notice goes to an applicant"
    );
    check(
        doc(DocumentKind::AcceptanceNotice, Some(&c.worker), None),
        &[
            "赵丽：",
            "庆阳某环保科技有限公司",
            "二〇二六年十一月二十四日立案受理",
            "四十五日",
        ],
    )
    .await;
    check(
        doc(DocumentKind::RespondNotice, Some(&c.company), None),
        &["庆阳某环保科技有限公司：", "申请人赵丽", "十日内", "答辩书"],
    )
    .await;
    check(
        doc(DocumentKind::TribunalNotice, Some(&c.worker), None),
        &["担任首席仲裁员", "担任书记员", "回避"],
    )
    .await;

    let err = documents::generate_document(
        core,
        clerk,
        doc(DocumentKind::WithdrawalDecision, None, None),
    )
    .await
    .unwrap_err();
    assert_eq!(err.reason, "document_not_available");

    let (hearing, _) = crate::signoff::held_hearing(&c).await;
    let rb = minutes::read_back(core, clerk, &hearing).await.unwrap();
    for s in &rb.signers {
        minutes::sign_minutes(
            core,
            clerk,
            &hearing,
            SignInput {
                signer_key: s.key.clone(),
                minutes_hash: rb.hash.clone(),
                method: SignMethod::InPerson,
                flow_no: None,
                signature_png: None,
            },
        )
        .await
        .unwrap();
    }
    minutes::lock_minutes(core, clerk, &hearing).await.unwrap();
    check(
        doc(DocumentKind::Minutes, None, Some(&hearing)),
        &[
            "申请人赵丽：到庭",
            "【3、申诉答辩】",
            "申诉答辩的陈述",
            "已签名（当面签名）",
            "签署锁定",
        ],
    )
    .await;

    closure::record_mediation_attempt(
        core,
        clerk,
        &c.id,
        MediationAttemptInput {
            hearing_id: None,
            phase: MediationPhase::AfterHearing,
            mode: MediationMode::Video,
            mediators: "仲裁员".into(),
            held_on: "2026-11-30".into(),
            result: MediationResult::Agreement,
            note: String::new(),
        },
    )
    .await
    .unwrap();
    closure::issue_mediation_statement(
        core,
        &c.arbitrator,
        &c.id,
        MediationStatementInput {
            doc_no: format!("{case_no}-调"),
            claims_summary: "请求支付拖欠工资".into(),
            terms: vec![SettlementTermInput {
                description: "被申请人支付申请人工资".into(),
                amount: "20,000".into(),
                due_on: Some("2026-12-15".into()),
                manner: "银行转账".into(),
            }],
            issued_on: "2026-11-30".into(),
        },
    )
    .await
    .unwrap();
    check(
        doc(DocumentKind::MediationStatement, None, None),
        &[
            "申请人：赵丽",
            "一、被申请人支付申请人工资，金额人民币20,000.00元",
            "二〇二六年十二月十五日前履行",
            "经双方当事人签收后发生法律效力",
            "首席仲裁员",
            "书记员",
        ],
    )
    .await;

    closure::withdraw(
        core,
        clerk,
        WithdrawalInput {
            case_ids: vec![c.id.clone()],
            kind: WithdrawalKind::Voluntary,
            after_settlement: true,
            on_date: "2026-11-30".into(),
            reason: String::new(),
        },
    )
    .await
    .unwrap();
    check(
        doc(DocumentKind::WithdrawalDecision, None, None),
        &[
            "在与被申请人自行和解后",
            "第四十一条",
            "准许申请人撤回仲裁申请",
        ],
    )
    .await;
    let listed = documents::list_documents(core, clerk, &c.id).await.unwrap();
    assert_eq!(listed.len(), 6);
}

#[tokio::test]
async fn on_the_merged_counterclaim_a_notice_goes_out_on_the_lead_case_to_the_same_person() {
    let c = case().await;
    let counter = crate::closure::merged(&c).await;
    documents::set_commission_name(&c.db.core, &c.admin, COMMISSION)
        .await
        .unwrap();
    let hearing = online_hearing(&c).await;
    let file = yunting::cases::get(&c.db.core, &c.clerk, &counter)
        .await
        .unwrap();
    let company_there = file
        .parties
        .iter()
        .find(|p| p.name == "庆阳某环保科技有限公司")
        .unwrap();
    let d = documents::generate_document(
        &c.db.core,
        &c.clerk,
        DocumentInput {
            kind: DocumentKind::HearingNotice,
            case_id: counter.clone(),
            party_id: Some(company_there.id.clone()),
            hearing_id: Some(hearing),
            document_ids: None,
        },
    )
    .await
    .unwrap();
    assert_eq!(d.case_id, Some(c.id.clone()), "recorded on the lead case");
    assert_eq!(d.addressee, "庆阳某环保科技有限公司");
    let text = pdf_text(
        &documents::document_pdf(&c.db.core, &c.clerk, &d.id)
            .await
            .unwrap(),
    );
    assert!(text.contains("反申请合并审理"), "{text}");
    let listed = documents::list_documents(&c.db.core, &c.clerk, &counter)
        .await
        .unwrap();
    assert_eq!(listed, vec![d], "listed on the counterclaim too");
}

#[tokio::test]
async fn a_not_accepted_application_gets_its_notice_and_nothing_else() {
    use yunting::cases::{self, NotAcceptInput, NotAcceptedKind};
    let (db, admin) = crate::support::TestDb::with_admin().await;
    documents::set_commission_name(&db.core, &admin, COMMISSION)
        .await
        .unwrap();
    let clerk =
        crate::support::user_with_role(&db, &admin, "clerk1", yunting::actor::Role::Clerk).await;
    let file = cases::create(&db.core, &clerk, crate::cases::seed_application())
        .await
        .unwrap();
    let id = file.summary.id.clone();
    let input = |kind| DocumentInput {
        kind,
        case_id: id.clone(),
        party_id: Some(file.parties[0].id.clone()),
        hearing_id: None,
        document_ids: None,
    };
    let err =
        documents::generate_document(&db.core, &clerk, input(DocumentKind::NotAcceptanceNotice))
            .await
            .unwrap_err();
    assert_eq!(
        err.reason, "document_not_available",
        "only after the decision"
    );
    cases::not_accept(
        &db.core,
        &clerk,
        &id,
        NotAcceptInput {
            kind: NotAcceptedKind::NoJurisdiction,
            reason: "用人单位所在地及劳动合同履行地均不在本区".into(),
            competent_commission: Some("庆阳市庆城县劳动人事争议仲裁委员会".into()),
            on_date: file.summary.received_on.clone(),
        },
    )
    .await
    .unwrap();
    let err = documents::generate_document(&db.core, &clerk, input(DocumentKind::AcceptanceNotice))
        .await
        .unwrap_err();
    assert_eq!(err.reason, "document_not_available");
    let d =
        documents::generate_document(&db.core, &clerk, input(DocumentKind::NotAcceptanceNotice))
            .await
            .unwrap();
    let pdf = documents::document_pdf(&db.core, &clerk, &d.id)
        .await
        .unwrap();
    keep("not_acceptance_notice", &pdf);
    let text = pdf_text(&pdf);
    for needle in [
        COMMISSION,
        "不予受理通知书",
        "赵丽：",
        "本会对该争议没有管辖权",
        "用人单位所在地及劳动合同履行地均不在本区",
        "庆阳市庆城县劳动人事争议仲裁委员会申请仲裁",
        "第二十九条",
        "向人民法院提起诉讼",
    ] {
        assert!(text.contains(needle), "{needle:?} missing: {text}");
    }
    assert!(has_hash(&text, &d.content_sha256));
    let receipt = documents::generate_document(
        &db.core,
        &clerk,
        DocumentInput {
            document_ids: Some(vec![d.id.clone()]),
            ..input(DocumentKind::ServiceReceipt)
        },
    )
    .await
    .unwrap();
    let text = pdf_text(
        &documents::document_pdf(&db.core, &clerk, &receipt.id)
            .await
            .unwrap(),
    );
    assert!(
        text.contains("1．不予受理通知书"),
        "its service is proved too: {text}"
    );
}

#[tokio::test]
async fn the_summary_confirmation_carries_the_hash_the_signatures_bind_to() {
    let c = case().await;
    documents::set_commission_name(&c.db.core, &c.admin, COMMISSION)
        .await
        .unwrap();
    let input = DocumentInput {
        kind: DocumentKind::SummaryConfirmation,
        case_id: c.id.clone(),
        party_id: None,
        hearing_id: None,
        document_ids: None,
    };
    let err = documents::generate_document(&c.db.core, &c.clerk, input.clone())
        .await
        .unwrap_err();
    assert_eq!(err.reason, "document_not_available", "not generated yet");
    let status = yunting::consent::issue_confirmation(&c.db.core, &c.clerk, &c.id)
        .await
        .unwrap();
    let latest = status.latest.unwrap();
    let d = documents::generate_document(&c.db.core, &c.clerk, input)
        .await
        .unwrap();
    let pdf = documents::document_pdf(&c.db.core, &c.clerk, &d.id)
        .await
        .unwrap();
    keep("summary_confirmation", &pdf);
    let text = pdf_text(&pdf);
    for needle in ["简易程序权利义务确认书", "赵丽", "签名或盖章", "最后陈述"]
    {
        assert!(text.contains(needle), "{needle:?} missing: {text}");
    }
    assert!(
        text.contains(&latest.sha256),
        "the signed text's hash is printed"
    );
    assert!(has_hash(&text, &d.content_sha256));
}
