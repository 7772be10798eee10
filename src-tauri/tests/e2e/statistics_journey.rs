//! The administrator's statistics (issue: grassroots mediation and statistics): on a
//! fresh installation the demo data are loaded from the settings page; the dashboard
//! shows the year's figures; narrowing the date range changes them; the organisation
//! table is exported to CSV and the file holds the rows shown.

use std::time::Duration;

use crate::harness::{App, CONFIRM_BOX, tid};
use crate::steps::{ADMIN, set_up_first_admin};

const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);
/// Loading the demo data runs about 1,400 transactions.
const DEMO_TIMEOUT: Duration = Duration::from_secs(120);

// Texts of ui/src/i18n/zh-CN.ts the journey relies on.
const SHORTCUT_THIS_MONTH: &str = "本月";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_data_fill_the_dashboard_and_the_export_holds_its_rows() {
    let started = std::time::Instant::now();
    let app = App::launch("statistics").await;
    app.run_within(JOURNEY_TIMEOUT, journey(&app)).await;
    app.finish().await;
    eprintln!(
        "[e2e] statistics journey passed in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}

async fn journey(app: &App) {
    set_up_first_admin(app, &ADMIN).await;
    load_the_demo_data(app).await;

    // A year of figures: the seed's 310 mediation cases, 40 organisations.
    app.wait_text(&tid("kpi-mediation-cases-value"), "310")
        .await;
    app.wait_text(&tid("kpi-organizations-value"), "40").await;
    app.wait(&tid("rate-definition")).await;
    app.wait(&tid("chart-monthly")).await;
    app.shot("dashboard-year").await;
    let year_rows = app.texts(&tid("stats-org-row")).await;
    app.ensure(year_rows.len() == 41, || {
        format!("40 organisations and the total expected, got {year_rows:?}")
    })
    .await;

    // This month only: fewer cases.
    app.click(&format!("{} input", tid("stats-range"))).await;
    app.click_text(".el-picker-panel__shortcut", SHORTCUT_THIS_MONTH)
        .await;
    app.click_id("stats-apply").await;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let mut month = app.text(&tid("kpi-mediation-cases-value")).await;
    while month.trim() == "310" && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        month = app.text(&tid("kpi-mediation-cases-value")).await;
    }
    let month_cases: u32 = month.trim().replace(',', "").parse().unwrap_or(u32::MAX);
    app.ensure(month_cases < 310, || {
        format!("this month's cases should be fewer than the year's 310, got {month:?}")
    })
    .await;
    app.shot("dashboard-this-month").await;
    let rows = app.texts(&tid("stats-org-row")).await;

    // Export the organisation table to a typed path; the file holds the rows shown.
    let target =
        std::env::temp_dir().join(format!("yunting-e2e-{}-调解统计.csv", std::process::id()));
    let _ = std::fs::remove_file(&target);
    app.menu("stats-export", "export-to-path").await;
    app.wait(&tid("export-path-dialog")).await;
    app.fill("export-path", &target.display().to_string()).await;
    app.shot("export-path").await;
    app.click_id("export-path-confirm").await;
    app.wait_gone(&tid("export-path-confirm")).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !target.exists() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let csv = std::fs::read_to_string(&target).unwrap_or_default();
    let _ = std::fs::remove_file(&target);
    let lines: Vec<&str> = csv.lines().skip(1).collect();
    app.ensure(lines.len() == rows.len(), || {
        format!(
            "the CSV should hold the {} rows shown (with the total), got {}:\n{csv}",
            rows.len(),
            lines.len()
        )
    })
    .await;
    for (row, line) in rows.iter().zip(&lines) {
        // The first cell of a row is the organisation (or 合计); its counts follow.
        let shown: Vec<&str> = row.split(['\t', '\n']).map(str::trim).collect();
        let name = shown.first().copied().unwrap_or_default();
        let cases = shown
            .iter()
            .find(|c| c.chars().all(|ch| ch.is_ascii_digit() || ch == ','))
            .copied()
            .unwrap_or_default()
            .replace(',', "");
        app.ensure(line.contains(name) && line.contains(&cases), || {
            format!("the CSV line {line:?} does not match the row shown {row:?}")
        })
        .await;
    }
}

/// Settings → 载入演示数据 → confirm; the result lists the accounts; on to the dashboard.
async fn load_the_demo_data(app: &App) {
    app.click_id("nav-settings").await;
    app.click_id("demo-load").await;
    app.click(CONFIRM_BOX).await;
    app.wait_within(&tid("demo-result"), DEMO_TIMEOUT).await;
    app.wait_text(&tid("demo-password"), "Yunting#Demo2026")
        .await;
    app.shot("demo-loaded").await;
    app.click_id("demo-open-statistics").await;
    app.wait(&tid("statistics-page")).await;
}
