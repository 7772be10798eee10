//! Case search: Chinese substrings across numbers, names, mobiles and claims, with filters.
use crate::cases::seed_application;
use crate::support::TestDb;
use yunting::cases::{self, CaseQuery, CaseStatus};

#[tokio::test]
async fn search_finds_chinese_substrings_across_numbers_names_mobiles_and_claims() {
    let (db, admin) = TestDb::with_admin().await;
    cases::set_case_number_pattern(&db.core, &admin, "西劳人仲案字〔{year}〕第{seq}号")
        .await
        .unwrap();
    let zhao = cases::create(&db.core, &admin, seed_application())
        .await
        .unwrap();
    cases::accept(&db.core, &admin, &zhao.summary.id, "2026-11-25")
        .await
        .unwrap();
    let mut other = seed_application();
    other.parties[0].name = "钱大伟".into();
    other.parties[0].id_number = Some("621002198503150031".into());
    other.parties[0].mobile = Some("13800001111".into());
    other.claims.truncate(1);
    other.claims[0].description = "确认劳动关系".into();
    other.received_on = "2026-11-10".into();
    let qian = cases::create(&db.core, &admin, other).await.unwrap();

    let search = |text: &str| CaseQuery {
        text: Some(text.into()),
        offset: 0,
        limit: 20,
        ..Default::default()
    };
    let ids =
        |page: yunting::cases::CasePage| page.cases.into_iter().map(|c| c.id).collect::<Vec<_>>();
    let zhao_id = zhao.summary.id.clone();
    let qian_id = qian.summary.id.clone();
    for (text, expected) in [
        ("赵丽", vec![zhao_id.clone()]),
        ("赵", vec![zhao_id.clone()]),
        ("大伟", vec![qian_id.clone()]),
        ("1234567", vec![zhao_id.clone()]),
        ("第1号", vec![zhao_id.clone()]),
        ("〔2026〕第1", vec![zhao_id.clone()]),
        ("赔偿金", vec![zhao_id.clone()]),
        ("确认劳动", vec![qian_id.clone()]),
        ("环保科技", vec![zhao_id.clone(), qian_id.clone()]),
        ("赵丽丽", vec![]),
        ("〔〕", vec![]),
    ] {
        assert_eq!(
            ids(cases::list(&db.core, &admin, search(text)).await.unwrap()),
            expected,
            "{text}"
        );
    }
    let ranged = CaseQuery {
        received_from: Some("2026-11-01".into()),
        received_to: Some("2026-11-15".into()),
        offset: 0,
        limit: 20,
        ..Default::default()
    };
    assert_eq!(
        ids(cases::list(&db.core, &admin, ranged).await.unwrap()),
        vec![qian_id.clone()]
    );
    let bad = CaseQuery {
        received_from: Some("2026-13-01".into()),
        offset: 0,
        limit: 20,
        ..Default::default()
    };
    assert_eq!(
        cases::list(&db.core, &admin, bad)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("receivedFrom")
    );
    let combined = CaseQuery {
        text: Some("环保".into()),
        status: Some(CaseStatus::Accepted),
        offset: 0,
        limit: 20,
        ..Default::default()
    };
    assert_eq!(
        ids(cases::list(&db.core, &admin, combined).await.unwrap()),
        vec![zhao_id]
    );
}
