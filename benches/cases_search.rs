//! The case list over 100,000 generated cases (with parties and claims): the first page
//! and Chinese substring searches, median and p95 over repeated runs.
//! Run: `cargo bench --bench cases_search`.
//!
//! Data is generated with bulk SQL in one transaction (the core's one-case-at-a-time
//! path with its audit rows would take minutes); the search rows use the core's own
//! `search::grams`, so the index is exactly what the app writes.
use std::time::{Duration, Instant};
use yunting::Core;
use yunting::auth::{self, NewUser};
use yunting::cases::{self, CaseQuery, CaseStatus};

const CASES: usize = 100_000;
const RUNS: usize = 60;

const SURNAMES: &[&str] = &[
    "赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨",
    "朱", "秦", "尤", "许", "何", "吕", "施", "张", "孔", "曹", "严", "华", "金", "魏",
];
const GIVEN: &[&str] = &[
    "丽", "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀英", "华", "建国", "桂兰", "志强", "海燕", "小红", "文",
];
const PLACES: &[&str] = &[
    "庆阳", "西峰", "庆城", "环县", "华池", "合水", "正宁", "宁县", "镇原", "兰州", "平凉", "天水",
];
const TRADES: &[&str] = &[
    "环保科技",
    "建筑工程",
    "商贸",
    "物流",
    "餐饮管理",
    "物业服务",
    "电力",
    "农业开发",
    "家政服务",
    "汽车维修",
    "教育咨询",
    "医药连锁",
];
const CLAIMS: &[&str] = &[
    "支付拖欠的工资",
    "支付违法解除劳动合同赔偿金",
    "支付未签订书面劳动合同二倍工资差额",
    "补缴社会保险费",
    "支付加班费",
    "确认劳动关系",
    "支付经济补偿",
    "支付工伤医疗费",
];

/// A small deterministic generator (xorshift), so every run measures the same data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn stats(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let median = samples[samples.len() / 2];
    let p95 = samples[samples.len() * 95 / 100];
    format!(
        "median {:>7.2} ms, p95 {:>7.2} ms",
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    )
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let core = Core::open(&dir.path().join("bench.db"))
        .await
        .expect("open");
    let admin = auth::create_first_admin(
        &core,
        NewUser {
            username: "admin".into(),
            mobile: "13800138000".into(),
            display_name: "基准测试".into(),
            password: "Bench-Password-1".into(),
        },
    )
    .await
    .expect("admin");
    let actor = auth::actor_for(&core, &admin.id).await.expect("actor");

    let t = Instant::now();
    generate(&core, &admin.id).await;
    println!(
        "generated {CASES} cases (2 parties and 1–3 claims each) in {:.1?}",
        t.elapsed()
    );
    sqlx::query("ANALYZE")
        .execute(core.pool())
        .await
        .expect("analyze");

    let queries: Vec<(&str, CaseQuery)> = vec![
        (
            "first page, no filter",
            CaseQuery {
                offset: 0,
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "first page, status accepted",
            CaseQuery {
                status: Some(CaseStatus::Accepted),
                offset: 0,
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "first page, received in one month",
            CaseQuery {
                received_from: Some("2026-03-01".into()),
                received_to: Some("2026-03-31".into()),
                offset: 0,
                limit: 20,
                ..Default::default()
            },
        ),
        ("search 2-char name 「赵丽」", search("赵丽")),
        ("search company 「西峰环保」", search("西峰环保")),
        ("search mobile fragment 「3912」", search("3912")),
        (
            "search case-number fragment 「第1234号」",
            search("第1234号"),
        ),
        ("search common term 「工资」 (many hits)", search("工资")),
        ("search 1 char 「赵」", search("赵")),
    ];
    for (label, query) in queries {
        let mut samples = Vec::with_capacity(RUNS);
        let mut total = 0;
        let mut capped = false;
        for _ in 0..RUNS {
            let t = Instant::now();
            let page = cases::list(&core, &actor, query.clone())
                .await
                .expect("list");
            samples.push(t.elapsed());
            total = page.total;
            capped = page.total_is_capped;
        }
        let more = if capped { "+" } else { "" };
        println!("{label:<42} {} ({total}{more} matching)", stats(samples));
    }
    let size = std::fs::metadata(core.path()).map(|m| m.len()).unwrap_or(0);
    println!("database file: {:.1} MiB", size as f64 / 1048576.0);
}

fn search(text: &str) -> CaseQuery {
    CaseQuery {
        text: Some(text.into()),
        offset: 0,
        limit: 20,
        ..Default::default()
    }
}

async fn generate(core: &Core, admin_id: &str) {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut tx = core.pool().begin().await.expect("tx");
    let now = "2026-11-29T00:00:00.000Z";
    for i in 0..CASES {
        let id = uuid::Uuid::now_v7().to_string();
        let day = 1 + rng.next() % 700;
        let received = time::macros::date!(2025 - 01 - 01) + time::Duration::days(day as i64);
        let received = yunting::types::format_date(received);
        let accepted = i % 4 != 0;
        let (status, case_no) = if accepted {
            (
                if i % 3 == 0 { "closed" } else { "accepted" },
                Some(format!("西劳人仲案字〔{}〕第{}号", &received[..4], i + 1)),
            )
        } else {
            ("received", None)
        };
        let worker = format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN));
        let company = format!(
            "{}{}{}有限公司",
            rng.pick(PLACES),
            rng.pick(PLACES),
            rng.pick(TRADES)
        );
        let mobile = format!("1{}{:09}", 3 + rng.next() % 7, rng.next() % 1_000_000_000);
        let cause = rng.pick(CLAIMS).trim_start_matches("支付").to_owned();
        sqlx::query(
            "INSERT INTO cases (id, case_no, status, channel, cause, received_on, accepted_on, closure_type, created_at, created_by, updated_at)
             VALUES (?, ?, ?, 'written', ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(&case_no)
        .bind(status)
        .bind(&cause)
        .bind(&received)
        .bind(accepted.then_some(&received))
        .bind((status == "closed").then_some("mediation"))
        .bind(now)
        .bind(admin_id)
        .bind(now)
        .execute(&mut *tx)
        .await
        .expect("case");
        let worker_id = uuid::Uuid::now_v7().to_string();
        let company_id = uuid::Uuid::now_v7().to_string();
        for (pid, side, kind, name, phone) in [
            (&worker_id, "applicant", "person", &worker, Some(&mobile)),
            (&company_id, "respondent", "organization", &company, None),
        ] {
            sqlx::query(
                "INSERT INTO parties (id, case_id, side, kind, position, name, mobile, created_at, updated_at)
                 VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)",
            )
            .bind(pid)
            .bind(&id)
            .bind(side)
            .bind(kind)
            .bind(name)
            .bind(phone)
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await
            .expect("party");
        }
        let mut claim_text = Vec::new();
        for position in 1..=(1 + rng.next() % 3) {
            let description = rng.pick(CLAIMS);
            claim_text.push(description);
            sqlx::query(
                "INSERT INTO claims (id, case_id, position, category, description, amount_fen, claimant_party_id,
                                     respondent_party_id, created_at, updated_at)
                 VALUES (?, ?, ?, 'pay_compensation', ?, ?, ?, ?, ?, ?)",
            )
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(&id)
            .bind(position as i64)
            .bind(description)
            .bind((rng.next() % 5_000_000) as i64)
            .bind(&worker_id)
            .bind(&company_id)
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await
            .expect("claim");
        }
        let text = format!(
            "{} | {cause} | {worker} {mobile} | {company} | {}",
            case_no.unwrap_or_default(),
            claim_text.join(" ")
        );
        sqlx::query("UPDATE cases SET search_key = ? WHERE id = ?")
            .bind(i as i64 + 1)
            .bind(&id)
            .execute(&mut *tx)
            .await
            .expect("key");
        sqlx::query("INSERT INTO case_search (rowid, grams) VALUES (?, ?)")
            .bind(i as i64 + 1)
            .bind(yunting::search::grams(&text))
            .execute(&mut *tx)
            .await
            .expect("search row");
    }
    tx.commit().await.expect("commit");
}
