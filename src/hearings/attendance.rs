//! Attendance and identity checks before each session (H3): per participant, present
//! or not, how identity was verified and with what result, and for an agent whether the
//! power of attorney was checked. Each check is a new row; the latest one counts.
use super::model::*;
use super::require_hearing_staff;
use super::schedule::{get_hearing, head};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, PartySide};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::bounded;
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

pub async fn record_attendance(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: AttendanceInput,
) -> Result<Hearing> {
    require_hearing_staff(actor)?;
    let note = bounded(&input.note, "note", 500)?;
    if input.present && input.identity_method == IdentityMethod::NotChecked {
        return Err(Error::validation(
            "identityMethod",
            "identity_required",
            "到庭人员须核对身份，请选择核验方式",
        ));
    }
    let absence = if input.present { None } else { input.absence };
    if !input.present && absence.is_none() {
        return Err(Error::validation(
            "absence",
            "absence_required",
            "请选择未到庭的情形（经通知未到庭、中途退庭、技术故障或请假）",
        ));
    }
    let mut tx = core.begin_write().await?;
    let (lead, _) = head(&mut tx, hearing_id).await?;
    let file = cases::load(&mut tx, &lead).await?;
    let (key, role, name, party_id, agent_id) = match (&input.party_id, &input.agent_id) {
        (_, Some(agent_id)) => {
            let agent = file
                .agents
                .iter()
                .find(|a| &a.id == agent_id)
                .ok_or_else(|| {
                    Error::validation("agentId", "agent_not_in_case", "请选择本案代理人")
                })?;
            if input.present && input.authority_checked != Some(true) {
                return Err(Error::validation(
                    "authorityChecked",
                    "authority_unchecked",
                    "代理人到庭须核对授权委托书及代理权限",
                ));
            }
            (
                format!("agent:{}", agent.id),
                ParticipantRole::Agent,
                agent.name.clone(),
                Some(agent.party_id.clone()),
                Some(agent.id.clone()),
            )
        }
        (Some(party_id), None) => {
            let p = file
                .parties
                .iter()
                .find(|p| &p.id == party_id)
                .ok_or_else(|| {
                    Error::validation("partyId", "party_not_in_case", "请选择本案当事人")
                })?;
            let role = match p.side {
                PartySide::Applicant => ParticipantRole::Applicant,
                PartySide::Respondent => ParticipantRole::Respondent,
                PartySide::ThirdParty => ParticipantRole::ThirdParty,
            };
            (
                format!("party:{}", p.id),
                role,
                p.name.clone(),
                Some(p.id.clone()),
                None,
            )
        }
        (None, None) => {
            let name = input
                .name
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .ok_or_else(|| Error::validation("name", "required", "请填写参加人员姓名"))?;
            let role = match input.role {
                Some(r @ (ParticipantRole::Witness | ParticipantRole::Other)) => r,
                _ => ParticipantRole::Other,
            };
            (
                format!("{}:{name}", role.as_str()),
                role,
                name.to_owned(),
                None,
                None,
            )
        }
    };
    sqlx::query(
        "INSERT INTO hearing_attendance (id, hearing_id, participant_key, role, party_id, agent_id, name, present,
             identity_method, identity_ok, authority_checked, note, recorded_at, recorded_by, absence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(hearing_id)
    .bind(&key)
    .bind(role.as_str())
    .bind(&party_id)
    .bind(&agent_id)
    .bind(&name)
    .bind(input.present)
    .bind(input.identity_method.as_str())
    .bind(input.identity_ok)
    .bind(input.authority_checked)
    .bind(note)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .bind(absence.map(Absence::as_str))
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "hearing.attendance",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!(
                "{name}：{}{}",
                if input.present { "到庭" } else { "未到庭" },
                if input.present {
                    format!(
                        "，身份核验{}",
                        if input.identity_ok {
                            "一致"
                        } else {
                            "不一致"
                        }
                    )
                } else {
                    absence
                        .map(|a| format!("（{}）", a.label_zh()))
                        .unwrap_or_default()
                }
            ),
        },
    )
    .await?;
    tx.commit().await?;
    get_hearing(core, actor, hearing_id).await
}

/// The latest check per participant, in the order first checked.
pub(crate) async fn latest(
    conn: &mut SqliteConnection,
    hearing_id: &str,
) -> Result<Vec<Attendance>> {
    let rows = sqlx::query(
        "SELECT a.participant_key, a.role, a.name, a.party_id, a.agent_id, a.present, a.identity_method, a.identity_ok,
                a.authority_checked, a.absence, a.note, a.recorded_at, u.display_name
         FROM hearing_attendance a JOIN users u ON u.id = a.recorded_by
         WHERE a.hearing_id = ? ORDER BY a.recorded_at, a.id",
    )
    .bind(hearing_id)
    .fetch_all(conn)
    .await?;
    let mut out: Vec<Attendance> = Vec::new();
    for r in rows {
        let role: String = r.try_get("role")?;
        let method: String = r.try_get("identity_method")?;
        let row = Attendance {
            participant_key: r.try_get("participant_key")?,
            role: ParticipantRole::parse(&role).ok_or_else(|| Error::internal("unknown role"))?,
            name: r.try_get("name")?,
            party_id: r.try_get("party_id")?,
            agent_id: r.try_get("agent_id")?,
            present: r.try_get("present")?,
            identity_method: IdentityMethod::parse(&method)
                .ok_or_else(|| Error::internal("unknown method"))?,
            identity_ok: r.try_get("identity_ok")?,
            authority_checked: r.try_get("authority_checked")?,
            absence: r
                .try_get::<Option<String>, _>("absence")?
                .and_then(|a| Absence::parse(&a)),
            note: r.try_get("note")?,
            recorded_at: r.try_get("recorded_at")?,
            recorded_by_name: r.try_get("display_name")?,
        };
        match out
            .iter_mut()
            .find(|a| a.participant_key == row.participant_key)
        {
            Some(slot) => *slot = row,
            None => out.push(row),
        }
    }
    Ok(out)
}
