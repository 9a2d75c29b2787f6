//! The typed client progenitor makes from `openapi/asf.json`. The code lives in `client.rs`,
//! which is generated (see `tests/spec.rs`) and never edited or reformatted by hand.

#[rustfmt::skip]
#[allow(clippy::all, unused_imports, dead_code, missing_docs)]
mod client;

pub use client::*;
