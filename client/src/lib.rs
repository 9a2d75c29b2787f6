//! A client for ArchiSteamFarm's IPC API, for asf-ipc and for ASF itself.
//!
//! [`AsfClient`] has one typed method per operation of the API, unwraps ASF's
//! `{"Result", "Message", "Success"}` envelope, and reports refusals as an [`Error`] carrying
//! the HTTP status and ASF's `Message`, with wrong passwords, bans and "not allowed from this
//! network" told apart. [`AsfClient::log_stream`] follows the log live. The binary `asfctl`
//! (feature `cli`, on by default) puts all of it on the command line.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let dir = tempfile::tempdir()?;
//! # std::fs::create_dir_all(dir.path().join("config"))?;
//! # std::fs::write(dir.path().join("config/ASF.json"), r#"{"IPCPassword": "secret"}"#)?;
//! # std::fs::write(dir.path().join("config/farmer.json"), r#"{"Enabled": false}"#)?;
//! # let logs = asf_ipc::Logs::new(false, Some(dir.path()), false)?;
//! # let core = std::sync::Arc::new(asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs)?);
//! # core.start();
//! # let server = asf_ipc::IpcServer::start(core, asf_ipc::ListenConfig::http([([127, 0, 0, 1], 0).into()])).await?;
//! # let url = format!("http://{}", server.local_addrs()[0]);
//! use asf_ipc_client::{AsfClient, Error};
//!
//! let asf = AsfClient::builder(url) // e.g. "http://127.0.0.1:1242", or with a PathBase
//!     .password("secret")
//!     .build()?;
//! println!("ASF {}", asf.asf_info().await?.version);
//! for (name, bot) in asf.bots("ASF").await? {
//!     println!("{name}: online {}", bot.is_connected_and_logged_on);
//! }
//! match asf.stop_bots("farmer").await {
//!     Ok(message) => println!("{message}"),
//!     Err(Error::Api { message, .. }) => println!("ASF says: {message}"), // already stopped
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! With `default-features = false` the crate is the library alone (no `clap`, no `indicatif`).
//! The feature `simulated-server` adds `SimulatedServer`: an asf-ipc server
//! in the calling process on a simulated Steam network stated by a scenario, with a connected
//! client, for the tests of tools built on this crate.

#![warn(unreachable_pub)]
#![warn(missing_docs)]

mod answer;
mod builder;
mod client;
mod error;
mod log;
mod ops;
#[cfg(feature = "simulated-server")]
mod simulated;
mod tls;

pub use asf_ipc_generated::{Client, ResponseValue, types};
pub use builder::AsfClientBuilder;
pub use client::AsfClient;
pub use error::{BuildError, Error};
pub use log::{LogLevel, LogLine, LogStream};
pub use ops::{PerBot, PerBotOutcome};
#[cfg(feature = "simulated-server")]
pub use simulated::{SimulatedServer, SimulatedServerError};

/// The header that carries `IPCPassword` on every request.
pub const PASSWORD_HEADER: &str = "Authentication";
