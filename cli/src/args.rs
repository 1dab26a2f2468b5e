//! The command line, parsed with lexopt (small, no macros, ripgrep's choice).

use std::ffi::OsString;
use std::path::PathBuf;

pub const HELP: &str = "\
pathway-cli: Pathway without a window. Prints JSON.

USAGE:
    pathway-cli [OPTIONS] <COMMAND>

COMMANDS:
    data-dir    Show which data folder is used, and why (opens nothing)
    status      Open the database (creating it if missing) and describe it

OPTIONS:
    --data-dir <DIR>    Use this data folder (else PATHWAY_DATA_DIR, else the app's folder)
    -h, --help          Show this help
    -V, --version       Show the version

The data folder is the one the desktop app uses, so both see the same data.
";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    DataDir,
    Status,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Parsed {
    pub command: Command,
    pub data_dir: Option<PathBuf>,
}

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
    use lexopt::prelude::*;

    let mut parser = lexopt::Parser::from_args(args);
    let mut command = None;
    let mut data_dir = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Parsed { command: Command::Help, data_dir }),
            Short('V') | Long("version") => return Ok(Parsed { command: Command::Version, data_dir }),
            Long("data-dir") => data_dir = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Value(value) if command.is_none() => {
                command = Some(match value.to_string_lossy().as_ref() {
                    "data-dir" => Command::DataDir,
                    "status" => Command::Status,
                    "help" => Command::Help,
                    other => return Err(format!("unknown command '{other}'")),
                });
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(Parsed { command: command.unwrap_or(Command::Help), data_dir })
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
        assert_eq!(a, Parsed { command: Command::Status, data_dir: Some("/d".into()) });
        assert_eq!(a, b);
    }

    #[test]
    fn unknown_commands_and_flags_are_refused_by_name() {
        assert_eq!(parse_str(&["fly"]).unwrap_err(), "unknown command 'fly'");
        assert!(parse_str(&["--fly"]).unwrap_err().contains("--fly"));
        assert!(parse_str(&["status", "extra"]).unwrap_err().contains("extra"));
        assert!(parse_str(&["--data-dir"]).unwrap_err().contains("--data-dir"));
    }

    #[test]
    fn version_and_help_flags() {
        assert_eq!(parse_str(&["-V"]).unwrap().command, Command::Version);
        assert_eq!(parse_str(&["status", "--help"]).unwrap().command, Command::Help);
    }
}
