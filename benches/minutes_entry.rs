//! How long the clerk waits for Enter to be durable: `minutes::add_entry` (chain link,
//! draft cleared, one `BEGIN IMMEDIATE` transaction with `synchronous=FULL`) on a hearing
//! that already holds 5,000 entries, side by side in the same run with a raw SQLite
//! insert of the same row at the same durability settings on the same file.
//! Run: `cargo bench --bench minutes_entry`.
use std::time::{Duration, Instant};
use yunting::Core;
use yunting::actor::Role;
use yunting::auth::{self, NewUser, SignInMethod, SignInRequest};
use yunting::cases::{
    self, Channel, ClaimCategory, ClaimInput, NewCase, PartyInput, PartyKind, PartySide,
};
use yunting::hearings::{self, HearingInput, HearingMode};
use yunting::minutes::{self, EntryInput, SpeakerRole, Stage};
use yunting::types::{format_date, shanghai_today};

const EXISTING: usize = 5_000;
const MEASURED: usize = 1_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

fn person(side: PartySide, kind: PartyKind, name: &str) -> PartyInput {
    PartyInput {
        side,
        kind,
        name: name.into(),
        sex: None,
        birth_date: None,
        id_type: None,
        id_number: None,
        occupation: None,
        workplace: None,
        credit_code: None,
        credit_code_override_reason: None,
        legal_rep_name: Some("陈建国".into()),
        legal_rep_title: Some("执行董事".into()),
        domicile: Some("甘肃省庆阳市西峰区".into()),
        mailing_address: Some("甘肃省庆阳市西峰区".into()),
        mobile: Some("13912345678".into()),
        phone: None,
        current_location: None,
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
            display_name: "管理员".into(),
            password: "Bench-Password-1".into(),
        },
    )
    .await
    .expect("admin");
    let admin = auth::actor_for(&core, &admin.id).await.expect("actor");
    let clerk = auth::register(
        &core,
        NewUser {
            username: "clerk".into(),
            mobile: "13700000001".into(),
            display_name: "李书记".into(),
            password: "Bench-Password-1".into(),
        },
    )
    .await
    .expect("clerk");
    auth::approve_user(&core, &admin, &clerk.id, Role::Clerk)
        .await
        .expect("approve");
    let session = auth::sign_in(
        &core,
        SignInRequest {
            method: SignInMethod::Username,
            identifier: "clerk".into(),
            password: "Bench-Password-1".into(),
        },
    )
    .await
    .expect("sign in");
    let clerk = auth::actor_for(&core, &session.id).await.expect("actor");
    let today = format_date(shanghai_today(core.now()));
    let mut worker = person(PartySide::Applicant, PartyKind::Person, "赵丽");
    worker.id_number = Some("430102199001011246".into());
    let file = cases::create(
        &core,
        &clerk,
        NewCase {
            channel: Channel::Written,
            cause: "拖欠工资".into(),
            facts: "被申请人拖欠工资。".into(),
            received_on: today.clone(),
            parties: vec![
                worker,
                person(
                    PartySide::Respondent,
                    PartyKind::Organization,
                    "庆阳某环保科技有限公司",
                ),
            ],
            claims: vec![ClaimInput {
                category: ClaimCategory::PayCompensation,
                description: "支付拖欠工资".into(),
                amount: Some("18600".into()),
                claimant: 0,
                respondent: 1,
            }],
            evidence: vec![],
            no_evidence_declared: true,
            oral_confirmed: false,
            priority: false,
        },
    )
    .await
    .expect("case");
    cases::accept(&core, &clerk, &file.summary.id, &today)
        .await
        .expect("accept");
    let hearing = hearings::schedule_hearing(
        &core,
        &clerk,
        &file.summary.id,
        HearingInput {
            date: today.clone(),
            time: "09:30".into(),
            mode: HearingMode::InPerson,
            platform: None,
            meeting_no: None,
            meeting_password: None,
            join_url: None,
            room: Some("第一仲裁庭".into()),
        },
    )
    .await
    .expect("hearing");
    minutes::move_to_stage(&core, &clerk, &hearing.id, Stage::Preparation, None)
        .await
        .expect("stage");
    let entry = |i: usize| EntryInput {
        speaker_role: SpeakerRole::Applicant,
        speaker_label: "申请人赵丽".into(),
        text: format!("第{i}条：我于2023年3月入职被申请人处，担任环保设备操作工，月工资6200元。"),
        recording_offset_s: Some(i as u32),
    };
    for i in 0..EXISTING {
        minutes::add_entry(&core, &clerk, &hearing.id, entry(i))
            .await
            .expect("entry");
    }

    // Alternate the two so that both see the same disk and file size.
    let mut app = Vec::with_capacity(MEASURED);
    let mut raw = Vec::with_capacity(MEASURED);
    for i in 0..MEASURED {
        let t = Instant::now();
        minutes::add_entry(&core, &clerk, &hearing.id, entry(EXISTING + i))
            .await
            .expect("entry");
        app.push(t.elapsed());

        let t = Instant::now();
        let mut tx = core.begin_write().await.expect("tx");
        sqlx::query(
            "INSERT INTO minutes_entries (id, hearing_id, kind, stage, speaker_role, speaker_label, text,
                 recording_offset_s, created_at, created_by, prev_hash, hash)
             VALUES (?, ?, 'entry', 'preparation', 'applicant', '申请人赵丽', ?, ?, ?, ?, ?, ?)",
        )
        .bind(format!("raw-{i}"))
        .bind(&hearing.id)
        .bind(format!("第{i}条：我于2023年3月入职被申请人处，担任环保设备操作工，月工资6200元。"))
        .bind(i as i64)
        .bind("2026-11-30T01:00:00Z")
        .bind(clerk.user_id.to_string())
        .bind("0")
        .bind(format!("raw-hash-{i}"))
        .execute(&mut *tx)
        .await
        .expect("raw insert");
        tx.commit().await.expect("commit");
        raw.push(t.elapsed());
    }
    app.sort();
    raw.sort();
    let (a50, a99) = (percentile(&app, 0.5), percentile(&app, 0.99));
    let (r50, r99) = (percentile(&raw, 0.5), percentile(&raw, 0.99));
    println!(
        "minutes entry with {EXISTING}+ entries in the hearing ({MEASURED} measured each, synchronous=FULL):"
    );
    println!("  add_entry (save command to durable commit): median {a50:?}, p99 {a99:?}");
    println!("  raw SQLite insert, same row, same settings: median {r50:?}, p99 {r99:?}");
    println!(
        "  ratio: median {:.2}x, p99 {:.2}x",
        a50.as_secs_f64() / r50.as_secs_f64(),
        a99.as_secs_f64() / r99.as_secs_f64()
    );

    // Reading back (宣读): the whole minutes rendered to one text and hashed, as each
    // signature does twice (before checking the hash the signer saw, and after).
    for stage in &Stage::ALL[1..] {
        minutes::move_to_stage(&core, &clerk, &hearing.id, *stage, None)
            .await
            .expect("stage");
    }
    let mut reads = Vec::with_capacity(30);
    let mut size = 0;
    for _ in 0..30 {
        let t = Instant::now();
        let rb = minutes::read_back(&core, &clerk, &hearing.id)
            .await
            .expect("read back");
        reads.push(t.elapsed());
        size = rb.text.chars().count();
    }
    reads.sort();
    println!(
        "  read-back of all {} entries ({size} characters, rendered and hashed): median {:?}, p95 {:?}",
        EXISTING + 2 * MEASURED,
        percentile(&reads, 0.5),
        percentile(&reads, 0.95)
    );
}
