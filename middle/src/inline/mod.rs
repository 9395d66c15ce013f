//! The inliner (being written).

mod report;

use crate::ir::Program;
use crate::source::{Diagnostic, SourceMap};
use crate::PassOptions;

/// Inlines small functions into their callers and returns the `-m` inlining diagnostics.
pub fn inline_program(program: &mut Program, options: &PassOptions, map: &SourceMap) -> Vec<Diagnostic> {
    let _ = map;
    if options.diagnostics == 0 {
        return Vec::new();
    }
    report::verdicts(program, options.diagnostics)
}
