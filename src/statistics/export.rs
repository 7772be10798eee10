//! Exporting the figures: one table as CSV, or the whole report as XLSX. The file is
//! written off the async runtime into a temporary file beside the target and renamed
//! into place only when complete, so a failed or cancelled export leaves no half file.
mod csv;
mod rows;
mod xlsx;

use super::model::*;
use super::queries::{Scope, gather};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::db::Core;
use crate::error::{Error, Result};
use rows::{CaseRow, PagePlan};
use sqlx::SqliteConnection;
use std::fs::File;
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use time::UtcOffset;
use time::macros::format_description;
use tokio::sync::mpsc;
use uuid::Uuid;

/// About this many cases are read per query (whole days); each page is handed to the
/// writer and reported as progress.
const PAGE: i64 = 2_000;

/// An Excel sheet holds 1,048,576 rows, one of them the header.
const EXCEL_MAX_ROWS: i64 = 1_048_575;

type Progress = Arc<dyn Fn(ExportProgress) + Send + Sync>;

/// Writes the export to `input.path` (absolute; `.csv`/`.xlsx` added when missing) and
/// records it in the audit log. `rows` counts the lines under the header: the
/// organisations plus the total for `by_org`, the cases for `mediation_cases` and for
/// XLSX (its detail sheet). `progress` is called after each page of cases and once at
/// the end.
pub async fn export_statistics(
    core: &Core,
    actor: &Actor,
    input: ExportInput,
    progress: impl Fn(ExportProgress) + Send + Sync + 'static,
) -> Result<ExportResult> {
    let target = target_path(&input.path, input.format)?;
    let progress: Progress = Arc::new(progress);

    // One read transaction: the summary sheets and the detail rows are the same snapshot.
    let mut tx = core.pool().begin().await?;
    let scope = Scope::check(&mut tx, &input.query).await?;
    let content = match (input.format, input.table) {
        (ExportFormat::Csv, ExportTable::ByOrg) => {
            Content::OrgTable(rows::org_lines(&gather(&mut tx, &scope).await?.mediation))
        }
        (ExportFormat::Csv, ExportTable::MediationCases) => Content::CaseTable,
        (ExportFormat::Xlsx, _) => Content::Workbook(
            Box::new(gather(&mut tx, &scope).await?),
            xlsx::Heading {
                org_name: scope.org.as_ref().map(|o| o.name.clone()),
                generated_at: beijing_time(core),
            },
        ),
    };
    let plan = match &content {
        Content::OrgTable(lines) => PagePlan {
            pages: Vec::new(),
            total: lines.len() as i64,
        },
        _ => rows::plan_pages(&mut tx, &scope, PAGE).await?,
    };
    let total = plan.total;
    if matches!(content, Content::Workbook(..)) && total > EXCEL_MAX_ROWS {
        return Err(Error::validation(
            "to",
            "too_many_rows",
            "调解案件超过 Excel 工作表的行数上限（1048575 行），请缩短统计区间或导出 CSV",
        ));
    }

    let temp = TempFile(temp_path(&target));
    let (sender, receiver) = mpsc::channel(2);
    let mut pages = Pages {
        receiver,
        progress: progress.clone(),
        done: 0,
        total,
    };
    let writer_temp = temp.0.clone();
    let writer = tokio::task::spawn_blocking(move || {
        let written = write_file(&writer_temp, &content, &mut pages);
        if written.is_err() {
            let _ = std::fs::remove_file(&writer_temp);
        }
        written
    });
    let produced = produce(&mut tx, &scope, &plan.pages, &sender).await;
    if produced.is_ok() {
        let _ = sender.send(Msg::Done).await;
    }
    drop(sender);
    let written = writer.await.map_err(|e| {
        tracing::error!(%e, "export writer failed");
        Error::internal("导出意外中断，未生成文件。请重试。")
    })?;
    // A failed read is the error to report; the writer then stopped without a file.
    produced?;
    tx.commit().await?;
    let rows = written.map_err(|e| write_failed(&e.to_string()))?;

    // The file appears only together with its audit row: rename inside the audit's
    // transaction, and take the file back if the commit fails.
    let mut audit_tx = core.begin_write().await?;
    record(&mut audit_tx, core, actor, &input, &scope, rows).await?;
    temp.persist(&target).await?;
    if let Err(e) = audit_tx.commit().await {
        let _ = tokio::fs::remove_file(&target).await;
        return Err(e.into());
    }
    progress(ExportProgress {
        done: rows,
        total: rows,
    });
    Ok(ExportResult {
        path: target.display().to_string(),
        rows,
    })
}

/// The file being written; removed unless renamed into place, also when the export is
/// dropped half way.
struct TempFile(PathBuf);

impl TempFile {
    async fn persist(mut self, target: &Path) -> Result<()> {
        let temp = std::mem::take(&mut self.0);
        if let Err(e) = tokio::fs::rename(&temp, target).await {
            let _ = tokio::fs::remove_file(&temp).await;
            return Err(write_failed(&e.to_string()));
        }
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.0.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

/// What goes into the file, with what it needs besides the cases.
enum Content {
    OrgTable(Vec<rows::OrgLine>),
    CaseTable,
    Workbook(Box<Statistics>, xlsx::Heading),
}

fn target_path(raw: &str, format: ExportFormat) -> Result<PathBuf> {
    let raw = raw.trim();
    if raw.is_empty() || !Path::new(raw).is_absolute() {
        return Err(Error::validation("path", "required", "请选择保存位置"));
    }
    let ext = match format {
        ExportFormat::Csv => ".csv",
        ExportFormat::Xlsx => ".xlsx",
    };
    Ok(PathBuf::from(if raw.to_lowercase().ends_with(ext) {
        raw.to_owned()
    } else {
        format!("{raw}{ext}")
    }))
}

/// Beside the target, so the final rename stays on one file system.
fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.{}.part", Uuid::now_v7().simple()))
}

fn write_failed(os_error: &str) -> Error {
    Error::validation(
        "path",
        "write_failed",
        format!("无法写入该位置：{os_error}"),
    )
}

fn beijing_time(core: &Core) -> String {
    let offset = UtcOffset::from_hms(8, 0, 0).unwrap_or(UtcOffset::UTC);
    core.now()
        .to_offset(offset)
        .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
        .unwrap_or_default()
}

enum Msg {
    Page(Vec<CaseRow>),
    Done,
}

/// Reads the cases page by page and hands them to the writer. Stops early when the
/// writer has given up (its error is the one reported).
async fn produce(
    conn: &mut SqliteConnection,
    scope: &Scope,
    pages: &[(String, String)],
    sender: &mpsc::Sender<Msg>,
) -> Result<()> {
    for days in pages {
        let page = rows::case_page(conn, scope, days).await?;
        if sender.send(Msg::Page(page)).await.is_err() {
            break;
        }
    }
    Ok(())
}

/// The writer's side of the channel: pages as they come, progress as they are written.
struct Pages {
    receiver: mpsc::Receiver<Msg>,
    progress: Progress,
    done: i64,
    total: i64,
}

impl Pages {
    /// The next page, `None` at the end; an error when the reader stopped before the
    /// end (the file must then not be kept).
    fn next(&mut self) -> io::Result<Option<Vec<CaseRow>>> {
        match self.receiver.blocking_recv() {
            Some(Msg::Page(rows)) => Ok(Some(rows)),
            Some(Msg::Done) => Ok(None),
            None => Err(io::Error::other("export aborted")),
        }
    }

    fn written(&mut self, rows: usize) {
        self.done += rows as i64;
        (self.progress)(ExportProgress {
            done: self.done,
            total: self.total,
        });
    }
}

/// Writes the whole file to `path` and flushes it to disk; returns the rows written.
fn write_file(path: &Path, content: &Content, pages: &mut Pages) -> io::Result<i64> {
    let mut out = BufWriter::new(File::create(path)?);
    let rows = match content {
        Content::OrgTable(lines) => {
            let mut csv = csv::CsvWriter::new(&mut out)?;
            csv.row(&rows::ORG_HEADER)?;
            for l in lines {
                let mut cells = vec![l.name.clone(), l.category.clone()];
                cells.extend(l.counts.iter().map(i64::to_string));
                cells.push(l.rate.map(percent).unwrap_or_default());
                csv.row(&cells)?;
            }
            lines.len() as i64
        }
        Content::CaseTable => {
            let mut csv = csv::CsvWriter::new(&mut out)?;
            csv.row(&rows::CASE_HEADER)?;
            while let Some(page) = pages.next()? {
                for case in &page {
                    csv.row(&case.cells)?;
                }
                pages.written(page.len());
            }
            pages.done
        }
        Content::Workbook(stats, heading) => {
            xlsx::write(&mut out, stats, heading, pages).map_err(io::Error::other)?;
            pages.done
        }
    };
    out.into_inner()?.sync_all()?;
    Ok(rows)
}

/// `75.4%`: one decimal, as in the institute's reports.
fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

async fn record(
    conn: &mut SqliteConnection,
    core: &Core,
    actor: &Actor,
    input: &ExportInput,
    scope: &Scope,
    rows: i64,
) -> Result<()> {
    let (format, table) = match (input.format, input.table) {
        (ExportFormat::Xlsx, _) => ("XLSX", "全部统计表"),
        (ExportFormat::Csv, ExportTable::ByOrg) => ("CSV", "按调解组织"),
        (ExportFormat::Csv, ExportTable::MediationCases) => ("CSV", "调解案件明细"),
    };
    let org = scope
        .org
        .as_ref()
        .map(|o| format!("，{}", o.name))
        .unwrap_or_default();
    audit::record(
        conn,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "statistics.exported",
            entity_type: "statistics",
            entity_id: None,
            summary: format!(
                "导出统计数据（{format}，{table}，{} 至 {}{org}，{rows} 行）",
                scope.from, scope.to
            ),
        },
    )
    .await
}
