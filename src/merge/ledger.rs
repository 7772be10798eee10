//! The claim ledger of a merged hearing: the claims of every case in the group side by
//! side, with totals per side and the net amount.
use super::live_merge_of;
use crate::actor::Actor;
use crate::cases::{self, ClaimCategory, ClaimStatus, PartySide};
use crate::db::Core;
use crate::error::Result;
use crate::tribunal;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LedgerClaim {
    pub case_id: String,
    pub position: u32,
    pub category: ClaimCategory,
    pub description: String,
    pub claimant: String,
    pub respondent: String,
    #[ts(type = "number | null")]
    pub amount_fen: Option<i64>,
    pub status: ClaimStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LedgerCase {
    pub case_id: String,
    pub case_no: Option<String>,
    pub is_counterclaim: bool,
    pub claims: Vec<LedgerClaim>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClaimLedger {
    pub lead_case_id: String,
    pub cases: Vec<LedgerCase>,
    /// The lead case's applicants (usually the worker) and respondents.
    pub applicant_side: String,
    pub respondent_side: String,
    /// Monetary claims still standing (not withdrawn or dismissed), per side.
    #[ts(type = "number")]
    pub applicant_side_total_fen: i64,
    #[ts(type = "number")]
    pub respondent_side_total_fen: i64,
    /// Applicant side minus respondent side.
    #[ts(type = "number")]
    pub net_fen: i64,
}

/// The ledger of the merge group `case_id` belongs to (or of the case alone).
pub async fn claim_ledger(core: &Core, actor: &Actor, case_id: &str) -> Result<ClaimLedger> {
    let mut conn = core.pool().acquire().await?;
    let lead_id = match live_merge_of(&mut conn, case_id).await? {
        Some(m) => m.lead_case_id,
        None => case_id.to_owned(),
    };
    let mut ids = vec![lead_id.clone()];
    ids.extend(tribunal::merged_members(&mut conn, &lead_id).await?);
    drop(conn);

    let lead = cases::get(core, actor, &lead_id).await?;
    let applicant_names: Vec<&str> = lead
        .parties
        .iter()
        .filter(|p| p.side == PartySide::Applicant)
        .map(|p| p.name.as_str())
        .collect();
    let mut ledger = ClaimLedger {
        lead_case_id: lead_id.clone(),
        cases: Vec::new(),
        applicant_side: lead.summary.applicants.clone(),
        respondent_side: lead.summary.respondents.clone(),
        applicant_side_total_fen: 0,
        respondent_side_total_fen: 0,
        net_fen: 0,
    };
    for id in ids {
        let file = cases::get(core, actor, &id).await?;
        let name_of = |pid: &str| {
            file.parties
                .iter()
                .find(|p| p.id == pid)
                .map(|p| p.name.clone())
                .unwrap_or_default()
        };
        let mut claims = Vec::new();
        for c in &file.claims {
            let claimant = name_of(&c.claimant_party_id);
            let standing = !matches!(c.status, ClaimStatus::Withdrawn | ClaimStatus::Dismissed);
            if let (Some(fen), true) = (c.amount_fen, standing) {
                if applicant_names.contains(&claimant.as_str()) {
                    ledger.applicant_side_total_fen += fen;
                } else {
                    ledger.respondent_side_total_fen += fen;
                }
            }
            claims.push(LedgerClaim {
                case_id: id.clone(),
                position: c.position,
                category: c.category,
                description: c.description.clone(),
                claimant,
                respondent: name_of(&c.respondent_party_id),
                amount_fen: c.amount_fen,
                status: c.status,
            });
        }
        ledger.cases.push(LedgerCase {
            case_id: id.clone(),
            case_no: file.summary.case_no.clone(),
            is_counterclaim: file.summary.counterclaim_of.is_some(),
            claims,
        });
    }
    ledger.net_fen = ledger.applicant_side_total_fen - ledger.respondent_side_total_fen;
    Ok(ledger)
}
