//! ASF's command line and environment, read as ASF 6.3.9 reads them (`Program.cs`): the
//! environment first (`ASF_PATH`, `ASF_CRYPTKEY`, `ASF_CRYPTKEY_FILE`, `ASF_NETWORK_GROUP`),
//! then `ASF_ARGS` split on white space, then the arguments, each later source over the
//! earlier. Names match in any case; the four arguments with a value take it from the next
//! argument or after `=`. An argument nobody knows is a warning, not an error.
//!
//! This project's own arguments (the simulated Steam network, `--help`) follow the same rules.

use std::path::{Path, PathBuf};

use crate::core::Options;
use crate::core::texts;

/// The environment variables ASF reads.
pub const ENV_ARGS: &str = "ASF_ARGS";
pub const ENV_PATH: &str = "ASF_PATH";
pub const ENV_CRYPTKEY: &str = "ASF_CRYPTKEY";
pub const ENV_CRYPTKEY_FILE: &str = "ASF_CRYPTKEY_FILE";
pub const ENV_NETWORK_GROUP: &str = "ASF_NETWORK_GROUP";
/// This project's own: the scenario file of the simulated Steam network (`--scenario`).
pub const ENV_SCENARIO: &str = "ASF_IPC_SCENARIO";

/// What the command line asks for, beyond the [`Options`] it sets.
#[derive(Debug)]
pub struct CommandLine {
    pub options: Options,
    /// `--help`: print the usage and end.
    pub help: bool,
    /// `--input-cryptkey`: ask for the crypt key on standard input before starting.
    pub input_cryptkey: bool,
    /// Arguments nobody knows, for one `WARN` line each (`Unknown command-line argument: …`).
    pub unknown: Vec<String>,
    /// ASF's arguments that mean nothing on this platform or in this project, accepted and
    /// named in one `INFO` line.
    pub ignored: Vec<&'static str>,
}

/// Why the command line cannot be used; `Display` is ASF's text. The process then ends with
/// exit code 1, as ASF does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandLineError {
    /// A crypt key file that does not exist or cannot be read.
    CryptKeyFileInvalid(String),
    /// A crypt key file that is empty.
    CryptKeyFileEmpty,
    /// A `--path` that is not a directory that can be used.
    PathInvalid(String),
    /// A value of this project's own arguments that is not a number.
    NotANumber(&'static str, String),
}

impl std::fmt::Display for CommandLineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::CryptKeyFileInvalid(cause) => {
                write!(f, "{} ({cause})", texts::invalid("cryptKeyFile"))
            }
            Self::CryptKeyFileEmpty => f.write_str(&texts::empty("cryptKeyFile")),
            Self::PathInvalid(cause) => write!(f, "{} ({cause})", texts::invalid("path")),
            Self::NotANumber(name, value) => write!(f, "{name}: {value} is not a positive number"),
        }
    }
}

/// The arguments that take a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Valued {
    CryptKey,
    CryptKeyFile,
    NetworkGroup,
    Path,
    SimulationSpeed,
    SimulationSeed,
    Scenario,
}

impl Valued {
    /// Names as written with `=`, in upper case, longest first where one is a prefix of
    /// another (`--CRYPTKEY-FILE=` before `--CRYPTKEY=`).
    const ALL: [(&'static str, Valued); 7] = [
        ("--CRYPTKEY-FILE", Valued::CryptKeyFile),
        ("--NETWORK-GROUP", Valued::NetworkGroup),
        ("--CRYPTKEY", Valued::CryptKey),
        ("--PATH", Valued::Path),
        ("--SIMULATION-SPEED", Valued::SimulationSpeed),
        ("--SIMULATION-SEED", Valued::SimulationSeed),
        ("--SCENARIO", Valued::Scenario),
    ];

    fn named(upper: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == upper).map(|(_, v)| *v)
    }

    /// `--NAME=value` (name in any case) with a non-empty value.
    fn inline(arg: &str) -> Option<(Self, &str)> {
        Self::ALL.iter().find_map(|(name, valued)| {
            let prefix_len = name.len() + 1;
            let head = arg.get(..prefix_len)?;
            let value = &arg[prefix_len..];
            (head.eq_ignore_ascii_case(&format!("{name}=")) && !value.is_empty())
                .then_some((*valued, value))
        })
    }
}

/// ASF's flags that mean nothing here, with why, for the `INFO` line.
const IGNORED_FLAGS: &[&str] = &[
    "--IGNORE-UNSUPPORTED-ENVIRONMENT",
    "--MINIMIZED",
    "--NO-CONFIG-MIGRATE",
    "--SYSTEM-REQUIRED",
];

/// Reads the environment (through `env`, so tests need not change the process's) and the
/// arguments (without the program name); relative paths are taken from `cwd`.
pub fn parse(
    env: impl Fn(&str) -> Option<String>,
    args: &[String],
    cwd: &Path,
) -> Result<CommandLine, CommandLineError> {
    let env = |name: &str| env(name).filter(|v| !v.is_empty());
    let mut reader = Reader {
        cwd: cwd.to_path_buf(),
        root: None,
        crypt_key: None,
        line: CommandLine {
            options: Options::new(cwd),
            help: false,
            input_cryptkey: false,
            unknown: Vec::new(),
            ignored: Vec::new(),
        },
    };
    if let Some(path) = env(ENV_PATH) {
        reader.apply(Valued::Path, &path)?;
    }
    if let Some(key) = env(ENV_CRYPTKEY) {
        reader.apply(Valued::CryptKey, &key)?;
    }
    if let Some(file) = env(ENV_CRYPTKEY_FILE) {
        reader.apply(Valued::CryptKeyFile, &file)?;
    }
    if let Some(group) = env(ENV_NETWORK_GROUP) {
        reader.apply(Valued::NetworkGroup, &group)?;
    }
    if let Some(scenario) = env(ENV_SCENARIO) {
        reader.apply(Valued::Scenario, &scenario)?;
    }
    if let Some(asf_args) = env(ENV_ARGS) {
        let split: Vec<String> = asf_args.split_whitespace().map(str::to_string).collect();
        reader.read(&split)?;
    }
    reader.read(args)?;
    let Reader {
        root,
        crypt_key,
        mut line,
        ..
    } = reader;
    if let Some(root) = root {
        line.options.root = root;
    }
    if let Some(key) = crypt_key {
        line.options.crypt_key = key.into_bytes();
    }
    Ok(line)
}

struct Reader {
    cwd: PathBuf,
    root: Option<PathBuf>,
    crypt_key: Option<String>,
    line: CommandLine,
}

impl Reader {
    /// One source of arguments (`ASF_ARGS` or the command line). A value awaited at its end is
    /// forgotten, as in ASF.
    fn read(&mut self, args: &[String]) -> Result<(), CommandLineError> {
        let mut awaiting: Option<Valued> = None;
        for arg in args {
            if let Some(valued) = awaiting.take() {
                self.apply(valued, arg)?;
                continue;
            }
            let upper = arg.to_ascii_uppercase();
            if let Some(valued) = Valued::named(&upper) {
                awaiting = Some(valued);
                continue;
            }
            let options = &mut self.line.options;
            match upper.as_str() {
                "--HELP" | "-H" => self.line.help = true,
                "--INPUT-CRYPTKEY" => self.line.input_cryptkey = true,
                "--NO-CONFIG-WATCH" => options.config_watch = false,
                "--CONFIG-WATCH-POLL" => options.config_watch_poll = true,
                "--NO-RESTART" => options.restart_allowed = false,
                "--SERVICE" => options.service = true,
                "--NO-STEAM-PARENTAL-GENERATION" => options.steam_parental_generation = false,
                flag if IGNORED_FLAGS.contains(&flag) => {
                    let known = IGNORED_FLAGS.iter().find(|f| **f == flag);
                    if let Some(known) = known
                        && !self.line.ignored.contains(known)
                    {
                        self.line.ignored.push(known);
                    }
                }
                _ => match Valued::inline(arg) {
                    Some((valued, value)) => self.apply(valued, value)?,
                    None => self.line.unknown.push(arg.clone()),
                },
            }
        }
        Ok(())
    }

    fn apply(&mut self, valued: Valued, value: &str) -> Result<(), CommandLineError> {
        match valued {
            Valued::CryptKey => self.crypt_key = Some(value.to_string()),
            Valued::CryptKeyFile => self.crypt_key = Some(read_key_file(&self.cwd, value)?),
            Valued::NetworkGroup => self.line.options.network_group = Some(value.to_string()),
            Valued::Path => {
                let path = self.cwd.join(expand_home(value));
                if path.exists() && !path.is_dir() {
                    return Err(CommandLineError::PathInvalid(format!(
                        "{} is not a directory",
                        path.display()
                    )));
                }
                // Later relative paths (a crypt key file, a second `--path`) are read from
                // here, as ASF changes its current directory.
                self.cwd = path.clone();
                self.root = Some(path);
            }
            Valued::SimulationSpeed => {
                self.line.options.simulation_speed = value
                    .parse::<f64>()
                    .ok()
                    .filter(|s| s.is_finite() && *s > 0.0)
                    .ok_or(CommandLineError::NotANumber(
                        "--simulation-speed",
                        value.to_string(),
                    ))?;
            }
            Valued::Scenario => {
                self.line.options.scenario_file = Some(self.cwd.join(expand_home(value)));
            }
            Valued::SimulationSeed => {
                self.line.options.simulation_seed = value.parse::<u64>().map_err(|_| {
                    CommandLineError::NotANumber("--simulation-seed", value.to_string())
                })?;
            }
        }
        Ok(())
    }
}

/// The whole file is the key, as ASF reads it; a trailing line break (as editors leave one)
/// is not part of it.
fn read_key_file(cwd: &Path, path: &str) -> Result<String, CommandLineError> {
    let path = cwd.join(expand_home(path));
    let key = std::fs::read_to_string(&path)
        .map_err(|e| CommandLineError::CryptKeyFileInvalid(format!("{}: {e}", path.display())))?;
    let key = key.trim_end_matches(['\r', '\n']);
    if key.is_empty() {
        return Err(CommandLineError::CryptKeyFileEmpty);
    }
    Ok(key.to_string())
}

/// `~` is the home directory, as ASF replaces it.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix('~'), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest.trim_start_matches(['/', '\\'])),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_with(env: &[(&str, &str)], args: &[&str]) -> Result<CommandLine, CommandLineError> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        parse(
            |name| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            &args,
            Path::new("/srv"),
        )
    }

    #[test]
    fn value_forms_in_any_case() {
        for args in [
            &["--path", "x"][..],
            &["--path=x"],
            &["--PATH=x"],
            &["--Path", "x"],
        ] {
            let line = parse_with(&[], args).expect("parses");
            assert_eq!(line.options.root, Path::new("/srv/x"), "{args:?}");
        }
    }

    #[test]
    fn a_flag_after_a_valued_name_is_its_value() {
        let line = parse_with(&[], &["--network-group", "--service"]).expect("parses");
        assert_eq!(line.options.network_group.as_deref(), Some("--service"));
        assert!(!line.options.service);
    }

    #[test]
    fn sources_in_asf_order() {
        let line = parse_with(
            &[
                ("ASF_PATH", "/a"),
                ("ASF_ARGS", "  --path=/b   --no-restart "),
            ],
            &["--path", "/c"],
        )
        .expect("parses");
        assert_eq!(line.options.root, Path::new("/c"));
        assert!(!line.options.restart_allowed);
        let line = parse_with(&[("ASF_PATH", "/a"), ("ASF_ARGS", "--path=/b")], &[]).expect("ok");
        assert_eq!(line.options.root, Path::new("/b"));
        // A relative path starts where the one before it led, as ASF changes directory.
        let line = parse_with(&[("ASF_PATH", "a")], &["--path", "b"]).expect("ok");
        assert_eq!(line.options.root, Path::new("/srv/a/b"));
    }

    #[test]
    fn unknown_and_ignored_arguments_do_not_stop_the_start() {
        let line = parse_with(
            &[],
            &[
                "--frobnicate",
                "--system-required",
                "--MINIMIZED",
                "--system-required",
                "--path=",
            ],
        )
        .expect("parses");
        assert_eq!(line.unknown, ["--frobnicate", "--path="]);
        assert_eq!(line.ignored, ["--SYSTEM-REQUIRED", "--MINIMIZED"]);
    }

    #[test]
    fn a_missing_crypt_key_file_is_an_error() {
        let err = parse_with(&[], &["--cryptkey-file=/nonexistent/key"]).expect_err("fails");
        assert!(matches!(err, CommandLineError::CryptKeyFileInvalid(_)));
    }
}
