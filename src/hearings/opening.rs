//! A hearing opens with its first stage: the hearing is then in progress, and so are the
//! cases heard in it (已受理 → 审理中), each with an event on its file.
use crate::actor::Actor;
use crate::cases;
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::Result;
use crate::tribunal::merged_members;
use crate::types::{format_date, shanghai_today};
use sqlx::SqliteConnection;

/// Marks the scheduled hearing `hearing_id` and its accepted cases as in progress.
pub(crate) async fn mark_opened(
    conn: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    hearing_id: &str,
) -> Result<()> {
    let now = to_rfc3339(core.now());
    sqlx::query(
        "UPDATE hearings SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'scheduled'",
    )
    .bind(&now)
    .bind(hearing_id)
    .execute(&mut *conn)
    .await?;
    let (lead, _) = super::head(&mut *conn, hearing_id).await?;
    let mut group = vec![lead.clone()];
    group.extend(merged_members(&mut *conn, &lead).await?);
    let today = format_date(shanghai_today(core.now()));
    for case_id in &group {
        let changed = sqlx::query(
            "UPDATE cases SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'accepted'",
        )
        .bind(&now)
        .bind(case_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if changed > 0 {
            cases::insert_event(
                &mut *conn,
                case_id,
                "hearing_opened",
                &today,
                "开庭审理，案件进入审理中",
                &now,
                &actor.user_id.to_string(),
            )
            .await?;
        }
    }
    Ok(())
}
