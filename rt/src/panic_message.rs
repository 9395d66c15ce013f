//! gc's panic message texts, as pure functions returning bytes (tested against gc's output).
//!
//! Runtime errors read `runtime error: ...` (bounds failures in gc's exact wording, with the
//! short form for negative indexes); values given to `panic` print as gc's `printpanicval`:
//! errors through `Error()`, Stringers through `String()`, strings verbatim (each newline
//! followed by a tab), predeclared basic types as `print` would, other basic-kinded types as
//! `main.MyInt(5)`, anything else as `(main.T) 0xDATA`. Failed type assertions name the static
//! interface, the dynamic type and the wanted type, or the first missing method.

use crate::abi::{kind, GoString, TypeDesc};
use crate::methods::{call_string_method, find_string_method};
use crate::print::{push_complex, push_hex, push_int, push_uint};

/// The kinds of bounds failures, as gc's `boundsError` codes.
#[derive(Clone, Copy, Debug)]
pub enum Bounds {
    /// `s[x]` with `x >= len` or `x < 0`.
    Index,
    /// `s[:x]` with `x > len` (strings).
    SliceAlen,
    /// `s[:x]` with `x > cap`.
    SliceAcap,
    /// `s[x:y]` with `x > y`.
    SliceB,
    /// `s[::x]` with `x > len` (arrays).
    Slice3Alen,
    /// `s[::x]` with `x > cap`.
    Slice3Acap,
    /// `s[:x:y]` with `x > y`.
    Slice3B,
    /// `s[x:y:]` with `x > y`.
    Slice3C,
    /// `[y]T(s)` with `len(s) = x < y`.
    Convert,
}

/// `runtime error: ...` for a bounds failure with operands `x` and `y`, as gc words it.
pub fn bounds_message(which: Bounds, x: i64, y: i64) -> Vec<u8> {
    let (before, between, after): (&str, &str, &str) = if x < 0 {
        match which {
            Bounds::Index => ("index out of range [", "", "]"),
            Bounds::SliceAlen | Bounds::SliceAcap => ("slice bounds out of range [:", "", "]"),
            Bounds::SliceB => ("slice bounds out of range [", "", ":]"),
            Bounds::Slice3Alen | Bounds::Slice3Acap => ("slice bounds out of range [::", "", "]"),
            Bounds::Slice3B => ("slice bounds out of range [:", "", ":]"),
            Bounds::Slice3C => ("slice bounds out of range [", "", "::]"),
            Bounds::Convert => ("cannot convert slice with length ", "", ""),
        }
    } else {
        match which {
            Bounds::Index => ("index out of range [", "] with length ", ""),
            Bounds::SliceAlen => ("slice bounds out of range [:", "] with length ", ""),
            Bounds::SliceAcap => ("slice bounds out of range [:", "] with capacity ", ""),
            Bounds::SliceB => ("slice bounds out of range [", ":", "]"),
            Bounds::Slice3Alen => ("slice bounds out of range [::", "] with length ", ""),
            Bounds::Slice3Acap => ("slice bounds out of range [::", "] with capacity ", ""),
            Bounds::Slice3B => ("slice bounds out of range [:", ":", "]"),
            Bounds::Slice3C => ("slice bounds out of range [", ":", ":]"),
            Bounds::Convert => (
                "cannot convert slice with length ",
                " to array or pointer to array with length ",
                "",
            ),
        }
    };
    let mut out = b"runtime error: ".to_vec();
    out.extend_from_slice(before.as_bytes());
    push_int(&mut out, x);
    if x >= 0 {
        out.extend_from_slice(between.as_bytes());
        push_int(&mut out, y);
    }
    out.extend_from_slice(after.as_bytes());
    out
}

/// The `[signal ...]` line gc prints after a fault.
pub fn signal_line(signal: i32, code: i64, address: u64, pc: u64) -> Vec<u8> {
    let mut out = b"[signal ".to_vec();
    out.extend_from_slice(if signal == libc::SIGBUS {
        b"SIGBUS: bus error"
    } else {
        b"SIGSEGV: segmentation violation"
    });
    out.extend_from_slice(b" code=");
    push_hex(&mut out, code as u64);
    out.extend_from_slice(b" addr=");
    push_hex(&mut out, address);
    out.extend_from_slice(b" pc=");
    push_hex(&mut out, pc);
    out.push(b']');
    out
}

/// The message of a nil dereference.
pub const NIL_DEREFERENCE: &[u8] =
    b"runtime error: invalid memory address or nil pointer dereference";

/// Appends `text` with a tab after every newline (gc's `printindented`).
fn push_indented(out: &mut Vec<u8>, text: &[u8]) {
    for &byte in text {
        out.push(byte);
        if byte == b'\n' {
            out.push(b'\t');
        }
    }
}

/// Whether `typ` is a predeclared basic type (its name is its kind's name).
fn is_predeclared(typ: &TypeDesc) -> bool {
    let name: &[u8] = match typ.kind {
        kind::BOOL => b"bool",
        kind::INT => b"int",
        kind::INT8 => b"int8",
        kind::INT16 => b"int16",
        kind::INT32 => b"int32",
        kind::INT64 => b"int64",
        kind::UINT => b"uint",
        kind::UINT8 => b"uint8",
        kind::UINT16 => b"uint16",
        kind::UINT32 => b"uint32",
        kind::UINT64 => b"uint64",
        kind::UINTPTR => b"uintptr",
        kind::FLOAT32 => b"float32",
        kind::FLOAT64 => b"float64",
        kind::COMPLEX64 => b"complex64",
        kind::COMPLEX128 => b"complex128",
        kind::STRING => b"string",
        _ => return false,
    };
    // SAFETY: descriptor names are valid strings.
    unsafe { typ.name.as_bytes() == name }
}

/// Appends a basic-kinded value the way builtin `print` shows it; false for other kinds.
unsafe fn push_basic(out: &mut Vec<u8>, typ: &TypeDesc, value: *const u8) -> bool {
    match typ.kind {
        kind::BOOL => out.extend_from_slice(if *value != 0 { b"true" } else { b"false" }),
        kind::INT | kind::INT64 => push_int(out, *(value as *const i64)),
        kind::INT8 => push_int(out, *(value as *const i8) as i64),
        kind::INT16 => push_int(out, *(value as *const i16) as i64),
        kind::INT32 => push_int(out, *(value as *const i32) as i64),
        kind::UINT | kind::UINT64 | kind::UINTPTR => push_uint(out, *(value as *const u64)),
        kind::UINT8 => push_uint(out, *value as u64),
        kind::UINT16 => push_uint(out, *(value as *const u16) as u64),
        kind::UINT32 => push_uint(out, *(value as *const u32) as u64),
        kind::FLOAT32 => {
            crate::ftoa::append_float(out, *(value as *const f32) as f64, b'g', -1, true)
        }
        kind::FLOAT64 => crate::ftoa::append_float(out, *(value as *const f64), b'g', -1, false),
        kind::COMPLEX64 => {
            let parts = value as *const f32;
            push_complex(out, *parts as f64, *parts.add(1) as f64, true)
        }
        kind::COMPLEX128 => {
            let parts = value as *const f64;
            push_complex(out, *parts, *parts.add(1), false)
        }
        _ => return false,
    }
    true
}

/// The message for `panic(v)` where `v` is the interface `(tab, data)` (`tab` a `TypeDesc`).
pub unsafe fn panic_value_message(tab: *const TypeDesc, data: *mut u8) -> Vec<u8> {
    if tab.is_null() {
        return b"runtime error: panic called with nil argument".to_vec();
    }
    let mut out = Vec::new();
    let method = find_string_method(tab, b"Error").or_else(|| find_string_method(tab, b"String"));
    if let Some(method) = method {
        push_indented(&mut out, &call_string_method(method, data));
        return out;
    }
    let typ = &*tab;
    let value = if typ.flags & crate::abi::FLAG_DIRECT_IFACE != 0 {
        &data as *const *mut u8 as *const u8
    } else {
        data
    };
    if typ.kind == kind::STRING {
        let text = (*(value as *const GoString)).as_bytes();
        if is_predeclared(typ) {
            push_indented(&mut out, text);
        } else {
            out.extend_from_slice(typ.name.as_bytes());
            out.extend_from_slice(b"(\"");
            push_indented(&mut out, text);
            out.extend_from_slice(b"\")");
        }
        return out;
    }
    if is_predeclared(typ) {
        push_basic(&mut out, typ, value);
        return out;
    }
    out.extend_from_slice(typ.name.as_bytes());
    let complex = matches!(typ.kind, kind::COMPLEX64 | kind::COMPLEX128);
    if !complex {
        out.push(b'(');
    }
    if push_basic(&mut out, typ, value) {
        if !complex {
            out.push(b')');
        }
        return out;
    }
    out.truncate(0);
    out.push(b'(');
    out.extend_from_slice(typ.name.as_bytes());
    out.extend_from_slice(b") ");
    push_hex(&mut out, data as u64);
    out
}

/// The message of a failed type assertion `x.(want)` where `x` has static interface type
/// `iface` and dynamic type `have` (null when `x` is nil).
pub unsafe fn assert_message(have: *const TypeDesc, want: &TypeDesc, iface: &TypeDesc) -> Vec<u8> {
    let mut out = b"interface conversion: ".to_vec();
    if have.is_null() {
        if want.kind == kind::INTERFACE {
            out.extend_from_slice(b"interface");
        } else {
            out.extend_from_slice(iface.name.as_bytes());
        }
        out.extend_from_slice(b" is nil, not ");
        out.extend_from_slice(want.name.as_bytes());
        return out;
    }
    let have = &*have;
    if want.kind == kind::INTERFACE {
        out.extend_from_slice(have.name.as_bytes());
        out.extend_from_slice(b" is not ");
        out.extend_from_slice(want.name.as_bytes());
        out.extend_from_slice(b": missing method ");
        out.extend_from_slice(crate::itab::missing_method(have, want).unwrap_or_default());
        return out;
    }
    out.extend_from_slice(iface.name.as_bytes());
    out.extend_from_slice(b" is ");
    out.extend_from_slice(have.name.as_bytes());
    out.extend_from_slice(b", not ");
    out.extend_from_slice(want.name.as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdesc::*;
    use crate::testtypes::*;

    fn text(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn bounds_messages_match_gc() {
        // Messages printed by gc for the programs in tests/gen/panics.go.
        let cases = [
            (Bounds::Index, 5, 3, "index out of range [5] with length 3"),
            (Bounds::Index, -1, 3, "index out of range [-1]"),
            (
                Bounds::SliceAcap,
                5,
                3,
                "slice bounds out of range [:5] with capacity 3",
            ),
            (
                Bounds::SliceAlen,
                5,
                3,
                "slice bounds out of range [:5] with length 3",
            ),
            (
                Bounds::Slice3Acap,
                5,
                3,
                "slice bounds out of range [::5] with capacity 3",
            ),
            (
                Bounds::Slice3Alen,
                5,
                3,
                "slice bounds out of range [::5] with length 3",
            ),
            (Bounds::SliceB, 3, 2, "slice bounds out of range [3:2]"),
            (Bounds::SliceB, -1, 2, "slice bounds out of range [-1:]"),
            (Bounds::Slice3B, 4, 2, "slice bounds out of range [:4:2]"),
            (Bounds::Slice3C, 3, 2, "slice bounds out of range [3:2:]"),
            (
                Bounds::Convert,
                0,
                3,
                "cannot convert slice with length 0 to array or pointer to array with length 3",
            ),
        ];
        for (which, x, y, want) in cases {
            assert_eq!(
                text(bounds_message(which, x, y)),
                format!("runtime error: {want}")
            );
        }
    }

    unsafe fn value_message(value: crate::abi::Iface) -> String {
        text(panic_value_message(value.tab.cast(), value.data))
    }

    #[test]
    fn panic_values_print_like_printpanicval() {
        unsafe {
            assert_eq!(value_message(string("hello\nworld")), "hello\n\tworld");
            assert_eq!(value_message(int(42)), "42");
            assert_eq!(value_message(fb(1.5f64.to_bits())), "1.5");
            assert_eq!(value_message(boolean(true)), "true");
            assert_eq!(value_message(c128(1.0, 2.0)), "(1+2i)");
            assert_eq!(value_message(my_int(5)), "main.MyInt(5)");
            assert_eq!(value_message(my_str("ms")), "main.MyStr(\"ms\")");
            assert_eq!(value_message(my_err_ptr("x")), "myerr: x");
            assert_eq!(value_message(temp(3)), "Temp(3)");
            assert_eq!(value_message(both(1)), "both-error");
            assert_eq!(
                value_message(nil()),
                "runtime error: panic called with nil argument"
            );
            let named_complex = boxed(named(basic("complex128"), "main.C"), &raw([1.0f64, 2.0]));
            assert_eq!(value_message(named_complex), "main.C(1+2i)");
            let point = point(1, 2);
            assert_eq!(
                value_message(point),
                format!("(main.Point) {:#x}", point.data as usize)
            );
        }
    }

    #[test]
    fn assertion_messages_match_gc() {
        let any = interface_type("interface {}", &[]);
        let i = interface_type("main.I", &["M", "N"]);
        let j = interface_type("main.J", &["M"]);
        let t = with_methods(
            struct_of("main.T", &[]),
            &[("M", crate::testtypes::unit_method)],
        );
        let t_ptr = pointer_to(t, "*main.T");
        unsafe {
            assert_eq!(
                text(assert_message(basic("string"), basic("int"), any)),
                "interface conversion: interface {} is string, not int"
            );
            assert_eq!(
                text(assert_message(core::ptr::null(), basic("int"), any)),
                "interface conversion: interface {} is nil, not int"
            );
            assert_eq!(
                text(assert_message(basic("string"), point_type(), any)),
                "interface conversion: interface {} is string, not main.Point"
            );
            assert_eq!(
                text(assert_message(t, i, any)),
                "interface conversion: main.T is not main.I: missing method N"
            );
            assert_eq!(
                text(assert_message(core::ptr::null(), i, any)),
                "interface conversion: interface is nil, not main.I"
            );
            assert_eq!(
                text(assert_message(t, t_ptr, j)),
                "interface conversion: main.J is main.T, not *main.T"
            );
        }
    }
}
