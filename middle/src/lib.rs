//! The middle of gosub: the IR that connects the frontend to the backend, and the passes that run
//! on it (inlining, escape analysis). This crate does no I/O: passes return their results and
//! diagnostics, and only the driver prints.

pub mod escape;
pub mod inline;
pub mod ir;
pub mod source;
pub mod types;

use source::{Diagnostic, SourceMap};

/// What the middle passes should do.
#[derive(Clone, Copy, Debug, Default)]
pub struct PassOptions {
    /// Inline small functions (gc's default; `-l` turns it off).
    pub inline: bool,
    /// Diagnostic level: 0 none, 1 for `-m`, 2 for `-m=2`.
    pub diagnostics: u8,
}

/// Runs the middle passes over a lowered program: inlining (only devirtualization with `-l`, as
/// in gc), then escape analysis, which decides the placement of every allocation site. Returns
/// the `-m` diagnostics requested.
pub fn optimize(
    program: &mut ir::Program,
    options: &PassOptions,
    map: &SourceMap,
) -> Vec<Diagnostic> {
    let mut diags = inline::inline_program(program, options, map);
    diags.extend(escape::analyze(program, options, map));
    diags
}
