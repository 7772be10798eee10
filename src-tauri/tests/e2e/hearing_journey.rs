//! The clerk's hearing (issue: online hearing), on the seeded institute: an online
//! hearing is scheduled with its meeting details, the worker's attendance and identity
//! are checked on camera, the minutes are taken stage by stage with the speaker chosen
//! by Alt+digit and Enter committing; then the app is killed (SIGKILL) while an entry
//! is still being typed. After the restart every committed entry is there, the draft
//! comes back, and the chain of the minutes verifies.

use std::time::Duration;

use fantoccini::key::Key;

use crate::harness::{App, Day, tid};
use crate::seed::{self, CLERK, WORKER};
use crate::steps::{sign_in_by_username, signed_in_as};

const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);

const MEETING_NO: &str = "865 312 479";
const PRESIDING_OPENS: &str =
    "现在开庭。本庭依法审理申请人赵丽与被申请人庆阳某环保科技有限公司劳动争议一案。";
const WORKER_STATES: &str = "我请求被申请人支付拖欠的工资18600元。";
const DRAFT: &str = "被申请人认可拖欠工资的事实，但对金额有异议";

// Texts of ui/src/i18n/zh-CN.ts the journey relies on.
const MODE_ONLINE: &str = "在线";
const ID_ON_CAMERA: &str = "出示身份证件（视频）";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn online_hearing_minutes_survive_a_crash() {
    let started = std::time::Instant::now();
    let app = App::launch_seeded("hearing", async |db| {
        seed::institute_with_accepted_case(&db).await;
    })
    .await;
    app.run_within(JOURNEY_TIMEOUT, before_the_crash(&app))
        .await;
    let app = app.crash_and_restart().await;
    app.run_within(JOURNEY_TIMEOUT, after_the_restart(&app))
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
    app.click_id("stage-next").await; // 开庭
    app.wait_text(&tid("stage-nav"), "开庭").await;
    say(app, '1', PRESIDING_OPENS).await;
    app.wait_text(&tid("minutes-line-0"), PRESIDING_OPENS).await;
    app.click_id("stage-next").await; // 申诉答辩
    say(app, '5', WORKER_STATES).await;
    app.wait_text(&tid("minutes-line-1"), WORKER_STATES).await;
    app.wait_text(&tid("minutes-line-1"), WORKER).await;
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
    app.wait_text(&tid("minutes-line-0"), PRESIDING_OPENS).await;
    app.wait_text(&tid("minutes-line-1"), WORKER_STATES).await;
    app.wait(&tid("minutes-draft-restored")).await;
    let restored = app.value("minutes-input").await;
    app.ensure(restored == DRAFT, || {
        format!("the draft typed before the crash should be back: {restored:?}")
    })
    .await;
    app.shot("restarted-with-draft").await;
    app.press(&field_css(), Key::Enter).await;
    app.wait_text(&tid("minutes-line-2"), DRAFT).await;
    app.click_id("minutes-verify").await;
    app.wait_text(&tid("minutes-verify-result"), "已校验").await;
    app.shot("minutes-after-restart").await;
}

/// 案件 → the seeded case → 开庭.
async fn open_the_hearings(app: &App) {
    app.click_id("nav-cases").await;
    app.click_id("case-row-0").await;
    app.wait_text(&tid("case-header"), WORKER).await;
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
