//! Checks of `openapi/asf.json`, the source of truth of the API: against the trait
//! (`semantic`) and against the released versions (`compat`).

#![allow(dead_code)]

pub mod compat;
pub mod semantic;
