//! Marking and sweeping: from candidate words to objects, and from dead objects to `mi_free`.
//!
//! mimalloc has no call that maps an address inside a block to the block. At the start of a
//! collection the marker therefore visits the small-object heaps (`mi_heap_visit_blocks`) and
//! builds a table of areas (mimalloc pages): start, end, block stride, size class, whether its
//! objects hold pointers, and two bitmaps with a bit per block, "allocated" (filled by the
//! visit) and "marked". A candidate word is resolved by a range check, a binary search over the
//! sorted areas, a division by the stride and a bitmap test; words that do not point into an
//! allocated block are ignored, so integers that look like pointers merely keep an object alive
//! (the collector is conservative). Large objects are looked up in the allocator's table of
//! large objects instead.
//!
//! Marking is iterative: a newly marked object that holds pointers is pushed on a work stack as
//! the range of words to scan (its class size, or its pages for a large object); objects without
//! pointers are never scanned, however large. Sweeping walks the bitmaps a word at a time and
//! frees every allocated, unmarked block, counting frees and bytes per size class for
//! `runtime.MemStats`.

use crate::alloc::{class_bytes, class_of_block, Heap, LargeObject, VARIANTS};
use crate::sizeclass::CLASS_SIZES;
use libmimalloc_sys::{mi_free, mi_heap_area_t, mi_heap_t, mi_heap_visit_blocks};
use std::collections::BTreeMap;

/// A mimalloc page of one small-object heap.
struct Area {
    /// Address of the first block.
    start: usize,
    /// End of the blocks that may be allocated.
    end: usize,
    /// Block stride in bytes.
    stride: usize,
    /// The gc size class of its objects.
    class: usize,
    /// Whether its objects hold pointers.
    has_pointers: bool,
    /// Index of its first block's bit in the bitmaps (a multiple of 64).
    first_bit: usize,
}

/// The mark state of one collection; the buffers are kept for the next.
pub struct Marker {
    /// The areas, sorted by address after `prepare`.
    areas: Vec<Area>,
    /// One bit per block: allocated.
    allocated: Vec<u64>,
    /// One bit per block: marked.
    marked: Vec<u64>,
    /// Ranges of words still to scan.
    work: Vec<(usize, usize)>,
    /// Lowest and one-past-highest address of the small areas.
    small_range: (usize, usize),
    /// Lowest and one-past-highest address of the large objects.
    large_range: (usize, usize),
    /// While building: the heap being visited (variant, holds pointers).
    visiting: (usize, bool),
}

/// Sets bit `bit` of `bits`; returns whether it was clear.
fn set_bit(bits: &mut [u64], bit: usize) -> bool {
    let (word, mask) = (bit / 64, 1u64 << (bit % 64));
    let was_clear = bits[word] & mask == 0;
    bits[word] |= mask;
    was_clear
}

/// mimalloc's visitor: records an area (`block` null), then each allocated block of it.
unsafe extern "C" fn visit(
    _heap: *const mi_heap_t,
    area: *const mi_heap_area_t,
    block: *mut libc::c_void,
    _block_size: usize,
    marker: *mut libc::c_void,
) -> bool {
    let marker = &mut *(marker as *mut Marker);
    let area = &*area;
    if block.is_null() {
        let stride = area.full_block_size;
        let blocks = area.committed / stride;
        let first_bit = marker.allocated.len() * 64;
        marker
            .allocated
            .resize((first_bit + blocks).div_ceil(64), 0);
        let (variant, has_pointers) = marker.visiting;
        marker.areas.push(Area {
            start: area.blocks as usize,
            end: area.blocks as usize + blocks * stride,
            stride,
            class: class_of_block(variant, area.block_size),
            has_pointers,
            first_bit,
        });
    } else if let Some(current) = marker.areas.last() {
        let bit = current.first_bit + (block as usize - current.start) / current.stride;
        set_bit(&mut marker.allocated, bit);
    }
    true
}

impl Marker {
    /// An empty marker.
    pub const fn new() -> Marker {
        Marker {
            areas: Vec::new(),
            allocated: Vec::new(),
            marked: Vec::new(),
            work: Vec::new(),
            small_range: (0, 0),
            large_range: (0, 0),
            visiting: (0, false),
        }
    }

    /// The marker with its buffers kept but no addresses of the heap left in it.
    pub fn emptied(mut self) -> Marker {
        self.areas.clear();
        self.work.clear();
        self.small_range = (0, 0);
        self.large_range = (0, 0);
        self
    }

    /// Builds the area table of the small-object heaps and clears every mark.
    pub unsafe fn prepare(&mut self, heap: &mut Heap) {
        self.areas.clear();
        self.allocated.clear();
        self.work.clear();
        for (index, &mimalloc_heap) in heap.heaps[..2 * VARIANTS].iter().enumerate() {
            self.visiting = (index % VARIANTS, index >= VARIANTS);
            let me = self as *mut Marker as *mut libc::c_void;
            mi_heap_visit_blocks(mimalloc_heap, true, Some(visit), me);
        }
        self.areas.sort_unstable_by_key(|area| area.start);
        self.marked.clear();
        self.marked.resize(self.allocated.len(), 0);
        self.small_range = match (self.areas.first(), self.areas.last()) {
            (Some(first), Some(last)) => (first.start, last.end),
            _ => (0, 0),
        };
        for object in heap.large.values_mut() {
            object.marked = false;
        }
        self.large_range = match (heap.large.first_key_value(), heap.large.last_key_value()) {
            (Some((&first, _)), Some((&last, object))) => (first, last + object.size as usize),
            _ => (0, 0),
        };
    }

    /// Marks the object `word` points into, if any, queueing it for scanning when it holds
    /// pointers.
    #[inline]
    fn mark(&mut self, large: &mut BTreeMap<usize, LargeObject>, word: usize) {
        if self.small_range.0 <= word && word < self.small_range.1 {
            let index = self.areas.partition_point(|area| area.start <= word);
            if index > 0 {
                let area = &self.areas[index - 1];
                if word < area.end {
                    let block = (word - area.start) / area.stride;
                    let bit = area.first_bit + block;
                    if self.allocated[bit / 64] & (1 << (bit % 64)) != 0
                        && set_bit(&mut self.marked, bit)
                        && area.has_pointers
                    {
                        let start = area.start + block * area.stride;
                        self.work
                            .push((start, start + CLASS_SIZES[area.class] as usize));
                    }
                    return;
                }
            }
        }
        if self.large_range.0 <= word && word < self.large_range.1 {
            if let Some((&start, object)) = large.range_mut(..=word).next_back() {
                if word < start + object.size as usize && !object.marked {
                    object.marked = true;
                    if object.has_pointers {
                        self.work.push((start, start + object.size as usize));
                    }
                }
            }
        }
    }

    /// Marks from every aligned word in `[start, end)`.
    pub unsafe fn scan(
        &mut self,
        large: &mut BTreeMap<usize, LargeObject>,
        start: usize,
        end: usize,
    ) {
        let mut address = start.next_multiple_of(8);
        while address + 8 <= end {
            self.mark(large, core::ptr::read(address as *const usize));
            address += 8;
        }
    }

    /// Scans queued objects until everything reachable is marked.
    pub unsafe fn drain(&mut self, large: &mut BTreeMap<usize, LargeObject>) {
        while let Some((start, end)) = self.work.pop() {
            self.scan(large, start, end);
        }
    }

    /// Frees every allocated, unmarked object and updates the counters.
    pub unsafe fn sweep(&mut self, heap: &mut Heap) {
        let stats = &mut heap.stats;
        for area in &self.areas {
            let blocks = (area.end - area.start) / area.stride;
            let first_word = area.first_bit / 64;
            let mut freed = 0u64;
            for word in first_word..first_word + blocks.div_ceil(64) {
                let mut dead = self.allocated[word] & !self.marked[word];
                while dead != 0 {
                    let block = (word - first_word) * 64 + dead.trailing_zeros() as usize;
                    mi_free((area.start + block * area.stride) as *mut libc::c_void);
                    freed += 1;
                    dead &= dead - 1;
                }
            }
            stats.frees += freed;
            stats.frees_by_class[area.class] += freed;
            stats.live_bytes -= freed * class_bytes(area.class, area.has_pointers);
        }
        heap.large.retain(|&address, object| {
            if !object.marked {
                mi_free(address as *mut libc::c_void);
                stats.frees += 1;
                stats.frees_by_class[0] += 1;
                stats.live_bytes -= object.size;
            }
            object.marked
        });
    }
}
