//! J4: earlier applications between the same parties that ended by withdrawal. After a
//! voluntary withdrawal a new application is allowed (shown as a note); after a deemed
//! withdrawal for non-attendance (LDMAL Art. 36; Rules Art. 39) a new application on
//! the same matter is not accepted.
use super::model::{CaseFile, ClaimCategory, ClosureType, Party, PartyKind, PartySide};
use crate::error::Result;
use serde::Serialize;
use sqlx::SqliteConnection;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PriorWithdrawal {
    pub case_id: String,
    pub case_no: Option<String>,
    pub closure_type: ClosureType,
    pub closed_on: Option<String>,
    /// Claim categories both applications share: the "same matter" test.
    pub shared_categories: Vec<ClaimCategory>,
}

fn identity(p: &Party) -> String {
    match p.kind {
        PartyKind::Person => p.id_number.clone(),
        PartyKind::Organization => p.credit_code.clone(),
    }
    .unwrap_or_else(|| format!("name:{}", p.name))
}

fn identities(parties: &[Party], side: PartySide) -> Vec<String> {
    parties
        .iter()
        .filter(|p| p.side == side)
        .map(identity)
        .collect()
}

/// Closed cases withdrawn (or deemed withdrawn) with the same applicant against the
/// same respondent, sharing at least one claim category.
pub(super) async fn prior_withdrawals(
    conn: &mut SqliteConnection,
    file: &CaseFile,
) -> Result<Vec<PriorWithdrawal>> {
    let applicants = identities(&file.parties, PartySide::Applicant);
    let respondents = identities(&file.parties, PartySide::Respondent);
    let categories: Vec<ClaimCategory> = file.claims.iter().map(|c| c.category).collect();
    let mut candidates: Vec<(String, Option<String>, String, Option<String>)> = Vec::new();
    for applicant in &file
        .parties
        .iter()
        .filter(|p| p.side == PartySide::Applicant)
        .collect::<Vec<_>>()
    {
        let rows: Vec<(String, Option<String>, String, Option<String>)> = sqlx::query_as(
            "SELECT DISTINCT c.id, c.case_no, c.closure_type, c.closed_on FROM cases c
             JOIN parties p ON p.case_id = c.id AND p.side = 'applicant'
             WHERE c.id <> ? AND c.status = 'closed' AND c.closure_type IN ('withdrawal', 'deemed_withdrawal')
               AND (p.name = ? OR (p.id_number IS NOT NULL AND p.id_number = ?))",
        )
        .bind(&file.summary.id)
        .bind(&applicant.name)
        .bind(&applicant.id_number)
        .fetch_all(&mut *conn)
        .await?;
        candidates.extend(rows);
    }
    candidates.sort();
    candidates.dedup();
    let mut found = Vec::new();
    for (case_id, case_no, closure, closed_on) in candidates {
        let earlier = super::lifecycle::load_plain(conn, &case_id).await?;
        let same_parties = identities(&earlier.parties, PartySide::Applicant)
            .iter()
            .any(|a| applicants.contains(a))
            && identities(&earlier.parties, PartySide::Respondent)
                .iter()
                .any(|r| respondents.contains(r));
        let mut shared: Vec<ClaimCategory> = earlier
            .claims
            .iter()
            .map(|c| c.category)
            .filter(|c| categories.contains(c))
            .collect();
        shared.dedup();
        if same_parties && !shared.is_empty() {
            found.push(PriorWithdrawal {
                case_id,
                case_no,
                closure_type: ClosureType::parse(&closure).unwrap_or(ClosureType::Withdrawal),
                closed_on,
                shared_categories: shared,
            });
        }
    }
    Ok(found)
}
