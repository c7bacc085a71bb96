//! edgeward: screen what a user sends to a chat model and what the model sends back,
//! locally, in microseconds.
pub mod category;
pub mod features;
pub mod model;
pub mod text;
pub mod verdict;

pub use category::Category;
pub use verdict::{Action, Direction, Verdict};
