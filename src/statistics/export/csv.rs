//! CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel on Chinese
//! Windows reads the file as GBK and garbles it), CRLF line ends, RFC 4180 quoting.
use std::io::{self, Write};

pub struct CsvWriter<W: Write> {
    out: W,
    line: String,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all("\u{feff}".as_bytes())?;
        Ok(Self {
            out,
            line: String::new(),
        })
    }

    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) -> io::Result<()> {
        self.line.clear();
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.line.push(',');
            }
            push_field(&mut self.line, field.as_ref());
        }
        self.line.push_str("\r\n");
        self.out.write_all(self.line.as_bytes())
    }
}

/// Quotes a field holding a comma, quote or line break. A field that a spreadsheet
/// would run as a formula (=, +, -, @ first) gets a leading apostrophe: these files
/// carry names and free text typed by the public.
fn push_field(line: &mut String, raw: &str) {
    let guard = raw.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = raw.contains(['"', ',', '\r', '\n']);
    if quote {
        line.push('"');
    }
    if guard {
        line.push('\'');
    }
    if quote {
        line.push_str(&raw.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(raw);
    }
}
