//! Panics: gc's messages and values; the unwinding itself is `unwind.rs`.
//!
//! The exported `gosub_panic_*` entry points build the value gc would panic with — a
//! `runtime.boundsError`, `runtime.errorString` (`runtime error: ...`), `runtime.plainError`
//! or `*runtime.TypeAssertionError` (`builtin_types.rs`), whose `Error()` is gc's message from
//! `panic_message.rs`, or the value given to the builtin `panic` — and hand it to
//! `unwind::raise`, which runs deferred calls, lets `recover` stop the panic, and otherwise
//! reports it through [`die`]: flush standard output, write the report, exit with status 2 as
//! gc does.
//!
//! A report ends with a placeholder traceback ([`traceback`]): gc prints the real call stack
//! with file paths and offsets, which no test can compare byte for byte, so the runtime keeps
//! only its shape: `goroutine N [status]:`, then `main.main()` for the main goroutine (`?()`
//! for others) and a `?:0 +0x0` position line.

use crate::abi::{GoString, Iface, TypeDesc};
use crate::builtin_types::{Static, BOUNDS_ERROR, ERROR_STRING, PLAIN_ERROR, TYPE_ASSERTION_ERROR};
use crate::panic_message::{assert_message, bounds_message, Bounds, NIL_DEREFERENCE};

/// Writes `report` to standard error (after flushing standard output) and exits with status 2.
pub fn die(report: &[u8]) -> ! {
    crate::output::write_stderr(report);
    // SAFETY: _exit ends the process without running anything else.
    unsafe { libc::_exit(2) }
}

/// The placeholder traceback of goroutine `id` in `status` (`running`, `chan receive`...),
/// starting with the blank line that separates it from what precedes.
pub fn traceback(id: i64, status: &str) -> Vec<u8> {
    let mut out = b"\ngoroutine ".to_vec();
    crate::print::push_int(&mut out, id);
    out.extend_from_slice(b" [");
    out.extend_from_slice(status.as_bytes());
    out.extend_from_slice(b"]:\n");
    out.extend_from_slice(if id == 1 { b"main.main()" } else { b"?()" });
    out.extend_from_slice(b"\n\t?:0 +0x0\n");
    out
}

/// Panics with a new runtime error of type `typ` whose `Error()` is `message`.
fn fail(typ: &'static Static<TypeDesc>, message: &[u8]) -> ! {
    // SAFETY: a fresh value of a runtime-defined type.
    unsafe { crate::unwind::raise(crate::builtin_types::runtime_error(typ, message)) }
}

/// Panics with the one runtime error of type `typ` and `message` (see
/// `builtin_types::interned_runtime_error`).
fn fail_interned(typ: &'static Static<TypeDesc>, message: &[u8]) -> ! {
    // SAFETY: a value of a runtime-defined type.
    unsafe { crate::unwind::raise(crate::builtin_types::interned_runtime_error(typ, message)) }
}

/// Panics with a `runtime.plainError` (gc's messages without a prefix, e.g. `assignment to
/// entry in nil map`, `send on closed channel`).
pub fn fail_plain(message: &[u8]) -> ! {
    fail_interned(&PLAIN_ERROR, message)
}

/// Panics with a runtime error `message` (without the `runtime error: ` prefix).
pub fn fail_runtime_error(message: &[u8]) -> ! {
    let mut text = b"runtime error: ".to_vec();
    text.extend_from_slice(message);
    fail_interned(&ERROR_STRING, &text)
}

/// Panics with the nil dereference error (the fault behind it, if any, is already recorded).
pub fn fail_nil_dereference() -> ! {
    fail_interned(&ERROR_STRING, NIL_DEREFERENCE)
}

/// Panics with a bounds error.
fn fail_bounds(which: Bounds, x: i64, y: i64) -> ! {
    fail(&BOUNDS_ERROR, &bounds_message(which, x, y))
}

/// `s[i]` out of range.
#[no_mangle]
pub extern "C" fn gosub_panic_index(index: i64, len: i64) -> ! {
    fail_bounds(Bounds::Index, index, len)
}

/// `s[:hi]` with `hi > len` (strings).
#[no_mangle]
pub extern "C" fn gosub_panic_slice_alen(hi: i64, len: i64) -> ! {
    fail_bounds(Bounds::SliceAlen, hi, len)
}

/// `s[:hi]` with `hi > cap`.
#[no_mangle]
pub extern "C" fn gosub_panic_slice_acap(hi: i64, cap: i64) -> ! {
    fail_bounds(Bounds::SliceAcap, hi, cap)
}

/// `s[lo:hi]` with `lo > hi` (or `lo < 0`).
#[no_mangle]
pub extern "C" fn gosub_panic_slice_b(lo: i64, hi: i64) -> ! {
    fail_bounds(Bounds::SliceB, lo, hi)
}

/// `s[::max]` with `max > len` (arrays).
#[no_mangle]
pub extern "C" fn gosub_panic_slice3_alen(max: i64, len: i64) -> ! {
    fail_bounds(Bounds::Slice3Alen, max, len)
}

/// `s[::max]` with `max > cap`.
#[no_mangle]
pub extern "C" fn gosub_panic_slice3_acap(max: i64, cap: i64) -> ! {
    fail_bounds(Bounds::Slice3Acap, max, cap)
}

/// `s[:hi:max]` with `hi > max`.
#[no_mangle]
pub extern "C" fn gosub_panic_slice3_b(hi: i64, max: i64) -> ! {
    fail_bounds(Bounds::Slice3B, hi, max)
}

/// `s[lo:hi:]` with `lo > hi`.
#[no_mangle]
pub extern "C" fn gosub_panic_slice3_c(lo: i64, hi: i64) -> ! {
    fail_bounds(Bounds::Slice3C, lo, hi)
}

/// `[want]T(s)` or `(*[want]T)(s)` with `len(s) < want`.
#[no_mangle]
pub extern "C" fn gosub_panic_slice_convert(len: i64, want: i64) -> ! {
    fail_bounds(Bounds::Convert, len, want)
}

/// Integer division or remainder by zero.
#[no_mangle]
pub extern "C" fn gosub_panic_divide() -> ! {
    fail_runtime_error(b"integer divide by zero")
}

/// `make([]T, len)` with a negative or too large length.
#[no_mangle]
pub extern "C" fn gosub_panic_makeslice() -> ! {
    fail_runtime_error(b"makeslice: len out of range")
}

/// `make([]T, len, cap)` with a negative or too large capacity, or `cap < len`.
#[no_mangle]
pub extern "C" fn gosub_panic_makeslice_cap() -> ! {
    fail_runtime_error(b"makeslice: cap out of range")
}

/// A nil dereference caught by an explicit check (reported like gc's fault at address 0).
#[no_mangle]
pub extern "C" fn gosub_panic_nil() -> ! {
    // SAFETY: the running goroutine's record.
    unsafe { (*crate::sched::current()).signal = Some([libc::SIGSEGV as u64, 1, 0, 0]) };
    fail_nil_dereference()
}

/// A shift by a negative amount.
#[no_mangle]
pub extern "C" fn gosub_panic_shift() -> ! {
    fail_runtime_error(b"negative shift amount")
}

/// Any other runtime error: prints `panic: runtime error: ` + the message (e.g.
/// `makeslice: len out of range`, `hash of unhashable type main.T`).
#[no_mangle]
pub unsafe extern "C" fn gosub_panic_runtime_error(ptr: *const u8, len: i64) -> ! {
    fail_runtime_error(GoString { ptr, len }.as_bytes())
}

/// A runtime panic whose message has no `runtime error: ` prefix (gc's plain errors, e.g.
/// `assignment to entry in nil map`).
#[no_mangle]
pub unsafe extern "C" fn gosub_panic_plain(ptr: *const u8, len: i64) -> ! {
    fail_plain(GoString { ptr, len }.as_bytes())
}

/// The builtin `panic(v)`, `v` given as an empty interface `(tab, data)`.
#[no_mangle]
pub unsafe extern "C" fn gosub_panic_value(tab: *const TypeDesc, data: *mut u8) -> ! {
    crate::unwind::raise(Iface {
        tab: tab.cast(),
        data,
    })
}

/// A failed type assertion `x.(want)`: `have` is x's dynamic type (null if x is nil), `iface`
/// the static interface type of x (`interface {}` for `any`).
#[no_mangle]
pub unsafe extern "C" fn gosub_panic_assert(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> ! {
    fail(
        &TYPE_ASSERTION_ERROR,
        &assert_message(have, &*want, &*iface),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracebacks_have_gc_shape() {
        assert_eq!(
            String::from_utf8(traceback(1, "running")).unwrap(),
            "\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"
        );
        assert_eq!(
            String::from_utf8(traceback(7, "chan send (nil chan)")).unwrap(),
            "\ngoroutine 7 [chan send (nil chan)]:\n?()\n\t?:0 +0x0\n"
        );
    }
}
