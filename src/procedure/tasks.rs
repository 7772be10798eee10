//! Work a decision leaves for the clerk (inform both parties, Rules Arts. 56, 61):
//! marking it done records who did it and when; it cannot be undone.
use super::{Checklist, checklist_in};
use crate::actor::{Actor, Role};
use crate::audit::{self, Event, Who};
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};

pub async fn complete_task(
    core: &Core,
    actor: &Actor,
    task_id: &str,
    note: &str,
) -> Result<Checklist> {
    if !matches!(actor.role, Role::Clerk | Role::Arbitrator) {
        return Err(Error::forbidden("只有书记员或仲裁员可以办结待办事项"));
    }
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 500 {
        return Err(Error::validation(
            "note",
            "required",
            "请写明如何告知（如：电话告知并短信确认，时间）（不超过 500 字）",
        ));
    }
    let mut tx = core.begin_write().await?;
    let task: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT case_id, done_at FROM case_tasks WHERE id = ?")
            .bind(task_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (case_id, done_at) =
        task.ok_or_else(|| Error::not_found("task_not_found", "没有该待办事项"))?;
    if done_at.is_some() {
        return Err(Error::precondition("task_done", "该待办事项已办结"));
    }
    sqlx::query("UPDATE case_tasks SET done_at = ?, done_by = ?, done_note = ? WHERE id = ?")
        .bind(to_rfc3339(core.now()))
        .bind(actor.user_id.to_string())
        .bind(note)
        .bind(task_id)
        .execute(&mut *tx)
        .await?;
    let title: (String,) = sqlx::query_as("SELECT title FROM case_tasks WHERE id = ?")
        .bind(task_id)
        .fetch_one(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "procedure.task_done",
            entity_type: "case",
            entity_id: Some(case_id.clone()),
            summary: format!("办结待办：{}（{note}）", title.0),
        },
    )
    .await?;
    let list = checklist_in(&mut tx, core, &case_id).await?;
    tx.commit().await?;
    Ok(list)
}
