//! Counterclaims (反申请) and hearing a claim and its counterclaim together (合并审理),
//! Rules Arts. 36 and 46(4): rules C1–C3.
mod ledger;

pub use ledger::{ClaimLedger, LedgerCase, LedgerClaim, claim_ledger};

use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseFile, CaseStatus, NewCase, Party, PartyKind, PartySide};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::deadlines::{self, DeadlineStatus};
use crate::error::{Error, Result};
use crate::tribunal;
use crate::types::{format_date, parse_date, shanghai_today};
use serde::Serialize;
use sqlx::SqliteConnection;
use ts_rs::TS;
use uuid::Uuid;

/// What a party is known by: its identifier when it has one, else its name.
fn identity(p: &Party) -> String {
    match p.kind {
        PartyKind::Person => p.id_number.clone(),
        PartyKind::Organization => p.credit_code.clone(),
    }
    .unwrap_or_else(|| format!("name:{}", p.name))
}

fn side_ids(parties: &[Party], side: PartySide) -> Vec<String> {
    let mut ids: Vec<String> = parties
        .iter()
        .filter(|p| p.side == side)
        .map(identity)
        .collect();
    ids.sort();
    ids
}

/// Same applicants and respondents, either as they are or with roles reversed.
fn same_parties(a: &[Party], b: &[Party]) -> Option<bool> {
    let (a_app, a_res) = (
        side_ids(a, PartySide::Applicant),
        side_ids(a, PartySide::Respondent),
    );
    let (b_app, b_res) = (
        side_ids(b, PartySide::Applicant),
        side_ids(b, PartySide::Respondent),
    );
    if a_app == b_app && a_res == b_res {
        Some(false)
    } else if a_app == b_res && a_res == b_app {
        Some(true)
    } else {
        None
    }
}

/// When the respondent's counterclaim window (= the defense period, T7) closes, if it
/// has started: the end of T5, or the day the respondent waived it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CounterclaimWindow {
    pub closes_on: Option<String>,
    pub waived: bool,
}

pub async fn counterclaim_window(
    core: &Core,
    actor: &Actor,
    case_id: &str,
) -> Result<CounterclaimWindow> {
    let clock = deadlines::case_clock(core, actor, case_id).await?;
    let t5 = clock.deadlines.iter().find(|d| d.code == "T5");
    Ok(match t5 {
        Some(d) if d.status == DeadlineStatus::Waived => CounterclaimWindow {
            closes_on: d.done_on.clone(),
            waived: true,
        },
        Some(d) => CounterclaimWindow {
            closes_on: d.due.clone(),
            waived: false,
        },
        None => CounterclaimWindow {
            closes_on: None,
            waived: false,
        },
    })
}

/// C1: a counterclaim received within the defense period is registered as a case
/// answering `original_id`, to be decided on within 5 days (C2, T8). One received after
/// the period is refused here with `counterclaim_late`: it must be filed as a separate
/// case (the UI offers to register it as one).
pub async fn file_counterclaim(
    core: &Core,
    actor: &Actor,
    original_id: &str,
    input: NewCase,
) -> Result<CaseFile> {
    cases::require_case_writer(actor)?;
    let original = cases::get(core, actor, original_id).await?;
    if !matches!(
        original.summary.status,
        CaseStatus::Accepted | CaseStatus::InProgress
    ) {
        return Err(Error::precondition(
            "original_not_open",
            "只能对已受理、尚未结案的案件提出反申请",
        ));
    }
    let received = parse_date(&input.received_on, "receivedOn")?;
    let probe: Vec<Party> = probe_parties(&input)?;
    if same_parties(&original.parties, &probe) != Some(true) {
        return Err(Error::validation(
            "parties",
            "counterclaim_parties",
            "反申请的申请人应为原案被申请人、被申请人应为原案申请人",
        ));
    }
    let window = counterclaim_window(core, actor, original_id).await?;
    if let Some(closes) = &window.closes_on
        && format_date(received).as_str() > closes.as_str()
    {
        let how = if window.waived {
            format!("被申请人已于 {closes} 放弃答辩期")
        } else {
            format!("答辩期已于 {closes} 届满")
        };
        return Err(Error::precondition(
            "counterclaim_late",
            format!(
                "反申请于 {} 收到，{how}，不能与本案合并处理，应另行申请仲裁",
                format_date(received)
            ),
        ));
    }
    let mut tx = core.begin_write().await?;
    let id = cases::insert_application(&mut tx, core, actor, &input, Some(original_id)).await?;
    let now = to_rfc3339(core.now());
    cases::insert_event(
        &mut tx,
        original_id,
        "counterclaim_received",
        &format_date(received),
        &format!("收到反申请：{}", input.cause.trim()),
        &now,
        &actor.user_id.to_string(),
    )
    .await?;
    let file = cases::load(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(file)
}

/// Builds comparable parties from an input, validating the identifiers the same way.
fn probe_parties(input: &NewCase) -> Result<Vec<Party>> {
    input
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let norm = |raw: &Option<String>| {
                raw.as_deref()
                    .map(|s| s.trim().to_uppercase().replace([' ', '-'], ""))
                    .filter(|s| !s.is_empty())
            };
            if p.name.trim().is_empty() {
                return Err(Error::validation(
                    &format!("parties.{i}.name"),
                    "party_name_invalid",
                    "请填写当事人名称",
                ));
            }
            Ok(Party {
                id: String::new(),
                side: p.side,
                kind: p.kind,
                position: 0,
                name: p.name.trim().to_owned(),
                sex: None,
                birth_date: None,
                id_type: None,
                id_number: norm(&p.id_number),
                occupation: None,
                workplace: None,
                credit_code: norm(&p.credit_code),
                credit_code_override_reason: None,
                legal_rep_name: None,
                legal_rep_title: None,
                domicile: None,
                mailing_address: None,
                mobile: None,
                phone: None,
                current_location: None,
            })
        })
        .collect()
}

/// A live merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeInfo {
    pub id: String,
    pub lead_case_id: String,
    pub member_case_id: String,
    pub merged_on: String,
}

/// 合并审理: hears `member_id` together with `lead_id`. Checks C1–C3: same parties,
/// both accepted and open, no hearing started, the same tribunal (or gives the member
/// the lead's). A merged counterclaim restarts the lead's 45 days from the
/// counterclaim's acceptance (C3, Rules Art. 46(4)).
pub async fn merge(
    core: &Core,
    actor: &Actor,
    lead_id: &str,
    member_id: &str,
    on_date: &str,
) -> Result<MergeInfo> {
    cases::require_case_writer(actor)?;
    if lead_id == member_id {
        return Err(Error::validation(
            "memberCaseId",
            "merge_self",
            "不能将案件与其自身合并",
        ));
    }
    let on = parse_date(on_date, "onDate")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "onDate",
            "date_in_future",
            "合并日期不能晚于今天",
        ));
    }
    let mut tx = core.begin_write().await?;
    let lead = cases::load(&mut tx, lead_id).await?;
    let member = cases::load(&mut tx, member_id).await?;
    for (file, who) in [(&lead, "主案"), (&member, "并案")] {
        if !matches!(
            file.summary.status,
            CaseStatus::Accepted | CaseStatus::InProgress
        ) {
            return Err(Error::precondition(
                "merge_case_not_open",
                format!("{who}须为已受理、尚未结案的案件"),
            ));
        }
        if file.events.iter().any(|e| e.kind == "hearing_started") {
            return Err(Error::precondition(
                "hearing_started",
                format!("{who}已开庭，不能再合并审理"),
            ));
        }
    }
    if live_merge_of(&mut tx, member_id).await?.is_some()
        || !tribunal::merged_members(&mut tx, member_id)
            .await?
            .is_empty()
    {
        return Err(Error::precondition(
            "already_merged",
            "并案已与其他案件合并审理",
        ));
    }
    if live_merge_of(&mut tx, lead_id).await?.is_some() {
        return Err(Error::precondition(
            "lead_is_member",
            "主案本身已并入其他案件，请以该案为主案",
        ));
    }
    if same_parties(&lead.parties, &member.parties).is_none() {
        return Err(Error::precondition(
            "parties_differ",
            "两案当事人不一致，不能合并审理",
        ));
    }
    let lead_tribunal = tribunal::read(&mut tx, lead_id).await?;
    let member_tribunal = tribunal::read(&mut tx, member_id).await?;
    let (lead_arbs, member_arbs) = (
        tribunal::arbitrator_ids(&lead_tribunal),
        tribunal::arbitrator_ids(&member_tribunal),
    );
    if !member_arbs.is_empty() && !lead_arbs.is_empty() && member_arbs != lead_arbs {
        return Err(Error::precondition(
            "tribunal_differs",
            "两案仲裁庭组成不同，请先调整为同一仲裁庭",
        ));
    }
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    if member_arbs.is_empty() && !lead_arbs.is_empty() {
        copy_tribunal(&mut tx, lead_id, member_id, &now, &by).await?;
    }
    let id = Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO case_merges (id, lead_case_id, member_case_id, merged_on, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(lead_id)
    .bind(member_id)
    .bind(format_date(on))
    .bind(&now)
    .bind(&by)
    .execute(&mut *tx)
    .await?;
    let name = |f: &CaseFile| {
        f.summary
            .case_no
            .clone()
            .unwrap_or_else(|| f.summary.cause.clone())
    };
    cases::insert_event(
        &mut tx,
        lead_id,
        "merged",
        &format_date(on),
        &format!("与 {} 合并审理", name(&member)),
        &now,
        &by,
    )
    .await?;
    cases::insert_event(
        &mut tx,
        member_id,
        "merged",
        &format_date(on),
        &format!("并入 {} 合并审理", name(&lead)),
        &now,
        &by,
    )
    .await?;
    let is_counterclaim = member.summary.counterclaim_of.as_deref() == Some(lead_id);
    if let (true, Some(accepted)) = (is_counterclaim, &member.summary.accepted_on) {
        cases::insert_event(
            &mut tx,
            lead_id,
            "limit_restarted",
            accepted,
            "反申请合并审理，审理期限自反申请受理之日起重新计算",
            &now,
            &by,
        )
        .await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.merged",
            entity_type: "case",
            entity_id: Some(lead_id.to_owned()),
            summary: format!(
                "{} 与 {} 合并审理{}",
                name(&lead),
                name(&member),
                if is_counterclaim {
                    "（反申请，审理期限重新计算）"
                } else {
                    ""
                }
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(MergeInfo {
        id,
        lead_case_id: lead_id.to_owned(),
        member_case_id: member_id.to_owned(),
        merged_on: format_date(on),
    })
}

/// Undoes a merge before the hearing starts. The lead's 45 days go back to what they
/// were without the counterclaim.
pub async fn undo_merge(core: &Core, actor: &Actor, member_id: &str, reason: &str) -> Result<()> {
    cases::require_case_writer(actor)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::validation(
            "reason",
            "reason_required",
            "请填写撤销合并审理的理由",
        ));
    }
    let mut tx = core.begin_write().await?;
    let Some(merge) = live_merge_of(&mut tx, member_id).await? else {
        return Err(Error::precondition("not_merged", "该案件未合并审理"));
    };
    for id in [&merge.lead_case_id, &merge.member_case_id] {
        if cases::load(&mut tx, id)
            .await?
            .events
            .iter()
            .any(|e| e.kind == "hearing_started")
        {
            return Err(Error::precondition(
                "hearing_started",
                "已开庭，不能撤销合并审理",
            ));
        }
    }
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    sqlx::query("UPDATE case_merges SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ? AND undone_at IS NULL")
        .bind(&now)
        .bind(&by)
        .bind(reason)
        .bind(&merge.id)
        .execute(&mut *tx)
        .await?;
    let today = format_date(shanghai_today(core.now()));
    for id in [&merge.lead_case_id, &merge.member_case_id] {
        cases::insert_event(&mut tx, id, "merge_undone", &today, reason, &now, &by).await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.merge_undone",
            entity_type: "case",
            entity_id: Some(merge.lead_case_id.clone()),
            summary: format!("撤销合并审理：{reason}"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn live_merge_of(
    conn: &mut SqliteConnection,
    member_id: &str,
) -> Result<Option<MergeInfo>> {
    let row: Option<(String, String, String, String)> = sqlx::query_as(
        "SELECT id, lead_case_id, member_case_id, merged_on FROM case_merges WHERE member_case_id = ? AND undone_at IS NULL",
    )
    .bind(member_id)
    .fetch_optional(conn)
    .await?;
    Ok(
        row.map(|(id, lead_case_id, member_case_id, merged_on)| MergeInfo {
            id,
            lead_case_id,
            member_case_id,
            merged_on,
        }),
    )
}

async fn copy_tribunal(
    conn: &mut SqliteConnection,
    from: &str,
    to: &str,
    now: &str,
    by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO tribunal_members (case_id, user_id, seat, assigned_on, assigned_at, assigned_by)
         SELECT ?, user_id, seat, assigned_on, ?, ? FROM tribunal_members WHERE case_id = ?",
    )
    .bind(to)
    .bind(now)
    .bind(by)
    .bind(from)
    .execute(conn)
    .await?;
    Ok(())
}
