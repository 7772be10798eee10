//! The notices to a party: 受理通知书, 应诉通知书 (LDMAL Arts. 29–30), 仲裁庭组成通知书
//! (Art. 32) and 开庭通知书 (Arts. 35–36).
use super::chinese::chinese_date;
use super::generate::{ALL_SIDES as ALL, Ctx, unavailable};
use super::model::DocumentKind;
use super::store::Content;
use crate::cases::PartySide;
use crate::error::Result;
use crate::hearings::{Hearing, HearingMode};
use crate::tribunal::{Seat, Tribunal};
use crate::types::parse_date;

fn accepted_on(ctx: &Ctx) -> Result<String> {
    let on = ctx.lead.summary.accepted_on.as_deref().unwrap_or_default();
    Ok(chinese_date(parse_date(on, "acceptedOn")?))
}

pub(super) fn acceptance(ctx: &Ctx, party: Option<&str>) -> Result<Content> {
    let p = ctx.party(party, &[PartySide::Applicant])?;
    let body = vec![
        format!(
            "你（单位）与被申请人{}{}争议一案的仲裁申请，经审查符合受理条件，本会已于{}立案受理。",
            ctx.names(PartySide::Respondent),
            ctx.lead.summary.cause,
            accepted_on(ctx)?
        ),
        "本会将依法组成仲裁庭审理本案，仲裁庭组成情况和开庭时间、地点另行书面通知。请保持联系方式畅通，送达地址如有变更应及时告知本会。".to_owned(),
        "仲裁庭裁决劳动争议案件，应当自本会受理仲裁申请之日起四十五日内结束；案情复杂需要延期的，经本会主任批准，可以延期并书面通知当事人，但延长期限不得超过十五日（《中华人民共和国劳动争议调解仲裁法》第四十三条）。".to_owned(),
    ];
    let mut c = ctx.content(DocumentKind::AcceptanceNotice, &p.name, body);
    c.notes = vec![
        "当事人可以委托代理人参加仲裁活动，委托他人参加的，应当向本会提交有委托人签名或者盖章的授权委托书。".to_owned(),
        "申请人收到书面开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请。".to_owned(),
    ];
    Ok(c)
}

pub(super) fn not_accepted(ctx: &Ctx, party: Option<&str>) -> Result<Content> {
    use crate::cases::NotAcceptedKind;
    let p = ctx.party(party, &[PartySide::Applicant])?;
    let file = &ctx.lead;
    let received = chinese_date(parse_date(&file.summary.received_on, "receivedOn")?);
    let why = match file.not_accepted_kind {
        Some(NotAcceptedKind::OutOfScope) => "该争议不属于劳动人事争议仲裁的受案范围",
        Some(NotAcceptedKind::NoDefiniteClaim) => "该申请没有明确的仲裁请求和事实、理由",
        Some(NotAcceptedKind::NoStanding) => "申请人不是与本案有直接利害关系的当事人",
        Some(NotAcceptedKind::NoJurisdiction) => "本会对该争议没有管辖权",
        None => "该申请不符合受理条件",
    };
    let mut body = vec![format!(
        "你（单位）与被申请人{}{}争议一案的仲裁申请，本会于{received}收到。经审查，{why}{}。依照《中华人民共和国劳动争议调解仲裁法》第二十九条之规定，决定不予受理。",
        ctx.names(PartySide::Respondent),
        file.summary.cause,
        file.not_accepted_reason
            .as_deref()
            .map(|r| format!("（{r}）"))
            .unwrap_or_default(),
    )];
    if let Some(competent) = &file.competent_commission {
        body.push(format!("你（单位）可以向有管辖权的{competent}申请仲裁。"));
    }
    body.push(
        "对本会不予受理的决定不服的，你（单位）可以就该劳动争议事项向人民法院提起诉讼。".to_owned(),
    );
    Ok(ctx.content(DocumentKind::NotAcceptanceNotice, &p.name, body))
}

pub(super) fn respond(ctx: &Ctx, party: Option<&str>) -> Result<Content> {
    let p = ctx.party(party, &[PartySide::Respondent])?;
    let body = vec![
        format!(
            "申请人{}与你（单位）{}争议一案，本会已于{}立案受理，现将仲裁申请书副本送达你（单位）。",
            ctx.names(PartySide::Applicant),
            ctx.lead.summary.cause,
            accepted_on(ctx)?
        ),
        "请你（单位）自收到仲裁申请书副本之日起十日内向本会提交答辩书，并按申请人人数提交副本；被申请人未提交答辩书的，不影响仲裁程序的进行（《中华人民共和国劳动争议调解仲裁法》第三十条）。".to_owned(),
        "与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；不提供的，应当承担不利后果（第六条）。".to_owned(),
    ];
    let mut c = ctx.content(DocumentKind::RespondNotice, &p.name, body);
    c.notes = vec![
        "被申请人有反申请的，应当在答辩期内提出；逾期提出的，应当另行申请仲裁。".to_owned(),
        "被申请人收到书面开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决。"
            .to_owned(),
    ];
    Ok(c)
}

pub(super) fn tribunal(ctx: &Ctx, party: Option<&str>, t: &Tribunal) -> Result<Content> {
    let p = ctx.party(party, ALL)?;
    let seat = |s: Seat| {
        t.members
            .iter()
            .filter(|m| m.seat == s)
            .map(|m| m.display_name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let composition = if !seat(Seat::Sole).is_empty() {
        format!("由仲裁员{}独任仲裁", seat(Seat::Sole))
    } else if !seat(Seat::Presiding).is_empty() {
        format!(
            "由{}担任首席仲裁员，{}担任仲裁员",
            seat(Seat::Presiding),
            seat(Seat::Member)
        )
    } else {
        return Err(unavailable("仲裁庭尚未组成，不能制作仲裁庭组成通知书"));
    };
    let clerk = seat(Seat::Clerk);
    let body = vec![
        format!(
            "本会受理的{}，依法组成仲裁庭，{composition}{}。",
            ctx.the_case(),
            if clerk.is_empty() {
                String::new()
            } else {
                format!("，{clerk}担任书记员")
            }
        ),
        "当事人认为仲裁员有《中华人民共和国劳动争议调解仲裁法》第三十三条规定应当回避情形的，有权以口头或者书面方式提出回避申请，并说明理由；回避申请应当在案件开庭审理前提出，回避事由在开庭后知道的，也可以在庭审辩论终结前提出。".to_owned(),
    ];
    Ok(ctx.content(DocumentKind::TribunalNotice, &p.name, body))
}

pub(super) fn hearing(ctx: &Ctx, party: Option<&str>, h: &Hearing) -> Result<Content> {
    let p = ctx.party(party, ALL)?;
    let day = parse_date(&h.date, "date")?;
    let (hh, mm) = h.time.split_once(':').unwrap_or((&h.time, "00"));
    let online = || {
        let platform = h.platform.as_deref().unwrap_or("线上平台");
        let mut s = format!("通过{platform}线上开庭");
        if let Some(no) = &h.meeting_no {
            s.push_str(&format!("（会议号：{no}"));
            if let Some(pw) = &h.meeting_password {
                s.push_str(&format!("，会议密码：{pw}"));
            }
            s.push('）');
        }
        s
    };
    let room = || h.room.clone().unwrap_or_default();
    let place = match h.mode {
        HearingMode::Online => online(),
        HearingMode::InPerson => format!("在{}开庭", room()),
        HearingMode::Mixed => format!("在{}开庭，并{}", room(), online()),
    };
    let mut body = vec![format!(
        "本会受理的{}，定于{}{hh}时{mm}分{place}审理。请准时参加。",
        ctx.the_case(),
        chinese_date(day),
    )];
    if h.mode != HearingMode::InPerson {
        let mut s = "请于开庭前十五分钟进入会议，确保网络、摄像头和麦克风正常，并备好本人有效身份证件原件以供核验".to_owned();
        if let Some(url) = &h.join_url {
            s.push_str(&format!("；入会链接：{url}"));
        }
        s.push('。');
        body.push(s);
    }
    body.push(
        "根据《中华人民共和国劳动争议调解仲裁法》第三十六条，申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请；被申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决。".to_owned(),
    );
    let mut c = ctx.content(DocumentKind::HearingNotice, &p.name, body);
    c.notes = vec![
        "当事人有正当理由申请延期开庭的，应当在开庭三日前向本会提出。".to_owned(),
        "委托代理人参加的，应当提交授权委托书，写明委托事项和权限。".to_owned(),
        "请携带证据原件以备质证。".to_owned(),
    ];
    Ok(c)
}
