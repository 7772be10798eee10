//! SQL for the `users` table; nothing outside `auth` touches it.
use super::{SessionUser, UserStatus, UserSummary};
use crate::actor::{Actor, Role};
use crate::error::{Error, Result};
use sqlx::SqliteConnection;
use uuid::Uuid;

#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct UserRow {
    pub id: String,
    pub username: String,
    pub mobile: String,
    pub display_name: String,
    pub role: Option<String>,
    pub status: String,
    pub password_hash: String,
    pub failed_attempts: i64,
    pub locked_until: Option<String>,
    pub last_sign_in_at: Option<String>,
    pub created_at: String,
}

/// `SELECT <all user columns> FROM users <rest>` as a static string.
macro_rules! select_users {
    ($rest:literal) => {
        concat!(
            "SELECT id, username, mobile, display_name, role, status, password_hash, ",
            "failed_attempts, locked_until, last_sign_in_at, created_at FROM users ",
            $rest
        )
    };
}

impl UserRow {
    pub fn status(&self) -> UserStatus {
        UserStatus::parse(&self.status)
    }

    pub fn role(&self) -> Option<Role> {
        self.role.as_deref().and_then(Role::parse)
    }

    pub fn summary(&self) -> UserSummary {
        UserSummary {
            id: self.id.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            mobile: self.mobile.clone(),
            role: self.role(),
            status: self.status(),
            locked_until: self.locked_until.clone(),
            failed_attempts: u32::try_from(self.failed_attempts).unwrap_or(0),
            created_at: self.created_at.clone(),
            last_sign_in_at: self.last_sign_in_at.clone(),
        }
    }

    /// The actor for an active account with a role; `None` otherwise.
    pub fn actor(&self) -> Option<Actor> {
        let role = self.role()?;
        let user_id = Uuid::parse_str(&self.id).ok()?;
        (self.status() == UserStatus::Active).then(|| Actor {
            user_id,
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            role,
        })
    }

    pub fn session_user(&self, actor: &Actor) -> SessionUser {
        SessionUser {
            id: self.id.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            mobile: self.mobile.clone(),
            role: actor.role,
        }
    }
}

pub(super) async fn by_id(conn: &mut SqliteConnection, id: &str) -> Result<UserRow> {
    sqlx::query_as::<_, UserRow>(select_users!("WHERE id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| Error::not_found("user_not_found", "找不到该用户"))
}

pub(super) async fn by_login(
    conn: &mut SqliteConnection,
    column: LoginColumn,
    value: &str,
) -> Result<Option<UserRow>> {
    let sql = match column {
        LoginColumn::Username => select_users!("WHERE username = ?"),
        LoginColumn::Mobile => select_users!("WHERE mobile = ?"),
    };
    Ok(sqlx::query_as::<_, UserRow>(sql)
        .bind(value)
        .fetch_optional(conn)
        .await?)
}

#[derive(Debug, Clone, Copy)]
pub(super) enum LoginColumn {
    Username,
    Mobile,
}

pub(super) async fn all(conn: &mut SqliteConnection) -> Result<Vec<UserRow>> {
    // Pending accounts first: they are what an administrator has to act on.
    Ok(sqlx::query_as::<_, UserRow>(select_users!(
        "ORDER BY CASE status WHEN 'pending' THEN 0 WHEN 'active' THEN 1 ELSE 2 END, created_at"
    ))
    .fetch_all(conn)
    .await?)
}

pub(super) async fn count(conn: &mut SqliteConnection) -> Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(conn)
        .await?;
    Ok(n)
}

pub(super) async fn count_active_admins(conn: &mut SqliteConnection) -> Result<i64> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM users WHERE role = 'admin' AND status = 'active'")
            .fetch_one(conn)
            .await?;
    Ok(n)
}

pub(super) struct Insert<'a> {
    pub id: &'a str,
    pub username: &'a str,
    pub mobile: &'a str,
    pub display_name: &'a str,
    pub role: Option<Role>,
    pub status: UserStatus,
    pub password_hash: &'a str,
    pub now: &'a str,
}

pub(super) async fn insert(conn: &mut SqliteConnection, u: Insert<'_>) -> Result<()> {
    ensure_unique(conn, u.username, u.mobile).await?;
    sqlx::query(
        "INSERT INTO users (id, username, mobile, display_name, role, status, password_hash, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(u.id)
    .bind(u.username)
    .bind(u.mobile)
    .bind(u.display_name)
    .bind(u.role.map(Role::as_str))
    .bind(u.status.as_str())
    .bind(u.password_hash)
    .bind(u.now)
    .bind(u.now)
    .execute(conn)
    .await?;
    Ok(())
}

async fn ensure_unique(conn: &mut SqliteConnection, username: &str, mobile: &str) -> Result<()> {
    if by_login(conn, LoginColumn::Username, username)
        .await?
        .is_some()
    {
        return Err(Error::conflict(
            "username",
            "username_taken",
            "该用户名已被使用",
        ));
    }
    if by_login(conn, LoginColumn::Mobile, mobile).await?.is_some() {
        return Err(Error::conflict("mobile", "mobile_taken", "该手机号已注册"));
    }
    Ok(())
}

pub(super) async fn set_status_role(
    conn: &mut SqliteConnection,
    id: &str,
    status: UserStatus,
    role: Option<Role>,
    now: &str,
) -> Result<()> {
    sqlx::query("UPDATE users SET status = ?, role = ?, updated_at = ? WHERE id = ?")
        .bind(status.as_str())
        .bind(role.map(Role::as_str))
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub(super) async fn set_password(
    conn: &mut SqliteConnection,
    id: &str,
    hash: &str,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
    )
    .bind(hash)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn set_attempts(
    conn: &mut SqliteConnection,
    id: &str,
    failed_attempts: i64,
    locked_until: Option<&str>,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET failed_attempts = ?, locked_until = ?, updated_at = ? WHERE id = ?",
    )
    .bind(failed_attempts)
    .bind(locked_until)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn record_sign_in(conn: &mut SqliteConnection, id: &str, now: &str) -> Result<()> {
    sqlx::query(
        "UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?, updated_at = ? WHERE id = ?",
    )
    .bind(now)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}
