//! Creating accounts and the administrator's user management.
use super::store::{self, Insert, UserRow};
use super::{NewUser, RosterEntry, SessionUser, SetupStatus, UserStatus, UserSummary, password};
use crate::actor::{Actor, Role};
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{DisplayName, Mobile, Password, Username};
use sqlx::SqliteConnection;
use uuid::Uuid;

/// Fields of a new account, parsed.
struct ValidNewUser {
    username: Username,
    mobile: Mobile,
    display_name: DisplayName,
    password: Password,
}

fn parse_new_user(input: &NewUser) -> Result<ValidNewUser> {
    Ok(ValidNewUser {
        username: Username::parse(&input.username)?,
        display_name: DisplayName::parse(&input.display_name)?,
        mobile: Mobile::parse(&input.mobile)?,
        password: Password::parse(&input.password, "password")?,
    })
}

pub async fn setup_status(core: &Core) -> Result<SetupStatus> {
    let mut conn = core.pool().acquire().await?;
    Ok(SetupStatus {
        needs_first_admin: store::count(&mut conn).await? == 0,
    })
}

/// Creates the first administrator of an empty database and signs them in.
pub async fn create_first_admin(core: &Core, input: NewUser) -> Result<SessionUser> {
    let new = parse_new_user(&input)?;
    let hash = password::hash(new.password.expose().to_owned()).await?;
    let mut tx = core.begin_write().await?;
    if store::count(&mut tx).await? > 0 {
        return Err(Error::precondition(
            "already_set_up",
            "系统已有用户，不能再创建首个管理员；请登录",
        ));
    }
    let row = insert(
        &mut tx,
        core,
        &new,
        Some(Role::Admin),
        UserStatus::Active,
        &hash,
    )
    .await?;
    let actor = row
        .actor()
        .ok_or_else(|| Error::internal("新建管理员不完整"))?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(&actor),
            action: "auth.first_admin_created",
            entity_type: "user",
            entity_id: Some(row.id.clone()),
            summary: format!("首次使用：创建管理员 {}", actor.label()),
        },
    )
    .await?;
    store::record_sign_in(&mut tx, &row.id, &to_rfc3339(core.now())).await?;
    tx.commit().await?;
    Ok(row.session_user(&actor))
}

/// The actor of the only account when the database holds exactly one user and that
/// user is an active administrator; `None` otherwise. For tools that act for the
/// institute's administrator without a sign-in (loading demo data from the command line).
pub async fn sole_admin(core: &Core) -> Result<Option<Actor>> {
    let mut conn = core.pool().acquire().await?;
    let users = store::all(&mut conn).await?;
    Ok(match users.as_slice() {
        [only] if only.role() == Some(Role::Admin) => only.actor(),
        _ => None,
    })
}

/// Self-registration (立即注册): a pending account with no role until an admin approves.
pub async fn register(core: &Core, input: NewUser) -> Result<UserSummary> {
    let new = parse_new_user(&input)?;
    let hash = password::hash(new.password.expose().to_owned()).await?;
    let mut tx = core.begin_write().await?;
    let row = insert(&mut tx, core, &new, None, UserStatus::Pending, &hash).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::Anonymous(format!("自助注册（{}）", row.username)),
            action: "auth.registered",
            entity_type: "user",
            entity_id: Some(row.id.clone()),
            summary: format!(
                "{}（{}）申请注册账号，手机 {}，待审核",
                row.display_name, row.username, row.mobile
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(row.summary())
}

async fn insert(
    conn: &mut SqliteConnection,
    core: &Core,
    new: &ValidNewUser,
    role: Option<Role>,
    status: UserStatus,
    hash: &str,
) -> Result<UserRow> {
    let id = Uuid::now_v7().to_string();
    store::insert(
        conn,
        Insert {
            id: &id,
            username: new.username.as_str(),
            mobile: new.mobile.as_str(),
            display_name: new.display_name.as_str(),
            role,
            status,
            password_hash: hash,
            now: &to_rfc3339(core.now()),
        },
    )
    .await?;
    store::by_id(conn, &id).await
}

pub async fn list_users(core: &Core, actor: &Actor) -> Result<Vec<UserSummary>> {
    actor.require_admin()?;
    let mut conn = core.pool().acquire().await?;
    Ok(store::all(&mut conn)
        .await?
        .iter()
        .map(UserRow::summary)
        .collect())
}

/// Approves a pending registration and gives it a role.
pub async fn approve_user(
    core: &Core,
    actor: &Actor,
    user_id: &str,
    role: Role,
) -> Result<UserSummary> {
    change(core, actor, user_id, |user| {
        if user.status() != UserStatus::Pending {
            return Err(Error::precondition("not_pending", "该账号不是待审核状态"));
        }
        Ok(Change {
            status: UserStatus::Active,
            role: Some(role),
            action: "user.approved",
            summary: format!(
                "审核通过 {}（{}），角色：{}",
                user.display_name,
                user.username,
                role.label_zh()
            ),
        })
    })
    .await
}

pub async fn change_role(
    core: &Core,
    actor: &Actor,
    user_id: &str,
    role: Role,
) -> Result<UserSummary> {
    change(core, actor, user_id, |user| {
        if user.status() == UserStatus::Pending {
            return Err(Error::precondition(
                "account_pending",
                "待审核账号请先审核通过",
            ));
        }
        let old = user.role().map_or("无", Role::label_zh);
        Ok(Change {
            status: user.status(),
            role: Some(role),
            action: "user.role_changed",
            summary: format!(
                "{}（{}）的角色由{old}改为{}",
                user.display_name,
                user.username,
                role.label_zh()
            ),
        })
    })
    .await
}

pub async fn disable_user(core: &Core, actor: &Actor, user_id: &str) -> Result<UserSummary> {
    if actor.user_id.to_string() == user_id {
        return Err(Error::precondition(
            "cannot_disable_self",
            "不能停用自己的账号",
        ));
    }
    change(core, actor, user_id, |user| {
        if user.status() == UserStatus::Disabled {
            return Err(Error::precondition("already_disabled", "该账号已停用"));
        }
        Ok(Change {
            status: UserStatus::Disabled,
            role: user.role(),
            action: "user.disabled",
            summary: format!("停用账号 {}（{}）", user.display_name, user.username),
        })
    })
    .await
}

pub async fn enable_user(core: &Core, actor: &Actor, user_id: &str) -> Result<UserSummary> {
    change(core, actor, user_id, |user| {
        if user.status() != UserStatus::Disabled {
            return Err(Error::precondition("not_disabled", "该账号未停用"));
        }
        Ok(Change {
            status: UserStatus::Active,
            role: user.role(),
            action: "user.enabled",
            summary: format!("启用账号 {}（{}）", user.display_name, user.username),
        })
    })
    .await
}

/// A status/role change an administrator makes, described by `decide` from the
/// current row.
struct Change {
    status: UserStatus,
    role: Option<Role>,
    action: &'static str,
    summary: String,
}

async fn change(
    core: &Core,
    actor: &Actor,
    user_id: &str,
    decide: impl FnOnce(&UserRow) -> Result<Change>,
) -> Result<UserSummary> {
    actor.require_admin()?;
    let mut tx = core.begin_write().await?;
    let user = store::by_id(&mut tx, user_id).await?;
    let change = decide(&user)?;
    let loses_admin = user.role() == Some(Role::Admin)
        && user.status() == UserStatus::Active
        && (change.role != Some(Role::Admin) || change.status != UserStatus::Active);
    if loses_admin && store::count_active_admins(&mut tx).await? <= 1 {
        return Err(Error::precondition(
            "last_admin",
            "这是唯一的在用管理员账号，不能停用或改为其他角色",
        ));
    }
    let now = core.now();
    store::set_status_role(
        &mut tx,
        &user.id,
        change.status,
        change.role,
        &to_rfc3339(now),
    )
    .await?;
    audit::record(
        &mut tx,
        now,
        Event {
            who: Who::User(actor),
            action: change.action,
            entity_type: "user",
            entity_id: Some(user.id.clone()),
            summary: change.summary,
        },
    )
    .await?;
    let updated = store::by_id(&mut tx, &user.id).await?;
    tx.commit().await?;
    Ok(updated.summary())
}

/// Sets a new password chosen by the administrator; also lifts a lockout.
pub async fn reset_password(
    core: &Core,
    actor: &Actor,
    user_id: &str,
    new_password: &str,
) -> Result<UserSummary> {
    actor.require_admin()?;
    let new_password = Password::parse(new_password, "newPassword")?;
    let hash = password::hash(new_password.expose().to_owned()).await?;
    let mut tx = core.begin_write().await?;
    let user = store::by_id(&mut tx, user_id).await?;
    let now = core.now();
    store::set_password(&mut tx, &user.id, &hash, &to_rfc3339(now)).await?;
    audit::record(
        &mut tx,
        now,
        Event {
            who: Who::User(actor),
            action: "user.password_reset",
            entity_type: "user",
            entity_id: Some(user.id.clone()),
            summary: format!(
                "重置 {}（{}）的密码并解除锁定",
                user.display_name, user.username
            ),
        },
    )
    .await?;
    let updated = store::by_id(&mut tx, &user.id).await?;
    tx.commit().await?;
    Ok(updated.summary())
}

pub async fn change_own_password(
    core: &Core,
    actor: &Actor,
    old_password: &str,
    new_password: &str,
) -> Result<()> {
    let new_password = Password::parse(new_password, "newPassword")?;
    let id = actor.user_id.to_string();
    let mut conn = core.pool().acquire().await?;
    let user = store::by_id(&mut conn, &id).await?;
    drop(conn);
    if !password::verify(old_password.to_owned(), user.password_hash.clone()).await? {
        return Err(Error::validation(
            "oldPassword",
            "old_password_wrong",
            "原密码不正确",
        ));
    }
    let hash = password::hash(new_password.expose().to_owned()).await?;
    let mut tx = core.begin_write().await?;
    let now = core.now();
    store::set_password(&mut tx, &id, &hash, &to_rfc3339(now)).await?;
    audit::record(
        &mut tx,
        now,
        Event {
            who: Who::User(actor),
            action: "user.password_changed",
            entity_type: "user",
            entity_id: Some(id.clone()),
            summary: format!("{} 修改了自己的密码", actor.label()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The roster (仲裁员名册) and clerks: active arbitrators and clerks, for forming a
/// tribunal. Staff may read it; mediators have no use for it.
pub async fn roster(core: &Core, actor: &Actor) -> Result<Vec<RosterEntry>> {
    if actor.role == Role::Mediator {
        return Err(Error::forbidden("调解员不能查看仲裁员名册"));
    }
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT id, display_name, role FROM users
         WHERE status = 'active' AND role IN ('arbitrator', 'clerk') ORDER BY role, display_name",
    )
    .fetch_all(core.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(user_id, display_name, role)| {
            Some(RosterEntry {
                user_id,
                display_name,
                role: Role::parse(&role)?,
            })
        })
        .collect())
}
