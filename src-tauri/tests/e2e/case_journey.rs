//! The case-file journey of the seed story (issue: case files), in one app instance on
//! one fresh database: a hotline request (急难愁盼) from a worker back in Hunan is
//! registered, transferred to the arbitration institute and converted into a case; the
//! case is completed, accepted and numbered; the respondent's receipt of the application
//! starts the defense period; the employer's counterclaim is registered, accepted and
//! merged, and the claims ledger nets both sides. Finally a counterclaim filed after the
//! defense period of another case is refused for merging and registered as a new case.

use std::time::Duration;

use crate::harness::{App, Day, tid};
use crate::steps::{ADMIN, set_up_first_admin};

/// The whole journey; a WebDriver call that never answers fails the test here.
const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);

// The worker and the employer of the seed story.
const WORKER: &str = "赵丽";
const WORKER_MOBILE: &str = "13912345678";
const WORKER_LOCATION: &str = "湖南省长沙市";
const WORKER_ID: &str = "430102199001011246";
const WORKER_DOMICILE: &str = "湖南省长沙市芙蓉区五一大道100号";
const WORKER_MAIL: &str = "湖南省长沙市芙蓉区五一大道100号3单元502室";
const EMPLOYER: &str = "庆阳某环保科技有限公司";
const EMPLOYER_CODE: &str = "91621002MA72XF5K37";
const EMPLOYER_REP: &str = "陈建国";
const EMPLOYER_REP_TITLE: &str = "执行董事";
const EMPLOYER_DOMICILE: &str = "甘肃省庆阳市西峰区长庆大道88号";
const EMPLOYER_MAIL: &str = "甘肃省庆阳市西峰区长庆大道88号办公楼3层";
const EMPLOYER_PHONE: &str = "0934-8212345";
const SUMMARY: &str = "求助人反映：其在庆阳某环保科技有限公司工作期间，公司拖欠2026年7月至9月工资共计18600元，\
     并于2026年9月无故将其辞退。求助人现已返回湖南老家，不方便到现场申请劳动仲裁，请求帮助。";
const INSTITUTE: &str = "西峰区劳动人事争议仲裁院";
const RESPONSIBLE: &str = "刘仲明";

// The claims: 劳动报酬 and the compensation for the dismissal; the counterclaim.
const PAY_DESCRIPTION: &str = "请求裁决被申请人支付2026年7月至9月拖欠工资18600元";
const PAY_AMOUNT: &str = "18600";
const DISMISSAL_DESCRIPTION: &str = "请求裁决被申请人支付违法解除劳动合同赔偿金12400元";
const DISMISSAL_AMOUNT: &str = "12400";
const COUNTER_DESCRIPTION: &str = "赔偿经济损失";
const COUNTER_AMOUNT: &str = "8000";
const COUNTER_FACTS: &str =
    "被申请人在职期间违反操作规程，造成申请人设备损坏，给申请人造成经济损失8000元。";

// The second case, whose defense period has run out.
const WORKER2: &str = "孙强";
const WORKER2_ID: &str = "621002198505152313";
const WORKER2_MOBILE: &str = "13609341234";
const EMPLOYER2: &str = "庆阳某物流有限公司";
const EMPLOYER2_CODE: &str = "91621002MA73BR8L1J";

// Texts of ui/src/i18n/zh-CN.ts the journey relies on.
const CHANNEL_HOTLINE: &str = "服务热线";
const CATEGORY_PAY: &str = "劳动报酬、工伤医疗费、经济补偿或者赔偿金";
const CATEGORY_DISMISSAL: &str = "除名、辞退和辞职、离职";
const EVENT_SERVED: &str = "被申请人收到申请书副本";
const INTAKE_OPEN: &str = "待转办";
const INTAKE_TRANSFERRED: &str = "已转办";
const INTAKE_CLOSED: &str = "已办结";
const CASE_RECEIVED: &str = "已收件";
const CASE_ACCEPTED: &str = "已受理";
const DEADLINE_EXPIRED: &str = "已届满";
const MSG_LATE: &str = "另行申请仲裁";
const OPEN_ORIGINAL: &str = "打开原案";
const MERGED: &str = "已合并审理";
const NOT_MERGED: &str = "未合并";

/// The message box's 作为新案件登记 button (a class: the box is built by ElMessageBox).
const LATE_AS_NEW: &str = "[data-testid=\"counterclaim-late-as-new\"], \
                           .el-message-box__btns .counterclaim-late-as-new";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hotline_request_to_merged_counterclaim() {
    let started = std::time::Instant::now();
    let app = App::launch("case-files").await;
    app.run_within(JOURNEY_TIMEOUT, journey(&app)).await;
    app.finish().await;
    eprintln!(
        "[e2e] case-file journey passed in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}

async fn journey(app: &App) {
    let today = Day::today();
    let year = &today.iso()[..4];

    // 1. The first administrator, on the workbench.
    set_up_first_admin(app, &ADMIN).await;

    // 2.–4. The hotline request, its transfer, and the case it becomes.
    let intake_no = register_hotline_request(app, year).await;
    transfer_to_institute(app, today).await;
    convert_to_case(app, &intake_no).await;

    // 5. Acceptance allocates the first case number of the year.
    let case_no = accept(app, None).await;
    let expected_no = format!("劳人仲案字〔{year}〕第1号");
    app.ensure(case_no.contains(&expected_no), || {
        format!("the first accepted case should be numbered {expected_no}, got {case_no:?}")
    })
    .await;
    app.shot("case-accepted").await;

    // 6. The respondent received the application today: the defense period runs.
    record_event(app, EVENT_SERVED, today).await;
    let t5 = app.text(&tid("clock-row-T5")).await;
    let t5_due = dates_in(&t5)
        .into_iter()
        .find(|d| d.as_str() > today.iso().as_str());
    app.ensure(t5_due.is_some(), || {
        format!("the T5 (答辩期) row should show a due date after today: {t5:?}")
    })
    .await;
    app.shot("clock-defense-period").await;

    // 7. The employer's counterclaim, filed in time, is accepted and merged.
    let counter_no = file_counterclaim_in_time(app, today, &case_no).await;
    merge_counterclaim(app, &counter_no).await;

    // 8. The ledger nets both sides' claims.
    check_ledger(app).await;

    // 9. A counterclaim after the defense period of another case becomes a new case.
    late_counterclaim(app, today).await;
}

// --- 2.–4. intake ----------------------------------------------------------------------

/// 受理转办 → 登记 a hotline request; returns its number, shown on its page.
async fn register_hotline_request(app: &App, year: &str) -> String {
    app.click_id("nav-intake").await;
    app.click_id("intake-new").await;
    app.wait(&tid("intake-form-name")).await;
    app.choose("intake-form-channel", CHANNEL_HOTLINE).await;
    app.fill("intake-form-name", WORKER).await;
    app.fill("intake-form-mobile", WORKER_MOBILE).await;
    app.fill("intake-form-location", WORKER_LOCATION).await;
    app.fill("intake-form-employer", EMPLOYER).await;
    app.check("intake-category-pay_compensation").await;
    app.check("intake-category-dismissal").await;
    app.fill("intake-form-summary", SUMMARY).await;
    app.shot("intake-form-filled").await;
    app.click_id("intake-form-submit").await;

    let expected = format!("急难愁盼〔{year}〕第001号");
    let no = app.wait_text(&tid("intake-no"), &expected).await;
    app.wait_text(&tid("intake-status"), INTAKE_OPEN).await;
    app.shot("intake-registered").await;
    no.trim().to_owned()
}

/// 转办 to the institute with a responsible person and a due date.
async fn transfer_to_institute(app: &App, today: Day) {
    app.click_id("intake-transfer").await;
    app.wait(&tid("transfer-unit")).await;
    app.fill("transfer-unit", INSTITUTE).await;
    app.fill("transfer-person", RESPONSIBLE).await;
    app.pick_date("transfer-due", &today.plus(10).iso()).await;
    app.shot("intake-transfer-dialog").await;
    app.click_id("transfer-confirm").await;
    app.wait_gone(&tid("transfer-confirm")).await;
    app.wait_text(&tid("intake-status"), INTAKE_TRANSFERRED)
        .await;
    app.shot("intake-transferred").await;
}

/// 转为仲裁案件: the pre-filled application is completed and submitted; the case file
/// opens, and the request is closed.
async fn convert_to_case(app: &App, intake_no: &str) {
    app.click_id("intake-convert").await;
    app.wait(&tid("party-0-name")).await;
    let applicant = app.value("party-0-name").await;
    let respondent = app.value("party-1-name").await;
    app.ensure(applicant == WORKER && respondent == EMPLOYER, || {
        format!(
            "the application should be pre-filled with {WORKER} against {EMPLOYER}, \
             got {applicant:?} against {respondent:?}"
        )
    })
    .await;
    app.shot("case-form-prefilled").await;

    complete_worker(app, 0, WORKER_ID, WORKER_DOMICILE, WORKER_MAIL).await;
    complete_employer(app, 1, EMPLOYER_CODE).await;
    app.scroll_to(&tid("party-0")).await;
    app.shot("case-form-parties-completed").await;
    // One claim per category of the request, in the form's order.
    for i in 0..2 {
        let category = app.text(&tid(&format!("claim-{i}-category"))).await;
        let (description, amount) = if category.contains(CATEGORY_PAY) {
            (PAY_DESCRIPTION, PAY_AMOUNT)
        } else if category.contains(CATEGORY_DISMISSAL) {
            (DISMISSAL_DESCRIPTION, DISMISSAL_AMOUNT)
        } else {
            app.fail(format!("claim {i} has an unexpected category {category:?}"))
                .await
        };
        app.fill(&format!("claim-{i}-description"), description)
            .await;
        app.fill(&format!("claim-{i}-amount"), amount).await;
    }
    if app.value("case-form-facts").await.trim().is_empty() {
        app.fill("case-form-facts", SUMMARY).await;
    }
    app.check("case-form-no-evidence").await;
    app.shot("case-form-completed").await;
    app.click_id("case-form-submit").await;

    app.wait_text(&tid("case-status"), CASE_RECEIVED).await;
    app.ensure(!app.visible(&tid("case-missing")).await, || {
        "the converted case should lack nothing for acceptance".to_string()
    })
    .await;
    app.shot("case-file-received").await;

    // The request is closed now, and links to the case.
    app.click_id("nav-intake").await;
    let row = format!("tr:has({})", tid("intake-row-0"));
    app.wait_text(&row, intake_no).await;
    app.wait_text(&row, INTAKE_CLOSED).await;
    app.click_id("intake-row-0").await;
    app.wait_text(&tid("intake-no"), intake_no).await;
    app.wait_text(&tid("intake-status"), INTAKE_CLOSED).await;
    app.shot("intake-closed-after-conversion").await;
    app.click_id("intake-case-link").await;
    app.wait_text(&tid("case-status"), CASE_RECEIVED).await;
    app.wait_text(&tid("case-header"), WORKER).await;
}

// --- the case form ---------------------------------------------------------------------

/// Completes a natural person: ID number (with the sex and birth date read from it),
/// domicile and mailing address.
async fn complete_worker(app: &App, i: usize, id_number: &str, domicile: &str, mail: &str) {
    app.fill(&format!("party-{i}-id-number"), id_number).await;
    app.click_id(&format!("party-{i}-id-fill")).await;
    app.fill(&format!("party-{i}-domicile"), domicile).await;
    app.fill(&format!("party-{i}-mailing-address"), mail).await;
}

/// Completes an organization: credit code, legal representative, addresses, phone.
async fn complete_employer(app: &App, i: usize, credit_code: &str) {
    app.fill(&format!("party-{i}-credit-code"), credit_code)
        .await;
    app.fill(&format!("party-{i}-legal-rep-name"), EMPLOYER_REP)
        .await;
    app.fill(&format!("party-{i}-legal-rep-title"), EMPLOYER_REP_TITLE)
        .await;
    app.fill(&format!("party-{i}-domicile"), EMPLOYER_DOMICILE)
        .await;
    app.fill(&format!("party-{i}-mailing-address"), EMPLOYER_MAIL)
        .await;
    app.fill(&format!("party-{i}-phone"), EMPLOYER_PHONE).await;
}

/// Fills claim row `i` (adding it when the form has fewer rows).
async fn fill_claim(app: &App, i: usize, category: &str, description: &str, amount: &str) {
    let row = format!("claim-{i}-category");
    if !app.visible(&tid(&row)).await {
        app.click_id("claim-add").await;
    }
    app.choose(&row, category).await;
    app.fill(&format!("claim-{i}-description"), description)
        .await;
    app.fill(&format!("claim-{i}-amount"), amount).await;
}

// --- the case file ---------------------------------------------------------------------

/// 受理 on `date` (today when None); returns the case number shown in the header.
async fn accept(app: &App, date: Option<Day>) -> String {
    app.click_id("case-accept").await;
    app.wait(&tid("case-accept-date")).await;
    if let Some(day) = date {
        app.pick_date("case-accept-date", &day.iso()).await;
    }
    app.click_id("case-accept-confirm").await;
    app.wait_gone(&tid("case-accept-confirm")).await;
    app.wait_text(&tid("case-status"), CASE_ACCEPTED).await;
    let no = app.wait_text(&tid("case-header-no"), "第").await;
    no.trim().to_owned()
}

/// 期限 → 登记事项: records `kind` on `date`.
async fn record_event(app: &App, kind: &str, date: Day) {
    app.click_id("case-tab-clock").await;
    app.click_id("clock-record").await;
    app.wait(&tid("event-kind")).await;
    app.choose("event-kind", kind).await;
    app.pick_date("event-date", &date.iso()).await;
    app.click_id("event-confirm").await;
    app.wait_gone(&tid("event-confirm")).await;
    app.wait(&tid("clock-row-T5")).await;
}

// --- 7.–8. counterclaim, merge, ledger -------------------------------------------------

/// 反申请与合并审理 → 登记反申请 within the defense period: the form has the parties
/// reversed; the counterclaim is registered and accepted, and its file links back to
/// the original, which is opened again. Returns the counterclaim's case number.
async fn file_counterclaim_in_time(app: &App, today: Day, original_no: &str) -> String {
    app.click_id("case-tab-merge").await;
    app.wait(&tid("counterclaim-window")).await;
    app.shot("merge-tab-window-open").await;
    app.click_id("counterclaim-new").await;
    app.wait(&tid("party-0-name")).await;
    let applicant = app.value("party-0-name").await;
    let respondent = app.value("party-1-name").await;
    app.ensure(applicant == EMPLOYER && respondent == WORKER, || {
        format!(
            "the counterclaim should be pre-filled with {EMPLOYER} against {WORKER}, \
             got {applicant:?} against {respondent:?}"
        )
    })
    .await;
    app.shot("counterclaim-form-prefilled").await;
    fill_counterclaim(app, today).await;
    app.shot("counterclaim-form-filled").await;
    app.click_id("case-form-submit").await;

    // The counterclaim's own case file.
    app.wait_text(&tid("case-status"), CASE_RECEIVED).await;
    app.wait_text(&tid("case-header"), EMPLOYER).await;
    app.shot("counterclaim-received").await;
    let no = accept(app, None).await;
    // Its 反申请与合并审理 tab links to the case it answers.
    app.click_id("case-tab-merge").await;
    app.wait_text(&tid("counterclaim-of"), original_no).await;
    app.shot("counterclaim-accepted").await;
    app.click_text(&format!("{} button", tid("counterclaim-of")), OPEN_ORIGINAL)
        .await;
    app.wait_text(&tid("case-header-no"), original_no).await;
    no
}

/// Completes the counterclaim form: facts, the claim, no evidence, received today.
async fn fill_counterclaim(app: &App, today: Day) {
    if app.visible(&tid("case-form-received-on")).await {
        app.pick_date("case-form-received-on", &today.iso()).await;
    }
    if app.value("case-form-cause").await.trim().is_empty() {
        app.fill("case-form-cause", "赔偿经济损失纠纷").await;
    }
    app.fill("case-form-facts", COUNTER_FACTS).await;
    fill_claim(app, 0, CATEGORY_PAY, COUNTER_DESCRIPTION, COUNTER_AMOUNT).await;
    app.check("case-form-no-evidence").await;
}

/// On the original case: 合并审理 of the accepted counterclaim.
async fn merge_counterclaim(app: &App, counter_no: &str) {
    app.click_id("case-tab-merge").await;
    let row = tid("counterclaim-row-0");
    app.wait_text(&row, counter_no).await;
    app.wait_text(&row, CASE_ACCEPTED).await;
    app.wait_text(&tid("counterclaim-merged-0"), NOT_MERGED)
        .await;
    app.click_id("merge-open").await;
    app.wait_text(&tid("merge-member"), counter_no).await;
    app.shot("merge-dialog").await;
    app.click_id("merge-confirm").await;
    app.wait_gone(&tid("merge-confirm")).await;
    app.wait_text(&tid("counterclaim-merged-0"), MERGED).await;
    app.wait_text(&tid("ledger"), counter_no).await;
}

async fn check_ledger(app: &App) {
    app.wait(&tid("ledger")).await;
    let applicant = app.text(&tid("ledger-applicant-total")).await;
    let respondent = app.text(&tid("ledger-respondent-total")).await;
    let net = app.text(&tid("ledger-net")).await;
    app.scroll_to(&tid("ledger-net")).await;
    app.shot("ledger").await;
    app.ensure(applicant.contains("¥31,000.00"), || {
        format!("the applicant side should total ¥31,000.00: {applicant:?}")
    })
    .await;
    app.ensure(respondent.contains("¥8,000.00"), || {
        format!("the respondent side should total ¥8,000.00: {respondent:?}")
    })
    .await;
    app.ensure(net.contains("¥23,000.00"), || {
        format!("the net should be ¥23,000.00: {net:?}")
    })
    .await;
    let ledger = app.text(&tid("ledger")).await;
    for needle in [WORKER, EMPLOYER, COUNTER_DESCRIPTION] {
        app.ensure(ledger.contains(needle), || {
            format!("the ledger should name {needle:?}: {ledger:?}")
        })
        .await;
    }
}

// --- 9. late counterclaim --------------------------------------------------------------

async fn late_counterclaim(app: &App, today: Day) {
    // (Today 2026-11-29 these are 2026-09-21, -22 and -25.)
    let received = today.minus(69);
    let accepted = today.minus(68);
    let served = today.minus(65);

    // A second case, received two months ago, through the application form.
    app.click_id("nav-cases").await;
    app.click_id("cases-new").await;
    app.wait(&tid("party-0-name")).await;
    app.pick_date("case-form-received-on", &received.iso())
        .await;
    app.fill("case-form-cause", "追索劳动报酬纠纷").await;
    app.fill(
        "case-form-facts",
        "申请人在被申请人处从事货运司机工作，被申请人拖欠2026年6月至7月工资9800元。",
    )
    .await;
    app.fill("party-0-name", WORKER2).await;
    app.fill("party-0-mobile", WORKER2_MOBILE).await;
    complete_worker(
        app,
        0,
        WORKER2_ID,
        "甘肃省庆阳市西峰区南大街12号",
        "甘肃省庆阳市西峰区南大街12号2单元301室",
    )
    .await;
    app.fill("party-1-name", EMPLOYER2).await;
    complete_employer(app, 1, EMPLOYER2_CODE).await;
    fill_claim(
        app,
        0,
        CATEGORY_PAY,
        "请求裁决被申请人支付拖欠工资9800元",
        "9800",
    )
    .await;
    app.check("case-form-no-evidence").await;
    app.shot("second-case-form").await;
    app.click_id("case-form-submit").await;
    app.wait_text(&tid("case-status"), CASE_RECEIVED).await;
    let second_no = accept(app, Some(accepted)).await;
    record_event(app, EVENT_SERVED, served).await;
    app.wait_text(&tid("clock-status-T5"), DEADLINE_EXPIRED)
        .await;
    app.shot("second-case-defense-expired").await;

    // Its counterclaim, received today, after the defense period.
    app.click_id("case-tab-merge").await;
    app.wait_text(&tid("counterclaim-window"), DEADLINE_EXPIRED)
        .await;
    app.click_id("counterclaim-new").await;
    app.wait(&tid("party-0-name")).await;
    let applicant = app.value("party-0-name").await;
    app.ensure(applicant == EMPLOYER2, || {
        format!("the counterclaim's applicant should be {EMPLOYER2}, got {applicant:?}")
    })
    .await;
    fill_counterclaim(app, today).await;
    app.click_id("case-form-submit").await;
    let refusal = app.wait_text_any(".el-message-box", MSG_LATE).await;
    app.wait(LATE_AS_NEW).await;
    // The box fades in.
    tokio::time::sleep(Duration::from_millis(400)).await;
    app.shot("late-counterclaim-refused").await;
    eprintln!("[e2e] late counterclaim refused: {refusal:?}");
    app.click(LATE_AS_NEW).await;

    // A case of its own: received, then accepted with the next number, and not a
    // counterclaim of the second case (no link to a case it answers).
    app.wait_text(&tid("case-status"), CASE_RECEIVED).await;
    let header = app.text(&tid("case-header")).await;
    app.ensure(
        header.contains(EMPLOYER2) && !header.contains(&second_no),
        || format!("a separate case of {EMPLOYER2} should open: {header:?}"),
    )
    .await;
    app.shot("late-counterclaim-as-new-case").await;
    let new_no = accept(app, None).await;
    let expected_no = format!("劳人仲案字〔{year}〕第4号", year = &today.iso()[..4]);
    app.ensure(new_no.contains(&expected_no), || {
        format!("the new case should be numbered {expected_no}, got {new_no:?}")
    })
    .await;
    app.click_id("case-tab-merge").await;
    app.wait(&tid("counterclaim-window")).await;
    app.ensure(!app.visible(&tid("counterclaim-of")).await, || {
        "the late counterclaim registered as a new case must not link to a case it answers"
            .to_string()
    })
    .await;
    app.shot("new-case-without-counterclaim-link").await;
}

// --- dates -----------------------------------------------------------------------------

/// The `YYYY-MM-DD` dates in `text`, in order.
fn dates_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for w in chars.windows(10) {
        let ok = w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == '-',
            _ => c.is_ascii_digit(),
        });
        if ok {
            out.push(w.iter().collect());
        }
    }
    out
}
