//! 裁决书 (LDMAL Art. 46; K1–K3): the parties, the procedure, each side's claims, the
//! defense, the facts found, the reasons, the result item by item with the type the award
//! states for it, the remedy notice and the tribunal's signatures.
use super::chinese::chinese_date;
use super::generate::{Ctx, unavailable};
use super::model::DocumentKind;
use super::records::{NUMERALS, party_lines, tribunal_signatures};
use super::store::Content;
use crate::cases::{CaseFile, ClaimStatus, PartySide, Procedure};
use crate::closure::{ClosureOverview, Finality};
use crate::error::Result;
use crate::hearings::{Hearing, HearingMode, HearingStatus};
use crate::tribunal::{Seat, Tribunal};
use crate::types::{Money, parse_date};

pub(super) struct AwardSources<'a> {
    pub closure: &'a ClosureOverview,
    pub tribunal: &'a Tribunal,
    pub hearings: &'a [Hearing],
    /// The lead case first, then the merged cases (counterclaims).
    pub group: &'a [CaseFile],
}

fn yuan(fen: i64) -> String {
    Money::from_fen(fen)
        .to_string()
        .trim_start_matches('¥')
        .to_owned()
}

fn names(file: &CaseFile, side: PartySide) -> String {
    file.parties
        .iter()
        .filter(|p| p.side == side)
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

fn procedure(ctx: &Ctx, s: &AwardSources) -> Result<String> {
    let accepted = chinese_date(parse_date(
        ctx.lead.summary.accepted_on.as_deref().unwrap_or_default(),
        "acceptedOn",
    )?);
    let arbitrators = |seat: Seat| {
        s.tribunal
            .members
            .iter()
            .filter(|m| m.seat == seat)
            .map(|m| m.display_name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let bench = if ctx.lead.summary.procedure == Procedure::Summary {
        format!("适用简易程序，由仲裁员{}独任审理", arbitrators(Seat::Sole))
    } else {
        format!(
            "依法组成由首席仲裁员{}、仲裁员{}组成的仲裁庭",
            arbitrators(Seat::Presiding),
            arbitrators(Seat::Member)
        )
    };
    let held: Vec<String> = s
        .hearings
        .iter()
        .filter(|h| h.status == HearingStatus::Concluded)
        .map(|h| {
            let how = match h.mode {
                HearingMode::Online => "以网络视频方式",
                HearingMode::InPerson => "",
                HearingMode::Mixed => "以线上线下相结合的方式",
            };
            Ok(format!(
                "{}{how}",
                chinese_date(parse_date(&h.date, "date")?)
            ))
        })
        .collect::<Result<_>>()?;
    let heard = if held.is_empty() {
        String::new()
    } else {
        format!("，于{}开庭审理", held.join("、"))
    };
    Ok(format!(
        "本会于{accepted}受理{}，{bench}{heard}。本案现已审理终结。",
        ctx.the_case()
    ))
}

fn claims(file: &CaseFile, counterclaim: bool) -> Vec<String> {
    let who = if counterclaim {
        "反申请人"
    } else {
        "申请人"
    };
    let mut out = vec![format!("{who}{}请求：", names(file, PartySide::Applicant))];
    let live = file
        .claims
        .iter()
        .filter(|c| c.status != ClaimStatus::Withdrawn);
    for (i, c) in live.enumerate() {
        let amount = c
            .amount_fen
            .map(|f| format!("（人民币{}元）", yuan(f)))
            .unwrap_or_default();
        let what = c.description.trim_end_matches(['。', '；']);
        out.push(format!("{}．{what}{amount}；", i + 1));
    }
    if let Some(last) = out.last_mut().filter(|l| l.ends_with('；')) {
        last.pop();
        last.push('。');
    }
    out
}

fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
}

pub(super) fn award(ctx: &Ctx, s: &AwardSources) -> Result<Content> {
    let a = s
        .closure
        .award
        .as_ref()
        .ok_or_else(|| unavailable("本案尚未作出裁决，请先在「调解与结案」中作出裁决"))?;
    let (Some(facts), Some(reasons)) = (&a.facts, &a.reasons) else {
        return Err(unavailable(
            "该裁决未记载查明的事实和裁决理由，不能制作裁决书（《劳动争议调解仲裁法》第四十六条）",
        ));
    };
    let mut body = party_lines(ctx);
    body.push(format!("案由：{}。", ctx.lead.summary.cause));
    body.push(procedure(ctx, s)?);
    for (i, file) in s.group.iter().enumerate() {
        body.extend(claims(file, i > 0));
    }
    body.push(match &a.defense {
        Some(d) => format!("被申请人辩称：{d}"),
        None => "被申请人未提交答辩意见。".to_owned(),
    });
    body.push("经审理查明：".to_owned());
    body.extend(paragraphs(facts));
    body.push("本会认为：".to_owned());
    body.extend(paragraphs(reasons));
    body.push(
        "依照《中华人民共和国劳动争议调解仲裁法》第四十六条、第四十七条之规定，裁决如下："
            .to_owned(),
    );
    for (i, item) in a.preview.items.iter().enumerate() {
        let amount = item
            .amount_fen
            .map(|f| format!("，金额人民币{}元", yuan(f)))
            .unwrap_or_default();
        let kind = match item.finality {
            Finality::Final => "终局裁决",
            Finality::NonFinal => "非终局裁决",
        };
        body.push(format!(
            "{}、{}{amount}（本项为{kind}）。",
            NUMERALS.get(i).unwrap_or(&"十"),
            item.description.trim_end_matches(['。', '；'])
        ));
    }
    body.push(match a.preview.finality {
        Finality::Final => "本裁决为终局裁决，自作出之日起发生法律效力。".to_owned(),
        Finality::NonFinal => "本裁决为非终局裁决。".to_owned(),
    });
    body.push(a.preview.remedy_notice.clone());
    let mut c = ctx.content(DocumentKind::Award, "", body);
    c.doc_no = a.doc_no.clone();
    c.date = chinese_date(parse_date(&a.made_on, "madeOn")?);
    c.signatures = tribunal_signatures(s.tribunal);
    Ok(c)
}
