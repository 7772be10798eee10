//! Creating a case file and moving it through its legal states.
use super::model::*;
use super::{completeness, numbering, parties, require_case_writer, store};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::{bounded, required};
use crate::types::{Money, format_date, parse_date, shanghai_today};
use time::Date;
use uuid::Uuid;

/// Registers a received application (收件) with its parties, claims and evidence, in
/// one transaction: either all of it is saved or none.
pub async fn create(core: &Core, actor: &Actor, input: NewCase) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let mut tx = core.begin_write().await?;
    let id = insert_application(&mut tx, core, actor, &input, None).await?;
    let file = load(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(file)
}

/// Validates and inserts an application inside the caller's transaction; returns its
/// id. A counterclaim names the case it answers.
pub(crate) async fn insert_application(
    tx: &mut sqlx::SqliteConnection,
    core: &Core,
    actor: &Actor,
    input: &NewCase,
    counterclaim_of: Option<&str>,
) -> Result<String> {
    let today = shanghai_today(core.now());
    let received_on = parse_date(&input.received_on, "receivedOn")?;
    if received_on > today {
        return Err(Error::validation(
            "receivedOn",
            "date_in_future",
            "收件日期不能晚于今天",
        ));
    }
    let cause = required(&input.cause, "cause", 100, "请填写案由")?;
    let facts = bounded(&input.facts, "facts", 20_000)?;
    let valid_parties = input
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| parties::validate(p, today, &format!("parties.{i}.")))
        .collect::<Result<Vec<_>>>()?;
    let amounts = validate_claims(input)?;
    validate_evidence(input)?;

    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    store::insert_case(
        &mut *tx,
        store::NewCaseRow {
            id: &id,
            channel: input.channel,
            cause: &cause,
            facts,
            received_on: &format_date(received_on),
            oral_confirmed: input.oral_confirmed,
            no_evidence_declared: input.no_evidence_declared && input.evidence.is_empty(),
            priority: input.priority,
            counterclaim_of,
            now: &now,
            created_by: &by,
        },
    )
    .await?;
    let mut party_ids = Vec::with_capacity(valid_parties.len());
    let mut per_side = std::collections::HashMap::new();
    for party in &valid_parties {
        let position = per_side.entry(party.side).or_insert(0u32);
        *position += 1;
        let party_id = Uuid::now_v7().to_string();
        store::insert_party(&mut *tx, &party_id, &id, *position, party, &now).await?;
        party_ids.push(party_id);
    }
    for (i, (claim, amount)) in input.claims.iter().zip(&amounts).enumerate() {
        store::insert_claim(
            &mut *tx,
            store::NewClaimRow {
                id: &Uuid::now_v7().to_string(),
                case_id: &id,
                position: i as u32 + 1,
                category: claim.category,
                description: claim.description.trim(),
                amount_fen: amount.map(Money::fen),
                claimant: &party_ids[claim.claimant as usize],
                respondent: &party_ids[claim.respondent as usize],
                now: &now,
            },
        )
        .await?;
    }
    for (i, e) in input.evidence.iter().enumerate() {
        let party_id = &party_ids[e.party as usize];
        store::insert_evidence(
            &mut *tx,
            &Uuid::now_v7().to_string(),
            &id,
            party_id,
            i as u32 + 1,
            e,
            &now,
        )
        .await?;
    }
    store::reindex(&mut *tx, &id).await?;
    let what = if counterclaim_of.is_some() {
        "收到反申请"
    } else {
        "收到仲裁申请"
    };
    store::insert_event(
        &mut *tx,
        &id,
        "received",
        &format_date(received_on),
        what,
        &now,
        &by,
    )
    .await?;
    let overrides: Vec<&str> = valid_parties
        .iter()
        .filter(|p| p.credit_code_override_reason.is_some())
        .map(|p| p.name.as_str())
        .collect();
    let kind = if counterclaim_of.is_some() {
        "反申请"
    } else {
        "仲裁申请"
    };
    let mut summary = format!(
        "登记{kind}：{cause}（{} 名当事人，{} 项请求）",
        valid_parties.len(),
        input.claims.len()
    );
    if !overrides.is_empty() {
        summary.push_str(&format!(
            "；统一社会信用代码校验未通过、经说明理由登记：{}",
            overrides.join("、")
        ));
    }
    audit::record(
        &mut *tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: if counterclaim_of.is_some() {
                "case.counterclaim_received"
            } else {
                "case.received"
            },
            entity_type: "case",
            entity_id: Some(id.clone()),
            summary,
        },
    )
    .await?;
    Ok(id)
}

fn validate_claims(input: &NewCase) -> Result<Vec<Option<Money>>> {
    let n = input.parties.len() as u32;
    input
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let f = |name: &str| format!("claims.{i}.{name}");
            required(&c.description, &f("description"), 2_000, "请填写请求内容")?;
            if c.claimant >= n || c.respondent >= n || c.claimant == c.respondent {
                return Err(Error::validation(
                    &f("claimant"),
                    "claim_parties_invalid",
                    "请选择提出请求和被请求的当事人（不能是同一人）",
                ));
            }
            let amount = match c.amount.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
                None => None,
                Some(raw) => {
                    let money = Money::parse(raw).map_err(|e| Error {
                        field: Some(f("amount")),
                        ..e
                    })?;
                    if money.fen() <= 0 {
                        return Err(Error::validation(
                            &f("amount"),
                            "amount_not_positive",
                            "请求金额应大于零；非金钱请求请留空",
                        ));
                    }
                    Some(money)
                }
            };
            Ok(amount)
        })
        .collect()
}

fn validate_evidence(input: &NewCase) -> Result<()> {
    let n = input.parties.len() as u32;
    for (i, e) in input.evidence.iter().enumerate() {
        let f = |name: &str| format!("evidence.{i}.{name}");
        required(&e.name, &f("name"), 200, "请填写证据名称")?;
        required(&e.purpose, &f("purpose"), 500, "请填写证明目的")?;
        if e.party >= n {
            return Err(Error::validation(
                &f("party"),
                "evidence_party_invalid",
                "请选择提交证据的当事人",
            ));
        }
    }
    Ok(())
}

pub(crate) async fn load(conn: &mut sqlx::SqliteConnection, id: &str) -> Result<CaseFile> {
    let mut file = load_plain(conn, id).await?;
    if file.summary.status == CaseStatus::Received {
        file.missing_for_acceptance = completeness::missing_for_acceptance(&file);
        file.prior_withdrawals = super::prior::prior_withdrawals(conn, &file).await?;
    }
    file.advisories = super::advisories::advise(&file, &file.circumstances);
    Ok(file)
}

/// The file as stored, without the derived acceptance checks.
pub(super) async fn load_plain(conn: &mut sqlx::SqliteConnection, id: &str) -> Result<CaseFile> {
    let row = store::case_row(conn, id).await?;
    let file = CaseFile {
        summary: row.summary,
        facts: row.facts,
        not_accepted_kind: row.not_accepted_kind,
        not_accepted_reason: row.not_accepted_reason,
        competent_commission: row.competent_commission,
        closure_note: row.closure_note,
        oral_confirmed: row.oral_confirmed,
        no_evidence_declared: row.no_evidence_declared,
        parties: store::parties(conn, id).await?,
        claims: store::claims(conn, id).await?,
        evidence: store::evidence(conn, id).await?,
        agents: store::agents(conn, id).await?,
        events: store::events(conn, id).await?,
        missing_for_acceptance: Vec::new(),
        prior_withdrawals: Vec::new(),
        circumstances: super::circumstances::load(conn, id).await?,
        advisories: Vec::new(),
    };
    Ok(file)
}

/// The whole case file. Every signed-in role may read it.
pub async fn get(core: &Core, _actor: &Actor, id: &str) -> Result<CaseFile> {
    let mut conn = core.pool().acquire().await?;
    load(&mut conn, id).await
}

/// The case list: filters, and a search box over numbers, names, mobiles and claims.
pub async fn list(core: &Core, _actor: &Actor, query: CaseQuery) -> Result<CasePage> {
    for (value, field) in [
        (&query.received_from, "receivedFrom"),
        (&query.received_to, "receivedTo"),
    ] {
        if let Some(d) = value {
            parse_date(d, field)?;
        }
    }
    let text = query
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let matching = match text.map(crate::search::match_expression) {
        // Only punctuation typed: nothing can match it.
        Some(None) => {
            return Ok(CasePage {
                cases: Vec::new(),
                total: 0,
                total_is_capped: false,
            });
        }
        Some(Some(expr)) => Some(expr),
        None => None,
    };
    let mut conn = core.pool().acquire().await?;
    let (cases, total) = store::list(&mut conn, &query, matching.as_deref()).await?;
    let total_is_capped = total > store::COUNT_CAP;
    Ok(CasePage {
        cases,
        total: total.min(store::COUNT_CAP),
        total_is_capped,
    })
}

/// The decision date of a step: a real date, not before `earliest`, not in the future.
fn decision_date(raw: &str, earliest: &str, today: Date, what: &str) -> Result<Date> {
    let date = parse_date(raw, "onDate")?;
    if date > today {
        return Err(Error::validation(
            "onDate",
            "date_in_future",
            format!("{what}日期不能晚于今天"),
        ));
    }
    if format_date(date).as_str() < earliest {
        return Err(Error::validation(
            "onDate",
            "date_too_early",
            format!("{what}日期不能早于 {earliest}"),
        ));
    }
    Ok(date)
}

/// 受理 (A1, A2): allocates the case number in the same transaction.
pub async fn accept(core: &Core, actor: &Actor, id: &str, on_date: &str) -> Result<CaseFile> {
    require_case_writer(actor)?;
    let mut tx = core.begin_write().await?;
    let file = load(&mut tx, id).await?;
    if file.summary.status != CaseStatus::Received {
        return Err(illegal_transition(file.summary.status, "受理"));
    }
    if !file.missing_for_acceptance.is_empty() {
        let list: Vec<&str> = file
            .missing_for_acceptance
            .iter()
            .map(|m| m.label.as_str())
            .collect();
        return Err(Error::precondition(
            "application_incomplete",
            format!("申请材料不完整，不能受理。尚缺：{}", list.join("；")),
        ));
    }
    if let Some(prior) = file
        .prior_withdrawals
        .iter()
        .find(|p| p.closure_type == ClosureType::DeemedWithdrawal)
    {
        return Err(Error::precondition(
            "j4_deemed_withdrawal",
            format!(
                "申请人曾就同一争议申请仲裁（{}），因无正当理由拒不到庭或未经许可中途退庭按撤回仲裁申请处理，再次申请的不予受理",
                prior.case_no.as_deref().unwrap_or("未立案")
            ),
        ));
    }
    let date = decision_date(
        on_date,
        &file.summary.received_on,
        shanghai_today(core.now()),
        "受理",
    )?;
    let (seq, case_no) = numbering::allocate(&mut tx, date.year()).await?;
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    store::set_accepted(
        &mut tx,
        id,
        &case_no,
        date.year(),
        seq,
        &format_date(date),
        &now,
    )
    .await?;
    store::reindex(&mut tx, id).await?;
    store::insert_event(
        &mut tx,
        id,
        "accepted",
        &format_date(date),
        &format!("受理，案号 {case_no}"),
        &now,
        &by,
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.accepted",
            entity_type: "case",
            entity_id: Some(id.to_owned()),
            summary: format!(
                "受理案件「{}」，案号 {case_no}，受理日期 {}",
                file.summary.cause,
                format_date(date)
            ),
        },
    )
    .await?;
    let file = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(file)
}

/// 不予受理 (A5): a reason is required; for lack of jurisdiction the competent
/// commission must be named.
pub async fn not_accept(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: NotAcceptInput,
) -> Result<CaseFile> {
    require_case_writer(actor)?;
    required(&input.reason, "reason", 2_000, "请填写不予受理的理由")?;
    let competent = input
        .competent_commission
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned);
    if input.kind == NotAcceptedKind::NoJurisdiction && competent.is_none() {
        return Err(Error::validation(
            "competentCommission",
            "competent_commission_required",
            "不属于本委管辖的，须写明有管辖权的仲裁委员会",
        ));
    }
    let mut tx = core.begin_write().await?;
    let file = load(&mut tx, id).await?;
    if file.summary.status != CaseStatus::Received {
        return Err(illegal_transition(file.summary.status, "不予受理"));
    }
    let date = decision_date(
        &input.on_date,
        &file.summary.received_on,
        shanghai_today(core.now()),
        "决定",
    )?;
    let now = to_rfc3339(core.now());
    let input = NotAcceptInput {
        on_date: format_date(date),
        ..input
    };
    store::set_not_accepted(&mut tx, id, &input, competent.as_deref(), &now).await?;
    store::insert_event(
        &mut tx,
        id,
        "not_accepted",
        &input.on_date,
        input.reason.trim(),
        &now,
        &actor.user_id.to_string(),
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.not_accepted",
            entity_type: "case",
            entity_id: Some(id.to_owned()),
            summary: format!(
                "决定不予受理「{}」：{}",
                file.summary.cause,
                input.reason.trim()
            ),
        },
    )
    .await?;
    let file = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(file)
}

/// 结案 (J6): exactly one closure type. A case not yet accepted can only be withdrawn.
/// Mediation and award closures have their own flows (`closure`), which check J1, J2
/// and K2 first.
pub async fn close(core: &Core, actor: &Actor, id: &str, input: CloseInput) -> Result<CaseFile> {
    require_case_writer(actor)?;
    if input.closure_type == ClosureType::NotAccepted {
        return Err(Error::validation(
            "closureType",
            "use_not_accept",
            "不予受理请使用「不予受理」决定，而非结案",
        ));
    }
    let mut tx = core.begin_write().await?;
    let needs_flow = matches!(
        input.closure_type,
        ClosureType::Mediation | ClosureType::AwardFinal | ClosureType::AwardNonFinal
    );
    if needs_flow
        && matches!(
            load(&mut tx, id).await?.summary.status,
            CaseStatus::Accepted | CaseStatus::InProgress
        )
    {
        return Err(Error::precondition(
            "use_closure_flow",
            "调解结案须制作调解书并经双方签收；裁决结案须在「调解与结案」中制作裁决",
        ));
    }
    close_in_tx(
        &mut tx,
        core,
        actor,
        id,
        input.closure_type,
        &input.on_date,
        &input.note,
    )
    .await?;
    let file = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(file)
}

/// Closes one case inside the caller's transaction, after checking that its status
/// allows `closure_type` and that the date lies between acceptance and today.
pub(crate) async fn close_in_tx(
    tx: &mut sqlx::SqliteConnection,
    core: &Core,
    actor: &Actor,
    id: &str,
    closure_type: ClosureType,
    on_date: &str,
    note: &str,
) -> Result<Date> {
    let file = load(&mut *tx, id).await?;
    let allowed = match file.summary.status {
        CaseStatus::Accepted | CaseStatus::InProgress => true,
        CaseStatus::Received => closure_type == ClosureType::Withdrawal,
        CaseStatus::NotAccepted | CaseStatus::Closed => false,
    };
    let what = match &file.summary.case_no {
        Some(no) => format!("{}（{no}）", closure_type.label_zh()),
        None => closure_type.label_zh().to_owned(),
    };
    if !allowed {
        return Err(illegal_transition(file.summary.status, &what));
    }
    let earliest = file
        .summary
        .accepted_on
        .clone()
        .unwrap_or_else(|| file.summary.received_on.clone());
    let date = decision_date(on_date, &earliest, shanghai_today(core.now()), "结案")?;
    let now = to_rfc3339(core.now());
    let input = CloseInput {
        closure_type,
        on_date: format_date(date),
        note: note.to_owned(),
    };
    store::set_closed(&mut *tx, id, &input, &now).await?;
    store::insert_event(
        &mut *tx,
        id,
        "closed",
        &input.on_date,
        closure_type.label_zh(),
        &now,
        &actor.user_id.to_string(),
    )
    .await?;
    audit::record(
        &mut *tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.closed",
            entity_type: "case",
            entity_id: Some(id.to_owned()),
            summary: format!(
                "{} 结案：{}（保存期限不少于 {} 年）",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                closure_type.label_zh(),
                closure_type.retention_years()
            ),
        },
    )
    .await?;
    Ok(date)
}

fn illegal_transition(from: CaseStatus, action: &str) -> Error {
    Error::precondition(
        "illegal_transition",
        format!("案件当前为「{}」，不能{action}", from.label_zh()),
    )
}
