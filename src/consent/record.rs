//! Recording consents, refusals and revocations (append-only, hash-chained), listing
//! them, and checking the chain.
use super::artifact::{artifact, store_artifact};
use super::model::*;
use super::{confirmation, require_recorder, text, trimmed};
use crate::actor::Actor;
use crate::audit::{self, Event, GENESIS, Who};
use crate::cases::{self, CaseFile, CaseStatus, Party, PartySide};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{format_date, parse_date, shanghai_today};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

fn party<'a>(file: &'a CaseFile, id: &str) -> Result<&'a Party> {
    file.parties
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| Error::validation("partyId", "party_not_in_case", "请选择本案当事人"))
}

/// The text `party` is asked to agree to now.
async fn preview_in(
    conn: &mut SqliteConnection,
    file: &CaseFile,
    party: &Party,
    kind: ConsentKind,
    shortened_to_days: Option<u32>,
) -> Result<ConsentPreview> {
    if kind == ConsentKind::ConfirmationSignature {
        let latest = confirmation::latest(conn, &file.summary.id)
            .await?
            .ok_or_else(|| {
                Error::precondition(
                    "confirmation_not_issued",
                    "请先生成简易程序权利义务确认书，再记录签署",
                )
            })?;
        if latest.sha256 != text::sha256_hex(text::confirmation(file).as_bytes()) {
            return Err(Error::precondition(
                "confirmation_stale",
                "案件信息已变化，确认书需要重新生成后再签署",
            ));
        }
        return Ok(ConsentPreview {
            text_sha256: latest.sha256.clone(),
            text: latest.text,
            document_id: Some(latest.id),
        });
    }
    let text = text::statement(file, party, kind, shortened_to_days);
    Ok(ConsentPreview {
        text_sha256: text::sha256_hex(text.as_bytes()),
        text,
        document_id: None,
    })
}

/// The exact text for a party and kind, to show before the party agrees.
pub async fn consent_preview(
    core: &Core,
    _actor: &Actor,
    case_id: &str,
    party_id: &str,
    kind: ConsentKind,
    shortened_to_days: Option<u32>,
) -> Result<ConsentPreview> {
    let mut conn = core.pool().acquire().await?;
    let file = cases::load(&mut conn, case_id).await?;
    let party = party(&file, party_id)?.clone();
    preview_in(&mut conn, &file, &party, kind, shortened_to_days).await
}

fn check_method(input: &ConsentInput) -> Result<()> {
    match input.method {
        ConsentMethod::ESignPlatform if trimmed(&input.method_ref).is_none() => Err(
            Error::validation("methodRef", "required", "请填写电子签名平台的签署流程编号"),
        ),
        ConsentMethod::OralVideo if input.video_offset_s.is_none() => Err(Error::validation(
            "videoOffsetS",
            "required",
            "请填写口头同意在庭审录像中的时间位置",
        )),
        _ => Ok(()),
    }
}

/// The current state of each (party, kind): the latest grant or refusal not revoked.
pub(crate) fn standing(records: &[ConsentRecord]) -> Vec<&ConsentRecord> {
    let mut out: Vec<&ConsentRecord> = Vec::new();
    for r in records
        .iter()
        .filter(|r| r.action != ConsentAction::Revoke && !r.revoked)
    {
        out.retain(|o| !(o.party_id == r.party_id && o.kind == r.kind));
        out.push(r);
    }
    out
}

/// Records a consent, refusal or revocation for a party of the case.
pub async fn record_consent(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: ConsentInput,
) -> Result<ConsentRecord> {
    require_recorder(actor)?;
    let today = shanghai_today(core.now());
    let given_on = parse_date(&input.given_on, "givenOn")?;
    if given_on > today {
        return Err(Error::validation(
            "givenOn",
            "date_in_future",
            "日期不能晚于今天",
        ));
    }
    check_method(&input)?;
    let reason = trimmed(&input.reason);
    if input.action == ConsentAction::Revoke && reason.is_none() {
        return Err(Error::validation(
            "reason",
            "required",
            "撤回同意须写明理由",
        ));
    }
    if input.kind == ConsentKind::DefenseWaiver
        && let Some(days) = input.shortened_to_days
        && !(1..=9).contains(&days)
    {
        return Err(Error::validation(
            "shortenedToDays",
            "out_of_range",
            "缩短后的答辩期应为 1 至 9 日；完全放弃答辩期请不填天数",
        ));
    }
    let artifact = artifact(&input).await?;

    let mut tx = core.begin_write().await?;
    let file = cases::load(&mut tx, case_id).await?;
    if matches!(
        file.summary.status,
        CaseStatus::Closed | CaseStatus::NotAccepted
    ) {
        return Err(Error::precondition(
            "case_not_open",
            "案件已结案或不予受理，不能再记录",
        ));
    }
    if given_on < parse_date(&file.summary.received_on, "receivedOn")? {
        return Err(Error::validation(
            "givenOn",
            "date_too_early",
            "日期不能早于收件日期",
        ));
    }
    let party = party(&file, &input.party_id)?.clone();
    if input.kind == ConsentKind::DefenseWaiver && party.side != PartySide::Respondent {
        return Err(Error::validation(
            "partyId",
            "waiver_not_respondent",
            "放弃或缩短答辩期须由被申请人作出（《劳动人事争议仲裁办案规则》第五十八条）",
        ));
    }
    let existing = list_in(&mut tx, case_id).await?;
    let revoked = match (input.action, trimmed(&input.revokes)) {
        (ConsentAction::Revoke, Some(target)) => {
            let grant = existing
                .iter()
                .find(|r| r.id == target)
                .filter(|r| {
                    r.action == ConsentAction::Grant
                        && !r.revoked
                        && r.party_id == party.id
                        && r.kind == input.kind
                })
                .ok_or_else(|| {
                    Error::validation(
                        "revokes",
                        "nothing_to_revoke",
                        "该当事人没有可撤回的这项同意",
                    )
                })?;
            Some(grant.id.clone())
        }
        (ConsentAction::Revoke, None) => {
            return Err(Error::validation(
                "revokes",
                "required",
                "请选择要撤回的同意记录",
            ));
        }
        (_, _) => None,
    };
    let shortened = if input.kind == ConsentKind::DefenseWaiver {
        input.shortened_to_days
    } else {
        None
    };
    let preview = if input.action == ConsentAction::Revoke {
        // The revocation statement is what the party says now, not the original text.
        let text = format!(
            "{}撤回“{}”。理由：{}",
            party.name,
            input.kind.label_zh(),
            reason.as_deref().unwrap_or_default()
        );
        ConsentPreview {
            text_sha256: text::sha256_hex(text.as_bytes()),
            text,
            document_id: None,
        }
    } else {
        preview_in(&mut tx, &file, &party, input.kind, shortened).await?
    };
    if input.action != ConsentAction::Revoke && preview.text_sha256 != input.text_sha256 {
        return Err(Error::conflict(
            "textSha256",
            "consent_text_changed",
            "确认内容已发生变化，请重新向当事人展示后再记录",
        ));
    }
    let now = to_rfc3339(core.now());
    if let Some(a) = &artifact {
        store_artifact(&mut tx, a, &now).await?;
    }
    let head: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM consents ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
    let (seq, prev_hash) = head.map_or((1, GENESIS.to_owned()), |(s, h)| (s + 1, h));
    let row = ChainRow {
        seq,
        id: Uuid::now_v7().to_string(),
        case_id: case_id.to_owned(),
        party_id: party.id.clone(),
        kind: input.kind.as_str().to_owned(),
        action: input.action.as_str().to_owned(),
        revokes: revoked,
        reason,
        method: input.method.as_str().to_owned(),
        method_ref: trimmed(&input.method_ref),
        video_offset_s: input.video_offset_s.map(i64::from),
        artifact_sha256: artifact.as_ref().map(|a| a.sha256.clone()),
        text_sha256: preview.text_sha256.clone(),
        document_id: preview.document_id.clone(),
        shortened_to_days: shortened.map(i64::from),
        given_on: format_date(given_on),
        recorded_at: now.clone(),
        recorded_by: actor.user_id.to_string(),
        prev_hash,
    };
    let hash = row.hash();
    sqlx::query(
        "INSERT INTO consents (seq, id, case_id, party_id, kind, action, revokes, reason, method, method_ref,
             video_offset_s, artifact_sha256, text, text_sha256, document_id, shortened_to_days, given_on,
             recorded_at, recorded_by, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(row.seq)
    .bind(&row.id)
    .bind(&row.case_id)
    .bind(&row.party_id)
    .bind(&row.kind)
    .bind(&row.action)
    .bind(&row.revokes)
    .bind(&row.reason)
    .bind(&row.method)
    .bind(&row.method_ref)
    .bind(row.video_offset_s)
    .bind(&row.artifact_sha256)
    .bind(&preview.text)
    .bind(&row.text_sha256)
    .bind(&row.document_id)
    .bind(row.shortened_to_days)
    .bind(&row.given_on)
    .bind(&row.recorded_at)
    .bind(&row.recorded_by)
    .bind(&row.prev_hash)
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    if input.kind == ConsentKind::DefenseWaiver {
        defense_event(&mut tx, &file, &row, &party.name, input.action, shortened).await?;
    }
    let verb = match input.action {
        ConsentAction::Grant => "",
        ConsentAction::Refuse => "拒绝",
        ConsentAction::Revoke => "撤回",
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "consent.recorded",
            entity_type: "case",
            entity_id: Some(case_id.to_owned()),
            summary: format!(
                "{}：记录{}{}“{}”（{}，文本哈希 {}）",
                file.summary
                    .case_no
                    .as_deref()
                    .unwrap_or(&file.summary.cause),
                party.name,
                verb,
                input.kind.label_zh(),
                method_zh(input.method),
                &row.text_sha256[..12]
            ),
        },
    )
    .await?;
    let record = list_in(&mut tx, case_id)
        .await?
        .into_iter()
        .find(|r| r.id == row.id)
        .ok_or_else(|| Error::internal("consent row vanished"))?;
    tx.commit().await?;
    Ok(record)
}

fn method_zh(m: ConsentMethod) -> &'static str {
    match m {
        ConsentMethod::ESignPlatform => "电子签名平台",
        ConsentMethod::SignaturePad => "本机签名板手写签名",
        ConsentMethod::PaperScan => "纸质签字扫描件",
        ConsentMethod::OralVideo => "视频庭审中口头表示",
    }
}

/// A waiver shows on the statutory clock (T5): waived, shortened, or withdrawn.
async fn defense_event(
    tx: &mut SqliteConnection,
    file: &CaseFile,
    row: &ChainRow,
    name: &str,
    action: ConsentAction,
    shortened: Option<u32>,
) -> Result<()> {
    let (kind, detail) = match (action, shortened) {
        (ConsentAction::Grant, None) => ("defense_waived", format!("{name}同意放弃答辩期")),
        (ConsentAction::Grant, Some(d)) => (
            "defense_shortened",
            format!("{name}同意将答辩期缩短为 {d} 日"),
        ),
        (ConsentAction::Revoke, _) => (
            "defense_waiver_revoked",
            format!("{name}撤回放弃或缩短答辩期的同意"),
        ),
        (ConsentAction::Refuse, _) => return Ok(()),
    };
    sqlx::query(
        "INSERT INTO case_events (id, case_id, kind, on_date, detail, days, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(&file.summary.id)
    .bind(kind)
    .bind(&row.given_on)
    .bind(detail)
    .bind(shortened.map(i64::from))
    .bind(&row.recorded_at)
    .bind(&row.recorded_by)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

pub(crate) async fn list_in(
    conn: &mut SqliteConnection,
    case_id: &str,
) -> Result<Vec<ConsentRecord>> {
    let rows = sqlx::query(
        "SELECT c.seq, c.id, c.case_id, c.party_id, p.name AS party_name, c.kind, c.action, c.revokes, c.reason,
                c.method, c.method_ref, c.video_offset_s, c.artifact_sha256, c.text, c.text_sha256,
                c.document_id, c.shortened_to_days, c.given_on, c.recorded_at, c.recorded_by,
                u.display_name AS recorded_by_name, c.hash,
                EXISTS (SELECT 1 FROM consents r WHERE r.revokes = c.id) AS revoked
         FROM consents c JOIN parties p ON p.id = c.party_id JOIN users u ON u.id = c.recorded_by
         WHERE c.case_id = ? ORDER BY c.seq",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let action: String = r.try_get("action")?;
            let method: String = r.try_get("method")?;
            let bad = || Error::internal("unknown consent value in storage");
            Ok(ConsentRecord {
                seq: r.try_get("seq")?,
                id: r.try_get("id")?,
                case_id: r.try_get("case_id")?,
                party_id: r.try_get("party_id")?,
                party_name: r.try_get("party_name")?,
                kind: ConsentKind::parse(&kind).ok_or_else(bad)?,
                action: ConsentAction::parse(&action).ok_or_else(bad)?,
                revokes: r.try_get("revokes")?,
                reason: r.try_get("reason")?,
                method: ConsentMethod::parse(&method).ok_or_else(bad)?,
                method_ref: r.try_get("method_ref")?,
                video_offset_s: r
                    .try_get::<Option<i64>, _>("video_offset_s")?
                    .and_then(|v| u32::try_from(v).ok()),
                artifact_sha256: r.try_get("artifact_sha256")?,
                text: r.try_get("text")?,
                text_sha256: r.try_get("text_sha256")?,
                document_id: r.try_get("document_id")?,
                shortened_to_days: r
                    .try_get::<Option<i64>, _>("shortened_to_days")?
                    .and_then(|v| u32::try_from(v).ok()),
                given_on: r.try_get("given_on")?,
                recorded_at: r.try_get("recorded_at")?,
                recorded_by: r.try_get("recorded_by")?,
                recorded_by_name: r.try_get("recorded_by_name")?,
                revoked: r.try_get("revoked")?,
                hash: r.try_get("hash")?,
            })
        })
        .collect()
}

/// The consent history of a case, oldest first; revocations appear as their own rows.
pub async fn list_consents(
    core: &Core,
    _actor: &Actor,
    case_id: &str,
) -> Result<Vec<ConsentRecord>> {
    let mut conn = core.pool().acquire().await?;
    cases::load(&mut conn, case_id).await?;
    list_in(&mut conn, case_id).await
}

/// Walks the whole consent chain; names the first record whose hash or link fails.
pub async fn verify_consents(core: &Core) -> Result<ConsentChainCheck> {
    let mut conn = core.pool().acquire().await?;
    let rows = sqlx::query(
        "SELECT seq, id, case_id, party_id, kind, action, revokes, reason, method, method_ref, video_offset_s,
                artifact_sha256, text, text_sha256, document_id, shortened_to_days, given_on, recorded_at,
                recorded_by, prev_hash, hash
         FROM consents ORDER BY seq",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut expected_prev = GENESIS.to_owned();
    let mut checked = 0;
    for (i, r) in rows.iter().enumerate() {
        let row = ChainRow {
            seq: r.try_get("seq")?,
            id: r.try_get("id")?,
            case_id: r.try_get("case_id")?,
            party_id: r.try_get("party_id")?,
            kind: r.try_get("kind")?,
            action: r.try_get("action")?,
            revokes: r.try_get("revokes")?,
            reason: r.try_get("reason")?,
            method: r.try_get("method")?,
            method_ref: r.try_get("method_ref")?,
            video_offset_s: r.try_get("video_offset_s")?,
            artifact_sha256: r.try_get("artifact_sha256")?,
            text_sha256: r.try_get("text_sha256")?,
            document_id: r.try_get("document_id")?,
            shortened_to_days: r.try_get("shortened_to_days")?,
            given_on: r.try_get("given_on")?,
            recorded_at: r.try_get("recorded_at")?,
            recorded_by: r.try_get("recorded_by")?,
            prev_hash: r.try_get("prev_hash")?,
        };
        let stored_text: String = r.try_get("text")?;
        let stored_hash: String = r.try_get("hash")?;
        let intact = row.seq == i as i64 + 1
            && row.prev_hash == expected_prev
            && row.hash() == stored_hash
            && text::sha256_hex(stored_text.as_bytes()) == row.text_sha256;
        if !intact {
            return Ok(ConsentChainCheck {
                checked,
                broken_at: Some(row.seq),
            });
        }
        expected_prev = stored_hash;
        checked += 1;
    }
    Ok(ConsentChainCheck {
        checked,
        broken_at: None,
    })
}

/// The fields a consent's hash covers, in a fixed order.
struct ChainRow {
    seq: i64,
    id: String,
    case_id: String,
    party_id: String,
    kind: String,
    action: String,
    revokes: Option<String>,
    reason: Option<String>,
    method: String,
    method_ref: Option<String>,
    video_offset_s: Option<i64>,
    artifact_sha256: Option<String>,
    text_sha256: String,
    document_id: Option<String>,
    shortened_to_days: Option<i64>,
    given_on: String,
    recorded_at: String,
    recorded_by: String,
    prev_hash: String,
}

impl ChainRow {
    fn hash(&self) -> String {
        let fields = serde_json::json!([
            self.seq,
            self.id,
            self.case_id,
            self.party_id,
            self.kind,
            self.action,
            self.revokes,
            self.reason,
            self.method,
            self.method_ref,
            self.video_offset_s,
            self.artifact_sha256,
            self.text_sha256,
            self.document_id,
            self.shortened_to_days,
            self.given_on,
            self.recorded_at,
            self.recorded_by,
            self.prev_hash,
        ]);
        text::sha256_hex(fields.to_string().as_bytes())
    }
}
