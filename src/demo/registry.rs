//! The registry the seed counts: 40 grassroots mediation organisations (13 townships
//! and streets, 3 commercial complexes, 5 training schools, 3 new business forms, 16
//! enterprises), their mediators, the district's training course and the supervision
//! of every township's organisation.
use super::names;
use super::rng::{Days, Rng};
use super::staff::{INSTITUTE, Staff};
use crate::db::Core;
use crate::error::Result;
use crate::mediation::{self, MediatorInput, OrgCategory, OrgInput, TrainingInput, VisitInput};

const TOWNSHIPS: [&str; 13] = [
    "北街街道",
    "南街街道",
    "西街街道",
    "长庆街道",
    "新区街道",
    "肖金镇",
    "董志镇",
    "后官寨镇",
    "彭原镇",
    "温泉镇",
    "什社乡",
    "显胜乡",
    "陈户镇",
];
const COMMERCIAL: [&str; 3] = ["陇东国际商贸城", "庆阳锦华购物广场", "西峰佳和生活超市"];
const SCHOOLS: [&str; 5] = [
    "西峰区启航职业培训学校",
    "庆阳同创职业技能培训学校",
    "陇原技工培训学校",
    "西峰区新苗职业培训学校",
    "庆阳众诚职业培训学校",
];
const NEW_FORMS: [&str; 3] = ["外卖骑手", "快递物流", "网约车"];
pub(super) const ENTERPRISES: [&str; 16] = [
    "庆阳长源建材有限公司",
    "庆阳陇丰食品有限公司",
    "甘肃北塬物流有限公司",
    "庆阳恒泰建筑工程有限公司",
    "庆阳华庆石油技术服务有限公司",
    "庆阳金穗农业开发有限公司",
    "庆阳宏达汽车服务有限公司",
    "庆阳天和纺织有限公司",
    "庆阳德源供热有限公司",
    "庆阳瑞丰物业服务有限公司",
    "庆阳晨光电子科技有限公司",
    "庆阳佳禾餐饮管理有限公司",
    "庆阳鑫源矿山机械有限公司",
    "庆阳北地酒业有限公司",
    "庆阳绿野再生能源有限公司",
    "庆阳安泰保安服务有限公司",
];

/// An organisation as the later steps need it.
pub(super) struct Org {
    pub id: String,
    pub category: OrgCategory,
    /// The employer a workplace organisation belongs to, if any.
    pub employer: Option<String>,
    pub mediators: Vec<(String, String)>,
}

pub(super) fn org_specs() -> Vec<(String, OrgCategory, Option<String>)> {
    let mut out = Vec::new();
    for t in TOWNSHIPS {
        out.push((
            format!("西峰区{t}劳动人事争议调解中心"),
            OrgCategory::Township,
            None,
        ));
    }
    for c in COMMERCIAL {
        out.push((format!("{c}劳动争议调解室"), OrgCategory::Commercial, None));
    }
    for s in SCHOOLS {
        out.push((
            format!("{s}劳动争议调解室"),
            OrgCategory::TrainingSchool,
            Some(s.to_owned()),
        ));
    }
    for n in NEW_FORMS {
        out.push((
            format!("西峰区{n}行业劳动争议调解工作室"),
            OrgCategory::NewBusiness,
            None,
        ));
    }
    for e in ENTERPRISES {
        out.push((
            format!("{e}劳动争议调解委员会"),
            OrgCategory::Enterprise,
            Some(e.to_owned()),
        ));
    }
    out
}

pub(super) async fn build(core: &Core, staff: &Staff, days: Days) -> Result<Vec<Org>> {
    let mut rng = Rng::new(0x5EED_0001);
    let registrar = staff.clerk(0);
    let mut orgs = Vec::new();
    for (i, (name, category, employer)) in org_specs().into_iter().enumerate() {
        let contact = names::any_name(&mut rng);
        let org = mediation::create_org(
            core,
            registrar,
            OrgInput {
                name,
                category,
                address: names::street_address(&mut rng),
                contact_phone: if rng.chance(50) {
                    names::landline(&mut rng)
                } else {
                    names::mobile(&mut rng)
                },
                contact_name: contact,
                founded_on: Some(days.iso(rng.range(500, 1_400))),
                active: true,
            },
        )
        .await?;
        let count = if category == OrgCategory::Township {
            3
        } else {
            2
        };
        let mut mediators = Vec::new();
        for m in 0..count {
            // The first township's first mediator is the demo mediator account.
            let (name, mobile) = if i == 0 && m == 0 {
                (
                    staff.mediator.display_name.clone(),
                    "13909340121".to_owned(),
                )
            } else {
                let s = names::sex(&mut rng);
                (names::full_name(&mut rng, s), names::mobile(&mut rng))
            };
            let added = mediation::add_mediator(
                core,
                registrar,
                &org.id,
                MediatorInput {
                    name,
                    mobile,
                    training_record: "参加西峰区劳动人事争议调解员业务培训班，考核合格".into(),
                    active: true,
                },
            )
            .await?;
            mediators.push((added.id, added.name));
        }
        orgs.push(Org {
            id: org.id,
            category,
            employer,
            mediators,
        });
    }
    train_and_supervise(core, staff, days, &orgs).await?;
    Ok(orgs)
}

async fn train_and_supervise(core: &Core, staff: &Staff, days: Days, orgs: &[Org]) -> Result<()> {
    let all: Vec<String> = orgs
        .iter()
        .flat_map(|o| o.mediators.iter().map(|(id, _)| id.clone()))
        .collect();
    mediation::record_training(
        core,
        staff.clerk(0),
        TrainingInput {
            held_on: days.iso(240),
            topic: "全区劳动人事争议调解员业务培训班：调解程序、调解协议书制作与仲裁审查".into(),
            organizer: INSTITUTE.into(),
            mediator_ids: all,
        },
    )
    .await?;
    let platform: Vec<String> = orgs
        .iter()
        .filter(|o| {
            matches!(
                o.category,
                OrgCategory::NewBusiness | OrgCategory::Commercial
            )
        })
        .flat_map(|o| o.mediators.iter().map(|(id, _)| id.clone()))
        .collect();
    mediation::record_training(
        core,
        staff.clerk(1),
        TrainingInput {
            held_on: days.iso(75),
            topic: "新就业形态劳动者权益保障与线上调解实务".into(),
            organizer: INSTITUTE.into(),
            mediator_ids: platform,
        },
    )
    .await?;
    let visitors = format!(
        "{}、{}",
        staff.arbitrator(0).display_name,
        staff.clerk(0).display_name
    );
    for (i, org) in orgs
        .iter()
        .filter(|o| o.category == OrgCategory::Township)
        .enumerate()
    {
        let findings = if i % 4 == 3 {
            "调解台账基本齐全；2 件调解协议书未载明履行期限，已当场要求补正"
        } else {
            "组织机构、调解员名册、调解台账齐全，调解协议书格式规范"
        };
        mediation::record_visit(
            core,
            staff.clerk(0),
            &org.id,
            VisitInput {
                visited_on: days.iso(150 - i as i64),
                visitors: visitors.clone(),
                findings: findings.into(),
            },
        )
        .await?;
    }
    Ok(())
}
