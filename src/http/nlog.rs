//! The `/Api/NLog` log stream.
//!
//! A new subscriber gets the 20-line history, then every new line. The log writer never waits
//! for a subscriber: lines go through a bounded broadcast ring, and a subscriber that falls more
//! than its size behind skips ahead, after a marker line saying how many lines it missed. A
//! subscriber whose socket accepts nothing for 30 seconds is dropped.

use std::sync::Arc;
use std::time::Duration;

use dropshot::{WebsocketChannelResult, WebsocketConnection};
use futures::{SinkExt, StreamExt};
use tokio::sync::broadcast::error::RecvError;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role, WebSocketConfig};

use crate::api::GenericResponse;
use crate::core::Asf;
use crate::core::json_text::escape_relaxed;
use crate::core::texts;

/// How long one frame may take to leave before the subscriber is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// A log line as ASF's `NLogController` sends it: serialised by ASF's own serializer, whose
/// escaping is `UnsafeRelaxedJsonEscaping`, not the answers' (see `json_text`).
fn frame(line: &str) -> Message {
    let body = serde_json::to_string(&GenericResponse::ok(line)).unwrap_or_default();
    let body = match escape_relaxed(body.as_bytes()) {
        // Escaping keeps the text UTF-8: it only replaces whole characters with ASCII.
        Some(escaped) => String::from_utf8(escaped).unwrap_or(body),
        None => body,
    };
    Message::Text(body.into())
}

/// Serves one subscriber until it leaves, misbehaves, stalls, or the IPC server stops.
pub(crate) async fn stream(asf: Arc<Asf>, upgraded: WebsocketConnection) -> WebsocketChannelResult {
    // Clients only ever send Close: small read limits; one pending frame at a time.
    let config = WebSocketConfig::default()
        .max_message_size(Some(64 * 1024))
        .max_frame_size(Some(64 * 1024))
        .read_buffer_size(4 * 1024)
        .max_write_buffer_size(1024 * 1024);
    let mut ws =
        WebSocketStream::from_raw_socket(upgraded.into_inner(), Role::Server, Some(config)).await;
    let mut stopping = asf.ipc_stop_watcher();
    let (history, mut live) = asf.logs().hub().subscribe();
    for (_, line) in &history {
        send(&mut ws, frame(line)).await?;
    }
    loop {
        tokio::select! {
            received = live.recv() => match received {
                Ok((_, line)) => send(&mut ws, frame(&line)).await?,
                Err(RecvError::Lagged(missed)) => {
                    let marker = asf.logs().hub().format_line(
                        slog::Level::Warning,
                        "ASF",
                        &format!("OnLogged() {missed} log lines were skipped for this client because it reads too slowly"),
                    );
                    send(&mut ws, frame(&marker)).await?;
                }
                Err(RecvError::Closed) => break,
            },
            incoming = ws.next() => match incoming {
                None | Some(Err(_)) => return Ok(()),
                Some(Ok(Message::Close(_))) => {
                    // tungstenite answers the Close; drive the socket until it finishes.
                    while let Some(Ok(_)) = ws.next().await {}
                    return Ok(());
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(_)) => {
                    let _ = ws
                        .close(Some(CloseFrame {
                            code: CloseCode::Unsupported,
                            reason: texts::NLOG_CLOSE_REASON.into(),
                        }))
                        .await;
                    return Ok(());
                }
            },
            _ = stopping.changed() => break,
        }
    }
    let _ = tokio::time::timeout(
        SEND_TIMEOUT,
        ws.close(Some(CloseFrame {
            code: CloseCode::Normal,
            reason: "".into(),
        })),
    )
    .await;
    Ok(())
}

async fn send<S>(ws: &mut WebSocketStream<S>, message: Message) -> WebsocketChannelResult
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    match tokio::time::timeout(SEND_TIMEOUT, ws.send(message)).await {
        Ok(result) => result.map_err(Into::into),
        Err(_) => Err("subscriber stalled; dropped".into()),
    }
}
