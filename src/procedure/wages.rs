//! The provincial previous-year average annual wage (Rules Art. 56(2)), kept by admins
//! from official releases; no figures ship with the app.
use super::model::{AverageWage, AverageWageInput};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::types::Money;

pub async fn list_average_wages(core: &Core, _actor: &Actor) -> Result<Vec<AverageWage>> {
    let rows: Vec<(String, i32, i64, String)> = sqlx::query_as(
        "SELECT province, year, amount_fen, source FROM average_wages ORDER BY province, year DESC",
    )
    .fetch_all(core.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(province, year, amount_fen, source)| AverageWage {
            province,
            year,
            amount_fen,
            source,
        })
        .collect())
}

/// Records or corrects one province's figure for one year; audited with the old value.
pub async fn set_average_wage(
    core: &Core,
    actor: &Actor,
    input: AverageWageInput,
) -> Result<AverageWage> {
    actor.require_admin()?;
    let province = input.province.trim();
    if province.is_empty() || province.chars().count() > 20 {
        return Err(Error::validation(
            "province",
            "required",
            "请填写省份（如 甘肃省）",
        ));
    }
    if !(2000..=2100).contains(&input.year) {
        return Err(Error::validation(
            "year",
            "out_of_range",
            "年度应在 2000 至 2100 之间",
        ));
    }
    let amount = Money::parse(&input.amount).map_err(|e| e.with_field("amount"))?;
    if amount.fen() <= 0 {
        return Err(Error::validation(
            "amount",
            "amount_not_positive",
            "金额应大于零",
        ));
    }
    let source = input.source.trim();
    if source.is_empty() {
        return Err(Error::validation(
            "source",
            "required",
            "请注明数据来源（发布机关、文号或网址）",
        ));
    }
    let mut tx = core.begin_write().await?;
    let old: Option<(i64,)> =
        sqlx::query_as("SELECT amount_fen FROM average_wages WHERE province = ? AND year = ?")
            .bind(province)
            .bind(input.year)
            .fetch_optional(&mut *tx)
            .await?;
    sqlx::query(
        "INSERT INTO average_wages (province, year, amount_fen, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (province, year) DO UPDATE SET amount_fen = excluded.amount_fen, source = excluded.source,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(province)
    .bind(input.year)
    .bind(amount.fen())
    .bind(source)
    .bind(to_rfc3339(core.now()))
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "procedure.average_wage_set",
            entity_type: "settings",
            entity_id: None,
            summary: format!(
                "{province}{}年度职工年平均工资设为 {amount}{}（来源：{source}）",
                input.year,
                old.map(|(o,)| format!("，原为 {}", Money::from_fen(o)))
                    .unwrap_or_default()
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(AverageWage {
        province: province.to_owned(),
        year: input.year,
        amount_fen: amount.fen(),
        source: source.to_owned(),
    })
}
