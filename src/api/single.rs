//! `System.Single` as System.Text.Json writes it: .NET's general format with the shortest
//! digits that read back as the same value. Whole numbers have no fraction (`0`, not `0.0`),
//! and past 9 integer digits or below 0.0001 it switches to scientific notation with an
//! upper-case `E`, a sign and at least two exponent digits (`1E+20`, `1E-05`).

use serde::Serializer;
use serde_json::value::RawValue;

/// Digits .NET keeps in fixed notation before it switches to scientific (`float`'s
/// round-trip precision).
const SINGLE_ROUND_TRIP_DIGITS: i32 = 9;

/// The JSON text of `value` (`null` where .NET would refuse: NaN and infinities).
pub fn text(value: f32) -> String {
    if !value.is_finite() {
        return "null".to_string();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0");
    }
    // Rust's `{:e}` gives the shortest round-trip digits: `d.ddde±x`.
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    // The decimal point sits after `scale` digits.
    let scale = exponent + 1;
    let count = digits.len() as i32;
    if scale > count.max(SINGLE_ROUND_TRIP_DIGITS) || scale < -3 {
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        return format!(
            "{sign}{first}{fraction}E{exponent_sign}{:02}",
            exponent.abs()
        );
    }
    if scale <= 0 {
        let zeros = "0".repeat(scale.unsigned_abs() as usize);
        format!("{sign}0.{zeros}{digits}")
    } else if scale >= count {
        let zeros = "0".repeat((scale - count) as usize);
        format!("{sign}{digits}{zeros}")
    } else {
        let (whole, fraction) = digits.split_at(scale as usize);
        format!("{sign}{whole}.{fraction}")
    }
}

/// Writes a `float` member as System.Text.Json does (`#[serde(serialize_with)]`).
pub fn write<S: Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
    let raw = RawValue::from_string(text(*value)).map_err(serde::ser::Error::custom)?;
    serializer.serialize_some(&raw)
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn writes_as_dotnet_general_format() {
        for (value, expected) in [
            (0.0, "0"),
            (-0.0, "-0"),
            (12.0, "12"),
            (1.5, "1.5"),
            (-2.5, "-2.5"),
            (123.4, "123.4"),
            (0.1, "0.1"),
            (0.0001, "0.0001"),
            (0.00001, "1E-05"),
            (1.25e-7, "1.25E-07"),
            (1e8, "100000000"),
            (123456790.0, "123456790"),
            (1e9, "1E+09"),
            (1e20, "1E+20"),
            (3.4028235e38, "3.4028235E+38"),
        ] {
            assert_eq!(text(value), expected, "{value:e}");
        }
    }
}
