//! The builtin `print` and `println`, in the formats of gc's runtime (Go 1.27).
//!
//! Each call writes its operand to standard error at once (gc's print is unbuffered), after
//! flushing buffered standard output. Integers print in decimal, floats in `strconv`'s shortest
//! `%g` form (Go 1.27 changed this from the old `+1.500000e+000`), pointers as `0x` hex,
//! interfaces as `(typeword,dataword)` and slices as `[len/cap]0xptr`. The compiler emits the
//! spaces and the newline of `println` through `gosub_print_space` / `gosub_print_newline`.
//! The integer formatters here are also the runtime's general-purpose ones.

use crate::ftoa::append_float;
use crate::output::write_stderr;

/// Appends the decimal digits of `value`.
pub fn push_uint(out: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[start..]);
}

/// Appends `value` in decimal with a leading `-` when negative.
pub fn push_int(out: &mut Vec<u8>, value: i64) {
    if value < 0 {
        out.push(b'-');
    }
    push_uint(out, value.unsigned_abs());
}

/// Appends `0x` and the lowercase hexadecimal digits of `value` (gc's `printhex`).
pub fn push_hex(out: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 16];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b"0123456789abcdef"[(value & 15) as usize];
        value >>= 4;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(b"0x");
    out.extend_from_slice(&digits[start..]);
}

/// Appends a complex number as `(re+imi)` with shortest `%g` parts, like `strconv.FormatComplex`.
pub fn push_complex(out: &mut Vec<u8>, re: f64, im: f64, bits32: bool) {
    out.push(b'(');
    append_float(out, re, b'g', -1, bits32);
    if im.is_nan() || (im.is_finite() && !im.is_sign_negative()) {
        out.push(b'+');
    }
    append_float(out, im, b'g', -1, bits32);
    out.extend_from_slice(b"i)");
}

/// Writes a small formatted piece to standard error.
fn emit(build: impl FnOnce(&mut Vec<u8>)) {
    let mut out = Vec::with_capacity(32);
    build(&mut out);
    write_stderr(&out);
}

/// `print(b)` for a bool (`0` or `1`).
#[no_mangle]
pub extern "C" fn gosub_print_bool(value: u8) {
    write_stderr(if value != 0 { b"true" } else { b"false" });
}

/// `print(i)` for any signed integer, widened to 64 bits.
#[no_mangle]
pub extern "C" fn gosub_print_int(value: i64) {
    emit(|out| push_int(out, value));
}

/// `print(u)` for any unsigned integer or uintptr, widened to 64 bits.
#[no_mangle]
pub extern "C" fn gosub_print_uint(value: u64) {
    emit(|out| push_uint(out, value));
}

/// `print(f)` for a float64.
#[no_mangle]
pub extern "C" fn gosub_print_float(value: f64) {
    emit(|out| append_float(out, value, b'g', -1, false));
}

/// `print(f)` for a float32 (shortest 32-bit digits).
#[no_mangle]
pub extern "C" fn gosub_print_float32(value: f32) {
    emit(|out| append_float(out, value as f64, b'g', -1, true));
}

/// `print(c)` for a complex128, given its parts.
#[no_mangle]
pub extern "C" fn gosub_print_complex(re: f64, im: f64) {
    emit(|out| push_complex(out, re, im, false));
}

/// `print(c)` for a complex64, given its parts.
#[no_mangle]
pub extern "C" fn gosub_print_complex64(re: f32, im: f32) {
    emit(|out| push_complex(out, re as f64, im as f64, true));
}

/// `print(s)` for a string.
#[no_mangle]
pub unsafe extern "C" fn gosub_print_string(ptr: *const u8, len: i64) {
    write_stderr(crate::abi::GoString { ptr, len }.as_bytes());
}

/// `print(p)` for a pointer, map, channel, func or unsafe.Pointer.
#[no_mangle]
pub extern "C" fn gosub_print_pointer(pointer: *const u8) {
    emit(|out| push_hex(out, pointer as u64));
}

/// `print(x)` for an interface: `(tab,data)` in hex.
#[no_mangle]
pub extern "C" fn gosub_print_iface(tab: *const u8, data: *const u8) {
    emit(|out| {
        out.push(b'(');
        push_hex(out, tab as u64);
        out.push(b',');
        push_hex(out, data as u64);
        out.push(b')');
    });
}

/// `print(s)` for a slice: `[len/cap]0xptr`.
#[no_mangle]
pub extern "C" fn gosub_print_slice(ptr: *const u8, len: i64, cap: i64) {
    emit(|out| {
        out.push(b'[');
        push_int(out, len);
        out.push(b'/');
        push_int(out, cap);
        out.push(b']');
        push_hex(out, ptr as u64);
    });
}

/// The space `println` puts between operands.
#[no_mangle]
pub extern "C" fn gosub_print_space() {
    write_stderr(b" ");
}

/// The newline `println` ends with.
#[no_mangle]
pub extern "C" fn gosub_print_newline() {
    write_stderr(b"\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(build: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        build(&mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn integers_and_pointers() {
        assert_eq!(text(|o| push_int(o, -7)), "-7");
        assert_eq!(text(|o| push_int(o, i64::MIN)), "-9223372036854775808");
        assert_eq!(text(|o| push_uint(o, 1 << 63)), "9223372036854775808");
        assert_eq!(text(|o| push_uint(o, 0)), "0");
        assert_eq!(text(|o| push_hex(o, 0)), "0x0");
        assert_eq!(text(|o| push_hex(o, 0xc000012345)), "0xc000012345");
    }

    #[test]
    fn floats_and_complex_as_go_1_27_println() {
        // From tests/gen/println.go: println(1.5, float32(0.1), 1e21, -0.0, NaN, +Inf, -Inf,
        // complex(1, 2), complex64(complex(0.1, -3)), 123456789.0, 1e-7).
        let printed = text(|o| {
            append_float(o, 1.5, b'g', -1, false);
            o.push(b' ');
            append_float(o, 0.1f32 as f64, b'g', -1, true);
            o.push(b' ');
            append_float(o, 1e21, b'g', -1, false);
            o.push(b' ');
            append_float(o, -0.0, b'g', -1, false);
            o.push(b' ');
            append_float(o, f64::NAN, b'g', -1, false);
            o.push(b' ');
            append_float(o, f64::INFINITY, b'g', -1, false);
            o.push(b' ');
            append_float(o, f64::NEG_INFINITY, b'g', -1, false);
            o.push(b' ');
            push_complex(o, 1.0, 2.0, false);
            o.push(b' ');
            push_complex(o, 0.1f32 as f64, -3.0, true);
            o.push(b' ');
            append_float(o, 123456789.0, b'g', -1, false);
            o.push(b' ');
            append_float(o, 1e-7, b'g', -1, false);
        });
        assert_eq!(
            printed,
            "1.5 0.1 1e+21 -0 NaN +Inf -Inf (1+2i) (0.1-3i) 1.23456789e+08 1e-07"
        );
    }
}
