//! The clerk's and the arbitrator's journey on an accepted case (issues: case files,
//! summary procedure). The database starts with the institute's staff and the seed
//! story's case, accepted, with its tribunal (`seed`). The clerk corrects a party, adds
//! the employer's agent and an added claim (C5), records the limitation facts and sees
//! the warnings (A6); then records both parties' consent to summary handling, issues the
//! rights-and-duties confirmation and records both signatures. The presiding arbitrator
//! attests that no exclusion applies and decides summary handling; the worker's later
//! revocation shows on the checklist.

use std::time::Duration;

use crate::harness::{App, Day, tid};
use crate::seed::{self, ARBITRATOR, CLERK, EMPLOYER, WORKER};
use crate::steps::{ADMIN, sign_in_by_username, sign_out, signed_in_as};

const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);

const NEW_LOCATION: &str = "湖南省株洲市荷塘区";
const AGENT: &str = "周明律师";
const AGENT_FIRM: &str = "甘肃陇东律师事务所";
const AGENT_MOBILE: &str = "13893412345";
const WAGE_SOURCE: &str = "甘肃省统计局《2025年全省城镇单位就业人员平均工资》";
const REVOKE_REASON: &str = "申请人希望按一般程序审理";
const TASK_NOTE: &str = "已电话告知双方适用简易处理，并短信确认收到";
const ADDED_CLAIM: &str = "请求裁决被申请人补缴2025年1月至2026年9月社会保险费";

// Texts of ui/src/i18n/zh-CN.ts the journey relies on.
const CATEGORY_INSURANCE: &str = "工作时间、休息休假、社会保险、福利、培训以及劳动保护";
const EMPLOYMENT_ENDED: &str = "已解除或终止";
const KIND_SUMMARY: &str = "同意简易处理";
const KIND_SIGN: &str = "签署简易程序权利义务确认书";
const METHOD_PAD: &str = "签名板手写签名";
const STATUS_MET: &str = "已满足";
const STATUS_NOT_MET: &str = "不满足";
const PROCEDURE_SUMMARY: &str = "简易处理";
const PAD_SIGNED: &str = "已签名";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clerk_completes_the_file_and_the_arbitrator_decides_summary_handling() {
    let started = std::time::Instant::now();
    let app = App::launch_seeded("summary-procedure", async |db| {
        seed::institute_with_accepted_case(&db).await;
    })
    .await;
    app.run_within(JOURNEY_TIMEOUT, journey(&app)).await;
    app.finish().await;
    eprintln!(
        "[e2e] summary-procedure journey passed in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}

async fn journey(app: &App) {
    let today = Day::today();

    // The administrator enters last year's provincial average wage (G1 ground 2).
    sign_in_by_username(app, ADMIN.username, ADMIN.password).await;
    signed_in_as(app, ADMIN.display_name).await;
    app.click_id("nav-admin-average-wages").await;
    app.wait(&tid("average-wages-warning")).await;
    app.fill("wage-amount", "98,000").await;
    app.fill("wage-source", WAGE_SOURCE).await;
    app.click_id("wage-save").await;
    app.wait_text(&tid("average-wages-table"), "98,000.00")
        .await;
    app.shot("average-wages").await;
    sign_out(app).await;

    sign_in_by_username(app, CLERK.username, CLERK.password).await;
    signed_in_as(app, CLERK.display_name).await;
    open_the_case(app).await;

    correct_the_worker(app).await;
    add_the_employers_agent(app).await;
    add_a_claim(app).await;
    record_limitation_facts(app, today).await;

    // The summary procedure: consents, the confirmation and its signatures.
    app.click_id("case-tab-procedure").await;
    app.wait(&tid("checklist")).await;
    app.wait_text(&tid("checklist-status-G1b"), STATUS_MET)
        .await;
    app.shot("checklist-empty").await;
    record_consent(
        app,
        WORKER,
        KIND_SUMMARY,
        Pen::ESign("ESIGN-2026-1130-0001"),
    )
    .await;
    record_consent(
        app,
        EMPLOYER,
        KIND_SUMMARY,
        Pen::ESign("ESIGN-2026-1130-0002"),
    )
    .await;
    app.wait_text(&tid("checklist-status-G1c"), STATUS_MET)
        .await;
    app.click_id("confirmation-issue").await;
    app.wait_text(&tid("confirmation-version"), "1").await;
    record_consent(app, WORKER, KIND_SIGN, Pen::Pad).await;
    record_consent(app, EMPLOYER, KIND_SIGN, Pen::ESign("ESIGN-2026-1130-0003")).await;
    app.wait_text(&tid("checklist-status-H6"), STATUS_MET).await;
    app.wait_text(&tid("consent-history"), "签名板").await;
    app.shot("consents-recorded").await;

    // The presiding arbitrator attests that no exclusion applies and decides.
    sign_out(app).await;
    sign_in_by_username(app, ARBITRATOR.username, ARBITRATOR.password).await;
    signed_in_as(app, ARBITRATOR.display_name).await;
    open_the_case(app).await;
    app.click_id("case-tab-procedure").await;
    app.wait(&tid("checklist")).await;
    for item in [
        "G2_public_interest",
        "G2_social_impact",
        "G2_whereabouts",
        "G2_unsuitable",
    ] {
        app.click_id(&format!("attest-{item}-no")).await;
        app.wait(&tid("attest-answer")).await;
        app.click_id("attest-confirm").await;
        app.wait_gone(&tid("attest-confirm")).await;
        app.wait_text(&tid(&format!("checklist-status-{item}")), STATUS_MET)
            .await;
    }
    app.shot("checklist-ready").await;
    app.click_id("summary-decide-open").await;
    app.wait(&tid("decide-date")).await;
    app.shot("decide-dialog").await;
    app.click_id("decide-confirm").await;
    app.wait_gone(&tid("decide-confirm")).await;
    app.wait_text(&tid("procedure-current"), PROCEDURE_SUMMARY)
        .await;
    app.wait_text(&tid("procedure-tasks"), "告知双方当事人")
        .await;
    app.shot("summary-decided").await;

    // The task the decision created: both parties were told, by phone, confirmed by SMS.
    app.click_id("task-complete-notify_summary").await;
    app.fill_css(".el-message-box textarea", TASK_NOTE).await;
    app.click(".el-message-box__btns .el-button--primary").await;
    app.wait_text(&tid("procedure-tasks"), TASK_NOTE).await;
    app.shot("task-done").await;

    // The worker later withdraws her consent to summary handling: the record is kept,
    // a revocation is added, and the checklist shows the ground that no longer holds.
    app.click("[data-testid^=\"consent-revoke-\"]").await;
    app.wait(&tid("consent-reason")).await;
    app.fill("consent-reason", REVOKE_REASON).await;
    app.fill("consent-method-ref", "ESIGN-2026-1130-0009").await;
    app.shot("consent-revoke").await;
    app.click_id("consent-submit").await;
    app.wait_gone(&tid("consent-submit")).await;
    app.wait_text(&tid("checklist-status-G1c"), STATUS_NOT_MET)
        .await;
    app.wait_text(&tid("consent-history"), "撤回").await;
    app.shot("consent-revoked").await;
}

/// How a party gives a consent in the journey.
enum Pen {
    /// Through an e-signature platform, with its flow number.
    ESign(&'static str),
    /// Handwritten on the window's signature pad.
    Pad,
}

/// 记录同意: `party` gives `kind`; the dialog shows the exact text and its hash first.
async fn record_consent(app: &App, party: &str, kind: &str, pen: Pen) {
    app.click_id("consent-open").await;
    app.wait(&tid("consent-party")).await;
    let side = if party == WORKER {
        "申请人"
    } else {
        "被申请人"
    };
    app.choose("consent-party", &format!("{side}：{party}"))
        .await;
    app.choose("consent-kind", kind).await;
    app.wait_text(&tid("consent-text"), party).await;
    let hash = app.text(&tid("consent-hash")).await;
    app.ensure(
        hash.chars().filter(char::is_ascii_hexdigit).count() >= 12,
        || format!("the dialog should show the text's SHA-256: {hash:?}"),
    )
    .await;
    match &pen {
        Pen::ESign(flow) => app.fill("consent-method-ref", flow).await,
        Pen::Pad => {
            app.choose("consent-method", METHOD_PAD).await;
            sign_on_pad(app).await;
        }
    }
    app.shot(&format!(
        "consent-{}",
        if matches!(pen, Pen::Pad) {
            "pad"
        } else {
            "esign"
        }
    ))
    .await;
    app.click_id("consent-submit").await;
    app.wait_gone(&tid("consent-submit")).await;
}

/// Draws a stroke across the signature pad with the pointer, as a party would.
async fn sign_on_pad(app: &App) {
    use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
    let canvas = app.wait(&tid("signature-canvas")).await;
    let mut stroke = MouseActions::new("pen".into())
        .then(PointerAction::MoveToElement {
            element: canvas,
            duration: None,
            x: -120.0,
            y: 10.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        });
    for (x, y) in [
        (30.0, -20.0),
        (30.0, 25.0),
        (40.0, -30.0),
        (40.0, 20.0),
        (30.0, -10.0),
    ] {
        stroke = stroke.then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(60)),
            x,
            y,
        });
    }
    stroke = stroke.then(PointerAction::Up {
        button: MOUSE_BUTTON_LEFT,
    });
    if let Err(e) = app.client.perform_actions(stroke).await {
        app.fail::<()>(format!("cannot draw on the signature pad: {e}"))
            .await;
    }
    app.wait_text(&tid("signature-state"), PAD_SIGNED).await;
}

/// 案件 → the only case of the seeded database.
async fn open_the_case(app: &App) {
    app.click_id("nav-cases").await;
    app.click_id("case-row-0").await;
    app.wait_text(&tid("case-header"), WORKER).await;
}

/// 当事人 → 编辑 the worker: she has moved on from Changsha.
async fn correct_the_worker(app: &App) {
    app.click_id("case-tab-parties").await;
    app.click_id("party-edit-0").await;
    app.wait(&tid("party-edit-dialog")).await;
    app.fill("party-edit-current-location", NEW_LOCATION).await;
    app.shot("party-edit").await;
    app.click_id("party-edit-save").await;
    app.wait_gone(&tid("party-edit-save")).await;
    app.wait_text(&tid("party-card-0"), NEW_LOCATION).await;
    let header = app.text(&tid("case-header")).await;
    app.ensure(!header.contains(&format!("{WORKER}{NEW_LOCATION}")), || {
        format!("only the location should change, not the name: {header:?}")
    })
    .await;
}

/// 添加代理人 for the employer: a lawyer with general authority.
async fn add_the_employers_agent(app: &App) {
    app.click_id("agent-add-1").await;
    app.wait(&tid("agent-name")).await;
    app.fill("agent-name", AGENT).await;
    app.fill("agent-organization", AGENT_FIRM).await;
    app.fill("agent-mobile", AGENT_MOBILE).await;
    app.shot("agent-dialog").await;
    app.click_id("agent-save").await;
    app.wait_gone(&tid("agent-save")).await;
    app.wait_text(&tid("party-agents-1"), AGENT).await;
    app.shot("parties-after-edits").await;
}

/// 请求 → 增加仲裁请求 after acceptance: the dialog says the 45 days restart (C5).
async fn add_a_claim(app: &App) {
    app.click_id("case-tab-claims").await;
    app.click_id("claim-add-open").await;
    app.wait_text(&tid("claim-add-note"), "重新计算").await;
    app.choose("claim-add-category", CATEGORY_INSURANCE).await;
    app.fill("claim-add-description", ADDED_CLAIM).await;
    app.shot("claim-add").await;
    app.click_id("claim-add-submit").await;
    app.wait_gone(&tid("claim-add-submit")).await;
    app.wait_text(".case-claims", ADDED_CLAIM).await;
    app.shot("claims-after-add").await;
}

/// 概况 → 记录时效与案件情况: the worker knew of the dismissal more than a year ago, the
/// employment ended 100 days ago; the warnings say so and name the article.
async fn record_limitation_facts(app: &App, today: Day) {
    app.click_id("case-tab-overview").await;
    app.click_id("circumstances-open").await;
    app.wait(&tid("circ-knew-on")).await;
    app.pick_date("circ-knew-on", &today.minus(400).iso()).await;
    app.choose("circ-employment", EMPLOYMENT_ENDED).await;
    app.pick_date("circ-ended-on", &today.minus(100).iso())
        .await;
    app.shot("circumstances-dialog").await;
    app.click_id("circ-submit").await;
    app.wait_gone(&tid("circ-submit")).await;
    // Knew 400 days ago: the other claims' year ran out about 35 days ago.
    app.wait_text(&tid("advisory-limitation_expired"), "不得据此不予受理")
        .await;
    app.wait_text(&tid("advisory-limitation_running"), &today.minus(100).iso())
        .await;
    app.shot("advisories").await;
}
