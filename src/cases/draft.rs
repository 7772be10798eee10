//! Applications drafted from an earlier record (an intake request, a mediation that
//! failed): the clerk completes the draft before it is registered.
use super::model::{Channel, ClaimCategory, ClaimInput, NewCase, PartyInput, PartyKind, PartySide};

/// The worker `applicant` against the employer `employer`: each category a claim to
/// complete, the first category as the cause, transferred in.
pub(crate) fn worker_against_employer(
    applicant: PartyInput,
    employer: &str,
    categories: &[ClaimCategory],
    facts: String,
    received_on: String,
) -> NewCase {
    let mut respondent = PartyInput::blank(PartySide::Respondent, PartyKind::Organization);
    respondent.name = employer.to_owned();
    NewCase {
        channel: Channel::Transferred,
        cause: categories
            .first()
            .map(|c| c.label_zh().to_owned())
            .unwrap_or_default(),
        facts,
        received_on,
        parties: vec![applicant, respondent],
        claims: categories
            .iter()
            .map(|c| ClaimInput {
                category: *c,
                description: String::new(),
                amount: None,
                claimant: 0,
                respondent: 1,
            })
            .collect(),
        evidence: Vec::new(),
        no_evidence_declared: false,
        oral_confirmed: false,
        priority: false,
    }
}
