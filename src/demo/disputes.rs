//! The kinds of dispute the data set draws from, worded as a mediator or a clerk would
//! write them, with the claim categories of LDMAL Art. 2 and a typical amount.
use super::rng::Rng;
use crate::cases::{ClaimCategory, ClaimInput};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    WageArrears,
    NoContract,
    Dismissal,
    Overtime,
    SocialInsurance,
    InjuryCosts,
    LaborRelation,
    Severance,
}

const COMMON: &[Kind] = &[
    Kind::WageArrears,
    Kind::WageArrears,
    Kind::WageArrears,
    Kind::NoContract,
    Kind::Dismissal,
    Kind::Overtime,
    Kind::SocialInsurance,
    Kind::InjuryCosts,
    Kind::Severance,
];
/// Platform work (riders, couriers, drivers): whether there is an employment at all.
const PLATFORM: &[Kind] = &[Kind::LaborRelation, Kind::WageArrears, Kind::InjuryCosts];

pub(super) const JOBS: &[&str] = &[
    "建筑工人",
    "保洁员",
    "厨师",
    "服务员",
    "仓库管理员",
    "销售员",
    "保安",
    "电焊工",
    "货车司机",
    "收银员",
    "装卸工",
    "出纳",
    "水电工",
    "设备操作工",
    "面点师",
];
pub(super) const PLATFORM_JOBS: &[&str] = &["外卖骑手", "快递员", "网约车司机", "同城配送员"];

/// One dispute: what it is about, in which categories, for how much (yuan, rounded).
#[derive(Debug, Clone)]
pub(super) struct Dispute {
    pub kind: Kind,
    pub job: &'static str,
    pub amount: Option<i64>,
    pub months: i64,
}

impl Dispute {
    pub fn draw(rng: &mut Rng, platform: bool) -> Self {
        let kind = *rng.pick(if platform { PLATFORM } else { COMMON });
        let job = *rng.pick(if platform { PLATFORM_JOBS } else { JOBS });
        let (lo, hi) = match kind {
            Kind::WageArrears => (2_800, 36_000),
            Kind::NoContract => (6_000, 42_000),
            Kind::Dismissal => (9_000, 64_000),
            Kind::Overtime => (1_800, 16_000),
            Kind::InjuryCosts => (4_500, 52_000),
            Kind::Severance => (5_000, 38_000),
            Kind::SocialInsurance | Kind::LaborRelation => (0, 0),
        };
        let amount = (hi > 0).then(|| rng.range(lo / 100, hi / 100) * 100);
        Self {
            kind,
            job,
            amount,
            months: rng.range(2, 7),
        }
    }

    pub fn categories(&self) -> Vec<ClaimCategory> {
        use ClaimCategory::*;
        match self.kind {
            Kind::WageArrears | Kind::InjuryCosts => vec![PayCompensation],
            Kind::NoContract | Kind::Severance => vec![Contract, PayCompensation],
            Kind::Dismissal => vec![Dismissal, PayCompensation],
            Kind::Overtime => vec![HoursRestInsurance, PayCompensation],
            Kind::SocialInsurance => vec![HoursRestInsurance],
            Kind::LaborRelation => vec![LaborRelation],
        }
    }

    /// The cause as a case file names it (案由).
    pub fn cause(&self) -> &'static str {
        match self.kind {
            Kind::WageArrears => "追索劳动报酬",
            Kind::NoContract => "未订立书面劳动合同二倍工资差额",
            Kind::Dismissal => "违法解除劳动合同赔偿金",
            Kind::Overtime => "加班费",
            Kind::SocialInsurance => "社会保险争议",
            Kind::InjuryCosts => "工伤保险待遇",
            Kind::LaborRelation => "确认劳动关系",
            Kind::Severance => "经济补偿金",
        }
    }

    fn money(&self) -> String {
        self.amount.map(|a| format!("{a}元")).unwrap_or_default()
    }

    /// The matter in the applicant's words (mediation applications, intake forms).
    pub fn matter(&self, employer: &str) -> String {
        let (job, m, money) = (self.job, self.months, self.money());
        match self.kind {
            Kind::WageArrears => {
                format!("在{employer}从事{job}工作，单位拖欠{m}个月工资共计{money}，多次催要未果")
            }
            Kind::NoContract => format!(
                "在{employer}从事{job}工作一年多，单位始终未签订书面劳动合同，要求支付二倍工资差额{money}"
            ),
            Kind::Dismissal => format!(
                "在{employer}从事{job}工作，单位无正当理由将其辞退，要求支付违法解除劳动合同赔偿金{money}"
            ),
            Kind::Overtime => {
                format!("在{employer}从事{job}工作期间长期延时加班，单位未支付加班费，共计{money}")
            }
            Kind::SocialInsurance => {
                format!("在{employer}从事{job}工作{m}年，单位未为其缴纳社会保险，要求补缴")
            }
            Kind::InjuryCosts => format!(
                "在{employer}从事{job}工作时受伤，已认定工伤，单位拒付医疗费等工伤待遇{money}"
            ),
            Kind::LaborRelation => format!(
                "通过平台为{employer}从事{job}工作{m}个月，单位否认存在劳动关系，要求确认劳动关系"
            ),
            Kind::Severance => {
                format!("与{employer}的劳动合同到期后单位不再续订，要求支付经济补偿{money}")
            }
        }
    }

    /// The claims of an arbitration application, worker (party 0) against employer
    /// (party 1); money split over the categories that carry it.
    pub fn claims(&self) -> Vec<ClaimInput> {
        let money = self.amount.map(|a| a.to_string());
        let claim = |category, description: String, amount: Option<String>| ClaimInput {
            category,
            description,
            amount,
            claimant: 0,
            respondent: 1,
        };
        let m = self.months;
        use ClaimCategory::*;
        match self.kind {
            Kind::WageArrears => vec![claim(
                PayCompensation,
                format!("请求裁决被申请人支付拖欠的{m}个月工资"),
                money,
            )],
            Kind::NoContract => vec![claim(
                PayCompensation,
                "请求裁决被申请人支付未订立书面劳动合同的二倍工资差额".into(),
                money,
            )],
            Kind::Dismissal => vec![
                claim(Dismissal, "请求确认被申请人解除劳动合同违法".into(), None),
                claim(
                    PayCompensation,
                    "请求裁决被申请人支付违法解除劳动合同赔偿金".into(),
                    money,
                ),
            ],
            Kind::Overtime => vec![claim(
                PayCompensation,
                "请求裁决被申请人支付延时加班工资".into(),
                money,
            )],
            Kind::SocialInsurance => vec![claim(
                HoursRestInsurance,
                "请求裁决被申请人为申请人补缴在职期间的社会保险费".into(),
                None,
            )],
            Kind::InjuryCosts => vec![claim(
                PayCompensation,
                "请求裁决被申请人支付工伤医疗费、停工留薪期工资".into(),
                money,
            )],
            Kind::LaborRelation => vec![claim(
                LaborRelation,
                "请求确认申请人与被申请人之间存在劳动关系".into(),
                None,
            )],
            Kind::Severance => vec![claim(
                PayCompensation,
                "请求裁决被申请人支付劳动合同终止的经济补偿".into(),
                money,
            )],
        }
    }
}
