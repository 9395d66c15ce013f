//! The gosub frontend: Go source text to the gosub IR.
//!
//! Four phases, each in its own module and each usable on its own by tests:
//! [`lexer`] (tokens, with Go's automatic semicolon insertion), [`parser`] (tokens to the [`ast`]),
//! [`check`] (name resolution, types and constant values, gc's error messages) and [`lower`] (the
//! checked tree to `middle::ir`). No phase prints or touches the file system: each returns its
//! result together with the diagnostics it found.

pub mod ast;
pub mod check;
pub mod constant;
pub mod lexer;
pub mod lower;
pub mod parser;
pub mod token;

use middle::source::{Diagnostic, FileId, Severity, SourceMap};

/// Parses, checks and lowers one package. Returns the IR program when there were no errors,
/// together with every diagnostic found. Syntax errors stop before type checking, as in gc.
pub fn compile_package(
    map: &SourceMap,
    files: &[FileId],
) -> (Option<middle::ir::Program>, Vec<Diagnostic>) {
    let (ast, mut diags) = parser::parse_files(map, files);
    if parser::stops_compilation(&diags) {
        // gc checks labels while parsing, so their errors accompany syntax errors.
        let branch_errors = check::check_branches(&ast, map, &diags);
        diags.extend(branch_errors);
        return (None, diags);
    }
    let (info, check_diags) = check::check_package(&ast, map);
    diags.extend(check_diags);
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return (None, diags);
    }
    let (program, lower_diags) = lower::lower_package(&ast, &info, map);
    let failed = lower_diags.iter().any(|d| d.severity == Severity::Error);
    diags.extend(lower_diags);
    (if failed { None } else { Some(program) }, diags)
}
