use crate::support::TestDb;

use std::path::{Path, PathBuf};
use yunting::db::{MIGRATOR, resolve_db_path};
use yunting::{Core, ErrorCode};

#[tokio::test]
async fn open_creates_the_directory_and_applies_every_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/yunting.db");
    let core = Core::open(&path).await.unwrap();
    assert!(path.exists());
    let (applied,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM _sqlx_migrations WHERE success = 1")
            .fetch_one(core.pool())
            .await
            .unwrap();
    assert_eq!(applied as usize, MIGRATOR.iter().count());
}

#[tokio::test]
async fn open_sets_wal_foreign_keys_and_full_sync() {
    let db = TestDb::new().await;
    let mut conn = db.core.pool().acquire().await.unwrap();
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    let (fk,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    let (sync,): (i64,) = sqlx::query_as("PRAGMA synchronous")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    let (busy,): (i64,) = sqlx::query_as("PRAGMA busy_timeout")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(fk, 1);
    assert_eq!(sync, 2, "synchronous=FULL");
    assert!(busy >= 1000);
}

#[tokio::test]
async fn reopening_keeps_data_and_takes_no_backup_when_nothing_is_pending() {
    let (db, _) = TestDb::with_admin().await;
    let path = db.core.path().to_owned();
    db.core.close().await;
    let core = Core::open(&path).await.unwrap();
    assert!(
        !yunting::auth::setup_status(&core)
            .await
            .unwrap()
            .needs_first_admin
    );
    assert!(backups_in(db.dir.path()).is_empty());
}

#[tokio::test]
async fn refuses_a_database_written_by_a_newer_version_and_leaves_it_untouched() {
    let db = TestDb::new().await;
    let path = db.core.path().to_owned();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time)
         VALUES (99990101000000, 'from the future', CURRENT_TIMESTAMP, 1, x'00', 0)",
    )
    .execute(db.core.pool())
    .await
    .unwrap();
    db.core.close().await;
    let before = std::fs::read(&path).unwrap();

    let err = Core::open(&path).await.err().expect("refused");
    assert_eq!(err.code, ErrorCode::IncompatibleDatabase);
    assert_eq!(err.reason, "database_too_new");
    assert!(err.message.contains("更新版本"), "{}", err.message);
    assert_eq!(std::fs::read(&path).unwrap(), before, "file unchanged");
    assert!(backups_in(db.dir.path()).is_empty());
}

#[tokio::test]
async fn refuses_a_file_that_is_not_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "这不是数据库，只是一段文字。".repeat(100)).unwrap();
    let err = Core::open(&path).await.err().expect("refused");
    assert_eq!(err.code, ErrorCode::IncompatibleDatabase);
    assert!(
        !err.message.contains("SQL"),
        "no raw SQL text: {}",
        err.message
    );
}

#[tokio::test]
async fn backs_up_an_existing_database_before_applying_pending_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yunting.db");
    // An existing file from before the migrations it now needs, holding data.
    {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        sqlx::query("CREATE TABLE legacy_marker (note TEXT)")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("INSERT INTO legacy_marker VALUES ('旧数据')")
            .execute(&mut conn)
            .await
            .unwrap();
    }

    let core = Core::open(&path).await.unwrap();
    assert!(
        yunting::auth::setup_status(&core)
            .await
            .unwrap()
            .needs_first_admin
    );
    let backups = backups_in(dir.path());
    assert_eq!(backups.len(), 1, "{backups:?}");
    let copy = Core::open(&dir.path().join(&backups[0])).await.unwrap();
    let (note,): (String,) = sqlx::query_as("SELECT note FROM legacy_marker")
        .fetch_one(copy.pool())
        .await
        .unwrap();
    assert_eq!(note, "旧数据");
}

#[tokio::test]
async fn backup_makes_a_consistent_copy_that_opens() {
    let (db, _) = TestDb::with_admin().await;
    let copy = db.dir.path().join("copy.db");
    db.core.backup_to(&copy).await.unwrap();
    let reopened = Core::open(&copy).await.unwrap();
    assert!(
        !yunting::auth::setup_status(&reopened)
            .await
            .unwrap()
            .needs_first_admin
    );
    let again = db.core.backup_to(&copy).await.unwrap_err();
    assert_eq!(again.code, ErrorCode::Conflict);
}

#[test]
fn db_path_prefers_argument_then_environment_then_app_data() {
    let app = Path::new("/data/cn.yunting.app");
    assert_eq!(resolve_db_path(None, None, app), app.join("yunting.db"));
    assert_eq!(
        resolve_db_path(None, Some("/e.db".into()), app),
        PathBuf::from("/e.db")
    );
    assert_eq!(
        resolve_db_path(Some("/a.db".into()), Some("/e.db".into()), app),
        PathBuf::from("/a.db")
    );
    assert_eq!(
        resolve_db_path(Some("".into()), None, app),
        app.join("yunting.db")
    );
}

fn backups_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains(".pre-migrate-"))
        .collect()
}

#[tokio::test]
async fn a_file_backup_copies_without_migrating_or_touching_the_source() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        sqlx::query("CREATE TABLE legacy_marker (note TEXT)")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("INSERT INTO legacy_marker VALUES ('旧数据')")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let copy = dir.path().join("copy.db");
    yunting::db::backup_file(&path, &copy).await.unwrap();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "source unchanged, not migrated"
    );
    assert!(backups_in(dir.path()).is_empty());
    let err = yunting::db::backup_file(&path, &copy).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&copy)
        .read_only(true)
        .connect()
        .await
        .unwrap();
    let (note,): (String,) = sqlx::query_as("SELECT note FROM legacy_marker")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(note, "旧数据");
}
