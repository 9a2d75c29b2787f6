//! .NET's `System.Guid` as System.Text.Json reads and writes it: read from the 36-character
//! `D` form only (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, hex digits of either case), written
//! in lowercase `D` form.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A GUID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Guid(u128);

impl Guid {
    /// The all-zero GUID (`Guid.Empty`).
    pub const EMPTY: Guid = Guid(0);

    /// Reads the `D` form, as System.Text.Json's `Utf8JsonReader.GetGuid` does.
    pub fn parse(text: &str) -> Option<Guid> {
        let bytes = text.as_bytes();
        if bytes.len() != 36 {
            return None;
        }
        let mut value = 0u128;
        for (i, byte) in bytes.iter().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if *byte != b'-' {
                    return None;
                }
                continue;
            }
            let digit = char::from(*byte).to_digit(16)?;
            value = (value << 4) | u128::from(digit);
        }
        Some(Guid(value))
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hex = format!("{:032x}", self.0);
        write!(
            f,
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        )
    }
}

impl Serialize for Guid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Guid {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Guid::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "the JSON value could not be converted to System.Guid: {text:?} is not in the form 00000000-0000-0000-0000-000000000000"
            ))
        })
    }
}

impl JsonSchema for Guid {
    fn schema_name() -> String {
        "Guid".to_string()
    }

    fn is_referenceable() -> bool {
        false
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("uuid".to_string()),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::Guid;

    #[test]
    fn reads_the_d_form_of_either_case_and_writes_it_lowercase() {
        let guid = Guid::parse("0F8FAD5B-D9CB-469F-A165-70867728950E").expect("D form");
        assert_eq!(guid.to_string(), "0f8fad5b-d9cb-469f-a165-70867728950e");
        assert_eq!(
            Guid::parse("00000000-0000-0000-0000-000000000000"),
            Some(Guid::EMPTY)
        );
        for other in [
            "0f8fad5bd9cb469fa16570867728950e",
            "{0f8fad5b-d9cb-469f-a165-70867728950e}",
            "0f8fad5b-d9cb-469f-a165-70867728950",
            "0f8fad5b-d9cb-469f-a165-70867728950g",
            "0f8fad5b+d9cb-469f-a165-70867728950e",
            "",
        ] {
            assert_eq!(Guid::parse(other), None, "{other}");
        }
    }
}
