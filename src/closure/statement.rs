//! The 调解书 (LDMAL Art. 42; J2, J3, K4): made after an agreement, it states the
//! claims and the agreed terms; it takes effect when every party has signed for
//! receipt, on the last receipt's date, which closes every case of the merged group. A
//! party who goes back on it before receipt voids it, and the award is to be made
//! promptly.
use super::model::*;
use super::{group_of, open_cases, require_tribunal};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, ClosureType};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::required;
use crate::hearings;
use crate::types::{Money, format_date, parse_date, shanghai_today};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

pub async fn issue_mediation_statement(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: MediationStatementInput,
) -> Result<MediationStatement> {
    let doc_no = required(&input.doc_no, "docNo", 60, "请填写调解书文号")?;
    let claims = required(
        &input.claims_summary,
        "claimsSummary",
        5_000,
        "请写明仲裁请求",
    )?;
    let issued_on = parse_date(&input.issued_on, "issuedOn")?;
    if issued_on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "issuedOn",
            "date_in_future",
            "制作日期不能晚于今天",
        ));
    }
    if input.terms.is_empty() {
        return Err(Error::validation(
            "terms",
            "required",
            "请写明双方达成的调解协议内容",
        ));
    }
    let terms = input
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let f = |name: &str| format!("terms.{i}.{name}");
            Ok(SettlementTerm {
                description: required(&t.description, &f("description"), 1_000, "请填写协议内容")?,
                amount_fen: match t.amount.trim() {
                    "" => None,
                    raw => Some(
                        Money::parse(raw)
                            .map_err(|e| e.with_field(&f("amount")))?
                            .fen(),
                    ),
                },
                due_on: match t.due_on.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(raw) => Some(format_date(parse_date(raw, &f("dueOn"))?)),
                },
                manner: t.manner.trim().to_owned(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut tx = core.begin_write().await?;
    let (lead, group) = group_of(&mut tx, case_id).await?;
    require_tribunal(&mut tx, actor, &lead).await?;
    open_cases(&mut tx, &group).await?;
    let agreed: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM mediation_attempts WHERE case_id = ? AND result = 'agreement' LIMIT 1",
    )
    .bind(&lead)
    .fetch_optional(&mut *tx)
    .await?;
    if agreed.is_none() {
        return Err(Error::precondition(
            "no_agreement",
            "请先登记达成调解协议的调解情况，再制作调解书",
        ));
    }
    if list(&mut tx, &lead)
        .await?
        .iter()
        .any(|s| s.status == StatementStatus::AwaitingReceipts)
    {
        return Err(Error::precondition(
            "statement_pending",
            "已有调解书正在送达签收中",
        ));
    }
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO mediation_statements (id, case_id, doc_no, claims_summary, terms, issued_on, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&lead)
    .bind(&doc_no)
    .bind(&claims)
    .bind(serde_json::to_string(&terms).map_err(|e| Error::internal(e.to_string()))?)
    .bind(format_date(issued_on))
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.mediation_statement_issued",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!("制作调解书 {doc_no}（{} 项协议内容）", terms.len()),
        },
    )
    .await?;
    let statement = one(&mut tx, &lead, &id).await?;
    tx.commit().await?;
    Ok(statement)
}

/// A party's receipt or repudiation. The last receipt makes the 调解书 effective and
/// closes the group as 调解结案 on that day.
pub async fn record_statement_event(
    core: &Core,
    actor: &Actor,
    statement_id: &str,
    input: StatementEventInput,
) -> Result<MediationStatement> {
    hearings::require_hearing_staff(actor)?;
    let on = parse_date(&input.on_date, "onDate")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "onDate",
            "date_in_future",
            "日期不能晚于今天",
        ));
    }
    let note = input.note.trim();
    if input.kind == StatementEventKind::Repudiation && note.is_empty() {
        return Err(Error::validation(
            "note",
            "required",
            "请记明当事人反悔的情况",
        ));
    }
    let mut tx = core.begin_write().await?;
    let lead: Option<(String,)> =
        sqlx::query_as("SELECT case_id FROM mediation_statements WHERE id = ?")
            .bind(statement_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (lead,) = lead.ok_or_else(|| Error::not_found("statement_not_found", "没有该调解书"))?;
    let before = one(&mut tx, &lead, statement_id).await?;
    if before.status != StatementStatus::AwaitingReceipts {
        return Err(Error::precondition(
            "statement_closed",
            "该调解书已生效或已因反悔失效",
        ));
    }
    if format_date(on) < before.issued_on {
        return Err(Error::validation(
            "onDate",
            "date_too_early",
            format!("日期不能早于调解书制作日期 {}", before.issued_on),
        ));
    }
    let file = cases::load(&mut tx, &lead).await?;
    let party = file
        .parties
        .iter()
        .find(|p| p.id == input.party_id)
        .ok_or_else(|| Error::validation("partyId", "party_not_in_case", "请选择本案当事人"))?;
    if before.events.iter().any(|e| e.party_id == party.id) {
        return Err(Error::validation(
            "partyId",
            "already_recorded",
            format!("{}的签收情况已经登记", party.name),
        ));
    }
    sqlx::query(
        "INSERT INTO mediation_statement_events (id, statement_id, party_id, kind, on_date, method, note,
             recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(statement_id)
    .bind(&party.id)
    .bind(input.kind.as_str())
    .bind(format_date(on))
    .bind(input.method.as_str())
    .bind(note)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let after = one(&mut tx, &lead, statement_id).await?;
    let summary = match (input.kind, after.status) {
        (StatementEventKind::Repudiation, _) => {
            let what = format!("{}在签收调解书 {} 前反悔：{note}", party.name, after.doc_no);
            cases::insert_event(
                &mut tx,
                &lead,
                "mediation_repudiated",
                &format_date(on),
                &format!("{what}；应及时作出裁决"),
                &to_rfc3339(core.now()),
                &actor.user_id.to_string(),
            )
            .await?;
            what
        }
        (_, StatementStatus::Effective) => {
            let (_, group) = group_of(&mut tx, &lead).await?;
            let group = open_cases(&mut tx, &group).await?;
            let effective_on = after.effective_on.clone().unwrap_or_default();
            for case in &group {
                cases::close_in_tx(
                    &mut tx,
                    core,
                    actor,
                    case,
                    ClosureType::Mediation,
                    &effective_on,
                    &format!("调解书 {} 经双方签收生效", after.doc_no),
                )
                .await?;
            }
            format!(
                "{}签收调解书 {}；双方均已签收，调解书自 {effective_on} 生效",
                party.name, after.doc_no
            )
        }
        _ => format!("{}签收调解书 {}", party.name, after.doc_no),
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.mediation_statement_event",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

async fn one(conn: &mut SqliteConnection, lead: &str, id: &str) -> Result<MediationStatement> {
    list(conn, lead)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| Error::not_found("statement_not_found", "没有该调解书"))
}

pub(super) async fn list(
    conn: &mut SqliteConnection,
    lead: &str,
) -> Result<Vec<MediationStatement>> {
    let file = cases::load(&mut *conn, lead).await?;
    let rows = sqlx::query(
        "SELECT s.id, s.doc_no, s.claims_summary, s.terms, s.issued_on, u.display_name
         FROM mediation_statements s JOIN users u ON u.id = s.created_by
         WHERE s.case_id = ? ORDER BY s.created_at",
    )
    .bind(lead)
    .fetch_all(&mut *conn)
    .await?;
    let bad = || Error::internal("unknown statement value in storage");
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get("id")?;
        let events = sqlx::query(
            "SELECT party_id, kind, on_date, method, note, recorded_at FROM mediation_statement_events
             WHERE statement_id = ? ORDER BY recorded_at",
        )
        .bind(&id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|e| {
            let party_id: String = e.try_get("party_id")?;
            Ok(StatementEvent {
                party_name: file
                    .parties
                    .iter()
                    .find(|p| p.id == party_id)
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
                party_id,
                kind: StatementEventKind::parse(e.try_get("kind")?).ok_or_else(bad)?,
                on_date: e.try_get("on_date")?,
                method: ReceiptMethod::parse(e.try_get("method")?).ok_or_else(bad)?,
                note: e.try_get("note")?,
                recorded_at: e.try_get("recorded_at")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let received = |pid: &str| {
            events
                .iter()
                .any(|e| e.party_id == pid && e.kind == StatementEventKind::Receipt)
        };
        let awaiting: Vec<String> = file
            .parties
            .iter()
            .filter(|p| !received(&p.id))
            .map(|p| p.name.clone())
            .collect();
        let repudiated = events
            .iter()
            .any(|e| e.kind == StatementEventKind::Repudiation);
        let (status, effective_on) = if repudiated {
            (StatementStatus::Repudiated, None)
        } else if awaiting.is_empty() {
            let last = events.iter().map(|e| e.on_date.clone()).max();
            (StatementStatus::Effective, last)
        } else {
            (StatementStatus::AwaitingReceipts, None)
        };
        let terms: String = r.try_get("terms")?;
        out.push(MediationStatement {
            id,
            doc_no: r.try_get("doc_no")?,
            claims_summary: r.try_get("claims_summary")?,
            terms: serde_json::from_str(&terms).map_err(|_| bad())?,
            issued_on: r.try_get("issued_on")?,
            status,
            events,
            awaiting,
            effective_on,
            created_by_name: r.try_get("display_name")?,
        });
    }
    Ok(out)
}
