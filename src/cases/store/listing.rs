//! The case list with its filters and search, and the search entry of a case.
use super::CaseRow;
use crate::cases::model::*;
use crate::error::Result;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

/// Counting every match of a broad search costs more than showing the page; past this
/// many the list says "more than".
pub(in crate::cases) const COUNT_CAP: i64 = 10_000;

/// A search matching more cases than this is "dense": its first page is found faster by
/// walking the cases newest first and probing the index than by sorting every hit.
const DENSE: i64 = 2_000;

/// How a text search joins the case list.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Probe {
    /// Few hits: fetch them all, then sort.
    Sparse,
    /// Many hits: walk the list in order and test each case.
    Dense,
}

/// Appends the WHERE clause of the active filters only, so that each filter can use
/// its index (an `? IS NULL OR ...` pattern would defeat range scans).
fn push_filters(qb: &mut QueryBuilder<Sqlite>, query: &CaseQuery, matching: Option<(&str, Probe)>) {
    qb.push(" WHERE 1 = 1");
    if let Some(status) = query.status {
        qb.push(" AND c.status = ").push_bind(status.as_str());
    }
    if let Some(procedure) = query.procedure {
        qb.push(" AND c.procedure = ").push_bind(procedure.as_str());
    }
    if let Some(user) = &query.arbitrator_id {
        qb.push(
            " AND EXISTS (SELECT 1 FROM tribunal_members t WHERE t.case_id = c.id AND t.user_id = ",
        )
        .push_bind(user.clone())
        .push(")");
    }
    if let Some(from) = &query.received_from {
        qb.push(" AND c.received_on >= ").push_bind(from.clone());
    }
    if let Some(to) = &query.received_to {
        qb.push(" AND c.received_on <= ").push_bind(to.clone());
    }
    match matching {
        Some((expr, Probe::Sparse)) => {
            qb.push(" AND c.search_key IN (SELECT rowid FROM case_search WHERE case_search MATCH ")
                .push_bind(expr.to_owned())
                .push(")");
        }
        Some((expr, Probe::Dense)) => {
            qb.push(" AND EXISTS (SELECT 1 FROM case_search WHERE case_search MATCH ")
                .push_bind(expr.to_owned())
                .push(" AND case_search.rowid = c.search_key)");
        }
        None => {}
    }
}

fn has_filters(query: &CaseQuery) -> bool {
    query.status.is_some()
        || query.procedure.is_some()
        || query.arbitrator_id.is_some()
        || query.received_from.is_some()
        || query.received_to.is_some()
}

pub(in crate::cases) async fn list(
    conn: &mut SqliteConnection,
    query: &CaseQuery,
    matching: Option<&str>,
) -> Result<(Vec<CaseSummary>, i64)> {
    let limit = i64::from(query.limit.clamp(1, 100));
    // Hits in the index alone, counted up to the cap.
    let hits = match matching {
        Some(expr) => {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT ?)",
            )
            .bind(expr)
            .bind(COUNT_CAP + 1)
            .fetch_one(&mut *conn)
            .await?;
            Some(n)
        }
        None => None,
    };
    // A one-character (prefix) query is costly to re-run per case: always sort its hits.
    let prefix = matching.is_some_and(|m| m.contains('*'));
    let probe = if hits.is_some_and(|n| n > DENSE) && !prefix {
        Probe::Dense
    } else {
        Probe::Sparse
    };
    let matching = matching.map(|m| (m, probe));

    let mut page = QueryBuilder::new(if probe == Probe::Dense {
        select_cases!("INDEXED BY cases_received")
    } else {
        select_cases!("")
    });
    push_filters(&mut page, query, matching);
    page.push(" ORDER BY c.received_on DESC, c.id DESC LIMIT ")
        .push_bind(limit)
        .push(" OFFSET ")
        .push_bind(i64::from(query.offset));
    let rows: Vec<CaseRow> = page.build_query_as().fetch_all(&mut *conn).await?;

    let total = match hits {
        // Every indexed case is listed, so without other filters the hits are the total.
        Some(n) if !has_filters(query) => n,
        _ => {
            let mut count = QueryBuilder::new("SELECT COUNT(*) FROM (SELECT 1 FROM cases c");
            push_filters(&mut count, query, matching.map(|(m, _)| (m, Probe::Sparse)));
            count.push(" LIMIT ").push_bind(COUNT_CAP + 1).push(")");
            let (total,): (i64,) = count.build_query_as().fetch_one(&mut *conn).await?;
            total
        }
    };
    Ok((rows.into_iter().map(|r| r.summary).collect(), total))
}

/// Rewrites the case's search entry from its current number, cause, parties and
/// claims. Called in every transaction that changes one of them.
pub(crate) async fn reindex(conn: &mut SqliteConnection, case_id: &str) -> Result<()> {
    let (case_no, cause): (Option<String>, String) =
        sqlx::query_as("SELECT case_no, cause FROM cases WHERE id = ?")
            .bind(case_id)
            .fetch_one(&mut *conn)
            .await?;
    // Name and the identifiers people search by: mobile, phone, ID number, credit code.
    let parties: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, COALESCE(mobile, '') || ' ' || COALESCE(phone, '') || ' ' || COALESCE(id_number, '') || ' ' ||
                COALESCE(credit_code, '')
         FROM parties WHERE case_id = ? ORDER BY side, position",
    )
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    let claims: Vec<(String,)> =
        sqlx::query_as("SELECT description FROM claims WHERE case_id = ? ORDER BY position")
            .bind(case_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut text = vec![case_no.unwrap_or_default(), cause];
    for (name, identifiers) in parties {
        text.push(name);
        text.push(identifiers);
    }
    text.extend(claims.into_iter().map(|(d,)| d));
    crate::search::put(
        conn,
        crate::search::Index::Cases,
        case_id,
        &text.join(" | "),
    )
    .await
}
