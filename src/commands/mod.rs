//! Commands: what each `slant` subcommand does, as library functions that take options, an
//! output and a [`crate::report::Reporter`]. The binary only parses arguments and calls these.

pub mod claims;
pub mod compare;
pub mod eval;
pub mod explain;
pub mod rules;
pub mod score;
