//! Mediation before arbitration: the registry snapshot, and the range's cases per
//! organisation, category, mode and month.
use super::{Months, Scope, count, rate};
use crate::error::Result;
use crate::mediation::{MediationChannel, OrgCategory};
use crate::statistics::model::*;
use sqlx::SqliteConnection;
use std::collections::HashMap;

pub const RATE_DEFINITION: &str = "调解成功率 = 统计期内达成调解协议的案件数 ÷ 统计期内调解终结的案件数（达成协议与调解不成之和）";
pub const ONLINE_DEFINITION: &str = "线上 = 以视频或电话方式调解；线下 = 现场调解；按申请日期统计";

const MODES: [MediationChannel; 3] = [
    MediationChannel::OnlineVideo,
    MediationChannel::Phone,
    MediationChannel::InPerson,
];

/// An organisation as the figures name it.
#[derive(Debug, Clone)]
pub struct OrgLabel {
    pub id: String,
    pub name: String,
    pub category: OrgCategory,
}

pub(super) async fn org_label(conn: &mut SqliteConnection, id: &str) -> Result<Option<OrgLabel>> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT id, name, category FROM mediation_orgs WHERE id = ?")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(id, name, category)| OrgLabel {
        id,
        name,
        category: OrgCategory::parse(&category).unwrap_or(OrgCategory::Other),
    }))
}

pub(super) struct Org {
    label: OrgLabel,
    active: bool,
}

/// Every organisation, and the registry as it stands today.
pub(super) async fn registry(conn: &mut SqliteConnection) -> Result<(Vec<Org>, RegistryStats)> {
    let rows: Vec<(String, String, String, bool)> =
        sqlx::query_as("SELECT id, name, category, active FROM mediation_orgs")
            .fetch_all(&mut *conn)
            .await?;
    let orgs: Vec<Org> = rows
        .into_iter()
        .map(|(id, name, category, active)| Org {
            label: OrgLabel {
                id,
                name,
                category: OrgCategory::parse(&category).unwrap_or(OrgCategory::Other),
            },
            active,
        })
        .collect();
    let (mediators,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM mediators m JOIN mediation_orgs o ON o.id = m.org_id
         WHERE m.active = 1 AND o.active = 1",
    )
    .fetch_one(&mut *conn)
    .await?;
    let registry = RegistryStats {
        organizations: orgs.len() as i64,
        active: orgs.iter().filter(|o| o.active).count() as i64,
        mediators,
        by_category: OrgCategory::ALL
            .iter()
            .map(|&c| count(c.as_str(), c.label_zh(), active_in(&orgs, c)))
            .collect(),
    };
    Ok((orgs, registry))
}

fn active_in(orgs: &[Org], category: OrgCategory) -> i64 {
    orgs.iter()
        .filter(|o| o.active && o.label.category == category)
        .count() as i64
}

/// One organisation's counts in the range.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    cases: i64,
    video: i64,
    phone: i64,
    open: i64,
    concluded: i64,
    agreements: i64,
}

impl Tally {
    fn online(&self) -> i64 {
        self.video + self.phone
    }
    fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.video += o.video;
        self.phone += o.phone;
        self.open += o.open;
        self.concluded += o.concluded;
        self.agreements += o.agreements;
    }
}

pub(super) async fn figures(
    conn: &mut SqliteConnection,
    scope: &Scope,
    orgs: &[Org],
    months: &mut Months,
) -> Result<MediationStats> {
    let tallies = per_org(conn, scope, months).await?;

    let mut total = Tally::default();
    tallies.values().for_each(|t| total.add(t));

    // Inactive organisations still show when they have figures in the range, so the
    // table's rows add up to the totals.
    let mut by_org: Vec<OrgRow> = orgs
        .iter()
        .filter(|o| match scope.org_id() {
            Some(id) => o.label.id == id,
            None => o.active || tallies.contains_key(&o.label.id),
        })
        .map(|o| {
            org_row(
                &o.label,
                tallies.get(&o.label.id).copied().unwrap_or_default(),
            )
        })
        .collect();
    by_org.sort_by(|a, b| b.cases.cmp(&a.cases).then_with(|| a.name.cmp(&b.name)));

    let by_category = OrgCategory::ALL
        .iter()
        .map(|&category| {
            let mut t = Tally::default();
            orgs.iter()
                .filter(|o| o.label.category == category)
                .filter_map(|o| tallies.get(&o.label.id))
                .for_each(|x| t.add(x));
            CategoryRow {
                category,
                label: category.label_zh().to_owned(),
                organizations: active_in(orgs, category),
                cases: t.cases,
                concluded: t.concluded,
                agreements: t.agreements,
                success_rate: rate(t.agreements, t.concluded),
            }
        })
        .collect();

    let in_person = total.cases - total.online();
    Ok(MediationStats {
        cases: total.cases,
        online: total.online(),
        offline: in_person,
        by_mode: MODES
            .iter()
            .zip([total.video, total.phone, in_person])
            .map(|(m, n)| count(m.as_str(), m.label_zh(), n))
            .collect(),
        concluded: total.concluded,
        agreements: total.agreements,
        open: total.open,
        success_rate: rate(total.agreements, total.concluded),
        rate_definition: RATE_DEFINITION.to_owned(),
        online_definition: ONLINE_DEFINITION.to_owned(),
        by_org,
        by_category,
    })
}

fn org_row(org: &OrgLabel, t: Tally) -> OrgRow {
    OrgRow {
        org_id: org.id.clone(),
        name: org.name.clone(),
        category: org.category,
        cases: t.cases,
        online: t.online(),
        offline: t.cases - t.online(),
        concluded: t.concluded,
        agreements: t.agreements,
        success_rate: rate(t.agreements, t.concluded),
    }
}

// Month first in GROUP BY: led by org_id, SQLite (once ANALYZEd) prefers walking the
// organisation index over the whole table to the date range. `?3` is the organisation.
const APPLIED_ALL: &str = "SELECT substr(applied_on, 1, 7), org_id, COUNT(*),
        COUNT(CASE WHEN mode = 'online_video' THEN 1 END),
        COUNT(CASE WHEN mode = 'phone' THEN 1 END),
        COUNT(CASE WHEN status = 'open' THEN 1 END)
    FROM mediation_cases
    WHERE applied_on BETWEEN ?1 AND ?2 AND ?3 IS NULL
    GROUP BY substr(applied_on, 1, 7), org_id";
const APPLIED_ONE: &str = "SELECT substr(applied_on, 1, 7), org_id, COUNT(*),
        COUNT(CASE WHEN mode = 'online_video' THEN 1 END),
        COUNT(CASE WHEN mode = 'phone' THEN 1 END),
        COUNT(CASE WHEN status = 'open' THEN 1 END)
    FROM mediation_cases
    WHERE org_id = ?3 AND applied_on BETWEEN ?1 AND ?2
    GROUP BY substr(applied_on, 1, 7), org_id";
const CONCLUDED_ALL: &str = "SELECT substr(concluded_on, 1, 7), org_id, COUNT(*),
        COUNT(CASE WHEN status = 'agreement' THEN 1 END)
    FROM mediation_cases
    WHERE concluded_on BETWEEN ?1 AND ?2 AND status IN ('agreement', 'no_agreement')
      AND ?3 IS NULL
    GROUP BY substr(concluded_on, 1, 7), org_id";
const CONCLUDED_ONE: &str = "SELECT substr(concluded_on, 1, 7), org_id, COUNT(*),
        COUNT(CASE WHEN status = 'agreement' THEN 1 END)
    FROM mediation_cases
    WHERE org_id = ?3 AND concluded_on BETWEEN ?1 AND ?2
      AND status IN ('agreement', 'no_agreement')
    GROUP BY substr(concluded_on, 1, 7), org_id";

/// Two passes, each one range of one index: the cases applied for in the range, and
/// those concluded in it, counted per organisation and month. The totals, categories
/// and months are sums of these (at most organisations × months rows).
async fn per_org(
    conn: &mut SqliteConnection,
    scope: &Scope,
    months: &mut Months,
) -> Result<HashMap<String, Tally>> {
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    let applied: Vec<(String, String, i64, i64, i64, i64)> =
        sqlx::query_as(scope.pick(APPLIED_ALL, APPLIED_ONE))
            .bind(&scope.from)
            .bind(&scope.to)
            .bind(scope.org_id())
            .fetch_all(&mut *conn)
            .await?;
    for (month, org, cases, video, phone, open) in applied {
        let t = tallies.entry(org).or_default();
        t.cases += cases;
        t.video += video;
        t.phone += phone;
        t.open += open;
        let m = months.entry(month).or_default();
        m.mediation_cases += cases;
        m.online += video + phone;
    }
    let concluded: Vec<(String, String, i64, i64)> =
        sqlx::query_as(scope.pick(CONCLUDED_ALL, CONCLUDED_ONE))
            .bind(&scope.from)
            .bind(&scope.to)
            .bind(scope.org_id())
            .fetch_all(&mut *conn)
            .await?;
    for (month, org, n, agreements) in concluded {
        let t = tallies.entry(org).or_default();
        t.concluded += n;
        t.agreements += agreements;
        months.entry(month).or_default().agreements += agreements;
    }
    Ok(tallies)
}
