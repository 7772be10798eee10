//! About twenty-five arbitration cases besides the seed story's, over the year and in
//! every state the dashboard counts: received, not accepted, accepted, before a
//! tribunal with a hearing ahead, in a hearing under way today, withdrawn, closed by a
//! 调解书 both parties signed for.
//! Two come from intake conversions and two from failed mediations.
use super::closing;
use super::disputes::Dispute;
use super::intake::Conversion;
use super::mediation::Referral;
use super::names;
use super::parties;
use super::rng::{Days, Rng};
use super::staff::Staff;
use crate::cases::{self, Channel, NotAcceptInput, NotAcceptedKind};
use crate::db::Core;
use crate::error::Result;
use crate::mediation;

pub(super) enum Source {
    Walk(Channel),
    Intake(String),
    Referral(Box<Referral>),
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Fate {
    Received,
    NotAccepted(NotAcceptedKind),
    Accepted,
    /// Before its tribunal: maybe a mediation attempt, maybe a hearing `n` days ahead
    /// (0: under way today).
    Heard {
        hearing_in: Option<i64>,
        online: bool,
        attempt: bool,
    },
    Withdrawn {
        settled: bool,
    },
    Mediated,
}

pub(super) struct Scenario {
    received_ago: i64,
    decide_after: i64,
    pub fate: Fate,
    source: Source,
    seed: u64,
}

impl Scenario {
    /// When it was accepted (or decided on): case numbers follow this order.
    pub fn decided_ago(&self) -> i64 {
        self.received_ago - self.decide_after
    }
}

use Fate::*;
const WALK_INS: [(i64, i64, Fate, Channel); 21] = [
    (318, 3, Withdrawn { settled: true }, Channel::Written),
    (301, 4, Mediated, Channel::Written),
    (262, 2, Mediated, Channel::Online),
    (244, 5, Withdrawn { settled: true }, Channel::Oral),
    (
        209,
        3,
        NotAccepted(NotAcceptedKind::OutOfScope),
        Channel::Written,
    ),
    (188, 4, Mediated, Channel::Written),
    (166, 3, Withdrawn { settled: false }, Channel::Written),
    (
        137,
        2,
        NotAccepted(NotAcceptedKind::NoJurisdiction),
        Channel::Online,
    ),
    (121, 5, Mediated, Channel::Written),
    (97, 3, Withdrawn { settled: true }, Channel::Written),
    (76, 4, Mediated, Channel::Oral),
    (58, 3, Mediated, Channel::Written),
    (49, 2, Withdrawn { settled: false }, Channel::Online),
    (
        38,
        3,
        Heard {
            hearing_in: Some(4),
            online: true,
            attempt: true,
        },
        Channel::Written,
    ),
    (
        31,
        2,
        Heard {
            hearing_in: Some(9),
            online: false,
            attempt: false,
        },
        Channel::Written,
    ),
    (
        24,
        4,
        Heard {
            hearing_in: Some(0),
            online: true,
            attempt: true,
        },
        Channel::Online,
    ),
    (
        17,
        3,
        Heard {
            hearing_in: Some(13),
            online: false,
            attempt: false,
        },
        Channel::Oral,
    ),
    (6, 2, Accepted, Channel::Written),
    (5, 1, Accepted, Channel::Online),
    (2, 0, Received, Channel::Written),
    (1, 0, Received, Channel::Online),
];

/// Every scenario, in the order their cases were accepted.
pub(super) fn plan(conversions: Vec<Conversion>, referrals: Vec<Referral>) -> Vec<Scenario> {
    let mut out: Vec<Scenario> = WALK_INS
        .iter()
        .map(|&(received_ago, decide_after, fate, channel)| Scenario {
            received_ago,
            decide_after,
            fate,
            source: Source::Walk(channel),
            seed: 0,
        })
        .collect();
    for (i, c) in conversions.into_iter().enumerate() {
        out.push(Scenario {
            received_ago: c.received_ago,
            decide_after: 1 + i as i64,
            fate: Heard {
                hearing_in: (i == 0).then_some(6),
                online: true,
                attempt: i == 1,
            },
            source: Source::Intake(c.case_id),
            seed: 0,
        });
    }
    for (i, r) in referrals.into_iter().enumerate() {
        out.push(Scenario {
            received_ago: r.concluded_ago - 3,
            decide_after: 3,
            fate: if i == 0 {
                Heard {
                    hearing_in: Some(11),
                    online: false,
                    attempt: false,
                }
            } else {
                Withdrawn { settled: true }
            },
            source: Source::Referral(Box::new(r)),
            seed: 0,
        });
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.decided_ago()));
    for (i, s) in out.iter_mut().enumerate() {
        s.seed = 0x5EED_0100 + i as u64;
    }
    out
}

/// Runs the scenarios in order; `statements` numbers the 调解书 across calls.
pub(super) async fn run(
    core: &Core,
    staff: &Staff,
    days: Days,
    scenarios: Vec<Scenario>,
    statements: &mut u32,
) -> Result<()> {
    for s in scenarios {
        one(core, staff, days, s, statements).await?;
    }
    Ok(())
}

async fn register(
    core: &Core,
    staff: &Staff,
    days: Days,
    s: Source,
    rng: &mut Rng,
    received: i64,
) -> Result<String> {
    let clerk = staff.clerk(rng.range(0, 1) as usize);
    let on = days.iso(received);
    Ok(match s {
        Source::Walk(channel) => {
            let dispute = Dispute::draw(rng, false);
            let person = names::person(rng, days.today);
            let employer = names::company(rng);
            let input = parties::application(
                channel,
                on,
                &dispute,
                parties::worker(&person, dispute.job, &employer),
                parties::employer(rng, &employer),
            );
            cases::create(core, clerk, input).await?.summary.id
        }
        Source::Intake(id) => id,
        Source::Referral(r) => {
            let input = parties::application(
                Channel::Transferred,
                on,
                &r.dispute,
                parties::worker(&r.applicant, r.dispute.job, &r.employer),
                parties::employer(rng, &r.employer),
            );
            mediation::refer_to_arbitration(core, clerk, &r.id, input)
                .await?
                .summary
                .id
        }
    })
}

async fn one(
    core: &Core,
    staff: &Staff,
    days: Days,
    s: Scenario,
    statements: &mut u32,
) -> Result<()> {
    let mut rng = Rng::new(s.seed);
    let decided = s.decided_ago();
    let id = register(core, staff, days, s.source, &mut rng, s.received_ago).await?;
    let clerk = staff.clerk(rng.range(0, 1) as usize);
    match s.fate {
        Received => return Ok(()),
        NotAccepted(kind) => {
            let (reason, competent) = match kind {
                NotAcceptedKind::NoJurisdiction => (
                    "劳动合同履行地和用人单位所在地均在兰州市城关区，不属于本委管辖",
                    Some("兰州市城关区劳动人事争议仲裁委员会".to_owned()),
                ),
                _ => (
                    "申请人与被申请人之间系承揽合同关系，不属于劳动人事争议处理范围",
                    None,
                ),
            };
            let input = NotAcceptInput {
                kind,
                reason: reason.into(),
                competent_commission: competent,
                on_date: days.iso(decided),
            };
            cases::not_accept(core, clerk, &id, input).await?;
            return Ok(());
        }
        _ => {}
    }
    cases::accept(core, clerk, &id, &days.iso(decided)).await?;
    if matches!(s.fate, Accepted) {
        return Ok(());
    }
    let bench = closing::form_tribunal(core, staff, days, &mut rng, &id, clerk, decided).await?;
    match s.fate {
        Heard {
            hearing_in,
            online,
            attempt,
        } => {
            closing::heard(
                core, days, &mut rng, &bench, &id, hearing_in, online, attempt, decided,
            )
            .await
        }
        Withdrawn { settled } => {
            closing::withdrawn(core, days, &mut rng, &bench, &id, settled, decided).await
        }
        Mediated => {
            *statements += 1;
            closing::mediated(core, days, &mut rng, &bench, &id, decided, *statements).await
        }
        Received | NotAccepted(_) | Accepted => Ok(()),
    }
}
