//! The command line, parsed with lexopt (small, no macros, ripgrep's choice).

use std::ffi::OsString;
use std::path::PathBuf;

use pathway_core::search::{HitKind, SearchQuery, SortBy};

pub const HELP: &str = "\
pathway-cli: Pathway without a window. Prints JSON.

USAGE:
    pathway-cli [OPTIONS] <COMMAND>

COMMANDS:
    data-dir                 Show which data folder is used, and why (opens nothing)
    status                   Open the database (creating it if missing) and describe it
    catalog                  Print the catalog (domains, roles, skills, certifications,
                             training options, exchange rates) with every figure's provenance
    catalog search [TEXT]    Search it; filters:
                               --kind certification|role|domain|skill (repeatable)
                               --domain ID  --level LEVEL  --vendor NAME
                               --min-price USD  --max-price USD  --min-hours N  --max-hours N
                               --sort relevance|cost|hours|level  --limit N
                               --entry-first (entry-level roles and foundational
                               certifications first, as Explore shows a newcomer)
    catalog pay [ROLE]       Each role's pay a month in each country, counted like the user's own
                             pay (as Explore shows it), with what its source counts and where from
    catalog stats            Count the figures that are sourced, estimated or missing
    catalog check            List every broken catalog rule (exit 1 if any)
    roi FILE                 Month-by-month ROI of the move (FILE is JSON; - reads standard input)
    roi --from-cost COST_FILE FILE
                             The same, with the certification cost events added as one-off costs
    cost FILE                Total cost of certifications, with dated cost events
    simulate FILE            Payback (half the cases by, 8 in 10 between) and NPV ranges
    plan schedule FILE       Place milestones on the free weekdays: start, end and exam dates
    plan show                The data folder's active plan, dated, as JSON
    plan pdf --out FILE [--paper a4|letter]
                             Write the active plan as a PDF (the app's Export PDF)
    money certifications [CERT...]
                             Which certification first: the active plan's certifications
                             still to take (or these), side by side, with the verdict

Inputs and outputs are documented, with worked examples, in docs/cli.md.

OPTIONS:
    --data-dir <DIR>    Use this data folder (else PATHWAY_DATA_DIR, else the app's folder)
    --today <DATE>      Take this day (YYYY-MM-DD) as today, for output that does not
                        change from day to day (else the system's date)
    -h, --help          Show this help
    -V, --version       Show the version

The data folder is the one the desktop app uses, so both see the same data.
";

#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Version,
    DataDir,
    Status,
    Catalog,
    CatalogSearch(SearchQuery),
    CatalogPay { role: Option<String> },
    CatalogStats,
    CatalogCheck,
    Roi { input: String, from_cost: Option<String> },
    Cost { input: String },
    PlanSchedule { input: String },
    PlanShow,
    PlanPdf { out: PathBuf, paper: pathway_core::report::Paper },
    Simulate { input: String },
    MoneyCertifications { ids: Vec<String> },
}

#[derive(Debug, PartialEq)]
pub struct Parsed {
    pub command: Command,
    pub data_dir: Option<PathBuf>,
    pub today: Option<chrono::NaiveDate>,
}

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
    use lexopt::prelude::*;

    let mut parser = lexopt::Parser::from_args(args);
    let mut words: Vec<String> = Vec::new();
    let mut data_dir = None;
    let mut today = None;
    let mut query = SearchQuery::default();
    let mut search_flags = false;
    let mut from_cost = None;
    let mut out = None;
    let mut paper = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Parsed { command: Command::Help, data_dir, today }),
            Short('V') | Long("version") => return Ok(Parsed { command: Command::Version, data_dir, today }),
            Long("data-dir") => data_dir = Some(PathBuf::from(value(&mut parser, "data-dir")?)),
            Long("today") => {
                let text = value(&mut parser, "today")?;
                today = Some(
                    chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                        .map_err(|_| format!("--today: expected a date as YYYY-MM-DD, got '{text}'"))?,
                );
            }
            Long("from-cost") => from_cost = Some(value(&mut parser, "from-cost")?),
            Long("out") => out = Some(PathBuf::from(value(&mut parser, "out")?)),
            Long("paper") => {
                let text = value(&mut parser, "paper")?;
                paper =
                    Some(pathway_core::report::Paper::from_code(&text).ok_or_else(|| format!("--paper: '{text}' is not a4 or letter"))?);
            }
            Long("entry-first") => {
                query.prefer_entry = true;
                search_flags = true;
            }
            Long(flag) if is_search_flag(flag) => {
                let flag = flag.to_string();
                let text = value(&mut parser, &flag)?;
                apply_search_flag(&mut query, &flag, &text)?;
                search_flags = true;
            }
            Value(word) => words.push(word.into_string().map_err(|_| "arguments must be valid text".to_string())?),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let command = match command(&words, query, from_cost)? {
        Command::PlanPdf { .. } => {
            Command::PlanPdf { out: out.take().ok_or("'plan pdf' needs --out FILE")?, paper: paper.take().unwrap_or_default() }
        }
        other => other,
    };
    if out.is_some() || paper.is_some() {
        return Err("--out and --paper go with 'plan pdf'".into());
    }
    if search_flags && !matches!(command, Command::CatalogSearch(_)) {
        return Err("search filters go with 'catalog search'".into());
    }
    Ok(Parsed { command, data_dir, today })
}

fn value(parser: &mut lexopt::Parser, name: &str) -> Result<String, String> {
    parser.value().map_err(|e| e.to_string())?.into_string().map_err(|_| format!("--{name}: not valid text"))
}

fn command(words: &[String], mut query: SearchQuery, from_cost: Option<String>) -> Result<Command, String> {
    let word = |i: usize| words.get(i).map(String::as_str);
    if from_cost.is_some() && word(0) != Some("roi") {
        return Err("--from-cost goes with 'roi'".into());
    }
    Ok(match (word(0), word(1)) {
        (Some("roi"), Some(file)) if words.len() == 2 => Command::Roi { input: file.to_string(), from_cost },
        (Some("cost"), Some(file)) if words.len() == 2 => Command::Cost { input: file.to_string() },
        (Some(known @ ("roi" | "cost")), _) => return Err(format!("'{known}' takes one input file (or - for standard input)")),
        (Some("simulate"), Some(file)) if words.len() == 2 => Command::Simulate { input: file.to_string() },
        (Some("simulate"), _) => return Err("'simulate' takes one input file (or - for standard input)".into()),
        (Some("plan"), Some("schedule")) if words.len() == 3 => Command::PlanSchedule { input: words[2].clone() },
        (Some("plan"), Some("schedule")) => return Err("'plan schedule' takes one input file (or - for standard input)".into()),
        (Some("plan"), Some("show")) if words.len() == 2 => Command::PlanShow,
        (Some("plan"), Some("pdf")) if words.len() == 2 => Command::PlanPdf { out: PathBuf::new(), paper: Default::default() },
        (Some("plan"), Some(known @ ("show" | "pdf"))) => return Err(format!("'plan {known}' takes no argument")),
        (Some("plan"), other) => return Err(format!("unknown plan command '{}'", other.unwrap_or(""))),
        (Some("money"), Some("certifications")) => Command::MoneyCertifications { ids: words[2..].to_vec() },
        (Some("money"), other) => return Err(format!("unknown money command '{}'", other.unwrap_or(""))),
        (None, _) | (Some("help"), None) => Command::Help,
        (Some("data-dir"), None) => Command::DataDir,
        (Some("status"), None) => Command::Status,
        (Some("catalog"), None) => Command::Catalog,
        (Some("catalog"), Some("search")) => {
            query.text = words[2..].join(" ");
            Command::CatalogSearch(query)
        }
        (Some("catalog"), Some("pay")) if words.len() <= 3 => Command::CatalogPay { role: words.get(2).cloned() },
        (Some("catalog"), Some("pay")) => return Err("'catalog pay' takes at most one role id".into()),
        (Some("catalog"), Some("stats")) if words.len() == 2 => Command::CatalogStats,
        (Some("catalog"), Some("check")) if words.len() == 2 => Command::CatalogCheck,
        (Some("catalog"), Some(other)) => return Err(format!("unknown catalog command '{other}'")),
        (Some(known @ ("data-dir" | "status" | "help")), Some(extra)) => return Err(format!("'{known}' takes no argument, got '{extra}'")),
        (Some(other), _) => return Err(format!("unknown command '{other}'")),
    })
}

fn is_search_flag(flag: &str) -> bool {
    matches!(flag, "kind" | "domain" | "level" | "vendor" | "min-price" | "max-price" | "min-hours" | "max-hours" | "sort" | "limit")
}

fn apply_search_flag(query: &mut SearchQuery, flag: &str, text: &str) -> Result<(), String> {
    let number = |text: &str| -> Result<f64, String> {
        text.parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .ok_or_else(|| format!("--{flag}: expected a number of 0 or more, got '{text}'"))
    };
    let choice = |text: &str, allowed: &str| -> Result<serde_json::Value, String> {
        Ok(serde_json::Value::String(text.to_string()))
            .and_then(|v| if allowed.split('|').any(|a| a == text) { Ok(v) } else { Err(()) })
            .map_err(|_| format!("--{flag}: expected one of {allowed}, got '{text}'"))
    };
    match flag {
        "kind" => query.kinds.push(serde_json::from_value::<HitKind>(choice(text, "certification|role|domain|skill")?).expect("checked")),
        "domain" => query.domain = Some(text.to_string()),
        "level" => query.level = Some(text.to_string()),
        "vendor" => query.vendor = Some(text.to_string()),
        "min-price" => query.min_price_usd = Some(number(text)?),
        "max-price" => query.max_price_usd = Some(number(text)?),
        "min-hours" => query.min_hours = Some(number(text)?),
        "max-hours" => query.max_hours = Some(number(text)?),
        "sort" => query.sort = serde_json::from_value::<SortBy>(choice(text, "relevance|cost|hours|level")?).expect("checked"),
        "limit" => {
            query.limit = Some(
                text.parse::<usize>()
                    .ok()
                    .filter(|n| (1..=10_000).contains(n))
                    .ok_or_else(|| format!("--limit: expected a whole number from 1 to 10000, got '{text}'"))?,
            )
        }
        _ => unreachable!("is_search_flag lists the flags"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Parsed, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn no_arguments_shows_help() {
        assert_eq!(parse_str(&[]).unwrap().command, Command::Help);
    }

    #[test]
    fn commands_and_the_data_dir_flag_parse_in_any_order() {
        let a = parse_str(&["--data-dir", "/d", "status"]).unwrap();
        let b = parse_str(&["status", "--data-dir=/d"]).unwrap();
        assert_eq!(a, Parsed { command: Command::Status, data_dir: Some("/d".into()), today: None });
        assert_eq!(a, b);
    }

    #[test]
    fn unknown_commands_and_flags_are_refused_by_name() {
        assert_eq!(parse_str(&["fly"]).unwrap_err(), "unknown command 'fly'");
        assert!(parse_str(&["--fly"]).unwrap_err().contains("--fly"));
        assert!(parse_str(&["status", "extra"]).unwrap_err().contains("extra"));
        assert!(parse_str(&["--data-dir"]).unwrap_err().contains("--data-dir"));
        assert_eq!(parse_str(&["catalog", "dance"]).unwrap_err(), "unknown catalog command 'dance'");
    }

    #[test]
    fn money_certifications_takes_ids_and_today_takes_a_date() {
        let parsed = parse_str(&["money", "certifications", "a", "b", "--today", "2026-12-07"]).unwrap();
        assert_eq!(parsed.command, Command::MoneyCertifications { ids: vec!["a".into(), "b".into()] });
        assert_eq!(parsed.today, Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()));
        assert_eq!(parse_str(&["money", "certifications"]).unwrap().command, Command::MoneyCertifications { ids: vec![] });
        assert!(parse_str(&["--today", "7/12/2026", "status"]).unwrap_err().contains("YYYY-MM-DD"));
        assert_eq!(parse_str(&["money", "talk"]).unwrap_err(), "unknown money command 'talk'");
    }

    #[test]
    fn version_and_help_flags() {
        assert_eq!(parse_str(&["-V"]).unwrap().command, Command::Version);
        assert_eq!(parse_str(&["status", "--help"]).unwrap().command, Command::Help);
    }

    #[test]
    fn roi_and_cost_take_one_file() {
        assert_eq!(parse_str(&["roi", "-"]).unwrap().command, Command::Roi { input: "-".into(), from_cost: None });
        assert_eq!(
            parse_str(&["roi", "--from-cost", "c.json", "r.json"]).unwrap().command,
            Command::Roi { input: "r.json".into(), from_cost: Some("c.json".into()) }
        );
        assert_eq!(parse_str(&["cost", "c.json"]).unwrap().command, Command::Cost { input: "c.json".into() });
        assert_eq!(parse_str(&["plan", "schedule", "-"]).unwrap().command, Command::PlanSchedule { input: "-".into() });
        assert!(parse_str(&["plan", "schedule"]).is_err());
        assert_eq!(parse_str(&["simulate", "s.json"]).unwrap().command, Command::Simulate { input: "s.json".into() });
        assert!(parse_str(&["plan", "draw"]).is_err());
        assert_eq!(parse_str(&["plan", "show"]).unwrap().command, Command::PlanShow);
        assert_eq!(
            parse_str(&["plan", "pdf", "--out", "p.pdf", "--paper", "letter"]).unwrap().command,
            Command::PlanPdf { out: "p.pdf".into(), paper: pathway_core::report::Paper::Letter }
        );
        assert_eq!(
            parse_str(&["plan", "pdf", "--out=p.pdf"]).unwrap().command,
            Command::PlanPdf { out: "p.pdf".into(), paper: pathway_core::report::Paper::A4 }
        );
        assert!(parse_str(&["plan", "pdf"]).unwrap_err().contains("--out"));
        assert!(parse_str(&["plan", "pdf", "--out", "p.pdf", "--paper", "a3"]).unwrap_err().contains("--paper"));
        assert!(parse_str(&["status", "--out", "p.pdf"]).unwrap_err().contains("plan pdf"));
        assert!(parse_str(&["roi"]).unwrap_err().contains("one input file"));
        assert_eq!(parse_str(&["cost", "--from-cost", "x", "y"]).unwrap_err(), "--from-cost goes with 'roi'");
    }

    #[test]
    fn catalog_search_takes_text_and_filters() {
        let parsed = parse_str(&[
            "catalog",
            "search",
            "cloud",
            "security",
            "--vendor",
            "AWS",
            "--max-price",
            "200",
            "--sort",
            "cost",
            "--kind",
            "certification",
        ])
        .unwrap();
        let Command::CatalogSearch(query) = parsed.command else { panic!("not a search") };
        assert_eq!(query.text, "cloud security");
        assert_eq!(query.vendor.as_deref(), Some("AWS"));
        assert_eq!(query.max_price_usd, Some(200.0));
        assert_eq!(query.sort, SortBy::Cost);
        assert_eq!(query.kinds, vec![HitKind::Certification]);
    }

    #[test]
    fn bad_filter_values_name_the_flag_and_what_is_allowed() {
        assert_eq!(
            parse_str(&["catalog", "search", "--max-price", "cheap"]).unwrap_err(),
            "--max-price: expected a number of 0 or more, got 'cheap'"
        );
        assert_eq!(
            parse_str(&["catalog", "search", "--max-hours", "-5"]).unwrap_err(),
            "--max-hours: expected a number of 0 or more, got '-5'"
        );
        assert_eq!(
            parse_str(&["catalog", "search", "--sort", "price"]).unwrap_err(),
            "--sort: expected one of relevance|cost|hours|level, got 'price'"
        );
        assert!(parse_str(&["catalog", "search", "--limit", "0"]).unwrap_err().starts_with("--limit:"));
        assert_eq!(parse_str(&["status", "--vendor", "AWS"]).unwrap_err(), "search filters go with 'catalog search'");
    }
}
