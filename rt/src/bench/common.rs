//! What tests and benchmarks share (Go's `testing.common`): the handle compiled code holds,
//! the reporting methods (`Log`, `Error`, `Fatal`, `Skip`... of both `*testing.T` and
//! `*testing.B`), calling the test or benchmark function, and the test runner.
//!
//! Messages are kept in the function's output as `go test` keeps them: `    file:line: text`,
//! continuation lines indented by four more spaces. The call site is the one the lowering
//! passes (the line of the `t.Log(...)` call; `Helper` is a no-op).
//!
//! `FailNow` and `SkipNow` (and `Fatal`, `Skip`...) end the function as Go's `runtime.Goexit`
//! does: they mark the function finished and raise a panic that the harness catches. The
//! function is called under a guard (`guard.rs`, the mechanism fmt uses for panicking `String`
//! methods), so the panic runs the function's deferred calls and then returns control to the
//! harness. A deferred `recover()` in the function does see that panic (Goexit cannot be
//! recovered in Go); the failure is recorded before, so the test still fails. Any other panic
//! that leaves the function ends the program with gc's report, as it ends a Go test binary.

use std::time::Instant;

use super::timer::Bench;
use crate::abi::{GoString, Iface};
use crate::builtin_types::{interned_runtime_error, PLAIN_ERROR};

/// What a `*testing.T` or `*testing.B` points to.
#[repr(C)]
pub struct Handle {
    /// `B.N` (unused by tests).
    pub n: i64,
    /// The harness's state; null in a `testing.B` or `testing.T` the program made itself.
    pub state: *mut State,
}

/// The state of one test or benchmark.
pub struct State {
    /// The function's name (`TestX`, `BenchmarkX`).
    pub name: Vec<u8>,
    /// Its log, as `go test` prints it.
    pub output: Vec<u8>,
    /// `Fail` was called.
    pub failed: bool,
    /// `SkipNow` was called.
    pub skipped: bool,
    /// `FailNow` or `SkipNow` ended the function.
    pub finished: bool,
    /// Benchmark timing (unused by tests).
    pub bench: Bench,
}

/// A new handle (leaked) for a function named `name`.
pub fn new_handle(name: &[u8], bench: Bench) -> *mut Handle {
    let state = State {
        name: name.to_vec(),
        output: Vec::new(),
        failed: false,
        skipped: false,
        finished: false,
        bench,
    };
    Box::into_raw(Box::new(Handle {
        n: 0,
        state: Box::into_raw(Box::new(state)),
    }))
}

/// The state behind a handle, if it has one.
pub unsafe fn state<'a>(handle: *mut Handle) -> Option<&'a mut State> {
    if handle.is_null() {
        return None;
    }
    (*handle).state.as_mut()
}

/// How a call of a test or benchmark function ended.
pub enum Outcome {
    /// It returned.
    Returned,
    /// `FailNow` or `SkipNow` ended it.
    Exited,
    /// It panicked with this message and nothing recovered.
    Panicked(Vec<u8>),
}

/// A guarded call's target: the Go func value and its argument.
#[repr(C)]
struct Target {
    func: *mut u8,
    handle: *mut Handle,
}

/// Calls the `Target` at `data` (in `guard::call`'s method convention).
unsafe extern "C" fn enter(data: *mut u8) -> GoString {
    let target = &*(data as *const Target);
    // A Go func value points to a closure object whose first word is the code, which takes the
    // object and then the arguments.
    let code: unsafe extern "C" fn(*mut u8, *mut Handle) =
        core::mem::transmute(*(target.func as *const usize));
    code(target.func, target.handle);
    GoString::EMPTY
}

/// Calls the Go function `func(handle)` (a `func(*testing.T)` or `func(*testing.B)`).
pub unsafe fn call(func: *mut u8, handle: *mut Handle) -> Outcome {
    if func.is_null() {
        return Outcome::Panicked(
            b"runtime error: invalid memory address or nil pointer dereference".to_vec(),
        );
    }
    let mut target = Target { func, handle };
    match crate::guard::call(enter, (&mut target as *mut Target).cast()) {
        Ok(_) => Outcome::Returned,
        Err(_) if state(handle).is_some_and(|s| s.finished) => Outcome::Exited,
        Err(message) => Outcome::Panicked(message),
    }
}

/// Ends the program after a panic that left a test or benchmark function, as the Go test
/// binary does (the testing package re-panics with the value).
pub fn die_of_panic(message: &[u8]) -> ! {
    let mut out = b"panic: ".to_vec();
    out.extend_from_slice(message);
    out.extend_from_slice(b" [recovered, repanicked]\n");
    out.extend_from_slice(&crate::panic::traceback(
        crate::sched::current_id(),
        "running",
    ));
    crate::panic::die(&out)
}

/// Appends `text`, logged at `site` (`file:line`), to the function's output.
pub fn log(s: &mut State, site: &[u8], text: &[u8]) {
    let text = text.strip_suffix(b"\n").unwrap_or(text);
    s.output.extend_from_slice(b"    ");
    s.output.extend_from_slice(site);
    s.output.extend_from_slice(b": ");
    for (i, line) in text.split(|&c| c == b'\n').enumerate() {
        if i > 0 {
            s.output.extend_from_slice(b"\n        ");
        }
        s.output.extend_from_slice(line);
    }
    s.output.push(b'\n');
}

/// Marks the function failed and ends it (`FailNow`).
pub unsafe fn fail_now(s: &mut State) -> ! {
    s.failed = true;
    s.finished = true;
    goexit()
}

/// Logs `text` at `site`, then `FailNow` (`Fatal`).
pub unsafe fn fatal(s: &mut State, site: &[u8], text: &[u8]) -> ! {
    log(s, site, text);
    fail_now(s)
}

/// Ends the running test or benchmark function (see the module comment).
unsafe fn goexit() -> ! {
    crate::unwind::raise(interned_runtime_error(
        &PLAIN_ERROR,
        b"testing: test function ended by FailNow or SkipNow",
    ))
}

/// A Go string argument's bytes.
unsafe fn bytes<'a>(ptr: *const u8, len: i64) -> &'a [u8] {
    GoString { ptr, len }.as_bytes()
}

/// `...any` arguments as a slice.
unsafe fn arguments<'a>(args: *const Iface, n: i64) -> &'a [Iface] {
    if n <= 0 || args.is_null() {
        &[]
    } else {
        core::slice::from_raw_parts(args, n as usize)
    }
}

/// `fmt.Sprintln(args...)`.
unsafe fn sprintln(args: *const Iface, n: i64) -> Vec<u8> {
    let mut printer = crate::fmt::Printer::new();
    printer.do_println(arguments(args, n));
    printer.buf
}

/// `fmt.Sprintf(format, args...)`.
unsafe fn sprintf(fptr: *const u8, flen: i64, args: *const Iface, n: i64) -> Vec<u8> {
    let mut printer = crate::fmt::Printer::new();
    printer.do_printf(bytes(fptr, flen), arguments(args, n));
    printer.buf
}

/// What a reporting method does after logging.
#[derive(Clone, Copy)]
enum Then {
    /// `Log`: nothing.
    Continue,
    /// `Error`: `Fail`.
    Fail,
    /// `Fatal`: `FailNow`.
    FailNow,
    /// `Skip`: `SkipNow`.
    SkipNow,
}

/// Logs `text` at the call site and does `then`.
unsafe fn report(handle: *mut Handle, sptr: *const u8, slen: i64, text: Vec<u8>, then: Then) {
    let Some(s) = state(handle) else { return };
    log(s, bytes(sptr, slen), &text);
    match then {
        Then::Continue => {}
        Then::Fail => s.failed = true,
        Then::FailNow => fail_now(s),
        Then::SkipNow => skip_now(s),
    }
}

/// Marks the function skipped and ends it (`SkipNow`).
unsafe fn skip_now(s: &mut State) -> ! {
    s.skipped = true;
    s.finished = true;
    goexit()
}

/// Defines reporting methods: `$name(args...)` logs `fmt.Sprintln(args...)`, `$f_name(format,
/// args...)` logs `fmt.Sprintf(format, args...)`, and both then do `$then`.
macro_rules! reporting_methods {
    ($($method:literal: $name:ident, $f_name:ident, $then:expr;)*) => {$(
        #[doc = concat!("`", $method, "(args...)`.")]
        #[no_mangle]
        pub unsafe extern "C" fn $name(h: *mut Handle, sptr: *const u8, slen: i64, args: *const Iface, n: i64) {
            report(h, sptr, slen, sprintln(args, n), $then)
        }

        #[doc = concat!("`", $method, "f(format, args...)`.")]
        #[no_mangle]
        pub unsafe extern "C" fn $f_name(h: *mut Handle, sptr: *const u8, slen: i64, fptr: *const u8, flen: i64, args: *const Iface, n: i64) {
            report(h, sptr, slen, sprintf(fptr, flen, args, n), $then)
        }
    )*};
}

reporting_methods! {
    "Log": gosub_testing_log, gosub_testing_logf, Then::Continue;
    "Error": gosub_testing_error, gosub_testing_errorf, Then::Fail;
    "Fatal": gosub_testing_fatal, gosub_testing_fatalf, Then::FailNow;
    "Skip": gosub_testing_skip, gosub_testing_skipf, Then::SkipNow;
}

/// `Fail()`.
#[no_mangle]
pub unsafe extern "C" fn gosub_testing_fail(h: *mut Handle) {
    if let Some(s) = state(h) {
        s.failed = true;
    }
}

/// `FailNow()`.
#[no_mangle]
pub unsafe extern "C" fn gosub_testing_fail_now(h: *mut Handle) {
    if let Some(s) = state(h) {
        fail_now(s);
    }
}

/// `SkipNow()`.
#[no_mangle]
pub unsafe extern "C" fn gosub_testing_skip_now(h: *mut Handle) {
    if let Some(s) = state(h) {
        skip_now(s);
    }
}

/// `Failed() bool`.
#[no_mangle]
pub unsafe extern "C" fn gosub_testing_failed(h: *mut Handle) -> u8 {
    state(h).is_some_and(|s| s.failed) as u8
}

/// `Skipped() bool`.
#[no_mangle]
pub unsafe extern "C" fn gosub_testing_skipped(h: *mut Handle) -> u8 {
    state(h).is_some_and(|s| s.skipped) as u8
}

/// `Helper()`: nothing to do (call sites are always the reporting method's caller).
#[no_mangle]
pub extern "C" fn gosub_testing_helper(_h: *mut Handle) {}

/// `Name() string`.
#[no_mangle]
pub unsafe extern "C" fn gosub_testing_name(h: *mut Handle) -> GoString {
    match state(h) {
        Some(s) => crate::alloc::alloc_string(&s.name),
        None => GoString::EMPTY,
    }
}

/// Runs test `name` (a Go func value `func(*testing.T)`), printing `--- FAIL: TestX (0.00s)`
/// and its output if it fails, as `go test` does without `-v`.
#[no_mangle]
pub unsafe extern "C" fn gosub_test_run(name_ptr: *const u8, name_len: i64, func: *mut u8) {
    super::note_test_ran();
    let t = new_handle(bytes(name_ptr, name_len), Bench::new(core::ptr::null_mut()));
    let start = Instant::now();
    let outcome = call(func, t);
    let seconds = start.elapsed().as_secs_f64();
    let s = &*(*t).state;
    let panicked = matches!(outcome, Outcome::Panicked(_));
    if s.failed || panicked {
        let mut out = format!(
            "--- FAIL: {} ({seconds:.2}s)\n",
            String::from_utf8_lossy(&s.name)
        )
        .into_bytes();
        out.extend_from_slice(&s.output);
        crate::output::write_stdout(&out);
        super::note_failure();
    }
    if let Outcome::Panicked(message) = outcome {
        die_of_panic(&message);
    }
}
