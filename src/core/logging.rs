//! ASF's log line layout, written to the console, `log.txt` and live subscribers.
//!
//! Every line is `yyyy-MM-dd HH:mm:ss|<process>-<pid>|LEVEL|<logger>|<Method>() <text>` in local
//! time. The logger name travels as the `logger` key (`ASF` or a bot's name); callers put the
//! method name at the start of the message, because slog cannot know it.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use std::panic::AssertUnwindSafe;

use slog::{Drain, KV, Key, Level, OwnedKVList, Record, o};
use tokio::sync::broadcast;

/// How many lines a slow live subscriber may fall behind before it skips ahead.
const LIVE_BACKLOG: usize = 1024;

/// Where formatted lines go.
pub struct AsfDrain {
    process: String,
    console: bool,
    file: Option<Mutex<File>>,
    // slog wants drains that survive a panic; a broadcast sender holds no invariant a panic
    // could break.
    live: AssertUnwindSafe<broadcast::Sender<Arc<str>>>,
    min_level: Level,
}

/// The handles a process keeps for its logs.
#[derive(Clone)]
pub struct Logs {
    /// Root logger (`logger` = `ASF`).
    pub root: slog::Logger,
    /// Subscribe to receive every line as it is written.
    pub live: broadcast::Sender<Arc<str>>,
}

impl Logs {
    /// Builds the logging pipeline: console when `console`, plus `log.txt` under `dir` when
    /// given (created or truncated, as ASF does at start).
    pub fn new(console: bool, dir: Option<&Path>, debug: bool) -> std::io::Result<Self> {
        let file = match dir {
            Some(dir) => Some(Mutex::new(File::create(dir.join("log.txt"))?)),
            None => None,
        };
        let (live, _) = broadcast::channel(LIVE_BACKLOG);
        let exe = std::env::current_exe().ok();
        let process = exe
            .as_deref()
            .and_then(|p| p.file_stem())
            .and_then(|s| s.to_str())
            .unwrap_or("asf-ipc")
            .to_string();
        let drain = AsfDrain {
            process: format!("{process}-{}", std::process::id()),
            console,
            file,
            live: AssertUnwindSafe(live.clone()),
            min_level: if debug { Level::Trace } else { Level::Debug },
        };
        let root = slog::Logger::root(Arc::new(drain).fuse(), o!("logger" => "ASF"));
        Ok(Self { root, live })
    }

    /// A logger that writes nothing, for code paths that run without a process.
    pub fn discard() -> slog::Logger {
        slog::Logger::root(slog::Discard, o!())
    }
}

/// ASF's level names.
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Critical => "FATAL",
        Level::Error => "ERROR",
        Level::Warning => "WARN",
        Level::Info => "INFO",
        Level::Debug => "DEBUG",
        Level::Trace => "TRACE",
    }
}

/// Collects the `logger` key and renders the remaining keys after the message.
struct Fields {
    logger: Option<String>,
    rest: String,
}

impl slog::Serializer for Fields {
    fn emit_arguments(&mut self, key: Key, val: &std::fmt::Arguments) -> slog::Result {
        if key == "logger" {
            if self.logger.is_none() {
                self.logger = Some(val.to_string());
            }
        } else {
            use std::fmt::Write as _;
            let _ = write!(self.rest, " {key}={val}");
        }
        Ok(())
    }
}

impl Drain for AsfDrain {
    type Ok = ();
    type Err = slog::Never;

    fn log(&self, record: &Record, values: &OwnedKVList) -> Result<(), slog::Never> {
        if !record.level().is_at_least(self.min_level) {
            return Ok(());
        }
        let mut fields = Fields {
            logger: None,
            rest: String::new(),
        };
        // Record keys first: a bot's child logger overrides the root's `ASF`.
        let _ = record.kv().serialize(record, &mut fields);
        let _ = values.serialize(record, &mut fields);
        let line = format!(
            "{}|{}|{}|{}|{}{}",
            chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
            self.process,
            level_name(record.level()),
            fields.logger.as_deref().unwrap_or("ASF"),
            record.msg(),
            fields.rest
        );
        if self.console {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
        }
        if let Some(file) = &self.file
            && let Ok(mut f) = file.lock()
        {
            let _ = writeln!(f, "{line}");
        }
        // Nobody listening is fine.
        let _ = self.live.send(Arc::from(line));
        Ok(())
    }
}
