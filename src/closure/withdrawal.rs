//! Withdrawal (撤回, J4): voluntary — after a settlement or not (LDMAL Art. 41) — or
//! deemed for non-attendance (按撤回处理, E3), which needs the hearing notice proved
//! served and the tribunal's assessment that no justified reason was given. One call
//! may withdraw several cases of one merged group: the seed's ending, where the worker
//! withdraws her claims and the employer its counterclaim, closes both.
use super::group_of;
use super::model::*;
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, ClosureType, require_case_writer};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::bounded;
use crate::hearings::{self, Absence};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

pub async fn withdraw(
    core: &Core,
    actor: &Actor,
    input: WithdrawalInput,
) -> Result<Vec<Withdrawal>> {
    require_case_writer(actor)?;
    let reason = bounded(&input.reason, "reason", 2_000)?;
    if input.kind == WithdrawalKind::Deemed && reason.is_empty() {
        return Err(Error::validation(
            "reason",
            "required",
            "按撤回处理须记明申请人无正当理由拒不到庭或未经许可中途退庭的情况（网络故障等技术原因不适用）",
        ));
    }
    let Some(first) = input.case_ids.first() else {
        return Err(Error::validation("caseIds", "required", "请选择撤回的案件"));
    };
    let mut tx = core.begin_write().await?;
    let (lead, group) = group_of(&mut tx, first).await?;
    for id in &input.case_ids {
        if !group.contains(id) {
            return Err(Error::validation(
                "caseIds",
                "case_not_in_group",
                "一次只能撤回同一合并审理组内的案件",
            ));
        }
    }
    if input.kind == WithdrawalKind::Deemed {
        for case in &input.case_ids {
            check_deemed(&mut tx, &lead, case).await?;
        }
    }
    let closure = match input.kind {
        WithdrawalKind::Voluntary => ClosureType::Withdrawal,
        WithdrawalKind::Deemed => ClosureType::DeemedWithdrawal,
    };
    let note = match (input.after_settlement, reason.is_empty()) {
        (true, true) => "双方自行和解后撤回".to_owned(),
        (true, false) => format!("双方自行和解后撤回：{reason}"),
        (false, _) => reason.to_owned(),
    };
    let mut ids = Vec::new();
    for case in &input.case_ids {
        let date =
            cases::close_in_tx(&mut tx, core, actor, case, closure, &input.on_date, &note).await?;
        let id = Uuid::now_v7().to_string();
        sqlx::query(
            "INSERT INTO withdrawals (id, case_id, kind, after_settlement, on_date, reason, recorded_at, recorded_by)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(case)
        .bind(input.kind.as_str())
        .bind(input.after_settlement)
        .bind(crate::types::format_date(date))
        .bind(reason)
        .bind(to_rfc3339(core.now()))
        .bind(actor.user_id.to_string())
        .execute(&mut *tx)
        .await?;
        ids.push(id);
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.withdrawn",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!("{}：{} 件案件结案", closure.label_zh(), ids.len()),
        },
    )
    .await?;
    let out = list(&mut tx, &group)
        .await?
        .into_iter()
        .filter(|w| ids.contains(&w.id))
        .collect();
    tx.commit().await?;
    Ok(out)
}

/// E3, E4: the applicant of `case` was served a written notice of one of the group's
/// hearings and is recorded absent from it for not joining or for leaving without
/// leave — not for a technical failure. Hearings are held on the lead case, so the
/// applicant is found there by name (a counterclaim's applicant is the lead's
/// respondent).
async fn check_deemed(conn: &mut SqliteConnection, lead: &str, case: &str) -> Result<()> {
    let file = cases::load(&mut *conn, case).await?;
    let names: Vec<String> = file
        .parties
        .iter()
        .filter(|p| p.side == cases::PartySide::Applicant)
        .map(|p| p.name.clone())
        .collect();
    let lead_file = cases::load(&mut *conn, lead).await?;
    let applicant_ids: Vec<&str> = lead_file
        .parties
        .iter()
        .filter(|p| names.contains(&p.name))
        .map(|p| p.id.as_str())
        .collect();
    let hearings: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM hearings WHERE lead_case_id = ? ORDER BY hearing_date DESC")
            .bind(lead)
            .fetch_all(&mut *conn)
            .await?;
    let mut technical = false;
    for (hearing,) in hearings {
        let notified: Vec<(String,)> = sqlx::query_as(
            "SELECT party_id FROM hearing_notices
             WHERE hearing_id = ? AND method IN ('in_person', 'post', 'electronic')",
        )
        .bind(&hearing)
        .fetch_all(&mut *conn)
        .await?;
        let served = notified
            .iter()
            .any(|(p,)| applicant_ids.contains(&p.as_str()))
            .then_some(());
        if served.is_none() {
            continue;
        }
        let absent = hearings::latest_attendance(&mut *conn, &hearing)
            .await?
            .into_iter()
            .filter(|a| {
                a.party_id
                    .as_deref()
                    .is_some_and(|p| applicant_ids.contains(&p))
            })
            .filter(|a| a.agent_id.is_none() && !a.present)
            .filter_map(|a| a.absence)
            .collect::<Vec<_>>();
        if absent
            .iter()
            .any(|a| matches!(a, Absence::NotJoined | Absence::LeftWithoutLeave))
        {
            return Ok(());
        }
        technical |= absent.contains(&Absence::TechnicalFailure);
    }
    if technical {
        return Err(Error::precondition(
            "technical_failure",
            "申请人系因网络、设备等技术原因未能参加庭审，不能按撤回处理",
        ));
    }
    Err(Error::precondition(
        "notice_not_served",
        format!(
            "{}：须经书面通知送达申请人且申请人无正当理由拒不到庭或未经许可中途退庭，才能按撤回处理（《劳动争议调解仲裁法》第三十六条）",
            file.summary.case_no.as_deref().unwrap_or("该案件")
        ),
    ))
}

pub(super) async fn list(conn: &mut SqliteConnection, group: &[String]) -> Result<Vec<Withdrawal>> {
    let mut out = Vec::new();
    for case in group {
        let rows = sqlx::query(
            "SELECT w.id, w.case_id, c.case_no, w.kind, w.after_settlement, w.on_date, w.reason, u.display_name
             FROM withdrawals w JOIN cases c ON c.id = w.case_id JOIN users u ON u.id = w.recorded_by
             WHERE w.case_id = ? ORDER BY w.recorded_at",
        )
        .bind(case)
        .fetch_all(&mut *conn)
        .await?;
        for r in rows {
            out.push(Withdrawal {
                id: r.try_get("id")?,
                case_id: r.try_get("case_id")?,
                case_no: r.try_get("case_no")?,
                kind: WithdrawalKind::parse(r.try_get("kind")?)
                    .ok_or_else(|| Error::internal("unknown withdrawal kind in storage"))?,
                after_settlement: r.try_get("after_settlement")?,
                on_date: r.try_get("on_date")?,
                reason: r.try_get("reason")?,
                recorded_by_name: r.try_get("display_name")?,
            });
        }
    }
    Ok(out)
}
