//! ASF's log line layout, written to the console, `log.txt` and live subscribers.
//!
//! Every line is `yyyy-MM-dd HH:mm:ss|<process>-<pid>|LEVEL|<logger>|<Method>() <text>` in local
//! time. The logger name travels as the `logger` key (`ASF` or a bot's name); callers put the
//! method name at the start of the message, because slog cannot know it.
//!
//! Each record is rendered once. The line then goes to stdout, to `log.txt` (the previous run's
//! file is archived under `logs/`, ten kept, as ASF does), into a 20-line history and to live
//! subscribers (the `/Api/NLog` websocket).

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use slog::{Drain, KV, Key, Level, OwnedKVList, Record, o};
use tokio::sync::broadcast;

/// Lines kept for new subscribers, as ASF's `History` target keeps them.
pub(crate) const HISTORY_LINES: usize = 20;
/// Lines a live subscriber may fall behind before it skips ahead.
pub(crate) const LIVE_BACKLOG: usize = 4096;
/// Archived logs kept under `logs/`.
pub(crate) const MAX_ARCHIVES: usize = 10;
/// Name of the current log file in the working directory.
pub(crate) const LOG_FILE: &str = "log.txt";

/// A rendered line and its position in the stream (starting at 1).
pub(crate) type Line = (u64, Arc<str>);

/// The shared state of the pipeline: history, live channel, level.
pub(crate) struct LogHub {
    /// `<process>-<pid>`, the second field of every line.
    process: String,
    history: Mutex<VecDeque<Line>>,
    live: broadcast::Sender<Line>,
    sequence: AtomicU64,
    debug: AtomicBool,
}

impl LogHub {
    fn new(process: String) -> Self {
        Self {
            process,
            history: Mutex::new(VecDeque::with_capacity(HISTORY_LINES)),
            live: broadcast::channel(LIVE_BACKLOG).0,
            sequence: AtomicU64::new(0),
            debug: AtomicBool::new(false),
        }
    }

    /// The history (oldest first) and a receiver of everything after it, taken atomically:
    /// no line is missed and none is delivered twice.
    pub(crate) fn subscribe(&self) -> (Vec<Line>, broadcast::Receiver<Line>) {
        let history = self.history.lock().unwrap_or_else(|e| e.into_inner());
        let receiver = self.live.subscribe();
        (history.iter().cloned().collect(), receiver)
    }

    /// Renders a line in ASF's layout, now, as this process.
    pub(crate) fn format_line(&self, level: Level, logger: &str, text: &str) -> String {
        format!(
            "{}|{}|{}|{logger}|{text}",
            chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
            self.process,
            level_name(level),
        )
    }

    fn publish(&self, line: String) {
        let line: Arc<str> = Arc::from(line);
        let mut history = self.history.lock().unwrap_or_else(|e| e.into_inner());
        let seq = self.sequence.fetch_add(1, Ordering::Relaxed) + 1;
        if history.len() == HISTORY_LINES {
            history.pop_front();
        }
        history.push_back((seq, line.clone()));
        // Never blocks: slow receivers lag behind instead of holding up the writer.
        let _ = self.live.send((seq, line));
    }
}

/// Where formatted lines go.
struct AsfDrain {
    console: bool,
    file: Option<Mutex<File>>,
    // slog wants drains that survive a panic; the hub holds no invariant a panic could break.
    hub: std::panic::AssertUnwindSafe<Arc<LogHub>>,
}

/// The handles a process keeps for its logs.
#[derive(Clone)]
pub struct Logs {
    /// Root logger (`logger` = `ASF`).
    pub root: slog::Logger,
    hub: Arc<LogHub>,
    file: Option<PathBuf>,
}

impl Logs {
    /// Builds the pipeline: console when `console`, plus `log.txt` under `dir` when given (the
    /// previous one is archived first).
    pub fn new(console: bool, dir: Option<&Path>, debug: bool) -> std::io::Result<Self> {
        let (file, path) = match dir {
            Some(dir) => {
                let path = dir.join(LOG_FILE);
                archive_previous(dir, &path);
                (Some(Mutex::new(File::create(&path)?)), Some(path))
            }
            None => (None, None),
        };
        let exe = std::env::current_exe().ok();
        let process = exe
            .as_deref()
            .and_then(|p| p.file_stem())
            .and_then(|s| s.to_str())
            .unwrap_or("asf-ipc")
            .to_string();
        let hub = Arc::new(LogHub::new(format!("{process}-{}", std::process::id())));
        hub.debug.store(debug, Ordering::Relaxed);
        let drain = AsfDrain {
            console,
            file,
            hub: std::panic::AssertUnwindSafe(hub.clone()),
        };
        let root = slog::Logger::root(drain.fuse(), o!("logger" => "ASF"));
        Ok(Self {
            root,
            hub,
            file: path,
        })
    }

    /// History and live lines, for `/Api/NLog`.
    pub(crate) fn hub(&self) -> &Arc<LogHub> {
        &self.hub
    }

    /// `Debug` mode: TRACE lines are written too.
    pub(crate) fn set_debug(&self, debug: bool) {
        self.hub.debug.store(debug, Ordering::Relaxed);
    }

    /// The current log file, if any.
    pub(crate) fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// A page of the log file ([`read_page`]) read on a blocking thread: `Ok(None)` when
    /// there is no file to read or nothing in it; `Err` only when that thread failed.
    pub(crate) async fn page(
        &self,
        count: i64,
        last_at: i64,
    ) -> Result<Option<Page>, tokio::task::JoinError> {
        let Some(path) = self.file().map(Path::to_path_buf) else {
            return Ok(None);
        };
        let page = tokio::task::spawn_blocking(move || read_page(&path, count, last_at)).await?;
        Ok(page.ok().filter(|page| page.total > 0))
    }
}

/// Moves the previous run's `log.txt` to `logs/log.<time>.txt` and keeps the newest ten.
fn archive_previous(dir: &Path, current: &Path) {
    let Ok(meta) = std::fs::metadata(current) else {
        return;
    };
    if meta.len() == 0 {
        return;
    }
    let archive_dir = dir.join("logs");
    if std::fs::create_dir_all(&archive_dir).is_err() {
        return;
    }
    let stamp = meta
        .modified()
        .ok()
        .map(chrono::DateTime::<chrono::Local>::from)
        .unwrap_or_else(chrono::Local::now)
        .format("%Y%m%d-%H%M%S");
    let mut target = archive_dir.join(format!("log.{stamp}.txt"));
    let mut n = 1;
    while target.exists() {
        target = archive_dir.join(format!("log.{stamp}-{n}.txt"));
        n += 1;
    }
    let _ = std::fs::rename(current, &target);
    let Ok(entries) = std::fs::read_dir(&archive_dir) else {
        return;
    };
    let mut archives: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("log.") && n.ends_with(".txt"))
        })
        .collect();
    // Names sort by time.
    archives.sort();
    while archives.len() > MAX_ARCHIVES {
        let _ = std::fs::remove_file(archives.remove(0));
    }
}

/// ASF's level names.
pub(crate) fn level_name(level: Level) -> &'static str {
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
        } else if !is_secret_key(key.as_ref()) {
            use std::fmt::Write as _;
            let _ = write!(self.rest, " {key}={val}");
        }
        Ok(())
    }
}

/// Keys that may carry credentials (dropshot's request records include the URI and headers).
fn is_secret_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.contains("password") || key.contains("authentication") || key == "uri"
}

impl Drain for AsfDrain {
    type Ok = ();
    type Err = slog::Never;

    fn log(&self, record: &Record, values: &OwnedKVList) -> Result<(), slog::Never> {
        let min = if self.hub.debug.load(Ordering::Relaxed) {
            Level::Trace
        } else {
            Level::Debug
        };
        if !record.level().is_at_least(min) {
            return Ok(());
        }
        let mut fields = Fields {
            logger: None,
            rest: String::new(),
        };
        // Record keys first: a bot's child logger overrides the root's `ASF`.
        let _ = record.kv().serialize(record, &mut fields);
        let _ = values.serialize(record, &mut fields);
        let text = format!("{}{}", record.msg(), fields.rest);
        // Bot names, paths and commands come from clients and files: escaped, so that one
        // event is always one line and no text can pose as a line of its own.
        let line = self.hub.format_line(
            record.level(),
            &escape_controls(fields.logger.as_deref().unwrap_or("ASF")),
            &escape_controls(&text),
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
        self.hub.publish(line);
        Ok(())
    }
}

/// `text` with every character [`needs_escape`] names escaped (`\n`, `\r`, `\t`, else `\u{…}`).
pub(crate) fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Characters that could make one logged event look like two, or rearrange what a reader
/// sees: control characters, Unicode's line and paragraph separators (which viewers break
/// lines at) and the bidirectional overrides and isolates (which reorder a line on screen).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// One page of a log file, as `GET /Api/NLog/File` returns it.
#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    pub lines: Vec<String>,
    pub total: usize,
}

/// Reads lines `[max(lastAt - count, 0), lastAt)` of the file, where `lastAt` 0 or past the
/// end means "the end" (ASF's paging). Two streaming passes: one counts lines, one collects
/// the page, so memory stays proportional to the page, not the file.
pub fn read_page(path: &Path, count: i64, last_at: i64) -> std::io::Result<Page> {
    let total = count_lines(File::open(path)?)?;
    let total_i = total as i64;
    let end = if last_at == 0 || last_at > total_i {
        total_i
    } else {
        last_at
    };
    let start = end.saturating_sub(count).max(0);
    let mut lines = Vec::with_capacity((end - start).clamp(0, 4096) as usize);
    let reader = BufReader::new(File::open(path)?);
    for (i, line) in reader.split(b'\n').enumerate() {
        let i = i as i64;
        if i >= end {
            break;
        }
        let line = line?;
        if i >= start {
            let text = String::from_utf8_lossy(&line);
            lines.push(text.strip_suffix('\r').unwrap_or(&text).to_string());
        }
    }
    Ok(Page { lines, total })
}

fn count_lines(mut file: File) -> std::io::Result<usize> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut count = 0;
    let mut last = b'\n';
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        count += buf[..n].iter().filter(|b| **b == b'\n').count();
        last = buf[n - 1];
    }
    if last != b'\n' {
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_controls("plain ü"), "plain ü");
        assert_eq!(
            escape_controls("a\nFORGED|ERROR|ASF|x\r\t\u{1b}[31m"),
            "a\\nFORGED|ERROR|ASF|x\\r\\t\\u{001b}[31m"
        );
        // Separators some viewers break lines at, and overrides that reorder a line on screen.
        assert_eq!(
            escape_controls("a\u{2028}b\u{2029}c\u{202e}d\u{2066}e\u{0085}f"),
            "a\\u{2028}b\\u{2029}c\\u{202e}d\\u{2066}e\\u{0085}f"
        );
    }

    #[test]
    fn paging_like_asf() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("log.txt");
        std::fs::write(&path, "a\nb\r\nc\nd\ne\n").expect("write");
        let page = |count, last_at| read_page(&path, count, last_at).expect("read");
        assert_eq!(page(2, 0).lines, ["d", "e"]);
        assert_eq!(page(2, 0).total, 5);
        assert_eq!(page(2, 3).lines, ["b", "c"]);
        assert_eq!(page(10, 3).lines, ["a", "b", "c"]);
        assert_eq!(page(2, 99).lines, ["d", "e"]);
        assert_eq!(page(i64::from(i32::MAX), 0).lines.len(), 5);
        std::fs::write(&path, "x\ny").expect("write");
        assert_eq!(page(5, 0).lines, ["x", "y"]);
    }

    #[test]
    fn archives_keep_ten() {
        let dir = tempfile::tempdir().expect("dir");
        for i in 0..12 {
            std::fs::create_dir_all(dir.path().join("logs")).expect("logs");
            std::fs::write(
                dir.path().join(format!("logs/log.2000010{i:02}.txt")),
                "old",
            )
            .expect("write");
        }
        std::fs::write(dir.path().join("log.txt"), "previous run\n").expect("write");
        let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
        slog::info!(logs.root, "Test() now");
        let archived = std::fs::read_dir(dir.path().join("logs"))
            .expect("dir")
            .count();
        assert_eq!(archived, MAX_ARCHIVES);
        let current = std::fs::read_to_string(dir.path().join("log.txt")).expect("read");
        assert!(current.ends_with("|INFO|ASF|Test() now\n"), "{current}");
    }

    #[test]
    fn history_and_live_lines_do_not_overlap() {
        let logs = Logs::new(false, None, false).expect("logs");
        for i in 0..25 {
            slog::info!(logs.root, "Test() line {i}");
        }
        slog::trace!(logs.root, "Test() hidden");
        let (history, mut live) = logs.hub().subscribe();
        assert_eq!(history.len(), HISTORY_LINES);
        assert!(history[0].1.ends_with("line 5"));
        slog::info!(logs.root, "Test() after");
        let (seq, line) = live.try_recv().expect("live line");
        assert_eq!(seq, history[HISTORY_LINES - 1].0 + 1);
        assert!(line.ends_with("Test() after"));
        logs.set_debug(true);
        slog::trace!(logs.root, "Test() shown");
        assert!(live.try_recv().expect("trace").1.contains("|TRACE|"));
    }
}
