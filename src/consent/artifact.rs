//! The evidence file a consent rests on: the signature pad's PNG or a scanned signed
//! form, stored in the database with its SHA-256 (a path is read by the core).
use super::model::{ConsentInput, ConsentMethod};
use super::text;
use super::trimmed;
use crate::error::{Error, Result};
use sqlx::SqliteConnection;

const MAX_SCAN_BYTES: u64 = 20 * 1024 * 1024;
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

pub(super) struct Artifact {
    pub sha256: String,
    mime: &'static str,
    name: String,
    bytes: Vec<u8>,
}

/// The evidence file of the method, if it has one: (sha256, mime, file name, bytes).
pub(super) async fn artifact(input: &ConsentInput) -> Result<Option<Artifact>> {
    match input.method {
        ConsentMethod::SignaturePad => {
            let png = input.signature_png.as_deref().unwrap_or_default();
            if png.len() < 64 || !png.starts_with(PNG_MAGIC) {
                return Err(Error::validation(
                    "signaturePng",
                    "signature_missing",
                    "请当事人在签名板上签名",
                ));
            }
            let hash = text::sha256_hex(png);
            Ok(Some(Artifact {
                sha256: hash,
                mime: "image/png",
                name: "signature.png".into(),
                bytes: png.to_vec(),
            }))
        }
        ConsentMethod::PaperScan => {
            let (name, bytes) = match (&input.scan_bytes, trimmed(&input.scan_path)) {
                (Some(bytes), _) => (
                    trimmed(&input.scan_name).unwrap_or_else(|| "scan".into()),
                    bytes.clone(),
                ),
                (None, Some(path)) => read_scan(&path).await?,
                (None, None) => {
                    return Err(Error::validation(
                        "scanPath",
                        "required",
                        "请选择签字确认书的扫描件",
                    ));
                }
            };
            if bytes.is_empty() || bytes.len() as u64 > MAX_SCAN_BYTES {
                return Err(Error::validation(
                    "scanPath",
                    "scan_size",
                    "扫描件应大于 0 且不超过 20 MB",
                ));
            }
            let mime = scan_mime(&name)?;
            Ok(Some(Artifact {
                sha256: text::sha256_hex(&bytes),
                mime,
                name,
                bytes,
            }))
        }
        ConsentMethod::ESignPlatform | ConsentMethod::OralVideo => Ok(None),
    }
}

fn scan_mime(name: &str) -> Result<&'static str> {
    let ext = name
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Ok("application/pdf"),
        "png" => Ok("image/png"),
        "jpg" | "jpeg" => Ok("image/jpeg"),
        _ => Err(Error::validation(
            "scanPath",
            "scan_type",
            "扫描件应为 PDF、PNG 或 JPG 文件",
        )),
    }
}

async fn read_scan(path: &str) -> Result<(String, Vec<u8>)> {
    let unreadable = || Error::validation("scanPath", "scan_unreadable", "无法读取所选扫描件");
    let path = std::path::PathBuf::from(path);
    let meta = tokio::fs::metadata(&path).await.map_err(|_| unreadable())?;
    if meta.len() > MAX_SCAN_BYTES {
        return Err(Error::validation(
            "scanPath",
            "scan_size",
            "扫描件应大于 0 且不超过 20 MB",
        ));
    }
    let bytes = tokio::fs::read(&path).await.map_err(|_| unreadable())?;
    let name = path
        .file_name()
        .map_or_else(|| "scan".into(), |n| n.to_string_lossy().into_owned());
    Ok((name, bytes))
}

/// Stores the file once; the same bytes (the same hash) are not stored twice.
pub(super) async fn store_artifact(
    tx: &mut SqliteConnection,
    a: &Artifact,
    now: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO consent_artifacts (sha256, mime, file_name, bytes, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(&a.sha256)
    .bind(a.mime)
    .bind(&a.name)
    .bind(&a.bytes)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(())
}
