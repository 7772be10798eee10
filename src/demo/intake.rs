//! The 直通车's year of 急难愁盼 requests (40 of the seed's 41; the 41st is the seed
//! story's): received by hotline, walk-in or online, transferred with a responsible
//! person and a due date, followed up and closed with an outcome; two converted into
//! arbitration cases, a few still in hand.
use super::disputes::Dispute;
use super::names::{self, GANSU, HUNAN};
use super::parties;
use super::registry::ENTERPRISES;
use super::rng::{Days, Rng};
use super::staff::{INSTITUTE, Staff};
use crate::cases::Channel;
use crate::db::Core;
use crate::error::Result;
use crate::intake::{self, IntakeChannel, MaterialInput, MaterialStatus, NewIntake, TransferInput};

pub(super) const ITEMS: usize = 40;

/// An intake item turned into an arbitration case, awaiting acceptance.
pub(super) struct Conversion {
    pub case_id: String,
    pub received_ago: i64,
}

const UNITS: [&str; 4] = [
    INSTITUTE,
    "西峰区劳动保障监察大队",
    "西峰区社会保险事业服务中心",
    "西峰区北街街道劳动人事争议调解中心",
];
const OUTCOMES: [&str; 4] = [
    "经仲裁院调解，用人单位已支付款项，求助人表示满意",
    "劳动保障监察大队责令用人单位限期支付，已足额支付",
    "社保经办机构已为其办理补缴登记，求助人认可",
    "经所在街道劳动人事争议调解中心调解达成协议并已履行",
];

/// What happens to the item at `index` (oldest first).
enum Fate {
    Closed,
    /// Transferred, being handled; materials to supplement.
    InHand {
        materials: bool,
    },
    Converted,
}

fn fate(index: usize) -> Fate {
    match ITEMS - index {
        5 => Fate::InHand { materials: true },
        4 | 2 => Fate::Converted,
        3 | 1 => Fate::InHand { materials: false },
        _ => Fate::Closed,
    }
}

pub(super) async fn build(core: &Core, staff: &Staff, days: Days) -> Result<Vec<Conversion>> {
    let mut rng = Rng::new(0x5EED_0004);
    // Before the seed story's call (12 days ago), so that the numbers follow the dates.
    let mut received: Vec<i64> = (0..ITEMS).map(|_| rng.range(13, 360)).collect();
    received.sort_unstable_by(|a, b| b.cmp(a));
    let mut conversions = Vec::new();
    for (i, &ago) in received.iter().enumerate() {
        let clerk = staff.clerk(i);
        let channel = match rng.range(0, 9) {
            0..=5 => IntakeChannel::Hotline,
            6..=8 => IntakeChannel::WalkIn,
            _ => IntakeChannel::Online,
        };
        let away = channel != IntakeChannel::WalkIn && rng.chance(15);
        let sex = names::sex(&mut rng);
        let person =
            names::person_from(&mut rng, if away { HUNAN } else { GANSU }, sex, days.today);
        let employer = if rng.chance(30) {
            rng.pick(&ENTERPRISES).to_string()
        } else {
            names::company(&mut rng)
        };
        let platform = rng.chance(10);
        let dispute = Dispute::draw(&mut rng, platform);
        let item = intake::create(
            core,
            clerk,
            NewIntake {
                channel,
                received_at: Some(days.at(ago, rng.range(8, 17) as u8, rng.range(0, 59) as u8)),
                requester_name: person.name.clone(),
                requester_mobile: Some(person.mobile.clone()),
                requester_location: Some(person.home.clone()),
                employer_name: Some(employer.clone()),
                categories: dispute.categories(),
                summary: format!("求助人反映：{}，请求帮助。", dispute.matter(&employer)),
            },
        )
        .await?;
        let id = item.summary.id;
        let fate = fate(i);
        let unit = match (&fate, dispute.kind) {
            (Fate::Converted, _) => INSTITUTE,
            (_, super::disputes::Kind::SocialInsurance) => UNITS[2],
            _ => *rng.pick(&UNITS),
        };
        let person_in_charge = match unit {
            INSTITUTE => staff.arbitrator(i).display_name.clone(),
            _ => names::any_name(&mut rng),
        };
        intake::transfer(
            core,
            clerk,
            &id,
            TransferInput {
                handling_unit: unit.into(),
                responsible_person: person_in_charge,
                transferred_on: days.iso(ago),
                due_on: match fate {
                    Fate::InHand { .. } => days.ahead(rng.range(2, 6)),
                    _ => days.after(ago, 7),
                },
            },
        )
        .await?;
        intake::add_note(
            core,
            clerk,
            &id,
            "已电话联系求助人说明办理流程，并与用人单位取得联系",
        )
        .await?;
        match fate {
            Fate::Closed => {
                let outcome = OUTCOMES[UNITS.iter().position(|u| *u == unit).unwrap_or(0)];
                let closed = (ago - rng.range(2, 15)).max(0);
                intake::close(core, clerk, &id, outcome, &days.iso(closed)).await?;
            }
            Fate::InHand { materials } => {
                if materials {
                    intake::set_materials(
                        core,
                        clerk,
                        &id,
                        vec![
                            MaterialInput {
                                name: "身份证复印件".into(),
                                status: MaterialStatus::Provided,
                                due_on: None,
                            },
                            MaterialInput {
                                name: "工资支付凭证或考勤记录".into(),
                                status: MaterialStatus::ToSupplement,
                                due_on: Some(days.ahead(5)),
                            },
                        ],
                    )
                    .await?;
                }
            }
            Fate::Converted => {
                intake::close(
                    core,
                    clerk,
                    &id,
                    "已转仲裁院按仲裁申请登记",
                    &days.iso(ago - 1),
                )
                .await?;
                let worker = parties::worker(&person, dispute.job, &employer);
                let company = parties::employer(&mut rng, &employer);
                let file = intake::convert_to_case(
                    core,
                    clerk,
                    &id,
                    parties::application(
                        Channel::Transferred,
                        days.iso(ago - 1),
                        &dispute,
                        worker,
                        company,
                    ),
                )
                .await?;
                conversions.push(Conversion {
                    case_id: file.summary.id,
                    received_ago: ago - 1,
                });
            }
        }
    }
    Ok(conversions)
}
