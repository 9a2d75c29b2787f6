//! The client's integration tests (typed calls, `asfctl`, HTTPS, operation coverage), built as
//! one binary: `cargo test -p asf-ipc-client --test integration`. The server fixture comes from
//! the `asf-ipc-test-support` crate (`tests/support`).

mod asfctl;
mod client;
mod https;
mod operations;
