use std::sync::Arc;
use tempfile::TempDir;
use time::macros::datetime;
use yunting::auth::{self, NewUser, SessionUser, SignInMethod, SignInRequest};
use yunting::clock::ManualClock;
use yunting::{Actor, Core, actor::Role};

/// A database file in its own temporary directory, with a clock the test moves.
pub struct TestDb {
    pub core: Core,
    pub clock: Arc<ManualClock>,
    pub dir: TempDir,
}

impl TestDb {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let clock = Arc::new(ManualClock::new(datetime!(2026-11-30 01:00 UTC)));
        let core = Core::open_with_clock(&dir.path().join("yunting.db"), clock.clone())
            .await
            .expect("open");
        Self { core, clock, dir }
    }

    /// The first administrator, `admin` / `13800138000`.
    pub async fn with_admin() -> (Self, Actor) {
        let db = Self::new().await;
        let session =
            auth::create_first_admin(&db.core, new_user("admin", "13800138000", "王主任"))
                .await
                .expect("first admin");
        let actor = db.actor(&session).await;
        (db, actor)
    }

    pub async fn actor(&self, session: &SessionUser) -> Actor {
        auth::actor_for(&self.core, &session.id)
            .await
            .expect("actor")
    }
}

pub const PASSWORD: &str = "Yunting#2026";

pub fn new_user(username: &str, mobile: &str, name: &str) -> NewUser {
    NewUser {
        username: username.into(),
        mobile: mobile.into(),
        display_name: name.into(),
        password: PASSWORD.into(),
    }
}

pub fn by_username(username: &str, password: &str) -> SignInRequest {
    SignInRequest {
        method: SignInMethod::Username,
        identifier: username.into(),
        password: password.into(),
    }
}

pub fn by_mobile(mobile: &str, password: &str) -> SignInRequest {
    SignInRequest {
        method: SignInMethod::Mobile,
        identifier: mobile.into(),
        password: password.into(),
    }
}

/// Registers `username` (mobile derived from a counter in the name's hash), has the
/// admin approve it with `role`, signs it in and returns its actor.
pub async fn user_with_role(db: &TestDb, admin: &Actor, username: &str, role: Role) -> Actor {
    let n: u32 = username.bytes().map(u32::from).sum::<u32>() % 100_000_000;
    let mobile = format!("139{n:08}");
    let user = auth::register(&db.core, new_user(username, &mobile, username))
        .await
        .expect("register");
    auth::approve_user(&db.core, admin, &user.id, role)
        .await
        .expect("approve");
    db.actor(
        &auth::sign_in(&db.core, by_username(username, PASSWORD))
            .await
            .expect("sign in"),
    )
    .await
}
