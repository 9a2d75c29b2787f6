//! Reading ASF's `.keys` files: `name<TAB>key` or a bare `key` per line.

/// What a `.keys` file holds.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct KeysFile {
    /// `(key, name)` in file order; a bare key is its own name.
    pub entries: Vec<(String, String)>,
    /// 1-based numbers of non-empty lines without a valid key.
    pub skipped_lines: Vec<usize>,
}

impl KeysFile {
    pub fn parse(text: &str) -> Self {
        let mut file = KeysFile::default();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let key = fields.last().map(|k| k.trim()).unwrap_or_default();
            if !is_key(key) {
                file.skipped_lines.push(index + 1);
                continue;
            }
            let name = match fields.first().map(|n| n.trim()) {
                Some(name) if fields.len() > 1 && !name.is_empty() => name,
                _ => key,
            };
            file.entries.push((key.to_string(), name.to_string()));
        }
        file
    }
}

/// Whether `text` has the shape ASF accepts for a Steam key: three, four or five groups of 4
/// to 7 letters or digits joined by `-` (case ignored).
pub fn is_key(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    (3..=5).contains(&groups.len())
        && groups
            .iter()
            .all(|g| (4..=7).contains(&g.len()) && g.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_bare_keys_and_junk() {
        let file = KeysFile::parse(
            "Portal\tAAAAA-BBBBB-CCCCC\r\nDDDDD-EEEEE-FFFFF\n\nnot a key\nX\tGG-HH-II\n\t11111-22222-33333-44444-55555\n",
        );
        assert_eq!(
            file.entries,
            vec![
                ("AAAAA-BBBBB-CCCCC".to_string(), "Portal".to_string()),
                (
                    "DDDDD-EEEEE-FFFFF".to_string(),
                    "DDDDD-EEEEE-FFFFF".to_string()
                ),
                (
                    "11111-22222-33333-44444-55555".to_string(),
                    "11111-22222-33333-44444-55555".to_string()
                ),
            ]
        );
        assert_eq!(file.skipped_lines, vec![4, 5]);
    }

    #[test]
    fn key_shapes() {
        assert!(is_key("abcd-1234-WXYZ"));
        assert!(is_key("AAAAAAA-BBBB-CCCC-DDDD"));
        assert!(!is_key("AAAAAAAA-BBBB-CCCC"));
        assert!(!is_key("AAAA-BBBB"));
        assert!(!is_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
        assert!(!is_key("AAAA-BB_B-CCCC"));
    }
}
