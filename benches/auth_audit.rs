//! Figures for the foundation: how long sign-in takes (argon2id by design), how fast
//! audit rows append (one durable transaction each, as in real use), how long the
//! chain takes to verify and a page to list. Run: `cargo bench --bench auth_audit`.
use std::time::{Duration, Instant};
use yunting::Core;
use yunting::audit::{self, AuditQuery, Event, Who};
use yunting::auth::{self, NewUser, SignInMethod, SignInRequest};

const AUDIT_ROWS: usize = 20_000;

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

    let mut sign_ins = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        auth::sign_in(
            &core,
            SignInRequest {
                method: SignInMethod::Mobile,
                identifier: "13800138000".into(),
                password: "Bench-Password-1".into(),
            },
        )
        .await
        .expect("sign in");
        sign_ins.push(t.elapsed());
    }
    sign_ins.sort();
    println!(
        "sign-in (argon2id verify + audit row): median {:?}, max {:?}",
        sign_ins[10], sign_ins[19]
    );

    let t = Instant::now();
    for i in 0..AUDIT_ROWS {
        let mut tx = core.begin_write().await.expect("tx");
        audit::record(
            &mut tx,
            core.now(),
            Event {
                who: Who::User(&actor),
                action: "bench.event",
                entity_type: "bench",
                entity_id: Some(i.to_string()),
                summary: format!("基准测试事件 {i}：记录一条审计日志"),
            },
        )
        .await
        .expect("record");
        tx.commit().await.expect("commit");
    }
    let append = t.elapsed();
    println!(
        "audit append: {AUDIT_ROWS} rows, one synchronous=FULL transaction each, in {:.2?} ({:.0} rows/s)",
        append,
        AUDIT_ROWS as f64 / append.as_secs_f64()
    );

    let t = Instant::now();
    let v = audit::verify(&core, &actor).await.expect("verify");
    let verify = t.elapsed();
    assert!(v.ok);
    println!(
        "audit verify: {} rows in {:.2?} ({:.0} rows/s)",
        v.checked,
        verify,
        v.checked as f64 / verify.as_secs_f64()
    );

    let mut pages = Vec::new();
    for offset in [0, 1_000, 10_000, 19_000] {
        let t = Instant::now();
        let page = audit::list(&core, &actor, AuditQuery { offset, limit: 50 })
            .await
            .expect("list");
        assert_eq!(page.entries.len(), 50);
        pages.push(t.elapsed());
    }
    let worst: Duration = pages.iter().copied().max().unwrap_or_default();
    println!("audit page of 50 (offsets 0..19000): worst {worst:?}");
    let size = std::fs::metadata(core.path()).map(|m| m.len()).unwrap_or(0);
    println!(
        "database file after {AUDIT_ROWS} rows: {:.1} MiB (plus WAL)",
        size as f64 / 1048576.0
    );
}
