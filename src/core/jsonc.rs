//! Reading JSON the way ASF reads its own files: comments (`//`, `/* */`) and trailing commas
//! are allowed. Everything else is strict JSON. A parser's complaint is repeated without the
//! values it quotes ([`without_values`]): config files and request bodies carry secrets.

use crate::core::config::ConfigError;

/// Removes comments and trailing commas outside string literals, keeping line structure so
/// that parser error positions still point at the right line.
pub(crate) fn strip(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    // Byte index in `out` of a comma that may turn out to be trailing.
    let mut pending_comma: Option<usize> = None;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'"' => {
                pending_comma = None;
                let start = i;
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 2,
                        b'"' => {
                            i += 1;
                            break;
                        }
                        _ => i += 1,
                    }
                }
                let end = i.min(bytes.len());
                out.push_str(&input[start..end]);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    if bytes[i] == b'\n' {
                        out.push('\n');
                    }
                    i += 1;
                }
                i = (i + 2).min(bytes.len());
                continue;
            }
            b',' => {
                pending_comma = Some(out.len());
                out.push(',');
            }
            b'}' | b']' => {
                if let Some(pos) = pending_comma.take() {
                    out.replace_range(pos..pos + 1, " ");
                }
                out.push(c as char);
            }
            c if c.is_ascii_whitespace() => out.push(c as char),
            _ => {
                pending_comma = None;
                // Copy the whole UTF-8 sequence starting here.
                let len = utf8_len(c);
                let end = (i + len).min(bytes.len());
                out.push_str(&input[i..end]);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Whether `input` has a comment or a trailing comma outside string literals: most files
/// have neither and are read without a stripped copy.
fn needs_strip(input: &str) -> bool {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' => return true,
            b',' => {
                let next = bytes[i + 1..].iter().find(|b| !b.is_ascii_whitespace());
                if matches!(next, Some(b'}' | b']')) {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// `input` without comments and trailing commas, copied only when it has some.
fn stripped(input: &str) -> std::borrow::Cow<'_, str> {
    if needs_strip(input) {
        std::borrow::Cow::Owned(strip(input))
    } else {
        std::borrow::Cow::Borrowed(input)
    }
}

/// Parses ASF-flavoured JSON into `T`.
pub(crate) fn from_str<T: serde::de::DeserializeOwned>(input: &str) -> serde_json::Result<T> {
    serde_json::from_str(&stripped(input))
}

/// A serde message without the values it quotes: `invalid type: integer `5`, expected a
/// string` becomes `invalid type, expected a string`. Positions and expectations stay.
pub(crate) fn without_values(message: &str) -> String {
    const QUOTING: [&str; 4] = [
        "invalid type: ",
        "invalid value: ",
        "unknown variant ",
        "unknown field ",
    ];
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some((at, prefix)) = QUOTING
        .iter()
        .filter_map(|p| rest.find(p).map(|at| (at, *p)))
        .min_by_key(|(at, _)| *at)
    {
        out.push_str(&rest[..at]);
        out.push_str(prefix.trim_end().trim_end_matches(':'));
        let after = &rest[at + prefix.len()..];
        // The value ends where serde names what it expected; without that, drop the rest.
        match after.rfind(", expected") {
            Some(end) => rest = &after[end..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses an ASF-flavoured configuration into `T`. Configurations hold secrets, so a failure
/// never repeats a value from the text: it names the top-level property at fault (when one
/// is) and what that property expects.
pub(crate) fn parse_config<T: serde::de::DeserializeOwned>(input: &str) -> Result<T, ConfigError> {
    // Straight into `T`; only a refused text is read again as a tree, to name the culprit.
    if let Ok(config) = from_str(input) {
        return Ok(config);
    }
    let value: serde_json::Value =
        from_str(input).map_err(|e| ConfigError::Unreadable(without_values(&e.to_string())))?;
    let error = match T::deserialize(&value) {
        Ok(config) => return Ok(config),
        Err(e) => without_values(&e.to_string()),
    };
    let culprit = value.as_object().and_then(|members| {
        members.iter().find_map(|(name, member)| {
            let alone = serde_json::Value::Object(serde_json::Map::from_iter([(
                name.clone(),
                member.clone(),
            )]));
            T::deserialize(&alone).is_err().then_some(name)
        })
    });
    Err(ConfigError::Unreadable(match culprit {
        Some(name) => format!("{name}: {error}"),
        None => error,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_errors_name_the_property_not_the_value() {
        #[derive(Debug, Default, serde::Deserialize)]
        #[serde(default)]
        #[allow(dead_code)]
        struct Config {
            #[serde(rename = "SteamPassword")]
            steam_password: Option<String>,
            #[serde(rename = "Enabled")]
            enabled: bool,
        }
        let error =
            parse_config::<Config>("{\n\"Enabled\": true,\n\"SteamPassword\": 987654321\n}")
                .expect_err("a number is no string")
                .to_string();
        assert!(!error.contains("987654321"), "{error}");
        assert!(
            error.starts_with("SteamPassword: invalid type, expected"),
            "{error}"
        );
        let error = parse_config::<Config>(r#"{"SteamPassword": ["hunter2"]}"#)
            .expect_err("list")
            .to_string();
        assert!(!error.contains("hunter2"), "{error}");
        let error = parse_config::<Config>(r#"{"Enabled": "hunter2"}"#)
            .expect_err("string")
            .to_string();
        assert!(!error.contains("hunter2"), "{error}");
        let error = parse_config::<Config>(r#"{"SteamPassword": "hunter2" "#)
            .expect_err("syntax")
            .to_string();
        assert!(!error.contains("hunter2"), "{error}");
    }

    #[test]
    fn values_are_removed_from_serde_messages() {
        assert_eq!(
            without_values(
                "invalid type: integer `987654321`, expected a string at line 3 column 30"
            ),
            "invalid type, expected a string at line 3 column 30"
        );
        assert_eq!(
            without_values("unknown variant `s3cr3t, expected`, expected one of `A`, `B`"),
            "unknown variant, expected one of `A`, `B`"
        );
        assert_eq!(
            without_values(r#"invalid value: string "a, expected b", expected a port"#),
            "invalid value, expected a port"
        );
    }

    #[test]
    fn comments_and_trailing_commas() {
        let text = "{\n // note\n \"A\": \"x // not a comment\", /* block\n */ \"B\": [1, 2,],\n}";
        let v: serde_json::Value = from_str(text).expect("parses");
        assert_eq!(v["A"], "x // not a comment");
        assert_eq!(v["B"], serde_json::json!([1, 2]));
    }

    #[test]
    fn only_texts_with_comments_or_trailing_commas_are_copied() {
        for text in [r#"{"A":"a,}//"}"#, "[1, 2]", r#"{"A":"\\"}"#, ""] {
            assert!(!needs_strip(text), "{text}");
        }
        for text in ["[1, 2 ,\n]", "{} // x", r#"{"A":"\"",}"#, "/* */{}"] {
            assert!(needs_strip(text), "{text}");
        }
    }

    #[test]
    fn escaped_quotes_and_unicode_survive() {
        let v: serde_json::Value = from_str(r#"{"A":"a\"b,}","Ü":"ü",}"#).expect("parses");
        assert_eq!(v["A"], "a\"b,}");
        assert_eq!(v["Ü"], "ü");
    }
}
