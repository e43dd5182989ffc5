//! Analyses for tuning rules: each takes engines and inputs and returns a plain `Serialize`
//! struct; the writers in [`crate::output::tuning`] render it. The evaluation against gold
//! annotations is [`crate::eval`].

pub mod diff;
pub mod suggest;
