//! The arbitral tribunal (仲裁庭) of a case: composition per D1, arbitrators from the
//! roster per D2, and recusal applications and decisions per D3–D4.
mod recusal;

pub(crate) use recusal::granted_against;
pub use recusal::{
    Recusal, RecusalDecision, RecusalInput, apply_recusal, decide_recusal, list_recusals,
};

use crate::actor::{Actor, Role};
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseStatus, Procedure};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date, shanghai_today};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    /// 独任仲裁员
    Sole,
    /// 首席仲裁员
    Presiding,
    /// 仲裁员
    Member,
    /// 书记员（记录人员）
    Clerk,
}

impl Seat {
    fn as_str(self) -> &'static str {
        match self {
            Seat::Sole => "sole",
            Seat::Presiding => "presiding",
            Seat::Member => "member",
            Seat::Clerk => "clerk",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [Seat::Sole, Seat::Presiding, Seat::Member, Seat::Clerk]
            .into_iter()
            .find(|x| x.as_str() == s)
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Seat::Sole => "独任仲裁员",
            Seat::Presiding => "首席仲裁员",
            Seat::Member => "仲裁员",
            Seat::Clerk => "书记员",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TribunalMember {
    pub user_id: String,
    pub display_name: String,
    pub seat: Seat,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tribunal {
    pub case_id: String,
    pub members: Vec<TribunalMember>,
    pub formed_on: Option<String>,
}

/// The composition to set: either a sole arbitrator, or a presiding arbitrator and two
/// members; plus the clerk.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TribunalInput {
    #[ts(optional)]
    pub sole: Option<String>,
    #[ts(optional)]
    pub presiding: Option<String>,
    #[serde(default)]
    pub members: Vec<String>,
    #[ts(optional)]
    pub clerk: Option<String>,
    pub on_date: String,
}

/// Forms (or re-forms) the tribunal. Admins and arbitrators only. Cases merged with
/// this one get the same tribunal, since they are heard together.
pub async fn set_tribunal(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: TribunalInput,
) -> Result<Tribunal> {
    if !matches!(actor.role, Role::Admin | Role::Arbitrator) {
        return Err(Error::forbidden("只有管理员或仲裁员可以组成仲裁庭"));
    }
    let on = parse_date(&input.on_date, "onDate")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "onDate",
            "date_in_future",
            "组庭日期不能晚于今天",
        ));
    }
    let mut tx = core.begin_write().await?;
    let file = cases::load(&mut tx, case_id).await?;
    if !matches!(
        file.summary.status,
        CaseStatus::Accepted | CaseStatus::InProgress
    ) {
        return Err(Error::precondition(
            "case_not_open",
            "只有已受理、审理中的案件可以组成仲裁庭",
        ));
    }
    if file
        .summary
        .accepted_on
        .as_deref()
        .is_some_and(|a| format_date(on).as_str() < a)
    {
        return Err(Error::validation(
            "onDate",
            "date_too_early",
            "组庭日期不能早于受理日期",
        ));
    }
    let seats = seats(&input, file.summary.procedure)?;
    for (user_id, seat) in &seats {
        let field = match seat {
            Seat::Sole => "sole",
            Seat::Presiding => "presiding",
            Seat::Member => "members",
            Seat::Clerk => "clerk",
        };
        let row: Option<(String, String, String)> =
            sqlx::query_as("SELECT role, status, display_name FROM users WHERE id = ?")
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        let needed = if *seat == Seat::Clerk {
            "clerk"
        } else {
            "arbitrator"
        };
        match row {
            Some((role, status, _))
                if status == "active"
                    && (role == needed || (*seat == Seat::Clerk && role == "arbitrator")) => {}
            _ => {
                let what = if *seat == Seat::Clerk {
                    "书记员须为在用的书记员账号"
                } else {
                    "仲裁员须为仲裁员名册中在用的仲裁员账号"
                };
                return Err(Error::validation(field, "not_on_roster", what));
            }
        }
        if *seat != Seat::Clerk && recusal::granted_against(&mut tx, case_id, user_id).await? {
            return Err(Error::validation(
                field,
                "recused",
                "该仲裁员已被决定回避，不能再组成本案仲裁庭",
            ));
        }
    }
    let mut group = vec![case_id.to_owned()];
    group.extend(merged_members(&mut tx, case_id).await?);
    let now = to_rfc3339(core.now());
    for id in &group {
        write_members(
            &mut tx,
            id,
            &seats,
            &format_date(on),
            &now,
            &actor.user_id.to_string(),
        )
        .await?;
        cases::insert_event(
            &mut tx,
            id,
            "tribunal_formed",
            &format_date(on),
            "组成仲裁庭",
            &now,
            &actor.user_id.to_string(),
        )
        .await?;
    }
    let tribunal = read(&mut tx, case_id).await?;
    let names: Vec<String> = tribunal
        .members
        .iter()
        .map(|m| format!("{}：{}", m.seat.label_zh(), m.display_name))
        .collect();
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.tribunal_formed",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{} 组成仲裁庭（{}）",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                names.join("，")
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(tribunal)
}

/// D1: a sole arbitrator only under the summary procedure; otherwise a presiding
/// arbitrator and two members, three different people.
fn seats(input: &TribunalInput, procedure: Procedure) -> Result<Vec<(String, Seat)>> {
    let mut seats = Vec::new();
    match (&input.sole, &input.presiding) {
        (Some(_), Some(_)) => {
            return Err(Error::validation(
                "sole",
                "sole_or_panel",
                "独任仲裁员与首席仲裁员只能选择一种组庭方式",
            ));
        }
        (Some(sole), None) => {
            if procedure != Procedure::Summary {
                return Err(Error::validation(
                    "sole",
                    "sole_needs_summary",
                    "一般程序案件应由三名仲裁员组成仲裁庭；独任仲裁仅适用于简易处理案件",
                ));
            }
            if !input.members.is_empty() {
                return Err(Error::validation(
                    "members",
                    "sole_has_no_members",
                    "独任仲裁时不再选择其他仲裁员",
                ));
            }
            seats.push((sole.clone(), Seat::Sole));
        }
        (None, Some(presiding)) => {
            if input.members.len() != 2 {
                return Err(Error::validation(
                    "members",
                    "panel_needs_two_members",
                    "合议庭须由首席仲裁员和两名仲裁员组成",
                ));
            }
            seats.push((presiding.clone(), Seat::Presiding));
            seats.extend(input.members.iter().map(|m| (m.clone(), Seat::Member)));
        }
        (None, None) => {
            return Err(Error::validation(
                "presiding",
                "arbitrator_required",
                "请选择首席仲裁员（或简易处理案件的独任仲裁员）",
            ));
        }
    }
    let mut ids: Vec<&String> = seats.iter().map(|(id, _)| id).collect();
    ids.sort();
    ids.dedup();
    if ids.len() != seats.len() {
        return Err(Error::validation(
            "members",
            "arbitrator_repeated",
            "同一仲裁员不能在仲裁庭中担任两个席位",
        ));
    }
    if let Some(clerk) = &input.clerk {
        if seats.iter().any(|(id, _)| id == clerk) {
            return Err(Error::validation(
                "clerk",
                "clerk_is_arbitrator",
                "书记员不能由本案仲裁员兼任",
            ));
        }
        seats.push((clerk.clone(), Seat::Clerk));
    }
    Ok(seats)
}

pub(crate) async fn write_members(
    conn: &mut SqliteConnection,
    case_id: &str,
    seats: &[(String, Seat)],
    on: &str,
    now: &str,
    by: &str,
) -> Result<()> {
    sqlx::query("DELETE FROM tribunal_members WHERE case_id = ?")
        .bind(case_id)
        .execute(&mut *conn)
        .await?;
    for (user_id, seat) in seats {
        sqlx::query(
            "INSERT INTO tribunal_members (case_id, user_id, seat, assigned_on, assigned_at, assigned_by)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(case_id)
        .bind(user_id)
        .bind(seat.as_str())
        .bind(on)
        .bind(now)
        .bind(by)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub(crate) async fn read(conn: &mut SqliteConnection, case_id: &str) -> Result<Tribunal> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT t.user_id, u.display_name, t.seat, t.assigned_on FROM tribunal_members t
         JOIN users u ON u.id = t.user_id WHERE t.case_id = ?
         ORDER BY CASE t.seat WHEN 'sole' THEN 0 WHEN 'presiding' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, u.display_name",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    let formed_on = rows.first().map(|r| r.3.clone());
    Ok(Tribunal {
        case_id: case_id.to_owned(),
        members: rows
            .into_iter()
            .filter_map(|(user_id, display_name, seat, _)| {
                Some(TribunalMember {
                    user_id,
                    display_name,
                    seat: Seat::parse(&seat)?,
                })
            })
            .collect(),
        formed_on,
    })
}

pub async fn get_tribunal(core: &Core, _actor: &Actor, case_id: &str) -> Result<Tribunal> {
    let mut conn = core.pool().acquire().await?;
    cases::load(&mut conn, case_id).await?;
    read(&mut conn, case_id).await
}

/// The lead of the live merge `case_id` belongs to, or the case itself.
pub(crate) async fn lead_of(conn: &mut SqliteConnection, case_id: &str) -> Result<String> {
    let lead: Option<(String,)> = sqlx::query_as(
        "SELECT lead_case_id FROM case_merges WHERE member_case_id = ? AND undone_at IS NULL",
    )
    .bind(case_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(lead.map_or_else(|| case_id.to_owned(), |(l,)| l))
}

/// The cases merged into `lead` (live merges only).
pub(crate) async fn merged_members(conn: &mut SqliteConnection, lead: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT member_case_id FROM case_merges WHERE lead_case_id = ? AND undone_at IS NULL",
    )
    .bind(lead)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The arbitrators' user ids, for comparing two tribunals.
pub(crate) fn arbitrator_ids(t: &Tribunal) -> Vec<&str> {
    let mut ids: Vec<&str> = t
        .members
        .iter()
        .filter(|m| m.seat != Seat::Clerk)
        .map(|m| m.user_id.as_str())
        .collect();
    ids.sort_unstable();
    ids
}

/// Whether `actor` is an arbitrator seated on the case's tribunal (not its clerk).
pub(crate) async fn is_seated_arbitrator(
    conn: &mut SqliteConnection,
    actor: &crate::actor::Actor,
    case_id: &str,
) -> Result<bool> {
    if actor.role != crate::actor::Role::Arbitrator {
        return Ok(false);
    }
    let me = actor.user_id.to_string();
    Ok(read(conn, case_id)
        .await?
        .members
        .iter()
        .any(|m| m.user_id == me && m.seat != Seat::Clerk))
}
