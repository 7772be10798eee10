//! Argon2id hashing off the async runtime: a hash takes tens of milliseconds on purpose.
use crate::error::{Error, Result};
use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use std::sync::OnceLock;

pub async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| Error::internal(format!("密码处理失败：{e}")))
    })
    .await
    .map_err(|e| Error::internal(format!("密码处理失败：{e}")))?
}

/// True when `password` matches `stored`. A malformed stored hash never matches.
pub async fn verify(password: String, stored: String) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .map_err(|e| Error::internal(format!("密码处理失败：{e}")))
}

/// Spends the same effort as a real check when the account does not exist, so the
/// response time does not tell whether a user name is taken.
pub async fn verify_against_dummy(password: String) -> Result<()> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let stored = match DUMMY.get() {
        Some(h) => h.clone(),
        None => {
            let h = hash("dummy-password-for-timing".to_owned()).await?;
            DUMMY.get_or_init(|| h).clone()
        }
    };
    verify(password, stored).await.map(|_| ())
}
