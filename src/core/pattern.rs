//! `r!<pattern>` bot selectors: .NET regular expressions over bot names, within fixed bounds.
//!
//! ASF compiles the pattern with .NET's backtracking engine and a one-second match timeout. Here
//! a pattern the linear `regex` engine accepts runs on it (no pattern can take more than linear
//! time). Only a pattern that needs what that engine lacks (lookaround, backreferences, atomic
//! groups) goes to `fancy-regex`, whose backtracking VM stops after a fixed number of steps; a
//! match that hits the limit counts as no match and ends the pattern's walk over the bots, as
//! ASF's timeout ends its walk.

/// Longest accepted pattern, in bytes.
pub(crate) const MAX_PATTERN_LEN: usize = 1024;
/// Compiled size limit of a linear pattern (and of the DFA cache), in bytes.
pub(crate) const MAX_PATTERN_BYTES: usize = 1 << 20;
/// Backtracking steps one selector may spend over all bot names together.
pub(crate) const BACKTRACK_BUDGET: usize = 1_000_000;
/// Steps each bot name gets at least, however many bots there are.
pub(crate) const MIN_BACKTRACK_STEPS: usize = 10_000;
/// A backtracking pattern is split into several linear pieces; each gets this share of the
/// compiled size limit, so the pieces together stay near it.
const BACKTRACKING_PIECE_BYTES: usize = MAX_PATTERN_BYTES / 16;
/// Instructions of a backtracking program (subroutines and repeats are unrolled into it).
const MAX_BACKTRACKING_PROGRAM: usize = 16 * 1024;

/// A compiled `r!` pattern.
#[derive(Debug)]
pub(crate) enum NamePattern {
    Linear(regex::Regex),
    Backtracking(fancy_regex::Regex),
}

/// The outcome of one match.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Match {
    Yes,
    No,
    /// The backtracking step limit was reached.
    TooComplex,
}

/// Why a name pattern is refused; `Display` is the reason logged.
#[derive(Debug)]
pub(crate) enum PatternError {
    /// Longer than [`MAX_PATTERN_LEN`] bytes.
    TooLong,
    /// Too big for the linear engine, whatever the other engine would say.
    TooBig(regex::Error),
    /// Neither engine accepts it: the linear engine's error names the feature it lacks, the
    /// backtracking one's says what is wrong with the pattern.
    Invalid {
        backtracking: fancy_regex::Error,
        linear: regex::Error,
    },
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLong => write!(f, "the pattern is longer than {MAX_PATTERN_LEN} bytes"),
            Self::TooBig(error) => write!(f, "{error}"),
            Self::Invalid {
                backtracking,
                linear,
            } => write!(f, "{backtracking} ({linear})"),
        }
    }
}

impl std::error::Error for PatternError {}

impl NamePattern {
    /// Compiles `pattern` for matching against `names` bot names; `Err` with the reason when it
    /// is too long, too big or not a regular expression.
    pub(crate) fn compile(pattern: &str, names: usize) -> Result<Self, PatternError> {
        if pattern.len() > MAX_PATTERN_LEN {
            return Err(PatternError::TooLong);
        }
        let linear = regex::RegexBuilder::new(pattern)
            .size_limit(MAX_PATTERN_BYTES)
            .dfa_size_limit(MAX_PATTERN_BYTES)
            .build();
        let error = match linear {
            Ok(regex) => return Ok(Self::Linear(regex)),
            // Too big for the linear engine is too big, whatever the other engine would say.
            Err(e @ regex::Error::CompiledTooBig(_)) => return Err(PatternError::TooBig(e)),
            Err(e) => e,
        };
        let steps = (BACKTRACK_BUDGET / names.max(1)).max(MIN_BACKTRACK_STEPS);
        fancy_regex::RegexBuilder::new(pattern)
            .backtrack_limit(steps)
            .delegate_size_limit(BACKTRACKING_PIECE_BYTES)
            .delegate_dfa_size_limit(BACKTRACKING_PIECE_BYTES)
            // A variable-length lookbehind may want a bigger DFA cache than the limit; refuse
            // the pattern rather than let the limit grow.
            .delegate_dfa_skip_cache_capacity_check(false)
            .max_prog_size(MAX_BACKTRACKING_PROGRAM)
            .build()
            .map(Self::Backtracking)
            .map_err(|backtracking| PatternError::Invalid {
                backtracking,
                linear: error,
            })
    }

    /// Whether `name` matches anywhere (as .NET's `Regex.IsMatch`).
    pub(crate) fn matches(&self, name: &str) -> Match {
        match self {
            Self::Linear(regex) => regex.is_match(name).into(),
            Self::Backtracking(regex) => match regex.is_match(name) {
                Ok(found) => found.into(),
                Err(_) => Match::TooComplex,
            },
        }
    }
}

impl From<bool> for Match {
    fn from(found: bool) -> Self {
        if found { Match::Yes } else { Match::No }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotnet_features_beyond_the_linear_engine() {
        let lookahead = NamePattern::compile("^(?!Main$)", 3).expect("lookahead");
        assert!(matches!(lookahead, NamePattern::Backtracking(_)));
        assert_eq!(lookahead.matches("Main"), Match::No);
        assert_eq!(lookahead.matches("Alt"), Match::Yes);
        let backreference = NamePattern::compile(r"^(\w)\1", 3).expect("backreference");
        assert_eq!(backreference.matches("aab"), Match::Yes);
        assert_eq!(backreference.matches("abb"), Match::No);
        let lookbehind = NamePattern::compile(r"(?<=Bot)\d+$", 3).expect("lookbehind");
        assert_eq!(lookbehind.matches("Bot12"), Match::Yes);
        assert!(matches!(
            NamePattern::compile("^Bot[0-9]+$", 3),
            Ok(NamePattern::Linear(_))
        ));
        assert!(NamePattern::compile("(unclosed", 3).is_err());
        assert!(NamePattern::compile(&"a".repeat(MAX_PATTERN_LEN + 1), 3).is_err());
        assert!(
            NamePattern::compile(r"\w{1000}\w{1000}", 3).is_err(),
            "too big"
        );
    }

    #[test]
    fn catastrophic_backtracking_stops_at_the_step_limit() {
        let pattern = NamePattern::compile(r"^(a|a)*\1b$", 1).expect("compiles");
        assert_eq!(pattern.matches(&"a".repeat(40)), Match::TooComplex);
    }
}
