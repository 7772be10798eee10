//! SQL for the case tables; nothing outside `cases` writes them.
use super::model::*;
use super::parties::ValidParty;
use crate::error::{Error, Result};
use crate::types::Sex;
use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};

pub(super) struct CaseRow {
    pub summary: CaseSummary,
    pub facts: String,
    pub not_accepted_kind: Option<NotAcceptedKind>,
    pub not_accepted_reason: Option<String>,
    pub competent_commission: Option<String>,
    pub closure_note: Option<String>,
    pub oral_confirmed: bool,
    pub no_evidence_declared: bool,
}

/// The columns of a case summary; the party names are aggregated per side.
macro_rules! select_cases {
    ($rest:expr) => {
        concat!(
            "SELECT c.id, c.case_no, c.status, c.procedure, c.channel, c.cause, c.received_on, c.accepted_on, ",
            "c.closed_on, c.closure_type, c.priority, c.counterclaim_of, c.facts, c.not_accepted_kind, ",
            "c.not_accepted_reason, c.competent_commission, c.closure_note, c.oral_confirmed, c.no_evidence_declared, ",
            "COALESCE((SELECT group_concat(name, '、') FROM (SELECT name FROM parties p ",
            "  WHERE p.case_id = c.id AND p.side = 'applicant' ORDER BY p.position)), '') AS applicants, ",
            "COALESCE((SELECT group_concat(name, '、') FROM (SELECT name FROM parties p ",
            "  WHERE p.case_id = c.id AND p.side = 'respondent' ORDER BY p.position)), '') AS respondents ",
            "FROM cases c ",
            $rest
        )
    };
}

mod listing;

pub(crate) use listing::reindex;
pub(super) use listing::{COUNT_CAP, list};

fn stored<T>(value: Option<T>, what: &str) -> sqlx::Result<T> {
    value.ok_or_else(|| sqlx::Error::Decode(format!("unknown stored value for {what}").into()))
}

impl<'r> sqlx::FromRow<'r, SqliteRow> for CaseRow {
    fn from_row(r: &'r SqliteRow) -> sqlx::Result<Self> {
        let closure: Option<String> = r.try_get("closure_type")?;
        let not_accepted: Option<String> = r.try_get("not_accepted_kind")?;
        Ok(Self {
            summary: CaseSummary {
                id: r.try_get("id")?,
                case_no: r.try_get("case_no")?,
                status: stored(CaseStatus::parse(r.try_get("status")?), "status")?,
                procedure: stored(Procedure::parse(r.try_get("procedure")?), "procedure")?,
                channel: stored(Channel::parse(r.try_get("channel")?), "channel")?,
                cause: r.try_get("cause")?,
                received_on: r.try_get("received_on")?,
                accepted_on: r.try_get("accepted_on")?,
                closed_on: r.try_get("closed_on")?,
                closure_type: closure.as_deref().and_then(ClosureType::parse),
                applicants: r.try_get("applicants")?,
                respondents: r.try_get("respondents")?,
                priority: r.try_get("priority")?,
                counterclaim_of: r.try_get("counterclaim_of")?,
            },
            facts: r.try_get("facts")?,
            not_accepted_kind: not_accepted.as_deref().and_then(NotAcceptedKind::parse),
            not_accepted_reason: r.try_get("not_accepted_reason")?,
            competent_commission: r.try_get("competent_commission")?,
            closure_note: r.try_get("closure_note")?,
            oral_confirmed: r.try_get("oral_confirmed")?,
            no_evidence_declared: r.try_get("no_evidence_declared")?,
        })
    }
}

pub(super) async fn case_row(conn: &mut SqliteConnection, id: &str) -> Result<CaseRow> {
    sqlx::query_as::<_, CaseRow>(select_cases!("WHERE c.id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| Error::not_found("case_not_found", "找不到该案件"))
}

pub(super) struct NewCaseRow<'a> {
    pub id: &'a str,
    pub channel: Channel,
    pub cause: &'a str,
    pub facts: &'a str,
    pub received_on: &'a str,
    pub oral_confirmed: bool,
    pub no_evidence_declared: bool,
    pub priority: bool,
    pub counterclaim_of: Option<&'a str>,
    pub now: &'a str,
    pub created_by: &'a str,
}

pub(super) async fn insert_case(conn: &mut SqliteConnection, c: NewCaseRow<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO cases (id, status, channel, cause, facts, received_on, oral_confirmed, no_evidence_declared,
                            priority, counterclaim_of, created_at, created_by, updated_at)
         VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(c.id)
    .bind(c.channel.as_str())
    .bind(c.cause)
    .bind(c.facts)
    .bind(c.received_on)
    .bind(c.oral_confirmed)
    .bind(c.no_evidence_declared)
    .bind(c.priority)
    .bind(c.counterclaim_of)
    .bind(c.now)
    .bind(c.created_by)
    .bind(c.now)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn insert_party(
    conn: &mut SqliteConnection,
    id: &str,
    case_id: &str,
    position: u32,
    p: &ValidParty,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO parties (id, case_id, side, kind, position, name, sex, birth_date, id_type, id_number,
                              occupation, workplace, credit_code, credit_code_override_reason, legal_rep_name,
                              legal_rep_title, domicile, mailing_address, mobile, phone, current_location,
                              created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(case_id)
    .bind(p.side.as_str())
    .bind(p.kind.as_str())
    .bind(position)
    .bind(&p.name)
    .bind(p.sex.map(sex_str))
    .bind(&p.birth_date)
    .bind(p.id_type.map(IdType::as_str))
    .bind(&p.id_number)
    .bind(&p.occupation)
    .bind(&p.workplace)
    .bind(&p.credit_code)
    .bind(&p.credit_code_override_reason)
    .bind(&p.legal_rep_name)
    .bind(&p.legal_rep_title)
    .bind(&p.domicile)
    .bind(&p.mailing_address)
    .bind(&p.mobile)
    .bind(&p.phone)
    .bind(&p.current_location)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

fn sex_str(s: Sex) -> &'static str {
    match s {
        Sex::Male => "male",
        Sex::Female => "female",
    }
}

pub(super) async fn parties(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<Party>> {
    let rows = sqlx::query(
        "SELECT id, side, kind, position, name, sex, birth_date, id_type, id_number, occupation, workplace,
                credit_code, credit_code_override_reason, legal_rep_name, legal_rep_title, domicile,
                mailing_address, mobile, phone, current_location
         FROM parties WHERE case_id = ?
         ORDER BY CASE side WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, position",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| -> sqlx::Result<Party> {
            let sex: Option<String> = r.try_get("sex")?;
            let id_type: Option<String> = r.try_get("id_type")?;
            Ok(Party {
                id: r.try_get("id")?,
                side: stored(PartySide::parse(r.try_get("side")?), "side")?,
                kind: stored(PartyKind::parse(r.try_get("kind")?), "kind")?,
                position: r.try_get("position")?,
                name: r.try_get("name")?,
                sex: sex
                    .as_deref()
                    .map(|s| if s == "male" { Sex::Male } else { Sex::Female }),
                birth_date: r.try_get("birth_date")?,
                id_type: id_type.as_deref().and_then(IdType::parse),
                id_number: r.try_get("id_number")?,
                occupation: r.try_get("occupation")?,
                workplace: r.try_get("workplace")?,
                credit_code: r.try_get("credit_code")?,
                credit_code_override_reason: r.try_get("credit_code_override_reason")?,
                legal_rep_name: r.try_get("legal_rep_name")?,
                legal_rep_title: r.try_get("legal_rep_title")?,
                domicile: r.try_get("domicile")?,
                mailing_address: r.try_get("mailing_address")?,
                mobile: r.try_get("mobile")?,
                phone: r.try_get("phone")?,
                current_location: r.try_get("current_location")?,
            })
        })
        .collect::<sqlx::Result<_>>()
        .map_err(Into::into)
}

pub(super) struct NewClaimRow<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub position: u32,
    pub category: ClaimCategory,
    pub description: &'a str,
    pub amount_fen: Option<i64>,
    pub claimant: &'a str,
    pub respondent: &'a str,
    pub now: &'a str,
}

pub(super) async fn insert_claim(conn: &mut SqliteConnection, c: NewClaimRow<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO claims (id, case_id, position, category, description, amount_fen, claimant_party_id,
                             respondent_party_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(c.id)
    .bind(c.case_id)
    .bind(c.position)
    .bind(c.category.as_str())
    .bind(c.description)
    .bind(c.amount_fen)
    .bind(c.claimant)
    .bind(c.respondent)
    .bind(c.now)
    .bind(c.now)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn claims(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<Claim>> {
    let rows = sqlx::query(
        "SELECT id, position, category, description, amount_fen, claimant_party_id, respondent_party_id, status
         FROM claims WHERE case_id = ? ORDER BY position",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| -> sqlx::Result<Claim> {
            Ok(Claim {
                id: r.try_get("id")?,
                position: r.try_get("position")?,
                category: stored(ClaimCategory::parse(r.try_get("category")?), "category")?,
                description: r.try_get("description")?,
                amount_fen: r.try_get("amount_fen")?,
                claimant_party_id: r.try_get("claimant_party_id")?,
                respondent_party_id: r.try_get("respondent_party_id")?,
                status: stored(ClaimStatus::parse(r.try_get("status")?), "claim status")?,
            })
        })
        .collect::<sqlx::Result<_>>()
        .map_err(Into::into)
}

pub(super) async fn insert_evidence(
    conn: &mut SqliteConnection,
    id: &str,
    case_id: &str,
    party_id: &str,
    position: u32,
    e: &EvidenceInput,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO evidence (id, case_id, party_id, position, name, purpose, original_available, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(case_id)
    .bind(party_id)
    .bind(position)
    .bind(e.name.trim())
    .bind(e.purpose.trim())
    .bind(e.original_available)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn evidence(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<Evidence>> {
    Ok(sqlx::query_as(
        "SELECT id, party_id, position, name, purpose, original_available FROM evidence
         WHERE case_id = ? ORDER BY position",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?)
}

pub(crate) async fn insert_event(
    conn: &mut SqliteConnection,
    case_id: &str,
    kind: &str,
    on_date: &str,
    detail: &str,
    now: &str,
    created_by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO case_events (id, case_id, kind, on_date, detail, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(case_id)
    .bind(kind)
    .bind(on_date)
    .bind(detail)
    .bind(now)
    .bind(created_by)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn events(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<CaseEvent>> {
    Ok(sqlx::query_as(
        "SELECT e.id, e.kind, e.on_date, e.detail, e.created_at, u.display_name AS created_by
         FROM case_events e JOIN users u ON u.id = e.created_by
         WHERE e.case_id = ? ORDER BY e.on_date, e.created_at",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?)
}

pub(super) async fn set_accepted(
    conn: &mut SqliteConnection,
    id: &str,
    case_no: &str,
    year: i32,
    seq: i64,
    on: &str,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE cases SET status = 'accepted', case_no = ?, case_year = ?, case_seq = ?, accepted_on = ?,
                          updated_at = ?
         WHERE id = ? AND status = 'received'",
    )
    .bind(case_no)
    .bind(year)
    .bind(seq)
    .bind(on)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn set_not_accepted(
    conn: &mut SqliteConnection,
    id: &str,
    input: &NotAcceptInput,
    competent: Option<&str>,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE cases SET status = 'not_accepted', not_accepted_on = ?, not_accepted_kind = ?,
                          not_accepted_reason = ?, competent_commission = ?, updated_at = ?
         WHERE id = ? AND status = 'received'",
    )
    .bind(input.on_date.trim())
    .bind(input.kind.as_str())
    .bind(input.reason.trim())
    .bind(competent)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn set_closed(
    conn: &mut SqliteConnection,
    id: &str,
    input: &CloseInput,
    now: &str,
) -> Result<()> {
    let note = Some(input.note.trim()).filter(|n| !n.is_empty());
    sqlx::query(
        "UPDATE cases SET status = 'closed', closed_on = ?, closure_type = ?, closure_note = ?, updated_at = ?
         WHERE id = ? AND status <> 'closed'",
    )
    .bind(input.on_date.trim())
    .bind(input.closure_type.as_str())
    .bind(note)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn agents(conn: &mut SqliteConnection, case_id: &str) -> Result<Vec<Agent>> {
    let rows = sqlx::query(
        "SELECT a.id, a.party_id, a.name, a.kind, a.organization, a.mobile, a.id_number, a.authority,
                a.authority_scope, a.poa_received_on
         FROM agents a JOIN parties p ON p.id = a.party_id WHERE p.case_id = ? ORDER BY a.created_at",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| -> sqlx::Result<Agent> {
            Ok(Agent {
                id: r.try_get("id")?,
                party_id: r.try_get("party_id")?,
                name: r.try_get("name")?,
                kind: stored(AgentKind::parse(r.try_get("kind")?), "agent kind")?,
                organization: r.try_get("organization")?,
                mobile: r.try_get("mobile")?,
                id_number: r.try_get("id_number")?,
                authority: stored(Authority::parse(r.try_get("authority")?), "authority")?,
                authority_scope: r.try_get("authority_scope")?,
                poa_received_on: r.try_get("poa_received_on")?,
            })
        })
        .collect::<sqlx::Result<_>>()
        .map_err(Into::into)
}

/// Overwrites a party's details (side and kind stay).
pub(super) async fn update_party(
    conn: &mut SqliteConnection,
    id: &str,
    p: &ValidParty,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE parties SET name = ?, sex = ?, birth_date = ?, id_type = ?, id_number = ?, occupation = ?,
                            workplace = ?, credit_code = ?, credit_code_override_reason = ?, legal_rep_name = ?,
                            legal_rep_title = ?, domicile = ?, mailing_address = ?, mobile = ?, phone = ?,
                            current_location = ?, updated_at = ?
         WHERE id = ?",
    )
    .bind(&p.name)
    .bind(p.sex.map(sex_str))
    .bind(&p.birth_date)
    .bind(p.id_type.map(IdType::as_str))
    .bind(&p.id_number)
    .bind(&p.occupation)
    .bind(&p.workplace)
    .bind(&p.credit_code)
    .bind(&p.credit_code_override_reason)
    .bind(&p.legal_rep_name)
    .bind(&p.legal_rep_title)
    .bind(&p.domicile)
    .bind(&p.mailing_address)
    .bind(&p.mobile)
    .bind(&p.phone)
    .bind(&p.current_location)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn clear_no_evidence_declared(
    conn: &mut SqliteConnection,
    case_id: &str,
    now: &str,
) -> Result<()> {
    sqlx::query("UPDATE cases SET no_evidence_declared = 0, updated_at = ? WHERE id = ?")
        .bind(now)
        .bind(case_id)
        .execute(conn)
        .await?;
    Ok(())
}
