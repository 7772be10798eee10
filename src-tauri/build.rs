/// The commands the app defines, so Tauri generates an `allow-<command>` permission
/// for each and the capability file grants exactly these. Keep in step with
/// `commands::handler()`: a command missing here cannot be called from the UI.
const COMMANDS: &[&str] = &[
    "setup_status",
    "create_first_admin",
    "sign_in",
    "sign_out",
    "current_user",
    "register",
    "list_users",
    "approve_user",
    "change_role",
    "disable_user",
    "enable_user",
    "reset_password",
    "change_own_password",
    "list_audit",
    "verify_audit",
    "app_info",
    "list_calendar_years",
    "calendar_year_days",
    "set_calendar_year",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script");
}
