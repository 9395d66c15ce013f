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
pub mod parser;
pub mod token;
