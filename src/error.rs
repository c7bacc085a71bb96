//! One opaque error type with a kind, a message a person can act on, and (for policy
//! errors) the rule and line that caused it.

use std::fmt;

/// What went wrong, broadly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The policy source or bundle is invalid.
    Policy,
    /// The model could not be loaded or run.
    Model,
    /// The caller's input is unusable (bad JSON, unknown direction, ...).
    Input,
    /// A bundle's signature or hash does not verify.
    Integrity,
    /// A bug inside edgeward (resolved by the fail mode when screening).
    Internal,
}

impl ErrorKind {
    /// A stable code, used as the JS `Error.code` (e.g. `EDGEWARD_POLICY`).
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Policy => "EDGEWARD_POLICY",
            ErrorKind::Model => "EDGEWARD_MODEL",
            ErrorKind::Input => "EDGEWARD_INPUT",
            ErrorKind::Integrity => "EDGEWARD_INTEGRITY",
            ErrorKind::Internal => "EDGEWARD_INTERNAL",
        }
    }
}

/// The error type of every fallible edgeward call.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    rule: Option<String>,
    line: Option<usize>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), rule: None, line: None }
    }
    pub fn policy(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Policy, message)
    }
    pub fn input(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Input, message)
    }
    pub fn model(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Model, message)
    }
    /// Attaches the offending policy rule (or section) id.
    pub fn with_rule(mut self, rule: impl Into<String>) -> Self {
        self.rule = Some(rule.into());
        self
    }
    /// Attaches the 1-based line in the policy source.
    pub fn with_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn rule(&self) -> Option<&str> {
        self.rule.as_deref()
    }
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, &self.rule) {
            (Some(l), Some(r)) => write!(f, "line {l}: rule `{r}`: {}", self.message),
            (Some(l), None) => write!(f, "line {l}: {}", self.message),
            (None, Some(r)) => write!(f, "rule `{r}`: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Result with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
