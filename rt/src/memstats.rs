//! `runtime.ReadMemStats`: a `#[repr(C)]` copy of Go's `runtime.MemStats`, filled from the
//! allocator's and the collector's counters.
//!
//! The struct has every field of Go's `runtime.MemStats` in Go's order and with Go's types, so
//! the backend can treat the Go struct and this one as the same memory (5776 bytes on 64-bit
//! targets, checked by a test). Allocation and free counts, live bytes (`HeapAlloc`, also
//! `Alloc` and `HeapInuse`), objects (`Mallocs - Frees`), per-size-class counts and the
//! collection statistics are exact; system-memory figures come from mimalloc's committed-memory
//! count.

use crate::alloc::stats;
use crate::sizeclass::CLASS_SIZES;

/// One entry of [`MemStats::by_size`]: allocations of one size class.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct SizeClassStats {
    /// Largest object size in the class.
    pub size: u32,
    /// Objects allocated in the class.
    pub mallocs: u64,
    /// Objects freed in the class.
    pub frees: u64,
}

/// Go's `runtime.MemStats`, field for field.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct MemStats {
    /// Bytes of allocated heap objects.
    pub alloc: u64,
    /// Cumulative bytes allocated for heap objects.
    pub total_alloc: u64,
    /// Total bytes of memory obtained from the OS.
    pub sys: u64,
    /// Pointer lookups performed by the runtime (always 0).
    pub lookups: u64,
    /// Cumulative count of heap objects allocated.
    pub mallocs: u64,
    /// Cumulative count of heap objects freed.
    pub frees: u64,
    /// Bytes of allocated heap objects.
    pub heap_alloc: u64,
    /// Bytes of heap memory obtained from the OS.
    pub heap_sys: u64,
    /// Bytes in idle (unused) heap spans.
    pub heap_idle: u64,
    /// Bytes in in-use heap spans.
    pub heap_inuse: u64,
    /// Bytes of physical memory returned to the OS.
    pub heap_released: u64,
    /// Number of allocated heap objects.
    pub heap_objects: u64,
    /// Bytes in stack spans.
    pub stack_inuse: u64,
    /// Bytes of stack memory obtained from the OS.
    pub stack_sys: u64,
    /// Bytes of allocated mspan structures.
    pub mspan_inuse: u64,
    /// Bytes of memory obtained from the OS for mspan structures.
    pub mspan_sys: u64,
    /// Bytes of allocated mcache structures.
    pub mcache_inuse: u64,
    /// Bytes of memory obtained from the OS for mcache structures.
    pub mcache_sys: u64,
    /// Bytes of memory in profiling bucket hash tables.
    pub buck_hash_sys: u64,
    /// Bytes of memory in garbage collection metadata.
    pub gc_sys: u64,
    /// Bytes of memory in miscellaneous off-heap runtime allocations.
    pub other_sys: u64,
    /// Target heap size of the next GC cycle.
    pub next_gc: u64,
    /// Time the last garbage collection finished, in nanoseconds since 1970.
    pub last_gc: u64,
    /// Cumulative nanoseconds in GC stop-the-world pauses.
    pub pause_total_ns: u64,
    /// Circular buffer of recent GC pause times.
    pub pause_ns: [u64; 256],
    /// Circular buffer of recent GC pause end times.
    pub pause_end: [u64; 256],
    /// Number of completed GC cycles.
    pub num_gc: u32,
    /// Number of GC cycles forced by the application.
    pub num_forced_gc: u32,
    /// Fraction of CPU time used by the GC.
    pub gc_cpu_fraction: f64,
    /// Always true (GC is enabled even if GOGC=off).
    pub enable_gc: bool,
    /// Currently unused.
    pub debug_gc: bool,
    /// Per-size-class allocation statistics.
    pub by_size: [SizeClassStats; 61],
}

/// Stack memory reported in `StackInuse` / `StackSys` (gc's initial main goroutine stack).
const REPORTED_STACK: u64 = 32 << 10;

/// Bytes mimalloc has committed from the operating system.
fn committed_bytes() -> u64 {
    let mut committed: usize = 0;
    let mut ignored = [0usize; 7];
    // SAFETY: every out-pointer refers to a live local.
    unsafe {
        libmimalloc_sys::mi_process_info(
            &mut ignored[0],
            &mut ignored[1],
            &mut ignored[2],
            &mut ignored[3],
            &mut ignored[4],
            &mut committed,
            &mut ignored[5],
            &mut ignored[6],
        );
    }
    committed as u64
}

/// Builds the current statistics.
pub fn read_memstats() -> MemStats {
    let counters = stats();
    let collections = crate::gc::stats();
    // SAFETY: a plain read of the goal.
    let mut next_gc = unsafe { (*crate::alloc::heap()).goal };
    if next_gc == 0 {
        next_gc = crate::gc::goal(0, crate::gc::gc_percent_setting());
    }
    let heap_alloc = counters.live_bytes;
    let heap_sys = committed_bytes().max(heap_alloc);
    let mut by_size = [SizeClassStats::default(); 61];
    for (class, entry) in by_size.iter_mut().enumerate() {
        entry.size = CLASS_SIZES[class];
        entry.mallocs = counters.mallocs_by_class[class];
        entry.frees = counters.frees_by_class[class];
    }
    MemStats {
        alloc: heap_alloc,
        total_alloc: counters.total_bytes,
        sys: heap_sys + REPORTED_STACK,
        lookups: 0,
        mallocs: counters.mallocs,
        frees: counters.frees,
        heap_alloc,
        heap_sys,
        heap_idle: heap_sys - heap_alloc,
        heap_inuse: heap_alloc,
        heap_released: 0,
        heap_objects: counters.mallocs - counters.frees,
        stack_inuse: REPORTED_STACK,
        stack_sys: REPORTED_STACK,
        mspan_inuse: 0,
        mspan_sys: 0,
        mcache_inuse: 0,
        mcache_sys: 0,
        buck_hash_sys: 0,
        gc_sys: 0,
        other_sys: 0,
        next_gc,
        last_gc: collections.last_gc,
        pause_total_ns: collections.pause_total_ns,
        pause_ns: collections.pause_ns,
        pause_end: collections.pause_end,
        num_gc: collections.num_gc,
        num_forced_gc: collections.num_forced_gc,
        gc_cpu_fraction: 0.0,
        enable_gc: true,
        debug_gc: false,
        by_size,
    }
}

/// Fills `*out` like Go's `runtime.ReadMemStats(out)`.
#[no_mangle]
pub unsafe extern "C" fn gosub_read_memstats(out: *mut MemStats) {
    out.write(read_memstats());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_matches_go() {
        // unsafe.Sizeof(runtime.MemStats{}) printed by Go 1.27 on linux/amd64 (tests/gen/memstats.go).
        assert_eq!(core::mem::size_of::<MemStats>(), 5776);
        assert_eq!(core::mem::offset_of!(MemStats, pause_ns), 192);
        assert_eq!(core::mem::offset_of!(MemStats, num_gc), 4288);
        assert_eq!(core::mem::offset_of!(MemStats, gc_cpu_fraction), 4296);
        assert_eq!(core::mem::offset_of!(MemStats, enable_gc), 4304);
        assert_eq!(core::mem::offset_of!(MemStats, by_size), 4312);
        assert_eq!(core::mem::size_of::<SizeClassStats>(), 24);
    }

    #[test]
    fn counts_allocations() {
        let before = read_memstats();
        unsafe {
            crate::alloc::gosub_alloc(16, 8, 0);
            crate::alloc::gosub_alloc(40, 8, 1);
        }
        let mut after = core::mem::MaybeUninit::<MemStats>::uninit();
        let after = unsafe {
            gosub_read_memstats(after.as_mut_ptr());
            after.assume_init()
        };
        assert_eq!(after.mallocs, before.mallocs + 2);
        assert_eq!(after.total_alloc, before.total_alloc + 16 + 48);
        assert_eq!(after.heap_objects, after.mallocs - after.frees);
        assert_eq!(after.by_size[2].size, 16);
        assert_eq!(after.by_size[2].mallocs, before.by_size[2].mallocs + 1);
        assert_eq!(after.by_size[5].mallocs, before.by_size[5].mallocs + 1);
        assert!(after.enable_gc);
    }
}
