//! The forms: 送达回证 (proof of service, CPL Art. 87 by analogy: the recipient writes the
//! date of receipt and signs; that date is the date of service) and the
//! 急难愁盼事项受理转办单 (the intake-and-transfer form of the seed).
use super::chinese::chinese_date;
use super::generate::{ALL_SIDES, Ctx};
use super::model::DocumentKind;
use super::store::{Content, FormRow};
use crate::clock::parse_rfc3339;
use crate::error::{Error, Result};
use crate::intake::{IntakeChannel, IntakeItem, MaterialStatus};
use crate::types::parse_date;
use sqlx::{Row, SqliteConnection};
use time::macros::offset;

fn documents_required() -> Error {
    Error::validation("documentIds", "required", "请选择送达的文书")
}

/// The documents served together, as `1．开庭通知书（案号，内容摘要 …）`; each must be
/// a document of this case, and not itself a proof of service.
async fn served(conn: &mut SqliteConnection, lead: &str, ids: &[String]) -> Result<String> {
    if ids.is_empty() {
        return Err(documents_required());
    }
    let mut lines = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let row = sqlx::query(
            "SELECT title, content, content_sha256 FROM documents
             WHERE id = ? AND case_id = ? AND kind <> 'service_receipt'",
        )
        .bind(id)
        .bind(lead)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| {
            Error::validation(
                "documentIds",
                "document_not_in_case",
                "所选文书不属于本案，或本身是送达回证",
            )
        })?;
        let content: serde_json::Value =
            serde_json::from_str(&row.try_get::<String, _>("content")?)
                .map_err(|e| Error::internal(e.to_string()))?;
        let hash: String = row.try_get("content_sha256")?;
        lines.push(format!(
            "{}．{}（{}，内容摘要 {}）",
            i + 1,
            row.try_get::<String, _>("title")?,
            content["docNo"].as_str().unwrap_or_default(),
            &hash[..16]
        ));
    }
    Ok(lines.join("\n"))
}

pub(super) async fn service_receipt(
    conn: &mut SqliteConnection,
    ctx: &Ctx,
    party: Option<&str>,
    document_ids: &[String],
) -> Result<Content> {
    let p = ctx.party(party, ALL_SIDES)?;
    let documents = served(conn, &ctx.lead.summary.id, document_ids).await?;
    let address = p
        .mailing_address
        .as_deref()
        .or(p.domicile.as_deref())
        .or(p.current_location.as_deref())
        .unwrap_or_default();
    let phone = p
        .mobile
        .as_deref()
        .or(p.phone.as_deref())
        .map(|m| format!("（联系电话 {m}）"))
        .unwrap_or_default();
    let mut c = ctx.content(DocumentKind::ServiceReceipt, &p.name, Vec::new());
    c.doc_no = format!("案号：{}", ctx.doc_no());
    c.table = vec![
        FormRow::new("案由", ctx.lead.summary.cause.clone()),
        FormRow::new("受送达人", format!("{}　{}", p.side.label_zh(), p.name)),
        FormRow::new("送达地址", format!("{address}{phone}")),
        FormRow::new("送达文书名称及文号", documents),
        FormRow::new("送达机关", ctx.commission.clone()),
        FormRow::new(
            "送达方式",
            "□直接送达　□邮寄送达　□电子送达　□留置送达　□委托送达",
        ),
        FormRow::new("签发人", ""),
        FormRow::new("送达人", ""),
        FormRow::tall(
            "受送达人签名或盖章",
            "\n\n　　　　　　　　　　　　　　　　年　　月　　日　　时",
        ),
        FormRow::tall("代收人及代收理由", ""),
        FormRow::tall("备注", ""),
    ];
    c.notes = vec![
        "受送达人应当在本回证上记明收到日期，签名或者盖章；签收日期为送达日期。".to_owned(),
        "受送达人不在的，可交其同住成年家属或者所在单位负责收件的人签收，并在代收人栏注明与受送达人的关系。".to_owned(),
        "受送达人拒绝签收的，送达人应当在备注栏记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所，即视为送达。".to_owned(),
    ];
    Ok(c)
}

fn channel_zh(c: IntakeChannel) -> &'static str {
    match c {
        IntakeChannel::Hotline => "服务热线（“直通车”电话）",
        IntakeChannel::WalkIn => "现场来访",
        IntakeChannel::Online => "网上申请",
    }
}

/// 2026年11月29日 14:30, Beijing time.
fn local_time(rfc3339: &str) -> String {
    parse_rfc3339(rfc3339)
        .map(|t| {
            let t = t.to_offset(offset!(+8));
            format!(
                "{}年{}月{}日 {:02}:{:02}",
                t.year(),
                t.month() as u8,
                t.day(),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_else(|| rfc3339.to_owned())
}

fn date_or_blank(raw: Option<&str>, field: &str) -> Result<String> {
    raw.map(|d| parse_date(d, field).map(chinese_date))
        .transpose()
        .map(Option::unwrap_or_default)
}

pub(super) fn intake_transfer(
    commission: &str,
    item: &IntakeItem,
    received_by: &str,
    today: time::Date,
) -> Result<Content> {
    let s = &item.summary;
    let dash = |v: Option<&String>| v.cloned().unwrap_or_else(|| "—".to_owned());
    let materials = if item.materials.is_empty() {
        "—".to_owned()
    } else {
        item.materials
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let state = match (m.status, &m.due_on, &m.provided_on) {
                    (MaterialStatus::Provided, _, _) | (_, _, Some(_)) => "已提供".to_owned(),
                    (MaterialStatus::ToSupplement, Some(due), None) => {
                        format!("容后补缺，{due} 前补交")
                    }
                    (MaterialStatus::ToSupplement, None, None) => "容后补缺".to_owned(),
                };
                format!("{}．{}（{state}）", i + 1, m.name)
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let follow_up = item
        .notes
        .iter()
        .map(|n| format!("{} {}：{}", local_time(&n.at), n.author, n.text))
        .collect::<Vec<_>>()
        .join("\n");
    let categories = item
        .categories
        .iter()
        .map(|c| c.label_zh())
        .collect::<Vec<_>>()
        .join("；");
    Ok(Content {
        commission: commission.to_owned(),
        title: DocumentKind::IntakeTransfer.title_zh().to_owned(),
        doc_no: format!("编号：{}", s.intake_no),
        addressee: s.handling_unit.clone().unwrap_or_default(),
        body: Vec::new(),
        notes: vec![
            "承办单位应在办理期限内办结并反馈办理结果；需补交的材料容后补缺，不影响受理转办。"
                .to_owned(),
        ],
        date: chinese_date(today),
        copy_to: String::new(),
        signatures: vec![
            format!("受理人：{received_by}"),
            "承办单位签收：　　　　　　　　　　年　　月　　日".to_owned(),
        ],
        table: vec![
            FormRow::new("受理时间", local_time(&s.received_at)),
            FormRow::new("受理渠道", channel_zh(s.channel)),
            FormRow::new("诉求人", s.requester_name.clone()),
            FormRow::new("联系电话", dash(s.requester_mobile.as_ref())),
            FormRow::new("现所在地", dash(item.requester_location.as_ref())),
            FormRow::new("涉及单位", dash(s.employer_name.as_ref())),
            FormRow::new("诉求类别", categories),
            FormRow::tall("诉求事项", s.summary.clone()),
            FormRow::new("申请材料", materials),
            FormRow::new("承办单位", s.handling_unit.clone().unwrap_or_default()),
            FormRow::new(
                "责任人",
                item.responsible_person.clone().unwrap_or_default(),
            ),
            FormRow::new(
                "转办日期",
                date_or_blank(item.transferred_on.as_deref(), "transferredOn")?,
            ),
            FormRow::new("办理期限", date_or_blank(s.due_on.as_deref(), "dueOn")?),
            FormRow::tall("跟踪办理情况", follow_up),
            FormRow::tall("办理结果", item.outcome.clone().unwrap_or_default()),
            FormRow::new(
                "办结日期",
                date_or_blank(item.closed_on.as_deref(), "closedOn")?,
            ),
        ],
    })
}
