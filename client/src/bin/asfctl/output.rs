//! Printing results: aligned tables for people, JSON for scripts.

use std::io::Write;

use serde::Serialize;

/// Where results go, and in which form.
pub struct Output {
    pub as_json: bool,
}

impl Output {
    /// Prints `value` as pretty JSON.
    pub fn json(&self, value: &impl Serialize) -> Result<(), String> {
        let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
        line(&text)
    }

    /// Prints `value` as one compact JSON line (for streams).
    pub fn json_line(&self, value: &impl Serialize) -> Result<(), String> {
        let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
        line(&text)
    }

    /// The outcome of an action: ASF's message for people, `{"Message": …}` for scripts.
    pub fn done(&self, message: &str) -> Result<(), String> {
        if self.as_json {
            self.json(&serde_json::json!({ "Message": message }))
        } else {
            line(message)
        }
    }
}

/// Writes one line to stdout. When the reader has gone (`asfctl log --follow | head`) there
/// is nobody left to tell, so the run ends quietly, as if by `SIGPIPE`.
pub fn line(text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(format!("cannot write to stdout: {e}")),
    }
}

/// A table with a header row; columns are padded to their widest cell.
pub struct Table {
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&'static str]) -> Self {
        Self {
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let columns = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(columns) {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        let render_row = |cells: Vec<&str>| {
            let mut text = String::new();
            for (i, cell) in cells.iter().enumerate() {
                if i + 1 == cells.len() {
                    text.push_str(cell);
                } else {
                    text.push_str(cell);
                    let pad = widths[i] - cell.chars().count() + 2;
                    text.extend(std::iter::repeat_n(' ', pad));
                }
            }
            text.trim_end().to_string()
        };
        let mut lines = vec![render_row(self.headers.clone())];
        for row in &self.rows {
            lines.push(render_row(row.iter().map(String::as_str).collect()));
        }
        lines.join("\n")
    }

    pub fn print(&self) -> Result<(), String> {
        line(&self.render())
    }
}

/// Key-value lines, keys padded to the longest.
pub fn fields(pairs: &[(&str, String)]) -> String {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    pairs
        .iter()
        .map(|(k, v)| format!("{k:width$}  {v}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_columns() {
        let mut table = Table::new(&["BOT", "STATUS"]);
        table.row(vec!["a".into(), "online".into()]);
        table.row(vec!["longname".into(), "-".into()]);
        assert_eq!(
            table.render(),
            "BOT       STATUS\na         online\nlongname  -"
        );
    }
}
