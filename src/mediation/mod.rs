//! Grassroots labor-dispute mediation (LDMAL Arts. 10–16): the registry of mediation
//! organisations with their mediators, training and supervision; mediation cases before
//! arbitration with the 15-day window of Art. 14, agreements and their arbitral review
//! (J5), referral to arbitration; and the institute's service records.
mod cases;
mod fields;
mod model;
mod orgs;
mod read;
mod services;
mod training;

pub use cases::{
    apply_for_review, arbitration_draft, complete_signatures, create_mediation_case,
    record_agreement, record_no_agreement, refer_to_arbitration,
};
pub use model::*;
pub use orgs::{add_mediator, create_org, get_org, list_orgs, update_mediator, update_org};
pub use read::{get_mediation_case, list_mediation_cases};
pub use services::{
    list_publicity, list_service_logs, log_service, record_publicity, remove_service_log,
};
pub use training::{list_trainings, record_training, record_visit};
