//! Commands of the holiday calendar and the statutory clock.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::calendar::{self, CalendarDay, CalendarYear, CalendarYearInput};
use yunting::deadlines::{self, CaseClock, DeadlineRule, DueItem, EventInput};

#[tauri::command]
pub async fn list_calendar_years(state: State<'_, AppState>) -> Reply<Vec<CalendarYear>> {
    calendar::list_years(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn calendar_year_days(state: State<'_, AppState>, year: i32) -> Reply<Vec<CalendarDay>> {
    calendar::year_days(state.core()?, &state.actor().await?, year).await
}

#[tauri::command]
pub async fn set_calendar_year(
    state: State<'_, AppState>,
    input: CalendarYearInput,
) -> Reply<CalendarYear> {
    calendar::set_year(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn case_clock(state: State<'_, AppState>, case_id: String) -> Reply<CaseClock> {
    deadlines::case_clock(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn due_soon(state: State<'_, AppState>, within_days: u32) -> Reply<Vec<DueItem>> {
    deadlines::due_soon(state.core()?, &state.actor().await?, within_days).await
}

#[tauri::command]
pub async fn record_case_event(
    state: State<'_, AppState>,
    case_id: String,
    input: EventInput,
) -> Reply<()> {
    deadlines::record_event(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn list_deadline_rules(state: State<'_, AppState>) -> Reply<Vec<DeadlineRule>> {
    deadlines::list_rules(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn set_deadline_rule(
    state: State<'_, AppState>,
    rule: DeadlineRule,
) -> Reply<DeadlineRule> {
    deadlines::set_rule(state.core()?, &state.actor().await?, rule).await
}
