use crate::support::{PASSWORD, TestDb, by_username, new_user};
use time::macros::date;
use yunting::ErrorCode;
use yunting::actor::Role;
use yunting::audit::{self, AuditQuery};
use yunting::auth;
use yunting::calendar::{self, CalendarDay, CalendarYearInput, DayCount, DayKind};

#[tokio::test]
async fn i4_ships_the_state_council_schedules_for_2024_to_2026() {
    let (db, admin) = TestDb::with_admin().await;
    let cal = calendar::load(&db.core).await.unwrap();
    for year in [2024, 2025, 2026] {
        assert!(cal.covers(year), "{year}");
    }
    assert!(!cal.covers(2027));
    assert!(
        !cal.is_working_day(date!(2025 - 10 - 08)),
        "国庆节、中秋节 2025 runs to Oct 8"
    );
    assert!(
        cal.is_working_day(date!(2025 - 09 - 28)),
        "Sunday make-up day"
    );
    assert!(
        !cal.is_working_day(date!(2026 - 02 - 23)),
        "春节 2026 runs to Feb 23"
    );
    assert!(
        cal.is_working_day(date!(2026 - 02 - 28)),
        "Saturday make-up day"
    );
    assert!(cal.is_working_day(date!(2024 - 05 - 11)));

    let years = calendar::list_years(&db.core, &admin).await.unwrap();
    assert_eq!(
        years.iter().map(|y| y.year).collect::<Vec<_>>(),
        [2026, 2025, 2024]
    );
    let y2026 = &years[0];
    assert_eq!((y2026.holidays, y2026.workdays), (33, 6));
}

#[tokio::test]
async fn i4_a_defense_period_over_spring_festival_2026_ends_after_the_holiday() {
    let db = TestDb::new().await;
    let cal = calendar::load(&db.core).await.unwrap();
    // Served Thursday 2026-02-05; 10 calendar days → Sunday Feb 15, inside 春节 (Feb 15–23)
    // → the next working day, Tuesday Feb 24.
    assert_eq!(
        cal.period_end(date!(2026 - 02 - 05), 10, DayCount::Calendar)
            .due,
        date!(2026 - 02 - 24)
    );
    // 5 working days from Thursday Feb 12: Fri 13, Sat 14 (make-up), Tue 24, Wed 25, Thu 26.
    assert_eq!(
        cal.period_end(date!(2026 - 02 - 12), 5, DayCount::Working)
            .due,
        date!(2026 - 02 - 26)
    );
}

fn year_2027() -> CalendarYearInput {
    CalendarYearInput {
        year: 2027,
        source: "国务院办公厅关于2027年部分节假日安排的通知".into(),
        days: vec![
            CalendarDay {
                day: "2027-01-01".into(),
                kind: DayKind::Holiday,
                name: "元旦".into(),
            },
            CalendarDay {
                day: "2027-02-06".into(),
                kind: DayKind::Workday,
                name: "春节调休上班".into(),
            },
        ],
    }
}

#[tokio::test]
async fn i4_an_admin_enters_a_new_year_and_it_is_audited() {
    let (db, admin) = TestDb::with_admin().await;
    let saved = calendar::set_year(&db.core, &admin, year_2027())
        .await
        .unwrap();
    assert_eq!((saved.holidays, saved.workdays), (1, 1));
    let cal = calendar::load(&db.core).await.unwrap();
    assert!(cal.covers(2027));
    assert!(!cal.is_working_day(date!(2027 - 01 - 01)));
    assert!(cal.is_working_day(date!(2027 - 02 - 06)));

    // Replacing the year drops days no longer listed.
    let mut fewer = year_2027();
    fewer.days.truncate(1);
    calendar::set_year(&db.core, &admin, fewer).await.unwrap();
    assert_eq!(
        calendar::year_days(&db.core, &admin, 2027)
            .await
            .unwrap()
            .len(),
        1
    );

    let page = audit::list(
        &db.core,
        &admin,
        AuditQuery {
            offset: 0,
            limit: 5,
        },
    )
    .await
    .unwrap();
    assert_eq!(page.entries[0].action, "calendar.year_replaced");
    assert_eq!(page.entries[1].action, "calendar.year_added");
}

#[tokio::test]
async fn i4_bad_calendar_entries_are_refused_and_change_nothing() {
    let (db, admin) = TestDb::with_admin().await;
    let mut weekday_workday = year_2027();
    weekday_workday.days[1].day = "2027-02-08".into(); // a Monday
    let err = calendar::set_year(&db.core, &admin, weekday_workday)
        .await
        .unwrap_err();
    assert_eq!(
        (err.reason.as_str(), err.field.as_deref()),
        ("workday_not_weekend", Some("days.1"))
    );

    let mut wrong_year = year_2027();
    wrong_year.days[0].day = "2026-12-31".into();
    assert_eq!(
        calendar::set_year(&db.core, &admin, wrong_year)
            .await
            .unwrap_err()
            .reason,
        "date_outside_year"
    );

    let mut duplicate = year_2027();
    duplicate.days[1].day = "2027-01-01".into();
    assert_eq!(
        calendar::set_year(&db.core, &admin, duplicate)
            .await
            .unwrap_err()
            .reason,
        "date_duplicate"
    );

    let mut no_source = year_2027();
    no_source.source = "  ".into();
    assert_eq!(
        calendar::set_year(&db.core, &admin, no_source)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("source")
    );

    assert!(!calendar::load(&db.core).await.unwrap().covers(2027));
}

#[tokio::test]
async fn i4_only_admins_edit_the_calendar() {
    let (db, admin) = TestDb::with_admin().await;
    let user = auth::register(&db.core, new_user("zhaoli", "13912345678", "赵丽"))
        .await
        .unwrap();
    auth::approve_user(&db.core, &admin, &user.id, Role::Arbitrator)
        .await
        .unwrap();
    let arbitrator = db
        .actor(
            &auth::sign_in(&db.core, by_username("zhaoli", PASSWORD))
                .await
                .unwrap(),
        )
        .await;
    let err = calendar::set_year(&db.core, &arbitrator, year_2027())
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    assert_eq!(
        calendar::list_years(&db.core, &arbitrator)
            .await
            .unwrap()
            .len(),
        3
    );
}
