//! A1/A2: what an application must contain before it may be accepted (LDMAL Art. 28;
//! Rules Art. 29). The list is shown on the case file and blocks acceptance.
use super::model::{CaseFile, Channel, PartyKind, PartySide};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissingItem {
    /// The field path, e.g. `parties.1.legalRepName`, or `claims`.
    pub field: String,
    /// What is missing, in Chinese, naming the party.
    pub label: String,
}

pub fn missing_for_acceptance(file: &CaseFile) -> Vec<MissingItem> {
    let mut missing = Vec::new();
    let mut need = |field: String, label: String| missing.push(MissingItem { field, label });

    let sides = [PartySide::Applicant, PartySide::Respondent];
    for side in sides {
        if !file.parties.iter().any(|p| p.side == side) {
            let who = if side == PartySide::Applicant {
                "申请人"
            } else {
                "被申请人"
            };
            need("parties".into(), format!("至少一名{who}"));
        }
    }
    for (i, p) in file
        .parties
        .iter()
        .enumerate()
        .filter(|(_, p)| sides.contains(&p.side))
    {
        let mut field = |present: bool, name: &str, label: &str| {
            if !present {
                need(
                    format!("parties.{i}.{name}"),
                    format!("{}：{label}", p.name),
                );
            }
        };
        let contact = p.mobile.is_some() || p.phone.is_some();
        match p.kind {
            PartyKind::Person => {
                field(p.sex.is_some(), "sex", "性别");
                field(p.birth_date.is_some(), "birthDate", "出生日期");
                field(p.id_number.is_some(), "idNumber", "身份证件号码");
                field(p.domicile.is_some(), "domicile", "住所");
                field(p.mailing_address.is_some(), "mailingAddress", "通讯地址");
                field(contact, "mobile", "联系电话");
            }
            PartyKind::Organization => {
                field(p.domicile.is_some(), "domicile", "住所");
                field(p.mailing_address.is_some(), "mailingAddress", "通讯地址");
                field(contact, "phone", "联系电话");
                field(
                    p.legal_rep_name.is_some(),
                    "legalRepName",
                    "法定代表人（主要负责人）姓名",
                );
                field(
                    p.legal_rep_title.is_some(),
                    "legalRepTitle",
                    "法定代表人（主要负责人）职务",
                );
            }
        }
    }
    if file.claims.is_empty() {
        need("claims".into(), "至少一项仲裁请求".into());
    }
    if file.facts.trim().is_empty() {
        need("facts".into(), "事实和理由".into());
    }
    if file.evidence.is_empty() && !file.no_evidence_declared {
        need("evidence".into(), "证据清单（无证据的须明确声明）".into());
    }
    if file.summary.channel == Channel::Oral && !file.oral_confirmed {
        need(
            "oralConfirmed".into(),
            "口头申请笔录须经申请人签名、盖章或捺印确认".into(),
        );
    }
    missing
}
