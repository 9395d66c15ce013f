//! The middle of gosub: the IR that connects the frontend to the backend, and the passes that run
//! on it (inlining, escape analysis). This crate does no I/O: passes return their results and
//! diagnostics, and only the driver prints.

pub mod source;
pub mod types;
pub mod ir;
