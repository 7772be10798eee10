//! Exporting the statistics: CSV (UTF-8 with BOM) and the XLSX workbook, written whole
//! or not at all, with progress and an audit entry.
use crate::statistics_data::*;
use crate::support::TestDb;
use std::path::Path;
use std::sync::{Arc, Mutex};
use yunting::audit::{self, AuditQuery};
use yunting::statistics::{self, ExportFormat, ExportInput, ExportProgress, ExportTable};
use yunting::{Actor, ErrorCode};

fn export_input(
    path: &Path,
    format: ExportFormat,
    table: ExportTable,
    org_id: Option<&str>,
) -> ExportInput {
    ExportInput {
        query: query(FROM, TO, org_id),
        format,
        table,
        path: path.display().to_string(),
    }
}

fn recorder() -> (
    Arc<Mutex<Vec<ExportProgress>>>,
    impl Fn(ExportProgress) + Send + Sync + 'static,
) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    (seen, move |p| sink.lock().unwrap().push(p))
}

async fn last_audit(db: &TestDb, admin: &Actor) -> String {
    let page = audit::list(
        &db.core,
        admin,
        AuditQuery {
            offset: 0,
            limit: 1,
        },
    )
    .await
    .unwrap();
    page.entries[0].summary.clone()
}

#[tokio::test]
async fn csv_by_org_has_a_bom_the_dashboard_rows_and_a_total() {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap();
    let path = db.dir.path().join("按组织");
    let result = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(&path, ExportFormat::Csv, ExportTable::ByOrg, None),
        |_| {},
    )
    .await
    .unwrap();
    assert!(result.path.ends_with("按组织.csv"));
    assert_eq!(result.rows, 5);
    let bytes = std::fs::read(&result.path).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(
        lines,
        vec![
            "调解组织,类别,受理案件,线上,线下,调解终结,达成协议,调解成功率",
            "西峰区肖金镇劳动争议调解中心,乡镇（街道）,4,2,2,4,3,75.0%",
            "东方丽景茂商户调解室,商业综合体,2,1,1,1,1,100.0%",
            "董志镇劳动争议调解中心,乡镇（街道）,2,1,1,1,1,100.0%",
            "已撤销调解室,企业,1,0,1,1,0,0.0%",
            "合计,,9,4,5,7,5,71.4%",
        ]
    );
    let names: Vec<&str> = lines[1..5]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let dashboard: Vec<&str> = s.mediation.by_org.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, dashboard);
    assert_eq!(
        last_audit(&db, &admin).await,
        "导出统计数据（CSV，按调解组织，2026-03-01 至 2026-05-31，5 行）"
    );

    // Nothing concluded: the rate is blank, not 0.
    let path = db.dir.path().join("旧调解室.CSV");
    statistics::export_statistics(
        &db.core,
        &admin,
        export_input(&path, ExportFormat::Csv, ExportTable::ByOrg, Some("org-e")),
        |_| {},
    )
    .await
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.ends_with("\r\n旧调解室,其他,0,0,0,0,0,\r\n合计,,0,0,0,0,0,\r\n"),
        "{text}"
    );
    assert!(
        last_audit(&db, &admin)
            .await
            .contains("2026-05-31，旧调解室，2 行")
    );
}

#[tokio::test]
async fn csv_mediation_cases_holds_every_case_of_the_range_in_order() {
    let (db, admin) = setup().await;
    let path = db.dir.path().join("cases.csv");
    let (seen, progress) = recorder();
    let result = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(&path, ExportFormat::Csv, ExportTable::MediationCases, None),
        progress,
    )
    .await
    .unwrap();
    assert_eq!(result.rows, 9);
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("BOM");
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(
        lines[0],
        "案件编号,调解组织,类别,调解员,申请人,被申请人,申请方式,调解方式,申请日期,期限届满日,状态,终结日期,协议生效日期,纠纷事项"
    );
    let numbers: Vec<&str> = lines[1..].iter().map(|l| &l[..3]).collect();
    assert_eq!(
        numbers,
        vec![
            "M01", "M11", "M02", "M09", "M06", "M03", "M10", "M07", "M04"
        ]
    );
    assert_eq!(
        lines[1],
        "M01,西峰区肖金镇劳动争议调解中心,乡镇（街道）,李调解,赵丽,庆阳某环保科技有限公司,书面,线上视频,2026-03-01,2026-03-16,达成协议,2026-03-10,,拖欠工资"
    );
    assert_eq!(
        lines[4],
        "M09,董志镇劳动争议调解中心,乡镇（街道）,,赵丽,庆阳某环保科技有限公司,口头,现场,2026-03-20,2026-04-04,调解不成,2026-06-05,,拖欠工资"
    );
    // Quoted per RFC 4180; a formula-like name is defused for Excel.
    assert_eq!(
        lines[9],
        "M04,西峰区肖金镇劳动争议调解中心,乡镇（街道）,李调解,赵丽,\"'=HYPERLINK(\"\"http://x\"\")\",书面,现场,2026-05-31,2026-06-15,调解中,,,\"拖欠工资，加班费\n及经济补偿：\"\"共计三万元\"\"\""
    );
    let seen = seen.lock().unwrap().clone();
    let last = seen.last().unwrap();
    assert_eq!((last.done, last.total), (9, 9));
    assert!(seen.iter().all(|p| p.total == 9));
    assert!(
        last_audit(&db, &admin)
            .await
            .contains("CSV，调解案件明细，2026-03-01 至 2026-05-31，9 行")
    );

    // One organisation: only its cases of the range (M08 was applied for in June).
    let path = db.dir.path().join("org-b.csv");
    let result = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(
            &path,
            ExportFormat::Csv,
            ExportTable::MediationCases,
            Some("org-b"),
        ),
        |_| {},
    )
    .await
    .unwrap();
    assert_eq!(result.rows, 2);
    let text = std::fs::read_to_string(&path).unwrap();
    let numbers: Vec<&str> = text
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| &l[..3])
        .collect();
    assert_eq!(numbers, vec!["M06", "M07"]);
}

#[tokio::test]
async fn a_large_case_export_is_read_in_pages_without_losing_or_repeating_a_row() {
    let (db, admin) = setup().await;
    // 4,321 more cases on three busy days, with case numbers out of insertion order.
    let mut tx = db.core.pool().begin().await.unwrap();
    for i in 0..4321 {
        let day = ["2026-04-01", "2026-04-02", "2026-05-30"][i % 3];
        sqlx::query(
            "INSERT INTO mediation_cases (id, case_no, org_id, application, applied_on, due_on, applicant_name,
                 respondent_name, matter, categories, mode, status, created_at, created_by, updated_at)
             VALUES (?, ?, 'org-b', 'written', ?, ?, '申请人', '被申请人', '工资', 'pay_compensation',
                     'phone', 'open', ?, ?, ?)",
        )
        .bind(format!("bulk-{i}"))
        .bind(format!("X{:05}", (i * 7919) % 10_000))
        .bind(day)
        .bind(day)
        .bind(NOW)
        .bind(admin.user_id.to_string())
        .bind(NOW)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let path = db.dir.path().join("all.csv");
    let (seen, progress) = recorder();
    let result = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(&path, ExportFormat::Csv, ExportTable::MediationCases, None),
        progress,
    )
    .await
    .unwrap();
    assert_eq!(result.rows, 4330);
    let done: Vec<(i64, i64)> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|p| (p.done, p.total))
        .collect();
    // Pages hold whole days, about 2,000 cases each: 03-01..04-02, then the rest.
    assert_eq!(done, vec![(2886, 4330), (4330, 4330), (4330, 4330)]);

    let text = std::fs::read_to_string(&path).unwrap();
    let keys: Vec<(String, String)> = text
        .split("\r\n")
        .skip(1)
        .filter(|l| l.starts_with('M') || l.starts_with('X'))
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (cells[8].to_owned(), cells[0].to_owned())
        })
        .collect();
    assert_eq!(keys.len(), 4330);
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(keys, sorted, "in order, each once");
}

#[tokio::test]
async fn xlsx_holds_the_five_sheets_and_reports_progress() {
    let (db, admin) = setup().await;
    let path = db.dir.path().join("统计报表");
    let (seen, progress) = recorder();
    let result = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(&path, ExportFormat::Xlsx, ExportTable::ByOrg, None),
        progress,
    )
    .await
    .unwrap();
    assert!(result.path.ends_with("统计报表.xlsx"));
    assert_eq!(result.rows, 9);
    let bytes = std::fs::read(&result.path).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    // Entry names are stored uncompressed in the zip: five worksheets, no sixth.
    let has = |name: &str| bytes.windows(name.len()).any(|w| w == name.as_bytes());
    assert!(has("xl/workbook.xml"));
    assert!(has("xl/worksheets/sheet5.xml"));
    assert!(!has("xl/worksheets/sheet6.xml"));
    let last = seen.lock().unwrap().last().unwrap().clone();
    assert_eq!((last.done, last.total), (9, 9));
    assert!(last_audit(&db, &admin).await.contains("XLSX"));
    // Nothing but the file itself is left in the folder.
    let names: Vec<String> = std::fs::read_dir(db.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("yunting.db"))
        .collect();
    assert_eq!(names, vec!["统计报表.xlsx".to_owned()]);
}

#[tokio::test]
async fn a_relative_or_unwritable_path_is_refused_and_nothing_is_written() {
    let (db, admin) = setup().await;
    let before = last_audit(&db, &admin).await;
    let e = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(
            Path::new("relative-stats"),
            ExportFormat::Csv,
            ExportTable::ByOrg,
            None,
        ),
        |_| {},
    )
    .await
    .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Validation, Some("path"))
    );
    assert_eq!(e.message, "请选择保存位置");
    assert!(!Path::new("relative-stats.csv").exists());

    let missing = db.dir.path().join("no-such-folder").join("stats");
    let e = statistics::export_statistics(
        &db.core,
        &admin,
        export_input(&missing, ExportFormat::Xlsx, ExportTable::ByOrg, None),
        |_| {},
    )
    .await
    .unwrap_err();
    assert_eq!(
        (e.field.as_deref(), e.reason.as_str()),
        (Some("path"), "write_failed")
    );
    assert!(e.message.starts_with("无法写入该位置："));
    assert_eq!(
        last_audit(&db, &admin).await,
        before,
        "no audit row for a failed export"
    );
}
