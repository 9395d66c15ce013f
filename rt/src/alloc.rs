//! Heap allocation for compiled Go code, on top of mimalloc.
//!
//! Every Go heap object comes from `gosub_alloc`, zeroed. Objects that hold pointers and objects
//! that do not live in two separate mimalloc heaps, so that a future mark-sweep collector can visit
//! only the pointer-holding heap when marking and never scans pointer-free data (see
//! shared/notes/runtime.md). Zero-sized requests return the address of a static zero-sized base,
//! like gc's `zerobase`, so all zero-sized objects share one address.
//!
//! The allocator counts what `runtime.ReadMemStats` reports: number of allocations, bytes
//! allocated (rounded up to gc's size classes, as gc counts them) and allocations per size class.
//! There is no collector yet, so nothing is ever freed and the live counts equal the totals.
//! The state is thread-local: mimalloc heaps belong to the thread that created them (they are
//! created lazily on a thread's first allocation), and Rust's test harness runs tests on several
//! threads. Compiled programs are single-threaded, so for them the thread's counters are the
//! process's. Linking into an executable relaxes the thread-local accesses to plain
//! thread-pointer-relative loads.

use crate::sizeclass::{round_up_size, size_class};
use core::cell::{Cell, UnsafeCell};
use libmimalloc_sys::{mi_heap_new, mi_heap_t, mi_heap_zalloc, mi_heap_zalloc_aligned};

/// Allocation counters, read by `gosub_read_memstats`.
pub struct AllocStats {
    /// Number of objects allocated.
    pub mallocs: u64,
    /// Bytes allocated, rounded up to gc's size classes.
    pub total_bytes: u64,
    /// Number of objects allocated per size class (index 0: large objects).
    pub mallocs_by_class: [u64; 68],
}

/// The allocator's per-thread state: the two heaps and the counters.
struct AllocState {
    stats: UnsafeCell<AllocStats>,
    pointer_heap: Cell<*mut mi_heap_t>,
    scalar_heap: Cell<*mut mi_heap_t>,
}

thread_local! {
    static STATE: AllocState = const {
        AllocState {
            stats: UnsafeCell::new(AllocStats {
                mallocs: 0,
                total_bytes: 0,
                mallocs_by_class: [0; 68],
            }),
            pointer_heap: Cell::new(core::ptr::null_mut()),
            scalar_heap: Cell::new(core::ptr::null_mut()),
        }
    };
}

/// The address every zero-sized allocation returns (gc's `zerobase`).
static ZERO_BASE: u64 = 0;

/// The calling thread's allocator state.
#[inline(always)]
fn state() -> &'static AllocState {
    // SAFETY: the state lives as long as its thread, and it is only used on that thread.
    STATE.with(|state| unsafe { &*(state as *const AllocState) })
}

/// A copy of the calling thread's allocation counters.
pub fn stats() -> AllocStats {
    // SAFETY: no mutable reference to the counters is live outside `gosub_alloc`.
    let stats = unsafe { &*state().stats.get() };
    AllocStats {
        mallocs: stats.mallocs,
        total_bytes: stats.total_bytes,
        mallocs_by_class: stats.mallocs_by_class,
    }
}

/// Reports an allocation failure as gc does and exits.
fn out_of_memory(size: u64) -> ! {
    let mut message = b"runtime: out of memory: cannot allocate ".to_vec();
    crate::print::push_uint(&mut message, size);
    message.extend_from_slice(b"-byte block\nfatal error: out of memory\n");
    crate::panic::die(&message)
}

/// Allocates `size` zeroed bytes aligned to `align` (a power of two) in the heap for
/// pointer-holding (`has_pointers != 0`) or pointer-free objects; counts it in the memory
/// statistics. A zero `size` returns the shared zero-sized base.
#[no_mangle]
pub unsafe extern "C" fn gosub_alloc(size: u64, align: u64, has_pointers: u64) -> *mut u8 {
    if size == 0 {
        return core::ptr::addr_of!(ZERO_BASE) as *mut u8;
    }
    let has_pointers = has_pointers != 0;
    let state = state();
    let slot = if has_pointers {
        &state.pointer_heap
    } else {
        &state.scalar_heap
    };
    if slot.get().is_null() {
        slot.set(mi_heap_new());
    }
    let memory = if align > 16 {
        mi_heap_zalloc_aligned(slot.get(), size as usize, align as usize)
    } else {
        mi_heap_zalloc(slot.get(), size as usize)
    };
    if memory.is_null() {
        out_of_memory(size);
    }
    let stats = &mut *state.stats.get();
    stats.mallocs += 1;
    stats.total_bytes += round_up_size(size, has_pointers);
    stats.mallocs_by_class[size_class(size)] += 1;
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
            let aligned = gosub_alloc(100, 64, 0);
            assert_eq!(aligned as usize % 64, 0);
            let large = gosub_alloc(100_000, 8, 0);
            assert!(core::slice::from_raw_parts(large, 100_000)
                .iter()
                .all(|&b| b == 0));
        }
        let after = stats();
        assert_eq!(after.mallocs, before.mallocs + 3);
        assert_eq!(after.total_bytes, before.total_bytes + 24 + 112 + 106496);
        assert_eq!(after.mallocs_by_class[3], before.mallocs_by_class[3] + 1);
    }

    #[test]
    fn zero_sized_allocations_share_one_address() {
        unsafe {
            assert_eq!(gosub_alloc(0, 1, 0), gosub_alloc(0, 8, 1));
            assert!(!gosub_alloc(0, 1, 0).is_null());
        }
    }
}
