//! The exported tables as rows: the organisation table with its total, and the
//! mediation cases of the range, read page by page.
use crate::error::Result;
use crate::mediation::{MediationChannel, OrgCategory};
use crate::statistics::model::MediationStats;
use crate::statistics::queries::Scope;
use sqlx::SqliteConnection;

pub const ORG_HEADER: [&str; 8] = [
    "调解组织",
    "类别",
    "受理案件",
    "线上",
    "线下",
    "调解终结",
    "达成协议",
    "调解成功率",
];

pub const CASE_HEADER: [&str; 14] = [
    "案件编号",
    "调解组织",
    "类别",
    "调解员",
    "申请人",
    "被申请人",
    "申请方式",
    "调解方式",
    "申请日期",
    "期限届满日",
    "状态",
    "终结日期",
    "协议生效日期",
    "纠纷事项",
];

/// One line of the organisation table: name, category, the five counts, the rate.
pub struct OrgLine {
    pub name: String,
    pub category: String,
    pub counts: [i64; 5],
    pub rate: Option<f64>,
}

/// The dashboard's organisation rows, then the total (合计).
pub fn org_lines(m: &MediationStats) -> Vec<OrgLine> {
    let mut lines: Vec<OrgLine> = m
        .by_org
        .iter()
        .map(|o| OrgLine {
            name: o.name.clone(),
            category: o.category.label_zh().to_owned(),
            counts: [o.cases, o.online, o.offline, o.concluded, o.agreements],
            rate: o.success_rate,
        })
        .collect();
    lines.push(OrgLine {
        name: "合计".to_owned(),
        category: String::new(),
        counts: [m.cases, m.online, m.offline, m.concluded, m.agreements],
        rate: m.success_rate,
    });
    lines
}

/// A mediation case as exported: every cell is text, labels already in Chinese.
pub struct CaseRow {
    pub cells: [String; 14],
}

// `?3` is the organisation: see `Scope::pick`.
const DAYS_ALL: &str = "SELECT applied_on, COUNT(*) FROM mediation_cases
    WHERE applied_on BETWEEN ?1 AND ?2 AND ?3 IS NULL
    GROUP BY applied_on ORDER BY applied_on";
const DAYS_ONE: &str = "SELECT applied_on, COUNT(*) FROM mediation_cases
    WHERE org_id = ?3 AND applied_on BETWEEN ?1 AND ?2
    GROUP BY applied_on ORDER BY applied_on";
const PAGE_ALL: &str = "SELECT c.case_no, o.name, o.category, md.name, c.applicant_name,
        c.respondent_name, c.application, c.mode, c.applied_on, c.due_on, c.status,
        c.concluded_on, c.effective_on, c.matter
    FROM mediation_cases c
    JOIN mediation_orgs o ON o.id = c.org_id
    LEFT JOIN mediators md ON md.id = c.mediator_id
    WHERE c.applied_on BETWEEN ?1 AND ?2 AND ?3 IS NULL
    ORDER BY c.applied_on, c.case_no";
const PAGE_ONE: &str = "SELECT c.case_no, o.name, o.category, md.name, c.applicant_name,
        c.respondent_name, c.application, c.mode, c.applied_on, c.due_on, c.status,
        c.concluded_on, c.effective_on, c.matter
    FROM mediation_cases c
    JOIN mediation_orgs o ON o.id = c.org_id
    LEFT JOIN mediators md ON md.id = c.mediator_id
    WHERE c.org_id = ?3 AND c.applied_on BETWEEN ?1 AND ?2
    ORDER BY c.applied_on, c.case_no";

/// The cases to export as pages of whole days (`first..=last` applied_on), each with
/// about `size` cases, and how many there are in all.
pub struct PagePlan {
    pub pages: Vec<(String, String)>,
    pub total: i64,
}

/// Counts the cases per day (from the applied_on index alone) and cuts the range into
/// pages. Bounding each page by days keeps every read a short index range: with
/// `LIMIT` alone SQLite sorts the whole rest of the range on every page.
pub async fn plan_pages(conn: &mut SqliteConnection, scope: &Scope, size: i64) -> Result<PagePlan> {
    let days: Vec<(String, i64)> = sqlx::query_as(scope.pick(DAYS_ALL, DAYS_ONE))
        .bind(&scope.from)
        .bind(&scope.to)
        .bind(scope.org_id())
        .fetch_all(conn)
        .await?;
    let mut plan = PagePlan {
        pages: Vec::new(),
        total: 0,
    };
    let mut open: Option<(String, i64)> = None;
    for (day, n) in days {
        plan.total += n;
        let (first, count) = open.take().unwrap_or_else(|| (day.clone(), 0));
        if count + n >= size {
            plan.pages.push((first, day));
        } else {
            open = Some((first, count + n));
        }
    }
    if let Some((first, _)) = open {
        plan.pages.push((first, scope.to.clone()));
    }
    Ok(plan)
}

type Raw = (
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

/// The cases applied for on the page's days, ordered by application date and number.
pub async fn case_page(
    conn: &mut SqliteConnection,
    scope: &Scope,
    (first, last): &(String, String),
) -> Result<Vec<CaseRow>> {
    let raw: Vec<Raw> = sqlx::query_as(scope.pick(PAGE_ALL, PAGE_ONE))
        .bind(first)
        .bind(last)
        .bind(scope.org_id())
        .fetch_all(conn)
        .await?;
    Ok(raw.into_iter().map(case_row).collect())
}

fn case_row(r: Raw) -> CaseRow {
    let (no, org, category, mediator, applicant, respondent, application, mode) =
        (r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7);
    let (applied, due, status, concluded, effective, matter) = (r.8, r.9, r.10, r.11, r.12, r.13);
    CaseRow {
        cells: [
            no,
            org,
            OrgCategory::parse(&category).map_or(category.clone(), |c| c.label_zh().to_owned()),
            mediator.unwrap_or_default(),
            applicant,
            respondent,
            match application.as_str() {
                "oral" => "口头".to_owned(),
                "written" => "书面".to_owned(),
                _ => application,
            },
            MediationChannel::parse(&mode).map_or(mode.clone(), |m| m.label_zh().to_owned()),
            applied,
            due,
            match status.as_str() {
                "open" => "调解中".to_owned(),
                "agreement" => "达成协议".to_owned(),
                "no_agreement" => "调解不成".to_owned(),
                _ => status,
            },
            concluded.unwrap_or_default(),
            effective.unwrap_or_default(),
            matter,
        ],
    }
}
