//! The foundation journey, in one app instance on one fresh database (the app is
//! single-instance): first-run administrator setup, both sign-in modes, registration,
//! approval by the administrator, the new clerk's first sign-in, and the lockout after
//! five wrong passwords.

use std::time::Duration;

use crate::harness::{App, input, tid};
use crate::steps::{
    ADMIN, at_login, set_up_first_admin, sign_in_by_mobile, sign_in_by_username, sign_out,
    signed_in_as,
};

const ADMIN_USER: &str = ADMIN.username;
const ADMIN_NAME: &str = ADMIN.display_name;
const ADMIN_MOBILE: &str = ADMIN.mobile;
const ADMIN_PASSWORD: &str = ADMIN.password;

const CLERK_USER: &str = "lijing";
const CLERK_NAME: &str = "李静";
const CLERK_MOBILE: &str = "139 1234 5678"; // typed with spaces, as people do
const CLERK_PASSWORD: &str = "Shuji@2025";

/// The whole journey; a WebDriver call that never answers fails the test here.
const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);

// Texts of ui/src/i18n/zh-CN.ts the journey relies on.
const MSG_BAD_CREDENTIALS: &str = "账号或密码不正确";
const MSG_PENDING: &str = "审核";
const MSG_LOCKED: &str = "已锁定";
const STATUS_PENDING: &str = "待审核";
const STATUS_ACTIVE: &str = "正常";

/// Submits the username form and waits for the answer to arrive: the submit button has
/// left its loading state and the error alert is shown. Returns the alert text.
async fn failed_username_sign_in(app: &App, username: &str, password: &str) -> String {
    // Mark the alert currently shown (if any), to tell a fresh answer from the old one.
    app.client
        .execute(
            "document.querySelectorAll('[data-testid=\"login-error\"]')\
             .forEach(e => e.setAttribute('data-e2e-stale', '1'));",
            vec![],
        )
        .await
        .expect("mark stale alert");
    sign_in_by_username(app, username, password).await;
    app.wait_not_class(&tid("login-username-submit"), "is-loading")
        .await;
    let fresh = format!("{}:not([data-e2e-stale])", tid("login-error"));
    let text = if app.wait_any(&[&fresh, &tid("topbar-user")]).await == 0 {
        app.text(&fresh).await
    } else {
        app.fail(format!("{username} was signed in with a wrong password"))
            .await
    };
    app.ensure(!app.visible(&tid("topbar-user")).await, || {
        format!("signed in although the sign-in was refused: {text}")
    })
    .await;
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_run_to_lockout() {
    let started = std::time::Instant::now();
    let app = App::launch("first-run").await;
    app.run_within(JOURNEY_TIMEOUT, journey(&app)).await;
    app.finish().await;
    eprintln!(
        "[e2e] journey passed in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}

async fn journey(app: &App) {
    // 1. An empty database asks for the first administrator, who is then signed in
    //    with the admin pages in the sidebar.
    set_up_first_admin(app, &ADMIN).await;

    // 2. Sign out; the sign-in page comes back, and no setup any more.
    sign_out(app).await;
    app.ensure(!app.visible(&input("setup-username")).await, || {
        "the administrator setup is shown again after the administrator exists".to_string()
    })
    .await;
    app.shot("signed-out").await;

    // 3. Sign in by username.
    sign_in_by_username(app, ADMIN_USER, ADMIN_PASSWORD).await;
    signed_in_as(app, ADMIN_NAME).await;
    app.wait(&tid("workbench-welcome")).await;
    app.shot("admin-signed-in-by-username").await;
    sign_out(app).await;

    // 4. Sign in by mobile, on the second tab.
    app.click("#tab-mobile").await;
    app.wait(&input("login-mobile")).await;
    app.shot("login-mobile-tab").await;
    sign_in_by_mobile(app, ADMIN_MOBILE, ADMIN_PASSWORD).await;
    signed_in_as(app, ADMIN_NAME).await;
    app.shot("admin-signed-in-by-mobile").await;
    sign_out(app).await;

    // 5. A new member of staff registers; the account waits for approval.
    app.click_id("login-register-link").await;
    app.wait(&input("register-username")).await;
    app.fill("register-username", CLERK_USER).await;
    app.fill("register-display-name", CLERK_NAME).await;
    app.fill("register-mobile", CLERK_MOBILE).await;
    app.fill("register-password", CLERK_PASSWORD).await;
    app.fill("register-password-confirm", CLERK_PASSWORD).await;
    app.shot("register-filled").await;
    app.click_id("register-submit").await;
    let success = app.wait_text(&tid("register-success"), "审核").await;
    app.ensure(success.contains(CLERK_USER), || {
        format!("the success panel should name the username {CLERK_USER}: {success:?}")
    })
    .await;
    app.shot("register-success").await;
    app.click_id("register-back-to-login").await;
    at_login(app).await;

    // 6. The pending account cannot sign in yet.
    let refused = failed_username_sign_in(app, CLERK_USER, CLERK_PASSWORD).await;
    app.ensure(refused.contains(MSG_PENDING), || {
        format!("a pending account should be told it awaits approval, got: {refused:?}")
    })
    .await;
    app.shot("pending-user-refused").await;

    // 7. The administrator approves the registration as a clerk (书记员).
    sign_in_by_username(app, ADMIN_USER, ADMIN_PASSWORD).await;
    signed_in_as(app, ADMIN_NAME).await;
    app.click_id("nav-admin-users").await;
    // `user-row-<username>` marks the username cell; the whole table row holds it.
    let row = format!("tr:has({})", tid(&format!("user-row-{CLERK_USER}")));
    let row_text = app.text(&row).await;
    app.ensure(
        row_text.contains(CLERK_NAME) && row_text.contains("13912345678"),
        || format!("the row should show the name and the normalised mobile: {row_text:?}"),
    )
    .await;
    let status = tid(&format!("user-status-{CLERK_USER}"));
    app.wait_text(&status, STATUS_PENDING).await;
    app.shot("users-pending").await;
    app.click_id(&format!("user-approve-{CLERK_USER}")).await;
    app.click_id("approve-role-clerk").await;
    app.shot("approve-dialog-clerk").await;
    app.click_id("approve-confirm").await;
    app.wait_gone(&tid("approve-confirm")).await;
    app.wait_text(&status, STATUS_ACTIVE).await;
    let row_text = app.text(&row).await;
    app.ensure(row_text.contains("书记员"), || {
        format!("the approved user should show the role 书记员: {row_text:?}")
    })
    .await;
    app.ensure(
        !app.visible(&tid(&format!("user-approve-{CLERK_USER}")))
            .await,
        || "the approve button should be gone once approved".to_string(),
    )
    .await;
    app.shot("users-approved").await;
    sign_out(app).await;

    // 8. The new clerk signs in and sees the workbench, without the admin pages.
    sign_in_by_username(app, CLERK_USER, CLERK_PASSWORD).await;
    signed_in_as(app, CLERK_NAME).await;
    app.wait(&tid("workbench-welcome")).await;
    app.ensure(!app.visible(&tid("nav-admin-users")).await, || {
        "a clerk must not see user management".to_string()
    })
    .await;
    app.shot("clerk-workbench").await;
    sign_out(app).await;

    // 9. Five wrong passwords lock the account ...
    let mut last = String::new();
    for attempt in 1..=5 {
        last = failed_username_sign_in(app, CLERK_USER, "wrong-password-1").await;
        if attempt < 5 {
            app.ensure(last.contains(MSG_BAD_CREDENTIALS), || {
                format!("attempt {attempt}: expected the wrong-password message, got {last:?}")
            })
            .await;
        }
    }
    app.shot("wrong-password-five-times").await;
    app.ensure(last.contains(MSG_LOCKED), || {
        format!("the fifth wrong password should lock the account, got {last:?}")
    })
    .await;

    // ... and then even the right password is refused with the lock message.
    let locked = failed_username_sign_in(app, CLERK_USER, CLERK_PASSWORD).await;
    app.ensure(locked.contains(MSG_LOCKED), || {
        format!(
            "the right password after five wrong ones should meet the lock message, got {locked:?}"
        )
    })
    .await;
    app.shot("locked-right-password-refused").await;
}
