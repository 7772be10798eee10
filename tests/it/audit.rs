use crate::support::{PASSWORD, TestDb, by_username, new_user};
use yunting::ErrorCode;
use yunting::actor::Role;
use yunting::audit::{self, AuditQuery};
use yunting::auth;

#[tokio::test]
async fn every_account_change_writes_an_audit_row() {
    let (db, admin) = TestDb::with_admin().await;
    let user = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &user.id, Role::Clerk)
        .await
        .unwrap();
    let _ = auth::sign_in(&db.core, by_username("zhaoli", "wrong-password")).await;
    auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
        .await
        .unwrap();

    let page = audit::list(
        &db.core,
        &admin,
        AuditQuery {
            offset: 0,
            limit: 50,
        },
    )
    .await
    .unwrap();
    let actions: Vec<&str> = page
        .entries
        .iter()
        .rev()
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "auth.first_admin_created",
            "auth.registered",
            "user.approved",
            "auth.sign_in_failed",
            "auth.sign_in"
        ]
    );
    assert_eq!(page.total, 5);
    let approval = &page.entries[2];
    assert_eq!(approval.actor_label, "王主任（admin）");
    assert!(approval.summary.contains("书记员"), "{}", approval.summary);
}

#[tokio::test]
async fn a_failed_change_writes_no_audit_row() {
    let (db, admin) = TestDb::with_admin().await;
    let _ = auth::register(&db.core, new_user("admin", "13912345678", "重名"))
        .await
        .unwrap_err();
    let page = audit::list(
        &db.core,
        &admin,
        AuditQuery {
            offset: 0,
            limit: 50,
        },
    )
    .await
    .unwrap();
    assert_eq!(page.total, 1);
}

#[tokio::test]
async fn an_intact_chain_verifies() {
    let (db, admin) = TestDb::with_admin().await;
    for i in 0..10 {
        auth::register(
            &db.core,
            new_user(&format!("user{i}"), &format!("139000000{i:02}"), "测试"),
        )
        .await
        .unwrap();
    }
    let v = audit::verify(&db.core, &admin).await.unwrap();
    assert!(v.ok);
    assert_eq!(v.checked, 11);
    assert_eq!(v.first_broken, None);
}

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes() {
    let (db, _) = TestDb::with_admin().await;
    assert!(
        sqlx::query("UPDATE audit_log SET summary = 'x'")
            .execute(db.core.pool())
            .await
            .is_err()
    );
    assert!(
        sqlx::query("DELETE FROM audit_log")
            .execute(db.core.pool())
            .await
            .is_err()
    );
}

/// Tampering needs someone to drop the guards first, as an attacker with the file would.
async fn tamper(db: &TestDb, statement: &'static str) {
    let mut tx = db.core.pool().begin().await.unwrap();
    sqlx::query("DROP TRIGGER audit_log_no_update")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query("DROP TRIGGER audit_log_no_delete")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(statement).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
}

async fn five_rows() -> (TestDb, yunting::Actor) {
    let (db, admin) = TestDb::with_admin().await;
    for i in 0..4 {
        auth::register(
            &db.core,
            new_user(&format!("user{i}"), &format!("1390000000{i}"), "测试"),
        )
        .await
        .unwrap();
    }
    (db, admin)
}

#[tokio::test]
async fn an_edited_summary_is_reported_at_its_row() {
    let (db, admin) = five_rows().await;
    tamper(
        &db,
        "UPDATE audit_log SET summary = '无事发生' WHERE seq = 3",
    )
    .await;
    let v = audit::verify(&db.core, &admin).await.unwrap();
    assert!(!v.ok);
    assert_eq!(v.checked, 2);
    let broken = v.first_broken.unwrap();
    assert_eq!(broken.seq, 3);
    assert!(broken.reason.contains("改动"), "{}", broken.reason);
}

#[tokio::test]
async fn a_deleted_row_is_reported_at_the_next_one() {
    let (db, admin) = five_rows().await;
    tamper(&db, "DELETE FROM audit_log WHERE seq = 2").await;
    let v = audit::verify(&db.core, &admin).await.unwrap();
    assert_eq!(v.first_broken.unwrap().seq, 3);
}

#[tokio::test]
async fn a_rehashed_row_is_still_caught_by_the_next_link() {
    let (db, admin) = five_rows().await;
    // Recomputing one row's own hash is not enough: the next row names the old one.
    tamper(
        &db,
        "UPDATE audit_log SET hash = 'ffff' || substr(hash, 5) WHERE seq = 4",
    )
    .await;
    let v = audit::verify(&db.core, &admin).await.unwrap();
    assert_eq!(v.first_broken.unwrap().seq, 4);
}

#[tokio::test]
async fn only_admins_read_or_verify_the_audit_log() {
    let (db, admin) = TestDb::with_admin().await;
    let user = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &user.id, Role::Arbitrator)
        .await
        .unwrap();
    let arbitrator = db
        .actor(
            &auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    assert_eq!(
        audit::verify(&db.core, &arbitrator).await.unwrap_err().code,
        ErrorCode::Forbidden
    );
    assert_eq!(
        audit::list(
            &db.core,
            &arbitrator,
            AuditQuery {
                offset: 0,
                limit: 20
            }
        )
        .await
        .unwrap_err()
        .code,
        ErrorCode::Forbidden
    );
}

#[tokio::test]
async fn a_case_history_is_readable_by_its_staff_but_other_logs_are_not() {
    let (db, admin) = TestDb::with_admin().await;
    let file = yunting::cases::create(&db.core, &admin, crate::cases::seed_application())
        .await
        .unwrap();
    yunting::cases::accept(&db.core, &admin, &file.summary.id, "2026-11-25")
        .await
        .unwrap();
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
    let history = audit::for_entity(&db.core, &clerk, "case", &file.summary.id)
        .await
        .unwrap();
    let actions: Vec<&str> = history.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["case.received", "case.accepted"]);
    let err = audit::for_entity(&db.core, &clerk, "user", &user.id)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
}
