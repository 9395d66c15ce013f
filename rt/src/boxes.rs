//! Interface boxes of small integers without allocation.
//!
//! Converting an integer to an interface needs a pointer to a copy of the value. Like gc's
//! `staticuint64s`, the runtime keeps a read-only table of the words 0..255, so boxing any
//! integer (or bool) whose value is below 256 points into the table instead of allocating; the
//! compiler only does this for boxes, which are never written.

/// The words 0 to 255 (little-endian, so a pointer to entry `v` also reads as `v` in 1-, 2- and
/// 4-byte integers).
static SMALL_WORDS: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = i as u64;
        i += 1;
    }
    table
};

/// A read-only box holding `value` (an integer of `size` bytes, zero- or sign-extended to 64 bits).
///
/// # Safety
/// `size` must be 1, 2, 4 or 8; the result must never be written through.
#[no_mangle]
pub unsafe extern "C" fn gosub_box_word(value: u64, size: u64) -> *mut u8 {
    if value < 256 {
        return core::ptr::addr_of!(SMALL_WORDS[value as usize]) as *mut u8;
    }
    let p = crate::alloc::gosub_alloc(size, size, 0);
    core::ptr::copy_nonoverlapping(value.to_le_bytes().as_ptr(), p, size as usize);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_share_the_table_and_read_back() {
        unsafe {
            let a = gosub_box_word(7, 8);
            let b = gosub_box_word(7, 1);
            assert_eq!(a, b);
            assert_eq!(*(a as *const u64), 7);
            assert_eq!(*b, 7);
            let big = gosub_box_word(1000, 8);
            assert_ne!(big, gosub_box_word(1000, 8));
            assert_eq!(*(big as *const u64), 1000);
        }
    }
}
