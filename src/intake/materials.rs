//! The one-time notice of materials (一次性告知, A3) and items supplied later (容后补缺).
use super::load;
use super::model::{IntakeItem, MaterialInput, MaterialStatus};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::required;
use crate::types::{format_date, parse_date, shanghai_today};
use uuid::Uuid;

/// The one-time notice (一次性告知, A3): the whole list of materials at once. Issuing
/// it again is allowed (materials change) but is recorded as a supplementary notice,
/// which rule A3 wants flagged.
pub async fn set_materials(
    core: &Core,
    actor: &Actor,
    id: &str,
    materials: Vec<MaterialInput>,
) -> Result<IntakeItem> {
    if materials.is_empty() {
        return Err(Error::validation(
            "materials",
            "materials_required",
            "请列出所需材料",
        ));
    }
    let today = shanghai_today(core.now());
    let mut rows = Vec::with_capacity(materials.len());
    for (i, m) in materials.iter().enumerate() {
        let f = |name: &str| format!("materials.{i}.{name}");
        let name = required(&m.name, &f("name"), 100, "请填写材料名称")?;
        let due = match (
            m.status,
            m.due_on.as_deref().map(str::trim).filter(|d| !d.is_empty()),
        ) {
            (MaterialStatus::ToSupplement, None) => {
                return Err(Error::validation(
                    &f("dueOn"),
                    "due_required",
                    "容后补缺的材料须写明补交期限",
                ));
            }
            (MaterialStatus::ToSupplement, Some(d)) => {
                let due = parse_date(d, &f("dueOn"))?;
                if due < today {
                    return Err(Error::validation(
                        &f("dueOn"),
                        "date_in_past",
                        "补交期限不能早于今天",
                    ));
                }
                Some(format_date(due))
            }
            (MaterialStatus::Provided, _) => None,
        };
        rows.push((name, m.status, due));
    }
    let mut tx = core.begin_write().await?;
    let item = load(&mut tx, id).await?;
    let again = !item.materials.is_empty();
    sqlx::query("DELETE FROM intake_materials WHERE intake_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let now = to_rfc3339(core.now());
    let today_s = format_date(today);
    for (i, (name, status, due)) in rows.iter().enumerate() {
        let provided = (*status == MaterialStatus::Provided).then_some(today_s.as_str());
        sqlx::query(
            "INSERT INTO intake_materials (id, intake_id, position, name, status, due_on, provided_on, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(id)
        .bind(i as i64 + 1)
        .bind(name)
        .bind(status_str(*status))
        .bind(due)
        .bind(provided)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    let missing: Vec<&str> = rows
        .iter()
        .filter(|r| r.1 == MaterialStatus::ToSupplement)
        .map(|r| r.0.as_str())
        .collect();
    let kind = if again {
        "补充告知（非首次，依一次性告知要求应予说明）"
    } else {
        "一次性告知"
    };
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: if again {
                "intake.materials_renoticed"
            } else {
                "intake.materials_noticed"
            },
            entity_type: "intake",
            entity_id: Some(id.to_owned()),
            summary: format!(
                "{} {kind}：材料 {} 项，容后补缺 {} 项{}",
                item.summary.intake_no,
                rows.len(),
                missing.len(),
                if missing.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", missing.join("、"))
                }
            ),
        },
    )
    .await?;
    let item = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(item)
}

fn status_str(s: MaterialStatus) -> &'static str {
    match s {
        MaterialStatus::Provided => "provided",
        MaterialStatus::ToSupplement => "to_supplement",
    }
}

/// A material to be supplemented was handed in.
pub async fn material_provided(
    core: &Core,
    actor: &Actor,
    material_id: &str,
    on: &str,
) -> Result<IntakeItem> {
    let on = parse_date(on, "providedOn")?;
    if on > shanghai_today(core.now()) {
        return Err(Error::validation(
            "providedOn",
            "date_in_future",
            "补交日期不能晚于今天",
        ));
    }
    let mut tx = core.begin_write().await?;
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT intake_id, name, status FROM intake_materials WHERE id = ?")
            .bind(material_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (intake_id, name, status) =
        row.ok_or_else(|| Error::not_found("material_not_found", "找不到该材料"))?;
    if status == "provided" {
        return Err(Error::precondition("already_provided", "该材料已提供"));
    }
    sqlx::query("UPDATE intake_materials SET status = 'provided', provided_on = ? WHERE id = ?")
        .bind(format_date(on))
        .bind(material_id)
        .execute(&mut *tx)
        .await?;
    let item = load(&mut tx, &intake_id).await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "intake.material_provided",
            entity_type: "intake",
            entity_id: Some(intake_id.clone()),
            summary: format!(
                "{} 补交材料：{name}（{}）",
                item.summary.intake_no,
                format_date(on)
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(item)
}
