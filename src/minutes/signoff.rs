//! Sign-off and lock (F3, H6; LDMAL Art. 40, Rules Art. 42): after the minutes are
//! read back, each arbitrator, the clerk and every participant recorded present signs
//! — bound to the SHA-256 of the read-back — or refuses with the reason recorded.
//! When every one of them has done so for the current version, the minutes lock and
//! the hearing is concluded; afterwards only corrections are added.
use super::chain::{NewRow, append};
use super::model::*;
use super::readback::{Header, render};
use super::{open_hearing, read};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases;
use crate::clock::to_rfc3339;
use crate::consent::text::sha256_hex;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::hearings::{self, ParticipantRole};
use crate::tribunal::{self, Seat};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The details of a signature or refusal row, covered by its hash.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SignPayload {
    signer_key: String,
    role: SpeakerRole,
    name: String,
    minutes_hash: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    method: Option<SignMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    flow_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signature_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LockPayload {
    minutes_hash: String,
    signed: usize,
    refused: usize,
}

/// The read-back hash a lock row fixed.
pub(super) fn payload_hash(r: &MinutesRecord) -> Option<String> {
    let p: LockPayload = serde_json::from_str(r.payload.as_deref()?).ok()?;
    Some(p.minutes_hash)
}

struct Required {
    key: String,
    role: SpeakerRole,
    name: String,
}

fn seat_role(seat: Seat) -> SpeakerRole {
    match seat {
        Seat::Sole => SpeakerRole::SoleArbitrator,
        Seat::Presiding => SpeakerRole::PresidingArbitrator,
        Seat::Member => SpeakerRole::Arbitrator,
        Seat::Clerk => SpeakerRole::Clerk,
    }
}

fn participant_role(role: ParticipantRole) -> SpeakerRole {
    match role {
        ParticipantRole::Applicant => SpeakerRole::Applicant,
        ParticipantRole::Respondent => SpeakerRole::Respondent,
        ParticipantRole::ThirdParty => SpeakerRole::ThirdParty,
        ParticipantRole::Agent => SpeakerRole::Agent,
        ParticipantRole::Witness => SpeakerRole::Witness,
        ParticipantRole::Other => SpeakerRole::Other,
    }
}

/// Everything the signatures are checked against, read in the caller's transaction.
struct State {
    minutes: Minutes,
    text: String,
    hash: String,
    required: Vec<Required>,
}

async fn state(
    conn: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
) -> Result<State> {
    let hearing = hearings::get_hearing(core, actor, hearing_id).await?;
    let minutes = read(conn, hearing_id).await?;
    let tribunal = tribunal::read(conn, &hearing.lead_case_id).await?;
    let mut case_nos = Vec::new();
    let mut cause = String::new();
    for id in &hearing.group_case_ids {
        let file = cases::load(conn, id).await?;
        if id == &hearing.lead_case_id {
            cause = file.summary.cause.clone();
        }
        case_nos.push(file.summary.case_no.unwrap_or(file.summary.cause));
    }
    let header = Header {
        case_nos,
        cause: &cause,
        tribunal: &tribunal,
    };
    let text = render(&header, &hearing, &minutes);
    let hash = sha256_hex(text.as_bytes());
    let mut required: Vec<Required> = tribunal
        .members
        .iter()
        .map(|m| Required {
            key: format!("user:{}", m.user_id),
            role: seat_role(m.seat),
            name: m.display_name.clone(),
        })
        .collect();
    required.extend(
        hearing
            .attendance
            .iter()
            .filter(|a| a.present)
            .map(|a| Required {
                key: a.participant_key.clone(),
                role: participant_role(a.role),
                name: a.name.clone(),
            }),
    );
    Ok(State {
        minutes,
        text,
        hash,
        required,
    })
}

/// Each required signer's latest signature or refusal, judged against `bound_to`.
fn signers(s: &State, bound_to: &str) -> Vec<Signer> {
    s.required
        .iter()
        .map(|req| {
            let latest = s
                .minutes
                .log
                .iter()
                .rev()
                .filter(|r| matches!(r.kind, EntryKind::Signature | EntryKind::SignatureRefused))
                .filter_map(|r| {
                    let p: SignPayload = serde_json::from_str(r.payload.as_deref()?).ok()?;
                    (p.signer_key == req.key).then_some((r, p))
                })
                .next();
            let mut signer = Signer {
                key: req.key.clone(),
                role: req.role,
                name: req.name.clone(),
                state: SignerState::Pending,
                method: None,
                flow_no: None,
                signature_sha256: None,
                reason: None,
                at: None,
            };
            if let Some((row, p)) = latest {
                signer.state = match (row.kind, p.minutes_hash == bound_to) {
                    (_, false) => SignerState::Stale,
                    (EntryKind::Signature, true) => SignerState::Signed,
                    _ => SignerState::Refused,
                };
                signer.method = p.method;
                signer.flow_no = p.flow_no;
                signer.signature_sha256 = p.signature_sha256;
                signer.reason = p.reason;
                signer.at = Some(row.created_at.clone());
            }
            signer
        })
        .collect()
}

fn view(hearing_id: &str, s: &State) -> ReadBack {
    let bound_to = s.minutes.locked_hash.as_deref().unwrap_or(&s.hash);
    let signers = signers(s, bound_to);
    let closing_started = s
        .minutes
        .stages
        .iter()
        .any(|p| p.stage == Stage::Closing && p.state != StageState::Pending);
    let can_lock = s.minutes.locked_at.is_none()
        && closing_started
        && signers
            .iter()
            .all(|x| matches!(x.state, SignerState::Signed | SignerState::Refused));
    ReadBack {
        hearing_id: hearing_id.to_owned(),
        text: s.text.clone(),
        hash: s.hash.clone(),
        closing_started,
        signers,
        can_lock,
        locked_at: s.minutes.locked_at.clone(),
        locked_hash: s.minutes.locked_hash.clone(),
    }
}

pub async fn read_back(core: &Core, actor: &Actor, hearing_id: &str) -> Result<ReadBack> {
    let mut conn = core.pool().acquire().await?;
    hearings::head(&mut conn, hearing_id).await?;
    let s = state(&mut conn, core, actor, hearing_id).await?;
    Ok(view(hearing_id, &s))
}

/// Checks made before a signature or a refusal is recorded: the hearing is open and
/// in its closing stage, the signer is required, and the read-back is the current one.
fn check_signable<'a>(s: &'a State, signer_key: &str, minutes_hash: &str) -> Result<&'a Required> {
    let closing = s
        .minutes
        .stages
        .iter()
        .any(|p| p.stage == Stage::Closing && p.state != StageState::Pending);
    if !closing {
        return Err(Error::precondition(
            "closing_not_started",
            "请在闭庭阶段宣读笔录后再签名",
        ));
    }
    if minutes_hash != s.hash {
        return Err(Error::precondition(
            "minutes_changed",
            "笔录在宣读后已有变更，请重新宣读后再签名",
        ));
    }
    s.required
        .iter()
        .find(|r| r.key == signer_key)
        .ok_or_else(|| Error::validation("signerKey", "not_a_signer", "请选择应在笔录上签名的人员"))
}

async fn append_sign_row(
    tx: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    kind: EntryKind,
    text: &str,
    payload: &SignPayload,
) -> Result<()> {
    let payload = serde_json::to_string(payload).map_err(|e| Error::internal(e.to_string()))?;
    append(
        tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind,
            refers_to: None,
            stage: Stage::Closing,
            speaker_role: None,
            speaker_label: "",
            text,
            recording_offset_s: None,
            payload: Some(&payload),
        },
    )
    .await?;
    Ok(())
}

/// Records a signature bound to the read-back hash the signer saw.
pub async fn sign_minutes(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: SignInput,
) -> Result<ReadBack> {
    hearings::require_hearing_staff(actor)?;
    let flow_no = input
        .flow_no
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(str::to_owned);
    let png = match input.method {
        SignMethod::ESign if flow_no.is_none() => {
            return Err(Error::validation(
                "flowNo",
                "required",
                "请填写电子签名平台的签署流水号",
            ));
        }
        SignMethod::Pad => {
            let png = input.signature_png.as_deref().unwrap_or_default();
            if png.len() < 64 || !png.starts_with(PNG_MAGIC) {
                return Err(Error::validation(
                    "signaturePng",
                    "signature_missing",
                    "请在签名板上签名",
                ));
            }
            Some(png)
        }
        _ => None,
    };
    let mut tx = core.begin_write().await?;
    open_hearing(&mut tx, hearing_id).await?;
    let s = state(&mut tx, core, actor, hearing_id).await?;
    let signer = check_signable(&s, &input.signer_key, &input.minutes_hash)?;
    let signature_sha256 = match png {
        Some(png) => {
            let sha = sha256_hex(png);
            sqlx::query(
                "INSERT OR IGNORE INTO consent_artifacts (sha256, mime, file_name, bytes, created_at)
                 VALUES (?, 'image/png', 'minutes-signature.png', ?, ?)",
            )
            .bind(&sha)
            .bind(png)
            .bind(to_rfc3339(core.now()))
            .execute(&mut *tx)
            .await?;
            Some(sha)
        }
        None => None,
    };
    let text = format!(
        "{}签名确认笔录（{}{}）",
        signer.name,
        input.method.label_zh(),
        flow_no
            .as_deref()
            .map(|f| format!("，流水号 {f}"))
            .unwrap_or_default()
    );
    let payload = SignPayload {
        signer_key: signer.key.clone(),
        role: signer.role,
        name: signer.name.clone(),
        minutes_hash: s.hash.clone(),
        method: Some(input.method),
        flow_no,
        signature_sha256,
        reason: None,
    };
    append_sign_row(
        &mut tx,
        core,
        actor,
        hearing_id,
        EntryKind::Signature,
        &text,
        &payload,
    )
    .await?;
    let s = state(&mut tx, core, actor, hearing_id).await?;
    tx.commit().await?;
    Ok(view(hearing_id, &s))
}

/// Records a refusal to sign with its reason (记明情况附卷); it does not block the lock.
pub async fn refuse_signature(
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
    input: RefuseInput,
) -> Result<ReadBack> {
    hearings::require_hearing_staff(actor)?;
    let reason = input.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(Error::validation(
            "reason",
            "required",
            "请记明拒绝签名的情况和理由（最多 500 字）",
        ));
    }
    let mut tx = core.begin_write().await?;
    open_hearing(&mut tx, hearing_id).await?;
    let s = state(&mut tx, core, actor, hearing_id).await?;
    let signer = check_signable(&s, &input.signer_key, &input.minutes_hash)?;
    let text = format!("{}拒绝在笔录上签名，理由：{reason}", signer.name);
    let payload = SignPayload {
        signer_key: signer.key.clone(),
        role: signer.role,
        name: signer.name.clone(),
        minutes_hash: s.hash.clone(),
        method: None,
        flow_no: None,
        signature_sha256: None,
        reason: Some(reason.to_owned()),
    };
    append_sign_row(
        &mut tx,
        core,
        actor,
        hearing_id,
        EntryKind::SignatureRefused,
        &text,
        &payload,
    )
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "minutes.signature_refused",
            entity_type: "hearing",
            entity_id: Some(hearing_id.to_owned()),
            summary: text,
        },
    )
    .await?;
    let s = state(&mut tx, core, actor, hearing_id).await?;
    tx.commit().await?;
    Ok(view(hearing_id, &s))
}

/// Locks the minutes once everyone required has signed or refused the current
/// read-back; the hearing is concluded.
pub async fn lock_minutes(core: &Core, actor: &Actor, hearing_id: &str) -> Result<ReadBack> {
    hearings::require_hearing_staff(actor)?;
    let mut tx = core.begin_write().await?;
    open_hearing(&mut tx, hearing_id).await?;
    let s = state(&mut tx, core, actor, hearing_id).await?;
    let v = view(hearing_id, &s);
    if !v.closing_started {
        return Err(Error::precondition(
            "closing_not_started",
            "闭庭后才能锁定笔录",
        ));
    }
    let missing: Vec<&str> = v
        .signers
        .iter()
        .filter(|x| matches!(x.state, SignerState::Pending | SignerState::Stale))
        .map(|x| x.name.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(Error::precondition(
            "signatures_missing",
            format!("以下人员尚未签名或记明拒签：{}", missing.join("、")),
        ));
    }
    let count = |st| v.signers.iter().filter(|x| x.state == st).count();
    let payload = LockPayload {
        minutes_hash: s.hash.clone(),
        signed: count(SignerState::Signed),
        refused: count(SignerState::Refused),
    };
    let payload_json =
        serde_json::to_string(&payload).map_err(|e| Error::internal(e.to_string()))?;
    let text = format!(
        "笔录经宣读，{} 人签名，{} 人拒签，笔录锁定",
        payload.signed, payload.refused
    );
    append(
        &mut tx,
        core,
        actor,
        NewRow {
            hearing_id,
            kind: EntryKind::Lock,
            refers_to: None,
            stage: Stage::Closing,
            speaker_role: None,
            speaker_label: "",
            text: &text,
            recording_offset_s: None,
            payload: Some(&payload_json),
        },
    )
    .await?;
    sqlx::query("UPDATE hearings SET status = 'concluded', updated_at = ? WHERE id = ?")
        .bind(to_rfc3339(core.now()))
        .bind(hearing_id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "minutes.locked",
            entity_type: "hearing",
            entity_id: Some(hearing_id.to_owned()),
            summary: format!("{text}（SHA-256 {}）", &s.hash[..16]),
        },
    )
    .await?;
    let s = state(&mut tx, core, actor, hearing_id).await?;
    tx.commit().await?;
    Ok(view(hearing_id, &s))
}
