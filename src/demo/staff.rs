//! The institute's demo staff, registered and approved as any new colleague would be,
//! all with the one documented demo password.
use super::{DEMO_PASSWORD, DemoAccount};
use crate::actor::{Actor, Role};
use crate::auth::{self, NewUser};
use crate::db::Core;
use crate::documents;
use crate::error::Result;

pub(super) const COMMISSION: &str = "庆阳市西峰区劳动人事争议仲裁委员会";
pub(super) const INSTITUTE: &str = "西峰区劳动人事争议仲裁院";

const ACCOUNTS: [(&str, &str, &str, Role); 6] = [
    ("arb.zhang", "张明远", "13909340101", Role::Arbitrator),
    ("arb.wang", "王秀兰", "13909340102", Role::Arbitrator),
    ("arb.liu", "刘志强", "13909340103", Role::Arbitrator),
    ("clerk.li", "李娜", "13909340111", Role::Clerk),
    ("clerk.chen", "陈静", "13909340112", Role::Clerk),
    ("med.zhou", "周桂芳", "13909340121", Role::Mediator),
];

/// Who does what in the data set: every step is taken by the role the core requires.
pub(super) struct Staff {
    pub arbitrators: Vec<Actor>,
    pub clerks: Vec<Actor>,
    /// A mediator of the first township's organisation who also has an account.
    pub mediator: Actor,
    pub accounts: Vec<DemoAccount>,
}

impl Staff {
    pub fn arbitrator(&self, i: usize) -> &Actor {
        &self.arbitrators[i % self.arbitrators.len()]
    }
    pub fn clerk(&self, i: usize) -> &Actor {
        &self.clerks[i % self.clerks.len()]
    }
}

pub(super) async fn create(core: &Core, admin: &Actor) -> Result<Staff> {
    if documents::commission_name(core, admin).await?.is_empty() {
        documents::set_commission_name(core, admin, COMMISSION).await?;
    }
    let mut staff = Staff {
        arbitrators: Vec::new(),
        clerks: Vec::new(),
        mediator: admin.clone(),
        accounts: Vec::new(),
    };
    for (username, display_name, mobile, role) in ACCOUNTS {
        let user = auth::register(
            core,
            NewUser {
                username: username.into(),
                mobile: mobile.into(),
                display_name: display_name.into(),
                password: DEMO_PASSWORD.into(),
            },
        )
        .await?;
        auth::approve_user(core, admin, &user.id, role).await?;
        let actor = auth::actor_for(core, &user.id).await?;
        match role {
            Role::Arbitrator => staff.arbitrators.push(actor),
            Role::Clerk => staff.clerks.push(actor),
            Role::Mediator => staff.mediator = actor,
            Role::Admin => {}
        }
        staff.accounts.push(DemoAccount {
            username: username.into(),
            display_name: display_name.into(),
            role,
        });
    }
    Ok(staff)
}
