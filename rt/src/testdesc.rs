//! Test helpers: type descriptors and interface values built in Rust, mirroring what the backend
//! emits, for the types used by the Go programs under `tests/gen/`.
//!
//! Every constructor leaks its descriptors and boxed values (tests are short-lived). Names are
//! the ones gc's `%T` prints. Methods are `extern "C"` functions with the runtime's method
//! calling convention (interface data word in, `GoString` out), behaving like the Go methods of
//! the same name in `tests/gen/types.go`.

use crate::abi::*;

/// Leaks `value` and returns a static reference.
fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// A Go string for a static Rust string.
pub fn gs(text: &'static str) -> GoString {
    GoString {
        ptr: text.as_ptr(),
        len: text.len() as i64,
    }
}

/// A leaked Go string with arbitrary bytes.
pub fn gs_bytes(bytes: &[u8]) -> GoString {
    let leaked: &'static [u8] = Box::leak(bytes.to_vec().into_boxed_slice());
    GoString {
        ptr: leaked.as_ptr(),
        len: leaked.len() as i64,
    }
}

/// A descriptor with no element, key, fields or methods.
pub fn desc(kind: u8, size: u64, align: u32, flags: u8, name: &'static str) -> &'static TypeDesc {
    leak(TypeDesc {
        size,
        align,
        kind,
        flags,
        _pad: 0,
        name: gs(name),
        elem: core::ptr::null(),
        key: core::ptr::null(),
        len: 0,
        fields: core::ptr::null(),
        methods: core::ptr::null(),
        nmethods: 0,
    })
}

/// A copy of `base` with `changes` applied.
fn derive(base: &TypeDesc, changes: impl FnOnce(&mut TypeDesc)) -> &'static TypeDesc {
    let mut copy = TypeDesc {
        ..unsafe { core::ptr::read(base) }
    };
    changes(&mut copy);
    leak(copy)
}

/// The descriptor of a predeclared basic type by its Go name.
pub fn basic(name: &'static str) -> &'static TypeDesc {
    let (kind, size) = match name {
        "bool" => (kind::BOOL, 1),
        "int" => (kind::INT, 8),
        "int8" => (kind::INT8, 1),
        "int16" => (kind::INT16, 2),
        "int32" => (kind::INT32, 4),
        "int64" => (kind::INT64, 8),
        "uint" => (kind::UINT, 8),
        "uint8" => (kind::UINT8, 1),
        "uint16" => (kind::UINT16, 2),
        "uint32" => (kind::UINT32, 4),
        "uint64" => (kind::UINT64, 8),
        "uintptr" => (kind::UINTPTR, 8),
        "float32" => (kind::FLOAT32, 4),
        "float64" => (kind::FLOAT64, 8),
        "complex64" => (kind::COMPLEX64, 8),
        "complex128" => (kind::COMPLEX128, 16),
        "string" => (kind::STRING, 16),
        _ => panic!("unknown basic type {name}"),
    };
    let flags = if kind == kind::STRING {
        FLAG_HAS_POINTERS
    } else {
        0
    };
    desc(
        kind,
        size,
        size.min(8) as u32,
        flags | FLAG_COMPARABLE,
        name,
    )
}

/// A named type with `base`'s layout.
pub fn named(base: &'static TypeDesc, name: &'static str) -> &'static TypeDesc {
    derive(base, |d| {
        d.name = gs(name);
        d.flags |= FLAG_NAMED;
    })
}

/// `[]elem`.
pub fn slice_of(elem: &'static TypeDesc, name: &'static str) -> &'static TypeDesc {
    derive(desc(kind::SLICE, 24, 8, FLAG_HAS_POINTERS, name), |d| {
        d.elem = elem
    })
}

/// `[len]elem`.
pub fn array_of(elem: &'static TypeDesc, len: u64, name: &'static str) -> &'static TypeDesc {
    derive(
        desc(
            kind::ARRAY,
            elem.size * len,
            elem.align,
            elem.flags & (FLAG_HAS_POINTERS | FLAG_COMPARABLE),
            name,
        ),
        |d| {
            d.elem = elem;
            d.len = len;
        },
    )
}

/// `*elem`.
pub fn pointer_to(elem: &'static TypeDesc, name: &'static str) -> &'static TypeDesc {
    derive(
        desc(
            kind::POINTER,
            8,
            8,
            FLAG_HAS_POINTERS | FLAG_DIRECT_IFACE | FLAG_COMPARABLE,
            name,
        ),
        |d| d.elem = elem,
    )
}

/// A pointer-shaped kind without element details (map, func, chan, unsafe.Pointer).
pub fn pointer_shaped(kind: u8, name: &'static str) -> &'static TypeDesc {
    let comparable = if matches!(kind, kind::CHAN | kind::UNSAFE_POINTER) {
        FLAG_COMPARABLE
    } else {
        0
    };
    desc(
        kind,
        8,
        8,
        FLAG_HAS_POINTERS | FLAG_DIRECT_IFACE | comparable,
        name,
    )
}

/// `map[key]value`.
pub fn map_of(
    key: &'static TypeDesc,
    value: &'static TypeDesc,
    name: &'static str,
) -> &'static TypeDesc {
    derive(pointer_shaped(kind::MAP, name), |d| {
        d.key = key;
        d.elem = value;
    })
}

/// A map of type `typ` holding `entries` (the raw bytes of each key and value), as an operand.
pub fn map_value(typ: &'static TypeDesc, entries: &[(Vec<u8>, Vec<u8>)]) -> Iface {
    unsafe {
        let map = crate::map::gosub_map_new(typ, 0);
        for (key, value) in entries {
            let slot = crate::map::gosub_map_assign(map, key.as_ptr());
            core::ptr::copy_nonoverlapping(value.as_ptr(), slot, value.len());
        }
        boxed(typ, &raw(map))
    }
}

/// An interface type with `method_names` (no entry points).
pub fn interface_type(name: &'static str, method_names: &[&'static str]) -> &'static TypeDesc {
    let methods: Vec<MethodDesc> = method_names
        .iter()
        .map(|&m| MethodDesc {
            name: gs(m),
            sig: string_method_signature(),
            func: core::ptr::null(),
        })
        .collect();
    let methods: &'static [MethodDesc] = Box::leak(methods.into_boxed_slice());
    derive(
        desc(
            kind::INTERFACE,
            16,
            8,
            FLAG_HAS_POINTERS | FLAG_COMPARABLE,
            name,
        ),
        |d| {
            d.len = methods.len() as u64;
            d.methods = methods.as_ptr();
            d.nmethods = methods.len() as u64;
        },
    )
}

/// A struct with the given fields laid out with natural alignment.
pub fn struct_of(
    name: &'static str,
    fields: &[(&'static str, &'static TypeDesc)],
) -> &'static TypeDesc {
    let mut offset = 0u64;
    let mut align = 1u32;
    let mut descs = Vec::new();
    let mut flags = FLAG_COMPARABLE;
    for &(field_name, typ) in fields {
        flags |= typ.flags & FLAG_HAS_POINTERS;
        if typ.flags & FLAG_COMPARABLE == 0 {
            flags &= !FLAG_COMPARABLE;
        }
        offset = offset.next_multiple_of(typ.align as u64);
        descs.push(FieldDesc {
            name: gs(field_name),
            typ,
            offset,
            embedded: 0,
        });
        offset += typ.size;
        align = align.max(typ.align);
    }
    let descs: &'static [FieldDesc] = Box::leak(descs.into_boxed_slice());
    derive(
        desc(
            kind::STRUCT,
            offset.next_multiple_of(align as u64),
            align,
            flags,
            name,
        ),
        |d| {
            d.len = descs.len() as u64;
            d.fields = descs.as_ptr();
            if !name.starts_with("struct") {
                d.flags |= FLAG_NAMED;
            }
        },
    )
}

/// The `func() string` signature descriptor shared by all string methods.
pub fn string_method_signature() -> &'static TypeDesc {
    use std::sync::OnceLock;
    static SIGNATURE: OnceLock<usize> = OnceLock::new();
    let address = *SIGNATURE
        .get_or_init(|| pointer_shaped(kind::FUNC, "func() string") as *const TypeDesc as usize);
    unsafe { &*(address as *const TypeDesc) }
}

/// A copy of `typ` with `func() string` methods (given sorted by name).
pub fn with_methods(
    typ: &'static TypeDesc,
    methods: &[(&'static str, crate::methods::StringMethod)],
) -> &'static TypeDesc {
    let methods: Vec<MethodDesc> = methods
        .iter()
        .map(|&(name, func)| MethodDesc {
            name: gs(name),
            sig: string_method_signature(),
            func: func as *const u8,
        })
        .collect();
    let methods: &'static [MethodDesc] = Box::leak(methods.into_boxed_slice());
    derive(typ, |d| {
        d.methods = methods.as_ptr();
        d.nmethods = methods.len() as u64;
    })
}

/// Boxes `bytes` (the value's memory) into an interface of type `typ`.
pub fn boxed(typ: &'static TypeDesc, bytes: &[u8]) -> Iface {
    if typ.flags & FLAG_DIRECT_IFACE != 0 {
        let mut word = [0u8; 8];
        word[..bytes.len()].copy_from_slice(bytes);
        return Iface {
            tab: typ as *const TypeDesc as *const u8,
            data: u64::from_ne_bytes(word) as *mut u8,
        };
    }
    let memory: &'static mut [u64] =
        Box::leak(vec![0u64; bytes.len().div_ceil(8).max(1)].into_boxed_slice());
    unsafe {
        core::ptr::copy_nonoverlapping(
            bytes.as_ptr(),
            memory.as_mut_ptr().cast::<u8>(),
            bytes.len(),
        )
    };
    Iface {
        tab: typ as *const TypeDesc as *const u8,
        data: memory.as_mut_ptr().cast(),
    }
}

/// The raw bytes of a plain value.
pub fn raw<T: Copy>(value: T) -> Vec<u8> {
    let mut bytes = vec![0u8; core::mem::size_of::<T>()];
    unsafe {
        core::ptr::copy_nonoverlapping(
            &value as *const T as *const u8,
            bytes.as_mut_ptr(),
            bytes.len(),
        )
    };
    bytes
}

/// A leaked array of `T`, returning a pointer to its first element.
pub fn leak_array<T: Copy + 'static>(items: &[T]) -> *mut u8 {
    if items.is_empty() {
        return 8 as *mut u8;
    }
    let leaked: &'static mut [T] = Box::leak(items.to_vec().into_boxed_slice());
    leaked.as_mut_ptr().cast()
}

/// A slice header over leaked copies of `items`.
pub fn slice_header<T: Copy + 'static>(items: &[T]) -> GoSlice {
    GoSlice {
        ptr: leak_array(items),
        len: items.len() as i64,
        cap: items.len() as i64,
    }
}

/// The nil interface.
pub fn nil() -> Iface {
    Iface {
        tab: core::ptr::null(),
        data: core::ptr::null_mut(),
    }
}

/// A value of a predeclared basic type, from its bytes.
pub fn basic_value<T: Copy>(name: &'static str, value: T) -> Iface {
    boxed(basic(name), &raw(value))
}

/// A `string` operand.
pub fn string(text: &'static str) -> Iface {
    boxed(basic("string"), &raw(gs(text)))
}

/// A `string` operand with arbitrary (possibly invalid UTF-8) bytes.
pub fn string_bytes(bytes: &[u8]) -> Iface {
    boxed(basic("string"), &raw(gs_bytes(bytes)))
}

/// An `int` operand.
pub fn int(value: i64) -> Iface {
    basic_value("int", value)
}

/// A `float64` operand from its bits.
pub fn fb(bits: u64) -> Iface {
    basic_value("float64", f64::from_bits(bits))
}

/// A `float32` operand from its bits.
pub fn fb32(bits: u32) -> Iface {
    basic_value("float32", f32::from_bits(bits))
}

/// A `complex128` operand.
pub fn c128(re: f64, im: f64) -> Iface {
    basic_value("complex128", [re, im])
}

/// A `bool` operand.
pub fn boolean(value: bool) -> Iface {
    basic_value("bool", value as u8)
}

/// A `[]byte` operand (`None`: a nil slice).
pub fn byte_slice(bytes: Option<&[u8]>) -> Iface {
    let header = match bytes {
        Some(bytes) => slice_header(bytes),
        None => GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        },
    };
    boxed(slice_of(basic("uint8"), "[]uint8"), &raw(header))
}

/// A `[]int` operand (`None`: a nil slice).
pub fn int_slice(items: Option<&[i64]>) -> Iface {
    let header = match items {
        Some(items) => slice_header(items),
        None => GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        },
    };
    boxed(slice_of(basic("int"), "[]int"), &raw(header))
}

/// A `[]string` operand.
pub fn string_slice(items: &[&'static str]) -> Iface {
    let strings: Vec<GoString> = items.iter().map(|&s| gs(s)).collect();
    boxed(
        slice_of(basic("string"), "[]string"),
        &raw(slice_header(&strings)),
    )
}

/// A `[3]int` operand.
pub fn int_array3(items: [i64; 3]) -> Iface {
    boxed(array_of(basic("int"), 3, "[3]int"), &raw(items))
}

/// A `[3]uint8` operand.
pub fn byte_array3(items: [u8; 3]) -> Iface {
    boxed(array_of(basic("uint8"), 3, "[3]uint8"), &raw(items))
}
