//! Data a journey starts from, written through the core before the app opens the file:
//! the staff of an institute and the seed story's case, accepted, with its tribunal.
//! Journeys that test registering and accepting a case do that through the window
//! instead (`case_journey`).

use std::path::Path;

use yunting::Core;
use yunting::actor::Actor;
use yunting::actor::Role;
use yunting::auth::{self, NewUser};
use yunting::cases::{
    self, Channel, ClaimCategory, ClaimInput, EvidenceInput, NewCase, PartyInput, PartyKind,
    PartySide,
};
use yunting::documents;
use yunting::merge;
use yunting::tribunal::{self, TribunalInput};
use yunting::types::{format_date, shanghai_today};

use crate::steps::{ADMIN, Account};

pub const CLERK: Account = Account {
    username: "clerk1",
    display_name: "李书记",
    mobile: "13700000001",
    password: "Yunting#2025",
};

pub const ARBITRATOR: Account = Account {
    username: "arb1",
    display_name: "张仲裁",
    mobile: "13700000011",
    password: "Yunting#2025",
};

pub const WORKER: &str = "赵丽";
pub const EMPLOYER: &str = "庆阳某环保科技有限公司";

fn new_user(a: &Account) -> NewUser {
    NewUser {
        username: a.username.into(),
        mobile: a.mobile.into(),
        display_name: a.display_name.into(),
        password: a.password.into(),
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
        domicile: None,
        mailing_address: None,
        mobile: None,
        phone: None,
        current_location: None,
    }
}

/// Staff (admin, clerk, three arbitrators) and the seed story's case, accepted today
/// with a three-member tribunal presided by `ARBITRATOR` and `CLERK` as its clerk.
/// Returns nothing: the journey finds the case through the case list.
pub async fn institute_with_accepted_case(db: &Path) {
    let (core, _, _, _) = accepted_case(db).await;
    core.close().await;
}

/// As `institute_with_accepted_case`, and the employer's counterclaim (equipment
/// losses) received, accepted and merged into the worker's case today, as in the seed
/// story: one hearing for both.
pub async fn institute_with_merged_counterclaim(db: &Path) {
    let (core, admin, id, (worker, employer)) = accepted_case(db).await;
    let today = format_date(shanghai_today(core.now()));
    let mut company = employer;
    company.side = PartySide::Applicant;
    let mut zhao = worker;
    zhao.side = PartySide::Respondent;
    let counter = merge::file_counterclaim(
        &core,
        &admin,
        &id,
        NewCase {
            channel: Channel::Written,
            cause: COUNTERCLAIM_CAUSE.into(),
            facts: "被申请人离职时未办理交接，致使申请人设备停运，造成经济损失。".into(),
            received_on: today.clone(),
            parties: vec![company, zhao],
            claims: vec![ClaimInput {
                category: ClaimCategory::PayCompensation,
                description: "请求裁决被申请人赔偿设备停运造成的经济损失8000元".into(),
                amount: Some("8000".into()),
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
    .expect("counterclaim");
    cases::accept(&core, &admin, &counter.summary.id, &today)
        .await
        .expect("accept the counterclaim");
    merge::merge(&core, &admin, &id, &counter.summary.id, &today)
        .await
        .expect("merge");
    core.close().await;
}

pub const COMMISSION: &str = "庆阳市西峰区劳动人事争议仲裁委员会";
pub const CASE_CAUSE: &str = "拖欠工资、违法解除劳动合同";
pub const COUNTERCLAIM_CAUSE: &str = "劳动者赔偿经济损失";

async fn accepted_case(db: &Path) -> (Core, Actor, String, (PartyInput, PartyInput)) {
    let core = Core::open(db).await.expect("open the e2e database");
    auth::create_first_admin(&core, new_user(&ADMIN))
        .await
        .expect("first admin");
    let admin = auth::actor_for(
        &core,
        &auth::sign_in(&core, by_username(&ADMIN))
            .await
            .expect("admin")
            .id,
    )
    .await
    .expect("admin actor");
    let others = [
        Account {
            username: "arb2",
            display_name: "王仲裁",
            mobile: "13700000012",
            password: "Yunting#2025",
        },
        Account {
            username: "arb3",
            display_name: "刘仲裁",
            mobile: "13700000013",
            password: "Yunting#2025",
        },
    ];
    let mut ids = Vec::new();
    for (account, role) in [
        (&CLERK, Role::Clerk),
        (&ARBITRATOR, Role::Arbitrator),
        (&others[0], Role::Arbitrator),
        (&others[1], Role::Arbitrator),
    ] {
        let user = auth::register(&core, new_user(account))
            .await
            .expect("register");
        auth::approve_user(&core, &admin, &user.id, role)
            .await
            .expect("approve");
        ids.push(user.id);
    }
    documents::set_commission_name(&core, &admin, COMMISSION)
        .await
        .expect("commission name");
    let today = format_date(shanghai_today(core.now()));

    let mut worker = party(PartySide::Applicant, PartyKind::Person, WORKER);
    worker.id_number = Some("430102199001011246".into());
    worker.domicile = Some("湖南省长沙市芙蓉区五一大道100号".into());
    worker.mailing_address = Some("湖南省长沙市芙蓉区五一大道100号3单元502室".into());
    worker.mobile = Some("13912345678".into());
    worker.current_location = Some("湖南省长沙市".into());
    let mut employer = party(PartySide::Respondent, PartyKind::Organization, EMPLOYER);
    employer.credit_code = Some("91621002MA72XF5K37".into());
    employer.legal_rep_name = Some("陈建国".into());
    employer.legal_rep_title = Some("执行董事".into());
    employer.domicile = Some("甘肃省庆阳市西峰区长庆大道88号".into());
    employer.mailing_address = Some("甘肃省庆阳市西峰区长庆大道88号办公楼3层".into());
    employer.phone = Some("0934-8212345".into());

    let file = cases::create(
        &core,
        &admin,
        NewCase {
            channel: Channel::Transferred,
            cause: CASE_CAUSE.into(),
            facts: "申请人在被申请人处工作期间，被申请人拖欠工资并将其辞退。".into(),
            received_on: today.clone(),
            parties: vec![worker.clone(), employer.clone()],
            claims: vec![
                ClaimInput {
                    category: ClaimCategory::PayCompensation,
                    description: "请求裁决被申请人支付拖欠工资18600元".into(),
                    amount: Some("18600".into()),
                    claimant: 0,
                    respondent: 1,
                },
                ClaimInput {
                    category: ClaimCategory::Dismissal,
                    description: "请求裁决被申请人支付违法解除劳动合同赔偿金12400元".into(),
                    amount: Some("12400".into()),
                    claimant: 0,
                    respondent: 1,
                },
            ],
            evidence: vec![EvidenceInput {
                party: 0,
                name: "工资银行流水".into(),
                purpose: "证明工资标准及拖欠事实".into(),
                original_available: true,
            }],
            no_evidence_declared: false,
            oral_confirmed: false,
            priority: false,
        },
    )
    .await
    .expect("create the case");
    let id = file.summary.id;
    cases::accept(&core, &admin, &id, &today)
        .await
        .expect("accept");
    tribunal::set_tribunal(
        &core,
        &admin,
        &id,
        TribunalInput {
            sole: None,
            presiding: Some(ids[1].clone()),
            members: vec![ids[2].clone(), ids[3].clone()],
            clerk: Some(ids[0].clone()),
            on_date: today,
        },
    )
    .await
    .expect("tribunal");
    (core, admin, id, (worker, employer))
}

fn by_username(a: &Account) -> auth::SignInRequest {
    auth::SignInRequest {
        method: auth::SignInMethod::Username,
        identifier: a.username.into(),
        password: a.password.into(),
    }
}
