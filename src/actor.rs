//! Who is acting. Every core function that reads or changes protected data takes an
//! `Actor`; the permission checks live here and in the functions, never in the UI.
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Arbitrator,
    Clerk,
    Mediator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Arbitrator => "arbitrator",
            Role::Clerk => "clerk",
            Role::Mediator => "mediator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Role::Admin, Role::Arbitrator, Role::Clerk, Role::Mediator]
            .into_iter()
            .find(|r| r.as_str() == s)
    }

    /// The Chinese title, as written in the audit log.
    pub fn label_zh(self) -> &'static str {
        match self {
            Role::Admin => "管理员",
            Role::Arbitrator => "仲裁员",
            Role::Clerk => "书记员",
            Role::Mediator => "调解员",
        }
    }
}

/// A signed-in, active user, loaded fresh for every call so that disabling an account
/// takes effect at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Uuid,
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

impl Actor {
    pub fn require_admin(&self) -> Result<()> {
        if self.role == Role::Admin {
            Ok(())
        } else {
            Err(Error::forbidden("只有管理员可以进行此操作"))
        }
    }

    /// How the actor is named in the audit log: `赵丽（zhaoli）`.
    pub fn label(&self) -> String {
        format!("{}（{}）", self.display_name, self.username)
    }
}
