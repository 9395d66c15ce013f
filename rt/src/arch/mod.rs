//! The few routines that must be written in assembly, one file per architecture.
//!
//! Everything here manipulates the stack pointer or the frame-pointer chain directly, which Rust
//! cannot express; each routine is a naked function of a dozen instructions, and both files
//! define the same items with the same contracts:
//!
//! - [`switch_context`]`(save, next)`: the goroutine switch. Pushes the callee-saved registers
//!   (and the return address, by being called) on the running stack, stores the stack pointer in
//!   `*save`, loads `next` (a stack pointer saved the same way, or made by [`initial_frame`]),
//!   pops that context's registers and returns into it. Caller-saved registers need no saving:
//!   to the compiler this is an ordinary call. A suspended goroutine's registers thus sit on its
//!   own stack, just above its saved stack pointer, where the collector's scan finds them.
//! - [`initial_frame`]`(top, closure, entry)`: lays out a fresh stack so that switching to it
//!   "returns" into a start routine which calls `entry(closure)` (which never returns), with
//!   the frame-pointer chain ending there.
//! - `gosub_run_deferring(body, frame)`: the exported setjmp of `defer`. Pushes the callee-saved
//!   registers and the frame address, records the stack pointer and a landing address in the
//!   defer frame, and calls `unwind::deferring_run(body, frame)`; it then pops and returns. A
//!   recovered panic calls [`resume_deferring`]`(frame)`: the longjmp, which loads the recorded
//!   stack pointer and jumps to the landing, which calls `unwind::deferring_finish(frame)` (which
//!   unlinks the frame) and leaves through the same epilogue, so the compiled
//!   caller sees `gosub_run_deferring` return normally with its registers restored. Everything
//!   the abandoned frames held is dropped (nothing in Go code or in the runtime's frames below
//!   needs cleaning up: no locks, and runtime memory they held only leaks).
//! - [`call_deferred`]`(closure, marker)`: calls a deferred closure below a frame record whose
//!   saved frame pointer is 0 (ending frame-pointer walks there) and stores that record's
//!   address in `*marker`. Compiled code keeps frame pointers, so the deferred function's own
//!   saved frame pointer equals the marker, which is how `recover` recognises being called by
//!   the deferred function itself.
//! - `gosub_recover()`: the exported `recover`; passes the caller's frame pointer (still in
//!   the frame-pointer register on entry) to `unwind::recover_from`.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
pub use aarch64::*;
#[cfg(target_arch = "x86_64")]
pub use x86_64::*;
