//! gc's allocation size classes, so that capacities and statistics match gc's.
//!
//! gc rounds every small allocation up to one of 68 size classes (class 0 means "large"). The
//! class sizes below are gc's (`internal/runtime/gc/sizeclasses.go`); the size-to-class lookup
//! tables are computed from them at compile time: the class of a size is the smallest class at
//! least that large. Programs observe this rounding through `cap` after `append` or
//! `[]byte(s)`, so slice growth (`slice.rs`), string conversions and the allocator's accounting
//! use it; [`gosub_roundupsize`] exports it to the backend.

/// Sizes of gc's size classes; index 0 is the "large object" class.
pub const CLASS_SIZES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Largest size served by a size class.
pub const MAX_SMALL_SIZE: u64 = 32768;
/// gc's page size; large objects are rounded up to a multiple of it.
const PAGE_SIZE: u64 = 8192;
/// Extra header gc puts in front of pointer-holding objects larger than [`MIN_SIZE_FOR_HEADER`].
const MALLOC_HEADER_SIZE: u64 = 8;
/// Pointer-holding objects up to this size keep their pointer bitmap in the span (no header).
const MIN_SIZE_FOR_HEADER: u64 = 512;

/// The smallest class whose size is at least `size`.
const fn class_at_least(size: u64) -> u8 {
    let mut class = 1;
    while (CLASS_SIZES[class] as u64) < size {
        class += 1;
    }
    class as u8
}

/// Class for sizes up to 1024, indexed by `ceil(size / 8)`.
const CLASS_BY_8: [u8; 129] = {
    let mut table = [0u8; 129];
    let mut i = 1;
    while i < 129 {
        table[i] = class_at_least(i as u64 * 8);
        i += 1;
    }
    table
};

/// Class for sizes from 1025 to 32768, indexed by `ceil((size - 1024) / 128)`.
const CLASS_BY_128: [u8; 249] = {
    let mut table = [0u8; 249];
    let mut i = 0;
    while i < 249 {
        table[i] = class_at_least(1024 + i as u64 * 128);
        i += 1;
    }
    table
};

/// The size class of a small object of `size` bytes (`1..=MAX_SMALL_SIZE`); 0 for larger sizes.
pub fn size_class(size: u64) -> usize {
    if size <= 1024 {
        CLASS_BY_8[size.div_ceil(8) as usize] as usize
    } else if size <= MAX_SMALL_SIZE {
        CLASS_BY_128[(size - 1024).div_ceil(128) as usize] as usize
    } else {
        0
    }
}

/// The number of bytes gc would really allocate for a request of `size` bytes, as gc's
/// `roundupsize`: the size class (minus the malloc header that pointer-holding objects above 512
/// bytes carry), or the next page multiple for large objects.
pub fn round_up_size(size: u64, has_pointers: bool) -> u64 {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if has_pointers && size > MIN_SIZE_FOR_HEADER {
            MALLOC_HEADER_SIZE
        } else {
            0
        };
        let class = size_class(size + header);
        if class == 0 {
            return size;
        }
        return CLASS_SIZES[class] as u64 - header;
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(padded) => padded & !(PAGE_SIZE - 1),
        None => size,
    }
}

/// Rounds an allocation request up the way gc does, for `append` growth:
/// `gosub_roundupsize(size, has_pointers) -> u64`.
#[no_mangle]
pub extern "C" fn gosub_roundupsize(size: u64, has_pointers: u64) -> u64 {
    round_up_size(size, has_pointers != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_match_gc_rounding() {
        // Expected values printed by gc: cap(append([]byte(nil), make([]byte, n)...)) and
        // friends, see tests/gen/sizeclass.go.
        assert_eq!(round_up_size(0, false), 0);
        assert_eq!(round_up_size(1, false), 8);
        assert_eq!(round_up_size(5, false), 8);
        assert_eq!(round_up_size(9, false), 16);
        assert_eq!(round_up_size(33, false), 48);
        assert_eq!(round_up_size(1000, false), 1024);
        assert_eq!(round_up_size(1025, false), 1152);
        assert_eq!(round_up_size(1000, true), 1016);
        assert_eq!(round_up_size(32768, false), 32768);
        assert_eq!(round_up_size(32761, false), 32768);
        assert_eq!(round_up_size(32769, false), 40960);
        assert_eq!(round_up_size(100000, false), 106496);
        assert_eq!(size_class(8), 1);
        assert_eq!(size_class(32768), 67);
        assert_eq!(size_class(32769), 0);
    }
}
