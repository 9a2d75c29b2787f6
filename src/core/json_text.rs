//! How ASF writes JSON text: its answers' escaping (ASP.NET's), its own serializer's (config
//! files, `ASF.db`, log frames) and `JsonElement`'s text of a value. The domain writes files and
//! keeps `ASF.db`'s values in the form answers carry them (so `GET /Api/Storage` shares them);
//! the front door escapes every other `/Api` answer; one home for both.
//!
//! ASP.NET's MVC output uses .NET's default JavaScript encoder: inside strings (names too) it
//! writes every non-ASCII character, DEL, and `"`, `'`, `&`, `+`, `<`, `>`, `` ` `` as
//! `\uXXXX` with upper-case hex (a character outside the BMP as its UTF-16 surrogate pair),
//! keeps the short escapes `\n`, `\r`, `\t`, `\b`, `\f` and `\\`, and writes every other
//! control character as `\uXXXX` too. serde_json writes UTF-8 as it is and `"` as `\"`; the
//! answers are the same JSON once parsed, and [`escape_as_aspnet`] turns one into the other
//! byte for byte.

use serde::Deserialize;

use crate::core::texts::dotnet;

/// Bytes that make a serde_json text differ from ASP.NET's: a backslash (an escape to
/// rewrite), DEL, a hex-escaped ASCII character, or the start of a non-ASCII character.
const DIFFERS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0x7F;
    while b < 256 {
        table[b] = true;
        b += 1;
    }
    table[b'\\' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'&' as usize] = true;
    table[b'+' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'`' as usize] = true;
    table
};

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Whether ASP.NET would write `json` (as serde_json writes it) differently.
pub(crate) fn needs_escaping(json: &[u8]) -> bool {
    first_difference(json).is_some()
}

/// Where `json` first differs from what ASP.NET would write.
fn first_difference(json: &[u8]) -> Option<usize> {
    json.iter().position(|&b| DIFFERS[usize::from(b)])
}

/// The JSON text `json` (as serde_json writes it) in ASP.NET's escaping, or `None` when the
/// two are already the same bytes (most answers: one pass over them, no copy).
///
/// Outside strings nothing changes. A text that is not valid UTF-8 JSON is copied as it is
/// from the first place that cannot be read.
pub fn escape_as_aspnet(json: &[u8]) -> Option<Vec<u8>> {
    let first = first_difference(json)?;
    let mut out = Vec::with_capacity(json.len() + json.len() / 4);
    // No backslash comes before `first`, so every quote before it opens or closes a string.
    let in_string = json[..first].iter().filter(|&&b| b == b'"').count() % 2 == 1;
    out.extend_from_slice(&json[..first]);
    escape_part(
        json,
        Position {
            next: first,
            in_string,
        },
        &mut out,
        usize::MAX,
    );
    Some(out)
}

/// Where an escaping pass stands in its text: the next byte to read, and whether that byte is
/// inside a string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    next: usize,
    in_string: bool,
}

/// Escapes `json` from `at`, a character or escape at a time, appending to `out` until `out`
/// has grown by at least `budget` bytes or the text ends. Returns where to go on from, or
/// `None` at the end: a large answer can so be written a piece at a time as the client
/// reads it, never whole a second time.
pub fn escape_part(
    json: &[u8],
    at: Position,
    out: &mut Vec<u8>,
    budget: usize,
) -> Option<Position> {
    let stop = out.len().saturating_add(budget);
    let (mut i, mut in_string) = (at.next, at.in_string);
    while i < json.len() && out.len() < stop {
        // Runs that stay as they are (outside strings up to a quote, inside strings up to a
        // quote or a byte that changes) are copied whole: most of an answer is such runs.
        let room = (stop - out.len()).min(json.len() - i);
        let run = json[i..i + room]
            .iter()
            .position(|&b| b == b'"' || (in_string && (b >= 0x7F || DIFFERS[usize::from(b)])))
            .unwrap_or(room);
        if run > 0 {
            out.extend_from_slice(&json[i..i + run]);
            i += run;
            continue;
        }
        let b = json[i];
        if !in_string {
            out.push(b);
            in_string = b == b'"';
            i += 1;
            continue;
        }
        (i, in_string) = escape_string_byte(json, i, out);
    }
    (i < json.len()).then_some(Position { next: i, in_string })
}

/// Writes the string byte at `i` of `json` (a quote, an escape, or a character) in ASP.NET's
/// escaping: where to go on from, and whether that is still inside the string.
fn escape_string_byte(json: &[u8], i: usize, out: &mut Vec<u8>) -> (usize, bool) {
    let b = json[i];
    match b {
        b'"' => {
            out.push(b);
            (i + 1, false)
        }
        b'\\' => (escape_escape(json, i, out), true),
        _ if b < 0x7F && !DIFFERS[usize::from(b)] => {
            out.push(b);
            (i + 1, true)
        }
        _ if b <= 0x7F => {
            push_unit(out, u16::from(b));
            (i + 1, true)
        }
        _ => (escape_character(json, i, out), true),
    }
}

/// The escape sequence at `i`, written again: `\"` as `\u0022`, `\uXXXX` in upper case, any
/// other as it is. Where to go on from.
fn escape_escape(json: &[u8], i: usize, out: &mut Vec<u8>) -> usize {
    match json.get(i + 1) {
        Some(b'"') => {
            push_unit(out, u16::from(b'"'));
            i + 2
        }
        Some(b'u') if json.len() >= i + 6 => {
            out.extend_from_slice(b"\\u");
            out.extend(json[i + 2..i + 6].iter().map(u8::to_ascii_uppercase));
            i + 6
        }
        Some(&c) => {
            out.push(b'\\');
            out.push(c);
            i + 2
        }
        None => {
            out.push(b'\\');
            i + 1
        }
    }
}

/// The non-ASCII character that starts at `i`, as `\uXXXX` units (a surrogate pair outside
/// the BMP). Where to go on from; bytes that are no character are copied to the end.
fn escape_character(json: &[u8], i: usize, out: &mut Vec<u8>) -> usize {
    let Some((c, width)) = character_at(json, i) else {
        out.extend_from_slice(&json[i..]);
        return json.len();
    };
    push_units(out, c);
    i + width
}

/// The character that starts at byte `i` and its width; `None` for bytes that are no
/// character (a checked text has none; a piece cut inside one does).
fn character_at(json: &[u8], i: usize) -> Option<(char, usize)> {
    let width = match json[i] {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    let c = json
        .get(i..i + width)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .and_then(|s| s.chars().next())?;
    Some((c, width))
}

/// `c` as `\uXXXX` units: one, or a surrogate pair outside the BMP.
fn push_units(out: &mut Vec<u8>, c: char) {
    let mut units = [0u16; 2];
    for unit in c.encode_utf16(&mut units) {
        push_unit(out, *unit);
    }
}

/// `\uXXXX`, upper-case hex.
fn push_unit(out: &mut Vec<u8>, unit: u16) {
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((unit >> shift) & 0xF)]);
    }
}

/// Why a text is not one JSON value.
#[derive(Debug, thiserror::Error)]
pub enum NotJson {
    /// Bytes that are no UTF-8, first at this line and column (counted in bytes from 1).
    #[error("invalid unicode code point at line {line} column {column}")]
    NotUtf8 { line: usize, column: usize },
    /// Against JSON's grammar (anything after the value included), as serde_json says where.
    #[error("{0}")]
    Syntax(serde_json::Error),
    /// Arrays and objects nested deeper than this many.
    #[error("{}", dotnet::depth_exceeded(*.0))]
    TooDeep(usize),
}

/// The JSON value `json` as `System.Text.Json`'s `JsonElement` keeps it, in serde_json's
/// escaping (pass it through [`escape_as_aspnet`] for an answer): the tokens as they came
/// without the white space between them; numbers exactly as written (`2.50`, `1E5`, `1e400` and
/// integers of any length stay as they are); strings and names read and written again
/// (`\u0041` comes back as `A`, `\/` as `/`); a name given twice kept twice. Never longer
/// than `json`, and the same text when given its own output. `Err` with the parser's
/// complaint when `json` is not one JSON value, or nests more than `max_depth` arrays and
/// objects. Linear in the text: one pass to check it, one to write it.
pub(crate) fn element_text(json: &[u8], max_depth: usize) -> Result<Vec<u8>, NotJson> {
    // serde_json skips the strings it ignores without reading their bytes as UTF-8: checked
    // here, or a string holding bytes that are no text would be kept as sent.
    if let Err(e) = std::str::from_utf8(json) {
        let valid = &json[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        return Err(NotJson::NotUtf8 { line, column });
    }
    // `IgnoredAny` checks the grammar (and serde_json's nesting limit) without reading any
    // number's value, so no number is refused for its size.
    let mut check = serde_json::Deserializer::from_slice(json);
    serde::de::IgnoredAny::deserialize(&mut check)
        .and_then(|_| check.end())
        .map_err(|e| {
            if e.to_string().starts_with("recursion limit exceeded") {
                NotJson::TooDeep(max_depth)
            } else {
                NotJson::Syntax(e)
            }
        })?;
    let mut out = Vec::with_capacity(json.len());
    let mut depth = 0usize;
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            open @ (b'[' | b'{') => {
                depth += 1;
                if depth > max_depth {
                    return Err(NotJson::TooDeep(max_depth));
                }
                out.push(open);
                i += 1;
            }
            close @ (b']' | b'}') => {
                depth = depth.saturating_sub(1);
                out.push(close);
                i += 1;
            }
            b'"' => {
                let end = string_end(json, i);
                let token = &json[i..end];
                if token.contains(&b'\\') {
                    let text: String = serde_json::from_slice(token).map_err(NotJson::Syntax)?;
                    // Serialising a string into memory cannot fail.
                    let _ = serde_json::to_writer(&mut out, &text);
                } else {
                    out.extend_from_slice(token);
                }
                i = end;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// The index just past the string token that opens at `start` (a checked text).
fn string_end(json: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < json.len() {
        match json[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    json.len()
}

/// Whether .NET's `JavaScriptEncoder.UnsafeRelaxedJsonEscaping` (ASF's own serializer: its
/// config files and log frames) writes `c` as an escape: `"` and `\\`, every character
/// outside the BMP (as a surrogate pair), U+FEFF, and every character whose Unicode general
/// category its encoder does not allow: controls, private use, surrogates, unassigned code
/// points, and the separators but U+0020 (so U+00A0, U+2028 and U+2029 too). Letters, marks,
/// numbers, punctuation, symbols and format characters stay as they are, HTML's characters
/// included.
pub(crate) fn relaxed_escapes(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    match c {
        ' ' => false,
        '"' | '\\' | '\u{FEFF}' => true,
        _ if u32::from(c) > 0xFFFF => true,
        _ => !matches!(
            get_general_category(c),
            G::UppercaseLetter
                | G::LowercaseLetter
                | G::TitlecaseLetter
                | G::ModifierLetter
                | G::OtherLetter
                | G::NonspacingMark
                | G::SpacingMark
                | G::EnclosingMark
                | G::DecimalNumber
                | G::LetterNumber
                | G::OtherNumber
                | G::ConnectorPunctuation
                | G::DashPunctuation
                | G::OpenPunctuation
                | G::ClosePunctuation
                | G::InitialPunctuation
                | G::FinalPunctuation
                | G::OtherPunctuation
                | G::MathSymbol
                | G::CurrencySymbol
                | G::ModifierSymbol
                | G::OtherSymbol
                | G::Format
        ),
    }
}

/// The JSON text `json` (as serde_json writes it) in ASF's own escaping
/// (`UnsafeRelaxedJsonEscaping`, see [`relaxed_escapes`]): `\"`, `\\`, `\b`, `\t`, `\n`,
/// `\f`, `\r`, every other escape as `\uXXXX` with upper-case hex, a character outside the
/// BMP as its surrogate pair. `None` when the two are the same bytes. Outside strings nothing
/// changes; a text that is not valid UTF-8 is copied as it is from the first place that cannot
/// be read.
pub(crate) fn escape_relaxed(json: &[u8]) -> Option<Vec<u8>> {
    // serde_json writes every byte below 0x7F as ASF does, but for its `\u00xx` escapes.
    let differs = json.iter().any(|&b| b >= 0x7F) || json.windows(2).any(|w| w == b"\\u");
    if !differs {
        return None;
    }
    let mut out = Vec::with_capacity(json.len() + json.len() / 8);
    let mut in_string = false;
    let mut i = 0;
    while i < json.len() {
        let b = json[i];
        if !in_string {
            out.push(b);
            in_string = b == b'"';
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                out.push(b);
                in_string = false;
                i += 1;
            }
            b'\\' => match json.get(i + 1) {
                Some(b'u') if json.len() >= i + 6 => {
                    out.extend_from_slice(b"\\u");
                    out.extend(json[i + 2..i + 6].iter().map(u8::to_ascii_uppercase));
                    i += 6;
                }
                Some(&c) => {
                    out.push(b'\\');
                    out.push(c);
                    i += 2;
                }
                None => {
                    out.push(b);
                    i += 1;
                }
            },
            _ if b < 0x7F => {
                out.push(b);
                i += 1;
            }
            _ => {
                let Some((c, width)) = character_at(json, i) else {
                    out.extend_from_slice(&json[i..]);
                    break;
                };
                if relaxed_escapes(c) {
                    push_units(&mut out, c);
                } else {
                    out.extend_from_slice(&json[i..i + width]);
                }
                i += width;
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(value: &serde_json::Value) -> String {
        let json = serde_json::to_vec(value).expect("json");
        let out = escape_as_aspnet(&json).unwrap_or(json);
        String::from_utf8(out).expect("ASCII")
    }

    #[test]
    fn writes_what_aspnet_writes() {
        let value =
            serde_json::json!({"Bötchen <1>": "a+b & 'c' `d` \"e\" \\ \n\t\u{1}\u{7f} é 😀"});
        assert_eq!(
            escaped(&value),
            r#"{"B\u00F6tchen \u003C1\u003E":"a\u002Bb \u0026 \u0027c\u0027 \u0060d\u0060 \u0022e\u0022 \\ \n\t\u0001\u007F \u00E9 \uD83D\uDE00"}"#
        );
        assert!(escape_as_aspnet(br#"{"Message":"OK","Success":true}"#).is_none());
        // Only strings change: numbers and literals stay as they are.
        assert_eq!(
            escaped(&serde_json::json!([1.5e3, true, null, "+"])),
            r#"[1500.0,true,null,"\u002B"]"#
        );
    }

    #[test]
    fn parses_back_to_the_same_value() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(1242);
        let alphabet: Vec<char> =
            "aZ09 \"\\/'&+<>`\n\r\t\u{0}\u{1f}\u{7f}\u{80}é€😀\u{ffff}\u{10ffff}{}[],:"
                .chars()
                .collect();
        for _ in 0..2_000 {
            let text = |rng: &mut rand::rngs::StdRng| -> String {
                let n = rng.random_range(0..12);
                (0..n)
                    .map(|_| alphabet[rng.random_range(0..alphabet.len())])
                    .collect()
            };
            let value = serde_json::json!({ text(&mut rng): [text(&mut rng), {text(&mut rng): text(&mut rng)}] });
            let out = escaped(&value);
            assert!(out.is_ascii(), "{out}");
            let back: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
            assert_eq!(back, value);
        }
    }

    #[test]
    fn pieces_join_to_the_whole() {
        let json = serde_json::to_vec(&serde_json::json!({
            "Bötchen": ["a+b 😀 \"q\" \\ <x>", 1, null, {"é": "`'&"}]
        }))
        .expect("json");
        let whole = escape_as_aspnet(&json).expect("escapes");
        for budget in [1, 2, 5, 7, 64] {
            let (mut joined, mut at) = (Vec::new(), Some(Position::default()));
            while let Some(position) = at {
                let before = joined.len();
                at = escape_part(&json, position, &mut joined, budget);
                assert!(joined.len() > before, "progress at budget {budget}");
            }
            assert_eq!(joined, whole, "budget {budget}");
        }
    }

    /// Ten times the text costs about ten times the work (measured against itself in one run).
    #[test]
    fn cost_grows_linearly() {
        let text = |n: usize| serde_json::to_vec(&vec!["Bötchen <😀> + 'x'"; n]).expect("json");
        let escaped = |json: &[u8]| {
            std::hint::black_box(escape_as_aspnet(std::hint::black_box(json)));
        };
        let (small, large) = (text(20_000), text(200_000));
        let ratio = crate::core::cost::ratio(|| escaped(&small), || escaped(&large));
        assert!(ratio < 30.0, "10x the text cost {ratio:.1}x");
    }

    #[test]
    fn relaxed_escaping_like_unsafe_relaxed_json_escaping() {
        let value = "<&'+`/é\u{7f}\u{85}\u{a0}\u{2028}\u{feff}\u{e000}\u{fdd0}\u{378}\u{1}\"\\\n\u{1F600}\u{200b}";
        let json = serde_json::to_vec(&value).expect("json");
        let escaped = escape_relaxed(&json).expect("escaped");
        assert_eq!(
            String::from_utf8(escaped).expect("UTF-8"),
            "\"<&'+`/é\\u007F\\u0085\\u00A0\\u2028\\uFEFF\\uE000\\uFDD0\\u0378\\u0001\\\"\\\\\\n\\uD83D\\uDE00\u{200b}\""
        );
        assert_eq!(escape_relaxed(br#"{"a":"plain <b>"}"#), None);
    }

    #[test]
    fn element_text_keeps_tokens_and_is_its_own_normal_form() {
        let given = r#" { "a\u0041" : [ 2.50 , 1E5, -0, 1e400, 12345678901234567890123, "\/é\n" ], "a\u0041": null } "#.as_bytes();
        let text = element_text(given, 64).expect("valid");
        assert_eq!(
            std::str::from_utf8(&text).expect("UTF-8"),
            r#"{"aA":[2.50,1E5,-0,1e400,12345678901234567890123,"/é\n"],"aA":null}"#
        );
        assert!(text.len() <= given.len());
        assert_eq!(element_text(&text, 64).expect("valid"), text);
        assert!(element_text(b"[1,]", 64).is_err());
        assert!(element_text(b"[[1]]", 1).is_err());
        assert!(element_text(br#""\uD800""#, 64).is_err());
    }
}
