//! Opening the embedded database: pragmas, the version check, a backup before
//! migrating, and the migrations themselves. The only module that knows it is SQLite.
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, ErrorCode, Result};
use serde::Serialize;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Sqlite, Transaction};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use time::OffsetDateTime;
use ts_rs::TS;

pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// File name of the database inside the app-data directory.
pub const DB_FILE_NAME: &str = "yunting.db";

/// The environment variable that points the app at another database file.
pub const DB_ENV_VAR: &str = "YUNTING_DB";

/// Where the database lives: `--db` wins over `YUNTING_DB`, which wins over the
/// app-data directory.
pub fn resolve_db_path(arg: Option<PathBuf>, env: Option<PathBuf>, app_data_dir: &Path) -> PathBuf {
    arg.or(env)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| app_data_dir.join(DB_FILE_NAME))
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub database_path: String,
}

/// The open database plus the clock every rule reads "now" from.
#[derive(Clone)]
pub struct Core {
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    path: PathBuf,
}

impl Core {
    pub async fn open(path: &Path) -> Result<Self> {
        Self::open_with_clock(path, Arc::new(SystemClock)).await
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to
    /// date. A database written by a newer Yunting is refused before anything is written.
    pub async fn open_with_clock(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            tokio::fs::create_dir_all(dir).await?;
        }
        let existed = tokio::fs::metadata(path).await.is_ok_and(|m| m.len() > 0);
        let applied = if existed {
            applied_versions(path).await?
        } else {
            Vec::new()
        };
        refuse_unknown_versions(&applied)?;

        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| Error::storage("open", e))?;
        let core = Self {
            pool,
            clock,
            path: path.to_owned(),
        };

        let pending = MIGRATOR.iter().any(|m| !applied.contains(&m.version));
        if existed && pending {
            core.backup_before_migrating(applied.iter().max().copied().unwrap_or(0))
                .await?;
        }
        MIGRATOR.run(&core.pool).await?;
        Ok(core)
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            database_path: self.path.display().to_string(),
        }
    }

    /// A write transaction that takes the write lock up front, so two writers never
    /// read the same audit-chain head and then collide.
    pub async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// A consistent copy of the live database (safe while the app is running).
    pub async fn backup_to(&self, destination: &Path) -> Result<()> {
        if tokio::fs::try_exists(destination).await.unwrap_or(false) {
            return Err(Error::conflict(
                "destination",
                "backup_exists",
                "备份目标文件已存在，请选择新的文件名",
            ));
        }
        let target = destination.to_str().ok_or_else(|| {
            Error::validation("destination", "path_invalid", "备份路径包含无法识别的字符")
        })?;
        sqlx::query("VACUUM INTO ?")
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn backup_before_migrating(&self, from_version: i64) -> Result<()> {
        let stamp = self.now().unix_timestamp();
        let name = format!(
            "{}.pre-migrate-v{from_version}-{stamp}.bak",
            self.path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(DB_FILE_NAME)
        );
        let destination = self.path.with_file_name(name);
        tracing::info!(?destination, "backing up before migrating");
        self.backup_to(&destination).await
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A consistent copy of the database at `source`, taken through a read-only connection
/// without migrating it (a backup must never change what it copies). Works while the
/// app has the database open.
pub async fn backup_file(source: &Path, destination: &Path) -> Result<()> {
    if tokio::fs::try_exists(destination).await.unwrap_or(false) {
        return Err(Error::conflict(
            "destination",
            "backup_exists",
            "备份目标文件已存在，请选择新的文件名",
        ));
    }
    let target = destination.to_str().ok_or_else(|| {
        Error::validation("destination", "path_invalid", "备份路径包含无法识别的字符")
    })?;
    let options = SqliteConnectOptions::new().filename(source).read_only(true);
    let mut conn = sqlx::ConnectOptions::connect(&options)
        .await
        .map_err(|e| Error::storage("open read-only", e))?;
    sqlx::query("VACUUM INTO ?")
        .bind(target)
        .execute(&mut conn)
        .await
        .map_err(|e| not_a_database(&e).unwrap_or_else(|| Error::storage("backup", e)))?;
    let _ = sqlx::Connection::close(conn).await;
    Ok(())
}

/// Reads the applied migration versions through a read-only connection, so a database
/// we are about to refuse is never written to.
async fn applied_versions(path: &Path) -> Result<Vec<i64>> {
    let options = SqliteConnectOptions::new().filename(path).read_only(true);
    let mut conn = sqlx::ConnectOptions::connect(&options)
        .await
        .map_err(|e| Error::storage("open read-only", e))?;
    let has_table: Option<(String,)> = sqlx::query_as(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(&mut conn)
    .await
    .map_err(|e| not_a_database(&e).unwrap_or_else(|| Error::storage("inspect", e)))?;
    if has_table.is_none() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT version FROM _sqlx_migrations WHERE success = 1")
            .fetch_all(&mut conn)
            .await?;
    let _ = sqlx::Connection::close(conn).await;
    Ok(rows.into_iter().map(|(v,)| v).collect())
}

fn not_a_database(e: &sqlx::Error) -> Option<Error> {
    let sqlx::Error::Database(db) = e else {
        return None;
    };
    db.message().contains("not a database").then(|| {
        Error::new(
            ErrorCode::IncompatibleDatabase,
            "not_a_database",
            "该文件不是云庭数据库（或已损坏），未作任何修改",
        )
    })
}

fn refuse_unknown_versions(applied: &[i64]) -> Result<()> {
    let known: Vec<i64> = MIGRATOR.iter().map(|m| m.version).collect();
    match applied.iter().filter(|v| !known.contains(v)).max() {
        None => Ok(()),
        Some(newest) => Err(Error::new(
            ErrorCode::IncompatibleDatabase,
            "database_too_new",
            format!(
                "该数据库由更新版本的云庭写入（数据结构版本 {newest}），本版本无法打开。\
                 数据库未被修改；请升级云庭后再打开。"
            ),
        )),
    }
}
