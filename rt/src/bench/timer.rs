//! A benchmark's timer and counters (Go's `B` fields besides `N`), and the methods of
//! `*testing.B` that drive them: `ResetTimer`, `StartTimer`, `StopTimer`, `ReportAllocs` and
//! `SetBytes`.
//!
//! The timer reads a monotonic clock; allocations are the differences of the allocator's object
//! count and cumulative bytes (gc's `MemStats.Mallocs` and `TotalAlloc`) between start and
//! stop, so `B/op` and `allocs/op` count what gc's `-benchmem` counts.

use std::time::Instant;

use super::common::{state, Handle};

/// The timing state of a benchmark.
#[derive(Clone, Copy)]
pub struct Bench {
    /// The benchmark function (a Go func value).
    pub func: *mut u8,
    /// Whether the timer runs.
    pub timer_on: bool,
    /// When the timer was last started.
    start: Option<Instant>,
    /// Measured time, in nanoseconds.
    pub duration: i64,
    /// Allocator object count when the timer was last started.
    start_allocs: u64,
    /// Allocator cumulative bytes when the timer was last started.
    start_bytes: u64,
    /// Allocations measured.
    pub net_allocs: u64,
    /// Bytes measured.
    pub net_bytes: u64,
    /// `ReportAllocs` was called.
    pub show_alloc: bool,
    /// `SetBytes`.
    pub bytes: i64,
    /// `b.Loop`'s target.
    pub loop_n: i64,
    /// `b.Loop`'s current iteration.
    pub loop_i: i64,
    /// `b.Loop` returned false.
    pub loop_done: bool,
}

impl Bench {
    /// The state of a benchmark of `func` that has not run.
    pub fn new(func: *mut u8) -> Bench {
        Bench {
            func,
            timer_on: false,
            start: None,
            duration: 0,
            start_allocs: 0,
            start_bytes: 0,
            net_allocs: 0,
            net_bytes: 0,
            show_alloc: false,
            bytes: 0,
            loop_n: 0,
            loop_i: 0,
            loop_done: false,
        }
    }

    /// Nanoseconds since the timer was started.
    fn since_start(&self) -> i64 {
        self.start
            .map_or(0, |s| s.elapsed().as_nanos().min(i64::MAX as u128) as i64)
    }

    /// Takes the clock and the allocator's counters as the measurement's start.
    fn mark_start(&mut self) {
        let stats = crate::alloc::stats();
        self.start_allocs = stats.mallocs;
        self.start_bytes = stats.total_bytes;
        self.start = Some(Instant::now());
    }

    /// `StartTimer`.
    pub fn start_timer(&mut self) {
        if !self.timer_on {
            self.mark_start();
            self.timer_on = true;
        }
    }

    /// `StopTimer`: adds the time and allocations since the start.
    pub fn stop_timer(&mut self) {
        if self.timer_on {
            self.duration += self.since_start();
            let stats = crate::alloc::stats();
            self.net_allocs += stats.mallocs - self.start_allocs;
            self.net_bytes += stats.total_bytes - self.start_bytes;
            self.timer_on = false;
        }
    }

    /// `ResetTimer`: forgets what was measured; a running timer starts again now.
    pub fn reset_timer(&mut self) {
        if self.timer_on {
            self.mark_start();
        }
        self.duration = 0;
        self.net_allocs = 0;
        self.net_bytes = 0;
    }

    /// `b.Elapsed()` in nanoseconds.
    pub fn elapsed(&self) -> i64 {
        self.duration + if self.timer_on { self.since_start() } else { 0 }
    }
}

/// `(*B).ResetTimer`.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_reset_timer(b: *mut Handle) {
    if let Some(s) = state(b) {
        s.bench.reset_timer();
    }
}

/// `(*B).StartTimer`.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_start_timer(b: *mut Handle) {
    if let Some(s) = state(b) {
        s.bench.start_timer();
    }
}

/// `(*B).StopTimer`.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_stop_timer(b: *mut Handle) {
    if let Some(s) = state(b) {
        s.bench.stop_timer();
    }
}

/// `(*B).ReportAllocs`.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_report_allocs(b: *mut Handle) {
    if let Some(s) = state(b) {
        s.bench.show_alloc = true;
    }
}

/// `(*B).SetBytes`.
#[no_mangle]
pub unsafe extern "C" fn gosub_bench_set_bytes(b: *mut Handle, n: i64) {
    if let Some(s) = state(b) {
        s.bench.bytes = n;
    }
}
