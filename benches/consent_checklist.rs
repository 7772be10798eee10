//! Figures for the summary procedure: how long recording a consent takes (text hash,
//! chain link, audit row, one durable transaction), how long the checklist takes to
//! evaluate on a case with a long consent history, and how fast the consent chain
//! verifies. Run: `cargo bench --bench consent_checklist`.
use std::time::{Duration, Instant};
use yunting::Core;
use yunting::actor::Role;
use yunting::auth::{self, NewUser, SignInMethod, SignInRequest};
use yunting::cases::{
    self, Channel, ClaimCategory, ClaimInput, NewCase, PartyInput, PartyKind, PartySide,
};
use yunting::consent::{self, ConsentAction, ConsentInput, ConsentKind, ConsentMethod};
use yunting::procedure;
use yunting::tribunal::{self, TribunalInput};
use yunting::types::{format_date, shanghai_today};

/// Consents recorded on the one case (grants and revocations in turn).
const CONSENTS: usize = 2_000;

fn user(username: &str, mobile: &str) -> NewUser {
    NewUser {
        username: username.into(),
        mobile: mobile.into(),
        display_name: username.into(),
        password: "Bench-Password-1".into(),
    }
}

fn party(side: PartySide, kind: PartyKind, name: &str) -> PartyInput {
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
        legal_rep_name: None,
        legal_rep_title: None,
        domicile: Some("甘肃省庆阳市西峰区".into()),
        mailing_address: Some("甘肃省庆阳市西峰区".into()),
        mobile: None,
        phone: Some("0934-8212345".into()),
        current_location: None,
    }
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let core = Core::open(&dir.path().join("bench.db"))
        .await
        .expect("open");
    let admin = auth::create_first_admin(&core, user("admin", "13800138000"))
        .await
        .expect("admin");
    let admin = auth::actor_for(&core, &admin.id).await.expect("actor");
    let mut staff = Vec::new();
    for (i, role) in [
        Role::Clerk,
        Role::Arbitrator,
        Role::Arbitrator,
        Role::Arbitrator,
    ]
    .into_iter()
    .enumerate()
    {
        let name = format!("staff{i}");
        let u = auth::register(&core, user(&name, &format!("1370000000{i}")))
            .await
            .expect("register");
        auth::approve_user(&core, &admin, &u.id, role)
            .await
            .expect("approve");
        let s = auth::sign_in(
            &core,
            SignInRequest {
                method: SignInMethod::Username,
                identifier: name,
                password: "Bench-Password-1".into(),
            },
        )
        .await
        .expect("sign in");
        staff.push(auth::actor_for(&core, &s.id).await.expect("actor"));
    }
    let clerk = &staff[0];
    let today = format_date(shanghai_today(core.now()));
    let mut worker = party(PartySide::Applicant, PartyKind::Person, "赵丽");
    worker.phone = None;
    worker.mobile = Some("13912345678".into());
    worker.id_number = Some("430102199001011246".into());
    let mut company = party(
        PartySide::Respondent,
        PartyKind::Organization,
        "庆阳某环保科技有限公司",
    );
    company.legal_rep_name = Some("陈建国".into());
    company.legal_rep_title = Some("执行董事".into());
    let file = cases::create(
        &core,
        clerk,
        NewCase {
            channel: Channel::Written,
            cause: "拖欠工资".into(),
            facts: "被申请人拖欠工资。".into(),
            received_on: today.clone(),
            parties: vec![worker, company],
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
    let id = file.summary.id.clone();
    cases::accept(&core, clerk, &id, &today)
        .await
        .expect("accept");
    tribunal::set_tribunal(
        &core,
        &staff[1],
        &id,
        TribunalInput {
            sole: None,
            presiding: Some(staff[1].user_id.to_string()),
            members: vec![staff[2].user_id.to_string(), staff[3].user_id.to_string()],
            clerk: Some(clerk.user_id.to_string()),
            on_date: today.clone(),
        },
    )
    .await
    .expect("tribunal");

    let worker = file.parties[0].id.clone();
    let preview =
        consent::consent_preview(&core, clerk, &id, &worker, ConsentKind::OnlineHearing, None)
            .await
            .expect("preview");
    let mut records = Vec::with_capacity(CONSENTS);
    let mut last_grant = String::new();
    for i in 0..CONSENTS {
        let revoke = i % 2 == 1;
        let input = ConsentInput {
            party_id: worker.clone(),
            kind: ConsentKind::OnlineHearing,
            action: if revoke {
                ConsentAction::Revoke
            } else {
                ConsentAction::Grant
            },
            revokes: revoke.then(|| last_grant.clone()),
            reason: revoke.then(|| "基准测试撤回".to_owned()),
            method: ConsentMethod::ESignPlatform,
            method_ref: Some(format!("ESIGN-{i:06}")),
            video_offset_s: None,
            signature_png: None,
            scan_path: None,
            scan_bytes: None,
            scan_name: None,
            shortened_to_days: None,
            given_on: today.clone(),
            text_sha256: preview.text_sha256.clone(),
        };
        let t = Instant::now();
        let rec = consent::record_consent(&core, clerk, &id, input)
            .await
            .expect("record");
        records.push(t.elapsed());
        if !revoke {
            last_grant = rec.id;
        }
    }
    records.sort();
    println!(
        "record a consent ({CONSENTS} on one case, each with its audit row): median {:?}, p95 {:?}",
        percentile(&records, 50),
        percentile(&records, 95)
    );

    let mut checks = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        procedure::summary_checklist(&core, clerk, &id)
            .await
            .expect("checklist");
        checks.push(t.elapsed());
    }
    checks.sort();
    println!(
        "summary checklist with {CONSENTS} consents in the history: median {:?}, p95 {:?}",
        percentile(&checks, 50),
        percentile(&checks, 95)
    );

    let t = Instant::now();
    let check = consent::verify_consents(&core).await.expect("verify");
    let took = t.elapsed();
    assert_eq!(check.broken_at, None);
    println!(
        "verify the consent chain: {} records in {:?} ({:.0} records/s)",
        check.checked,
        took,
        check.checked as f64 / took.as_secs_f64()
    );
}
