//! Generating a document of any kind: the data each kind needs is checked, the content
//! composed from the case, typeset and recorded on the case (the lead case of a merged
//! group), in one transaction.
use super::award::{self, AwardSources};
use super::chinese::chinese_date;
use super::model::*;
use super::store::{self, Content, Issue, Subject};
use super::{forms, notices, records, require_commission};
use crate::actor::Actor;
use crate::cases::{self, CaseFile, Party, PartySide};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::hearings;
use crate::tribunal;
use crate::types::shanghai_today;
use time::Date;

/// What every kind draws on: the commission, the lead case of the group and the case
/// numbers of the group, today.
pub(super) struct Ctx {
    pub commission: String,
    pub lead: CaseFile,
    pub case_nos: Vec<String>,
    pub today: Date,
}

impl Ctx {
    pub fn names(&self, side: PartySide) -> String {
        self.lead
            .parties
            .iter()
            .filter(|p| p.side == side)
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    }

    /// 申请人赵丽与被申请人庆阳某环保科技有限公司拖欠工资争议一案（与…反申请合并审理）
    pub fn the_case(&self) -> String {
        let merged = if self.case_nos.len() > 1 {
            format!("（与{}反申请合并审理）", self.case_nos[1..].join("、"))
        } else {
            String::new()
        };
        format!(
            "申请人{}与被申请人{}{}争议一案{merged}",
            self.names(PartySide::Applicant),
            self.names(PartySide::Respondent),
            self.lead.summary.cause
        )
    }

    pub fn doc_no(&self) -> String {
        self.case_nos.first().cloned().unwrap_or_default()
    }

    pub fn content(&self, kind: DocumentKind, addressee: &str, body: Vec<String>) -> Content {
        Content {
            commission: self.commission.clone(),
            title: kind.title_zh().to_owned(),
            doc_no: self.doc_no(),
            addressee: addressee.to_owned(),
            body,
            notes: Vec::new(),
            date: chinese_date(self.today),
            copy_to: String::new(),
            signatures: Vec::new(),
            table: Vec::new(),
        }
    }

    pub fn party(&self, id: Option<&str>, allowed: &[PartySide]) -> Result<&Party> {
        let id =
            id.ok_or_else(|| Error::validation("partyId", "required", "请选择送达的当事人"))?;
        self.lead
            .parties
            .iter()
            .find(|p| p.id == id && allowed.contains(&p.side))
            .ok_or_else(|| {
                Error::validation("partyId", "party_not_in_case", "请选择本案相应的当事人")
            })
    }
}

pub(super) const ALL_SIDES: &[PartySide] = &[
    PartySide::Applicant,
    PartySide::Respondent,
    PartySide::ThirdParty,
];

pub(super) fn unavailable(message: impl Into<String>) -> Error {
    Error::precondition("document_not_available", message)
}

pub async fn generate_document(
    core: &Core,
    actor: &Actor,
    input: DocumentInput,
) -> Result<DocumentRecord> {
    hearings::require_hearing_staff(actor)?;
    let mut tx = core.begin_write().await?;
    let commission = require_commission(&mut tx).await?;
    cases::load(&mut tx, &input.case_id).await?;
    let lead_id = tribunal::lead_of(&mut tx, &input.case_id).await?;
    let lead = cases::load(&mut tx, &lead_id).await?;
    let not_accepted = lead.summary.status == crate::cases::CaseStatus::NotAccepted;
    // A case not accepted gets its notice, and the proof of serving it; nothing else.
    let allowed = match input.kind {
        DocumentKind::NotAcceptanceNotice => not_accepted,
        DocumentKind::ServiceReceipt => true,
        _ => !not_accepted,
    };
    if !allowed {
        return Err(unavailable(if not_accepted {
            "本案已决定不予受理，只能制作不予受理通知书"
        } else {
            "只有决定不予受理的案件才能制作不予受理通知书"
        }));
    }
    if !not_accepted && lead.summary.accepted_on.is_none() {
        return Err(unavailable("案件尚未受理，不能制作文书"));
    }
    let mut group = vec![lead.clone()];
    for id in tribunal::merged_members(&mut tx, &lead_id).await? {
        group.push(cases::load(&mut tx, &id).await?);
    }
    let ctx = Ctx {
        commission,
        lead,
        case_nos: group
            .iter()
            .map(|f| f.summary.case_no.clone().unwrap_or_default())
            .collect(),
        today: shanghai_today(core.now()),
    };
    // On a merged counterclaim the UI names that case's party; documents go out on the
    // lead case, where the same person is a party too (on the other side).
    let mapped = match (&input.party_id, input.case_id != lead_id) {
        (Some(pid), true) => {
            let member = cases::load(&mut tx, &input.case_id).await?;
            let name = member
                .parties
                .iter()
                .find(|p| &p.id == pid)
                .map(|p| p.name.clone());
            ctx.lead
                .parties
                .iter()
                .find(|p| Some(&p.name) == name.as_ref())
                .map(|p| p.id.clone())
                .or(Some(pid.clone()))
        }
        (pid, _) => pid.clone(),
    };
    let party = mapped.as_deref();
    let hearing_id = input.hearing_id.as_deref();
    let content = match input.kind {
        DocumentKind::AcceptanceNotice => notices::acceptance(&ctx, party)?,
        DocumentKind::NotAcceptanceNotice => notices::not_accepted(&ctx, party)?,
        DocumentKind::SummaryConfirmation => {
            let status = crate::consent::confirmation_status(core, actor, &lead_id).await?;
            records::summary_confirmation(&ctx, &status)?
        }
        DocumentKind::RespondNotice => notices::respond(&ctx, party)?,
        DocumentKind::TribunalNotice => {
            let t = tribunal::read(&mut tx, &lead_id).await?;
            notices::tribunal(&ctx, party, &t)?
        }
        DocumentKind::HearingNotice => {
            let hearing = hearing_of(core, actor, &lead_id, hearing_id).await?;
            notices::hearing(&ctx, party, &hearing)?
        }
        DocumentKind::Minutes => {
            let hearing = hearing_of(core, actor, &lead_id, hearing_id).await?;
            let read_back = crate::minutes::read_back(core, actor, &hearing.id).await?;
            records::minutes(&ctx, &read_back)?
        }
        DocumentKind::MediationStatement => {
            let closure = crate::closure::get_closure(core, actor, &lead_id).await?;
            let t = tribunal::read(&mut tx, &lead_id).await?;
            records::mediation_statement(&ctx, &closure, &t)?
        }
        DocumentKind::Award => {
            let closure = crate::closure::get_closure(core, actor, &lead_id).await?;
            let t = tribunal::read(&mut tx, &lead_id).await?;
            let hearings = hearings::list_hearings(core, actor, &lead_id).await?;
            award::award(
                &ctx,
                &AwardSources {
                    closure: &closure,
                    tribunal: &t,
                    hearings: &hearings,
                    group: &group,
                },
            )?
        }
        DocumentKind::WithdrawalDecision => {
            let closure = crate::closure::get_closure(core, actor, &input.case_id).await?;
            records::withdrawal(&ctx, &closure, &input.case_id)?
        }
        DocumentKind::ServiceReceipt => {
            let ids = input.document_ids.as_deref().unwrap_or_default();
            forms::service_receipt(&mut tx, &ctx, party, ids).await?
        }
        DocumentKind::IntakeTransfer => {
            return Err(unavailable("受理转办单在「受理转办」事项中制作"));
        }
    };
    let id = store::issue(
        &mut tx,
        core,
        actor,
        Issue {
            subject: Subject::Case {
                case_id: &lead_id,
                hearing_id,
            },
            kind: input.kind,
            content,
            today: ctx.today,
        },
    )
    .await?;
    let record = store::one(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(record)
}

async fn hearing_of(
    core: &Core,
    actor: &Actor,
    lead: &str,
    hearing_id: Option<&str>,
) -> Result<hearings::Hearing> {
    let id = hearing_id.ok_or_else(|| Error::validation("hearingId", "required", "请选择开庭"))?;
    let hearing = hearings::get_hearing(core, actor, id).await?;
    if hearing.lead_case_id != lead {
        return Err(Error::validation(
            "hearingId",
            "hearing_not_in_case",
            "请选择本案的开庭",
        ));
    }
    Ok(hearing)
}

/// 急难愁盼事项受理转办单 of an intake item, recorded on the item: what was asked, by whom
/// and how, the materials, where it was transferred and what came of it.
pub async fn generate_intake_form(
    core: &Core,
    actor: &Actor,
    intake_id: &str,
) -> Result<DocumentRecord> {
    let item = crate::intake::get(core, actor, intake_id).await?;
    let mut tx = core.begin_write().await?;
    let commission = require_commission(&mut tx).await?;
    let (received_by,): (String,) = sqlx::query_as(
        "SELECT u.display_name FROM intake_items i JOIN users u ON u.id = i.created_by WHERE i.id = ?",
    )
    .bind(intake_id)
    .fetch_one(&mut *tx)
    .await?;
    let today = shanghai_today(core.now());
    let content = forms::intake_transfer(&commission, &item, &received_by, today)?;
    let id = store::issue(
        &mut tx,
        core,
        actor,
        Issue {
            subject: Subject::Intake(intake_id),
            kind: DocumentKind::IntakeTransfer,
            content,
            today,
        },
    )
    .await?;
    let record = store::one(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(record)
}
