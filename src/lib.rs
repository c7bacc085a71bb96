//! edgeward: screen what a user sends to a chat model and what the model sends back,
//! locally, in microseconds.
mod ascii_words;
pub mod category;
pub mod error;
pub mod enforce;
/// The pre-release evaluation behind `edgeward eval` (native and WASI: it reads files).
#[cfg(any(not(target_arch = "wasm32"), target_os = "wasi"))]
pub mod eval;
pub mod features;
pub mod ladder;
pub mod model;
pub mod telemetry;
pub mod text;
pub mod trends;
pub mod verdict;

pub use category::Category;
pub use error::{Error, ErrorKind, Result};
pub use verdict::{Action, Direction, Verdict};
pub mod guard;
pub mod jsonl;
pub mod policy;

pub use guard::{Guard, Role, ScreenOptions, Turn};
pub use policy::Policy;
pub mod policy_tests;
pub mod stream;
pub mod window_scorer;
