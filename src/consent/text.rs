//! The exact words a party agrees to. Texts are generated from the case so that the
//! hash a consent stores identifies what was shown; the confirmation's canonical text
//! is the one the documents issue will print.
use super::model::ConsentKind;
use crate::cases::{CaseFile, Party, PartyKind, PartySide};
use sha2::{Digest, Sha256};

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn case_label(file: &CaseFile) -> String {
    match &file.summary.case_no {
        Some(no) => no.clone(),
        None => format!("（{} 收件，尚未编号）", file.summary.received_on),
    }
}

fn role(p: &Party) -> &'static str {
    p.side.label_zh()
}

/// The statement for one party and kind (not the confirmation itself).
pub fn statement(
    file: &CaseFile,
    party: &Party,
    kind: ConsentKind,
    shortened_to_days: Option<u32>,
) -> String {
    let head = format!(
        "案号：{}\n案由：{}\n{}：{}\n\n",
        case_label(file),
        file.summary.cause,
        role(party),
        party.name
    );
    let body = match kind {
        ConsentKind::SummaryHandling => "本人已知悉简易处理的程序、权利义务和法律后果，同意本案适用简易处理（《劳动人事争议仲裁办案规则》第五十六条）。".to_owned(),
        ConsentKind::DefenseWaiver => match shortened_to_days {
            None => "本人同意放弃答辩期，仲裁庭可以在答辩期届满前开庭审理（《劳动人事争议仲裁办案规则》第五十八条）。".to_owned(),
            Some(days) => format!("本人同意将答辩期缩短为 {days} 日（《劳动人事争议仲裁办案规则》第五十八条）。"),
        },
        ConsentKind::OnlineHearing => "本人已知悉在线开庭的环节、方式、权利义务、法律后果和操作方法，同意本案以视频方式在线开庭；在线开庭与线下开庭具有同等效力。本同意仅适用于开庭审理。".to_owned(),
        ConsentKind::OnlineMediation => "本人已知悉在线调解的方式、权利义务和操作方法，同意以视频方式在线调解。本同意仅适用于调解。".to_owned(),
        ConsentKind::ElectronicService => {
            let mut contact = Vec::new();
            if let Some(m) = &party.mobile {
                contact.push(format!("手机 {m}"));
            }
            if let Some(a) = &party.mailing_address {
                contact.push(format!("送达地址 {a}"));
            }
            let contact = if contact.is_empty() {
                "（未登记）".to_owned()
            } else {
                contact.join("，")
            };
            format!("本人同意仲裁委员会以电话、短信、电子邮件等电子或简便方式向本人送达仲裁文书（调解书、裁决书除外），确认的送达方式：{contact}（《劳动人事争议仲裁办案规则》第五十九条）。")
        }
        ConsentKind::ConfirmationSignature => String::new(),
    };
    head + &body
}

fn party_line(p: &Party) -> String {
    let mut line = format!("{}：{}", role(p), p.name);
    if p.kind == PartyKind::Organization
        && let Some(rep) = &p.legal_rep_name
    {
        line.push_str(&format!("（法定代表人：{rep}）"));
    }
    line
}

fn service_line(p: &Party) -> String {
    format!(
        "{}：手机 {}；送达地址 {}",
        p.name,
        p.mobile
            .as_deref()
            .or(p.phone.as_deref())
            .unwrap_or("未登记"),
        p.mailing_address.as_deref().unwrap_or("未登记")
    )
}

/// The canonical text of the 简易程序权利义务确认书 (domain doc §9.6). It names the
/// case and the parties, so it changes when they do, and earlier signatures lapse.
pub fn confirmation(file: &CaseFile) -> String {
    let parties: Vec<&Party> = file
        .parties
        .iter()
        .filter(|p| p.side != PartySide::ThirdParty)
        .collect();
    let mut out = String::from("简易程序权利义务确认书\n\n");
    out.push_str(&format!(
        "案号：{}\n案由：{}\n",
        case_label(file),
        file.summary.cause
    ));
    for p in &parties {
        out.push_str(&party_line(p));
        out.push('\n');
    }
    out.push_str(
        "\n根据《劳动人事争议仲裁办案规则》第五十六条至第六十一条，本案拟适用简易处理。当事人确认已被告知并知悉下列权利和义务：\n\
         一、简易处理的案件，仲裁委员会可以指定一名仲裁员独任仲裁。\n\
         二、经被申请人同意，仲裁庭可以缩短或者取消答辩期。\n\
         三、仲裁庭可以通过电话、短信、传真、电子邮件等简便方式送达仲裁文书，但调解书、裁决书除外；以简便方式送达的开庭通知，未经当事人确认或者没有其他证据证明当事人已经收到的，不得作为视为撤回仲裁申请或者缺席裁决的依据。\n\
         四、仲裁庭可以根据案件情况确定举证期限、开庭日期、审理程序、文书制作等事项，但应当保障当事人陈述意见的权利，最后陈述不得省略。\n\
         五、仲裁庭发现案件不宜简易处理的，应当在审理期限届满前决定转为按照一般程序处理，并告知当事人；转换后审理期限自受理之日起连续计算，双方已确认的事实无需重新举证、质证。\n\
         六、经当事人同意以视频方式在线开庭、调解的，与线下具有同等效力；当事人的电子签名与手写签名具有同等效力。\n\
         七、当事人应当如实陈述，遵守仲裁庭纪律，按时参加仲裁活动。\n\
         \n确认的送达方式：\n",
    );
    for p in &parties {
        out.push_str(&service_line(p));
        out.push('\n');
    }
    out
}
