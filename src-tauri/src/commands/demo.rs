//! The demo-data command (演示数据): the administrator loads the demo year into an
//! empty database from the menu.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::demo::{self, DemoSummary};

#[tauri::command]
pub async fn load_demo_data(state: State<'_, AppState>) -> Reply<DemoSummary> {
    demo::load_demo_data(state.core()?, &state.actor().await?).await
}
