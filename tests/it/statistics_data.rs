//! The hand-built statistics dataset (2026-03-01 to 2026-05-31) and the helpers its tests share.
use crate::support::TestDb;
use yunting::Actor;
use yunting::mediation::OrgCategory;
use yunting::statistics::{self, OrgRow, StatsQuery};
use yunting::types::{format_date, parse_date};

pub(crate) const FROM: &str = "2026-03-01";
pub(crate) const TO: &str = "2026-05-31";
pub(crate) const NOW: &str = "2026-11-29T00:00:00.000Z";

pub(crate) const ORG_A: &str = "西峰区肖金镇劳动争议调解中心";
pub(crate) const ORG_B: &str = "东方丽景茂商户调解室";
pub(crate) const ORG_C: &str = "董志镇劳动争议调解中心";
pub(crate) const ORG_D: &str = "已撤销调解室";

pub(crate) async fn exec(db: &TestDb, sql: &str, args: &[Option<&str>]) {
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()));
    for a in args {
        q = q.bind(a.map(str::to_owned));
    }
    q.execute(db.core.pool()).await.expect(sql);
}

pub(crate) async fn org(
    db: &TestDb,
    admin: &Actor,
    id: &str,
    name: &str,
    category: &str,
    active: bool,
) {
    let active = if active { "1" } else { "0" };
    exec(
        db,
        "INSERT INTO mediation_orgs (id, name, category, address, contact_name, contact_phone, active,
                                     created_at, created_by, updated_at)
         VALUES (?, ?, ?, '甘肃省庆阳市西峰区', '李主任', '0934-8211000', ?, ?, ?, ?)",
        &[Some(id), Some(name), Some(category), Some(active), Some(NOW), Some(&admin.user_id.to_string()), Some(NOW)],
    )
    .await;
}

pub(crate) async fn mediator(db: &TestDb, id: &str, org_id: &str, active: bool) {
    let active = if active { "1" } else { "0" };
    exec(
        db,
        "INSERT INTO mediators (id, org_id, name, mobile, active, created_at, updated_at)
         VALUES (?, ?, ?, '13900000000', ?, ?, ?)",
        &[
            Some(id),
            Some(org_id),
            Some(id),
            Some(active),
            Some(NOW),
            Some(NOW),
        ],
    )
    .await;
}

/// A mediation case; `concluded` is `(status, date)` for a concluded one.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn mediation_case(
    db: &TestDb,
    admin: &Actor,
    no: &str,
    org_id: &str,
    mediator_id: Option<&str>,
    mode: &str,
    applied_on: &str,
    concluded: Option<(&str, &str)>,
    respondent: &str,
    matter: &str,
) {
    let due = format_date(parse_date(applied_on, "x").unwrap() + time::Duration::days(15));
    let (status, concluded_on) = concluded.map_or(("open", None), |(s, d)| (s, Some(d)));
    let terms = (status == "agreement").then_some("被申请人于十日内支付拖欠工资");
    let user = admin.user_id.to_string();
    exec(
        db,
        "INSERT INTO mediation_cases (id, case_no, org_id, mediator_id, application, oral_record, applied_on,
                                      due_on, applicant_name, respondent_name, matter, categories, mode,
                                      status, concluded_on, agreement_terms, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, '赵丽', ?, ?, 'pay_compensation', ?, ?, ?, ?, ?, ?, ?)",
        &[
            Some(&format!("id-{no}")),
            Some(no),
            Some(org_id),
            mediator_id,
            Some(if mediator_id.is_some() { "written" } else { "oral" }),
            mediator_id.is_none().then_some("申请人当场口述：拖欠工资三个月"),
            Some(applied_on),
            Some(&due),
            Some(respondent),
            Some(matter),
            Some(mode),
            Some(status),
            concluded_on,
            terms,
            Some(NOW),
            Some(&user),
            Some(NOW),
        ],
    )
    .await;
}

/// An arbitration case with only the columns the schema requires.
pub(crate) async fn case(
    db: &TestDb,
    admin: &Actor,
    id: &str,
    status: &str,
    procedure: &str,
    received_on: &str,
    closed: Option<(&str, &str)>,
) {
    exec(
        db,
        "INSERT INTO cases (id, status, procedure, channel, cause, received_on, closed_on, closure_type,
                            not_accepted_reason, created_at, created_by, updated_at)
         VALUES (?, ?, ?, 'written', '拖欠工资', ?, ?, ?, ?, ?, ?, ?)",
        &[
            Some(id),
            Some(status),
            Some(procedure),
            Some(received_on),
            closed.map(|c| c.1),
            closed.map(|c| c.0),
            (status == "not_accepted").then_some("不属于劳动争议"),
            Some(NOW),
            Some(&admin.user_id.to_string()),
            Some(NOW),
        ],
    )
    .await;
}

pub(crate) async fn hearing(
    db: &TestDb,
    admin: &Actor,
    id: &str,
    lead: &str,
    mode: &str,
    status: &str,
) {
    exec(
        db,
        "INSERT INTO hearings (id, lead_case_id, hearing_date, hearing_time, mode, status, created_at, created_by, updated_at)
         VALUES (?, ?, '2026-06-10', '09:30', ?, ?, ?, ?, ?)",
        &[Some(id), Some(lead), Some(mode), Some(status), Some(NOW), Some(&admin.user_id.to_string()), Some(NOW)],
    )
    .await;
}

pub(crate) async fn merge(db: &TestDb, admin: &Actor, lead: &str, member: &str, undone: bool) {
    exec(
        db,
        "INSERT INTO case_merges (id, lead_case_id, member_case_id, merged_on, merged_at, merged_by, undone_at)
         VALUES (?, ?, ?, '2026-05-10', ?, ?, ?)",
        &[
            Some(&format!("merge-{member}")),
            Some(lead),
            Some(member),
            Some(NOW),
            Some(&admin.user_id.to_string()),
            undone.then_some(NOW),
        ],
    )
    .await;
}

pub(crate) async fn intake_item(
    db: &TestDb,
    admin: &Actor,
    no: &str,
    received_at: &str,
    case_id: Option<&str>,
    closed_on: Option<&str>,
) {
    exec(
        db,
        "INSERT INTO intake_items (id, intake_no, channel, received_at, requester_name, categories, summary,
                                   status, outcome, closed_on, case_id, created_at, created_by, updated_at)
         VALUES (?, ?, 'hotline', ?, '赵丽', 'pay_compensation', '反映拖欠工资', ?, ?, ?, ?, ?, ?, ?)",
        &[
            Some(&format!("id-{no}")),
            Some(no),
            Some(received_at),
            Some(if closed_on.is_some() { "closed" } else { "open" }),
            closed_on.map(|_| "已办结"),
            closed_on,
            case_id,
            Some(NOW),
            Some(&admin.user_id.to_string()),
            Some(NOW),
        ],
    )
    .await;
}

pub(crate) async fn service(db: &TestDb, admin: &Actor, on: &str, kind: &str, count: &str) {
    exec(
        db,
        "INSERT INTO service_logs (id, on_date, kind, count, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
        &[Some(&format!("s-{on}-{kind}")), Some(on), Some(kind), Some(count), Some(NOW), Some(&admin.user_id.to_string())],
    )
    .await;
}

pub(crate) async fn publicity(db: &TestDb, admin: &Actor, on: &str, participants: &str) {
    exec(
        db,
        "INSERT INTO publicity_events (id, held_on, place, topic, participants, created_at, created_by)
         VALUES (?, ?, '西峰区人力资源市场', '送法入企', ?, ?, ?)",
        &[Some(&format!("p-{on}")), Some(on), Some(participants), Some(NOW), Some(&admin.user_id.to_string())],
    )
    .await;
}

/// The dataset. In the range 2026-03-01..2026-05-31:
/// - mediation: applied M01–M04 (A), M06–M07 (B), M09–M10 (C), M11 (D, inactive) = 9;
///   online M01 video, M02 phone, M06 video, M10 video = 4; open M04, M07;
///   concluded M01 M02 M05 M06 M10 (agreement) and M03 M11 (none) = 7, 5 agreements.
///   Outside: M05 applied 02-28 (but concluded 03-05), M08 applied 06-01, M09 concluded
///   06-05, M12 entirely in January/February.
/// - arbitration: received K1 K2 K3 K4 K5 K8 K9 = 7; closed K1 (mediation) and K6
///   (award, received in February) = 2; heard K1 (online), K2, K3 (merged into K2), K4
///   (mixed) = 4, 2 of them online; K5's hearing was cancelled, K9's merge undone.
/// - intake: received I1 I3 I5 I6 = 4 (Beijing dates), closed I5 I7 = 2, converted I1 I6.
/// - services: 5 + 3 consultations, 2 social-security cards, 1 other = 11; publicity
///   2 events, 65 participants.
pub(crate) async fn dataset(db: &TestDb, admin: &Actor) {
    org(db, admin, "org-a", ORG_A, "township", true).await;
    org(db, admin, "org-b", ORG_B, "commercial", true).await;
    org(db, admin, "org-c", ORG_C, "township", true).await;
    org(db, admin, "org-d", ORG_D, "enterprise", false).await;
    org(db, admin, "org-e", "旧调解室", "other", false).await;
    mediator(db, "李调解", "org-a", true).await;
    mediator(db, "王调解", "org-a", true).await;
    mediator(db, "张调解", "org-a", false).await;
    mediator(db, "刘调解", "org-b", true).await;
    mediator(db, "陈调解", "org-d", true).await;

    let m = async |no, org, mediator, mode, applied, concluded| {
        let respondent = "庆阳某环保科技有限公司";
        mediation_case(
            db,
            admin,
            no,
            org,
            mediator,
            mode,
            applied,
            concluded,
            respondent,
            "拖欠工资",
        )
        .await;
    };
    let agreed = |d| Some(("agreement", d));
    let failed = |d| Some(("no_agreement", d));
    m(
        "M01",
        "org-a",
        Some("李调解"),
        "online_video",
        "2026-03-01",
        agreed("2026-03-10"),
    )
    .await;
    m(
        "M02",
        "org-a",
        Some("王调解"),
        "phone",
        "2026-03-15",
        agreed("2026-04-02"),
    )
    .await;
    m(
        "M03",
        "org-a",
        None,
        "in_person",
        "2026-04-10",
        failed("2026-04-25"),
    )
    .await;
    mediation_case(
        db,
        admin,
        "M04",
        "org-a",
        Some("李调解"),
        "in_person",
        "2026-05-31",
        None,
        "=HYPERLINK(\"http://x\")",
        "拖欠工资，加班费\n及经济补偿：\"共计三万元\"",
    )
    .await;
    m(
        "M05",
        "org-a",
        Some("李调解"),
        "in_person",
        "2026-02-28",
        agreed("2026-03-05"),
    )
    .await;
    m(
        "M06",
        "org-b",
        Some("刘调解"),
        "online_video",
        "2026-04-01",
        agreed("2026-04-12"),
    )
    .await;
    m(
        "M07",
        "org-b",
        Some("刘调解"),
        "in_person",
        "2026-05-20",
        None,
    )
    .await;
    m("M08", "org-b", Some("刘调解"), "phone", "2026-06-01", None).await;
    m(
        "M09",
        "org-c",
        None,
        "in_person",
        "2026-03-20",
        failed("2026-06-05"),
    )
    .await;
    m(
        "M10",
        "org-c",
        None,
        "online_video",
        "2026-05-05",
        agreed("2026-05-31"),
    )
    .await;
    m(
        "M11",
        "org-d",
        Some("陈调解"),
        "in_person",
        "2026-03-03",
        failed("2026-03-18"),
    )
    .await;
    m(
        "M12",
        "org-c",
        None,
        "phone",
        "2026-01-15",
        failed("2026-02-20"),
    )
    .await;

    case(
        db,
        admin,
        "K1",
        "closed",
        "summary",
        "2026-03-01",
        Some(("mediation", "2026-04-20")),
    )
    .await;
    case(
        db,
        admin,
        "K2",
        "in_progress",
        "ordinary",
        "2026-03-10",
        None,
    )
    .await;
    case(
        db,
        admin,
        "K3",
        "in_progress",
        "ordinary",
        "2026-03-12",
        None,
    )
    .await;
    case(db, admin, "K4", "accepted", "ordinary", "2026-04-05", None).await;
    case(db, admin, "K5", "received", "ordinary", "2026-05-31", None).await;
    case(
        db,
        admin,
        "K6",
        "closed",
        "ordinary",
        "2026-02-27",
        Some(("award_final", "2026-03-15")),
    )
    .await;
    case(db, admin, "K7", "received", "ordinary", "2026-06-01", None).await;
    case(
        db,
        admin,
        "K8",
        "not_accepted",
        "ordinary",
        "2026-04-20",
        None,
    )
    .await;
    case(
        db,
        admin,
        "K9",
        "in_progress",
        "ordinary",
        "2026-05-02",
        None,
    )
    .await;
    hearing(db, admin, "H1", "K1", "online", "concluded").await;
    hearing(db, admin, "H2", "K2", "in_person", "concluded").await;
    hearing(db, admin, "H4", "K4", "mixed", "scheduled").await;
    hearing(db, admin, "H5", "K5", "online", "cancelled").await;
    hearing(db, admin, "H7", "K7", "online", "scheduled").await;
    merge(db, admin, "K2", "K3", false).await;
    merge(db, admin, "K4", "K9", true).await;

    // 16:00 UTC is midnight in Beijing.
    intake_item(
        db,
        admin,
        "I1",
        "2026-02-28T16:00:00.000Z",
        Some("K1"),
        None,
    )
    .await;
    intake_item(db, admin, "I2", "2026-02-28T15:59:59.999Z", None, None).await;
    intake_item(db, admin, "I3", "2026-05-31T15:59:00.000Z", None, None).await;
    intake_item(db, admin, "I4", "2026-05-31T16:00:00.000Z", None, None).await;
    intake_item(
        db,
        admin,
        "I5",
        "2026-04-30T17:00:00.000Z",
        None,
        Some("2026-05-10"),
    )
    .await;
    intake_item(
        db,
        admin,
        "I6",
        "2026-03-31T02:00:00.000Z",
        Some("K2"),
        Some("2026-06-02"),
    )
    .await;
    intake_item(
        db,
        admin,
        "I7",
        "2026-01-10T02:00:00.000Z",
        None,
        Some("2026-03-05"),
    )
    .await;

    service(db, admin, "2026-03-01", "consultation", "5").await;
    service(db, admin, "2026-04-15", "consultation", "3").await;
    service(db, admin, "2026-05-31", "social_security_card", "2").await;
    service(db, admin, "2026-04-01", "other", "1").await;
    service(db, admin, "2026-02-28", "consultation", "100").await;
    service(db, admin, "2026-06-01", "self_service", "50").await;
    publicity(db, admin, "2026-03-15", "40").await;
    publicity(db, admin, "2026-05-31", "25").await;
    publicity(db, admin, "2026-06-01", "999").await;
}

pub(crate) async fn setup() -> (TestDb, Actor) {
    let (db, admin) = TestDb::with_admin().await;
    dataset(&db, &admin).await;
    (db, admin)
}

pub(crate) fn query(from: &str, to: &str, org_id: Option<&str>) -> StatsQuery {
    StatsQuery {
        from: from.into(),
        to: to.into(),
        org_id: org_id.map(Into::into),
    }
}

pub(crate) fn counts(list: &[statistics::Count]) -> Vec<(&str, &str, i64)> {
    list.iter()
        .map(|c| (c.key.as_str(), c.label.as_str(), c.count))
        .collect()
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn org_row(
    id: &str,
    name: &str,
    category: OrgCategory,
    cases: i64,
    online: i64,
    concluded: i64,
    agreements: i64,
    rate: Option<f64>,
) -> OrgRow {
    OrgRow {
        org_id: id.into(),
        name: name.into(),
        category,
        cases,
        online,
        offline: cases - online,
        concluded,
        agreements,
        success_rate: rate,
    }
}
