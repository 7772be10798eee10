//! Typesetting with the Typst engine: a template (Typst markup) and the document's data
//! (JSON, read by the template through `sys.inputs.data`) become a PDF. Fonts are the
//! machine's Chinese fonts — 仿宋/宋体/黑体 on Windows, Songti on macOS, Noto CJK on
//! Linux — loaded once; the PDF embeds the subset it uses.
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Font files looked for, in order; each may be a collection (.ttc). Extra directories
/// come from `YUNTING_FONT_DIR`.
const FONT_FILES: &[&str] = &[
    // Windows: the faces of official documents (GB/T 9704).
    "C:/Windows/Fonts/simfang.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    // macOS
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    // Linux (Debian/Ubuntu fonts-noto-cjk, Fedora google-noto-*-cjk)
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/google-noto-serif-cjk-vf-fonts/NotoSerifCJK-VF.ttc",
    "/usr/share/fonts/google-noto-sans-cjk-vf-fonts/NotoSansCJK-VF.ttc",
];

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn font_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = FONT_FILES.iter().map(PathBuf::from).collect();
    if let Some(dir) = std::env::var_os("YUNTING_FONT_DIR")
        && let Ok(entries) = std::fs::read_dir(Path::new(&dir))
    {
        let mut extra: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        extra.sort();
        paths.splice(0..0, extra);
    }
    paths
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = font_paths()
            .into_iter()
            .filter(|p| {
                matches!(
                    p.extension()
                        .and_then(|e| e.to_str())
                        .map(str::to_ascii_lowercase)
                        .as_deref(),
                    Some("ttf" | "ttc" | "otf" | "otc")
                )
            })
            .filter_map(|p| std::fs::read(p).ok())
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

/// Whether a font with Chinese glyphs was found.
pub(crate) fn has_cjk_font() -> bool {
    fonts()
        .fonts
        .iter()
        .any(|f| f.info().coverage.contains('中' as u32))
}

struct DocWorld {
    library: LazyHash<Library>,
    main: Source,
    today: Datetime,
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn describe(errors: &[SourceDiagnostic], source: &Source) -> String {
    errors
        .iter()
        .take(3)
        .map(|e| {
            let line = source
                .range(e.span)
                .and_then(|r| source.lines().byte_to_line(r.start))
                .map(|l| format!("第 {} 行：", l + 1))
                .unwrap_or_default();
            format!("{line}{}", e.message)
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// Typesets `template` with `data` (available as `sys.inputs.data`, a JSON string) to
/// PDF. A template error comes back as a `template_error` with the line and message,
/// never a broken document.
pub(crate) fn render_pdf(
    template: &str,
    data: &serde_json::Value,
    today: time::Date,
) -> Result<Vec<u8>> {
    if !has_cjk_font() {
        return Err(Error::precondition(
            "no_cjk_font",
            "本机未找到中文字体（仿宋、宋体或 Noto CJK），无法生成文书；可用 YUNTING_FONT_DIR 指定字体目录",
        ));
    }
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.to_string().into_value());
    let main = Source::new(
        FileId::new(None, VirtualPath::new("main.typ")),
        template.to_owned(),
    );
    let world = DocWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        today: Datetime::from_ymd(today.year(), today.month() as u8, today.day())
            .ok_or_else(|| Error::internal("date out of range"))?,
        main: main.clone(),
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        Error::validation(
            "template",
            "template_error",
            format!("文书模板有误：{}", describe(&errors, &main)),
        )
    })?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        Error::validation(
            "template",
            "template_error",
            format!("文书无法输出为 PDF：{}", describe(&errors, &main)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_template_error_is_reported_with_its_line_not_a_broken_document() {
        if !has_cjk_font() {
            return; // scripts/deps.sh installs fonts-noto-cjk; nothing to typeset without it.
        }
        let data = serde_json::json!({ "title": "开庭通知书" });
        let ok = render_pdf(
            "#let d = json(bytes(sys.inputs.data))\n= #d.title",
            &data,
            date!(2026 - 11 - 30),
        )
        .expect("renders");
        assert!(ok.starts_with(b"%PDF-"));
        let err = render_pdf(
            "#let d = json(bytes(sys.inputs.data))\n\n#d.no_such_field",
            &data,
            date!(2026 - 11 - 30),
        )
        .unwrap_err();
        assert_eq!(err.reason, "template_error");
        assert!(err.message.contains("第 3 行"), "{}", err.message);
    }
}
