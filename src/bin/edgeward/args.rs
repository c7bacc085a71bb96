//! A tiny argument parser: `--flag value`, `--switch`, positionals.

pub struct Args {
    flags: Vec<(String, Option<String>)>,
    pub positional: Vec<String>,
}

/// Flags that take no value.
const SWITCHES: &[&str] = &["--jsonl", "--help", "--pretty", "--quick", "--fast", "--force", "--texts"];

impl Args {
    pub fn parse(raw: &[String]) -> Result<Args, String> {
        let mut flags = Vec::new();
        let mut positional = Vec::new();
        let mut it = raw.iter();
        while let Some(a) = it.next() {
            if a == "--" {
                positional.extend(it.by_ref().cloned());
                break;
            }
            if let Some(stripped) = a.strip_prefix("--") {
                if let Some((k, v)) = stripped.split_once('=') {
                    flags.push((format!("--{k}"), Some(v.to_string())));
                } else if SWITCHES.contains(&a.as_str()) {
                    flags.push((a.clone(), None));
                } else {
                    let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
                    flags.push((a.clone(), Some(v.clone())));
                }
            } else if a == "-o" {
                let v = it.next().ok_or("-o needs a value")?;
                flags.push(("--output".into(), Some(v.clone())));
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args { flags, positional })
    }

    pub fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(k, _)| k == name)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|(k, _)| k == name).and_then(|(_, v)| v.as_deref())
    }

    /// Every value of a repeatable flag, in order; each may also hold a comma-separated list.
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.flags.iter().filter(|(k, _)| k == name).filter_map(|(_, v)| v.as_deref()).flat_map(|v| v.split(',')).map(str::trim).filter(|v| !v.is_empty()).collect()
    }

    /// Errors on flags outside `known`.
    pub fn only(&self, known: &[&str]) -> Result<(), String> {
        for (k, _) in &self.flags {
            if !known.contains(&k.as_str()) {
                return Err(format!("unknown option {k}"));
            }
        }
        Ok(())
    }
}
