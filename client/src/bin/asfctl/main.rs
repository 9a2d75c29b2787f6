//! `asfctl`: ArchiSteamFarm's IPC API on the command line, for operators and scripts.

mod bots;
mod cli;
mod keys;
mod other;
mod output;
mod process;

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use asf_ipc_client::{AsfClient, Error};
use clap::Parser;

use cli::{Action, Cli};
use output::Output;

/// Why a run failed, and so its exit code.
pub enum Failure {
    /// The server refused or could not be reached, or a local file was unusable.
    Failed(String),
    /// Wrong password, banned, or not allowed from this network.
    AccessDenied(String),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        if error.is_access_denied() {
            Failure::AccessDenied(error.to_string())
        } else {
            Failure::Failed(error.to_string())
        }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Failed(message)
    }
}

pub type Outcome = Result<(), Failure>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return fail(Failure::Failed(format!("cannot start: {e}"))),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => fail(failure),
    }
}

fn fail(failure: Failure) -> ExitCode {
    let (message, code) = match failure {
        Failure::Failed(message) => (message, 1),
        Failure::AccessDenied(message) => (message, 3),
    };
    eprintln!("asfctl: {message}");
    ExitCode::from(code)
}

async fn run(cli: Cli) -> Outcome {
    let client = connect(&cli)?;
    let out = Output { as_json: cli.json };
    match cli.action {
        Action::Status => process::status(&client, &out).await,
        Action::Config(command) => process::config(&client, &out, command).await,
        Action::Bots(command) => bots::run(&client, &out, command).await,
        Action::Command { text } => other::command(&client, &out, &text).await,
        Action::Keys(command) => other::keys(&client, &out, command).await,
        Action::TwoFactor(command) => other::two_factor(&client, &out, command).await,
        Action::Log(args) => other::log(&client, &out, args).await,
        Action::Bans(command) => other::bans(&client, &out, command).await,
        Action::Metrics { openmetrics } => other::metrics(&client, &out, openmetrics).await,
    }
}

fn connect(cli: &Cli) -> Result<AsfClient, Failure> {
    let mut builder = AsfClient::builder(&cli.url)
        .password_opt(cli.password.as_deref().filter(|p| !p.is_empty()))
        .timeout(Some(Duration::from_secs(cli.timeout.max(1))));
    if let Some(ca) = &cli.ca_cert {
        builder = builder.ca_certificate_file(ca);
    }
    if cli.insecure_accept_invalid_certs {
        eprintln!(
            "asfctl: warning: TLS certificates are not verified (--insecure-accept-invalid-certs)"
        );
        builder = builder.danger_accept_invalid_certificates_and_expose_the_password();
    }
    builder.build().map_err(|e| Failure::Failed(e.to_string()))
}

/// Reads a file, or stdin for `-`.
pub fn read_input(path: &Path) -> Result<String, Failure> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path)
        .map_err(|e| Failure::Failed(format!("cannot read {}: {e}", path.display())))
}

/// Reads a JSON object (a config) from a file, or stdin for `-`.
pub fn read_json_object(path: &Path) -> Result<serde_json::Value, Failure> {
    let text = read_input(path)?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not valid JSON: {e}", path.display()))?;
    if !value.is_object() {
        return Err(format!("{} does not hold a JSON object", path.display()).into());
    }
    Ok(value)
}
