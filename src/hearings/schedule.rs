//! Scheduling a hearing for a case or its merged group, the notices served on each
//! party, and the warnings before it: a notice served less than 5 days before (E1,
//! via the clock's T13), a defense period neither over nor waived (C4), an online
//! hearing without every party's consent (H1).
use super::model::*;
use super::{attendance, require_hearing_staff};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases::{self, CaseStatus, PartySide};
use crate::clock::to_rfc3339;
use crate::consent::{self, ConsentAction, ConsentKind};
use crate::db::Core;
use crate::deadlines::{self, DeadlineStatus};
use crate::error::{Error, Result};
use crate::fields::optional;
use crate::tribunal::{lead_of, merged_members};
use crate::types::{format_date, parse_date, shanghai_today};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

fn valid_time(raw: &str) -> Result<String> {
    let ok = raw.len() == 5
        && raw.as_bytes()[2] == b':'
        && raw[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && raw[3..].parse::<u8>().is_ok_and(|m| m < 60);
    if ok {
        Ok(raw.to_owned())
    } else {
        Err(Error::validation(
            "time",
            "time_invalid",
            "请填写开庭时间，如 09:30",
        ))
    }
}

/// Schedules a hearing; an online or mixed hearing needs the meeting details.
pub async fn schedule_hearing(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: HearingInput,
) -> Result<Hearing> {
    require_hearing_staff(actor)?;
    let date = parse_date(&input.date, "date")?;
    if date < shanghai_today(core.now()) {
        return Err(Error::validation(
            "date",
            "date_in_past",
            "开庭日期不能早于今天",
        ));
    }
    let time = valid_time(input.time.trim())?;
    let platform = optional(input.platform.as_deref(), "platform", 50)?;
    let meeting_no = optional(input.meeting_no.as_deref(), "meetingNo", 50)?;
    let password = optional(input.meeting_password.as_deref(), "meetingPassword", 50)?;
    let join_url = optional(input.join_url.as_deref(), "joinUrl", 500)?;
    let room = optional(input.room.as_deref(), "room", 100)?;
    if let Some(url) = &join_url
        && !url.starts_with("https://")
    {
        return Err(Error::validation(
            "joinUrl",
            "url_not_https",
            "入会链接须以 https:// 开头",
        ));
    }
    if input.mode != HearingMode::InPerson
        && (platform.is_none() || (meeting_no.is_none() && join_url.is_none()))
    {
        return Err(Error::validation(
            "meetingNo",
            "meeting_required",
            "在线或混合开庭须填写平台和会议号（或入会链接）",
        ));
    }
    if input.mode != HearingMode::Online && room.is_none() {
        return Err(Error::validation(
            "room",
            "required",
            "线下或混合开庭须填写仲裁庭室",
        ));
    }
    let mut tx = core.begin_write().await?;
    let lead = lead_of(&mut tx, case_id).await?;
    let file = cases::load(&mut tx, &lead).await?;
    if !matches!(
        file.summary.status,
        CaseStatus::Accepted | CaseStatus::InProgress
    ) {
        return Err(Error::precondition(
            "case_not_open",
            "只有已受理、审理中的案件可以安排开庭",
        ));
    }
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    sqlx::query(
        "INSERT INTO hearings (id, lead_case_id, hearing_date, hearing_time, mode, platform, meeting_no, meeting_password,
             join_url, room, status, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?)",
    )
    .bind(&id)
    .bind(&lead)
    .bind(format_date(date))
    .bind(&time)
    .bind(input.mode.as_str())
    .bind(&platform)
    .bind(&meeting_no)
    .bind(&password)
    .bind(&join_url)
    .bind(&room)
    .bind(&now)
    .bind(&by)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    let mut group = vec![lead.clone()];
    group.extend(merged_members(&mut tx, &lead).await?);
    for cid in &group {
        cases::insert_event(
            &mut tx,
            cid,
            "hearing_scheduled",
            &format_date(date),
            &format!("定于 {} {time} 开庭", format_date(date)),
            &now,
            &by,
        )
        .await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "hearing.scheduled",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!(
                "{}：定于 {} {time} 开庭（{}）",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                format_date(date),
                match input.mode {
                    HearingMode::Online => "在线",
                    HearingMode::InPerson => "线下",
                    HearingMode::Mixed => "线上线下结合",
                }
            ),
        },
    )
    .await?;
    tx.commit().await?;
    get_hearing(core, actor, &id).await
}

/// Records that a party received the written hearing notice.
pub async fn record_notice(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: NoticeInput,
) -> Result<Hearing> {
    require_hearing_staff(actor)?;
    let served = parse_date(&input.served_on, "servedOn")?;
    if served > shanghai_today(core.now()) {
        return Err(Error::validation(
            "servedOn",
            "date_in_future",
            "送达日期不能晚于今天",
        ));
    }
    let mut tx = core.begin_write().await?;
    let (lead, date) = head(&mut tx, hearing_id).await?;
    if format_date(served) > date {
        return Err(Error::validation(
            "servedOn",
            "after_hearing",
            "送达日期不能晚于开庭日期",
        ));
    }
    let file = cases::load(&mut tx, &lead).await?;
    let party = file
        .parties
        .iter()
        .find(|p| p.id == input.party_id)
        .ok_or_else(|| Error::validation("partyId", "party_not_in_case", "请选择本案当事人"))?;
    let now = to_rfc3339(core.now());
    let by = actor.user_id.to_string();
    sqlx::query(
        "INSERT INTO hearing_notices (id, hearing_id, party_id, method, served_on, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(hearing_id)
    .bind(&party.id)
    .bind(input.method.as_str())
    .bind(format_date(served))
    .bind(&now)
    .bind(&by)
    .execute(&mut *tx)
    .await?;
    cases::insert_event(
        &mut tx,
        &lead,
        "hearing_notice_served",
        &format_date(served),
        &format!("开庭通知送达{}", party.name),
        &now,
        &by,
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "hearing.notice_served",
            entity_type: "case",
            entity_id: Some(lead.clone()),
            summary: format!(
                "{} 于 {} 收到 {date} 的开庭通知",
                party.name,
                format_date(served)
            ),
        },
    )
    .await?;
    tx.commit().await?;
    get_hearing(core, actor, hearing_id).await
}

/// The hearing's lead case and date.
pub(crate) async fn head(
    conn: &mut SqliteConnection,
    hearing_id: &str,
) -> Result<(String, String)> {
    sqlx::query_as("SELECT lead_case_id, hearing_date FROM hearings WHERE id = ?")
        .bind(hearing_id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| Error::not_found("hearing_not_found", "没有该开庭安排"))
}

pub async fn get_hearing(core: &Core, actor: &Actor, hearing_id: &str) -> Result<Hearing> {
    let mut conn = core.pool().acquire().await?;
    let row = sqlx::query(
        "SELECT id, lead_case_id, hearing_date, hearing_time, mode, platform, meeting_no, meeting_password, join_url,
                room, status FROM hearings WHERE id = ?",
    )
    .bind(hearing_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| Error::not_found("hearing_not_found", "没有该开庭安排"))?;
    let lead: String = row.try_get("lead_case_id")?;
    let date: String = row.try_get("hearing_date")?;
    let mode: String = row.try_get("mode")?;
    let status: String = row.try_get("status")?;
    let mode = HearingMode::parse(&mode).ok_or_else(|| Error::internal("unknown hearing mode"))?;
    let mut group = vec![lead.clone()];
    group.extend(merged_members(&mut conn, &lead).await?);
    let file = cases::load(&mut conn, &lead).await?;
    let records = consent::list_in(&mut conn, &lead).await?;
    let attendance = attendance::latest(&mut conn, hearing_id).await?;
    drop(conn);

    // The clock knows the latest service day for the hearing (T13) and the defense
    // period (T5), with the institute's day counting and holidays.
    let clock = deadlines::case_clock(core, actor, &lead).await?;
    let t13 = clock
        .deadlines
        .iter()
        .find(|d| d.code == "T13" && d.note.contains(&date));
    let latest_on = t13.and_then(|d| d.due.clone());
    let notices = notices(core, hearing_id, latest_on.as_deref()).await?;

    let mut warnings = Vec::new();
    for p in file
        .parties
        .iter()
        .filter(|p| p.side != PartySide::ThirdParty)
    {
        match notices.iter().filter(|n| n.party_id == p.id).map(|n| n.served_on.as_str()).min() {
            None => warnings.push(HearingWarning {
                rule: "E1".into(),
                code: "notice_not_served".into(),
                message: format!(
                    "尚未记录向{}送达开庭通知{}",
                    p.name,
                    latest_on.as_deref().map(|l| format!("（最迟应于 {l} 送达）")).unwrap_or_default()
                ),
            }),
            Some(first) if latest_on.as_deref().is_some_and(|l| first > l) => warnings.push(HearingWarning {
                rule: "E1".into(),
                code: "notice_late".into(),
                message: format!(
                    "{}于 {first} 收到开庭通知，距开庭不足五日（最迟应于 {} 送达）；除非当事人放弃，应另定开庭日期",
                    p.name,
                    latest_on.as_deref().unwrap_or_default()
                ),
            }),
            Some(_) => {}
        }
    }
    if let Some(t5) = clock.deadlines.iter().find(|d| d.code == "T5")
        && t5.status == DeadlineStatus::Pending
        && t5.due.as_deref().is_some_and(|due| date.as_str() <= due)
    {
        warnings.push(HearingWarning {
            rule: "C4".into(),
            code: "defense_period_running".into(),
            message: format!(
                "答辩期至 {} 届满，被申请人未放弃或同意缩短；开庭日期不应早于答辩期届满",
                t5.due.as_deref().unwrap_or_default()
            ),
        });
    }
    if mode != HearingMode::InPerson {
        let standing = consent::standing(&records);
        let missing: Vec<&str> = file
            .parties
            .iter()
            .filter(|p| p.side != PartySide::ThirdParty)
            .filter(|p| {
                !standing.iter().any(|r| {
                    r.party_id == p.id
                        && r.kind == ConsentKind::OnlineHearing
                        && r.action == ConsentAction::Grant
                })
            })
            .map(|p| p.name.as_str())
            .collect();
        if !missing.is_empty() {
            warnings.push(HearingWarning {
                rule: "H1".into(),
                code: "online_consent_missing".into(),
                message: format!("尚未取得 {} 在线开庭的同意", missing.join("、")),
            });
        }
    }
    Ok(Hearing {
        id: hearing_id.to_owned(),
        lead_case_id: lead,
        group_case_ids: group,
        date,
        time: row.try_get("hearing_time")?,
        mode,
        platform: row.try_get("platform")?,
        meeting_no: row.try_get("meeting_no")?,
        meeting_password: row.try_get("meeting_password")?,
        join_url: row.try_get("join_url")?,
        room: row.try_get("room")?,
        status: HearingStatus::parse(&status)
            .ok_or_else(|| Error::internal("unknown hearing status"))?,
        notices,
        attendance,
        warnings,
    })
}

async fn notices(
    core: &Core,
    hearing_id: &str,
    latest_on: Option<&str>,
) -> Result<Vec<HearingNotice>> {
    let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT n.id, n.party_id, p.name, n.method, n.served_on FROM hearing_notices n
         JOIN parties p ON p.id = n.party_id WHERE n.hearing_id = ? ORDER BY n.served_on, n.created_at",
    )
    .bind(hearing_id)
    .fetch_all(core.pool())
    .await?;
    rows.into_iter()
        .map(|(id, party_id, party_name, method, served_on)| {
            Ok(HearingNotice {
                late: latest_on.is_some_and(|l| served_on.as_str() > l),
                latest_on: latest_on.map(str::to_owned),
                id,
                party_id,
                party_name,
                method: ServiceMethod::parse(&method)
                    .ok_or_else(|| Error::internal("unknown service method"))?,
                served_on,
            })
        })
        .collect()
}

/// The hearings of a case (or of its merged group), soonest first.
pub async fn list_hearings(core: &Core, actor: &Actor, case_id: &str) -> Result<Vec<Hearing>> {
    let ids: Vec<(String,)> = {
        let mut conn = core.pool().acquire().await?;
        let lead = lead_of(&mut conn, case_id).await?;
        sqlx::query_as(
            "SELECT id FROM hearings WHERE lead_case_id = ? ORDER BY hearing_date, hearing_time",
        )
        .bind(lead)
        .fetch_all(&mut *conn)
        .await?
    };
    let mut out = Vec::with_capacity(ids.len());
    for (id,) in ids {
        out.push(get_hearing(core, actor, &id).await?);
    }
    Ok(out)
}
