//! The read-back (宣读笔录): the minutes rendered as one canonical Chinese text —
//! header, attendance with identity checks (H3), every stage with its lines or the
//! reason it was skipped, and the correction requests — whose SHA-256 the signatures
//! bind to (H6). Any change to what is rendered changes the hash.
use super::model::{Correction, Minutes, StageState};
use crate::hearings::{Attendance, Hearing, HearingMode, IdentityMethod, ParticipantRole};
use crate::tribunal::Tribunal;
use std::fmt::Write;

/// What the header names besides the hearing itself.
pub(super) struct Header<'a> {
    pub case_nos: Vec<String>,
    pub cause: &'a str,
    pub tribunal: &'a Tribunal,
}

pub(super) fn render(header: &Header<'_>, hearing: &Hearing, minutes: &Minutes) -> String {
    let mut out = String::from("庭审笔录\n");
    let _ = writeln!(out, "案号：{}", header.case_nos.join("、"));
    let _ = writeln!(out, "案由：{}", header.cause);
    let _ = writeln!(out, "开庭时间：{} {}", hearing.date, hearing.time);
    let _ = writeln!(out, "开庭方式：{}", place(hearing));
    let _ = writeln!(out, "仲裁庭：{}", tribunal_line(header.tribunal));
    out.push_str("到庭情况：\n");
    for a in &hearing.attendance {
        let _ = writeln!(out, "  {}", attendance_line(a));
    }
    for (n, progress) in minutes.stages.iter().enumerate() {
        let _ = writeln!(out, "【{}、{}】", n + 1, progress.stage.label_zh());
        if progress.state == StageState::Skipped {
            let _ = writeln!(
                out,
                "  （本阶段未进行：{}）",
                progress.reason.as_deref().unwrap_or_default()
            );
            continue;
        }
        for line in minutes.lines.iter().filter(|l| l.stage == progress.stage) {
            let _ = writeln!(out, "  {}：{}", line.speaker_label, line.text);
        }
    }
    if !minutes.corrections.is_empty() {
        out.push_str("补正申请：\n");
        for c in &minutes.corrections {
            let _ = writeln!(out, "  {}", correction_line(c));
        }
    }
    out
}

fn place(h: &Hearing) -> String {
    let online = || {
        let platform = h.platform.as_deref().unwrap_or("线上平台");
        match &h.meeting_no {
            Some(no) => format!("{platform}（会议号 {no}）"),
            None => platform.to_owned(),
        }
    };
    let room = || h.room.clone().unwrap_or_default();
    match h.mode {
        HearingMode::Online => format!("线上开庭，{}", online()),
        HearingMode::InPerson => format!("现场开庭，{}", room()),
        HearingMode::Mixed => format!("线上线下结合，{}；{}", online(), room()),
    }
}

fn tribunal_line(t: &Tribunal) -> String {
    t.members
        .iter()
        .map(|m| format!("{}{}", m.seat.label_zh(), m.display_name))
        .collect::<Vec<_>>()
        .join("，")
}

pub(super) fn role_zh(role: ParticipantRole) -> &'static str {
    match role {
        ParticipantRole::Applicant => "申请人",
        ParticipantRole::Respondent => "被申请人",
        ParticipantRole::ThirdParty => "第三人",
        ParticipantRole::Agent => "委托代理人",
        ParticipantRole::Witness => "证人",
        ParticipantRole::Other => "其他参加人",
    }
}

fn attendance_line(a: &Attendance) -> String {
    let who = format!("{}{}", role_zh(a.role), a.name);
    if !a.present {
        let why = a
            .absence
            .map(|x| format!("（{}）", x.label_zh()))
            .unwrap_or_default();
        return format!("{who}：未到庭{why}{}", note(&a.note));
    }
    let method = match a.identity_method {
        IdentityMethod::IdOnCamera => "视频出示身份证件",
        IdentityMethod::PlatformFace => "平台人脸核验",
        IdentityMethod::InPerson => "现场核对",
        IdentityMethod::NotChecked => "未核验",
    };
    let result = if a.identity_ok {
        "核验一致"
    } else {
        "核验不一致"
    };
    let authority = match a.authority_checked {
        Some(true) => "；已核对授权委托书",
        Some(false) => "；授权委托书未核对",
        None => "",
    };
    format!(
        "{who}：到庭；身份核验：{method}，{result}{authority}{}",
        note(&a.note)
    )
}

fn note(n: &str) -> String {
    if n.trim().is_empty() {
        String::new()
    } else {
        format!("（{}）", n.trim())
    }
}

fn correction_line(c: &Correction) -> String {
    let decision = if c.accepted {
        "准予补正"
    } else {
        "不予补正"
    };
    let reason = if c.reason.is_empty() {
        String::new()
    } else {
        format!("，理由：{}", c.reason)
    };
    let when = if c.after_lock {
        "（笔录签署后）"
    } else {
        ""
    };
    format!(
        "{}{when}申请将「{}」补正为「{}」；仲裁庭决定：{decision}{reason}",
        c.requested_by, c.original_text, c.requested_text
    )
}
