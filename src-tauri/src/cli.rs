//! Command-line options: `--db PATH`, `--backup PATH`, `--demo-data`, `--help`,
//! `--version`.
use std::path::{Path, PathBuf};
use yunting::demo::DemoSummary;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub db: Option<PathBuf>,
    pub backup: Option<PathBuf>,
    pub demo_data: bool,
    pub help: bool,
    pub version: bool,
}

pub const HELP: &str = "\
云庭 Yunting — 劳动人事争议仲裁云庭审系统

用法 Usage: yunting [--db PATH] [--backup PATH | --demo-data]

  --db PATH       使用指定的数据库文件（也可用环境变量 YUNTING_DB）
                  Use this database file (or set YUNTING_DB)
  --backup PATH   将数据库一致地备份到 PATH 后退出（应用运行时也可执行）
                  Write a consistent copy of the database to PATH and exit
  --demo-data     向空数据库载入一年的演示数据（含演示账号）后退出；
                  数据库已有数据时拒绝
                  Load a year of demo data (with demo accounts) into an empty
                  database and exit; refused when the database holds data
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
            "--demo-data" if inline.is_none() => options.demo_data = true,
            "--help" | "-h" => options.help = true,
            "--version" | "-V" => options.version = true,
            _ => return Err(format!("未知参数 / unknown argument: {arg}\n\n{HELP}")),
        }
    }
    Ok(options)
}

/// What `--demo-data` prints: the figures and how to sign in, in both languages.
pub fn demo_report(summary: &DemoSummary, db: &Path) -> String {
    let mut out = format!(
        "已载入演示数据 / Demo data loaded: {}\n\
         \x20 调解组织 organisations: {}（调解员 mediators: {}）\n\
         \x20 调解案件 mediation cases: {}（线上 online: {}）\n\
         \x20 急难愁盼事项 intake items: {}\n\
         \x20 仲裁案件 arbitration cases: {}\n\
         \x20 服务人次 services: {}；宣传活动 publicity events: {}\n\
         登录账号 Accounts（密码 password: {}）:\n",
        db.display(),
        summary.organizations,
        summary.mediators,
        summary.mediation_cases,
        summary.online_mediation_cases,
        summary.intake_items,
        summary.cases,
        summary.services,
        summary.publicity_events,
        summary.demo_password,
    );
    let admin = if summary.admin_created {
        "新建 created"
    } else {
        "原有账号，密码不变 existing, password unchanged"
    };
    out.push_str(&format!(
        "  {}  管理员 admin（{admin}）\n",
        summary.admin_username
    ));
    for a in &summary.accounts {
        out.push_str(&format!(
            "  {}  {} {} {}\n",
            a.username,
            a.display_name,
            a.role.label_zh(),
            a.role.as_str()
        ));
    }
    out
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
    fn demo_data_is_a_switch() {
        let o = parse(args(&["--demo-data", "--db", "/tmp/demo.db"])).unwrap();
        assert!(o.demo_data);
        assert_eq!(o.db, Some(PathBuf::from("/tmp/demo.db")));
        assert!(!parse(args(&[])).unwrap().demo_data);
        assert!(parse(args(&["--demo-data=yes"])).is_err());
        assert!(HELP.contains("--demo-data"));
    }

    #[test]
    fn the_demo_report_names_the_password_and_the_accounts() {
        let summary = DemoSummary {
            organizations: 40,
            mediators: 93,
            mediation_cases: 310,
            online_mediation_cases: 81,
            intake_items: 41,
            cases: 27,
            services: 6536,
            publicity_events: 12,
            story_case_id: "x".into(),
            admin_username: "admin".into(),
            admin_created: true,
            demo_password: "Yunting#Demo2026".into(),
            accounts: vec![yunting::demo::DemoAccount {
                username: "clerk.li".into(),
                display_name: "李娜".into(),
                role: yunting::actor::Role::Clerk,
            }],
        };
        let text = demo_report(&summary, Path::new("/tmp/demo.db"));
        for needle in [
            "/tmp/demo.db",
            "调解案件 mediation cases: 310（线上 online: 81）",
            "Yunting#Demo2026",
            "admin  管理员",
            "clerk.li  李娜 书记员 clerk",
        ] {
            assert!(text.contains(needle), "{needle} in {text}");
        }
    }

    #[test]
    fn rejects_unknown_flags_and_missing_values() {
        assert!(parse(args(&["--dv", "x"])).is_err());
        assert!(parse(args(&["--db"])).is_err());
    }
}
