//! Case files: creation with parties and claims, acceptance with the completeness check
//! (A1, A2) and atomic case numbering, non-acceptance with reasons (A5), closure with a
//! mandatory closure type (J6), and the legal status transitions between them.
mod additions;
mod advisories;
mod circumstances;
mod completeness;
mod draft;
mod editing;
mod lifecycle;
mod model;
mod numbering;
mod parties;
mod prior;
mod store;

pub use additions::{add_claim, add_evidence, add_party};
pub use advisories::{Advisory, AdvisoryLevel, advise, one_year_after};
pub use circumstances::{Circumstances, EmploymentStatus, set_circumstances};
pub use completeness::{MissingItem, missing_for_acceptance};
pub(crate) use draft::worker_against_employer;
pub use editing::{add_agent, update_party};
pub use lifecycle::{accept, close, create, get, list, not_accept};
pub(crate) use lifecycle::{close_in_tx, insert_application, load};
pub use model::*;
pub use numbering::{case_number_pattern, format_case_number, set_case_number_pattern};
pub use prior::PriorWithdrawal;
pub(crate) use store::insert_event;

use crate::actor::{Actor, Role};
use crate::error::{Error, Result};

/// Case files are written by the institute's staff; mediators of grassroots
/// organizations work in mediation, not in arbitration case files.
pub(crate) fn require_case_writer(actor: &Actor) -> Result<()> {
    match actor.role {
        Role::Admin | Role::Arbitrator | Role::Clerk => Ok(()),
        Role::Mediator => Err(Error::forbidden("调解员不能修改仲裁案件")),
    }
}
