//! Hearings (开庭): scheduling for a case or a merged group with the online meeting's
//! details, the hearing notices served and the warnings before the hearing (E1, C4,
//! H1), and attendance with identity checks (H3). The minutes live in `minutes`.
mod attendance;
mod media;
mod model;
mod opening;
mod recordings;
mod schedule;

pub(crate) use attendance::latest as latest_attendance;
pub use attendance::record_attendance;
pub use model::*;
pub(crate) use opening::mark_opened;
pub use recordings::{add_recording, list_recordings, verify_recording};
pub(crate) use schedule::head;
pub use schedule::{get_hearing, list_hearings, record_notice, schedule_hearing};

use crate::actor::{Actor, Role};
use crate::error::{Error, Result};

/// The institute's hearing staff: clerks and arbitrators (admins and mediators not).
pub(crate) fn require_hearing_staff(actor: &Actor) -> Result<()> {
    match actor.role {
        Role::Clerk | Role::Arbitrator => Ok(()),
        Role::Admin | Role::Mediator => {
            Err(Error::forbidden("只有书记员或仲裁员可以安排开庭和记录庭审"))
        }
    }
}
