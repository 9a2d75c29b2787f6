//! .NET's own texts that ASF passes on: DataAnnotations' validation messages and
//! `string.Format`'s complaints about a format string.

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
