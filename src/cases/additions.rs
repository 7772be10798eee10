//! Adding to a registered case file: a claim (C5), a party (C6) or an evidence item.
//! After acceptance an added claim or party restarts the award deadline, recorded as a
//! case event in the same transaction as the addition.
use super::editing::require_open;
use super::model::*;
use super::{lifecycle, parties, require_case_writer, store};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date, shanghai_today};
use time::Date;
use uuid::Uuid;

/// The day of an addition: not in the future, not before acceptance.
fn check_on_date(file: &CaseFile, on: Date, core: &Core) -> Result<()> {
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "onDate",
            "date_in_future",
            "日期不能晚于今天",
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
            "日期不能早于受理日期",
        ));
    }
    Ok(())
}

fn label(file: &CaseFile) -> &str {
    file.summary
        .case_no
        .as_deref()
        .unwrap_or(&file.summary.cause)
}

/// Adds a claim (C5). After acceptance the award deadline restarts from `on_date`
/// (Rules Art. 46(3)), recorded as a `claims_changed` event in the same transaction.
pub async fn add_claim(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: AddClaimInput,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let description = input.description.trim();
    if description.is_empty() || description.chars().count() > 2_000 {
        return Err(Error::validation(
            "description",
            "required",
            "请填写请求内容（不超过 2000 字）",
        ));
    }
    let amount = match input
        .amount
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        Some(raw) => {
            let money = crate::types::Money::parse(raw)?;
            if money.fen() <= 0 {
                return Err(Error::validation(
                    "amount",
                    "amount_not_positive",
                    "请求金额应大于零；非金钱请求请留空",
                ));
            }
            Some(money.fen())
        }
        None => None,
    };
    let on = parse_date(&input.on_date, "onDate")?;
    let mut tx = core.begin_write().await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    require_open(&file)?;
    let in_case = |id: &str| file.parties.iter().any(|p| p.id == id);
    if !in_case(&input.claimant_party_id)
        || !in_case(&input.respondent_party_id)
        || input.claimant_party_id == input.respondent_party_id
    {
        return Err(Error::validation(
            "claimantPartyId",
            "claim_parties_invalid",
            "请选择提出请求和被请求的当事人（不能是同一人）",
        ));
    }
    check_on_date(&file, on, core)?;
    let now = to_rfc3339(core.now());
    let position = file.claims.iter().map(|c| c.position).max().unwrap_or(0) + 1;
    store::insert_claim(
        &mut tx,
        store::NewClaimRow {
            id: &Uuid::now_v7().to_string(),
            case_id,
            position,
            category: input.category,
            description,
            amount_fen: amount,
            claimant: &input.claimant_party_id,
            respondent: &input.respondent_party_id,
            now: &now,
        },
    )
    .await?;
    let accepted = file.summary.accepted_on.is_some();
    if accepted {
        store::insert_event(
            &mut tx,
            case_id,
            "claims_changed",
            &format_date(on),
            &format!("增加仲裁请求：{description}"),
            &now,
            &actor.user_id.to_string(),
        )
        .await?;
    }
    store::reindex(&mut tx, case_id).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.claim_added",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{}：增加仲裁请求「{description}」{}",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                if accepted {
                    "，审理期限自该日起重新计算"
                } else {
                    ""
                }
            ),
        },
    )
    .await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(file)
}

/// Adds a party or third party. After acceptance this records the decision to add
/// (C6), and the award deadline restarts from `on_date` (Rules Art. 46(1)).
pub async fn add_party(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: AddPartyInput,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let valid = parties::validate(&input.party, shanghai_today(core.now()), "party.")?;
    let on = parse_date(&input.on_date, "onDate")?;
    let mut tx = core.begin_write().await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    require_open(&file)?;
    check_on_date(&file, on, core)?;
    let position = file
        .parties
        .iter()
        .filter(|p| p.side == valid.side)
        .map(|p| p.position)
        .max()
        .unwrap_or(0)
        + 1;
    let now = to_rfc3339(core.now());
    store::insert_party(
        &mut tx,
        &Uuid::now_v7().to_string(),
        case_id,
        position,
        &valid,
        &now,
    )
    .await?;
    let role = valid.side.label_zh();
    let accepted = file.summary.accepted_on.is_some();
    if accepted {
        store::insert_event(
            &mut tx,
            case_id,
            "party_added",
            &format_date(on),
            &format!("追加{role}：{}", valid.name),
            &now,
            &actor.user_id.to_string(),
        )
        .await?;
    }
    store::reindex(&mut tx, case_id).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.party_added",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{}：{}{role} {}{}",
                label(&file),
                if accepted { "决定追加" } else { "增列" },
                valid.name,
                if accepted {
                    "，审理期限自决定之日起重新计算"
                } else {
                    ""
                }
            ),
        },
    )
    .await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(file)
}

/// Adds an item to the evidence list; an earlier "no evidence" declaration no longer
/// holds once there is an item.
pub async fn add_evidence(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: AddEvidenceInput,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let text = |value: &str, field: &str, max: usize, message: &str| -> Result<String> {
        let v = value.trim();
        if v.is_empty() || v.chars().count() > max {
            return Err(Error::validation(
                field,
                "required",
                format!("{message}（不超过 {max} 字）"),
            ));
        }
        Ok(v.to_owned())
    };
    let name = text(&input.name, "name", 200, "请填写证据名称")?;
    let purpose = text(&input.purpose, "purpose", 500, "请填写证明目的")?;
    let mut tx = core.begin_write().await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    require_open(&file)?;
    let party = file
        .parties
        .iter()
        .find(|p| p.id == input.party_id)
        .ok_or_else(|| {
            Error::validation("partyId", "party_not_in_case", "请选择提交证据的当事人")
        })?;
    let position = file.evidence.iter().map(|e| e.position).max().unwrap_or(0) + 1;
    let now = to_rfc3339(core.now());
    store::insert_evidence(
        &mut tx,
        &Uuid::now_v7().to_string(),
        case_id,
        &party.id,
        position,
        &EvidenceInput {
            party: 0,
            name: name.clone(),
            purpose,
            original_available: input.original_available,
        },
        &now,
    )
    .await?;
    if file.no_evidence_declared {
        store::clear_no_evidence_declared(&mut tx, case_id, &now).await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.evidence_added",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!("{}：{} 提交证据「{name}」", label(&file), party.name),
        },
    )
    .await?;
    let file = lifecycle::load(&mut tx, case_id).await?;
    tx.commit().await?;
    Ok(file)
}
