//! The records of what happened: 庭审笔录 (as read back, with who signed or refused),
//! 调解书 (LDMAL Art. 42, J3) and the withdrawal decision (Art. 41; Art. 36 when deemed).
use super::chinese::chinese_date;
use super::generate::{Ctx, unavailable};
use super::model::DocumentKind;
use super::store::Content;
use crate::closure::{ClosureOverview, StatementStatus, WithdrawalKind};
use crate::consent::ConfirmationStatus;
use crate::error::Result;
use crate::minutes::{ReadBack, SignerState};
use crate::tribunal::{Seat, Tribunal};
use crate::types::{Money, parse_date};

/// A SHA-256 in groups of 16, so that the line can break between them.
fn grouped(hash: &str) -> String {
    hash.as_bytes()
        .chunks(16)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn summary_confirmation(ctx: &Ctx, status: &ConfirmationStatus) -> Result<Content> {
    let doc = status
        .latest
        .as_ref()
        .ok_or_else(|| unavailable("尚未生成确认书，请先在「简易处理与同意」中生成"))?;
    if status.stale {
        return Err(unavailable(
            "案件信息已变更，确认书须重新生成后再制作（已签名的旧版本不再有效）",
        ));
    }
    // The canonical text's first line is its title, which the layout prints.
    let mut body: Vec<String> = doc
        .text
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    body.push(format!(
        "本确认书为第 {} 版，当事人签名确认的文本 SHA-256 为：",
        doc.version
    ));
    body.push(grouped(&doc.sha256));
    let mut c = ctx.content(DocumentKind::SummaryConfirmation, "", body);
    c.signatures = ctx
        .lead
        .parties
        .iter()
        .map(|p| {
            format!(
                "{}（签名或盖章）：{}　　年　月　日",
                p.side.label_zh(),
                p.name
            )
        })
        .collect();
    Ok(c)
}

pub(super) fn minutes(ctx: &Ctx, rb: &ReadBack) -> Result<Content> {
    if !rb.closing_started {
        return Err(unavailable("庭审尚未进行到闭庭，笔录还不能制作"));
    }
    // The read-back's own first line is its title, which the layout prints.
    let mut body: Vec<String> = rb
        .text
        .lines()
        .skip(1)
        .map(|l| l.trim().to_owned())
        .collect();
    body.push("签名：".to_owned());
    for s in &rb.signers {
        let state = match s.state {
            SignerState::Signed => format!(
                "已签名（{}）",
                s.method.map(|m| m.label_zh()).unwrap_or_default()
            ),
            SignerState::Refused => format!(
                "拒绝签名，理由：{}",
                s.reason.as_deref().unwrap_or_default()
            ),
            SignerState::Pending => "未签名".to_owned(),
            SignerState::Stale => "签名后笔录有变更，待重新签名".to_owned(),
        };
        body.push(format!("{}：{state}", s.name));
    }
    body.push(match (&rb.locked_at, &rb.locked_hash) {
        (Some(at), Some(hash)) => format!(
            "本笔录已于 {at} 签署锁定，宣读版本 SHA-256：{}。",
            grouped(hash)
        ),
        _ => "本笔录尚未签署锁定。".to_owned(),
    });
    Ok(ctx.content(DocumentKind::Minutes, "", body))
}

pub(super) fn party_lines(ctx: &Ctx) -> Vec<String> {
    let mut out = Vec::new();
    for p in &ctx.lead.parties {
        let mut s = format!("{}：{}", p.side.label_zh(), p.name);
        if let Some(rep) = &p.legal_rep_name {
            s.push_str(&format!("，法定代表人：{rep}"));
        }
        if let Some(d) = &p.domicile {
            s.push_str(&format!("，住所：{d}"));
        }
        s.push('。');
        out.push(s);
        for a in ctx.lead.agents.iter().filter(|a| a.party_id == p.id) {
            let unit = a
                .organization
                .as_deref()
                .map(|o| format!("，{o}"))
                .unwrap_or_default();
            out.push(format!("委托代理人：{}{unit}。", a.name));
        }
    }
    out
}

pub(super) const NUMERALS: [&str; 10] =
    ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The tribunal and the clerk as they sign a 调解书 (J3).
pub(super) fn tribunal_signatures(t: &Tribunal) -> Vec<String> {
    t.members
        .iter()
        .map(|m| {
            let seat = match m.seat {
                Seat::Sole => "独任仲裁员",
                Seat::Presiding => "首席仲裁员",
                Seat::Member => "仲 裁 员",
                Seat::Clerk => "书 记 员",
            };
            format!("{seat}　{}", m.display_name)
        })
        .collect()
}

pub(super) fn mediation_statement(ctx: &Ctx, o: &ClosureOverview, t: &Tribunal) -> Result<Content> {
    let s = o
        .statements
        .iter()
        .rev()
        .find(|s| s.status != StatementStatus::Repudiated)
        .ok_or_else(|| unavailable("本案没有有效的调解书，请先在「调解与结案」中制作"))?;
    let mut body = party_lines(ctx);
    body.push(format!("案由：{}。", ctx.lead.summary.cause));
    body.push(format!("仲裁请求：{}", s.claims_summary));
    body.push("本案经本会仲裁庭主持调解，双方当事人自愿达成如下协议：".to_owned());
    for (i, t) in s.terms.iter().enumerate() {
        let mut line = format!("{}、{}", NUMERALS.get(i).unwrap_or(&"十"), t.description);
        if let Some(fen) = t.amount_fen {
            line.push_str(&format!(
                "，金额人民币{}元",
                Money::from_fen(fen).to_string().trim_start_matches('¥')
            ));
        }
        if let Some(due) = &t.due_on {
            line.push_str(&format!(
                "，于{}前履行",
                chinese_date(parse_date(due, "dueOn")?)
            ));
        }
        if !t.manner.is_empty() {
            line.push_str(&format!("，以{}方式支付", t.manner));
        }
        line.push('。');
        body.push(line);
    }
    body.push("本调解书经双方当事人签收后发生法律效力。".to_owned());
    let mut c = ctx.content(DocumentKind::MediationStatement, "", body);
    c.doc_no = s.doc_no.clone();
    c.date = chinese_date(parse_date(&s.issued_on, "issuedOn")?);
    c.signatures = tribunal_signatures(t);
    Ok(c)
}

pub(super) fn withdrawal(ctx: &Ctx, o: &ClosureOverview, case_id: &str) -> Result<Content> {
    let w = o
        .withdrawals
        .iter()
        .rev()
        .find(|w| w.case_id == case_id)
        .ok_or_else(|| unavailable("本案没有撤回记录，请先在「调解与结案」中登记撤回"))?;
    let on = chinese_date(parse_date(&w.on_date, "onDate")?);
    let mut body = party_lines(ctx);
    match w.kind {
        WithdrawalKind::Voluntary => {
            body.push(format!(
                "本会受理的{}，申请人于{on}{}向本会提出撤回仲裁申请。",
                ctx.the_case(),
                if w.after_settlement {
                    "在与被申请人自行和解后"
                } else {
                    ""
                }
            ));
            body.push("经审查，申请人撤回仲裁申请系其真实意思表示，不违反法律规定。依照《中华人民共和国劳动争议调解仲裁法》第四十一条之规定，决定如下：".to_owned());
            body.push("准许申请人撤回仲裁申请。".to_owned());
        }
        WithdrawalKind::Deemed => {
            body.push(format!(
                "本会受理的{}，申请人经书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭（{}）。",
                ctx.the_case(),
                w.reason
            ));
            body.push(
                "依照《中华人民共和国劳动争议调解仲裁法》第三十六条之规定，决定如下：".to_owned(),
            );
            body.push("本案按撤回仲裁申请处理。".to_owned());
        }
    }
    body.push("本决定书自送达之日起发生法律效力。".to_owned());
    let mut c = ctx.content(DocumentKind::WithdrawalDecision, "", body);
    c.doc_no = w.case_no.clone().unwrap_or_else(|| ctx.doc_no());
    c.date = on;
    Ok(c)
}
