//! Growing slices for `append`, with gc's capacities.
//!
//! The compiler appends in place while the capacity suffices and calls [`gosub_growslice`]
//! otherwise. The new capacity follows gc's `growslice` exactly, because programs print `cap`:
//! double the old capacity (or jump straight to the needed length when doubling is not enough);
//! from 256 elements on, grow by `(cap + 768) / 4` per step, a smooth transition from 2x to
//! 1.25x; then round the byte size up to gc's allocation size class and take as many elements
//! as fit. So appending ints one at a time gives capacities 1, 2, 4, 8, ..., 512, 848, 1280, and
//! appending 5 ints to a nil slice gives 6 (40 bytes round up to the 48-byte class).
//!
//! Since Go 1.25, gc gives an `append` whose backing store does not escape a 32-byte stack
//! buffer: the first growth of an empty slice that fits in it uses the buffer, with capacity
//! `32 / elem_size` (4 ints, 32 bytes, 2 strings, 1 24-byte struct), and later growths go to the
//! heap as usual. The compiler passes such a buffer as `buf`; gc uses it only while the old
//! length is 0, which keeps the buffer from being handed out twice while a previous slice over it
//! may still be in use.

use crate::abi::GoSlice;
use crate::sizeclass::round_up_size;

/// The size of the stack buffer the compiler may pass for a non-escaping `append`.
pub const STACK_BUFFER_BYTES: i64 = 32;

/// gc's largest allocation (`maxAlloc` on 64-bit Linux).
const MAX_ALLOC: u64 = 1 << 48;

/// gc's `nextslicecap`: the capacity to grow to before size-class rounding.
fn next_capacity(new_len: i64, old_cap: i64) -> i64 {
    let double = old_cap.wrapping_add(old_cap);
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: i64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut capacity = old_cap;
    loop {
        capacity = capacity.wrapping_add((capacity + 3 * THRESHOLD) >> 2);
        if capacity as u64 >= new_len as u64 {
            break;
        }
    }
    if capacity <= 0 {
        new_len
    } else {
        capacity
    }
}

/// Panics as gc does when a slice would exceed the largest allocation.
fn too_long() -> ! {
    crate::panic::fail_runtime_error(b"growslice: len out of range")
}

/// Grows a slice for `append`: allocates room for at least `new_len` elements of `elem_size`
/// bytes (zeroed, in the pointer-holding heap if `has_pointers != 0`), copies the `old_len`
/// elements at `old_ptr`, and writes `{ptr, old_len, new_cap}` to `*out`. A non-null `buf` is a
/// 32-byte stack buffer used instead when the old slice is empty, is not already the buffer, and
/// the new length fits.
#[no_mangle]
pub unsafe extern "C" fn gosub_growslice(
    out: *mut GoSlice,
    old_ptr: *mut u8,
    old_len: i64,
    old_cap: i64,
    new_len: i64,
    elem_size: i64,
    has_pointers: i64,
    buf: *mut u8,
) {
    if new_len < 0 {
        too_long();
    }
    if elem_size == 0 {
        let ptr = crate::alloc::gosub_alloc(0, 1, 0);
        out.write(GoSlice {
            ptr,
            len: old_len,
            cap: new_len,
        });
        return;
    }
    let fits = new_len
        .checked_mul(elem_size)
        .is_some_and(|bytes| bytes <= STACK_BUFFER_BYTES);
    if !buf.is_null() && old_len == 0 && old_ptr != buf && fits {
        buf.write_bytes(0, STACK_BUFFER_BYTES as usize);
        out.write(GoSlice {
            ptr: buf,
            len: 0,
            cap: STACK_BUFFER_BYTES / elem_size,
        });
        return;
    }
    let size = elem_size as u64;
    let wanted = next_capacity(new_len, old_cap) as u64;
    let bytes = match wanted.checked_mul(size) {
        Some(bytes) if bytes <= MAX_ALLOC => bytes,
        _ => too_long(),
    };
    let capacity = round_up_size(bytes, has_pointers != 0) / size;
    let bytes = capacity * size;
    let ptr = crate::alloc::gosub_alloc(bytes, 8, has_pointers as u64);
    if old_len > 0 {
        core::ptr::copy_nonoverlapping(old_ptr, ptr, old_len as usize * elem_size as usize);
    }
    out.write(GoSlice {
        ptr,
        len: old_len,
        cap: capacity as i64,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appends `count` elements one call at a time (`batch` elements per append) starting from a
    /// nil slice; returns the capacity after each append, as `cap` would print it.
    fn capacities(
        elem_size: i64,
        has_pointers: i64,
        batch: i64,
        count: usize,
        buf: bool,
    ) -> Vec<i64> {
        let mut stack = [0u64; 4];
        let buf = if buf {
            stack.as_mut_ptr().cast()
        } else {
            core::ptr::null_mut()
        };
        let mut slice = GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        let mut result = Vec::new();
        for _ in 0..count {
            let new_len = slice.len + batch;
            if new_len > slice.cap {
                let mut grown = GoSlice {
                    ptr: core::ptr::null_mut(),
                    len: 0,
                    cap: 0,
                };
                unsafe {
                    gosub_growslice(
                        &mut grown,
                        slice.ptr,
                        slice.len,
                        slice.cap,
                        new_len,
                        elem_size,
                        has_pointers,
                        buf,
                    )
                };
                assert_eq!(grown.len, slice.len);
                slice = grown;
            }
            unsafe {
                slice
                    .ptr
                    .add((new_len as usize - 1) * elem_size as usize)
                    .write(0xAB)
            };
            slice.len = new_len;
            result.push(slice.cap);
        }
        result
    }

    /// The distinct values of a capacity sequence, in order.
    fn steps(capacities: Vec<i64>) -> Vec<i64> {
        let mut steps = capacities;
        steps.dedup();
        steps
    }

    #[test]
    fn capacities_match_gc() {
        // Expected sequences printed by gc: tests/gen/growslice.go (escaping appends).
        assert_eq!(
            steps(capacities(8, 0, 1, 2000, false)),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
        assert_eq!(
            steps(capacities(1, 0, 1, 5000, false)),
            [8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376]
        );
        assert_eq!(
            steps(capacities(16, 1, 1, 1000, false)),
            [1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023]
        );
        assert_eq!(
            steps(capacities(24, 0, 1, 1000, false)),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365]
        );
        assert_eq!(steps(capacities(8, 0, 5, 3, false)), [6, 12, 24]);
        assert_eq!(steps(capacities(8, 0, 3, 4, false)), [3, 6, 12]);
        assert_eq!(steps(capacities(1, 0, 100, 3, false)), [112, 224, 448]);
    }

    #[test]
    fn stack_buffer_matches_gc_non_escaping_appends() {
        // gc, non-escaping appends (tests/gen/growslice.go): []int 4 8 16, []byte 32 64,
        // []string 2 4 8, 24-byte structs 1 2 4 8, [3]int32 (12 bytes) 2 4 8.
        assert_eq!(steps(capacities(8, 0, 1, 10, true)), [4, 8, 16]);
        assert_eq!(steps(capacities(1, 0, 1, 40, true)), [32, 64]);
        assert_eq!(steps(capacities(16, 1, 1, 5, true)), [2, 4, 8]);
        assert_eq!(steps(capacities(24, 1, 1, 5, true)), [1, 2, 4, 8]);
        assert_eq!(steps(capacities(12, 0, 1, 5, true)), [2, 4, 8]);
        assert_eq!(steps(capacities(8, 0, 5, 1, true)), [6]);
        assert_eq!(steps(capacities(8, 0, 3, 2, true)), [4, 8]);
        assert_eq!(steps(capacities(40, 1, 1, 3, true)), [1, 2, 4]);
    }

    #[test]
    fn growth_copies_and_zeroes() {
        let old = [1u64, 2, 3];
        let mut grown = GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        unsafe {
            gosub_growslice(
                &mut grown,
                old.as_ptr() as *mut u8,
                3,
                3,
                4,
                8,
                0,
                core::ptr::null_mut(),
            );
            let items = core::slice::from_raw_parts(grown.ptr as *const u64, grown.cap as usize);
            assert_eq!(items, [1, 2, 3, 0, 0, 0]);
        }
        let mut stack = [7u8; 32];
        unsafe {
            gosub_growslice(
                &mut grown,
                core::ptr::null_mut(),
                0,
                0,
                1,
                8,
                0,
                stack.as_mut_ptr(),
            );
        }
        assert_eq!(grown.ptr, stack.as_mut_ptr());
        assert_eq!(stack, [0; 32]);
        let mut empty = GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        unsafe {
            gosub_growslice(
                &mut empty,
                core::ptr::null_mut(),
                0,
                0,
                7,
                0,
                0,
                core::ptr::null_mut(),
            )
        };
        assert_eq!((empty.len, empty.cap), (0, 7));
        assert!(!empty.ptr.is_null());
    }
}
