//! The seed story's summary procedure: both parties consent online (腾讯电子签) to
//! summary handling, to an online hearing and to electronic service, the company
//! waives its defense period, both sign the confirmation of rights and duties; the
//! presiding arbitrator attests the grounds and decides summary handling as sole
//! arbitrator.
use super::rng::Days;
use super::staff::Staff;
use super::story::Story;
use crate::consent::{self, ConsentAction, ConsentInput, ConsentKind, ConsentMethod};
use crate::db::Core;
use crate::error::Result;
use crate::procedure::{self, AttestInput, DecideSummaryInput};

/// Both parties consent online (e-signature) to summary handling, to an online
/// hearing and to electronic service; the company waives its defense period; both
/// sign the confirmation of rights and duties.
pub(super) async fn consents(core: &Core, staff: &Staff, days: Days, s: &Story) -> Result<()> {
    let clerk = staff.clerk(0);
    let mut flow = 0;
    let mut give = async |party: &str, kind: ConsentKind| -> Result<()> {
        let preview = consent::consent_preview(core, clerk, &s.lead, party, kind, None).await?;
        flow += 1;
        consent::record_consent(
            core,
            clerk,
            &s.lead,
            ConsentInput {
                party_id: party.into(),
                kind,
                action: ConsentAction::Grant,
                revokes: None,
                reason: None,
                method: ConsentMethod::ESignPlatform,
                method_ref: Some(format!(
                    "TXESIGN-{}-{flow:04}",
                    days.iso(3).replace('-', "")
                )),
                video_offset_s: None,
                signature_png: None,
                scan_path: None,
                scan_bytes: None,
                scan_name: None,
                shortened_to_days: None,
                given_on: days.iso(3),
                text_sha256: preview.text_sha256,
            },
        )
        .await?;
        Ok(())
    };
    for kind in [
        ConsentKind::SummaryHandling,
        ConsentKind::OnlineHearing,
        ConsentKind::ElectronicService,
    ] {
        give(&s.worker, kind).await?;
        give(&s.company, kind).await?;
    }
    give(&s.company, ConsentKind::DefenseWaiver).await?;
    consent::issue_confirmation(core, clerk, &s.lead).await?;
    give(&s.worker, ConsentKind::ConfirmationSignature).await?;
    give(&s.company, ConsentKind::ConfirmationSignature).await?;
    Ok(())
}

/// The presiding arbitrator attests the grounds and decides summary handling with
/// himself as sole arbitrator; the clerk tells both parties.
pub(super) async fn decide(core: &Core, staff: &Staff, days: Days, s: &Story) -> Result<()> {
    let arb = staff.arbitrator(0);
    for (item, holds, note) in [
        ("G1a", true, "事实清楚、权利义务关系明确、争议不大"),
        ("G2_public_interest", false, ""),
        ("G2_social_impact", false, ""),
        ("G2_whereabouts", false, ""),
        ("G2_unsuitable", false, ""),
    ] {
        let input = AttestInput {
            item: item.into(),
            holds,
            note: note.into(),
        };
        procedure::attest(core, arb, &s.lead, input).await?;
    }
    let decided = procedure::decide_summary(
        core,
        arb,
        &s.lead,
        DecideSummaryInput {
            decided_on: days.iso(1),
            sole_arbitrator_id: Some(arb.user_id.to_string()),
        },
    )
    .await?;
    if let Some(task) = decided.tasks.first() {
        let note = "已电话告知双方本案适用简易处理、合并审理并线上开庭，并短信确认收到";
        procedure::complete_task(core, staff.clerk(0), &task.id, note).await?;
    }
    Ok(())
}
