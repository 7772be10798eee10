//! Mediation cases before arbitration: the application (an oral one recorded on the spot,
//! Art. 12), the 15-day window of Art. 14, and the result — an agreement, effective once
//! both parties and the mediator have signed and the organisation has sealed it, with
//! the joint application for arbitral review within 15 days (J5); or none, after which
//! the dispute goes to arbitration as a case drafted from this one.
use super::fields::{iso, optional, past_date, required};
use super::model::*;
use super::orgs::{load_mediator, load_org};
use super::read::{load, require_open};
use crate::actor::{Actor, Role};
use crate::audit::{self, Event, Who};
use crate::calendar::{self, DayCount};
use crate::cases::{self, CaseFile, NewCase};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{Mobile, Money, parse_date, shanghai_today};
use sqlx::{Sqlite, SqliteConnection, Transaction};
use time::{Date, Duration};
use uuid::Uuid;

/// Art. 14: no agreement within 15 days of the organisation receiving the application →
/// either party may apply for arbitration.
const MEDIATION_DAYS: u32 = 15;
/// J5 / Rules Art. 74: the joint application for review within 15 days of effect.
pub(super) const REVIEW_DAYS: i64 = 15;

/// The end of every change to a mediation case: its event, then the case as it now is.
async fn finish(
    mut tx: Transaction<'static, Sqlite>,
    core: &Core,
    actor: &Actor,
    id: &str,
    summary: &str,
) -> Result<MediationCase> {
    event(&mut tx, core, actor, id, summary).await?;
    let out = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(out)
}

pub(super) async fn event(
    conn: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    id: &str,
    summary: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO mediation_case_events (id, mediation_case_id, at, summary, created_by)
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(id)
    .bind(to_rfc3339(core.now()))
    .bind(summary)
    .bind(actor.user_id.to_string())
    .execute(&mut *conn)
    .await?;
    audit::record(
        conn,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "mediation.case",
            entity_type: "mediation_case",
            entity_id: Some(id.to_owned()),
            summary: summary.to_owned(),
        },
    )
    .await
}

async fn due_on(core: &Core, applied: Date) -> Result<Date> {
    Ok(calendar::load(core)
        .await?
        .period_end(applied, MEDIATION_DAYS, DayCount::Calendar)
        .due)
}

async fn check_arbitrator(conn: &mut SqliteConnection, id: &str) -> Result<()> {
    let role: Option<(String,)> =
        sqlx::query_as("SELECT role FROM users WHERE id = ? AND status = 'active'")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    match role {
        Some((r,)) if r == Role::Arbitrator.as_str() => Ok(()),
        _ => Err(Error::validation(
            "jointArbitratorId",
            "not_an_arbitrator",
            "联合调解的仲裁员须是在职仲裁员",
        )),
    }
}

pub async fn create_mediation_case(
    core: &Core,
    actor: &Actor,
    input: MediationCaseInput,
) -> Result<MediationCase> {
    let today = shanghai_today(core.now());
    let applied = past_date(&input.applied_on, "appliedOn", today)?;
    let oral_record = optional(input.oral_record.as_deref(), "oralRecord", 5_000)?;
    if input.application == ApplicationForm::Oral && oral_record.is_none() {
        return Err(Error::validation(
            "oralRecord",
            "required",
            "口头申请应当场记录申请人基本情况、申请调解的争议事项、理由和时间（《劳动争议调解仲裁法》第十二条）",
        ));
    }
    let applicant = required(&input.applicant_name, "applicantName", 50, "请填写申请人")?;
    let mobile = optional(input.applicant_mobile.as_deref(), "applicantMobile", 30)?
        .map(|m| Mobile::parse(&m).map_err(|e| e.with_field("applicantMobile")))
        .transpose()?
        .map(Mobile::into_inner);
    let respondent = required(
        &input.respondent_name,
        "respondentName",
        100,
        "请填写被申请人",
    )?;
    let contact = optional(
        input.respondent_contact.as_deref(),
        "respondentContact",
        100,
    )?;
    let matter = required(&input.matter, "matter", 5_000, "请填写争议事项")?;
    if input.categories.is_empty() {
        return Err(Error::validation(
            "categories",
            "required",
            "请至少选择一类争议",
        ));
    }
    let amount_fen = optional(input.amount.as_deref(), "amount", 20)?
        .map(|a| Money::parse(&a).map_err(|e| e.with_field("amount")))
        .transpose()?
        .map(Money::fen);
    let due = due_on(core, applied).await?;
    let mut tx = core.begin_write().await?;
    let org = load_org(&mut tx, &input.org_id)
        .await
        .map_err(|e| e.with_field("orgId"))?;
    if !org.active {
        return Err(Error::validation(
            "orgId",
            "org_inactive",
            "该调解组织已停用",
        ));
    }
    if let Some(m) = &input.mediator_id {
        let mediator = load_mediator(&mut tx, m).await?;
        if mediator.org_id != org.id || !mediator.active {
            return Err(Error::validation(
                "mediatorId",
                "mediator_not_in_org",
                "请选择该调解组织在册的调解员",
            ));
        }
    }
    if let Some(a) = &input.joint_arbitrator_id {
        check_arbitrator(&mut tx, a).await?;
    }
    let year = applied.year();
    let (seq,): (i64,) = sqlx::query_as(
        "INSERT INTO mediation_counters (year, last_seq) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq",
    )
    .bind(year)
    .fetch_one(&mut *tx)
    .await?;
    let case_no = format!("调〔{year}〕第{seq:04}号");
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    let categories: Vec<&str> = input.categories.iter().map(|c| c.as_str()).collect();
    sqlx::query(
        "INSERT INTO mediation_cases (id, case_no, org_id, mediator_id, joint_arbitrator_id, application,
             oral_record, applied_on, due_on, applicant_name, applicant_mobile, respondent_name,
             respondent_contact, matter, categories, amount_fen, mode, status, created_at, created_by,
             updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
    )
    .bind(&id)
    .bind(&case_no)
    .bind(&org.id)
    .bind(&input.mediator_id)
    .bind(&input.joint_arbitrator_id)
    .bind(input.application.as_str())
    .bind(&oral_record)
    .bind(iso(applied))
    .bind(iso(due))
    .bind(&applicant)
    .bind(&mobile)
    .bind(&respondent)
    .bind(&contact)
    .bind(&matter)
    .bind(categories.join(","))
    .bind(amount_fen)
    .bind(input.mode.as_str())
    .bind(&now)
    .bind(actor.user_id.to_string())
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    event(
        &mut tx,
        core,
        actor,
        &id,
        &format!(
            "{}受理调解申请{case_no}（{}，{}）：{applicant} 与 {respondent}",
            org.name,
            if input.application == ApplicationForm::Oral {
                "口头申请"
            } else {
                "书面申请"
            },
            input.mode.label_zh()
        ),
    )
    .await?;
    let out = load(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(out)
}

fn concluded(raw: &str, applied_on: &str, today: Date) -> Result<Date> {
    let on = past_date(raw, "concludedOn", today)?;
    if on < parse_date(applied_on, "appliedOn")? {
        return Err(Error::validation(
            "concludedOn",
            "before_application",
            "终结日期不能早于申请日期",
        ));
    }
    Ok(on)
}

fn all_signed(a: bool, r: bool, m: bool, sealed: bool) -> bool {
    a && r && m && sealed
}

pub async fn record_agreement(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: AgreementInput,
) -> Result<MediationCase> {
    let today = shanghai_today(core.now());
    let terms = required(&input.terms, "terms", 5_000, "请填写调解协议的内容")?;
    let due = optional(input.performance_due_on.as_deref(), "performanceDueOn", 10)?
        .map(|d| parse_date(&d, "performanceDueOn").map(iso))
        .transpose()?;
    let mut tx = core.begin_write().await?;
    let case = require_open(&mut tx, id).await?;
    let on = concluded(&input.concluded_on, &case.summary.applied_on, today)?;
    let effective = all_signed(
        input.signed_applicant,
        input.signed_respondent,
        input.signed_mediator,
        input.sealed,
    )
    .then(|| iso(on));
    sqlx::query(
        "UPDATE mediation_cases SET status = 'agreement', concluded_on = ?, agreement_terms = ?,
             performance_due_on = ?, signed_applicant = ?, signed_respondent = ?, signed_mediator = ?,
             sealed = ?, effective_on = ?, updated_at = ? WHERE id = ?",
    )
    .bind(iso(on))
    .bind(&terms)
    .bind(&due)
    .bind(input.signed_applicant)
    .bind(input.signed_respondent)
    .bind(input.signed_mediator)
    .bind(input.sealed)
    .bind(&effective)
    .bind(to_rfc3339(core.now()))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let state = if effective.is_some() {
        "双方当事人、调解员已签名并加盖调解组织印章，协议生效"
    } else {
        "签名盖章未齐，协议尚未生效"
    };
    finish(
        tx,
        core,
        actor,
        id,
        &format!("{} 达成调解协议；{state}", iso(on)),
    )
    .await
}

/// Signatures and the seal completed after the agreement was recorded; once all are
/// there the agreement takes effect on `on`.
pub async fn complete_signatures(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: SignaturesInput,
) -> Result<MediationCase> {
    let today = shanghai_today(core.now());
    let mut tx = core.begin_write().await?;
    let case = load(&mut tx, id).await?;
    if case.summary.status != MediationCaseStatus::Agreement {
        return Err(Error::precondition("no_agreement", "该案件没有调解协议"));
    }
    if case.summary.effective_on.is_some() {
        return Err(Error::precondition(
            "agreement_effective",
            "调解协议已经生效，签名盖章情况不能再更改",
        ));
    }
    let on = past_date(&input.on, "on", today)?;
    if Some(iso(on)) < case.summary.concluded_on {
        return Err(Error::validation(
            "on",
            "before_agreement",
            "日期不能早于达成协议之日",
        ));
    }
    // A signature given stays given.
    let a = case.signed_applicant || input.signed_applicant;
    let r = case.signed_respondent || input.signed_respondent;
    let m = case.signed_mediator || input.signed_mediator;
    let s = case.sealed || input.sealed;
    let effective = all_signed(a, r, m, s).then(|| iso(on));
    sqlx::query(
        "UPDATE mediation_cases SET signed_applicant = ?, signed_respondent = ?, signed_mediator = ?,
             sealed = ?, effective_on = ?, updated_at = ? WHERE id = ?",
    )
    .bind(a)
    .bind(r)
    .bind(m)
    .bind(s)
    .bind(&effective)
    .bind(to_rfc3339(core.now()))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let summary = match &effective {
        Some(d) => format!("签名盖章齐备，调解协议自 {d} 生效"),
        None => "补充签名盖章，协议尚未生效".to_owned(),
    };
    finish(tx, core, actor, id, &summary).await
}

pub async fn record_no_agreement(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: NoAgreementInput,
) -> Result<MediationCase> {
    let today = shanghai_today(core.now());
    let reason = required(&input.reason, "reason", 2_000, "请填写调解不成的原因")?;
    let mut tx = core.begin_write().await?;
    let case = require_open(&mut tx, id).await?;
    let on = concluded(&input.concluded_on, &case.summary.applied_on, today)?;
    sqlx::query(
        "UPDATE mediation_cases SET status = 'no_agreement', concluded_on = ?, no_agreement_reason = ?,
             updated_at = ? WHERE id = ?",
    )
    .bind(iso(on))
    .bind(&reason)
    .bind(to_rfc3339(core.now()))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    finish(
        tx,
        core,
        actor,
        id,
        &format!("{} 调解不成：{reason}；当事人可以依法申请仲裁", iso(on)),
    )
    .await
}

/// J5: the parties' joint application for arbitral review of an effective agreement,
/// within 15 days of its effect.
pub async fn apply_for_review(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: ReviewInput,
) -> Result<MediationCase> {
    let today = shanghai_today(core.now());
    let mut tx = core.begin_write().await?;
    let case = load(&mut tx, id).await?;
    let Some(effective) = &case.summary.effective_on else {
        return Err(Error::precondition(
            "agreement_not_effective",
            "调解协议须经双方当事人签名、调解员签名并加盖调解组织印章生效后，才能申请仲裁审查",
        ));
    };
    if case.review_applied_on.is_some() {
        return Err(Error::precondition("review_applied", "已登记仲裁审查申请"));
    }
    if !input.joint {
        return Err(Error::validation(
            "joint",
            "review_not_joint",
            "仲裁审查应由双方当事人共同提出申请",
        ));
    }
    let on = past_date(&input.applied_on, "appliedOn", today)?;
    let effective = parse_date(effective, "effectiveOn")?;
    if on < effective {
        return Err(Error::validation(
            "appliedOn",
            "before_effect",
            "申请日期不能早于协议生效日期",
        ));
    }
    if on > effective + Duration::days(REVIEW_DAYS) {
        return Err(Error::validation(
            "appliedOn",
            "review_out_of_time",
            format!(
                "应自调解协议生效之日起十五日内申请仲裁审查（最迟 {}）",
                iso(effective + Duration::days(REVIEW_DAYS))
            ),
        ));
    }
    sqlx::query("UPDATE mediation_cases SET review_applied_on = ?, updated_at = ? WHERE id = ?")
        .bind(iso(on))
        .bind(to_rfc3339(core.now()))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    finish(
        tx,
        core,
        actor,
        id,
        &format!("{} 双方当事人共同申请仲裁审查", iso(on)),
    )
    .await
}

/// An arbitration application drafted from a mediation that failed: the applicant and
/// the respondent, the categories as claims to complete, the matter as the facts.
pub async fn arbitration_draft(core: &Core, _actor: &Actor, id: &str) -> Result<NewCase> {
    let mut conn = core.pool().acquire().await?;
    let case = load(&mut conn, id).await?;
    if case.summary.status != MediationCaseStatus::NoAgreement {
        return Err(Error::precondition(
            "mediation_not_failed",
            "只有调解不成的案件才能转为仲裁申请",
        ));
    }
    drop(conn);
    let mut applicant =
        cases::PartyInput::blank(cases::PartySide::Applicant, cases::PartyKind::Person);
    applicant.name = case.summary.applicant_name.clone();
    applicant.mobile = case.applicant_mobile.clone();
    let facts = format!(
        "{}（经{}调解不成，{}：{}）",
        case.matter,
        case.summary.org_name,
        case.summary.case_no,
        case.no_agreement_reason.as_deref().unwrap_or_default()
    );
    Ok(cases::worker_against_employer(
        applicant,
        &case.summary.respondent_name,
        &case.categories,
        facts,
        iso(shanghai_today(core.now())),
    ))
}

/// Registers the arbitration case (usually the edited draft) and links it, in one
/// transaction.
pub async fn refer_to_arbitration(
    core: &Core,
    actor: &Actor,
    id: &str,
    input: NewCase,
) -> Result<CaseFile> {
    cases::require_case_writer(actor)?;
    let mut tx = core.begin_write().await?;
    let case = load(&mut tx, id).await?;
    if case.summary.status != MediationCaseStatus::NoAgreement {
        return Err(Error::precondition(
            "mediation_not_failed",
            "只有调解不成的案件才能转为仲裁申请",
        ));
    }
    if case.referred_case_id.is_some() {
        return Err(Error::precondition(
            "already_referred",
            "该调解案件已转为仲裁案件",
        ));
    }
    let case_id = cases::insert_application(&mut tx, core, actor, &input, None).await?;
    sqlx::query("UPDATE mediation_cases SET referred_case_id = ?, updated_at = ? WHERE id = ?")
        .bind(&case_id)
        .bind(to_rfc3339(core.now()))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    event(&mut tx, core, actor, id, "调解不成，转为仲裁申请").await?;
    let file = cases::load(&mut tx, &case_id).await?;
    tx.commit().await?;
    Ok(file)
}
