//! Running one benchmark as Go 1.27's `testing/benchmark.go` does, and `b.Loop()`.
//!
//! * `run1` runs the function once with `b.N = 1` (a failure there is reported at once);
//!   then the header (`goos`, `goarch`, `pkg`, `cpu`) is printed before the first result, and
//!   each of the `-count` runs prints the padded name, measures, and prints the result line.
//! * `run_n(n)` collects garbage, sets `b.N`, resets and starts the timer, calls the function,
//!   and stops the timer.
//! * `launch` grows `b.N` until a run lasts `-benchtime` (1s by default): each next `n`
//!   is predicted from the previous run (`goal * prevN / prevns`), plus 20%, at most 100 times
//!   the previous `n` and at least one more, at most 1e9. Go 1.27 no longer rounds `n` to a
//!   1-2-3-5 number; neither does gosub. `-benchtime Nx` runs exactly `N` iterations (after
//!   the `b.N = 1` probe).
//! * `b.Loop()` (Go 1.24) ramps up inside a single call of the function: the first call resets
//!   the timer and sets the target to 1 (or `N` for `-benchtime Nx`), each time the target is
//!   reached the next one is predicted the same way until the elapsed time reaches the
//!   benchmark time, and the final `false` stops the timer and sets `b.N` to the iterations run.
//!   The fast path (`i < n`) is one runtime call per iteration; gc inlines it.

use core::cell::Cell;

use super::common::{self, call, die_of_panic, state, Handle, Outcome, State};
use super::report::{self, BenchResult};
use super::timer::Bench;
use super::{config, note_failure, FAILED, PACKAGE};
use crate::abi::GoString;
use crate::output::{flush_stdout, write_stdout};

/// Go's cap on the iterations of one benchmark run.
const MAX_ITERATIONS: i64 = 1_000_000_000;

thread_local! {
    /// The header was printed.
    static LABELS_PRINTED: Cell<bool> = const { Cell::new(false) };
    /// Whether benchmarks run: decided when the first one is reached (not after failed tests).
    static BENCHMARKS_RUN: Cell<Option<bool>> = const { Cell::new(None) };
}

/// `(*B).Loop`: 1 while the benchmark loop should go on.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_loop(b: *mut Handle) -> u8 {
    let Some(s) = state(b) else { return 0 };
    let bench = &mut s.bench;
    if bench.loop_i < bench.loop_n && bench.timer_on {
        bench.loop_i += 1;
        return 1;
    }
    loop_slow_path(b, s)
}

/// `b.Loop()` at its first call, at the target, or with the timer stopped.
unsafe fn loop_slow_path(b: *mut Handle, s: &mut State) -> u8 {
    if !s.bench.timer_on {
        common::fatal(s, b"benchmark.go:417", b"B.Loop called with timer stopped");
    }
    let config = config();
    let bench = &mut s.bench;
    if bench.loop_n == 0 {
        bench.loop_n = if config.bench_n > 0 {
            config.bench_n
        } else {
            1
        };
        (*b).n = 0;
        bench.reset_timer();
        bench.loop_i += 1;
        return 1;
    }
    let more = config.bench_n == 0 && {
        let elapsed = bench.elapsed();
        elapsed < config.bench_time && {
            let previous = bench.loop_n;
            bench.loop_n = predict_n(config.bench_time, previous, elapsed, previous);
            previous < bench.loop_n
        }
    };
    if !more {
        bench.stop_timer();
        (*b).n = bench.loop_n;
        bench.loop_done = true;
        return 0;
    }
    bench.loop_i += 1;
    1
}

/// Go's `predictN`: the iterations the next run needs to last `goal_ns`, given that
/// `prev_iters` lasted `prev_ns`, growing from `last` by at most 100x and at least by one.
pub fn predict_n(goal_ns: i64, prev_iters: i64, prev_ns: i64, last: i64) -> i64 {
    let prev_ns = prev_ns.max(1) as i128;
    let mut n = goal_ns as i128 * prev_iters as i128 / prev_ns;
    n += n / 5;
    n = n.min(100 * last as i128);
    n = n.max(last as i128 + 1);
    n.min(MAX_ITERATIONS as i128) as i64
}

/// Go's `runN`: one run of the benchmark with `b.N = n`. False if the function ended early
/// (`FailNow`, `SkipNow`).
unsafe fn run_n(b: *mut Handle, n: i64) -> bool {
    crate::gc::gosub_gc();
    (*b).n = n;
    let s = &mut *(*b).state;
    s.bench.loop_n = 0;
    s.bench.loop_i = 0;
    s.bench.loop_done = false;
    s.bench.reset_timer();
    s.bench.start_timer();
    match call(s.bench.func, b) {
        Outcome::Returned => {}
        Outcome::Exited => return false,
        Outcome::Panicked(message) => die_of_panic(&message),
    }
    let s = &mut *(*b).state;
    s.bench.stop_timer();
    if s.bench.loop_n > 0 && !s.bench.loop_done && !s.failed {
        let message =
            b"benchmark function returned without B.Loop() == false (break or return in loop?)";
        common::log(s, b"benchmark.go:225", message);
        s.failed = true;
    }
    true
}

/// Go's `run1`: the first run, with `b.N = 1`; whether to go on measuring.
unsafe fn run1(b: *mut Handle) -> bool {
    run_n(b, 1);
    let s = &mut *(*b).state;
    if s.failed {
        let mut out = format!("--- FAIL: {}\n", String::from_utf8_lossy(&s.name)).into_bytes();
        out.extend_from_slice(&s.output);
        write_stdout(&out);
        note_failure();
        return false;
    }
    !s.finished
}

/// Go's `launch`: runs until the benchmark time is reached; `None` if the function ended early.
unsafe fn launch(b: *mut Handle) -> Option<BenchResult> {
    let config = config();
    if (*(*b).state).bench.loop_n == 0 {
        if config.bench_n > 0 {
            if config.bench_n > 1 && !run_n(b, config.bench_n) {
                return None;
            }
        } else {
            let mut n = 1;
            loop {
                let s = &*(*b).state;
                if s.failed || s.bench.duration >= config.bench_time || n >= MAX_ITERATIONS {
                    break;
                }
                let last = n;
                n = predict_n(config.bench_time, (*b).n, s.bench.duration, last);
                if !run_n(b, n) {
                    return None;
                }
            }
        }
    }
    let bench = &(*(*b).state).bench;
    Some(BenchResult {
        n: (*b).n,
        t: bench.duration,
        bytes: bench.bytes,
        mem_allocs: bench.net_allocs,
        mem_bytes: bench.net_bytes,
    })
}

/// Prints `goos`, `goarch`, `pkg` and `cpu` before the first result.
fn print_labels_once() {
    if LABELS_PRINTED.with(|p| p.replace(true)) {
        return;
    }
    let package = PACKAGE.with(|p| p.borrow().clone());
    write_stdout(&report::labels(&package));
}

/// Runs benchmark `name` (a Go func value `func(*testing.B)`) as `go test -bench` does: a
/// probe with `b.N = 1`, then `-count` measured runs, printing a result line for each. As in
/// Go, no benchmark runs after a failed test.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_run(name_ptr: *const u8, name_len: i64, func: *mut u8) {
    let run = BENCHMARKS_RUN.with(|r| {
        let run = r.get().unwrap_or_else(|| !FAILED.with(Cell::get));
        r.set(Some(run));
        run
    });
    if !run {
        return;
    }
    let name = GoString {
        ptr: name_ptr,
        len: name_len,
    }
    .as_bytes()
    .to_vec();
    let mut b = common::new_handle(&name, Bench::new(func));
    if !run1(b) {
        return;
    }
    print_labels_once();
    let config = config();
    let procs = report::procs();
    let bench_name = report::bench_name(&name, procs);
    let suffix = report::bench_name(b"", procs).len();
    let width = config.width + 2 * suffix + 1;
    for j in 0..config.count {
        write_stdout(format!("{:<width$}\t", String::from_utf8_lossy(&bench_name)).as_bytes());
        flush_stdout();
        if j > 0 {
            b = common::new_handle(&name, Bench::new(func));
            run1(b);
        }
        let result = launch(b).unwrap_or_default();
        let s = &*(*b).state;
        let mut out = Vec::new();
        if s.failed {
            out.extend_from_slice(b"--- FAIL: ");
            out.extend_from_slice(&bench_name);
            out.push(b'\n');
            out.extend_from_slice(&s.output);
            note_failure();
        } else {
            out.extend_from_slice(result.line().as_bytes());
            if config.benchmem || s.bench.show_alloc {
                out.push(b'\t');
                out.extend_from_slice(result.mem_string().as_bytes());
            }
            out.push(b'\n');
            if !s.output.is_empty() {
                out.extend_from_slice(b"--- BENCH: ");
                out.extend_from_slice(&bench_name);
                out.push(b'\n');
                out.extend_from_slice(&report::trim_output(&s.output));
            }
        }
        write_stdout(&out);
        flush_stdout();
    }
}
