//! Query and route values read as ASP.NET's `SimpleTypeModelBinder` reads them.
//!
//! ASP.NET converts a value with the type's `TypeConverter` under the invariant culture:
//! `BooleanConverter` trims and takes `true`/`false` in any case; `Int32Converter` and its
//! unsigned siblings trim, then read `#…`, `0x…` or `&h…` as hexadecimal (two's complement
//! within the type's width, no sign) and anything else as a decimal with an optional sign.
//! A value that is empty or only white space is "invalid" (a value type cannot be null); one
//! the converter refuses is "not valid". The backend reads plain `true`/`false` and decimals,
//! so every declared value is rewritten into that form here, or refused with ASP.NET's words.

use std::borrow::Cow;

use crate::core::texts::dotnet;

/// The type a declared parameter is bound to, from its schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueKind {
    Bool,
    Int32,
    UInt32,
    UInt64,
    /// Strings and anything else: passed as given.
    Text,
}

impl ValueKind {
    /// The kind a parameter's schema names.
    pub(crate) fn of_schema(schema: &serde_json::Value) -> Self {
        match (schema["type"].as_str(), schema["format"].as_str()) {
            (Some("boolean"), _) => Self::Bool,
            (Some("integer"), Some("int32")) => Self::Int32,
            (Some("integer"), Some("uint32")) => Self::UInt32,
            (Some("integer"), Some("uint64")) => Self::UInt64,
            _ => Self::Text,
        }
    }

    /// `decoded` in the form the backend reads, or ASP.NET's message refusing it.
    pub(crate) fn bind<'v>(self, decoded: &'v str) -> Result<Cow<'v, str>, Unbindable> {
        if self == Self::Text {
            return Ok(Cow::Borrowed(decoded));
        }
        // `string.IsNullOrWhiteSpace`: no value at all for a type that cannot be null.
        if decoded.chars().all(char::is_whitespace) {
            return Err(Unbindable::Blank(decoded.to_string()));
        }
        let trimmed = decoded.trim();
        let bound = match self {
            Self::Bool => parse_bool(trimmed).map(|b| b.to_string()),
            Self::Int32 => parse_integer(trimmed, 32, true),
            Self::UInt32 => parse_integer(trimmed, 32, false),
            Self::UInt64 => parse_integer(trimmed, 64, false),
            Self::Text => return Ok(Cow::Borrowed(decoded)),
        };
        match bound {
            Ok(text) => Ok(Cow::Owned(text)),
            Err(Refusal::NotValid) => Err(Unbindable::NotValid(decoded.to_string())),
            // A minus sign before hexadecimal digits is an `ArgumentException`, which ASP.NET
            // records without a message of its own.
            Err(Refusal::Input) => Err(Unbindable::Input),
        }
    }
}

/// A route or query value ASP.NET's binder refuses; it reads as the binder's message.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Unbindable {
    /// No value at all (only white space) for a type that cannot be null.
    #[error("{}", dotnet::value_invalid(.0))]
    Blank(String),
    /// A value the type's converter does not read.
    #[error("{}", dotnet::value_not_valid(.0))]
    NotValid(String),
    /// A value the converter throws on without a message of its own.
    #[error("{}", dotnet::INPUT_NOT_VALID)]
    Input,
}

/// Why a converter refused a value.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    /// `FormatException` or `OverflowException`.
    NotValid,
    /// Any other exception.
    Input,
}

/// `bool.Parse` after `Trim()`: `true` or `false` in any case; it also ignores NULs around
/// the word.
fn parse_bool(text: &str) -> Result<bool, Refusal> {
    let word = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    if word.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if word.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(Refusal::NotValid)
    }
}

/// `BaseNumberConverter.ConvertFrom` for an integer of `bits` bits, as decimal text.
fn parse_integer(text: &str, bits: u32, signed: bool) -> Result<String, Refusal> {
    let hex = text.strip_prefix('#').or_else(|| {
        let prefix = text.get(..2)?;
        (prefix.eq_ignore_ascii_case("0x") || prefix.eq_ignore_ascii_case("&h")).then(|| &text[2..])
    });
    let max_unsigned: u128 = (1u128 << bits) - 1;
    match hex {
        Some(digits) => {
            let value = parse_hex(digits, max_unsigned)?;
            if signed && value > max_unsigned >> 1 {
                // `Convert.ToInt32(…, 16)` reads the top bit as the sign.
                Ok((value as i128 - (1i128 << bits)).to_string())
            } else {
                Ok(value.to_string())
            }
        }
        None => {
            let (min, max): (i128, i128) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, max_unsigned as i128)
            };
            let value = parse_decimal(text)?;
            if (min..=max).contains(&value) {
                Ok(value.to_string())
            } else {
                Err(Refusal::NotValid)
            }
        }
    }
}

/// `Convert.ToUInt64(digits, 16)`: an optional `+`, an optional second `0x`, then only
/// hexadecimal digits up to the type's width; a `-` is an argument error.
fn parse_hex(digits: &str, max: u128) -> Result<u128, Refusal> {
    let digits = match digits.as_bytes().first() {
        None => return Err(Refusal::Input),
        Some(b'-') => return Err(Refusal::Input),
        Some(b'+') => &digits[1..],
        Some(_) => digits,
    };
    let digits = match digits.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("0x") && digits.len() > 2 => &digits[2..],
        _ => digits,
    };
    if digits.is_empty() {
        return Err(Refusal::NotValid);
    }
    let mut value: u128 = 0;
    for c in digits.chars() {
        let digit = c.to_digit(16).ok_or(Refusal::NotValid)?;
        value = value * 16 + u128::from(digit);
        if value > max {
            return Err(Refusal::NotValid);
        }
    }
    Ok(value)
}

/// `Int32.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)` before the range
/// check: white space around, one leading `+` or `-`, ASCII digits, trailing NULs ignored.
fn parse_decimal(text: &str) -> Result<i128, Refusal> {
    let is_space = |c: char| matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ');
    let text = text.trim_end_matches('\0').trim_matches(is_space);
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::NotValid);
    }
    let mut value: i128 = 0;
    for b in digits.bytes() {
        value = value * 10 + i128::from(b - b'0');
        // Beyond every width bound here: stop before the accumulator could overflow.
        if value > i128::from(u64::MAX) + 1 {
            return Err(Refusal::NotValid);
        }
    }
    Ok(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bind(kind: ValueKind, text: &str) -> Result<String, Unbindable> {
        kind.bind(text).map(Cow::into_owned)
    }

    #[test]
    fn refusals_read_as_the_binder_writes_them() {
        let text = |refused: Unbindable| refused.to_string();
        assert_eq!(
            text(Unbindable::NotValid("1".into())),
            "The value '1' is not valid."
        );
        assert_eq!(
            text(Unbindable::Blank(" ".into())),
            "The value ' ' is invalid."
        );
        assert_eq!(text(Unbindable::Input), "The input was not valid.");
    }

    #[test]
    fn booleans_like_boolean_converter() {
        for (text, value) in [("False", "false"), (" TRUE ", "true"), ("true\0", "true")] {
            assert_eq!(
                bind(ValueKind::Bool, text),
                Ok(value.to_string()),
                "{text:?}"
            );
        }
        assert_eq!(
            bind(ValueKind::Bool, "1"),
            Err(Unbindable::NotValid("1".into()))
        );
        assert_eq!(
            bind(ValueKind::Bool, " "),
            Err(Unbindable::Blank(" ".into()))
        );
    }

    #[test]
    fn integers_like_int32_converter() {
        let ok = |kind, text: &str| bind(kind, text).unwrap_or_else(|e| e.to_string());
        assert_eq!(ok(ValueKind::Int32, " +7 "), "7");
        assert_eq!(ok(ValueKind::Int32, "-2147483648"), "-2147483648");
        assert_eq!(ok(ValueKind::Int32, "0x10"), "16");
        assert_eq!(ok(ValueKind::Int32, "&HfF"), "255");
        assert_eq!(ok(ValueKind::Int32, "#FFFFFFFF"), "-1");
        assert_eq!(ok(ValueKind::UInt32, "0xFFFFFFFF"), "4294967295");
        assert_eq!(
            ok(ValueKind::UInt64, "18446744073709551615"),
            "18446744073709551615"
        );
        assert_eq!(ok(ValueKind::UInt32, "-0"), "0");
        for bad in [
            "2147483648",
            "1.0",
            "1e3",
            "0x0x",
            "0x1G",
            "--1",
            "1 2",
            "0x100000000",
        ] {
            assert_eq!(
                bind(ValueKind::Int32, bad),
                Err(Unbindable::NotValid(bad.into())),
                "{bad}"
            );
        }
        assert_eq!(
            bind(ValueKind::UInt32, "-1"),
            Err(Unbindable::NotValid("-1".into()))
        );
        for bad in ["0x-1", "#", "0x"] {
            assert_eq!(bind(ValueKind::Int32, bad), Err(Unbindable::Input), "{bad}");
        }
    }
}
