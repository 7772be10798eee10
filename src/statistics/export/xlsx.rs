//! The workbook: 概览 (key figures with their definitions), 按调解组织, 按类别, 按月 and
//! 调解案件明细. The detail sheet is written in constant-memory mode (rows go to a temp
//! file as they are written), so 100,000 cases do not sit in memory.
use super::Pages;
use super::rows::{CASE_HEADER, ORG_HEADER, org_lines};
use crate::statistics::model::Statistics;
use crate::statistics::queries::{ONLINE_DEFINITION, RATE_DEFINITION};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::io::Write;

/// What the overview names besides the figures.
pub struct Heading {
    pub org_name: Option<String>,
    /// Beijing time, `2026-11-30 09:00`.
    pub generated_at: String,
}

struct Styles {
    bold: Format,
    pct: Format,
    bold_pct: Format,
    wrap: Format,
}

/// Cells longer than this would make Excel refuse the file (its limit is 32,767).
const MAX_CELL: usize = 32_000;

pub fn write(
    out: impl Write + Send,
    stats: &Statistics,
    heading: &Heading,
    pages: &mut Pages,
) -> Result<(), XlsxError> {
    let styles = Styles {
        bold: Format::new().set_bold(),
        pct: Format::new().set_num_format("0.0%"),
        bold_pct: Format::new().set_bold().set_num_format("0.0%"),
        wrap: Format::new().set_text_wrap(),
    };
    let mut book = Workbook::new();
    overview(book.add_worksheet(), stats, heading, &styles)?;
    by_org(book.add_worksheet(), stats, &styles)?;
    by_category(book.add_worksheet(), stats, &styles)?;
    by_month(book.add_worksheet(), stats, &styles)?;
    cases(book.add_worksheet_with_constant_memory()?, pages, &styles)?;
    book.save_to_writer(out)
}

fn header(
    ws: &mut Worksheet,
    titles: &[&str],
    widths: &[f64],
    s: &Styles,
) -> Result<(), XlsxError> {
    for (col, (title, width)) in titles.iter().zip(widths).enumerate() {
        ws.write_string_with_format(0, col as u16, *title, &s.bold)?;
        ws.set_column_width(col as u16, *width)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn number(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    n: i64,
    bold: Option<&Format>,
) -> Result<(), XlsxError> {
    match bold {
        Some(f) => ws.write_number_with_format(row, col, n as f64, f)?,
        None => ws.write_number(row, col, n as f64)?,
    };
    Ok(())
}

fn rate(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    r: Option<f64>,
    f: &Format,
) -> Result<(), XlsxError> {
    if let Some(r) = r {
        ws.write_number_with_format(row, col, r, f)?;
    }
    Ok(())
}

enum Value {
    Text(String),
    Count(i64),
    Rate(Option<f64>),
}

fn overview(ws: &mut Worksheet, st: &Statistics, h: &Heading, s: &Styles) -> Result<(), XlsxError> {
    ws.set_name("概览")?;
    header(ws, &["项目", "数值", "说明"], &[24.0, 24.0, 80.0], s)?;
    let (m, a, i, v, r) = (
        &st.mediation,
        &st.arbitration,
        &st.intake,
        &st.services,
        &st.registry,
    );
    use Value::*;
    let lines: Vec<(&str, Value, &str)> = vec![
        (
            "统计区间",
            Text(format!("{} 至 {}", st.from, st.to)),
            "含起止日期",
        ),
        (
            "调解组织",
            Text(h.org_name.clone().unwrap_or_else(|| "全部".into())),
            "组织筛选只作用于调解数据",
        ),
        ("生成时间", Text(h.generated_at.clone()), "北京时间"),
        (
            "调解案件",
            Count(m.cases),
            "统计期内申请调解的案件（按申请日期）",
        ),
        ("其中：线上", Count(m.online), ONLINE_DEFINITION),
        ("其中：线下", Count(m.offline), ""),
        (
            "调解终结",
            Count(m.concluded),
            "统计期内达成协议或调解不成的案件（按终结日期）",
        ),
        ("达成协议", Count(m.agreements), ""),
        ("调解成功率", Rate(m.success_rate), RATE_DEFINITION),
        (
            "仍在调解中",
            Count(m.open),
            "统计期内申请、至今仍在调解中的案件",
        ),
        ("仲裁案件收件", Count(a.received), "按收件日期"),
        ("仲裁案件结案", Count(a.closed), "按结案日期"),
        (
            "已开庭审理",
            Count(a.heard),
            "统计期内收件、已开庭（含合并审理）的案件",
        ),
        (
            "其中：线上开庭",
            Count(a.heard_online),
            "以线上或线上线下结合方式开庭",
        ),
        (
            "线上开庭占比",
            Rate(a.online_share),
            "线上开庭案件 ÷ 已开庭审理案件",
        ),
        ("受理转办事项", Count(i.received), "按受理日期（北京时间）"),
        ("事项办结", Count(i.closed), "按办结日期"),
        (
            "转为仲裁案件",
            Count(i.converted),
            "统计期内受理、已转为仲裁案件的事项",
        ),
        ("服务人次", Count(v.total), "服务台账登记人次之和"),
        ("宣传活动", Count(v.publicity_events), ""),
        ("宣传活动参与人数", Count(v.publicity_participants), ""),
        (
            "在册调解组织",
            Count(r.organizations),
            "当前登记情况，不限统计区间",
        ),
        ("其中：正常运行", Count(r.active), ""),
        (
            "在册调解员",
            Count(r.mediators),
            "正常运行的调解组织中的在岗调解员",
        ),
    ];
    for (n, (label, value, note)) in lines.into_iter().enumerate() {
        let row = n as u32 + 1;
        ws.write_string(row, 0, label)?;
        match value {
            Text(t) => ws.write_string(row, 1, t).map(|_| ())?,
            Count(c) => number(ws, row, 1, c, None)?,
            Rate(x) => rate(ws, row, 1, x, &s.pct)?,
        }
        if !note.is_empty() {
            ws.write_string_with_format(row, 2, note, &s.wrap)?;
        }
    }
    Ok(())
}

fn by_org(ws: &mut Worksheet, st: &Statistics, s: &Styles) -> Result<(), XlsxError> {
    ws.set_name("按调解组织")?;
    header(
        ws,
        &ORG_HEADER,
        &[30.0, 14.0, 10.0, 8.0, 8.0, 10.0, 10.0, 12.0],
        s,
    )?;
    let lines = org_lines(&st.mediation);
    let last = lines.len();
    for (n, line) in lines.iter().enumerate() {
        let row = n as u32 + 1;
        let total = n + 1 == last;
        let bold = total.then_some(&s.bold);
        match bold {
            Some(f) => ws.write_string_with_format(row, 0, &line.name, f)?,
            None => ws.write_string(row, 0, &line.name)?,
        };
        ws.write_string(row, 1, &line.category)?;
        for (k, c) in line.counts.iter().enumerate() {
            number(ws, row, 2 + k as u16, *c, bold)?;
        }
        rate(
            ws,
            row,
            7,
            line.rate,
            if total { &s.bold_pct } else { &s.pct },
        )?;
    }
    Ok(())
}

fn by_category(ws: &mut Worksheet, st: &Statistics, s: &Styles) -> Result<(), XlsxError> {
    ws.set_name("按类别")?;
    let titles = [
        "类别",
        "调解组织数",
        "受理案件",
        "调解终结",
        "达成协议",
        "调解成功率",
    ];
    header(ws, &titles, &[16.0, 12.0, 10.0, 10.0, 10.0, 12.0], s)?;
    let rows = &st.mediation.by_category;
    for (n, c) in rows.iter().enumerate() {
        let row = n as u32 + 1;
        ws.write_string(row, 0, &c.label)?;
        for (k, v) in [c.organizations, c.cases, c.concluded, c.agreements]
            .into_iter()
            .enumerate()
        {
            number(ws, row, 1 + k as u16, v, None)?;
        }
        rate(ws, row, 5, c.success_rate, &s.pct)?;
    }
    let row = rows.len() as u32 + 1;
    let m = &st.mediation;
    ws.write_string_with_format(row, 0, "合计", &s.bold)?;
    let orgs = rows.iter().map(|c| c.organizations).sum();
    for (k, v) in [orgs, m.cases, m.concluded, m.agreements]
        .into_iter()
        .enumerate()
    {
        number(ws, row, 1 + k as u16, v, Some(&s.bold))?;
    }
    rate(ws, row, 5, m.success_rate, &s.bold_pct)
}

fn by_month(ws: &mut Worksheet, st: &Statistics, s: &Styles) -> Result<(), XlsxError> {
    ws.set_name("按月")?;
    let titles = [
        "月份",
        "调解案件",
        "其中线上",
        "达成协议",
        "仲裁案件收件",
        "受理转办事项",
    ];
    header(ws, &titles, &[10.0, 10.0, 10.0, 10.0, 14.0, 14.0], s)?;
    let mut total = [0i64; 5];
    for (n, m) in st.by_month.iter().enumerate() {
        let row = n as u32 + 1;
        ws.write_string(row, 0, &m.month)?;
        let values = [
            m.mediation_cases,
            m.online,
            m.agreements,
            m.arbitration_cases,
            m.intake_items,
        ];
        for (k, v) in values.into_iter().enumerate() {
            total[k] += v;
            number(ws, row, 1 + k as u16, v, None)?;
        }
    }
    let row = st.by_month.len() as u32 + 1;
    ws.write_string_with_format(row, 0, "合计", &s.bold)?;
    for (k, v) in total.into_iter().enumerate() {
        number(ws, row, 1 + k as u16, v, Some(&s.bold))?;
    }
    Ok(())
}

/// Rows arrive page by page; progress is reported after each page.
fn cases(ws: &mut Worksheet, pages: &mut Pages, s: &Styles) -> Result<(), XlsxError> {
    ws.set_name("调解案件明细")?;
    let widths = [
        22.0, 26.0, 12.0, 10.0, 10.0, 26.0, 9.0, 9.0, 11.0, 11.0, 9.0, 11.0, 12.0, 50.0,
    ];
    header(ws, &CASE_HEADER, &widths, s)?;
    let mut row = 0u32;
    while let Some(page) = pages.next()? {
        for case in &page {
            row += 1;
            for (col, cell) in case.cells.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let text = match cell.char_indices().nth(MAX_CELL) {
                    Some((cut, _)) => &cell[..cut],
                    None => cell.as_str(),
                };
                ws.write_string(row, col as u16, text)?;
            }
        }
        pages.written(page.len());
    }
    ws.autofilter(0, 0, row.max(1), CASE_HEADER.len() as u16 - 1)?;
    Ok(())
}
