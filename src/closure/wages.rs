//! The local monthly minimum wage by locality and effective date, kept by admins from
//! official releases (LDMAL Art. 47(1)); no figures ship with the app.
use super::model::{MinimumWage, MinimumWageInput};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::{Money, format_date, parse_date};
use sqlx::SqliteConnection;
use time::Date;

pub async fn list_minimum_wages(core: &Core, _actor: &Actor) -> Result<Vec<MinimumWage>> {
    let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
        "SELECT locality, effective_from, monthly_fen, source FROM minimum_wages
         ORDER BY locality, effective_from DESC",
    )
    .fetch_all(core.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(locality, effective_from, monthly_fen, source)| MinimumWage {
                locality,
                effective_from,
                monthly_fen,
                source,
            },
        )
        .collect())
}

/// Records or corrects one locality's figure from one date; audited with the old value.
pub async fn set_minimum_wage(
    core: &Core,
    actor: &Actor,
    input: MinimumWageInput,
) -> Result<MinimumWage> {
    actor.require_admin()?;
    let locality = input.locality.trim();
    if locality.is_empty() || locality.chars().count() > 40 {
        return Err(Error::validation(
            "locality",
            "required",
            "请填写适用地区（如 庆阳市西峰区）",
        ));
    }
    let from = format_date(parse_date(&input.effective_from, "effectiveFrom")?);
    let amount = Money::parse(&input.amount).map_err(|e| e.with_field("amount"))?;
    if amount.fen() <= 0 {
        return Err(Error::validation(
            "amount",
            "amount_not_positive",
            "金额应大于零",
        ));
    }
    let source = input.source.trim();
    if source.is_empty() || source.chars().count() > 300 {
        return Err(Error::validation(
            "source",
            "required",
            "请注明数据来源（发布机关、文号或网址）",
        ));
    }
    let mut tx = core.begin_write().await?;
    let old: Option<(i64,)> = sqlx::query_as(
        "SELECT monthly_fen FROM minimum_wages WHERE locality = ? AND effective_from = ?",
    )
    .bind(locality)
    .bind(&from)
    .fetch_optional(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO minimum_wages (locality, effective_from, monthly_fen, source, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (locality, effective_from) DO UPDATE SET monthly_fen = excluded.monthly_fen,
             source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(locality)
    .bind(&from)
    .bind(amount.fen())
    .bind(source)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    let was = old
        .map(|(f,)| format!("（原为 {}）", Money::from_fen(f)))
        .unwrap_or_default();
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "settings.minimum_wage",
            entity_type: "settings",
            entity_id: None,
            summary: format!("{locality} 自 {from} 月最低工资标准 {amount}{was}；来源：{source}"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(MinimumWage {
        locality: locality.to_owned(),
        effective_from: from,
        monthly_fen: amount.fen(),
        source: source.to_owned(),
    })
}

/// The figure in force for `locality` on `on`: the latest one effective by then.
pub(super) async fn in_force(
    conn: &mut SqliteConnection,
    locality: &str,
    on: Date,
) -> Result<MinimumWage> {
    let row: Option<(String, i64, String)> = sqlx::query_as(
        "SELECT effective_from, monthly_fen, source FROM minimum_wages
         WHERE locality = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
    )
    .bind(locality)
    .bind(format_date(on))
    .fetch_optional(conn)
    .await?;
    let (effective_from, monthly_fen, source) = row.ok_or_else(|| {
        Error::validation(
            "locality",
            "minimum_wage_missing",
            format!(
                "最低工资标准表中没有「{locality}」在 {} 适用的标准，请管理员先登记",
                format_date(on)
            ),
        )
    })?;
    Ok(MinimumWage {
        locality: locality.to_owned(),
        effective_from,
        monthly_fen,
        source,
    })
}
