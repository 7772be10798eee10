//! One error type for the whole core. It crosses IPC as `{code, reason, message, field}`:
//! `code` is a closed set the UI branches on, `reason` a stable key for translations,
//! `message` a Chinese sentence for the user, `field` the input that caused it.
use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The closed set of error kinds. Adding one is a deliberate change to the IPC contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unauthenticated,
    AccountLocked,
    PreconditionFailed,
    IncompatibleDatabase,
    Storage,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "AppError")]
#[error("{code:?}/{reason}: {message}")]
pub struct Error {
    pub code: ErrorCode,
    /// Stable snake_case key, e.g. `mobile_invalid`; the UI translates by it.
    pub reason: String,
    /// Human-readable message in Chinese, safe to show as is.
    pub message: String,
    /// The input field at fault, in the IPC's camelCase naming.
    pub field: Option<String>,
}

impl Error {
    pub fn new(code: ErrorCode, reason: &str, message: impl Into<String>) -> Self {
        Self {
            code,
            reason: reason.to_owned(),
            message: message.into(),
            field: None,
        }
    }

    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_owned());
        self
    }

    pub fn validation(field: &str, reason: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Validation, reason, message).with_field(field)
    }

    pub fn not_found(reason: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::NotFound, reason, message)
    }

    pub fn conflict(field: &str, reason: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Conflict, reason, message).with_field(field)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Forbidden, "forbidden", message)
    }

    pub fn precondition(reason: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::PreconditionFailed, reason, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, "internal", message)
    }

    /// Storage failures are logged in full but shown without SQL or paths.
    pub fn storage(context: &str, source: impl std::fmt::Display) -> Self {
        tracing::error!(context, %source, "storage error");
        Self::new(
            ErrorCode::Storage,
            "storage",
            "数据存储出错，操作未完成，数据未被修改。请重试；如反复出现，请联系管理员。",
        )
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e
            && (db.message().contains("database is locked") || db.message().contains("busy"))
        {
            tracing::warn!(%e, "database busy");
            return Self::new(
                ErrorCode::Storage,
                "database_busy",
                "数据库正忙，操作未完成。请稍后重试。",
            );
        }
        Self::storage("sqlx", e)
    }
}

impl From<sqlx::migrate::MigrateError> for Error {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        Self::storage("migrate", e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Self::storage("io", e)
    }
}
