//! Panics: gc's messages, printed to standard error, then exit status 2.
//!
//! The messages come from `panic_message.rs`; the exported `gosub_panic_*` entry points hand
//! them to [`fail`], which ends a guarded method call if one is running (see `guard.rs`) and
//! otherwise reports through [`die`]: flush standard output, write the report, exit with status
//! 2 as gc does. There is no `recover` yet, so every other panic is fatal.
//!
//! A report is `panic: ` + message + `\n`, the `[signal ...]` line for faults, then a
//! placeholder traceback `\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n`: gc prints the
//! real call stack with file paths and offsets, which no test can compare byte for byte, so the
//! runtime keeps only its shape.

use crate::abi::{GoString, TypeDesc};
use crate::panic_message::{
    assert_message, bounds_message, panic_value_message, signal_line, Bounds, NIL_DEREFERENCE,
};

/// The placeholder traceback that follows every panic message.
pub const TRACEBACK: &[u8] = b"\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n";

/// Writes `report` to standard error (after flushing standard output) and exits with status 2.
pub fn die(report: &[u8]) -> ! {
    crate::output::write_stderr(report);
    // SAFETY: _exit ends the process without running anything else.
    unsafe { libc::_exit(2) }
}

/// A full panic report for `message` with an optional `[signal ...]` line.
pub fn report(message: &[u8], signal_line: Option<&[u8]>) -> Vec<u8> {
    let mut out = b"panic: ".to_vec();
    out.extend_from_slice(message);
    out.push(b'\n');
    if let Some(line) = signal_line {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out.extend_from_slice(TRACEBACK);
    out
}

/// Panics with `message`: ends the innermost guarded method call if there is one (fmt then
/// prints the message), else reports and exits.
pub fn fail(message: Vec<u8>, signal: Option<&[u8]>) -> ! {
    if crate::guard::active() {
        // SAFETY: a guarded call is in progress.
        unsafe { crate::guard::abandon(message) }
    }
    die(&report(&message, signal))
}

/// Panics with a runtime error `message` (without the `runtime error: ` prefix).
pub fn fail_runtime_error(message: &[u8]) -> ! {
    let mut text = b"runtime error: ".to_vec();
    text.extend_from_slice(message);
    fail(text, None)
}

/// Panics with a bounds error.
fn fail_bounds(which: Bounds, x: i64, y: i64) -> ! {
    fail(bounds_message(which, x, y), None)
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
    fail(
        NIL_DEREFERENCE.to_vec(),
        Some(&signal_line(libc::SIGSEGV, 1, 0, 0)),
    )
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
    fail(GoString { ptr, len }.as_bytes().to_vec(), None)
}

/// The builtin `panic(v)`, `v` given as an empty interface `(tab, data)`. Inside a guarded
/// method call the value is described as fmt's `%v` shows it, as Go's fmt does.
#[no_mangle]
pub unsafe extern "C" fn gosub_panic_value(tab: *const TypeDesc, data: *mut u8) -> ! {
    if crate::guard::active() {
        let value = crate::abi::Iface {
            tab: tab.cast(),
            data,
        };
        crate::guard::abandon(crate::fmt::sprint_value(&value));
    }
    die(&report(&panic_value_message(tab, data), None))
}

/// A failed type assertion `x.(want)`: `have` is x's dynamic type (null if x is nil), `iface`
/// the static interface type of x (`interface {}` for `any`).
#[no_mangle]
pub unsafe extern "C" fn gosub_panic_assert(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> ! {
    fail(assert_message(have, &*want, &*iface), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_has_gc_shape() {
        let report =
            String::from_utf8(report(b"runtime error: integer divide by zero", None)).unwrap();
        assert_eq!(
            report,
            "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"
        );
    }
}
