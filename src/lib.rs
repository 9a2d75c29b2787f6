//! asf-ipc: ArchiSteamFarm's IPC interface, as a library and a server.
//!
//! - [`api`]: the API trait and wire types (checked against `openapi/asf.json`);
//! - [`core`]: the process behind the API (configs, state, logs), free of HTTP;
//! - [`http`]: the front door (listeners, routing, access) and the thin endpoint handlers.

pub mod api;
pub mod core;
pub mod http;
