//! Finding and calling the `Error`, `String` and `GoString` methods of a dynamic type.
//!
//! A type descriptor lists its method set sorted by name; a method qualifies when its name
//! matches and its signature descriptor is `func() string` (or absent). Method entry points take
//! the interface data word (the value itself for pointer-shaped types, else a pointer to the
//! value) and return a `GoString` in two registers. The runtime never writes through the data
//! word and may pass the address of a value inside a larger object (a struct field, an array
//! element), so entry points of value-receiver methods must not modify the pointed-to value.

use crate::abi::{GoString, TypeDesc, FLAG_DIRECT_IFACE};

/// The entry point type of a `func() string` method.
pub type StringMethod = unsafe extern "C" fn(data: *mut u8) -> GoString;

/// Type name of a method signature that returns one string and takes nothing.
const STRING_METHOD_SIGNATURE: &[u8] = b"func() string";

/// Finds method `name` with signature `func() string` in `typ`'s method set.
pub unsafe fn find_string_method(typ: *const TypeDesc, name: &[u8]) -> Option<StringMethod> {
    if typ.is_null() {
        return None;
    }
    let typ = &*typ;
    if typ.nmethods == 0 || typ.methods.is_null() {
        return None;
    }
    let methods = core::slice::from_raw_parts(typ.methods, typ.nmethods as usize);
    let index = methods
        .binary_search_by(|method| method.name.as_bytes().cmp(name))
        .ok()?;
    let method = &methods[index];
    if !method.sig.is_null() && (*method.sig).name.as_bytes() != STRING_METHOD_SIGNATURE {
        return None;
    }
    if method.func.is_null() {
        return None;
    }
    Some(core::mem::transmute::<*const u8, StringMethod>(method.func))
}

/// The interface data word for a value of type `typ` stored at `address`.
pub unsafe fn data_word(typ: &TypeDesc, address: *const u8) -> *mut u8 {
    if typ.flags & FLAG_DIRECT_IFACE != 0 {
        *(address as *const *mut u8)
    } else {
        address as *mut u8
    }
}

/// Calls a `func() string` method with the given data word and copies the result's bytes.
pub unsafe fn call_string_method(method: StringMethod, data: *mut u8) -> Vec<u8> {
    method(data).as_bytes().to_vec()
}

/// The dynamic type in an interface's first word: the word itself for an empty interface,
/// else the `Itab`'s type.
pub unsafe fn dynamic_type(interface_type: &TypeDesc, tab: *const u8) -> *const TypeDesc {
    if tab.is_null() {
        core::ptr::null()
    } else if interface_type.len == 0 && interface_type.nmethods == 0 {
        tab.cast()
    } else {
        (*(tab as *const crate::abi::Itab)).typ
    }
}
