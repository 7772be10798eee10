//! Steps every journey shares: the first administrator's setup on an empty database,
//! signing in (by username or by mobile) and signing out.

use crate::harness::{App, CONFIRM_BOX, input, tid};

/// A member of staff as the journeys type them in.
pub struct Account {
    pub username: &'static str,
    pub display_name: &'static str,
    pub mobile: &'static str,
    pub password: &'static str,
}

/// The administrator each journey creates on its fresh database.
pub const ADMIN: Account = Account {
    username: "admin",
    display_name: "王管理",
    mobile: "13800138000",
    password: "Yunting#2025",
};

/// On an empty database the app asks for the first administrator: fills the form
/// (screenshots `setup-empty`, `setup-filled`), and lands signed in on the workbench with
/// the admin pages in the sidebar (screenshot `admin-workbench-after-setup`).
pub async fn set_up_first_admin(app: &App, admin: &Account) {
    app.wait(&input("setup-username")).await;
    app.ensure(!app.visible(&tid("login-register-link")).await, || {
        "sign-in page shown on an empty database instead of the administrator setup".to_string()
    })
    .await;
    app.shot("setup-empty").await;
    app.fill("setup-username", admin.username).await;
    app.fill("setup-display-name", admin.display_name).await;
    app.fill("setup-mobile", admin.mobile).await;
    app.fill("setup-password", admin.password).await;
    app.fill("setup-password-confirm", admin.password).await;
    app.shot("setup-filled").await;
    app.click_id("setup-submit").await;

    signed_in_as(app, admin.display_name).await;
    app.wait(&tid("workbench-welcome")).await;
    app.wait(&tid("nav-admin-users")).await;
    app.wait(&tid("nav-admin-audit")).await;
    app.shot("admin-workbench-after-setup").await;
}

/// Waits for the sign-in page (username tab is the default).
pub async fn at_login(app: &App) {
    app.wait(&input("login-username")).await;
    app.wait(&tid("login-register-link")).await;
    app.ensure(!app.visible(&tid("topbar-user")).await, || {
        "the top bar is still shown on the sign-in page".to_string()
    })
    .await;
}

pub async fn sign_in_by_username(app: &App, username: &str, password: &str) {
    if !app.visible(&input("login-username")).await {
        app.click("#tab-username").await;
    }
    app.fill("login-username", username).await;
    app.fill("login-username-password", password).await;
    app.click_id("login-username-submit").await;
}

pub async fn sign_in_by_mobile(app: &App, mobile: &str, password: &str) {
    app.click("#tab-mobile").await;
    app.fill("login-mobile", mobile).await;
    app.fill("login-mobile-password", password).await;
    app.click_id("login-mobile-submit").await;
}

/// Waits for the main layout with `display_name` in the top bar.
pub async fn signed_in_as(app: &App, display_name: &str) {
    app.wait_text(&tid("topbar-user"), display_name).await;
    app.wait(&tid("nav-workbench")).await;
}

pub async fn sign_out(app: &App) {
    if app.visible(&tid("topbar-signout")).await {
        app.click_id("topbar-signout").await;
    } else {
        // Sign-out may sit in the user's dropdown menu.
        app.menu("topbar-user", "topbar-signout").await;
    }
    if app.wait_any(&[&input("login-username"), CONFIRM_BOX]).await == 1 {
        app.click(CONFIRM_BOX).await;
    }
    at_login(app).await;
}
