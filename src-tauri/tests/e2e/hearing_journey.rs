//! The clerk's hearing (issue: online hearing), on the seeded institute where the
//! employer's counterclaim is merged into the worker's case: an online hearing is
//! scheduled with its meeting details, the worker's attendance and identity are
//! checked on camera, the minutes are taken stage by stage with the speaker chosen by
//! Alt+digit and Enter committing; then the app is killed (SIGKILL) while an entry is
//! still being typed. After the restart every committed entry is there, the draft
//! comes back, and the chain of the minutes verifies. The hearing then runs through
//! every remaining stage; the minutes are read back, the tribunal and the clerk sign,
//! the worker refuses with her reason, the minutes lock, a correction is recorded
//! after the lock; finally both sides withdraw after settling and both merged cases
//! close.

use std::time::Duration;

use fantoccini::key::Key;

use crate::harness::{App, CONFIRM_BOX, Day, tid};
use crate::seed::{self, CASE_CAUSE, CLERK, WORKER};
use crate::steps::{sign_in_by_username, signed_in_as};

const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);

const MEETING_NO: &str = "865 312 479";
const PRESIDING_OPENS: &str =
    "现在开庭。本庭依法审理申请人赵丽与被申请人庆阳某环保科技有限公司劳动争议一案。";
const WORKER_STATES: &str = "我请求被申请人支付拖欠的工资18600元。";
const DRAFT: &str = "被申请人认可拖欠工资的事实，但对金额有异议";
const CLERK_DISCIPLINE: &str = "书记员宣布庭审纪律，核对到庭人员身份。";
/// One entry per stage after the restart: (stage name, Alt+digit speaker, text).
const LATER_STAGES: [(&str, char, &str); 5] = [
    (
        "庭审调查",
        '1',
        "申请人出示工资银行流水，被申请人对真实性无异议。",
    ),
    ("庭审辩论", '5', "被申请人拖欠工资事实清楚，应当支付。"),
    ("最后陈述", '5', "坚持仲裁请求。"),
    ("当庭调解", '1', "双方同意庭后自行协商和解。"),
    ("闭庭", '1', "现在闭庭，请双方核对笔录后签名。"),
];
const REFUSAL: &str = "认为笔录未记全其关于加班的陈述";
const CORRECTION: &str = "我请求被申请人支付拖欠的工资18600元及加班费。";

// Texts of ui/src/i18n/zh-CN.ts the journey relies on.
const MODE_ONLINE: &str = "在线";
const ID_ON_CAMERA: &str = "出示身份证件（视频）";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn online_hearing_minutes_survive_a_crash() {
    let started = std::time::Instant::now();
    let app = App::launch_seeded("hearing", async |db| {
        seed::institute_with_merged_counterclaim(&db).await;
    })
    .await;
    app.run_within(JOURNEY_TIMEOUT, before_the_crash(&app))
        .await;
    let app = app.crash_and_restart().await;
    app.run_within(JOURNEY_TIMEOUT, async {
        after_the_restart(&app).await;
        to_the_closing(&app).await;
        read_back_sign_and_lock(&app).await;
        correct_after_the_lock(&app).await;
        generate_and_save_the_notice(&app).await;
        both_sides_withdraw(&app).await;
    })
    .await;
    app.finish().await;
    eprintln!(
        "[e2e] hearing journey passed in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}

async fn before_the_crash(app: &App) {
    sign_in_by_username(app, CLERK.username, CLERK.password).await;
    signed_in_as(app, CLERK.display_name).await;
    open_the_hearings(app).await;

    // 安排开庭: online, on Tencent Meeting.
    app.click_id("hearing-schedule-open").await;
    app.wait(&tid("hearing-meeting-no")).await;
    app.pick_date("hearing-date", &Day::today().iso()).await;
    app.choose("hearing-mode", MODE_ONLINE).await;
    app.fill("hearing-time", "09:30").await;
    app.fill("hearing-meeting-no", MEETING_NO).await;
    app.fill("hearing-password", "0930").await;
    app.fill(
        "hearing-join-url",
        "https://meeting.tencent.com/dm/yunting0930",
    )
    .await;
    app.shot("schedule-dialog").await;
    app.click_id("hearing-schedule-submit").await;
    app.wait_gone(&tid("hearing-schedule-submit")).await;
    app.wait_text(&tid("hearing-card-0"), MEETING_NO).await;
    // No notice served yet, no online consent recorded: the card says so (E1, H1).
    app.wait_text(&tid("hearing-warnings"), "开庭通知").await;
    app.shot("hearing-scheduled").await;

    // 核对到庭: the worker shows her ID card on camera.
    app.click_id("attendance-open").await;
    app.wait(&tid("attendance-participant")).await;
    app.choose("attendance-participant", &format!("申请人：{WORKER}"))
        .await;
    app.choose("attendance-method", ID_ON_CAMERA).await;
    app.click_id("attendance-ok-yes").await;
    app.click_id("attendance-submit").await;
    app.wait_gone(&tid("attendance-submit")).await;
    app.wait_text(&tid("hearing-attendance"), ID_ON_CAMERA)
        .await;
    app.shot("attendance").await;

    // 庭审笔录: start, speak, move on.
    app.click_id("hearing-minutes-open-0").await;
    app.click_id("stage-start-first").await;
    app.wait(&tid("minutes-input")).await;
    say(app, '4', CLERK_DISCIPLINE).await;
    app.wait_text(&tid("minutes-line-0"), CLERK_DISCIPLINE)
        .await;
    app.click_id("stage-next").await; // 开庭
    app.wait_text(&tid("stage-nav"), "开庭").await;
    say(app, '1', PRESIDING_OPENS).await;
    app.wait_text(&tid("minutes-line-1"), PRESIDING_OPENS).await;
    app.click_id("stage-next").await; // 申诉答辩
    say(app, '5', WORKER_STATES).await;
    app.wait_text(&tid("minutes-line-2"), WORKER_STATES).await;
    app.wait_text(&tid("minutes-line-2"), WORKER).await;
    app.shot("minutes-two-entries").await;

    // An entry being typed, not yet committed, when the power goes.
    type_keys(
        app,
        &format!("{}6{}", char::from(Key::Alt), char::from(Key::Null)),
    )
    .await;
    app.fill_css(&field_css(), DRAFT).await;
    app.wait_text(&tid("minutes-draft-status"), "草稿已自动保存")
        .await;
    draft_on_disk(app, DRAFT).await;
    app.shot("draft-before-crash").await;
}

async fn after_the_restart(app: &App) {
    sign_in_by_username(app, CLERK.username, CLERK.password).await;
    signed_in_as(app, CLERK.display_name).await;
    open_the_hearings(app).await;
    app.click_id("hearing-minutes-open-0").await;
    app.wait_text(&tid("minutes-line-1"), PRESIDING_OPENS).await;
    app.wait_text(&tid("minutes-line-2"), WORKER_STATES).await;
    app.wait(&tid("minutes-draft-restored")).await;
    let restored = app.value("minutes-input").await;
    app.ensure(restored == DRAFT, || {
        format!("the draft typed before the crash should be back: {restored:?}")
    })
    .await;
    app.shot("restarted-with-draft").await;
    app.press(&field_css(), Key::Enter).await;
    app.wait_text(&tid("minutes-line-3"), DRAFT).await;
    app.click_id("minutes-verify").await;
    app.wait_text(&tid("minutes-verify-result"), "已校验").await;
    app.shot("minutes-after-restart").await;
}

/// Every remaining stage with an entry each, up to 闭庭.
async fn to_the_closing(app: &App) {
    for (i, (stage, speaker, text)) in LATER_STAGES.iter().enumerate() {
        app.click_id("stage-next").await;
        app.wait_text(&tid("stage-nav"), stage).await;
        say(app, *speaker, text).await;
        app.wait_text(&tid(&format!("minutes-line-{}", 4 + i)), text)
            .await;
    }
    app.shot("minutes-closing").await;
}

/// 宣读笔录: the tribunal and the clerk sign in person, the worker refuses with her
/// reason; then the minutes lock.
async fn read_back_sign_and_lock(app: &App) {
    app.click_id("minutes-readback").await;
    app.wait_text(&tid("readback-text"), PRESIDING_OPENS).await;
    app.wait_text(&tid("readback-text"), DRAFT).await;
    app.wait_text(&tid("readback-text"), "视频出示身份证件")
        .await;
    app.shot("read-back").await;
    // Three arbitrators and the clerk first, then the worker (recorded present).
    for i in 0..4 {
        app.click_id(&format!("signer-sign-{i}")).await;
        app.wait(&tid("sign-confirm")).await;
        app.click_id("sign-method-in_person").await;
        app.click_id("sign-confirm").await;
        app.wait_gone(&tid("sign-confirm")).await;
        app.wait_text(&tid(&format!("signer-state-{i}")), "已签名")
            .await;
    }
    app.wait_text(&tid("signer-row-4"), WORKER).await;
    app.click_id("signer-refuse-4").await;
    app.fill("refuse-reason", REFUSAL).await;
    app.click_id("refuse-confirm").await;
    app.wait_gone(&tid("refuse-confirm")).await;
    app.wait_text(&tid("signer-state-4"), "拒绝签名").await;
    app.wait_text(&tid("signer-row-4"), REFUSAL).await;
    app.shot("signed-and-refused").await;
    app.click_id("minutes-lock").await;
    app.click(CONFIRM_BOX).await;
    app.wait(&tid("readback-locked")).await;
    app.shot("locked").await;
    app.press(&tid("readback-dialog"), Key::Escape).await;
    app.wait(&tid("minutes-locked-banner")).await;
    app.ensure(!app.visible(&tid("minutes-input")).await, || {
        "the composer must be gone once the minutes are locked".into()
    })
    .await;
}

/// After the lock the worker asks to correct the record of her statement: accepted,
/// recorded under the line, the signed text unchanged.
async fn correct_after_the_lock(app: &App) {
    app.hover(&tid("minutes-line-2")).await;
    app.click_id("minutes-line-correct-2").await;
    app.wait(&tid("correction-dialog")).await;
    app.fill("correction-by", &format!("申请人{WORKER}")).await;
    app.fill("correction-text", CORRECTION).await;
    app.click_id("correction-accept").await;
    app.fill("correction-reason", "经核对庭审录音，准予补正")
        .await;
    app.click_id("correction-confirm").await;
    app.wait_gone(&tid("correction-confirm")).await;
    app.wait_text(&tid("minutes-line-correction-2-0"), CORRECTION)
        .await;
    app.wait_text(&tid("minutes-line-2"), WORKER_STATES).await;
    app.click_id("minutes-verify").await;
    app.wait_text(&tid("minutes-verify-result"), "已校验").await;
    app.shot("corrected-after-lock").await;
}

/// 文书: a 开庭通知书 to the worker, generated from the case file and saved as a PDF.
async fn generate_and_save_the_notice(app: &App) {
    open_the_case(app).await;
    app.click_id("case-tab-documents").await;
    app.click_id("document-generate-open").await;
    app.wait(&tid("document-generate-dialog")).await;
    app.click(&format!("{} .el-select__wrapper", tid("document-kind")))
        .await;
    app.click_id("document-kind-hearing_notice").await;
    app.choose(
        "document-hearing",
        &format!("{} 09:30 · {MODE_ONLINE}", Day::today().iso()),
    )
    .await;
    app.choose("document-party", &format!("申请人：{WORKER}"))
        .await;
    app.shot("generate-notice").await;
    app.click_id("document-generate-confirm").await;
    app.wait_gone(&tid("document-generate-confirm")).await;
    // The new document opens in the preview: the PDF as issued, every page drawn.
    app.wait(&tid("document-preview")).await;
    app.wait(&format!("{}[data-pages]", tid("pdf-pages"))).await;
    app.wait(&tid("pdf-page")).await;
    app.shot("notice-preview").await;
    app.click_id("preview-close").await;
    app.wait_gone(&tid("document-preview")).await;
    app.wait_text(&tid("documents-table"), "开庭通知书").await;
    app.wait_text(&tid("documents-table"), WORKER).await;
    app.shot("notice-listed").await;
    let target =
        std::env::temp_dir().join(format!("yunting-e2e-{}-开庭通知书.pdf", std::process::id()));
    let _ = std::fs::remove_file(&target);
    app.click_id("document-save-path-0").await;
    app.fill("document-path", &target.display().to_string())
        .await;
    app.click_id("document-path-confirm").await;
    app.wait_gone(&tid("document-path-confirm")).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !target.exists() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let pdf = std::fs::read(&target).unwrap_or_default();
    app.ensure(pdf.starts_with(b"%PDF-"), || {
        format!("the saved notice should be a PDF at {}", target.display())
    })
    .await;
    let _ = std::fs::remove_file(&target);
}

/// 调解与结案: both sides withdraw after settling; both merged cases close.
async fn both_sides_withdraw(app: &App) {
    open_the_case(app).await;
    app.click_id("case-tab-closure").await;
    app.click_id("withdraw-open").await;
    app.wait(&tid("withdraw-dialog")).await;
    app.click_id("withdraw-kind-voluntary").await;
    app.check("withdraw-settled").await;
    app.fill(
        "withdraw-reason",
        "双方庭后自行和解，申请人撤回仲裁请求，被申请人撤回反申请",
    )
    .await;
    app.shot("withdraw-dialog").await;
    app.click_id("withdraw-confirm").await;
    app.click(CONFIRM_BOX).await;
    app.wait_gone(&tid("withdraw-confirm")).await;
    app.wait_text(&tid("closure-withdrawals"), "撤回").await;
    app.wait_text(&tid("case-header"), "已结案").await;
    app.shot("both-withdrawn").await;
    let closed = closed_cases(app).await;
    app.ensure(closed == 2, || {
        format!("the claim and the merged counterclaim should both be closed, {closed} are")
    })
    .await;
}

async fn closed_cases(app: &App) -> i64 {
    let url = format!("sqlite://{}?mode=ro", app.db_path().display());
    let pool = sqlx::SqlitePool::connect(&url)
        .await
        .expect("open the database");
    let n = sqlx::query_scalar(
        "SELECT COUNT(*) FROM cases WHERE status = 'closed' AND closure_type = 'withdrawal'",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    pool.close().await;
    n
}

/// 案件 → the worker's case. The counterclaim, received the same day and registered
/// after it, is listed first; the header's cause proves the right one opened.
async fn open_the_case(app: &App) {
    app.click_id("nav-cases").await;
    app.wait_text(&tid("case-row-1"), "第1号").await;
    app.click_id("case-row-1").await;
    app.wait_text(&tid("case-header"), CASE_CAUSE).await;
}

/// 案件 → the worker's case → 开庭.
async fn open_the_hearings(app: &App) {
    open_the_case(app).await;
    app.click_id("case-tab-hearings").await;
}

fn field_css() -> String {
    format!("{} textarea", tid("minutes-input"))
}

async fn type_keys(app: &App, keys: &str) {
    let input = app.wait(&field_css()).await;
    if let Err(e) = input.send_keys(keys).await {
        app.fail::<()>(format!("cannot type into the minutes: {e}"))
            .await;
    }
}

/// Alt+`speaker` chooses the speaker, then the text and Enter commit the entry.
async fn say(app: &App, speaker: char, text: &str) {
    type_keys(
        app,
        &format!("{}{speaker}{}", char::from(Key::Alt), char::from(Key::Null)),
    )
    .await;
    app.wait(&format!(
        "{}[aria-checked=\"true\"]",
        tid(&format!("speaker-{speaker}"))
    ))
    .await;
    type_keys(app, text).await;
    app.press(&field_css(), Key::Enter).await;
}

/// Waits until the database file itself holds `text` as the clerk's draft: the status
/// line may still show the save of an earlier keystroke.
async fn draft_on_disk(app: &App, text: &str) {
    let url = format!("sqlite://{}?mode=ro", app.db_path().display());
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let saved: Option<String> = match sqlx::SqlitePool::connect(&url).await {
            Ok(pool) => {
                let row = sqlx::query_scalar("SELECT text FROM minutes_drafts")
                    .fetch_optional(&pool)
                    .await
                    .ok()
                    .flatten();
                pool.close().await;
                row
            }
            Err(_) => None,
        };
        if saved.as_deref() == Some(text) {
            return;
        }
        if std::time::Instant::now() > deadline {
            app.fail::<()>(format!("the draft never reached the database: {saved:?}"))
                .await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
