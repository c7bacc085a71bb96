//! Reading evaluation data: the shared datasets (CSV, JSON, JSONL, optionally gzipped)
//! and the suites under `evals/`. Every error names the file.

use crate::error::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where the data lives.
#[derive(Clone, Debug)]
pub struct DataDirs {
    /// `../shared/datasets` (see its `MANIFEST.md`).
    pub datasets: PathBuf,
    /// The repository's `evals/` folder (conversations, attack seeds, political pairs).
    pub evals: PathBuf,
}

impl DataDirs {
    /// Checks both folders exist, with a clear error otherwise.
    pub fn checked(datasets: PathBuf, evals: PathBuf) -> Result<DataDirs> {
        for (what, p) in [("datasets", &datasets), ("evals", &evals)] {
            if !p.is_dir() {
                return Err(Error::input(format!("{what} folder {} not found", p.display())));
            }
        }
        Ok(DataDirs { datasets, evals })
    }

    pub fn dataset(&self, rel: &str) -> PathBuf {
        self.datasets.join(rel)
    }

    pub fn suite(&self, rel: &str) -> PathBuf {
        self.evals.join(rel)
    }
}

/// Reads a text file, decompressing it when its name ends in `.gz`.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(format!("reading {}: {e}", path.display())))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut s = String::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut s).map_err(|e| Error::input(format!("decompressing {}: {e}", path.display())))?;
        Ok(s)
    } else {
        String::from_utf8(bytes).map_err(|_| Error::input(format!("{}: not valid UTF-8", path.display())))
    }
}

/// A CSV file (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) as
/// records keyed by the header row.
pub struct Csv {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Csv {
    pub fn read(path: &Path) -> Result<Csv> {
        let text = read_text(path)?;
        let mut records = parse_csv(&text).into_iter();
        let header = records.next().ok_or_else(|| Error::input(format!("{}: empty CSV", path.display())))?;
        let rows: Vec<Vec<String>> = records.filter(|r| !(r.len() == 1 && r[0].is_empty())).collect();
        Ok(Csv { header, rows })
    }

    /// The values of column `name` for every row (empty where a row is short).
    pub fn column(&self, name: &str) -> Result<Vec<&str>> {
        let i = self.index(name)?;
        Ok(self.rows.iter().map(|r| r.get(i).map(String::as_str).unwrap_or("")).collect())
    }

    pub fn index(&self, name: &str) -> Result<usize> {
        self.header.iter().position(|h| h == name).ok_or_else(|| Error::input(format!("CSV has no column `{name}` (columns: {})", self.header.join(", "))))
    }
}

/// Splits CSV text into records of fields.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// Parses every non-empty line of a JSONL file as `T`; an error names the file and line.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let text = read_text(path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|e| Error::input(format!("{}: line {}: {e}", path.display(), i + 1)))?);
    }
    Ok(out)
}

/// Parses a JSON file (optionally gzipped) as `T`.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    serde_json::from_str(&read_text(path)?).map_err(|e| Error::input(format!("{}: {e}", path.display())))
}

/// Parses a TOML file as `T`.
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    toml::from_str(&read_text(path)?).map_err(|e| Error::input(format!("{}: {e}", path.display())))
}

/// Keeps every `step`-th item (deterministic subsampling for the fast run).
pub fn every<T>(items: Vec<T>, step: usize) -> Vec<T> {
    items.into_iter().step_by(step.max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_handles_quotes_commas_and_newlines() {
        let r = parse_csv("a,b,c\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n,,\n");
        assert_eq!(r, vec![vec!["a", "b", "c"], vec!["1", "x, \"y\"", "two\nlines"], vec!["", "", ""]]);
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let e = DataDirs::checked("/nonexistent/datasets".into(), ".".into()).unwrap_err();
        assert!(e.to_string().contains("datasets folder /nonexistent/datasets not found"), "{e}");
    }
}
