//! 开庭通知书 (LDMAL Art. 35; Rules Art. 38): to one party, naming the case (and the
//! merged counterclaim), the hearing's date, time and place or online meeting, and the
//! consequences of not attending (LDMAL Art. 36).
use super::chinese::chinese_date;
use super::model::*;
use super::require_commission;
use super::store::{self, Content, Issue};
use crate::actor::Actor;
use crate::cases::{self, PartySide};
use crate::db::Core;
use crate::error::{Error, Result};
use crate::hearings::{self, HearingMode};
use crate::types::{parse_date, shanghai_today};

pub async fn generate_hearing_notice(
    core: &Core,
    actor: &Actor,
    input: HearingNoticeInput,
) -> Result<DocumentRecord> {
    hearings::require_hearing_staff(actor)?;
    let hearing = hearings::get_hearing(core, actor, &input.hearing_id).await?;
    let mut tx = core.begin_write().await?;
    let commission = require_commission(&mut tx).await?;
    let lead = cases::load(&mut tx, &hearing.lead_case_id).await?;
    let party = lead
        .parties
        .iter()
        .find(|p| p.id == input.party_id)
        .ok_or_else(|| Error::validation("partyId", "party_not_in_case", "请选择本案当事人"))?;
    let names = |side: PartySide| {
        lead.parties
            .iter()
            .filter(|p| p.side == side)
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let mut case_nos = Vec::new();
    for id in &hearing.group_case_ids {
        let file = cases::load(&mut tx, id).await?;
        case_nos.push(file.summary.case_no.unwrap_or_default());
    }
    let doc_no = case_nos.first().cloned().unwrap_or_default();
    let merged = if case_nos.len() > 1 {
        format!("（与{}反申请合并审理）", case_nos[1..].join("、"))
    } else {
        String::new()
    };
    let day = parse_date(&hearing.date, "date")?;
    let (hh, mm) = hearing
        .time
        .split_once(':')
        .unwrap_or((&hearing.time, "00"));
    let online = || {
        let platform = hearing.platform.as_deref().unwrap_or("线上平台");
        let mut s = format!("通过{platform}线上开庭");
        if let Some(no) = &hearing.meeting_no {
            s.push_str(&format!("（会议号：{no}"));
            if let Some(pw) = &hearing.meeting_password {
                s.push_str(&format!("，会议密码：{pw}"));
            }
            s.push('）');
        }
        s
    };
    let room = || hearing.room.clone().unwrap_or_default();
    let place = match hearing.mode {
        HearingMode::Online => online(),
        HearingMode::InPerson => format!("在{}开庭", room()),
        HearingMode::Mixed => format!("在{}开庭，并{}", room(), online()),
    };
    let mut body = vec![format!(
        "本会受理的申请人{}与被申请人{}{}争议一案{merged}，定于{}{}时{}分{place}审理。请准时参加。",
        names(PartySide::Applicant),
        names(PartySide::Respondent),
        lead.summary.cause,
        chinese_date(day),
        hh,
        mm,
    )];
    if hearing.mode != HearingMode::InPerson {
        let mut s = "请于开庭前十五分钟进入会议，确保网络、摄像头和麦克风正常，并备好本人有效身份证件原件以供核验".to_owned();
        if let Some(url) = &hearing.join_url {
            s.push_str(&format!("；入会链接：{url}"));
        }
        s.push('。');
        body.push(s);
    }
    body.push(
        "根据《中华人民共和国劳动争议调解仲裁法》第三十六条，申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请；被申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决。".to_owned(),
    );
    let notes = vec![
        "当事人有正当理由申请延期开庭的，应当在开庭三日前向本会提出。".to_owned(),
        "委托代理人参加的，应当提交授权委托书，写明委托事项和权限。".to_owned(),
        "请携带证据原件以备质证。".to_owned(),
    ];
    let today = shanghai_today(core.now());
    let content = Content {
        commission,
        title: DocumentKind::HearingNotice.title_zh().to_owned(),
        doc_no,
        addressee: party.name.clone(),
        body,
        notes,
        date: chinese_date(today),
        copy_to: String::new(),
    };
    let id = store::issue(
        &mut tx,
        core,
        actor,
        Issue {
            case_id: &hearing.lead_case_id,
            hearing_id: Some(&hearing.id),
            kind: DocumentKind::HearingNotice,
            content,
            today,
        },
    )
    .await?;
    let record = store::one(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(record)
}
