//! Lowering: the checked syntax tree to the gosub IR.
//!
//! The lowering walks each function body once, statement by statement, emitting IR into a
//! `FunctionBuilder`. Its main decisions:
//!
//! * **Where variables live.** A variable whose address is taken (`&x`, a pointer-method call on
//!   it, slicing an array variable) or that a closure captures by reference becomes an allocation
//!   site of kind `Var` (gc's "moved to heap" candidate); its declaration executes an `Alloc`, so a
//!   variable declared in a loop body is a fresh object each iteration. Every other variable is an
//!   IR local, which the backend keeps in registers.
//! * **Closures** capture by value when gc would (never reassigned, address never taken, at most
//!   128 bytes) and by reference otherwise. A closure object is an allocation site holding the code
//!   address followed by the captures; inside the closure, captures are `PlaceBase::Capture`.
//! * **Allocation sites** get gc's position and expression text (see [`text`]) so escape analysis
//!   can report each one in gc's words: composite literals behind `&`, `new`, `make`, slice
//!   literals, interface boxes (constants get a read-only box), `...` argument arrays, closures,
//!   and the buffers of string concatenation and conversions.
//! * **Interfaces**: converting a concrete type records its method set (with wrappers that take the
//!   interface data word as receiver) in `Program::method_sets`.
//!
//! Functions containing `defer` are outlined (see [`defer`]); `go` and `defer` run compiler-made
//! closures over their already evaluated calls (see [`wrap`]). A construct gosub cannot compile
//! is reported as a `not supported` error at its position, never miscompiled.

mod call;
mod captures;
mod checks;
mod concurrency;
mod defer;
mod expr;
mod func;
mod inline_cost;
mod maps;
mod methods;
mod package;
mod stmt;
pub mod text;
mod wrap;

pub use package::lower_package;
