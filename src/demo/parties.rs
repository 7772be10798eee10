//! Case parties complete enough to be accepted (A1): a worker with a checked resident
//! ID, an employer with a checked credit code and its legal representative.
use super::disputes::Dispute;
use super::names::{self, Person};
use super::rng::Rng;
use crate::cases::{Channel, EvidenceInput, NewCase, PartyInput, PartyKind, PartySide};

pub(super) fn worker(p: &Person, job: &str, employer: &str) -> PartyInput {
    PartyInput {
        id_number: Some(p.id_number.clone()),
        occupation: Some(job.to_owned()),
        workplace: Some(employer.to_owned()),
        domicile: Some(p.address.clone()),
        mailing_address: Some(p.address.clone()),
        mobile: Some(p.mobile.clone()),
        name: p.name.clone(),
        ..PartyInput::blank(PartySide::Applicant, PartyKind::Person)
    }
}

pub(super) fn employer(rng: &mut Rng, name: &str) -> PartyInput {
    let address = names::street_address(rng);
    PartyInput {
        name: name.to_owned(),
        credit_code: Some(names::credit_code(rng)),
        legal_rep_name: Some(names::any_name(rng)),
        legal_rep_title: Some(names::title(rng).to_owned()),
        domicile: Some(address.clone()),
        mailing_address: Some(address),
        phone: Some(names::landline(rng)),
        ..PartyInput::blank(PartySide::Respondent, PartyKind::Organization)
    }
}

/// The same party on the other side (a counterclaim swaps applicant and respondent).
pub(super) fn swapped(p: &PartyInput) -> PartyInput {
    let mut out = p.clone();
    out.side = match p.side {
        PartySide::Applicant => PartySide::Respondent,
        _ => PartySide::Applicant,
    };
    out
}

/// An application by `worker` against `employer` on `dispute`, received on `on`.
pub(super) fn application(
    channel: Channel,
    on: String,
    dispute: &Dispute,
    worker: PartyInput,
    employer: PartyInput,
) -> NewCase {
    let facts = format!(
        "申请人{}。为维护合法权益，特申请仲裁。",
        dispute.matter(&employer.name)
    );
    NewCase {
        channel,
        cause: dispute.cause().to_owned(),
        facts,
        received_on: on,
        claims: dispute.claims(),
        evidence: vec![EvidenceInput {
            party: 0,
            name: "工资支付记录、考勤记录及微信聊天记录".into(),
            purpose: "证明劳动关系、工资标准及争议事实".into(),
            original_available: true,
        }],
        parties: vec![worker, employer],
        no_evidence_declared: false,
        oral_confirmed: channel == Channel::Oral,
        priority: false,
    }
}
