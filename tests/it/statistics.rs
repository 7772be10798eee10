//! The statistics dashboard over the small hand-built dataset in `statistics_data`, whose
//! figures are worked out by hand there. The range is 2026-03-01 to 2026-05-31. The export
//! is tested in `statistics_export`.
use crate::statistics_data::*;
use yunting::ErrorCode;
use yunting::mediation::OrgCategory;
use yunting::statistics;

#[tokio::test]
pub(crate) async fn mediation_counts_applications_in_range_and_the_rate_over_cases_concluded_in_range()
 {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap();
    let m = &s.mediation;
    assert_eq!((m.cases, m.online, m.offline, m.open), (9, 4, 5, 2));
    assert_eq!(
        counts(&m.by_mode),
        vec![
            ("online_video", "线上视频", 3),
            ("phone", "电话", 1),
            ("in_person", "现场", 5)
        ]
    );
    assert_eq!((m.concluded, m.agreements), (7, 5));
    assert!((m.success_rate.unwrap() - 5.0 / 7.0).abs() < 1e-12);
    assert!(m.rate_definition.contains("调解终结的案件数"));
    assert!(m.online_definition.contains("视频或电话"));
}

#[tokio::test]
pub(crate) async fn by_org_lists_active_orgs_and_inactive_ones_with_cases_busiest_first() {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap();
    // B and C tie on 2 cases and are ordered by name; the inactive D shows because it
    // has a case, the inactive E (none) does not.
    assert_eq!(
        s.mediation.by_org,
        vec![
            org_row(
                "org-a",
                ORG_A,
                OrgCategory::Township,
                4,
                2,
                4,
                3,
                Some(0.75)
            ),
            org_row(
                "org-b",
                ORG_B,
                OrgCategory::Commercial,
                2,
                1,
                1,
                1,
                Some(1.0)
            ),
            org_row("org-c", ORG_C, OrgCategory::Township, 2, 1, 1, 1, Some(1.0)),
            org_row(
                "org-d",
                ORG_D,
                OrgCategory::Enterprise,
                1,
                0,
                1,
                0,
                Some(0.0)
            ),
        ]
    );
}

#[tokio::test]
pub(crate) async fn by_category_covers_every_category_with_its_active_organisations() {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap();
    let rows: Vec<_> = s
        .mediation
        .by_category
        .iter()
        .map(|c| {
            (
                c.category,
                c.label.as_str(),
                c.organizations,
                c.cases,
                c.concluded,
                c.agreements,
                c.success_rate,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (OrgCategory::Township, "乡镇（街道）", 2, 6, 5, 4, Some(0.8)),
            (OrgCategory::Commercial, "商业综合体", 1, 2, 1, 1, Some(1.0)),
            (
                OrgCategory::TrainingSchool,
                "职业培训学校",
                0,
                0,
                0,
                0,
                None
            ),
            (OrgCategory::NewBusiness, "新业态", 0, 0, 0, 0, None),
            (OrgCategory::Enterprise, "企业", 0, 1, 1, 0, Some(0.0)),
            (OrgCategory::Other, "其他", 0, 0, 0, 0, None),
        ]
    );
    let r = &s.registry;
    assert_eq!((r.organizations, r.active, r.mediators), (5, 3, 3));
    assert_eq!(
        counts(&r.by_category)
            .iter()
            .map(|c| c.2)
            .collect::<Vec<_>>(),
        vec![2, 1, 0, 0, 0, 0]
    );
}

#[tokio::test]
pub(crate) async fn the_first_and_last_day_of_the_range_count_and_the_days_outside_do_not() {
    let (db, admin) = setup().await;
    // Only 2026-05-31: M04 applied, M10 concluded with an agreement, K5 received,
    // I3 received at 23:59 Beijing time, 2 social-security cards, 25 participants.
    let s = statistics::statistics(&db.core, &admin, query(TO, TO, None))
        .await
        .unwrap();
    assert_eq!(
        (
            s.mediation.cases,
            s.mediation.concluded,
            s.mediation.agreements
        ),
        (1, 1, 1)
    );
    assert_eq!(s.arbitration.received, 1);
    assert_eq!(s.intake.received, 1);
    assert_eq!(
        (s.services.total, s.services.publicity_participants),
        (2, 25)
    );
    assert_eq!(s.by_month.len(), 1);

    // Only 2026-03-01: M01 applied, K1 received, I1 received at 00:00 Beijing time.
    let s = statistics::statistics(&db.core, &admin, query(FROM, FROM, None))
        .await
        .unwrap();
    assert_eq!((s.mediation.cases, s.mediation.online), (1, 1));
    assert_eq!((s.arbitration.received, s.intake.received), (1, 1));
    assert_eq!(s.services.total, 5);

    // The days just outside: 2026-02-28 (M05 applied) and 2026-06-01 (M08, K7).
    for day in ["2026-02-28", "2026-06-01"] {
        let s = statistics::statistics(&db.core, &admin, query(day, day, None))
            .await
            .unwrap();
        assert_eq!(s.mediation.cases, 1, "{day}");
        assert_eq!(s.intake.received, 1, "{day}: I2 or I4");
    }
}

#[tokio::test]
pub(crate) async fn the_org_filter_narrows_the_mediation_figures_only() {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, Some("org-a")))
        .await
        .unwrap();
    assert_eq!(s.org_id.as_deref(), Some("org-a"));
    let m = &s.mediation;
    assert_eq!((m.cases, m.online, m.offline, m.open), (4, 2, 2, 1));
    assert_eq!(
        (m.concluded, m.agreements, m.success_rate),
        (4, 3, Some(0.75))
    );
    assert_eq!(m.by_org.len(), 1);
    assert_eq!(m.by_org[0].name, ORG_A);
    assert_eq!(m.by_category[0].cases, 4);
    let months: Vec<_> = s
        .by_month
        .iter()
        .map(|r| (r.mediation_cases, r.online, r.agreements))
        .collect();
    assert_eq!(months, vec![(2, 2, 2), (1, 0, 1), (1, 0, 0)]);
    // Arbitration and intake are not the organisation's.
    assert_eq!((s.arbitration.received, s.intake.received), (7, 4));

    // An inactive organisation without cases still shows when asked for.
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, Some("org-e")))
        .await
        .unwrap();
    assert_eq!(s.mediation.by_org.len(), 1);
    assert_eq!(
        (
            s.mediation.by_org[0].cases,
            s.mediation.by_org[0].success_rate
        ),
        (0, None)
    );
    assert_eq!(s.mediation.success_rate, None);
}

#[tokio::test]
pub(crate) async fn by_month_lists_every_month_of_the_range_in_order() {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap();
    let months: Vec<_> = s
        .by_month
        .iter()
        .map(|r| {
            (
                r.month.as_str(),
                r.mediation_cases,
                r.online,
                r.agreements,
                r.arbitration_cases,
                r.intake_items,
            )
        })
        .collect();
    // I5 came in at 01:00 on 1 May in Beijing (30 April in UTC).
    assert_eq!(
        months,
        vec![
            ("2026-03", 4, 2, 2, 3, 2),
            ("2026-04", 2, 1, 2, 2, 0),
            ("2026-05", 3, 1, 1, 2, 2),
        ]
    );
    // A range across a year end with empty months.
    let s = statistics::statistics(&db.core, &admin, query("2025-11-15", "2026-02-10", None))
        .await
        .unwrap();
    let names: Vec<_> = s.by_month.iter().map(|r| r.month.as_str()).collect();
    assert_eq!(names, vec!["2025-11", "2025-12", "2026-01", "2026-02"]);
    assert_eq!(s.by_month[2].mediation_cases, 1, "M12");
}

#[tokio::test]
pub(crate) async fn arbitration_counts_received_closed_and_heard_including_merged_cases() {
    let (db, admin) = setup().await;
    let a = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap()
        .arbitration;
    assert_eq!(a.received, 7);
    assert_eq!(
        counts(&a.by_status),
        vec![
            ("received", "已收件", 1),
            ("accepted", "已受理", 1),
            ("in_progress", "审理中", 3),
            ("closed", "已结案", 1),
            ("not_accepted", "不予受理", 1),
        ]
    );
    assert_eq!(
        counts(&a.by_procedure),
        vec![("ordinary", "普通程序", 6), ("summary", "简易处理", 1)]
    );
    assert_eq!(a.closed, 2);
    assert_eq!(a.by_closure.len(), 9);
    let closed: Vec<_> = counts(&a.by_closure)
        .into_iter()
        .filter(|c| c.2 > 0)
        .collect();
    assert_eq!(
        closed,
        vec![
            ("mediation", "调解结案", 1),
            ("award_final", "裁决结案（终局）", 1)
        ]
    );
    assert_eq!((a.heard, a.heard_online, a.online_share), (4, 2, Some(0.5)));
}

#[tokio::test]
pub(crate) async fn intake_uses_beijing_dates_and_services_sum_the_counts_in_range() {
    let (db, admin) = setup().await;
    let s = statistics::statistics(&db.core, &admin, query(FROM, TO, None))
        .await
        .unwrap();
    assert_eq!(
        (s.intake.received, s.intake.closed, s.intake.converted),
        (4, 2, 2)
    );
    let v = &s.services;
    assert_eq!(v.total, 11);
    assert_eq!(
        counts(&v.by_kind),
        vec![
            ("consultation", "政策咨询", 8),
            ("social_security_card", "社保卡服务", 2),
            ("elderly_special", "老年人及特殊群体服务", 0),
            ("self_service", "自助设备帮办", 0),
            ("other", "其他服务", 1),
        ]
    );
    assert_eq!((v.publicity_events, v.publicity_participants), (2, 65));
}

#[tokio::test]
pub(crate) async fn bad_ranges_and_unknown_organisations_are_field_errors() {
    let (db, admin) = setup().await;
    let err = |q| async {
        statistics::statistics(&db.core, &admin, q)
            .await
            .unwrap_err()
    };
    let e = err(query("2026-05-31", "2026-03-01", None)).await;
    assert_eq!(
        (e.code, e.field.as_deref(), e.reason.as_str()),
        (ErrorCode::Validation, Some("to"), "range_reversed")
    );
    assert_eq!(e.message, "结束日期不能早于开始日期");
    let e = err(query("2026-02-30", TO, None)).await;
    assert_eq!(
        (e.field.as_deref(), e.reason.as_str()),
        (Some("from"), "date_invalid")
    );
    let e = err(query(FROM, "2026/05/31", None)).await;
    assert_eq!(e.field.as_deref(), Some("to"));
    let e = err(query("2016-03-01", "2026-03-01", None)).await;
    assert_eq!(
        (e.field.as_deref(), e.reason.as_str()),
        (Some("to"), "range_too_long")
    );
    let e = err(query(FROM, TO, Some("no-such-org"))).await;
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Validation, Some("orgId"))
    );
    // Ten years less a day is allowed.
    statistics::statistics(&db.core, &admin, query("2016-03-01", "2026-02-28", None))
        .await
        .unwrap();
}
