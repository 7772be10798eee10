//! Consent records with signature evidence (domain doc §7, §9.6; rules G1(c), G4, H1,
//! H6): per party and kind, how it was given, who recorded it, and the SHA-256 of the
//! exact text agreed to. Append-only and hash-chained; a revocation is a new record.
mod artifact;
mod confirmation;
mod model;
mod record;
pub mod text;

pub(crate) use confirmation::status_in as confirmation_status_in;
pub use confirmation::{confirmation_status, issue_confirmation};
pub use model::*;
pub use record::{consent_preview, list_consents, record_consent, verify_consents};
pub(crate) use record::{list_in, standing};

use crate::actor::{Actor, Role};
use crate::error::{Error, Result};

/// Clerks record consents (arbitrators may too, e.g. an oral consent during the
/// hearing); administrators and mediators may not.
pub(crate) fn require_recorder(actor: &Actor) -> Result<()> {
    match actor.role {
        Role::Clerk | Role::Arbitrator => Ok(()),
        Role::Admin | Role::Mediator => {
            Err(Error::forbidden("只有书记员或仲裁员可以记录当事人的同意"))
        }
    }
}

pub(super) fn trimmed(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}
