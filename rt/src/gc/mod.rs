//! The garbage collector: stop-the-world, conservative, mark-sweep over mimalloc.
//!
//! A collection runs on the thread that allocates, inside `gosub_alloc` (or `runtime.GC()`), so
//! the world is stopped by construction: compiled programs have one thread, and Go code cannot
//! run while the runtime does. It marks everything reachable from the roots (`roots.rs`: spilled
//! registers, the stack, the `gosub_globals` section), following every word of pointer-holding
//! objects that looks like a pointer into a live object, interior pointers included
//! (`mark.rs`), then frees every object left unmarked. Nothing is ever moved, so treating an
//! integer as a pointer costs at most a little retained memory; no stack maps or pointer
//! bitmaps are needed from the compiler, only the split into pointer-holding and pointer-free
//! objects.
//!
//! Pacing follows gc's GOGC rule: after a collection leaves `live` bytes, the next one starts
//! when the heap reaches `live * (1 + GOGC/100)`, but not before `4 MiB * GOGC/100` (gc's
//! minimum heap). `GOGC` is read from the environment at the first allocation: a number sets the
//! percentage (100 by default), `off` or a negative number disables collection (`runtime.GC()`
//! still collects). The statistics `runtime.MemStats` reports (`NumGC`, `NumForcedGC`, pause
//! times, `LastGC`, `NextGC`) are kept here; frees and live bytes are counted by the sweep.

mod mark;
mod roots;

use crate::alloc::heap;
use core::cell::UnsafeCell;
use mark::Marker;

/// gc's minimum heap goal at GOGC=100.
const MIN_HEAP: u64 = 4 << 20;

/// Collection statistics, as `runtime.MemStats` reports them.
#[derive(Clone, Copy)]
pub struct GcStats {
    /// Completed collections.
    pub num_gc: u32,
    /// Collections requested by `runtime.GC()`.
    pub num_forced_gc: u32,
    /// Total time spent in collections, in nanoseconds.
    pub pause_total_ns: u64,
    /// Recent collection times (circular, the latest at `(num_gc + 255) % 256`).
    pub pause_ns: [u64; 256],
    /// Recent collection end times, in nanoseconds since 1970 (same indexing).
    pub pause_end: [u64; 256],
    /// End of the last collection, in nanoseconds since 1970 (0: none yet).
    pub last_gc: u64,
}

/// The collector's per-thread state.
struct Collector {
    stats: GcStats,
    marker: Marker,
}

thread_local! {
    static COLLECTOR: UnsafeCell<Collector> = const {
        UnsafeCell::new(Collector {
            stats: GcStats {
                num_gc: 0,
                num_forced_gc: 0,
                pause_total_ns: 0,
                pause_ns: [0; 256],
                pause_end: [0; 256],
                last_gc: 0,
            },
            marker: Marker::new(),
        })
    };
}

/// A copy of the calling thread's collection statistics.
pub fn stats() -> GcStats {
    // SAFETY: a plain copy; no reference escapes.
    COLLECTOR.with(|cell| unsafe { (*cell.get()).stats })
}

/// GOGC as gc reads it: a decimal percentage, `off` (or a negative number) for no collection.
pub fn gc_percent_setting() -> i64 {
    // SAFETY: getenv returns null or a NUL-terminated string.
    let value = unsafe {
        let raw = libc::getenv(c"GOGC".as_ptr());
        if raw.is_null() {
            return 100;
        }
        core::ffi::CStr::from_ptr(raw).to_bytes()
    };
    if value == b"off" {
        return -1;
    }
    core::str::from_utf8(value)
        .ok()
        .and_then(|text| text.parse::<i32>().ok())
        .map_or(100, |percent| percent as i64)
}

/// The heap size at which to collect next, after a collection left `live` bytes.
pub fn goal(live: u64, gc_percent: i64) -> u64 {
    if gc_percent < 0 {
        return u64::MAX;
    }
    let percent = gc_percent as u128;
    let target = live as u128 + live as u128 * percent / 100;
    target
        .max(MIN_HEAP as u128 * percent / 100)
        .min(u64::MAX as u128) as u64
}

/// Nanoseconds on `clock`.
fn now(clock: libc::clockid_t) -> u64 {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec.
    unsafe { libc::clock_gettime(clock, &mut time) };
    time.tv_sec as u64 * 1_000_000_000 + time.tv_nsec as u64
}

/// Collects garbage on the calling thread (`forced`: requested by `runtime.GC()`).
fn collect(forced: bool) {
    let started = now(libc::CLOCK_MONOTONIC);
    // SAFETY: the roots are recorded before the collection switches stacks.
    unsafe { roots::run_on_collector_stack(mark_and_sweep) };
    // SAFETY: nothing else holds the collector's state across this call.
    let stats = unsafe { &mut (*COLLECTOR.with(|cell| cell.get())).stats };
    let pause = now(libc::CLOCK_MONOTONIC) - started;
    let end = now(libc::CLOCK_REALTIME);
    let slot = stats.num_gc as usize % 256;
    stats.pause_ns[slot] = pause;
    stats.pause_end[slot] = end;
    stats.pause_total_ns += pause;
    stats.last_gc = end;
    stats.num_gc += 1;
    stats.num_forced_gc += forced as u32;
}

/// The collection proper, run on the collector's stack: mark from the roots, sweep, set the next
/// goal.
unsafe extern "C" fn mark_and_sweep() {
    // The world is stopped (one thread); nothing else holds the allocator state or the collector.
    let heap = &mut *heap();
    if heap.heaps[0].is_null() {
        return;
    }
    // The marker's buffers are kept between collections in thread-local storage, which a test
    // thread's stack scan covers (glibc puts it at the top of the stack mapping): during the
    // collection the marker, holding heap addresses, lives here on the collector's stack.
    let kept = &mut (*COLLECTOR.with(|cell| cell.get())).marker;
    let mut marker = core::mem::replace(kept, Marker::new());
    marker.prepare(heap);
    let large = &mut heap.large;
    roots::visit_roots(&mut |start, end| marker.scan(large, start, end));
    marker.drain(large);
    marker.sweep(heap);
    heap.goal = goal(heap.stats.live_bytes, heap.gc_percent);
    *kept = marker.emptied();
}

/// `runtime.GC()`: a full collection now, whatever GOGC says.
#[no_mangle]
pub extern "C" fn gosub_gc() {
    roots::clear_dead_stack();
    collect(true);
}

/// A collection triggered by an allocation.
#[inline(never)]
pub fn collect_for_allocation() {
    roots::clear_dead_stack();
    collect(false);
}

#[cfg(test)]
mod tests;
