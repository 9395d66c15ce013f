//! `-S`: the assembly listing of every function of the user's package.
//!
//! (Placeholder until the disassembler lands: prints each function's symbol and size.)

use middle::source::SourceMap;

use crate::{Output, Target};

/// Renders the listing.
pub fn render(output: &Output, _map: &SourceMap, _target: Target) -> String {
    let mut s = String::new();
    for f in output.functions.iter().filter(|f| f.user) {
        s.push_str(&format!("{} size={} frame={}\n", f.symbol, f.bytes.len(), f.frame_size));
    }
    s
}
