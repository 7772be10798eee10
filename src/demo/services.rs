//! The institute's service records for the year: weekly counts of the 直通车's services
//! adding up to the seed's "6500余人次", and a dozen publicity events (送法入企 and the
//! like).
use super::rng::{Days, Rng};
use super::staff::Staff;
use crate::db::Core;
use crate::error::Result;
use crate::mediation::{self, PublicityInput, ServiceKind, ServiceLogInput};

/// The person-times the weekly logs add up to, exactly.
pub(super) const SERVICE_TOTAL: u32 = 6_536;
pub(super) const PUBLICITY_EVENTS: u32 = 12;
const WEEKS: i64 = 52;

/// Mean person-times a week per kind (with the monthly "other" entries, about 125 a week).
const WEEKLY: [(ServiceKind, i64, &str); 4] = [
    (
        ServiceKind::Consultation,
        58,
        "政策咨询引导（含劳动维权咨询）",
    ),
    (
        ServiceKind::SocialSecurityCard,
        32,
        "社保卡申领、激活、挂失",
    ),
    (
        ServiceKind::ElderlySpecial,
        15,
        "老年人、残疾人等特殊群体帮办代办",
    ),
    (ServiceKind::SelfService, 19, "自助查询一体机使用指导"),
];

const PUBLICITY: [(i64, &str, &str, u32); 12] = [
    (
        350,
        "庆阳长源建材有限公司",
        "送法入企：劳动合同订立与解除风险提示",
        46,
    ),
    (
        322,
        "陇东国际商贸城",
        "“直通车”进商圈：仲裁服务出实招、助企纾困解难题",
        120,
    ),
    (
        296,
        "西峰区人力资源市场",
        "春风行动：农民工工资支付政策宣讲",
        210,
    ),
    (
        263,
        "庆阳恒泰建筑工程有限公司",
        "送法入企：根治欠薪与农民工工资专用账户",
        64,
    ),
    (
        231,
        "庆阳锦华购物广场",
        "“直通车”进商圈：商户规范用工政策讲解",
        85,
    ),
    (
        198,
        "西峰区启航职业培训学校",
        "新就业形态劳动者权益保障宣讲",
        150,
    ),
    (
        172,
        "庆阳陇丰食品有限公司",
        "送法入企：工时制度与加班费计算",
        52,
    ),
    (
        141,
        "西峰区政务服务中心人社服务区",
        "“快办行动”一件事打包办政策宣传",
        95,
    ),
    (
        113,
        "庆阳华庆石油技术服务有限公司",
        "送法入企：工伤认定与工伤保险待遇",
        58,
    ),
    (
        84,
        "西峰区外卖骑手行业劳动争议调解工作室",
        "外卖骑手职业伤害保障与劳动争议调解",
        73,
    ),
    (
        47,
        "庆阳德源供热有限公司",
        "送法入企：劳动争议调解仲裁法解读",
        41,
    ),
    (
        16,
        "西峰佳和生活超市",
        "“直通车”进商圈：年终岁末欠薪风险提示",
        66,
    ),
];

/// Logs the weekly counts; returns their total (`SERVICE_TOTAL`).
pub(super) async fn build(core: &Core, staff: &Staff, days: Days) -> Result<u32> {
    let mut rng = Rng::new(0x5EED_0003);
    let mut logs = Vec::new();
    for week in 0..WEEKS {
        for (kind, mean, note) in WEEKLY {
            let count = rng.range(mean * 6 / 10, mean * 14 / 10);
            logs.push((week, kind, count, note));
        }
        if week % 4 == 2 {
            logs.push((week, ServiceKind::Other, rng.range(2, 9), "其他便民服务"));
        }
    }
    // The last consultation entry takes up the difference, so the year comes to the
    // seed's figure whatever the draws.
    let drawn: i64 = logs.iter().map(|l| l.2).sum();
    let last = logs
        .iter()
        .rposition(|l| l.1 == ServiceKind::Consultation)
        .unwrap_or(0);
    logs[last].2 += i64::from(SERVICE_TOTAL) - drawn;
    let mut total = 0;
    for (i, (week, kind, count, note)) in logs.into_iter().enumerate() {
        let count = u32::try_from(count.max(1)).unwrap_or(1);
        mediation::log_service(
            core,
            staff.clerk(i),
            ServiceLogInput {
                // Weekly summaries, written up on the last day of each week.
                on_date: days.iso(7 * (WEEKS - 1 - week) + 1),
                kind,
                count,
                note: format!("本周汇总：{note}"),
            },
        )
        .await?;
        total += count;
    }
    for (ago, place, topic, participants) in PUBLICITY {
        mediation::record_publicity(
            core,
            staff.clerk(0),
            PublicityInput {
                held_on: days.iso(ago),
                place: place.into(),
                topic: topic.into(),
                participants,
            },
        )
        .await?;
    }
    Ok(total)
}
