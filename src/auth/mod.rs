//! Accounts: first-run administrator, self-registration with approval, sign-in by user
//! name or mobile with lockout, and the administrator's user management.
mod accounts;
mod password;
mod sign_in;
mod store;

pub use accounts::{
    approve_user, change_own_password, change_role, create_first_admin, disable_user, enable_user,
    list_users, register, reset_password, roster, setup_status, sole_admin,
};
pub use sign_in::{LOCKOUT, MAX_FAILED_ATTEMPTS, actor_for, session_user, sign_in};

use crate::actor::Role;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    Pending,
    Active,
    Disabled,
}

impl UserStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Pending => "pending",
            UserStatus::Active => "active",
            UserStatus::Disabled => "disabled",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "active" => UserStatus::Active,
            "disabled" => UserStatus::Disabled,
            _ => UserStatus::Pending,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupStatus {
    pub needs_first_admin: bool,
}

/// What the first-run form and the registration form send.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewUser {
    pub username: String,
    pub mobile: String,
    pub display_name: String,
    pub password: String,
}

/// The two tabs of the sign-in page: 账号+密码登录 and 手机+密码登录.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SignInMethod {
    Username,
    Mobile,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignInRequest {
    pub method: SignInMethod,
    pub identifier: String,
    pub password: String,
}

/// The signed-in user as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionUser {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub mobile: String,
    pub role: Role,
}

/// A row of the user-management table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UserSummary {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub mobile: String,
    pub role: Option<Role>,
    pub status: UserStatus,
    pub locked_until: Option<String>,
    pub failed_attempts: u32,
    pub created_at: String,
    pub last_sign_in_at: Option<String>,
}

/// One person on the roster of arbitrators and clerks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterEntry {
    pub user_id: String,
    pub display_name: String,
    pub role: Role,
}
