//! String operations: concatenation, comparison, conversions and `for range` decoding.
//!
//! The conversions follow gc's runtime (`runtime/string.go`), including the observable details:
//! a non-null `buf` is a stack buffer of `bufcap` bytes that the compiler proved does not escape,
//! used when the result fits (a `[]byte` / `[]rune` result built there gets the whole buffer as
//! capacity, like gc's 32-element temporary buffers); heap results are rounded up to gc's size
//! classes, so `cap([]byte(s))` matches gc. One-byte strings from `string(b)` point into a
//! static table instead of allocating, as in gc.
//!
//! Concatenation returns the only non-empty operand without copying when the result does not
//! escape (`buf` non-null) or when that operand's bytes are not on the stack; an escaping result
//! whose only operand lives in a stack buffer is copied to the heap (gc's `concatstrings` with
//! `stringDataOnStack`).

use crate::abi::{GoSlice, GoString};
use crate::alloc::gosub_alloc;
use crate::sizeclass::round_up_size;
use crate::utf8::{decode_rune, encode_rune, rune_len, RUNE_ERROR};

/// Every byte value, for one-byte strings that need no allocation.
static SINGLE_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = i as u8;
        i += 1;
    }
    table
};

/// A `(rune, next_index)` result of `gosub_decode_rune`, returned in two registers.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodedRune {
    /// The decoded rune (U+FFFD for invalid UTF-8).
    pub rune: i64,
    /// Index of the byte after it.
    pub next: i64,
}

/// Returns `len` writable bytes: the stack buffer when it is big enough, else the heap.
unsafe fn result_bytes(buf: *mut u8, bufcap: i64, len: usize) -> *mut u8 {
    if !buf.is_null() && len as i64 <= bufcap {
        buf
    } else {
        gosub_alloc(len as u64, 1, 0)
    }
}

/// `a + b + ...`: concatenates `n` strings at `parts`.
#[no_mangle]
pub unsafe extern "C" fn gosub_concat(
    buf: *mut u8,
    bufcap: i64,
    parts: *const GoString,
    n: i64,
) -> GoString {
    let parts = core::slice::from_raw_parts(parts, n as usize);
    let mut total = 0usize;
    let mut non_empty = 0;
    let mut last_non_empty = GoString::EMPTY;
    for part in parts {
        if part.len > 0 {
            total += part.len as usize;
            non_empty += 1;
            last_non_empty = *part;
        }
    }
    if non_empty == 0 {
        return GoString::EMPTY;
    }
    if non_empty == 1 && (!buf.is_null() || !crate::stack::contains(last_non_empty.ptr as usize)) {
        return last_non_empty;
    }
    let memory = result_bytes(buf, bufcap, total);
    let mut offset = 0;
    for part in parts {
        let bytes = part.as_bytes();
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), memory.add(offset), bytes.len());
        offset += bytes.len();
    }
    GoString {
        ptr: memory,
        len: total as i64,
    }
}

/// Compares two strings bytewise: -1, 0 or +1.
#[no_mangle]
pub unsafe extern "C" fn gosub_string_compare(
    ap: *const u8,
    al: i64,
    bp: *const u8,
    bl: i64,
) -> i64 {
    let a = GoString { ptr: ap, len: al }.as_bytes();
    let b = GoString { ptr: bp, len: bl }.as_bytes();
    match a.cmp(b) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

/// Whether two strings are equal: 1 or 0.
#[no_mangle]
pub unsafe extern "C" fn gosub_string_equal(ap: *const u8, al: i64, bp: *const u8, bl: i64) -> u8 {
    (al == bl
        && (ap == bp
            || GoString { ptr: ap, len: al }.as_bytes()
                == GoString { ptr: bp, len: bl }.as_bytes())) as u8
}

/// `string(r)` for an integer `r`: its UTF-8 encoding, "\uFFFD" if not a valid code point.
/// `buf` is null or a 4-byte stack buffer.
#[no_mangle]
pub unsafe extern "C" fn gosub_string_from_rune(buf: *mut u8, rune: i64) -> GoString {
    let memory = if buf.is_null() {
        gosub_alloc(4, 1, 0)
    } else {
        buf
    };
    let mut encoded = [0u8; 4];
    let width = encode_rune(&mut encoded, rune);
    core::ptr::copy_nonoverlapping(encoded.as_ptr(), memory, width);
    GoString {
        ptr: memory,
        len: width as i64,
    }
}

/// `string(b)` for a byte slice.
#[no_mangle]
pub unsafe extern "C" fn gosub_string_from_bytes(
    buf: *mut u8,
    bufcap: i64,
    ptr: *const u8,
    len: i64,
) -> GoString {
    match len {
        0 => GoString::EMPTY,
        1 => GoString {
            ptr: &SINGLE_BYTES[*ptr as usize],
            len: 1,
        },
        _ => {
            let memory = result_bytes(buf, bufcap, len as usize);
            core::ptr::copy_nonoverlapping(ptr, memory, len as usize);
            GoString { ptr: memory, len }
        }
    }
}

/// `string(runes)` for a rune slice (`ptr` points to `len` int32 values).
#[no_mangle]
pub unsafe extern "C" fn gosub_string_from_runes(
    buf: *mut u8,
    bufcap: i64,
    ptr: *const i32,
    len: i64,
) -> GoString {
    let runes = if len == 0 {
        &[][..]
    } else {
        core::slice::from_raw_parts(ptr, len as usize)
    };
    let total: usize = runes.iter().map(|&r| rune_len(r as i64)).sum();
    if total == 0 {
        return GoString::EMPTY;
    }
    let memory = result_bytes(buf, bufcap, total);
    let mut offset = 0;
    for &rune in runes {
        let mut encoded = [0u8; 4];
        let width = encode_rune(&mut encoded, rune as i64);
        core::ptr::copy_nonoverlapping(encoded.as_ptr(), memory.add(offset), width);
        offset += width;
    }
    GoString {
        ptr: memory,
        len: total as i64,
    }
}

/// `[]byte(s)`: writes the new slice header to `*out`.
#[no_mangle]
pub unsafe extern "C" fn gosub_bytes_from_string(
    out: *mut GoSlice,
    buf: *mut u8,
    bufcap: i64,
    ptr: *const u8,
    len: i64,
) {
    let (memory, cap) = if !buf.is_null() && len <= bufcap {
        core::ptr::write_bytes(buf, 0, bufcap as usize);
        (buf, bufcap)
    } else {
        let cap = round_up_size(len as u64, false);
        (gosub_alloc(cap, 1, 0), cap as i64)
    };
    if len > 0 {
        core::ptr::copy_nonoverlapping(ptr, memory, len as usize);
    }
    out.write(GoSlice {
        ptr: memory,
        len,
        cap,
    });
}

/// `[]rune(s)`: writes the new slice header to `*out`; `bufcap` is in bytes (4 per rune).
#[no_mangle]
pub unsafe extern "C" fn gosub_runes_from_string(
    out: *mut GoSlice,
    buf: *mut u8,
    bufcap: i64,
    ptr: *const u8,
    len: i64,
) {
    let bytes = GoString { ptr, len }.as_bytes();
    let count = crate::utf8::rune_count(bytes) as i64;
    let buffer_runes = bufcap / 4;
    let (memory, cap) = if !buf.is_null() && count <= buffer_runes {
        core::ptr::write_bytes(buf, 0, (buffer_runes * 4) as usize);
        (buf.cast::<i32>(), buffer_runes)
    } else {
        let size = round_up_size(count as u64 * 4, false);
        (gosub_alloc(size, 4, 0).cast::<i32>(), (size / 4) as i64)
    };
    let mut index = 0;
    let mut written = 0;
    while index < bytes.len() {
        let (rune, width) = decode_rune(&bytes[index..]);
        *memory.add(written) = rune;
        written += 1;
        index += width;
    }
    out.write(GoSlice {
        ptr: memory.cast(),
        len: count,
        cap,
    });
}

/// One step of `for i, r := range s`: the rune at `index` and the index after it; invalid
/// UTF-8 yields U+FFFD and advances one byte.
#[no_mangle]
pub unsafe extern "C" fn gosub_decode_rune(ptr: *const u8, len: i64, index: i64) -> DecodedRune {
    if index >= len {
        return DecodedRune {
            rune: RUNE_ERROR as i64,
            next: index + 1,
        };
    }
    let bytes = GoString { ptr, len }.as_bytes();
    let (rune, width) = decode_rune(&bytes[index as usize..]);
    DecodedRune {
        rune: rune as i64,
        next: index + width as i64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go(s: &str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len() as i64,
        }
    }

    unsafe fn text(s: GoString) -> String {
        String::from_utf8_lossy(s.as_bytes()).into_owned()
    }

    #[test]
    fn concat_uses_the_buffer_when_it_fits() {
        unsafe {
            let parts = [go("ab"), go(""), go("cde")];
            let mut buffer = [0u8; 32];
            let joined = gosub_concat(buffer.as_mut_ptr(), 32, parts.as_ptr(), 3);
            assert_eq!(text(joined), "abcde");
            assert_eq!(joined.ptr, buffer.as_ptr());
            let mut small = [0u8; 4];
            let joined = gosub_concat(small.as_mut_ptr(), 4, parts.as_ptr(), 3);
            assert_eq!(text(joined), "abcde");
            assert_ne!(joined.ptr, small.as_ptr());
            let joined = gosub_concat(core::ptr::null_mut(), 0, parts.as_ptr(), 3);
            assert_eq!(text(joined), "abcde");
        }
    }

    #[test]
    fn concat_returns_a_single_operand_without_copying() {
        unsafe {
            let only = go("only");
            let parts = [go(""), only, go("")];
            let joined = gosub_concat(core::ptr::null_mut(), 0, parts.as_ptr(), 3);
            assert_eq!(joined.ptr, only.ptr);
            let mut buffer = [0u8; 32];
            let joined = gosub_concat(buffer.as_mut_ptr(), 32, parts.as_ptr(), 3);
            assert_eq!(joined.ptr, only.ptr);
            let empty = gosub_concat(core::ptr::null_mut(), 0, parts.as_ptr(), 0);
            assert_eq!(empty.len, 0);
        }
    }

    #[test]
    fn compare_and_equal() {
        unsafe {
            let cmp = |a: &str, b: &str| {
                gosub_string_compare(a.as_ptr(), a.len() as i64, b.as_ptr(), b.len() as i64)
            };
            assert_eq!(cmp("abc", "abd"), -1);
            assert_eq!(cmp("abc", "ab"), 1);
            assert_eq!(cmp("", ""), 0);
            assert_eq!(
                gosub_string_equal("ab".as_ptr(), 2, "ab".to_string().as_ptr(), 2),
                1
            );
            assert_eq!(gosub_string_equal("ab".as_ptr(), 2, "ac".as_ptr(), 2), 0);
        }
    }

    #[test]
    fn rune_and_byte_conversions() {
        unsafe {
            let mut buffer = [0u8; 4];
            assert_eq!(
                text(gosub_string_from_rune(buffer.as_mut_ptr(), 0x4E16)),
                "世"
            );
            assert_eq!(
                text(gosub_string_from_rune(core::ptr::null_mut(), -1)),
                "\u{FFFD}"
            );
            assert_eq!(
                text(gosub_string_from_rune(core::ptr::null_mut(), 0x110000)),
                "\u{FFFD}"
            );
            let one = gosub_string_from_bytes(core::ptr::null_mut(), 0, b"z".as_ptr(), 1);
            assert_eq!(text(one), "z");
            let runes = [0x48i32, 0x4E16, -5];
            assert_eq!(
                text(gosub_string_from_runes(
                    core::ptr::null_mut(),
                    0,
                    runes.as_ptr(),
                    3
                )),
                "H世\u{FFFD}"
            );

            let mut slice = GoSlice {
                ptr: core::ptr::null_mut(),
                len: 0,
                cap: 0,
            };
            gosub_bytes_from_string(&mut slice, core::ptr::null_mut(), 0, b"hello".as_ptr(), 5);
            assert_eq!((slice.len, slice.cap), (5, 8)); // gc: cap([]byte("hello")) == 8 when escaping
            assert_eq!(core::slice::from_raw_parts(slice.ptr, 5), b"hello");
            let mut stack = [0xAAu8; 32];
            gosub_bytes_from_string(&mut slice, stack.as_mut_ptr(), 32, b"hi".as_ptr(), 2);
            assert_eq!(
                (slice.ptr, slice.len, slice.cap),
                (stack.as_mut_ptr(), 2, 32)
            );
            assert_eq!(stack[2], 0);

            let s = "a世\u{FFFD}";
            gosub_runes_from_string(
                &mut slice,
                core::ptr::null_mut(),
                0,
                s.as_ptr(),
                s.len() as i64,
            );
            assert_eq!((slice.len, slice.cap), (3, 4));
            assert_eq!(
                core::slice::from_raw_parts(slice.ptr.cast::<i32>(), 3),
                &[0x61, 0x4E16, 0xFFFD]
            );
        }
    }

    #[test]
    fn decode_rune_follows_range_over_string() {
        let s = b"a\xe4\xb8\x96\xff!";
        let step = |i| unsafe { gosub_decode_rune(s.as_ptr(), s.len() as i64, i) };
        assert_eq!(
            step(0),
            DecodedRune {
                rune: 0x61,
                next: 1
            }
        );
        assert_eq!(
            step(1),
            DecodedRune {
                rune: 0x4E16,
                next: 4
            }
        );
        assert_eq!(
            step(4),
            DecodedRune {
                rune: 0xFFFD,
                next: 5
            }
        );
        assert_eq!(
            step(5),
            DecodedRune {
                rune: 0x21,
                next: 6
            }
        );
        assert_eq!(
            step(2),
            DecodedRune {
                rune: 0xFFFD,
                next: 3
            }
        );
    }
}
