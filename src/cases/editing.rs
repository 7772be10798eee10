//! Changing a case file after it was registered: completing or correcting a party (so
//! that missing items can be supplied before acceptance), and agents with their power
//! of attorney (LDMAL Art. 24).
use super::model::*;
use super::{lifecycle, parties, require_case_writer, store};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{Mobile, format_date, parse_date, shanghai_today};
use uuid::Uuid;

pub(super) fn require_open(file: &CaseFile) -> Result<()> {
    match file.summary.status {
        CaseStatus::Received | CaseStatus::Accepted | CaseStatus::InProgress => Ok(()),
        CaseStatus::NotAccepted | CaseStatus::Closed => Err(Error::precondition(
            "case_not_open",
            "案件已结案或不予受理，不能再修改",
        )),
    }
}

/// Replaces a party's details; side and kind cannot change (add a party instead).
pub async fn update_party(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    party_id: &str,
    input: PartyInput,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let valid = parties::validate(&input, shanghai_today(core.now()), "")?;
    let mut tx = core.begin_write().await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    require_open(&file)?;
    let old = file
        .parties
        .iter()
        .find(|p| p.id == party_id)
        .ok_or_else(|| Error::not_found("party_not_found", "本案没有该当事人"))?;
    if old.side != valid.side || old.kind != valid.kind {
        return Err(Error::validation(
            "side",
            "party_role_fixed",
            "当事人的身份和类型不能修改；如需追加当事人请另行登记",
        ));
    }
    let now = to_rfc3339(core.now());
    store::update_party(&mut tx, party_id, &valid, &now).await?;
    store::reindex(&mut tx, case_id).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.party_updated",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{}：修改当事人{}的信息",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                if old.name == valid.name {
                    old.name.clone()
                } else {
                    format!("{}（原名称 {}）", valid.name, old.name)
                }
            ),
        },
    )
    .await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(file)
}

/// Registers an agent (代理人) of a party with the scope of the power of attorney.
pub async fn add_agent(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: AgentInput,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let name = input.name.trim();
    if name.is_empty() || name.chars().count() > 50 {
        return Err(Error::validation(
            "name",
            "agent_name_invalid",
            "请填写代理人姓名（不超过 50 字）",
        ));
    }
    let mobile = match input
        .mobile
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())
    {
        Some(raw) => Some(Mobile::parse(raw)?.into_inner()),
        None => None,
    };
    let scope = input.authority_scope.trim();
    if input.authority == Authority::Special && scope.is_empty() {
        return Err(Error::validation(
            "authorityScope",
            "scope_required",
            "特别授权须写明授权事项（如代为承认、放弃、变更仲裁请求，进行和解、调解，撤回仲裁申请等）",
        ));
    }
    let poa = match input
        .poa_received_on
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => {
            let date = parse_date(d, "poaReceivedOn")?;
            if date > shanghai_today(core.now()) {
                return Err(Error::validation(
                    "poaReceivedOn",
                    "date_in_future",
                    "授权委托书收到日期不能晚于今天",
                ));
            }
            Some(format_date(date))
        }
        None => None,
    };
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    let mut tx = core.begin_write().await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    require_open(&file)?;
    let party = file
        .parties
        .iter()
        .find(|p| p.id == input.party_id)
        .ok_or_else(|| Error::validation("partyId", "party_not_in_case", "请选择本案当事人"))?;
    sqlx::query(
        "INSERT INTO agents (id, party_id, name, kind, organization, mobile, id_number, authority, authority_scope,
                             poa_received_on, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(&party.id)
    .bind(name)
    .bind(input.kind.as_str())
    .bind(text(&input.organization))
    .bind(&mobile)
    .bind(text(&input.id_number))
    .bind(input.authority.as_str())
    .bind(scope)
    .bind(&poa)
    .bind(to_rfc3339(core.now()))
    .execute(&mut *tx)
    .await?;
    let authority = match input.authority {
        Authority::General => "一般授权".to_owned(),
        Authority::Special => format!("特别授权：{scope}"),
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.agent_added",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!("{} 委托 {name} 为代理人（{authority}）", party.name),
        },
    )
    .await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(file)
}
