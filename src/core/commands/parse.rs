//! Reading command arguments the way ASF (and .NET under it) reads them.

use crate::api::enums::AsfEnum;

/// Elements of a comma list, empty ones left out and the others as written (not trimmed).
pub(super) fn list(text: &str) -> Vec<&str> {
    text.split(',').filter(|s| !s.is_empty()).collect()
}

/// Elements of a comma list as [`list`] reads them, each once, in the order of first
/// appearance: a term repeated costs nothing more and adds nothing to the answer.
pub(super) fn distinct(text: &str) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    text.split(',')
        .filter(|s| !s.is_empty() && seen.insert(*s))
        .collect()
}

/// The words of `args` from `from` on, joined with commas (ASF's `GetArgsAsText(args, n, ",")`).
pub(super) fn joined(args: &[&str], from: usize) -> String {
    args.get(from..).unwrap_or_default().join(",")
}

/// The message after its first `skip` words, verbatim (ASF's `GetArgsAsText(message, n)`).
pub(super) fn rest(message: &str, skip: usize) -> String {
    let mut rest = message.trim_start();
    for _ in 0..skip {
        rest = rest
            .find(char::is_whitespace)
            .map_or("", |i| rest[i..].trim_start());
    }
    rest.to_string()
}

/// An unsigned number as .NET's `TryParse` reads one: surrounding white space and a sign
/// allowed (a minus only on zero), decimal digits, no overflow.
pub(super) fn number<T: TryFrom<u64>>(text: &str) -> Option<T> {
    let text = text.trim();
    let (negative, digits) = match text.as_bytes().first()? {
        b'+' => (false, &text[1..]),
        b'-' => (true, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u64 = digits.parse().ok()?;
    if negative && value != 0 {
        return None;
    }
    T::try_from(value).ok()
}

/// A non-zero unsigned number.
pub(super) fn id<T: TryFrom<u64>>(text: &str) -> Option<T> {
    number::<u64>(text)
        .filter(|n| *n != 0)
        .and_then(|n| T::try_from(n).ok())
}

/// An enum member by name (any case) or number, as `Enum.TryParse(text, true, …)` reads it;
/// `None` for anything else, including numbers that name no member.
pub(super) fn member<E: AsfEnum>(text: &str) -> Option<i64> {
    let text = text.trim();
    let value = E::value_of(text).or_else(|| {
        let (negative, digits) = text.strip_prefix('-').map_or((false, text), |d| (true, d));
        let n = i64::try_from(number::<u64>(digits)?).ok()?;
        Some(if negative { -n } else { n })
    })?;
    E::MEMBERS.iter().any(|(_, m)| *m == value).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::enums::ECryptoMethod;

    #[test]
    fn numbers_as_dotnet_reads_them() {
        assert_eq!(number::<u32>(" 440 "), Some(440));
        assert_eq!(number::<u32>("+7"), Some(7));
        assert_eq!(number::<u32>("-0"), Some(0));
        assert_eq!(number::<u32>("-1"), None);
        assert_eq!(number::<u32>("4294967296"), None);
        assert_eq!(number::<u32>("1e3"), None);
        assert_eq!(id::<u32>("0"), None);
        assert_eq!(id::<u64>("76561197960265729"), Some(76_561_197_960_265_729));
    }

    #[test]
    fn words_and_lists() {
        assert_eq!(rest("encrypt AES  my  secret", 2), "my  secret");
        assert_eq!(rest("x", 3), "");
        assert_eq!(joined(&["fbadd", "Main", "1", "2"], 2), "1,2");
        assert_eq!(list("a,,b, c"), ["a", "b", " c"]);
        assert_eq!(distinct("b,a,,b, b,a"), ["b", "a", " b"]);
    }

    #[test]
    fn enum_members() {
        assert_eq!(member::<ECryptoMethod>("aes"), Some(1));
        assert_eq!(member::<ECryptoMethod>("4"), Some(4));
        assert_eq!(member::<ECryptoMethod>("99"), None);
        assert_eq!(member::<ECryptoMethod>("Nope"), None);
    }
}
