//! The typed client progenitor makes from `openapi/asf.json`. The code lives in `client.rs`,
//! which is generated (see `tests/spec.rs`) and never edited or reformatted by hand.

#[rustfmt::skip]
#[allow(clippy::all, unused_imports, dead_code, missing_docs)]
mod client;

pub use client::*;

/// Written by hand: the hook the generated operations call on every answer before reading it.
pub mod hooks {
    use std::fmt;

    /// An error answer whose body is not JSON (an empty `404` for a wrong base URL, a proxy's
    /// HTML page). The generated code would try to read it as the document's error type and
    /// report only that it could not, without the status; refusing it here keeps the status.
    #[derive(Debug)]
    pub struct ForeignAnswer(pub reqwest::StatusCode);

    impl ForeignAnswer {
        const PREFIX: &'static str = "error answer that is not JSON: HTTP ";

        /// The status back from the text the generated code keeps in `Error::Custom`.
        pub fn parse(text: &str) -> Option<reqwest::StatusCode> {
            let code = text.strip_prefix(Self::PREFIX)?.get(..3)?;
            reqwest::StatusCode::from_u16(code.parse().ok()?).ok()
        }
    }

    impl fmt::Display for ForeignAnswer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{}{}", Self::PREFIX, self.0)
        }
    }

    /// Lets every answer through except an error status whose body is not JSON.
    pub async fn refuse_foreign_errors(
        result: &Result<reqwest::Response, reqwest::Error>,
    ) -> Result<(), ForeignAnswer> {
        let Ok(response) = result else {
            return Ok(());
        };
        let status = response.status();
        if !(status.is_client_error() || status.is_server_error()) {
            return Ok(());
        }
        let json = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.to_ascii_lowercase().contains("json"));
        if json {
            Ok(())
        } else {
            Err(ForeignAnswer(status))
        }
    }
}
