//! How a heard case ends: mediation attempts (LDMAL Art. 42), a 调解书 effective on
//! both parties' receipt (J2), withdrawal of one or all cases of a merged group (J4),
//! or an award whose items are each final or non-final by the local minimum wage
//! (K2) with the matching remedy notice (K3), made only after mediation (J1).
mod attempts;
mod award;
mod model;
mod overview;
mod statement;
mod wages;
mod withdrawal;

pub use attempts::record_mediation_attempt;
pub use award::{classify, make_award, preview_award};
pub use model::*;
pub use overview::get_closure;
pub use statement::{issue_mediation_statement, record_statement_event};
pub use wages::{list_minimum_wages, set_minimum_wage};
pub use withdrawal::withdraw;

use crate::actor::Actor;
use crate::cases::{self, CaseStatus};
use crate::error::{Error, Result};
use crate::tribunal;
use sqlx::SqliteConnection;

/// The merged group of `case_id`: its lead and every case in it, lead first.
pub(crate) async fn group_of(
    conn: &mut SqliteConnection,
    case_id: &str,
) -> Result<(String, Vec<String>)> {
    cases::load(&mut *conn, case_id).await?;
    let lead = tribunal::lead_of(&mut *conn, case_id).await?;
    let mut ids = vec![lead.clone()];
    ids.extend(tribunal::merged_members(&mut *conn, &lead).await?);
    Ok((lead, ids))
}

/// The cases of the group still open (accepted or in progress): a counterclaim may
/// have been withdrawn while the claim goes on to mediation or an award. Refused when
/// none is.
async fn open_cases(conn: &mut SqliteConnection, ids: &[String]) -> Result<Vec<String>> {
    let mut open = Vec::with_capacity(ids.len());
    for id in ids {
        let file = cases::load(&mut *conn, id).await?;
        if matches!(
            file.summary.status,
            CaseStatus::Accepted | CaseStatus::InProgress
        ) {
            open.push(id.clone());
        }
    }
    if open.is_empty() {
        return Err(Error::precondition(
            "case_not_open",
            "本案及合并审理的案件均已结案或尚未受理",
        ));
    }
    Ok(open)
}

/// Awards and 调解书 are made by an arbitrator seated on the tribunal.
async fn require_tribunal(conn: &mut SqliteConnection, actor: &Actor, lead: &str) -> Result<()> {
    if tribunal::is_seated_arbitrator(conn, actor, lead).await? {
        Ok(())
    } else {
        Err(Error::forbidden(
            "只有本案仲裁庭的仲裁员可以制作调解书或裁决",
        ))
    }
}
