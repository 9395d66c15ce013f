//! `==` on values whose type is only known at run time: interfaces, and composite values the
//! compiler does not compare inline.
//!
//! Values are compared per kind from their type descriptor: integers, booleans, pointers and
//! channels by their bits; floats and complex numbers with IEEE equality (`+0 == -0`, NaN equal to
//! nothing); strings by content; arrays element by element; structs field by field, skipping
//! blank (`_`) fields as the language requires; interfaces by dynamic type and then by value. A
//! dynamic type that is not comparable (slices, maps, funcs, and structs or arrays holding them)
//! panics with gc's `runtime error: comparing uncomparable type T`, but only when the two dynamic
//! types are identical: values of different types are simply unequal.
//!
//! Composite values are compared in order, stopping at the first difference: fields in
//! declaration order, elements by index, and for an interface the dynamic types before the
//! values. gc reorders cheap comparisons before expensive ones only within runs of fields that
//! cannot panic, which is unobservable, so the results, panics included, are gc's: comparing
//! `struct{N int; V any}` values whose `N` differ gives false even when `V` holds a slice, while
//! `struct{V any; N int}` panics.
//!
//! The same functions serve map keys (`map/`), where the key type is the map's key descriptor.

use crate::abi::{kind, GoString, Iface, TypeDesc, FLAG_COMPARABLE, FLAG_DIRECT_IFACE};
use crate::methods::dynamic_type;

/// The address of the value an interface holds, given its dynamic type and a reference to its
/// data word: the word itself for pointer-shaped types, else the box the word points to.
pub fn content_address(typ: &TypeDesc, data: &*mut u8) -> *const u8 {
    if typ.flags & FLAG_DIRECT_IFACE != 0 {
        data as *const *mut u8 as *const u8
    } else {
        *data
    }
}

/// Panics with gc's message for comparing two values of the uncomparable type `typ`.
pub unsafe fn uncomparable(typ: &TypeDesc) -> ! {
    let mut message = b"comparing uncomparable type ".to_vec();
    message.extend_from_slice(typ.name.as_bytes());
    crate::panic::fail_runtime_error(&message)
}

/// The fields of a struct type.
pub unsafe fn fields<'a>(typ: &TypeDesc) -> &'a [crate::abi::FieldDesc] {
    if typ.fields.is_null() || typ.len == 0 {
        &[]
    } else {
        core::slice::from_raw_parts(typ.fields, typ.len as usize)
    }
}

/// Whether a struct field is the blank identifier (ignored by `==` and by hashing).
pub unsafe fn is_blank(field: &crate::abi::FieldDesc) -> bool {
    field.name.as_bytes() == b"_"
}

/// Reads a `T` from a possibly unaligned address.
unsafe fn read<T: Copy>(address: *const u8) -> T {
    core::ptr::read_unaligned(address as *const T)
}

/// Compares the value of a scalar kind; `None` for strings, interfaces and composites.
unsafe fn scalar_equal(typ: &TypeDesc, a: *const u8, b: *const u8) -> Option<bool> {
    Some(match typ.kind {
        kind::BOOL | kind::INT8 | kind::UINT8 => *a == *b,
        kind::INT16 | kind::UINT16 => read::<u16>(a) == read::<u16>(b),
        kind::INT32 | kind::UINT32 => read::<u32>(a) == read::<u32>(b),
        kind::INT
        | kind::INT64
        | kind::UINT
        | kind::UINT64
        | kind::UINTPTR
        | kind::POINTER
        | kind::CHAN
        | kind::UNSAFE_POINTER => read::<u64>(a) == read::<u64>(b),
        kind::FLOAT32 => read::<f32>(a) == read::<f32>(b),
        kind::FLOAT64 => read::<f64>(a) == read::<f64>(b),
        kind::COMPLEX64 => read::<[f32; 2]>(a) == read::<[f32; 2]>(b),
        kind::COMPLEX128 => read::<[f64; 2]>(a) == read::<[f64; 2]>(b),
        _ => return None,
    })
}

/// `a == b` for two values of type `typ` stored at `a` and `b`.
pub unsafe fn values_equal(typ: &TypeDesc, a: *const u8, b: *const u8) -> bool {
    if let Some(equal) = scalar_equal(typ, a, b) {
        return equal;
    }
    match typ.kind {
        kind::STRING => read::<GoString>(a).as_bytes() == read::<GoString>(b).as_bytes(),
        kind::INTERFACE => {
            let (x, y) = (read::<Iface>(a), read::<Iface>(b));
            let (tx, ty) = (dynamic_type(typ, x.tab), dynamic_type(typ, y.tab));
            interface_values_equal(tx, x.data, ty, y.data)
        }
        kind::ARRAY => {
            let elem = &*typ.elem;
            let size = elem.size as usize;
            (0..typ.len as usize).all(|i| values_equal(elem, a.add(i * size), b.add(i * size)))
        }
        kind::STRUCT => fields(typ).iter().all(|field| {
            is_blank(field) || {
                let offset = field.offset as usize;
                values_equal(&*field.typ, a.add(offset), b.add(offset))
            }
        }),
        _ => uncomparable(typ),
    }
}

/// Equality of two interface contents given as dynamic types and data words.
pub unsafe fn interface_values_equal(
    t1: *const TypeDesc,
    d1: *mut u8,
    t2: *const TypeDesc,
    d2: *mut u8,
) -> bool {
    if t1 != t2 {
        return false;
    }
    if t1.is_null() {
        return true;
    }
    let typ = &*t1;
    if typ.flags & FLAG_COMPARABLE == 0 {
        uncomparable(typ);
    }
    values_equal(typ, content_address(typ, &d1), content_address(typ, &d2))
}

/// `x == y` for two interface values, given their dynamic types (already taken out of itabs by
/// the caller; null for nil) and data words: 1 if equal, else 0.
#[no_mangle]
pub unsafe extern "C" fn gosub_iface_equal(
    t1: *const TypeDesc,
    d1: *mut u8,
    t2: *const TypeDesc,
    d2: *mut u8,
) -> u8 {
    interface_values_equal(t1, d1, t2, d2) as u8
}

/// `*a == *b` for two values of type `t`: 1 if equal, else 0.
#[no_mangle]
pub unsafe extern "C" fn gosub_value_equal(t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    values_equal(&*t, a, b) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdesc::*;

    fn eq(x: Iface, y: Iface) -> bool {
        unsafe { gosub_iface_equal(x.tab.cast(), x.data, y.tab.cast(), y.data) != 0 }
    }

    #[test]
    fn interfaces_compare_by_type_then_value() {
        // Expectations from tests/gen/equal.go. One descriptor per type, as the backend emits.
        let (int_t, int64_t, float_t, string_t) = (
            basic("int"),
            basic("int64"),
            basic("float64"),
            basic("string"),
        );
        let complex_t = basic("complex128");
        let point_t = crate::testtypes::point_type();
        let point_ptr_t = pointer_to(point_t, "*main.Point");
        let int = |v: i64| boxed(int_t, &raw(v));
        let float = |v: f64| boxed(float_t, &raw(v));
        let string = |s: &'static str| boxed(string_t, &raw(gs_bytes(s.as_bytes())));
        let point = |x: i64, y: i64| boxed(point_t, &raw([x, y]));
        assert!(eq(int(1), int(1)));
        assert!(!eq(int(1), int(2)));
        assert!(!eq(int(1), boxed(int64_t, &raw(1i64))));
        assert!(eq(nil(), nil()));
        assert!(!eq(nil(), int(0)));
        assert!(eq(string("ab"), string("ab")));
        assert!(!eq(string("ab"), string("ac")));
        assert!(eq(float(0.0), float(-0.0)));
        assert!(!eq(float(f64::NAN), float(f64::NAN)));
        assert!(eq(
            boxed(complex_t, &raw([1.0f64, -0.0])),
            boxed(complex_t, &raw([1.0f64, 0.0]))
        ));
        let target = leak_array(&[1i64, 2]);
        let p = boxed(point_ptr_t, &raw(target));
        assert!(eq(p, p));
        assert!(!eq(p, boxed(point_ptr_t, &raw(leak_array(&[1i64, 2])))));
        assert!(eq(point(1, 2), point(1, 2)));
        assert!(!eq(point(1, 2), point(1, 3)));
        // Different dynamic types never panic, even when uncomparable.
        assert!(!eq(int_slice(Some(&[1])), int(1)));
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    struct WithBlank(i64, i64, GoString);

    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Wrapped(i64, Iface);

    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Leading(Iface, i64);

    #[test]
    fn structs_skip_blank_fields_and_arrays_compare_elementwise() {
        let int = basic("int");
        let s = struct_of("main.S", &[("A", int), ("_", int), ("B", basic("string"))]);
        let x = raw(WithBlank(1, 5, gs("x")));
        let y = raw(WithBlank(1, 6, gs("x")));
        let z = raw(WithBlank(1, 5, gs("y")));
        unsafe {
            assert_eq!(gosub_value_equal(s, x.as_ptr(), y.as_ptr()), 1);
            assert_eq!(gosub_value_equal(s, x.as_ptr(), z.as_ptr()), 0);
        }
        let array = array_of(basic("float64"), 2, "[2]float64");
        let a = raw([1.0f64, -0.0]);
        let b = raw([1.0f64, 0.0]);
        let n = raw([1.0f64, f64::NAN]);
        unsafe {
            assert_eq!(gosub_value_equal(array, a.as_ptr(), b.as_ptr()), 1);
            assert_eq!(gosub_value_equal(array, n.as_ptr(), n.as_ptr()), 0);
        }
    }

    #[test]
    fn composites_compare_in_order_like_gc() {
        // gc (tests/gen/equal.go): NV{1, s} == NV{2, s} is false, VN{s, 1} == VN{s, 2} panics.
        let any = interface_type("interface {}", &[]);
        let int_t = basic("int");
        let nv = struct_of("main.NV", &[("N", int_t), ("V", any)]);
        let x = raw(Wrapped(3, boxed(int_t, &raw(1i64))));
        let y = raw(Wrapped(3, boxed(int_t, &raw(1i64))));
        let slice = int_slice(Some(&[1]));
        let u = raw(Wrapped(1, slice));
        let v = raw(Wrapped(2, slice));
        unsafe {
            assert_eq!(gosub_value_equal(nv, x.as_ptr(), y.as_ptr()), 1);
            assert_eq!(gosub_value_equal(nv, u.as_ptr(), v.as_ptr()), 0);
        }
        let vn = struct_of("main.VN", &[("V", any), ("N", int_t)]);
        let (p, q) = (raw(Leading(slice, 1)), raw(Leading(slice, 2)));
        let outcome = unsafe { panics(vn, p, q) };
        assert_eq!(outcome, "runtime error: comparing uncomparable type []int");
    }

    static mut OPERANDS: (usize, usize, usize) = (0, 0, 0);

    unsafe extern "C" fn compare_operands(_: *mut u8) -> GoString {
        let (t, a, b) = OPERANDS;
        gosub_value_equal(t as *const TypeDesc, a as *const u8, b as *const u8);
        GoString::EMPTY
    }

    /// The panic message of comparing `a` and `b` (of type `t`), caught by fmt's method guard.
    unsafe fn panics(t: &TypeDesc, a: Vec<u8>, b: Vec<u8>) -> String {
        OPERANDS = (
            t as *const TypeDesc as usize,
            a.as_ptr() as usize,
            b.as_ptr() as usize,
        );
        let outcome = crate::guard::call(compare_operands, core::ptr::null_mut());
        String::from_utf8(outcome.err().expect("panics")).unwrap()
    }
}
