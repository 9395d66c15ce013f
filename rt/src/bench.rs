//! Package `testing`'s harness: running `TestX(t *testing.T)` and `BenchmarkX(b *testing.B)`
//! functions for `gosub test`, with `go test`'s algorithm and output.
//!
//! `gosub test` compiles the package with a generated entry function that calls
//! [`gosub_test_start`] with the command line's settings, [`common::gosub_test_run`] for every
//! selected test, [`run::gosub_bench_run`] for every selected benchmark and [`gosub_test_end`],
//! which prints `PASS` or `FAIL` (and then exits with status 1). The `ok  \tpkg\t0.123s` line
//! is the driver's, as it is the `go` command's.
//!
//! A `*testing.B` or `*testing.T` is a pointer to a [`common::Handle`], two words: `B.N`, which
//! compiled code reads and writes directly, and the harness's [`common::State`]. Handles and
//! states are leaked (a program may keep a `*testing.B` after its benchmark; a handful of small
//! objects per benchmark). A handle whose state word is null (a `testing.B` the program made
//! itself) makes every method a no-op.
//!
//! The parts: [`common`] has what tests and benchmarks share (reporting methods, failures and
//! skips, calling the function, the test runner); [`timer`] the benchmark timer and allocation
//! counters; [`run`] the benchmark runner and `b.Loop()`; [`report`] the text of result lines.

mod common;
mod report;
mod run;
mod timer;

use core::cell::{Cell, RefCell};

use crate::abi::GoString;

/// The settings of a `gosub test` run ([`gosub_test_start`]).
#[derive(Clone, Copy)]
struct Config {
    /// `-benchtime d`, in nanoseconds (when `bench_n` is 0).
    bench_time: i64,
    /// `-benchtime Nx`: a fixed iteration count, or 0.
    bench_n: i64,
    /// `-benchmem`.
    benchmem: bool,
    /// `-count`.
    count: i64,
    /// The longest selected benchmark name (for the name column's width).
    width: usize,
    /// Whether `-bench` was given (no "no tests to run" warning then).
    bench_requested: bool,
}

thread_local! {
    static CONFIG: Cell<Config> = const {
        Cell::new(Config { bench_time: 1_000_000_000, bench_n: 0, benchmem: false, count: 1, width: 0, bench_requested: false })
    };
    /// The package's import path (`pkg:` line).
    static PACKAGE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// Some test or benchmark failed.
    static FAILED: Cell<bool> = const { Cell::new(false) };
    /// Some test ran.
    static TEST_RAN: Cell<bool> = const { Cell::new(false) };
}

/// The settings of the run.
fn config() -> Config {
    CONFIG.with(Cell::get)
}

/// Records that a test or benchmark failed (the run ends with `FAIL`).
fn note_failure() {
    FAILED.with(|f| f.set(true));
}

/// Records that a test ran.
fn note_test_ran() {
    TEST_RAN.with(|r| r.set(true));
}

/// Records the settings of a `gosub test` run: the package's import path, `-benchtime` (as
/// nanoseconds, or as a fixed iteration count when `bench_n > 0`), `-benchmem`, `-count`, the
/// longest selected benchmark name, and whether `-bench` was given.
#[no_mangle]
pub unsafe extern "C" fn gosub_test_start(
    pkg_ptr: *const u8,
    pkg_len: i64,
    bench_time: i64,
    bench_n: i64,
    benchmem: i64,
    count: i64,
    width: i64,
    bench_requested: i64,
) {
    let package = GoString {
        ptr: pkg_ptr,
        len: pkg_len,
    }
    .as_bytes()
    .to_vec();
    PACKAGE.with(|p| *p.borrow_mut() = package);
    let config = Config {
        bench_time: bench_time.max(1),
        bench_n: bench_n.max(0),
        benchmem: benchmem != 0,
        count: count.max(1),
        width: width.max(0) as usize,
        bench_requested: bench_requested != 0,
    };
    CONFIG.with(|c| c.set(config));
}

/// Ends a `gosub test` run: `PASS`, or `FAIL` and exit status 1.
#[no_mangle]
pub extern "C" fn gosub_test_end() {
    if FAILED.with(Cell::get) {
        crate::output::write_stdout(b"FAIL\n");
        crate::entry::gosub_exit(1);
    }
    if !TEST_RAN.with(Cell::get) && !config().bench_requested {
        crate::output::write_stderr(b"testing: warning: no tests to run\n");
    }
    crate::output::write_stdout(b"PASS\n");
}

#[cfg(test)]
mod tests;
