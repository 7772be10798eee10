//! Documents (issue: official documents): each kind generated from a sample case opens
//! as a PDF whose text holds the case number, the parties and the kind's key fields,
//! and whose footer shows the SHA-256 of the canonical content.
use crate::procedure::{Case, case};
use std::process::Command;
use yunting::ErrorCode;
use yunting::documents::{self, DocumentKind, HearingNoticeInput};
use yunting::hearings::{self, HearingInput, HearingMode};

const COMMISSION: &str = "庆阳市西峰区劳动人事争议仲裁委员会";

/// `pdftotext -layout`, whitespace removed so that wrapped lines compare whole.
fn pdf_text(pdf: &[u8]) -> String {
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
fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("YUNTING_KEEP_DOCS") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), pdf).unwrap();
    }
}

async fn online_hearing(c: &Case) -> String {
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
    let input = || HearingNoticeInput {
        hearing_id: hearing.clone(),
        party_id: c.worker.clone(),
    };
    let err = documents::generate_hearing_notice(&c.db.core, &c.clerk, input())
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

    let doc = documents::generate_hearing_notice(&c.db.core, &c.clerk, input())
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
    let again = documents::generate_hearing_notice(&c.db.core, &c.clerk, input())
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
