//! .NET's own texts that ASF passes on: DataAnnotations' validation messages and
//! `string.Format`'s complaints about a format string.

use crate::api::enums::AsfEnum;

/// `[Required]`, for a string property that is empty or only white space.
pub(crate) fn required_field(name: &str) -> String {
    format!("The {name} field is required.")
}

/// `[Range]`.
pub(crate) fn out_of_range(name: &str, min: u64, max: u64) -> String {
    format!("The field {name} must be between {min} and {max}.")
}

/// `[MaxLength]`.
pub(crate) fn too_long(name: &str, max: usize) -> String {
    format!("The field {name} must be a string or array type with a maximum length of '{max}'.")
}

/// `[MinLength]`.
pub(crate) fn too_short(name: &str, min: usize) -> String {
    format!("The field {name} must be a string or array type with a minimum length of '{min}'.")
}

/// `string.Format`'s `FormatException`, failing at `offset` (UTF-16 units) for `reason`.
pub(crate) fn format_failed(offset: usize, reason: &str) -> String {
    format!(
        "Input string was not in a correct format. Failure to parse near offset {offset}. {reason}"
    )
}

/// ASP.NET's model binding, for a route or query value that is only white space.
pub(crate) fn value_invalid(value: &str) -> String {
    format!("The value '{value}' is invalid.")
}

/// ASP.NET's model binding, for a value its type cannot take.
pub(crate) fn value_not_valid(value: &str) -> String {
    format!("The value '{value}' is not valid.")
}

/// ASP.NET's model binding, for a value whose parse threw without a message of its own.
pub(crate) const INPUT_NOT_VALID: &str = "The input was not valid.";

/// System.Text.Json's reader, for a document nesting deeper than `max_depth`.
pub(crate) fn depth_exceeded(max_depth: usize) -> String {
    format!("The maximum configured depth of {max_depth} has been exceeded.")
}

pub(crate) const INDEX_OUT_OF_RANGE: &str = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.";
pub(crate) const UNEXPECTED_CLOSING_BRACE: &str =
    "Unexpected closing brace without a corresponding opening brace.";
pub(crate) const UNCLOSED_FORMAT_ITEM: &str = "Format item ends prematurely.";
pub(crate) const EXPECTED_ASCII_DIGIT: &str = "Expected an ASCII digit.";

/// An enum's value as .NET's `Enum.ToString()` writes it, which is what ASF's messages show.
pub(crate) trait EnumText: AsfEnum {
    /// The value as .NET's `Enum.ToString()` writes it, which is what ASF's messages show: the
    /// member's name; for a flags enum the names of the members it combines, in ascending
    /// order and joined by `, `; the number when no member (or combination) spells it.
    fn to_dotnet_string(self) -> String {
        if let Some(name) = self.name() {
            return name.to_string();
        }
        let value = self.value();
        if !Self::FLAGS || value == 0 {
            return value.to_string();
        }
        // .NET compares the values as unsigned numbers and walks them from the largest down,
        // taking every member whose bits are all still set.
        let mut members: Vec<(&str, u64)> = Vec::with_capacity(Self::MEMBERS.len());
        for (name, member) in Self::MEMBERS {
            let member = *member as u64;
            if member != 0 && !members.iter().any(|(_, m)| *m == member) {
                members.push((name, member));
            }
        }
        members.sort_by_key(|(_, member)| std::cmp::Reverse(*member));
        let mut rest = value as u64;
        let mut names = Vec::new();
        for (name, member) in members {
            if rest & member == member {
                rest -= member;
                names.push(name);
            }
        }
        if rest != 0 {
            return value.to_string();
        }
        names.reverse();
        names.join(", ")
    }
}

impl<E: AsfEnum> EnumText for E {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::enums::{
        EAssetType, EGamingDeviceType, ETradingPreferences, EUIMode, ProtocolTypes,
    };

    #[test]
    fn values_print_as_dotnet_prints_them() {
        assert_eq!(EAssetType::BoosterPack.to_dotnet_string(), "BoosterPack");
        assert_eq!(EAssetType(200).to_dotnet_string(), "200");
        assert_eq!(EGamingDeviceType(0).to_dotnet_string(), "Unknown");
        assert_eq!(EUIMode(-1).to_dotnet_string(), "Unknown");
        assert_eq!(EUIMode(-7).to_dotnet_string(), "-7");
        // Flags: a combination is spelled out in ascending order, anything else is a number.
        assert_eq!(ProtocolTypes(3).to_dotnet_string(), "Tcp, Udp");
        assert_eq!(ProtocolTypes(0).to_dotnet_string(), "0");
        assert_eq!(ProtocolTypes(8).to_dotnet_string(), "8");
        assert_eq!(
            ETradingPreferences(1 | 4).to_dotnet_string(),
            "AcceptDonations, MatchEverything"
        );
    }
}
