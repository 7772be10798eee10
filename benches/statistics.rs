//! The statistics dashboard over a year of generated data — 100,000 mediation cases in
//! 40 organisations, 20,000 arbitration cases with hearings, 10,000 intake items — and
//! exporting all the year's mediation cases. Median and p95 over repeated runs.
//! Run: `cargo bench --bench statistics`.
//!
//! Data is generated with bulk SQL in one transaction (the core's one-at-a-time paths
//! with their audit rows would take minutes); it follows the schema's constraints.
use std::time::{Duration, Instant};
use time::macros::date;
use yunting::Core;
use yunting::auth::{self, NewUser};
use yunting::statistics::{self, ExportFormat, ExportInput, ExportTable, StatsQuery};
use yunting::types::format_date;

const ORGS: usize = 40;
const MEDIATION_CASES: usize = 100_000;
const CASES: usize = 20_000;
const INTAKE_ITEMS: usize = 10_000;
const RUNS: usize = 20;
const EXPORT_RUNS: usize = 3;

/// The seed's 40 organisations by category.
const CATEGORIES: &[(&str, usize)] = &[
    ("township", 13),
    ("commercial", 3),
    ("training_school", 5),
    ("new_business", 3),
    ("enterprise", 16),
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
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn stats(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let median = samples[samples.len() / 2];
    let p95 = samples[(samples.len() * 95 / 100).min(samples.len() - 1)];
    format!(
        "median {:>8.2} ms, p95 {:>8.2} ms",
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    )
}

fn year() -> StatsQuery {
    StatsQuery {
        from: "2026-01-01".into(),
        to: "2026-12-31".into(),
        org_id: None,
    }
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
        "generated {MEDIATION_CASES} mediation cases ({ORGS} organisations), {CASES} cases, \
         {INTAKE_ITEMS} intake items in {:.1?}",
        t.elapsed()
    );
    // No ANALYZE: the app never runs it, so the planner works as it does in the app.

    let s = time_statistics(&core, &actor, year(), "statistics(), full year").await;
    println!(
        "  mediation {} (online {}), concluded {}, agreements {}, rate {:.1}%; cases {}, heard {}; intake {}",
        s.mediation.cases,
        s.mediation.online,
        s.mediation.concluded,
        s.mediation.agreements,
        s.mediation.success_rate.unwrap_or(0.0) * 100.0,
        s.arbitration.received,
        s.arbitration.heard,
        s.intake.received
    );
    let one_org = StatsQuery {
        org_id: Some(s.mediation.by_org[0].org_id.clone()),
        ..year()
    };
    let label = "statistics(), full year, one organisation";
    time_statistics(&core, &actor, one_org.clone(), label).await;

    for (label, format, ext) in [
        (
            "CSV export, all mediation cases of the year",
            ExportFormat::Csv,
            "csv",
        ),
        ("XLSX export, all sheets", ExportFormat::Xlsx, "xlsx"),
    ] {
        let mut samples = Vec::with_capacity(EXPORT_RUNS);
        let mut rows = 0;
        let path = dir.path().join(format!("export.{ext}"));
        for _ in 0..EXPORT_RUNS {
            let t = Instant::now();
            let result = statistics::export_statistics(
                &core,
                &actor,
                ExportInput {
                    query: year(),
                    format,
                    table: ExportTable::MediationCases,
                    path: path.display().to_string(),
                },
                |_| {},
            )
            .await
            .expect("export");
            samples.push(t.elapsed());
            rows = result.rows;
        }
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        println!(
            "{label:<44} {} ({rows} rows, {:.1} MiB, {EXPORT_RUNS} runs)",
            stats(samples),
            size as f64 / 1048576.0
        );
    }
    let size = std::fs::metadata(core.path()).map(|m| m.len()).unwrap_or(0);
    println!("database file: {:.1} MiB", size as f64 / 1048576.0);
}

/// Runs `statistics()` RUNS times, prints median and p95, returns the figures.
async fn time_statistics(
    core: &Core,
    actor: &yunting::Actor,
    query: StatsQuery,
    label: &str,
) -> statistics::Statistics {
    let mut samples = Vec::with_capacity(RUNS);
    let mut figures = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        let s = statistics::statistics(core, actor, query.clone())
            .await
            .expect("statistics");
        samples.push(t.elapsed());
        figures = Some(s);
    }
    println!("{label:<44} {}", stats(samples));
    figures.expect("ran")
}

async fn exec(tx: &mut sqlx::SqliteConnection, sql: &'static str, args: &[Option<String>]) {
    let mut q = sqlx::query(sql);
    for a in args {
        q = q.bind(a.clone());
    }
    q.execute(&mut *tx).await.expect(sql);
}

fn day_of_2026(rng: &mut Rng) -> time::Date {
    date!(2026 - 01 - 01) + time::Duration::days(rng.below(365) as i64)
}

async fn generate(core: &Core, admin_id: &str) {
    let mut rng = Rng(0x5EED_5747_1500_0001);
    let mut tx = core.pool().begin().await.expect("tx");
    let now = Some("2026-11-29T00:00:00.000Z".to_owned());
    let admin = Some(admin_id.to_owned());
    let s = |v: &str| Some(v.to_owned());

    let mut orgs = Vec::new();
    for (category, n) in CATEGORIES {
        for i in 0..*n {
            let id = format!("org-{}", orgs.len());
            exec(
                &mut tx,
                "INSERT INTO mediation_orgs (id, name, category, address, contact_name, contact_phone,
                                             created_at, created_by, updated_at)
                 VALUES (?, ?, ?, '甘肃省庆阳市西峰区', '联系人', '0934-8211000', ?, ?, ?)",
                &[s(&id), Some(format!("{category}调解组织{i}")), s(category), now.clone(), admin.clone(), now.clone()],
            )
            .await;
            for m in 0..3 {
                exec(
                    &mut tx,
                    "INSERT INTO mediators (id, org_id, name, mobile, created_at, updated_at)
                     VALUES (?, ?, ?, '13900000000', ?, ?)",
                    &[
                        Some(format!("{id}-m{m}")),
                        s(&id),
                        Some(format!("调解员{m}")),
                        now.clone(),
                        now.clone(),
                    ],
                )
                .await;
            }
            orgs.push(id);
        }
    }

    // About a quarter online, three quarters of the concluded ones with an agreement
    // (the seed's 81 of 310 online, 75.4%).
    for i in 0..MEDIATION_CASES {
        let org = &orgs[rng.below(ORGS as u64) as usize];
        let applied = day_of_2026(&mut rng);
        let mode = match rng.below(100) {
            0..=14 => "online_video",
            15..=25 => "phone",
            _ => "in_person",
        };
        let outcome = rng.below(100);
        let status = match outcome {
            0..=69 => "agreement",
            70..=92 => "no_agreement",
            _ => "open",
        };
        let concluded = (status != "open")
            .then(|| format_date(applied + time::Duration::days(rng.below(16) as i64)));
        exec(
            &mut tx,
            "INSERT INTO mediation_cases (id, case_no, org_id, mediator_id, application, applied_on, due_on,
                                          applicant_name, respondent_name, matter, categories, mode, status,
                                          concluded_on, agreement_terms, created_at, created_by, updated_at)
             VALUES (?, ?, ?, ?, 'written', ?, ?, '申请人', '庆阳某商贸有限公司', '拖欠工资，要求支付',
                     'pay_compensation', ?, ?, ?, ?, ?, ?, ?)",
            &[
                Some(uuid::Uuid::now_v7().to_string()),
                Some(format!("西劳调〔2026〕第{:06}号", i + 1)),
                s(org),
                Some(format!("{org}-m{}", i % 3)),
                Some(format_date(applied)),
                Some(format_date(applied + time::Duration::days(15))),
                s(mode),
                s(status),
                concluded,
                (status == "agreement").then(|| "分期支付".to_owned()),
                now.clone(),
                admin.clone(),
                now.clone(),
            ],
        )
        .await;
    }

    let mut case_ids = Vec::with_capacity(CASES);
    for i in 0..CASES {
        let id = uuid::Uuid::now_v7().to_string();
        let received = day_of_2026(&mut rng);
        let (status, closed) = match i % 5 {
            0 => ("received", None),
            1 => ("accepted", None),
            2 => ("in_progress", None),
            _ => (
                "closed",
                Some(format_date(
                    received + time::Duration::days(30 + rng.below(30) as i64),
                )),
            ),
        };
        exec(
            &mut tx,
            "INSERT INTO cases (id, status, procedure, channel, cause, received_on, closed_on, closure_type,
                                created_at, created_by, updated_at)
             VALUES (?, ?, ?, 'written', '拖欠工资', ?, ?, ?, ?, ?, ?)",
            &[
                s(&id),
                s(status),
                s(if i % 4 == 0 { "summary" } else { "ordinary" }),
                Some(format_date(received)),
                closed.clone(),
                closed.map(|_| "award_non_final".to_owned()),
                now.clone(),
                admin.clone(),
                now.clone(),
            ],
        )
        .await;
        if i % 5 >= 2 {
            exec(
                &mut tx,
                "INSERT INTO hearings (id, lead_case_id, hearing_date, hearing_time, mode, status,
                                       created_at, created_by, updated_at)
                 VALUES (?, ?, ?, '09:30', ?, 'concluded', ?, ?, ?)",
                &[
                    Some(uuid::Uuid::now_v7().to_string()),
                    s(&id),
                    Some(format_date(received + time::Duration::days(20))),
                    s(["online", "in_person", "mixed"][rng.below(3) as usize]),
                    now.clone(),
                    admin.clone(),
                    now.clone(),
                ],
            )
            .await;
        }
        // Every 50th case is a counterclaim merged into the one before.
        if i % 50 == 49 {
            exec(
                &mut tx,
                "INSERT INTO case_merges (id, lead_case_id, member_case_id, merged_on, merged_at, merged_by)
                 VALUES (?, ?, ?, ?, ?, ?)",
                &[
                    Some(uuid::Uuid::now_v7().to_string()),
                    case_ids.last().cloned(),
                    s(&id),
                    Some(format_date(received)),
                    now.clone(),
                    admin.clone(),
                ],
            )
            .await;
        }
        case_ids.push(id);
    }

    for (i, case_id) in case_ids.iter().enumerate().take(INTAKE_ITEMS) {
        let at = time::PrimitiveDateTime::new(day_of_2026(&mut rng), time::Time::MIDNIGHT)
            .assume_utc()
            + time::Duration::minutes(rng.below(24 * 60) as i64);
        exec(
            &mut tx,
            "INSERT INTO intake_items (id, intake_no, channel, received_at, requester_name, categories, summary,
                                       status, case_id, created_at, created_by, updated_at)
             VALUES (?, ?, 'hotline', ?, '求助人', 'pay_compensation', '反映拖欠工资', 'open', ?, ?, ?, ?)",
            &[
                Some(uuid::Uuid::now_v7().to_string()),
                Some(format!("急难愁盼〔2026〕第{:05}号", i + 1)),
                Some(yunting::clock::to_rfc3339(at)),
                (i % 10 == 0).then(|| case_id.clone()),
                now.clone(),
                admin.clone(),
                now.clone(),
            ],
        )
        .await;
    }

    for d in 0..365 {
        let day = format_date(date!(2026 - 01 - 01) + time::Duration::days(d));
        for kind in [
            "consultation",
            "social_security_card",
            "elderly_special",
            "self_service",
        ] {
            exec(
                &mut tx,
                "INSERT INTO service_logs (id, on_date, kind, count, created_at, created_by)
                 VALUES (?, ?, ?, ?, ?, ?)",
                &[
                    Some(uuid::Uuid::now_v7().to_string()),
                    s(&day),
                    s(kind),
                    Some((1 + rng.below(20)).to_string()),
                    now.clone(),
                    admin.clone(),
                ],
            )
            .await;
        }
        if d % 7 == 0 {
            exec(
                &mut tx,
                "INSERT INTO publicity_events (id, held_on, place, topic, participants, created_at, created_by)
                 VALUES (?, ?, '西峰区', '送法入企', ?, ?, ?)",
                &[
                    Some(uuid::Uuid::now_v7().to_string()),
                    s(&day),
                    Some(rng.below(100).to_string()),
                    now.clone(),
                    admin.clone(),
                ],
            )
            .await;
        }
    }
    tx.commit().await.expect("commit");
}
