//! Demo data (演示数据): a realistic year of an institute loaded into an empty
//! database — the 40 mediation organisations of the seed report with their mediators,
//! 310 mediation cases, 41 intake requests, the service log and publicity, some 25
//! arbitration cases and the seed story itself. Everything is written through the
//! core's public functions by the role that would do it, so every rule, validation and
//! audit entry applies exactly as for a user; names and identifiers are invented.
//! Dates count back from today, so the data set is always "the past year".
mod arbitration;
mod closing;
mod disputes;
mod hearing;
mod intake;
mod mediation;
mod names;
mod parties;
mod registry;
mod rng;
mod services;
mod staff;
mod story;
mod summary;

use crate::actor::{Actor, Role};
use crate::auth::{self, NewUser};
use crate::cases::{self, CaseQuery};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::intake::IntakeQuery;
use crate::mediation::{DateRange, MediationCaseQuery};
use crate::types::shanghai_today;
use serde::Serialize;
use ts_rs::TS;

/// The one password of every demo account (and of the administrator created by
/// `--demo-data` on an empty database).
pub const DEMO_PASSWORD: &str = "Yunting#Demo2026";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoAccount {
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

/// What was loaded, and how to sign in as the demo staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoSummary {
    pub organizations: u32,
    pub mediators: u32,
    pub mediation_cases: u32,
    /// By video or phone (the seed's 线上).
    pub online_mediation_cases: u32,
    pub intake_items: u32,
    /// Arbitration case files, counterclaims included.
    pub cases: u32,
    /// Person-times in the service log.
    pub services: u32,
    pub publicity_events: u32,
    /// The seed story's case (赵丽's claim, with the merged counterclaim).
    pub story_case_id: String,
    /// The administrator the data were loaded as.
    pub admin_username: String,
    /// The administrator was created for the demo (an empty database, command line).
    pub admin_created: bool,
    pub demo_password: String,
    pub accounts: Vec<DemoAccount>,
}

fn not_empty() -> Error {
    Error::precondition(
        "database_not_empty",
        "数据库中已有数据，演示数据只能载入空数据库",
    )
}

/// Loads the demo data set as `actor`, an administrator, into a database that holds
/// nothing but administrators.
pub async fn load_demo_data(core: &Core, actor: &Actor) -> Result<DemoSummary> {
    actor.require_admin()?;
    ensure_empty(core, actor).await?;
    load(core, actor, false).await
}

/// For the command line: on a database without users, creates the administrator
/// `admin` (password `DEMO_PASSWORD`) and loads as them; with a single administrator
/// and no data, loads as that administrator; otherwise refuses.
pub async fn load_demo_data_fresh(core: &Core) -> Result<DemoSummary> {
    if auth::setup_status(core).await?.needs_first_admin {
        // Without users there are no data either: every record names its creator.
        let session = auth::create_first_admin(
            core,
            NewUser {
                username: "admin".into(),
                mobile: "13800000000".into(),
                display_name: "演示管理员".into(),
                password: DEMO_PASSWORD.into(),
            },
        )
        .await?;
        let admin = auth::actor_for(core, &session.id).await?;
        ensure_empty(core, &admin).await?;
        return load(core, &admin, true).await;
    }
    let admin = auth::sole_admin(core).await?.ok_or_else(not_empty)?;
    load_demo_data(core, &admin).await
}

/// Refuses unless the database holds no case, intake item, mediation organisation or
/// case, service record or publicity event, and no user but administrators. Asked
/// through the owning modules' own reads.
async fn ensure_empty(core: &Core, admin: &Actor) -> Result<()> {
    let users = auth::list_users(core, admin).await?;
    let query = CaseQuery {
        limit: 1,
        ..CaseQuery::default()
    };
    let intake_query = IntakeQuery {
        limit: 1,
        ..IntakeQuery::default()
    };
    let mediation_query = MediationCaseQuery {
        limit: 1,
        ..MediationCaseQuery::default()
    };
    let ever = || DateRange {
        from: "1900-01-01".into(),
        to: "2999-12-31".into(),
    };
    let taken = users.iter().any(|u| u.role != Some(Role::Admin))
        || cases::list(core, admin, query).await?.total > 0
        || crate::intake::list(core, admin, intake_query).await?.total > 0
        || !crate::mediation::list_orgs(core, admin).await?.is_empty()
        || crate::mediation::list_mediation_cases(core, admin, mediation_query)
            .await?
            .total
            > 0
        || !crate::mediation::list_service_logs(core, admin, ever())
            .await?
            .is_empty()
        || !crate::mediation::list_publicity(core, admin, ever())
            .await?
            .is_empty();
    if taken { Err(not_empty()) } else { Ok(()) }
}

async fn load(core: &Core, admin: &Actor, admin_created: bool) -> Result<DemoSummary> {
    let days = rng::Days {
        today: shanghai_today(core.now()),
    };
    let staff = staff::create(core, admin).await?;
    let orgs = registry::build(core, &staff, days).await?;
    let referrals = mediation::build(core, &staff, days, &orgs).await?;
    let services = services::build(core, &staff, days).await?;
    let conversions = intake::build(core, &staff, days).await?;
    // Case numbers follow the order of acceptance: the cases accepted before the seed
    // story's go first.
    let (before, after): (Vec<_>, Vec<_>) = arbitration::plan(conversions, referrals)
        .into_iter()
        .partition(|s| s.decided_ago() > story::ACCEPTED_AGO);
    let mut statements = 0;
    arbitration::run(core, &staff, days, before, &mut statements).await?;
    let mediator = &orgs[0].mediators[0].1;
    let story_case_id = story::build(core, &staff, days, mediator).await?;
    arbitration::run(core, &staff, days, after, &mut statements).await?;

    let orgs = crate::mediation::list_orgs(core, admin).await?;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    let all_cases = CaseQuery {
        limit: 1,
        ..CaseQuery::default()
    };
    let all_intake = IntakeQuery {
        limit: 1,
        ..IntakeQuery::default()
    };
    let all_mediation = MediationCaseQuery {
        limit: 1,
        ..MediationCaseQuery::default()
    };
    Ok(DemoSummary {
        organizations: orgs.len() as u32,
        mediators: orgs.iter().map(|o| o.mediator_count).sum(),
        mediation_cases: count(
            crate::mediation::list_mediation_cases(core, admin, all_mediation)
                .await?
                .total,
        ),
        online_mediation_cases: mediation::ONLINE as u32,
        intake_items: count(crate::intake::list(core, admin, all_intake).await?.total),
        cases: count(cases::list(core, admin, all_cases).await?.total),
        services,
        publicity_events: services::PUBLICITY_EVENTS,
        story_case_id,
        admin_username: admin.username.clone(),
        admin_created,
        demo_password: DEMO_PASSWORD.into(),
        accounts: staff.accounts,
    })
}
