//! A year of mediation before arbitration, in the seed's proportions: 310 cases, 81 of
//! them by video or phone and 229 in person; the cases of the last ten days still
//! open; about three in four of the others ending in an agreement, most of them
//! signed and sealed on the spot, some completed later, a few still unsigned; some
//! agreements sent for the joint arbitral review (J5); the failed ones free to go to
//! arbitration, two of which do.
use super::disputes::Dispute;
use super::names::{self, Person};
use super::registry::Org;
use super::rng::{Days, Rng};
use super::staff::Staff;
use crate::db::Core;
use crate::error::Result;
use crate::mediation::{
    self, AgreementInput, ApplicationForm, MediationCaseInput, MediationChannel, NoAgreementInput,
    OrgCategory, ReviewInput, SignaturesInput,
};
use crate::types::Sex;

pub(super) const CASES: usize = 310;
pub(super) const ONLINE: usize = 81;
/// Applied within the last ten days and still within Art. 14's fifteen.
const OPEN: usize = 9;
/// 227 of the 301 concluded: a mediation rate of 75.4 %, as the seed reports.
const AGREEMENTS: usize = 227;

const FAILURES: &[&str] = &[
    "双方对赔偿金额分歧较大，未能达成一致",
    "被申请人不同意支付，调解不成",
    "被申请人经通知未到场参加调解",
    "申请人坚持全部请求，不同意分期支付",
    "双方对是否存在劳动关系各执一词",
];

/// A failed mediation the applicant takes to arbitration.
pub(super) struct Referral {
    pub id: String,
    pub concluded_ago: i64,
    pub applicant: Person,
    pub employer: String,
    pub dispute: Dispute,
}

fn weight(category: OrgCategory) -> i64 {
    match category {
        OrgCategory::Township => 5,
        OrgCategory::NewBusiness => 3,
        OrgCategory::Commercial => 2,
        _ => 1,
    }
}

fn pick_org<'a>(rng: &mut Rng, orgs: &'a [Org]) -> &'a Org {
    let total: i64 = orgs.iter().map(|o| weight(o.category)).sum();
    let mut n = rng.range(0, total - 1);
    for o in orgs {
        n -= weight(o.category);
        if n < 0 {
            return o;
        }
    }
    &orgs[0]
}

/// Days ago each case was applied for, oldest first; the last `OPEN` within ten days.
fn applied_days(rng: &mut Rng) -> Vec<i64> {
    let mut older: Vec<i64> = (0..CASES - OPEN).map(|_| rng.range(11, 362)).collect();
    let mut recent: Vec<i64> = (0..OPEN).map(|_| rng.range(0, 10)).collect();
    older.sort_unstable_by(|a, b| b.cmp(a));
    recent.sort_unstable_by(|a, b| b.cmp(a));
    older.extend(recent);
    older
}

pub(super) async fn build(
    core: &Core,
    staff: &Staff,
    days: Days,
    orgs: &[Org],
) -> Result<Vec<Referral>> {
    let mut rng = Rng::new(0x5EED_0002);
    let applied = applied_days(&mut rng);
    let online = rng.choose(CASES, ONLINE);
    let agreed = rng.choose(CASES - OPEN, AGREEMENTS);
    let mut candidates = Vec::new();
    let mut agreement_no = 0;
    for (i, &ago) in applied.iter().enumerate() {
        let org = pick_org(&mut rng, orgs);
        // The demo mediator records the cases of their own organisation.
        let recorder = if org.id == orgs[0].id {
            &staff.mediator
        } else {
            staff.clerk(i)
        };
        let (mediator_id, mediator) = rng.pick(&org.mediators).clone();
        let dispute = Dispute::draw(&mut rng, org.category == OrgCategory::NewBusiness);
        let person = names::person(&mut rng, days.today);
        let employer = org
            .employer
            .clone()
            .unwrap_or_else(|| names::company(&mut rng));
        let matter = format!("申请人{}", dispute.matter(&employer));
        let oral = rng.chance(45);
        let oral_record = oral.then(|| {
            format!(
                "{}，申请人{}（{}，公民身份号码{}，电话{}）到本组织口头申请调解，称其{}。请求依法调解。以上记录经申请人确认无误。记录人：{mediator}",
                days.iso(ago),
                person.name,
                if person.sex == Sex::Male { "男" } else { "女" },
                person.id_number,
                person.mobile,
                dispute.matter(&employer),
            )
        });
        let mode = match (online[i], rng.chance(65)) {
            (false, _) => MediationChannel::InPerson,
            (true, true) => MediationChannel::OnlineVideo,
            (true, false) => MediationChannel::Phone,
        };
        let case = mediation::create_mediation_case(
            core,
            recorder,
            MediationCaseInput {
                org_id: org.id.clone(),
                mediator_id: Some(mediator_id),
                joint_arbitrator_id: None,
                application: if oral {
                    ApplicationForm::Oral
                } else {
                    ApplicationForm::Written
                },
                oral_record,
                applied_on: days.iso(ago),
                applicant_name: person.name.clone(),
                applicant_mobile: Some(person.mobile.clone()),
                respondent_name: employer.clone(),
                respondent_contact: Some(format!(
                    "{} {}",
                    names::any_name(&mut rng),
                    names::landline(&mut rng)
                )),
                matter,
                categories: dispute.categories(),
                amount: dispute.amount.map(|a| a.to_string()),
                mode,
            },
        )
        .await?;
        let id = case.summary.id;
        if i >= CASES - OPEN {
            continue;
        }
        // Most end within Art. 14's fifteen days; a few run over.
        let took = if rng.chance(94) {
            rng.range(0, 14)
        } else {
            rng.range(16, 24)
        };
        let concluded = (ago - took).max(0);
        if agreed[i] {
            agreement_no += 1;
            let settle = dispute
                .amount
                .map(|a| a * rng.range(60, 95) / 100 / 100 * 100);
            let terms = match settle {
                Some(s) => format!(
                    "被申请人于{}前一次性支付申请人{s}元，双方就本争议再无其他纠纷",
                    days.after(concluded, 15)
                ),
                None => "被申请人自下月起依法为申请人办理社会保险登记并按时缴费；双方就本争议再无其他纠纷".into(),
            };
            let pending = agreement_no % 37 == 5;
            let later = pending || rng.chance(6);
            let done = mediation::record_agreement(
                core,
                recorder,
                &id,
                AgreementInput {
                    concluded_on: days.iso(concluded),
                    terms,
                    performance_due_on: Some(days.after(concluded, 15)),
                    signed_applicant: true,
                    signed_respondent: !later,
                    signed_mediator: true,
                    sealed: !later,
                },
            )
            .await?;
            let mut effective = done.summary.effective_on.is_some().then_some(concluded);
            if later && !pending {
                let on = (concluded - rng.range(1, 5)).max(0);
                mediation::complete_signatures(
                    core,
                    recorder,
                    &id,
                    SignaturesInput {
                        on: days.iso(on),
                        signed_applicant: true,
                        signed_respondent: true,
                        signed_mediator: true,
                        sealed: true,
                    },
                )
                .await?;
                effective = Some(on);
            }
            if let Some(eff) = effective
                && rng.chance(9)
            {
                mediation::apply_for_review(
                    core,
                    recorder,
                    &id,
                    ReviewInput {
                        applied_on: days.iso((eff - rng.range(1, 10)).max(0)),
                        joint: true,
                    },
                )
                .await?;
            }
        } else {
            mediation::record_no_agreement(
                core,
                recorder,
                &id,
                NoAgreementInput {
                    concluded_on: days.iso(concluded),
                    reason: rng.pick(FAILURES).to_string(),
                },
            )
            .await?;
            if (18..=60).contains(&concluded) && dispute.amount.is_some() {
                candidates.push(Referral {
                    id,
                    concluded_ago: concluded,
                    applicant: person,
                    employer,
                    dispute,
                });
            }
        }
    }
    // The two most recent failures with money at stake go on to arbitration.
    let keep = candidates.len().saturating_sub(2);
    Ok(candidates.split_off(keep))
}
