//! Signing in by user name or mobile, with the lockout after repeated failures.
use super::store::{self, LoginColumn, UserRow};
use super::{SessionUser, SignInMethod, SignInRequest, UserStatus, password};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::{parse_rfc3339, to_rfc3339};
use crate::db::Core;
use crate::error::{Error, ErrorCode, Result};
use crate::types::{Mobile, Username};
use time::{Duration, OffsetDateTime, UtcOffset};

pub const MAX_FAILED_ATTEMPTS: i64 = 5;
pub const LOCKOUT: Duration = Duration::minutes(15);

fn bad_credentials() -> Error {
    Error::new(
        ErrorCode::Unauthenticated,
        "bad_credentials",
        "账号或密码错误",
    )
}

fn locked(until: OffsetDateTime) -> Error {
    let beijing = until.to_offset(UtcOffset::from_hms(8, 0, 0).unwrap_or(UtcOffset::UTC));
    Error::new(
        ErrorCode::AccountLocked,
        "account_locked",
        format!(
            "连续 {MAX_FAILED_ATTEMPTS} 次密码错误，账号已锁定 15 分钟，请于 {:02}:{:02} 后再试，或请管理员重置密码",
            beijing.hour(),
            beijing.minute()
        ),
    )
}

/// Checks the password and returns the session user. Wrong passwords count towards a
/// 15-minute lock; every outcome that changes the account is audited.
pub async fn sign_in(core: &Core, request: SignInRequest) -> Result<SessionUser> {
    let (column, identifier) = match request.method {
        SignInMethod::Username => (
            LoginColumn::Username,
            Username::parse(&request.identifier)
                .map_err(|e| e.with_field("identifier"))?
                .to_string(),
        ),
        SignInMethod::Mobile => (
            LoginColumn::Mobile,
            Mobile::parse(&request.identifier)
                .map_err(|e| e.with_field("identifier"))?
                .into_inner(),
        ),
    };
    if request.password.is_empty() {
        return Err(Error::validation(
            "password",
            "password_required",
            "请输入密码",
        ));
    }

    let mut conn = core.pool().acquire().await?;
    let Some(user) = store::by_login(&mut conn, column, &identifier).await? else {
        password::verify_against_dummy(request.password).await?;
        return Err(bad_credentials());
    };
    drop(conn);

    let now = core.now();
    let lock = user.locked_until.as_deref().and_then(parse_rfc3339);
    if let Some(until) = lock.filter(|until| now < *until) {
        return Err(locked(until));
    }
    let matches = password::verify(request.password, user.password_hash.clone()).await?;

    let mut tx = core.begin_write().await?;
    // Re-read inside the write lock: another attempt may have landed meanwhile.
    let user = store::by_id(&mut tx, &user.id).await?;
    let now_s = to_rfc3339(now);
    let lock_expired = user
        .locked_until
        .as_deref()
        .and_then(parse_rfc3339)
        .is_some_and(|u| u <= now);
    let prior_failures = if lock_expired {
        0
    } else {
        user.failed_attempts
    };

    if !matches {
        let failures = prior_failures + 1;
        let outcome = if failures >= MAX_FAILED_ATTEMPTS {
            let until = now + LOCKOUT;
            store::set_attempts(
                &mut tx,
                &user.id,
                failures,
                Some(&to_rfc3339(until)),
                &now_s,
            )
            .await?;
            audit_anonymous(
                &mut tx,
                now,
                &user,
                "auth.account_locked",
                format!(
                    "连续 {failures} 次密码错误，账号 {} 锁定至 {}",
                    user.username,
                    to_rfc3339(until)
                ),
            )
            .await?;
            Err(locked(until))
        } else {
            store::set_attempts(&mut tx, &user.id, failures, None, &now_s).await?;
            audit_anonymous(
                &mut tx,
                now,
                &user,
                "auth.sign_in_failed",
                format!("账号 {} 密码错误（第 {failures} 次）", user.username),
            )
            .await?;
            Err(bad_credentials())
        };
        tx.commit().await?;
        return outcome;
    }

    match user.status() {
        UserStatus::Pending => {
            return Err(Error::new(
                ErrorCode::Unauthenticated,
                "account_pending",
                "账号正在等待管理员审核，审核通过后即可登录",
            ));
        }
        UserStatus::Disabled => {
            return Err(Error::new(
                ErrorCode::Unauthenticated,
                "account_disabled",
                "账号已停用，请联系管理员",
            ));
        }
        UserStatus::Active => {}
    }
    let actor = user
        .actor()
        .ok_or_else(|| Error::internal("账号缺少角色"))?;
    store::record_sign_in(&mut tx, &user.id, &now_s).await?;
    let how = match request.method {
        SignInMethod::Username => "账号+密码",
        SignInMethod::Mobile => "手机+密码",
    };
    audit::record(
        &mut tx,
        now,
        Event {
            who: Who::User(&actor),
            action: "auth.sign_in",
            entity_type: "user",
            entity_id: Some(user.id.clone()),
            summary: format!("{} 以{how}方式登录", actor.label()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(user.session_user(&actor))
}

async fn audit_anonymous(
    conn: &mut sqlx::SqliteConnection,
    now: OffsetDateTime,
    user: &UserRow,
    action: &str,
    summary: String,
) -> Result<()> {
    audit::record(
        conn,
        now,
        Event {
            who: Who::Anonymous(format!("登录尝试（{}）", user.username)),
            action,
            entity_type: "user",
            entity_id: Some(user.id.clone()),
            summary,
        },
    )
    .await
}

/// Loads the actor for a session's user id. Fails once the account is no longer active.
pub async fn actor_for(core: &Core, user_id: &str) -> Result<Actor> {
    let mut conn = core.pool().acquire().await?;
    let user = store::by_id(&mut conn, user_id)
        .await
        .map_err(|e| match e.code {
            ErrorCode::NotFound => signed_out(),
            _ => e,
        })?;
    user.actor().ok_or_else(signed_out)
}

fn signed_out() -> Error {
    Error::new(
        ErrorCode::Unauthenticated,
        "session_ended",
        "登录已失效，请重新登录",
    )
}

/// The session user for an actor (what `current_user` returns after a reload).
pub async fn session_user(core: &Core, actor: &Actor) -> Result<SessionUser> {
    let mut conn = core.pool().acquire().await?;
    let user = store::by_id(&mut conn, &actor.user_id.to_string()).await?;
    Ok(user.session_user(actor))
}
