//! Heap allocation for compiled Go code, on top of mimalloc.
//!
//! Every Go heap object comes from `gosub_alloc`, zeroed, and is freed only by the collector
//! (`gc/`). Zero-sized requests return the address of a static zero-sized base, like gc's
//! `zerobase`, so all zero-sized objects share one address.
//!
//! Sizes follow gc: a small request is rounded up to gc's size class (pointer-holding objects
//! above 512 bytes first get gc's 8-byte malloc header, so they count 8 bytes less than the
//! class), a large one (above 32 KiB) to whole 8 KiB pages. The rounded size is what
//! `runtime.MemStats` counts, and the class size is what is requested from mimalloc, so an
//! object always owns at least as many bytes as gc would give it.
//!
//! Objects live in eight mimalloc heaps. Pointer-holding and pointer-free objects never share a
//! heap, so the collector can visit only the former when scanning. Large objects have a heap of
//! their own per kind and are also recorded in a table (address, size, marked), which is how the
//! collector finds, marks and frees them without visiting mimalloc's pages. Small objects are
//! spread over three heaps per kind by size class (class index modulo 3). The reason is the free
//! statistics: the collector learns a dead object's mimalloc block size, not its gc class, and
//! mimalloc's bins are coarser than gc's classes (both 144 and 160 become 160-byte blocks). No
//! two classes with the same index modulo 3 share a mimalloc bin (a test checks this against
//! the real allocator), so the class of a block is the largest class of the heap's residue that
//! fits in it.
//!
//! The runtime uses mimalloc 2.x (the crate's `v2` feature): in 3.x a first-class heap is
//! reached through a per-thread cache that holds one heap, and alternating between heaps, as
//! allocation here constantly does, costs about 30 ns per allocation (measured: 24 ns for a
//! zeroed allocation and free from one heap, 53 ns alternating between two; 2.x: 24 ns both).
//!
//! The allocator counts what `runtime.ReadMemStats` reports: allocations and frees (in total and
//! per size class), cumulative and live bytes. Allocation also paces the collector: when the
//! live bytes would pass the goal the last collection set (`gc::goal`), it collects first.
//!
//! The state is thread-local: the test harness runs tests on several threads, each with its own
//! heaps, counters and collector; a compiled program has one thread.

use crate::sizeclass::{round_up_size, size_class, CLASS_SIZES, MAX_SMALL_SIZE};
use core::cell::UnsafeCell;
use core::mem::ManuallyDrop;
use libmimalloc_sys::{mi_heap_new, mi_heap_t, mi_heap_zalloc};
use std::collections::BTreeMap;

/// Small-object heaps per kind (pointer-holding or pointer-free).
pub const VARIANTS: usize = 3;
/// All heaps: `VARIANTS` small-object heaps per kind, then one large-object heap per kind.
pub const HEAPS: usize = 2 * (VARIANTS + 1);
/// Pointer-holding objects above this size carry gc's malloc header.
const MIN_SIZE_FOR_HEADER: u64 = 512;
/// Size of gc's malloc header.
const MALLOC_HEADER_SIZE: u64 = 8;

/// Allocation and free counters, read by `gosub_read_memstats`.
#[derive(Clone, Copy)]
pub struct AllocStats {
    /// Objects allocated.
    pub mallocs: u64,
    /// Objects freed by the collector.
    pub frees: u64,
    /// Bytes allocated (gc's rounded sizes), cumulative.
    pub total_bytes: u64,
    /// Bytes of objects not freed yet (live or garbage not yet collected): gc's `HeapAlloc`.
    pub live_bytes: u64,
    /// Objects allocated per size class (index 0: large objects).
    pub mallocs_by_class: [u64; 68],
    /// Objects freed per size class.
    pub frees_by_class: [u64; 68],
}

/// A large object's record.
pub struct LargeObject {
    /// Its size as gc counts it (whole pages).
    pub size: u64,
    /// Whether it may hold pointers (then the collector scans it).
    pub has_pointers: bool,
    /// Set by the collector's mark phase.
    pub marked: bool,
}

/// The allocator's per-thread state.
pub struct Heap {
    /// The counters.
    pub stats: AllocStats,
    /// The mimalloc heaps (see [`heap_index`]); null until the thread's first allocation.
    pub heaps: [*mut mi_heap_t; HEAPS],
    /// Every large object, by address.
    pub large: ManuallyDrop<BTreeMap<usize, LargeObject>>,
    /// Collect before `live_bytes` would exceed this.
    pub goal: u64,
    /// GOGC: the heap growth percentage between collections; negative when collection is off.
    pub gc_percent: i64,
}

thread_local! {
    static HEAP: UnsafeCell<Heap> = const {
        UnsafeCell::new(Heap {
            stats: AllocStats {
                mallocs: 0,
                frees: 0,
                total_bytes: 0,
                live_bytes: 0,
                mallocs_by_class: [0; 68],
                frees_by_class: [0; 68],
            },
            heaps: [core::ptr::null_mut(); HEAPS],
            large: ManuallyDrop::new(BTreeMap::new()),
            goal: 0,
            gc_percent: 100,
        })
    };
}

/// The address every zero-sized allocation returns (gc's `zerobase`).
static ZERO_BASE: u64 = 0;

/// The calling thread's allocator state. Callers must not keep a reference to it across a call
/// that may allocate or collect.
#[inline(always)]
pub fn heap() -> *mut Heap {
    HEAP.with(|cell| cell.get())
}

/// A copy of the calling thread's counters.
pub fn stats() -> AllocStats {
    // SAFETY: a plain copy; no reference escapes.
    unsafe { (*heap()).stats }
}

/// Index in [`Heap::heaps`] of the heap for objects of size class `class` (0: large).
pub fn heap_index(class: usize, has_pointers: bool) -> usize {
    if class == 0 {
        2 * VARIANTS + has_pointers as usize
    } else {
        has_pointers as usize * VARIANTS + class % VARIANTS
    }
}

/// The bytes gc counts for an object of size class `class` (not 0).
pub fn class_bytes(class: usize, has_pointers: bool) -> u64 {
    let size = CLASS_SIZES[class] as u64;
    if has_pointers && size > MIN_SIZE_FOR_HEADER {
        size - MALLOC_HEADER_SIZE
    } else {
        size
    }
}

/// The size class of the small objects in mimalloc blocks of `block_size` bytes taken from small
/// heap `variant`: the largest class of that residue that fits.
pub fn class_of_block(variant: usize, block_size: usize) -> usize {
    (1..CLASS_SIZES.len())
        .rev()
        .find(|&class| class % VARIANTS == variant && CLASS_SIZES[class] as usize <= block_size)
        .unwrap_or(0)
}

/// How a request is served: size class (0: large), bytes asked of mimalloc, bytes counted.
#[inline(always)]
fn placement(size: u64, has_pointers: bool) -> (usize, u64, u64) {
    let header = if has_pointers && size > MIN_SIZE_FOR_HEADER {
        MALLOC_HEADER_SIZE
    } else {
        0
    };
    if size + header <= MAX_SMALL_SIZE {
        let class = size_class(size + header);
        (
            class,
            CLASS_SIZES[class] as u64,
            CLASS_SIZES[class] as u64 - header,
        )
    } else {
        let pages = round_up_size(size, has_pointers);
        (0, pages, pages)
    }
}

/// Creates the thread's heaps and reads the collector's settings.
#[cold]
unsafe fn initialize(heap: *mut Heap) {
    for slot in (*heap).heaps.iter_mut() {
        *slot = mi_heap_new();
    }
    (*heap).gc_percent = crate::gc::gc_percent_setting();
    (*heap).goal = crate::gc::goal(0, (*heap).gc_percent);
}

/// Reports an allocation failure as gc does and exits.
fn out_of_memory(size: u64) -> ! {
    let mut message = b"runtime: out of memory: cannot allocate ".to_vec();
    crate::print::push_uint(&mut message, size);
    message.extend_from_slice(b"-byte block\nfatal error: out of memory\n");
    crate::panic::die(&message)
}

/// Allocates `size` zeroed bytes for a Go object (`align` is at most 8 for Go types, which every
/// allocation satisfies) in the heap for pointer-holding (`has_pointers != 0`) or pointer-free
/// objects; counts it, and collects garbage first when the heap reached its goal. A zero `size`
/// returns the shared zero-sized base.
#[no_mangle]
pub unsafe extern "C" fn gosub_alloc(size: u64, align: u64, has_pointers: u64) -> *mut u8 {
    debug_assert!(align <= 16);
    if size == 0 {
        return core::ptr::addr_of!(ZERO_BASE) as *mut u8;
    }
    let heap = heap();
    if (*heap).heaps[0].is_null() {
        initialize(heap);
    }
    let has_pointers = has_pointers != 0;
    let (class, request, counted) = placement(size, has_pointers);
    if (*heap).stats.live_bytes + counted > (*heap).goal {
        crate::gc::collect_for_allocation();
    }
    let heap = &mut *heap;
    let memory = mi_heap_zalloc(
        heap.heaps[heap_index(class, has_pointers)],
        request as usize,
    );
    if memory.is_null() {
        out_of_memory(size);
    }
    if class == 0 {
        let record = LargeObject {
            size: counted,
            has_pointers,
            marked: false,
        };
        heap.large.insert(memory as usize, record);
    }
    let stats = &mut heap.stats;
    stats.mallocs += 1;
    stats.total_bytes += counted;
    stats.live_bytes += counted;
    stats.mallocs_by_class[class] += 1;
    memory.cast()
}

/// Allocates a copy of `bytes` in the pointer-free heap and returns it as a Go string.
pub fn alloc_string(bytes: &[u8]) -> crate::abi::GoString {
    if bytes.is_empty() {
        return crate::abi::GoString::EMPTY;
    }
    // SAFETY: a fresh allocation of `bytes.len()` bytes cannot overlap `bytes`.
    unsafe {
        let memory = gosub_alloc(bytes.len() as u64, 1, 0);
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), memory, bytes.len());
        crate::abi::GoString {
            ptr: memory,
            len: bytes.len() as i64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_are_zeroed_aligned_and_counted() {
        let before = stats();
        unsafe {
            let small = gosub_alloc(24, 8, 1);
            assert_eq!(small as usize % 8, 0);
            assert!(core::slice::from_raw_parts(small, 24)
                .iter()
                .all(|&b| b == 0));
            let header = gosub_alloc(1000, 8, 1);
            assert_eq!(header as usize % 8, 0);
            let large = gosub_alloc(100_000, 8, 0);
            assert!(core::slice::from_raw_parts(large, 100_000)
                .iter()
                .all(|&b| b == 0));
        }
        let after = stats();
        assert_eq!(after.mallocs, before.mallocs + 3);
        assert_eq!(after.total_bytes, before.total_bytes + 24 + 1016 + 106496);
        assert_eq!(after.mallocs_by_class[3], before.mallocs_by_class[3] + 1);
        assert_eq!(after.mallocs_by_class[0], before.mallocs_by_class[0] + 1);
    }

    #[test]
    fn zero_sized_allocations_share_one_address() {
        unsafe {
            assert_eq!(gosub_alloc(0, 1, 0), gosub_alloc(0, 8, 1));
            assert!(!gosub_alloc(0, 1, 0).is_null());
        }
    }

    #[test]
    fn block_sizes_reveal_size_classes() {
        // For every class and kind, the real mimalloc block serving it must map back to it.
        for has_pointers in [false, true] {
            for class in 1..CLASS_SIZES.len() {
                let size =
                    CLASS_SIZES[class] as u64 - if has_pointers && class > 26 { 8 } else { 0 };
                let (placed, request, counted) = placement(size, has_pointers);
                assert_eq!(placed, class, "size {size}");
                assert_eq!(counted, class_bytes(class, has_pointers));
                unsafe {
                    let block = gosub_alloc(size, 8, has_pointers as u64);
                    let usable = libmimalloc_sys::mi_usable_size(block.cast());
                    assert!(usable as u64 >= request);
                    assert_eq!(
                        class_of_block(class % VARIANTS, usable),
                        class,
                        "usable {usable}"
                    );
                }
            }
        }
    }
}
