//! ASF's log: lines parsed into their fields, and the live `/Api/NLog` websocket as a `Stream`.

use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::{self, Message};

use crate::Error;

/// The severity of a log line, as ASF writes it (`INFO`, `WARN`, …).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LogLevel {
    /// `TRACE` (only with `Debug` on).
    Trace,
    /// `DEBUG`.
    Debug,
    /// `INFO`.
    Info,
    /// `WARN`.
    Warn,
    /// `ERROR`.
    Error,
    /// `FATAL`.
    Fatal,
    /// Anything else, as written (empty for a line not in ASF's layout).
    Other(String),
}

impl LogLevel {
    /// Reads a level as ASF writes it; case is ignored.
    pub fn parse(text: &str) -> Self {
        match text.to_ascii_uppercase().as_str() {
            "TRACE" => LogLevel::Trace,
            "DEBUG" => LogLevel::Debug,
            "INFO" => LogLevel::Info,
            "WARN" => LogLevel::Warn,
            "ERROR" => LogLevel::Error,
            "FATAL" => LogLevel::Fatal,
            _ => LogLevel::Other(text.to_string()),
        }
    }

    /// The level as ASF writes it.
    pub fn as_str(&self) -> &str {
        match self {
            LogLevel::Trace => "TRACE",
            LogLevel::Debug => "DEBUG",
            LogLevel::Info => "INFO",
            LogLevel::Warn => "WARN",
            LogLevel::Error => "ERROR",
            LogLevel::Fatal => "FATAL",
            LogLevel::Other(text) => text,
        }
    }
}

impl std::fmt::Display for LogLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for LogLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One log line, split the way ASF's web UI splits it.
///
/// ASF's layout is `time|process|LEVEL|logger|text`, for example
/// `2026-08-21 22:01:04|ArchiSteamFarm-4242|INFO|ASF|StartInternally() IPC server ready!`; the
/// text may itself contain `|`. A line with fewer fields (a custom NLog layout) keeps
/// everything in [`text`](Self::text) and leaves the other fields empty.
///
/// ```
/// use asf_ipc_client::{LogLevel, LogLine};
///
/// let line = LogLine::parse("2026-08-21 22:01:04|ArchiSteamFarm-4242|INFO|ASF|Main() a|b");
/// assert_eq!(line.time, "2026-08-21 22:01:04");
/// assert_eq!(line.process, "ArchiSteamFarm-4242");
/// assert_eq!(line.level, LogLevel::Info);
/// assert_eq!(line.logger, "ASF");
/// assert_eq!(line.text, "Main() a|b");
/// assert_eq!(line.to_string(), "2026-08-21 22:01:04|ArchiSteamFarm-4242|INFO|ASF|Main() a|b");
///
/// let raw = LogLine::parse("no layout here");
/// assert_eq!((raw.level, raw.text.as_str()), (LogLevel::Other(String::new()), "no layout here"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LogLine {
    /// Local time, `yyyy-MM-dd HH:mm:ss`.
    pub time: String,
    /// `<process name>-<pid>`.
    pub process: String,
    /// Severity.
    pub level: LogLevel,
    /// The logger: `ASF`, or a bot's name.
    pub logger: String,
    /// The message, starting with the method that logged it (`Start() …`).
    pub text: String,
    /// The whole line as received.
    #[serde(skip)]
    pub raw: String,
}

impl LogLine {
    /// Splits `line` into its fields.
    pub fn parse(line: &str) -> Self {
        let fields: Vec<&str> = line.splitn(5, '|').collect();
        match fields.as_slice() {
            [time, process, level, logger, text] => LogLine {
                time: (*time).to_string(),
                process: (*process).to_string(),
                level: LogLevel::parse(level),
                logger: (*logger).to_string(),
                text: (*text).to_string(),
                raw: line.to_string(),
            },
            _ => LogLine {
                time: String::new(),
                process: String::new(),
                level: LogLevel::Other(String::new()),
                logger: String::new(),
                text: line.to_string(),
                raw: line.to_string(),
            },
        }
    }
}

impl std::fmt::Display for LogLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.raw)
    }
}

/// Anything the websocket can run over: a TCP stream, or TLS over one.
pub(crate) trait Io: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Io for T {}

/// The live log from `/Api/NLog`: first the server's recent history (ASF keeps the last 20
/// lines), then every new line as it is logged. Made by
/// [`AsfClient::log_stream`](crate::AsfClient::log_stream).
///
/// The stream ends when the server closes the socket (it does when it stops or restarts).
/// Dropping it closes the connection; [`close`](Self::close) does so politely.
pub struct LogStream {
    socket: WebSocketStream<Box<dyn Io>>,
}

impl std::fmt::Debug for LogStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogStream").finish_non_exhaustive()
    }
}

impl LogStream {
    pub(crate) fn new(socket: WebSocketStream<Box<dyn Io>>) -> Self {
        Self { socket }
    }

    /// Sends a close frame and waits for the server's answer.
    pub async fn close(mut self) -> Result<(), Error> {
        match self.socket.close(None).await {
            Ok(())
            | Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                Ok(())
            }
            Err(e) => Err(Error::transport(e)),
        }
    }
}

/// What each websocket message holds: the envelope with one rendered line as `Result`.
#[derive(Deserialize)]
struct LineEnvelope {
    #[serde(rename = "Result")]
    result: Option<String>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
    #[serde(rename = "Success", default)]
    success: Option<bool>,
}

fn decode(text: &str) -> Result<LogLine, Error> {
    let envelope: LineEnvelope = serde_json::from_str(text).map_err(|e| Error::Decode {
        status: Some(reqwest::StatusCode::SWITCHING_PROTOCOLS),
        reason: format!("log message is not ASF's envelope: {e}"),
    })?;
    match (envelope.success, envelope.result) {
        (Some(false), _) | (_, None) => Err(Error::Api {
            status: reqwest::StatusCode::SWITCHING_PROTOCOLS,
            message: envelope.message.unwrap_or_else(|| "Failed!".to_string()),
            result: None,
        }),
        (_, Some(line)) => Ok(LogLine::parse(&line)),
    }
}

impl Stream for LogStream {
    type Item = Result<LogLine, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            let message = match Pin::new(&mut self.socket).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(message)) => message,
            };
            return Poll::Ready(match message {
                Ok(Message::Text(text)) => Some(decode(text.as_str())),
                // tungstenite answers pings and the closing handshake by itself.
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)) => continue,
                Ok(Message::Close(_)) => None,
                Ok(Message::Binary(_)) => Some(Err(Error::Decode {
                    status: Some(reqwest::StatusCode::SWITCHING_PROTOCOLS),
                    reason: "binary message on the log websocket".to_string(),
                })),
                Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                    None
                }
                Err(e) => Some(Err(Error::transport(e))),
            });
        }
    }
}
