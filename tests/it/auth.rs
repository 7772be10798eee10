use crate::support::{PASSWORD, TestDb, by_mobile, by_username, new_user};
use time::Duration;
use yunting::ErrorCode;
use yunting::actor::Role;
use yunting::auth::{self, UserStatus};

#[tokio::test]
async fn an_empty_database_asks_for_the_first_administrator_once() {
    let db = TestDb::new().await;
    assert!(
        auth::setup_status(&db.core)
            .await
            .unwrap()
            .needs_first_admin
    );
    let admin = auth::create_first_admin(&db.core, new_user("admin", "13800138000", "王主任"))
        .await
        .unwrap();
    assert_eq!(admin.role, Role::Admin);
    assert!(
        !auth::setup_status(&db.core)
            .await
            .unwrap()
            .needs_first_admin
    );

    let again = auth::create_first_admin(&db.core, new_user("second", "13900000000", "李"))
        .await
        .unwrap_err();
    assert_eq!(again.code, ErrorCode::PreconditionFailed);
}

#[tokio::test]
async fn signs_in_by_username_and_by_mobile_in_any_common_spelling() {
    let (db, _) = TestDb::with_admin().await;
    let by_name = auth::sign_in(&db.core, by_username("ADMIN", PASSWORD))
        .await
        .unwrap();
    assert_eq!(by_name.display_name, "王主任");
    let by_phone = auth::sign_in(&db.core, by_mobile("+86 138-0013-8000", PASSWORD))
        .await
        .unwrap();
    assert_eq!(by_phone.id, by_name.id);
}

#[tokio::test]
async fn wrong_password_and_unknown_account_give_the_same_answer() {
    let (db, _) = TestDb::with_admin().await;
    let wrong = auth::sign_in(&db.core, by_username("admin", "not-the-password"))
        .await
        .unwrap_err();
    let unknown = auth::sign_in(&db.core, by_username("nobody", PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(wrong.code, ErrorCode::Unauthenticated);
    assert_eq!(
        (wrong.reason.as_str(), wrong.message.as_str()),
        (unknown.reason.as_str(), unknown.message.as_str())
    );
}

#[tokio::test]
async fn a_malformed_mobile_is_a_field_error_on_the_identifier() {
    let (db, _) = TestDb::with_admin().await;
    let err = auth::sign_in(&db.core, by_mobile("12345", PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.field.as_deref(), Some("identifier"));
}

#[tokio::test]
async fn registration_creates_a_pending_account_that_cannot_sign_in_until_approved() {
    let (db, admin) = TestDb::with_admin().await;
    let pending = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    assert_eq!(pending.status, UserStatus::Pending);
    assert_eq!(pending.role, None);

    let refused = auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(refused.reason, "account_pending");

    let approved = auth::approve_user(&db.core, &admin, &pending.id, Role::Clerk)
        .await
        .unwrap();
    assert_eq!(
        (approved.status, approved.role),
        (UserStatus::Active, Some(Role::Clerk))
    );
    let session = auth::sign_in(&db.core, by_mobile("13912345678", PASSWORD))
        .await
        .unwrap();
    assert_eq!(session.role, Role::Clerk);
}

#[tokio::test]
async fn registration_rejects_bad_fields_and_duplicates_without_writing() {
    let (db, admin) = TestDb::with_admin().await;
    let mut short = new_user("zhaoli", "13912345678", "赵丽");
    short.password = "1234567".into();
    assert_eq!(
        auth::register(&db.core, short)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("password")
    );
    let bad_mobile = auth::register(&db.core, new_user("zhaoli", "1391234567", "赵丽"))
        .await
        .unwrap_err();
    assert_eq!(bad_mobile.field.as_deref(), Some("mobile"));
    let taken_name = auth::register(&db.core, new_user("Admin", "13912345678", "赵丽"))
        .await
        .unwrap_err();
    assert_eq!(
        (taken_name.code, taken_name.field.as_deref()),
        (ErrorCode::Conflict, Some("username"))
    );
    let taken_mobile = auth::register(&db.core, new_user("zhaoli", "13800138000", "赵丽"))
        .await
        .unwrap_err();
    assert_eq!(
        (taken_mobile.code, taken_mobile.field.as_deref()),
        (ErrorCode::Conflict, Some("mobile"))
    );
    assert_eq!(auth::list_users(&db.core, &admin).await.unwrap().len(), 1);
}

#[tokio::test]
async fn five_wrong_passwords_lock_the_account_for_fifteen_minutes() {
    let (db, _) = TestDb::with_admin().await;
    for attempt in 1..=4 {
        let err = auth::sign_in(&db.core, by_username("admin", "wrong-password"))
            .await
            .unwrap_err();
        assert_eq!(err.reason, "bad_credentials", "attempt {attempt}");
    }
    let fifth = auth::sign_in(&db.core, by_username("admin", "wrong-password"))
        .await
        .unwrap_err();
    assert_eq!(fifth.code, ErrorCode::AccountLocked);

    // Locked: even the right password is refused, by either sign-in method.
    let right = auth::sign_in(&db.core, by_mobile("13800138000", PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(right.code, ErrorCode::AccountLocked);
    assert!(right.message.contains("15 分钟"), "{}", right.message);

    db.clock
        .advance(Duration::minutes(14) + Duration::seconds(59));
    assert_eq!(
        auth::sign_in(&db.core, by_username("admin", PASSWORD))
            .await
            .unwrap_err()
            .code,
        ErrorCode::AccountLocked
    );
    db.clock.advance(Duration::seconds(1));
    auth::sign_in(&db.core, by_username("admin", PASSWORD))
        .await
        .expect("lock expired");
}

#[tokio::test]
async fn after_the_lock_expires_the_count_starts_again() {
    let (db, _) = TestDb::with_admin().await;
    for _ in 0..5 {
        let _ = auth::sign_in(&db.core, by_username("admin", "wrong-password")).await;
    }
    db.clock.advance(Duration::minutes(16));
    let err = auth::sign_in(&db.core, by_username("admin", "wrong-password"))
        .await
        .unwrap_err();
    assert_eq!(
        err.reason, "bad_credentials",
        "one failure after expiry does not re-lock"
    );
    auth::sign_in(&db.core, by_username("admin", PASSWORD))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_successful_sign_in_resets_the_failure_count() {
    let (db, admin) = TestDb::with_admin().await;
    for _ in 0..4 {
        let _ = auth::sign_in(&db.core, by_username("admin", "wrong-password")).await;
    }
    auth::sign_in(&db.core, by_username("admin", PASSWORD))
        .await
        .unwrap();
    for _ in 0..4 {
        let _ = auth::sign_in(&db.core, by_username("admin", "wrong-password")).await;
    }
    auth::sign_in(&db.core, by_username("admin", PASSWORD))
        .await
        .expect("never five in a row");
    let me = &auth::list_users(&db.core, &admin).await.unwrap()[0];
    assert_eq!(me.failed_attempts, 0);
}

#[tokio::test]
async fn an_admin_password_reset_lifts_a_lock() {
    let (db, admin) = TestDb::with_admin().await;
    let user = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &user.id, Role::Arbitrator)
        .await
        .unwrap();
    for _ in 0..5 {
        let _ = auth::sign_in(&db.core, by_username("zhaoli", "wrong-password")).await;
    }
    let locked = auth::list_users(&db.core, &admin)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.id == user.id)
        .unwrap();
    assert!(locked.locked_until.is_some());

    auth::reset_password(&db.core, &admin, &user.id, "NewSecret-88")
        .await
        .unwrap();
    auth::sign_in(&db.core, by_username("zhaoli", "NewSecret-88"))
        .await
        .unwrap();
    assert_eq!(
        auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
            .await
            .unwrap_err()
            .reason,
        "bad_credentials"
    );
}

#[tokio::test]
async fn disabling_an_account_ends_its_session_and_blocks_sign_in() {
    let (db, admin) = TestDb::with_admin().await;
    let user = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &user.id, Role::Clerk)
        .await
        .unwrap();
    let session = auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
        .await
        .unwrap();
    auth::actor_for(&db.core, &session.id).await.unwrap();

    auth::disable_user(&db.core, &admin, &user.id)
        .await
        .unwrap();
    assert_eq!(
        auth::actor_for(&db.core, &session.id)
            .await
            .unwrap_err()
            .code,
        ErrorCode::Unauthenticated
    );
    assert_eq!(
        auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
            .await
            .unwrap_err()
            .reason,
        "account_disabled"
    );
    auth::enable_user(&db.core, &admin, &user.id).await.unwrap();
    auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
        .await
        .unwrap();
}

#[tokio::test]
async fn only_admins_manage_users() {
    let (db, admin) = TestDb::with_admin().await;
    let user = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &user.id, Role::Clerk)
        .await
        .unwrap();
    let clerk = db
        .actor(
            &auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
                .await
                .unwrap(),
        )
        .await;

    assert_eq!(
        auth::list_users(&db.core, &clerk).await.unwrap_err().code,
        ErrorCode::Forbidden
    );
    assert_eq!(
        auth::change_role(&db.core, &clerk, &user.id, Role::Admin)
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
    assert_eq!(
        auth::reset_password(&db.core, &clerk, &admin.user_id.to_string(), "Hijacked-123")
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
}

#[tokio::test]
async fn the_last_active_administrator_cannot_be_demoted_or_disabled() {
    let (db, admin) = TestDb::with_admin().await;
    let me = admin.user_id.to_string();
    let err = auth::change_role(&db.core, &admin, &me, Role::Clerk)
        .await
        .unwrap_err();
    assert_eq!(err.reason, "last_admin");
    assert_eq!(
        auth::disable_user(&db.core, &admin, &me)
            .await
            .unwrap_err()
            .reason,
        "cannot_disable_self"
    );

    let second = auth::register(&db.core, new_user("deputy", "13912345678", "副主任"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &second.id, Role::Admin)
        .await
        .unwrap();
    auth::change_role(&db.core, &admin, &me, Role::Arbitrator)
        .await
        .expect("another admin remains");
}

#[tokio::test]
async fn users_change_their_own_password_only_with_the_old_one() {
    let (db, admin) = TestDb::with_admin().await;
    let err = auth::change_own_password(&db.core, &admin, "wrong-old", "Another-Pass-1")
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("oldPassword"));
    auth::change_own_password(&db.core, &admin, PASSWORD, "Another-Pass-1")
        .await
        .unwrap();
    auth::sign_in(&db.core, by_username("admin", "Another-Pass-1"))
        .await
        .unwrap();
}

#[tokio::test]
async fn the_roster_lists_active_arbitrators_and_clerks_for_staff_only() {
    let (db, admin) = TestDb::with_admin().await;
    for (name, mobile, role) in [
        ("arb", "13700000001", Role::Arbitrator),
        ("clk", "13700000002", Role::Clerk),
        ("med", "13700000003", Role::Mediator),
    ] {
        let u = auth::register(&db.core, new_user(name, mobile, name))
            .await
            .unwrap();
        auth::approve_user(&db.core, &admin, &u.id, role)
            .await
            .unwrap();
    }
    auth::register(&db.core, new_user("waiting", "13700000004", "待审"))
        .await
        .unwrap();
    let roster = auth::roster(&db.core, &admin).await.unwrap();
    let roles: Vec<(String, Role)> = roster
        .into_iter()
        .map(|r| (r.display_name, r.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("arb".to_owned(), Role::Arbitrator),
            ("clk".to_owned(), Role::Clerk)
        ]
    );
    let mediator = db
        .actor(
            &auth::sign_in(&db.core, by_username("med", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    assert_eq!(
        auth::roster(&db.core, &mediator).await.unwrap_err().code,
        ErrorCode::Forbidden
    );
}
