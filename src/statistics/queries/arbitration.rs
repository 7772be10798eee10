//! Arbitration cases: received in the range (by today's status, procedure and month),
//! closed in the range (by closure type), and how many of the received were heard
//! online.
use super::{Months, Scope, count, rate};
use crate::cases::{CaseStatus, ClosureType, Procedure};
use crate::error::Result;
use crate::statistics::model::ArbitrationStats;
use sqlx::SqliteConnection;

const STATUSES: [CaseStatus; 5] = [
    CaseStatus::Received,
    CaseStatus::Accepted,
    CaseStatus::InProgress,
    CaseStatus::Closed,
    CaseStatus::NotAccepted,
];

const PROCEDURES: [Procedure; 2] = [Procedure::Ordinary, Procedure::Summary];

const CLOSURES: [ClosureType; 9] = [
    ClosureType::Mediation,
    ClosureType::AwardFinal,
    ClosureType::AwardNonFinal,
    ClosureType::Withdrawal,
    ClosureType::DeemedWithdrawal,
    ClosureType::NotAccepted,
    ClosureType::Terminated,
    ClosureType::Revoked,
    ClosureType::Transferred,
];

fn procedure_label(p: Procedure) -> &'static str {
    match p {
        Procedure::Ordinary => "普通程序",
        Procedure::Summary => "简易处理",
    }
}

pub(super) async fn figures(
    conn: &mut SqliteConnection,
    scope: &Scope,
    months: &mut Months,
) -> Result<ArbitrationStats> {
    // Counterclaims are case files of their own and count as such.
    let received: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT substr(received_on, 1, 7), status, procedure, COUNT(*) FROM cases
         WHERE received_on BETWEEN ?1 AND ?2
         GROUP BY substr(received_on, 1, 7), status, procedure",
    )
    .bind(&scope.from)
    .bind(&scope.to)
    .fetch_all(&mut *conn)
    .await?;
    let sum_where = |keep: &dyn Fn(&str, &str) -> bool| -> i64 {
        received
            .iter()
            .filter(|(_, s, p, _)| keep(s, p))
            .map(|r| r.3)
            .sum()
    };
    let by_status = STATUSES
        .iter()
        .map(|&s| {
            count(
                s.as_str(),
                s.label_zh(),
                sum_where(&|st, _| st == s.as_str()),
            )
        })
        .collect();
    let by_procedure = PROCEDURES
        .iter()
        .map(|&p| {
            let n = sum_where(&|_, pr| pr == p.as_str());
            count(p.as_str(), procedure_label(p), n)
        })
        .collect();
    for (month, _, _, n) in &received {
        months.entry(month.clone()).or_default().arbitration_cases += n;
    }

    let closed: Vec<(String, i64)> = sqlx::query_as(
        "SELECT closure_type, COUNT(*) FROM cases
         WHERE closed_on BETWEEN ?1 AND ?2 AND closure_type IS NOT NULL
         GROUP BY closure_type",
    )
    .bind(&scope.from)
    .bind(&scope.to)
    .fetch_all(&mut *conn)
    .await?;
    let closed_as = |t: ClosureType| -> i64 {
        closed
            .iter()
            .filter(|(k, _)| k == t.as_str())
            .map(|r| r.1)
            .sum()
    };

    let (heard, heard_online) = heard(conn, scope).await?;
    Ok(ArbitrationStats {
        received: received.iter().map(|r| r.3).sum(),
        by_status,
        by_procedure,
        closed: closed.iter().map(|r| r.1).sum(),
        by_closure: CLOSURES
            .iter()
            .map(|&t| count(t.as_str(), t.label_zh(), closed_as(t)))
            .collect(),
        heard,
        heard_online,
        online_share: rate(heard_online, heard),
    })
}

/// Cases received in the range with a hearing that was not cancelled: their own, or
/// (for a case merged into another, 合并审理) the lead case's. Heard online when any
/// such hearing was online or mixed.
async fn heard(conn: &mut SqliteConnection, scope: &Scope) -> Result<(i64, i64)> {
    let (heard, online): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(online), 0) FROM (
             SELECT c.id, MAX(CASE WHEN h.mode IN ('online', 'mixed') THEN 1 ELSE 0 END) AS online
             FROM cases c
             LEFT JOIN case_merges m ON m.member_case_id = c.id AND m.undone_at IS NULL
             JOIN hearings h ON (h.lead_case_id = c.id OR h.lead_case_id = m.lead_case_id)
                            AND h.status <> 'cancelled'
             WHERE c.received_on BETWEEN ?1 AND ?2
             GROUP BY c.id
         ) AS heard_cases",
    )
    .bind(&scope.from)
    .bind(&scope.to)
    .fetch_one(conn)
    .await?;
    Ok((heard, online))
}
