//! Pure evaluation of the summary-procedure checklist (G1–G4, H1, H2, H6, identity)
//! from gathered facts; the rule set decides which items are in force.
use super::model::{ChecklistItem, ItemGroup, ItemStatus};
use crate::cases::{MissingItem, Party, PartySide};
use crate::consent::{ConfirmationStatus, ConsentAction, ConsentKind, ConsentRecord};
use crate::types::Money;
use std::collections::HashMap;

/// An attestation's value and note.
#[derive(Debug, Clone)]
pub struct Attested {
    pub holds: bool,
    pub note: String,
    pub by: String,
}

pub struct Facts<'a> {
    pub items_in_force: &'a [String],
    pub province: &'a str,
    pub wage_year: i32,
    pub wage_fen: Option<i64>,
    /// Monetary claims of every case in the group.
    pub amount_fen: i64,
    pub parties: &'a [Party],
    /// Standing consents (latest grant or refusal not revoked) of the lead case.
    pub standing: &'a [&'a ConsentRecord],
    pub attestations: &'a HashMap<String, Attested>,
    pub confirmation: &'a ConfirmationStatus,
    pub missing_identity: &'a [MissingItem],
}

/// Items an arbitrator attests, with their titles.
pub const ATTESTABLE: [(&str, &str); 5] = [
    ("G1a", "事实清楚、权利义务关系明确、争议不大"),
    ("G2_public_interest", "涉及国家利益、社会公共利益"),
    ("G2_social_impact", "有重大社会影响"),
    ("G2_whereabouts", "被申请人下落不明（含需公告送达）"),
    ("G2_unsuitable", "仲裁委员会认为不宜简易处理的其他情形"),
];

fn title_of(code: &str) -> &'static str {
    ATTESTABLE
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, t)| t)
}

fn sides(parties: &[Party]) -> impl Iterator<Item = &Party> {
    parties.iter().filter(|p| p.side != PartySide::ThirdParty)
}

fn item(
    code: &str,
    rule: &str,
    group: ItemGroup,
    required: bool,
    title: &str,
    (status, reason): (ItemStatus, String),
    basis: &str,
) -> ChecklistItem {
    ChecklistItem {
        code: code.to_owned(),
        rule: rule.to_owned(),
        group,
        status,
        required,
        attestable: ATTESTABLE.iter().any(|(c, _)| *c == code),
        title: title.to_owned(),
        reason,
        basis: basis.to_owned(),
    }
}

/// Who among the applicants and respondents has a standing grant of `kind`, who
/// refused, and who has neither.
fn consent_of<'a>(
    f: &'a Facts<'a>,
    kind: ConsentKind,
) -> (Vec<&'a str>, Vec<&'a str>, Vec<&'a str>) {
    let (mut granted, mut refused, mut missing) = (Vec::new(), Vec::new(), Vec::new());
    for p in sides(f.parties) {
        match f
            .standing
            .iter()
            .find(|r| r.party_id == p.id && r.kind == kind)
            .map(|r| r.action)
        {
            Some(ConsentAction::Grant) => granted.push(p.name.as_str()),
            Some(ConsentAction::Refuse) => refused.push(p.name.as_str()),
            _ => missing.push(p.name.as_str()),
        }
    }
    (granted, refused, missing)
}

fn attested(f: &Facts<'_>, code: &str, exclusion: bool) -> (ItemStatus, String) {
    match f.attestations.get(code) {
        None => (ItemStatus::NeedsAttestation, "待仲裁员确认".to_owned()),
        Some(a) => {
            let ok = if exclusion { !a.holds } else { a.holds };
            let said = match (exclusion, a.holds) {
                (true, true) => "存在该情形",
                (true, false) => "不存在该情形",
                (false, true) => "符合",
                (false, false) => "不符合",
            };
            let note = if a.note.is_empty() {
                String::new()
            } else {
                format!("：{}", a.note)
            };
            (
                if ok {
                    ItemStatus::Met
                } else {
                    ItemStatus::NotMet
                },
                format!("{} 确认{said}{note}", a.by),
            )
        }
    }
}

pub fn evaluate(f: &Facts<'_>) -> Vec<ChecklistItem> {
    let on = |code: &str| f.items_in_force.iter().any(|c| c == code);
    let mut out = Vec::new();
    let art56 = "《劳动人事争议仲裁办案规则》第五十六条";
    let mut grounds = Vec::new();
    if on("G1a") {
        let (status, reason) = attested(f, "G1a", false);
        grounds.push(item(
            "G1a",
            "G1",
            ItemGroup::Grounds,
            false,
            title_of("G1a"),
            (status, reason),
            &format!("{art56}第一项"),
        ));
    }
    if on("G1b") {
        let amount = Money::from_fen(f.amount_fen).to_string();
        let (status, reason) = match f.wage_fen {
            None => (
                ItemStatus::NeedsData,
                format!(
                    "尚未录入{}{}年度职工年平均工资，请管理员在“简易处理参数”中录入",
                    f.province, f.wage_year
                ),
            ),
            Some(w) if f.amount_fen <= w => (
                ItemStatus::Met,
                format!(
                    "争议金额 {amount} 不超过{}{}年度职工年平均工资 {}",
                    f.province,
                    f.wage_year,
                    Money::from_fen(w)
                ),
            ),
            Some(w) => (
                ItemStatus::NotMet,
                format!(
                    "争议金额 {amount} 超过{}{}年度职工年平均工资 {}",
                    f.province,
                    f.wage_year,
                    Money::from_fen(w)
                ),
            ),
        };
        grounds.push(item(
            "G1b",
            "G1",
            ItemGroup::Grounds,
            false,
            "标的额不超过本省上年度职工年平均工资",
            (status, reason),
            &format!("{art56}第二项"),
        ));
    }
    if on("G1c") {
        let (granted, refused, missing) = consent_of(f, ConsentKind::SummaryHandling);
        let (status, reason) = if !refused.is_empty() {
            (
                ItemStatus::NotMet,
                format!("{} 不同意简易处理", refused.join("、")),
            )
        } else if missing.is_empty() && !granted.is_empty() {
            (ItemStatus::Met, format!("{} 均已同意", granted.join("、")))
        } else {
            (
                ItemStatus::NotMet,
                format!("尚未记录 {} 的同意", missing.join("、")),
            )
        };
        grounds.push(item(
            "G1c",
            "G1",
            ItemGroup::Grounds,
            false,
            "双方当事人同意简易处理",
            (status, reason),
            &format!("{art56}第三项"),
        ));
    }
    if !grounds.is_empty() {
        let met: Vec<&str> = grounds
            .iter()
            .filter(|g| g.status == ItemStatus::Met)
            .map(|g| g.code.as_str())
            .collect();
        let (status, reason) = if met.is_empty() {
            (ItemStatus::NotMet, "尚无任何一项适用理由成立".to_owned())
        } else {
            (ItemStatus::Met, format!("适用理由成立：{}", met.join("、")))
        };
        out.push(item(
            "G1",
            "G1",
            ItemGroup::Grounds,
            true,
            "至少具备一项适用简易处理的理由",
            (status, reason),
            art56,
        ));
        out.extend(grounds);
    }
    for code in [
        "G2_public_interest",
        "G2_social_impact",
        "G2_whereabouts",
        "G2_unsuitable",
    ] {
        if on(code) {
            let (status, reason) = attested(f, code, true);
            out.push(item(
                code,
                "G2",
                ItemGroup::Exclusions,
                true,
                title_of(code),
                (status, reason),
                "《劳动人事争议仲裁办案规则》第五十七条",
            ));
        }
    }
    if on("G4") {
        let waiver = f
            .standing
            .iter()
            .find(|r| r.kind == ConsentKind::DefenseWaiver && r.action == ConsentAction::Grant);
        let (status, reason) = match waiver {
            Some(w) => (
                ItemStatus::Met,
                match w.shortened_to_days {
                    None => format!("{} 同意放弃答辩期", w.party_name),
                    Some(d) => format!("{} 同意将答辩期缩短为 {d} 日", w.party_name),
                },
            ),
            None => (
                ItemStatus::NotRequired,
                "未缩短答辩期：答辩期按一般规定计算".to_owned(),
            ),
        };
        out.push(item(
            "G4",
            "G4",
            ItemGroup::Consents,
            false,
            "被申请人同意缩短或者取消答辩期",
            (status, reason),
            "《劳动人事争议仲裁办案规则》第五十八条",
        ));
    }
    if on("H6") {
        out.push(confirmation_item(f));
    }
    if on("H1") {
        let (granted, _, missing) = consent_of(f, ConsentKind::OnlineHearing);
        let not_granted: Vec<&str> = sides(f.parties)
            .map(|p| p.name.as_str())
            .filter(|n| !granted.contains(n))
            .collect();
        let (status, reason) = if not_granted.is_empty() {
            (ItemStatus::Met, "各方当事人均已同意在线开庭".to_owned())
        } else {
            (
                ItemStatus::NotMet,
                format!(
                    "尚未取得 {} 在线开庭的同意",
                    if missing.is_empty() {
                        not_granted.join("、")
                    } else {
                        missing.join("、")
                    }
                ),
            )
        };
        out.push(item("H1", "H1", ItemGroup::Online, false, "各方当事人同意在线开庭（按环节分别同意）", (status, reason), "《广东省劳动人事争议仲裁委员会在线庭审规则》第四条；参照《人民法院在线诉讼规则》第四条"));
    }
    if on("H2") {
        let (_, refused, _) = consent_of(f, ConsentKind::OnlineHearing);
        let (status, reason) = if refused.is_empty() {
            (ItemStatus::Met, "无当事人拒绝在线开庭".to_owned())
        } else {
            (
                ItemStatus::NotMet,
                format!(
                    "{} 拒绝在线开庭，应线下开庭或对其采用线下方式",
                    refused.join("、")
                ),
            )
        };
        out.push(item("H2", "H2", ItemGroup::Online, false, "无当事人拒绝在线开庭", (status, reason), "《广东省劳动人事争议仲裁委员会在线庭审规则》第五条；参照《人民法院在线诉讼规则》第二十一条"));
    }
    if on("M_identity") {
        let (status, reason) = if f.missing_identity.is_empty() {
            (ItemStatus::Met, "当事人身份信息完整".to_owned())
        } else {
            let labels: Vec<&str> = f
                .missing_identity
                .iter()
                .map(|m| m.label.as_str())
                .collect();
            (ItemStatus::NotMet, format!("缺少：{}", labels.join("；")))
        };
        out.push(item(
            "M_identity",
            "A1",
            ItemGroup::Identity,
            true,
            "当事人身份信息完整",
            (status, reason),
            "《劳动人事争议仲裁办案规则》第二十九条",
        ));
    }
    out
}

/// H6: both sides signed the current version of the confirmation.
fn confirmation_item(f: &Facts<'_>) -> ChecklistItem {
    let basis =
        "《电子签名法》第十三条、第十四条；《劳动人事争议仲裁办案规则》第五十六条至第五十八条";
    let title = "双方签署简易程序权利义务确认书（现行版本）";
    let c = f.confirmation;
    let (status, reason) = match &c.latest {
        None => (ItemStatus::NotMet, "尚未生成确认书".to_owned()),
        Some(_) if c.stale => (
            ItemStatus::NotMet,
            "案件信息已变化，确认书需重新生成；此前的签署不再有效".to_owned(),
        ),
        Some(doc) => {
            let mut unsigned = Vec::new();
            let mut outdated = Vec::new();
            for p in sides(f.parties) {
                let sig = f.standing.iter().find(|r| {
                    r.party_id == p.id
                        && r.kind == ConsentKind::ConfirmationSignature
                        && r.action == ConsentAction::Grant
                });
                match sig {
                    Some(s) if s.text_sha256 == doc.sha256 => {}
                    Some(_) => outdated.push(p.name.as_str()),
                    None => unsigned.push(p.name.as_str()),
                }
            }
            if unsigned.is_empty() && outdated.is_empty() {
                (ItemStatus::Met, format!("双方已签署第 {} 版", doc.version))
            } else {
                let mut parts = Vec::new();
                if !outdated.is_empty() {
                    parts.push(format!(
                        "{} 签署的是旧版本，须就第 {} 版重新签署",
                        outdated.join("、"),
                        doc.version
                    ));
                }
                if !unsigned.is_empty() {
                    parts.push(format!("{} 尚未签署", unsigned.join("、")));
                }
                (ItemStatus::NotMet, parts.join("；"))
            }
        }
    };
    item(
        "H6",
        "H6",
        ItemGroup::Consents,
        true,
        title,
        (status, reason),
        basis,
    )
}
