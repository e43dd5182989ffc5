//! Analyses over scored articles: each takes engines and inputs and returns a plain `Serialize`
//! struct that the writers in [`crate::output`] render.
//!
//! - [`compare`]: groups of articles with bootstrap intervals (`slant compare`);
//! - [`eval`]: agreement with gold annotations (`slant eval`);
//! - [`diff`]: what a rule change does (`slant rules diff`);
//! - [`suggest`]: candidate terms mined from gold spans (`slant rules suggest`);
//! - [`rule_check`]: rules against their own examples (`slant rules check`).

pub mod compare;
pub mod diff;
pub mod eval;
pub mod paired;
pub mod rule_check;
pub mod suggest;
