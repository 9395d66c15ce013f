//! The collector on program-like workloads: what survives, what is freed, bounded heaps, costs.
//!
//! Each test runs on its own thread, which has its own heaps and collector; the thread's stack
//! plays the Go stack and `GLOBAL_ROOT` (in the `gosub_globals` section) a Go global. Objects are
//! allocated inside `#[inline(never)]` helpers so that no stale copy of a pointer remains in the
//! test's own frame when a test needs an object to be unreachable.

use super::*;
use crate::alloc::{gosub_alloc, stats};
use core::hint::black_box;

/// A Go global variable, as the backend emits them.
#[used]
#[link_section = "gosub_globals"]
static mut GLOBAL_ROOT: [usize; 2] = [0; 2];

/// Live bytes after a forced collection.
fn live_after_gc() -> u64 {
    gosub_gc();
    stats().live_bytes
}

/// Allocates a node `{next, value}` (pointer-holding, 16 bytes).
#[inline(never)]
unsafe fn node(next: *mut usize, value: usize) -> *mut usize {
    let memory = gosub_alloc(16, 8, 1) as *mut usize;
    *memory = next as usize;
    *memory.add(1) = value;
    memory
}

/// Builds a list of `n` nodes with values `0..n`; returns its head.
#[inline(never)]
unsafe fn list(n: usize) -> *mut usize {
    (0..n)
        .rev()
        .fold(core::ptr::null_mut(), |next, value| node(next, value))
}

/// Checks that the list at `head` still holds `0..n`.
unsafe fn check_list(mut head: *mut usize, n: usize) {
    for value in 0..n {
        assert_eq!(*head.add(1), value, "node {value} was overwritten");
        head = *head as *mut usize;
    }
    assert!(head.is_null());
}

/// Allocates `count` unreachable 32-byte objects.
#[inline(never)]
unsafe fn garbage(count: usize) {
    for _ in 0..count {
        black_box(gosub_alloc(32, 8, 1));
    }
}

#[test]
fn garbage_is_freed_and_counted() {
    let before = stats();
    unsafe { garbage(10_000) };
    gosub_gc();
    let after = stats();
    assert!(
        after.frees - before.frees >= 9_990,
        "freed {}",
        after.frees - before.frees
    );
    assert_eq!(
        after.mallocs - after.frees,
        crate::memstats::read_memstats().heap_objects
    );
    assert!(after.frees_by_class[4] >= 9_990);
    assert!(stats().live_bytes <= before.live_bytes + 10 * 32);
    let memstats = crate::memstats::read_memstats();
    assert!(memstats.num_gc >= 1 && memstats.num_forced_gc >= 1);
    assert!(memstats.last_gc > 0 && memstats.pause_total_ns > 0);
    assert_eq!(memstats.heap_alloc, stats().live_bytes);
}

#[test]
fn objects_reachable_from_the_stack_survive() {
    unsafe {
        let head = black_box(list(10_000));
        garbage(200_000);
        gosub_gc();
        garbage(200_000);
        check_list(head, 10_000);
        black_box(&head);
    }
}

#[test]
fn interior_pointers_keep_objects_alive() {
    unsafe {
        let object = gosub_alloc(4096, 8, 0);
        object.add(4000).write(42);
        let inside = black_box(object.add(4000) as usize);
        let object = black_box(0usize);
        gosub_gc();
        garbage(100_000);
        assert_eq!(*(inside as *const u8), 42);
        black_box((object, inside));
    }
}

/// Stores a new list of `n` nodes in the global root.
#[inline(never)]
unsafe fn list_in_global(n: usize) {
    GLOBAL_ROOT[0] = list(n) as usize;
}

/// Stores a new 1 MiB pointer-free object in the global root.
#[inline(never)]
unsafe fn large_in_global() {
    GLOBAL_ROOT[1] = gosub_alloc(1 << 20, 8, 0) as usize;
}

#[test]
fn objects_reachable_from_globals_survive() {
    unsafe {
        list_in_global(1000);
        large_in_global();
        let with_large = live_after_gc();
        garbage(100_000);
        gosub_gc();
        check_list(GLOBAL_ROOT[0] as *mut usize, 1000);
        GLOBAL_ROOT[1] = 0;
        assert!(live_after_gc() <= with_large - (1 << 20));
        GLOBAL_ROOT[0] = 0;
    }
}

/// Makes a pointer-free object holding the only pointer to a 1 MiB pointer-holding object.
#[inline(never)]
unsafe fn hidden_in_scalar() -> *mut usize {
    let holder = gosub_alloc(16, 8, 0) as *mut usize;
    *holder = gosub_alloc(1 << 20, 8, 1) as usize;
    holder
}

/// Makes a pointer-holding object holding the only pointer to a 1 MiB pointer-free object.
#[inline(never)]
unsafe fn held_by_pointers() -> *mut usize {
    let holder = gosub_alloc(16, 8, 1) as *mut usize;
    *holder = gosub_alloc(1 << 20, 8, 0) as usize;
    holder
}

#[test]
fn pointer_free_objects_are_not_scanned() {
    unsafe {
        let baseline = live_after_gc();
        let scalar = black_box(hidden_in_scalar());
        let scanned = black_box(held_by_pointers());
        let live = live_after_gc() - baseline;
        // The object behind the pointer-free holder was freed; the other one survived.
        assert!((1 << 20) <= live && live < (1 << 20) + 4096, "live {live}");
        black_box((scalar, scanned));
    }
}

#[test]
fn churn_keeps_the_heap_bounded() {
    // A program-like loop: 5 million short-lived objects of 16 to 64 bytes, 1000 of which are
    // kept at any time in a pointer-holding table on the heap, plus an occasional large object.
    unsafe {
        let table = black_box(gosub_alloc(8 * 1000, 8, 1) as *mut usize);
        let before = stats();
        let started = now(libc::CLOCK_MONOTONIC);
        let mut peak = 0;
        for i in 0..5_000_000usize {
            let size = 16 + (i % 4) as u64 * 16;
            let object = gosub_alloc(size, 8, 1) as *mut usize;
            *object = i;
            if i % 97 == 0 {
                *table.add(i % 1000) = object as usize;
            }
            if i % 100_000 == 0 {
                *table.add(i % 1000) = gosub_alloc(200_000, 8, 1) as usize;
            }
            peak = peak.max((*crate::alloc::heap()).stats.live_bytes);
        }
        let elapsed = now(libc::CLOCK_MONOTONIC) - started;
        let after = stats();
        let collections = super::stats();
        for slot in 0..1000 {
            let object = *table.add(slot) as *const usize;
            assert!(object.is_null() || *object % 97 == 0 || *object % 100_000 == 0);
        }
        assert!(peak < 12 << 20, "peak live heap {peak} bytes");
        assert!(after.frees - before.frees > 4_900_000);
        eprintln!(
            "churn: {} allocations in {} ms ({} ns each), {} collections, {} us per collection, peak {} KiB",
            after.mallocs - before.mallocs,
            elapsed / 1_000_000,
            elapsed / 5_000_000,
            collections.num_gc,
            collections.pause_total_ns / collections.num_gc.max(1) as u64 / 1000,
            peak / 1024,
        );
    }
}

#[test]
fn goals_follow_gogc() {
    // gc's NextGC (tests/gen/gcpacing.go): 4194304 at start, 2097152 with GOGC=50, about twice
    // the live heap after a collection, and a huge number with GOGC=off.
    assert_eq!(goal(0, 100), 4 << 20);
    assert_eq!(goal(10 << 20, 100), 20 << 20);
    assert_eq!(goal(10 << 20, 50), 15 << 20);
    assert_eq!(goal(0, 50), 2 << 20);
    assert_eq!(goal(1, -1), u64::MAX);
}
