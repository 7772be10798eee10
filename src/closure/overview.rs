//! Everything about how a merged group ends, read for the case file.
use super::model::ClosureOverview;
use super::{attempts, award, group_of, statement, withdrawal};
use crate::actor::Actor;
use crate::cases;
use crate::db::Core;
use crate::error::Result;

pub async fn get_closure(core: &Core, _actor: &Actor, case_id: &str) -> Result<ClosureOverview> {
    let mut conn = core.pool().acquire().await?;
    let (lead, group) = group_of(&mut conn, case_id).await?;
    let mut summaries = Vec::with_capacity(group.len());
    for id in &group {
        summaries.push(cases::load(&mut conn, id).await?.summary);
    }
    Ok(ClosureOverview {
        attempts: attempts::list(&mut conn, &lead).await?,
        statements: statement::list(&mut conn, &lead).await?,
        award: award::read(&mut conn, &lead).await?,
        withdrawals: withdrawal::list(&mut conn, &group).await?,
        mediation_tried: attempts::mediation_tried(&mut conn, &lead).await?,
        lead_case_id: lead,
        cases: summaries,
    })
}
