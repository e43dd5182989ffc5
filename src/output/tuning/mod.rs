//! Writers of the tuning analyses (`slant eval`, `slant rules diff`, `slant rules suggest`):
//! each analysis returns a plain `Serialize` struct; these render it for people, and
//! [`write_json`] renders any of them as JSON.

pub mod diff;
pub mod eval;
pub mod suggest;

use serde::Serialize;
use std::io::{self, Write};

/// Writes `value` as pretty-printed JSON and a newline.
pub fn write_json(value: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
