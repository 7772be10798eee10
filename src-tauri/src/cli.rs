//! Command-line options: `--db PATH`, `--backup PATH`, `--help`, `--version`.
use std::path::PathBuf;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub db: Option<PathBuf>,
    pub backup: Option<PathBuf>,
    pub help: bool,
    pub version: bool,
}

pub const HELP: &str = "\
云庭 Yunting — 劳动人事争议仲裁云庭审系统

用法 Usage: yunting [--db PATH] [--backup PATH]

  --db PATH       使用指定的数据库文件（也可用环境变量 YUNTING_DB）
                  Use this database file (or set YUNTING_DB)
  --backup PATH   将数据库一致地备份到 PATH 后退出（应用运行时也可执行）
                  Write a consistent copy of the database to PATH and exit
  --version       显示版本 Show the version
  --help          显示本帮助 Show this help
";

/// Parses the arguments after the program name. Unknown arguments are errors so a
/// typo never silently opens the default database.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f.to_owned(), Some(v.to_owned())),
            None => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .ok_or_else(|| format!("{name} 需要一个路径 / {name} needs a path"))
        };
        match flag.as_str() {
            "--db" => options.db = Some(value("--db")?),
            "--backup" => options.backup = Some(value("--backup")?),
            "--help" | "-h" => options.help = true,
            "--version" | "-V" => options.version = true,
            _ => return Err(format!("未知参数 / unknown argument: {arg}\n\n{HELP}")),
        }
    }
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_both_spellings_of_paths() {
        let o = parse(args(&["--db", "/tmp/a.db", "--backup=/tmp/b.db"])).unwrap();
        assert_eq!(o.db, Some(PathBuf::from("/tmp/a.db")));
        assert_eq!(o.backup, Some(PathBuf::from("/tmp/b.db")));
    }

    #[test]
    fn rejects_unknown_flags_and_missing_values() {
        assert!(parse(args(&["--dv", "x"])).is_err());
        assert!(parse(args(&["--db"])).is_err());
    }
}
