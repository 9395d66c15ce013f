//! Type descriptors the runtime defines itself.
//!
//! Some Go values are made by the runtime rather than by compiled code: the errors of runtime
//! panics (`runtime.boundsError`, `runtime.errorString`, `runtime.plainError`,
//! `*runtime.TypeAssertionError`, as `recover()` returns them and `%T` prints them) and the
//! results of `errors.New` and `fmt.Errorf` (`*errors.errorString`, `*fmt.wrapError`,
//! `*fmt.wrapErrors`). Their descriptors, method tables and interface tables for `error` are
//! statics here, laid out exactly as the backend lays out its own (`abi.rs`).
//!
//! Descriptor identity is type identity, and a compiled program has its own descriptors for
//! `error` and for method signatures such as `func() string`. Two rules bridge the gap: the
//! runtime's `error` itabs carry the runtime's `error` descriptor (compiled code only reads an
//! itab's type and entry points), and a method whose signature is one of the runtime's
//! signature descriptors matches an interface method by signature *name* ([`same_signature`];
//! `itab.rs`), so that `r.(error)` or a type switch on a recovered runtime error works.
//!
//! Every runtime-made value here is represented the same way: a heap object (`gosub_alloc`,
//! pointer-holding) whose first field is the message string that `Error()` returns. The
//! `runtime.*Error` value types are string-kinded (their data word points to the object), the
//! pointer types hold the object's address directly.

use crate::abi::{
    kind, FieldDesc, GoString, Iface, Itab, MethodDesc, TypeDesc, FLAG_COMPARABLE,
    FLAG_DIRECT_IFACE, FLAG_HAS_POINTERS, FLAG_NAMED,
};

/// A descriptor (or table of them) in a static: descriptors hold raw pointers, which are not
/// `Sync`, but these are immutable for the whole run.
#[repr(transparent)]
pub struct Static<T>(pub T);

// SAFETY: the wrapped descriptors are never written after initialisation.
unsafe impl<T> Sync for Static<T> {}

/// A Go string for a static Rust string.
const fn text(s: &'static str) -> GoString {
    GoString {
        ptr: s.as_ptr(),
        len: s.len() as i64,
    }
}

/// A descriptor with everything but the basics empty.
const fn plain(kind: u8, size: u64, flags: u8, name: &'static str) -> TypeDesc {
    TypeDesc {
        size,
        align: 8,
        kind,
        flags,
        _pad: 0,
        name: text(name),
        elem: core::ptr::null(),
        key: core::ptr::null(),
        len: 0,
        fields: core::ptr::null(),
        methods: core::ptr::null(),
        nmethods: 0,
    }
}

/// Flags of a function value (a pointer to a closure).
const FUNC_FLAGS: u8 = FLAG_HAS_POINTERS | FLAG_DIRECT_IFACE;
/// Flags of a pointer type.
const POINTER_FLAGS: u8 = FLAG_HAS_POINTERS | FLAG_DIRECT_IFACE | FLAG_COMPARABLE;

/// `string`.
pub static STRING: Static<TypeDesc> = Static(plain(
    kind::STRING,
    16,
    FLAG_HAS_POINTERS | FLAG_COMPARABLE,
    "string",
));
/// The signature `func() string` (of `Error`).
pub static FUNC_STRING: Static<TypeDesc> =
    Static(plain(kind::FUNC, 8, FUNC_FLAGS, "func() string"));
/// The signature `func()` (of `RuntimeError`).
pub static FUNC_VOID: Static<TypeDesc> = Static(plain(kind::FUNC, 8, FUNC_FLAGS, "func()"));
/// The signature `func() error` (of `Unwrap`).
pub static FUNC_ERROR: Static<TypeDesc> = Static(plain(kind::FUNC, 8, FUNC_FLAGS, "func() error"));

/// Whether `sig` is one of the runtime's own signature descriptors.
fn is_runtime_signature(sig: *const TypeDesc) -> bool {
    [&FUNC_STRING.0, &FUNC_VOID.0, &FUNC_ERROR.0]
        .iter()
        .any(|&own| core::ptr::eq(own, sig))
}

/// Whether method signatures `a` and `b` are the same type: the same descriptor, or, when one
/// of them is the runtime's own, descriptors with the same name.
pub unsafe fn same_signature(a: *const TypeDesc, b: *const TypeDesc) -> bool {
    if a == b {
        return true;
    }
    (is_runtime_signature(a) || is_runtime_signature(b))
        && !a.is_null()
        && !b.is_null()
        && (*a).name.as_bytes() == (*b).name.as_bytes()
}

/// The method table of `error`.
static ERROR_METHODS: Static<[MethodDesc; 1]> = Static([MethodDesc {
    name: text("Error"),
    sig: &FUNC_STRING.0,
    func: core::ptr::null(),
}]);

/// The `error` interface.
pub static ERROR: Static<TypeDesc> = Static(TypeDesc {
    len: 1,
    methods: &ERROR_METHODS.0 as *const [MethodDesc; 1] as *const MethodDesc,
    nmethods: 1,
    ..plain(
        kind::INTERFACE,
        16,
        FLAG_HAS_POINTERS | FLAG_COMPARABLE | FLAG_NAMED,
        "error",
    )
});

/// `Error()` of every runtime-made error: the string in the object's first field.
unsafe extern "C" fn message_of(data: *mut u8) -> GoString {
    *(data as *const GoString)
}

/// `RuntimeError()`: a marker method with nothing to do.
unsafe extern "C" fn runtime_error_marker(_data: *mut u8) {}

/// `Unwrap()` of `*fmt.wrapError`: the `err` field.
unsafe extern "C" fn unwrap_error(data: *mut u8) -> Iface {
    *(data.add(16) as *const Iface)
}

/// The method set `Error() string`.
static ERROR_METHOD: Static<[MethodDesc; 1]> = Static([MethodDesc {
    name: text("Error"),
    sig: &FUNC_STRING.0,
    func: message_of as *const u8,
}]);

/// The method set `Error() string; RuntimeError()` of the `runtime.Error` implementations.
static RUNTIME_ERROR_METHODS: Static<[MethodDesc; 2]> = Static([
    MethodDesc {
        name: text("Error"),
        sig: &FUNC_STRING.0,
        func: message_of as *const u8,
    },
    MethodDesc {
        name: text("RuntimeError"),
        sig: &FUNC_VOID.0,
        func: runtime_error_marker as *const u8,
    },
]);

/// The method set `Error() string; Unwrap() error` of `*fmt.wrapError`.
static WRAP_ERROR_METHODS: Static<[MethodDesc; 2]> = Static([
    MethodDesc {
        name: text("Error"),
        sig: &FUNC_STRING.0,
        func: message_of as *const u8,
    },
    MethodDesc {
        name: text("Unwrap"),
        sig: &FUNC_ERROR.0,
        func: unwrap_error as *const u8,
    },
]);

/// A string-kinded `runtime` error type named `name`.
const fn runtime_string_error(name: &'static str) -> TypeDesc {
    TypeDesc {
        methods: &RUNTIME_ERROR_METHODS.0 as *const [MethodDesc; 2] as *const MethodDesc,
        nmethods: 2,
        ..plain(
            kind::STRING,
            16,
            FLAG_HAS_POINTERS | FLAG_COMPARABLE | FLAG_NAMED,
            name,
        )
    }
}

/// `runtime.boundsError` (index and slice bounds failures).
pub static BOUNDS_ERROR: Static<TypeDesc> = Static(runtime_string_error("runtime.boundsError"));
/// `runtime.errorString` (`runtime error: ...` messages: nil dereference, division...).
pub static ERROR_STRING: Static<TypeDesc> = Static(runtime_string_error("runtime.errorString"));
/// `runtime.plainError` (messages without the prefix: nil map writes, channel misuse).
pub static PLAIN_ERROR: Static<TypeDesc> = Static(runtime_string_error("runtime.plainError"));

/// The one field of the runtime's stand-ins for `runtime` error structs.
static MESSAGE_FIELDS: Static<[FieldDesc; 1]> = Static([FieldDesc {
    name: text("message"),
    typ: &STRING.0,
    offset: 0,
    embedded: 0,
}]);

/// A `runtime` error struct named `name`, reduced to its message.
const fn message_struct(name: &'static str) -> TypeDesc {
    TypeDesc {
        len: 1,
        fields: &MESSAGE_FIELDS.0 as *const [FieldDesc; 1] as *const FieldDesc,
        ..plain(
            kind::STRUCT,
            16,
            FLAG_HAS_POINTERS | FLAG_COMPARABLE | FLAG_NAMED,
            name,
        )
    }
}

/// A pointer to the `runtime` error struct `elem`, named `name`.
const fn runtime_pointer_error(elem: &'static Static<TypeDesc>, name: &'static str) -> TypeDesc {
    TypeDesc {
        elem: &elem.0,
        methods: &RUNTIME_ERROR_METHODS.0 as *const [MethodDesc; 2] as *const MethodDesc,
        nmethods: 2,
        ..plain(kind::POINTER, 8, POINTER_FLAGS, name)
    }
}

/// `runtime.TypeAssertionError`.
static TYPE_ASSERTION_STRUCT: Static<TypeDesc> =
    Static(message_struct("runtime.TypeAssertionError"));
/// `*runtime.TypeAssertionError` (failed type assertions).
pub static TYPE_ASSERTION_ERROR: Static<TypeDesc> = Static(runtime_pointer_error(
    &TYPE_ASSERTION_STRUCT,
    "*runtime.TypeAssertionError",
));
/// `runtime.PanicNilError`.
static PANIC_NIL_STRUCT: Static<TypeDesc> = Static(message_struct("runtime.PanicNilError"));
/// `*runtime.PanicNilError` (what `panic(nil)` panics with).
pub static PANIC_NIL_ERROR: Static<TypeDesc> = Static(runtime_pointer_error(
    &PANIC_NIL_STRUCT,
    "*runtime.PanicNilError",
));

/// The fields of `errors.errorString`.
static ERRORS_STRING_FIELDS: Static<[FieldDesc; 1]> = Static([FieldDesc {
    name: text("s"),
    typ: &STRING.0,
    offset: 0,
    embedded: 0,
}]);

/// `errors.errorString`.
static ERRORS_STRING_STRUCT: Static<TypeDesc> = Static(TypeDesc {
    len: 1,
    fields: &ERRORS_STRING_FIELDS.0 as *const [FieldDesc; 1] as *const FieldDesc,
    ..plain(
        kind::STRUCT,
        16,
        FLAG_HAS_POINTERS | FLAG_COMPARABLE | FLAG_NAMED,
        "errors.errorString",
    )
});

/// `*errors.errorString`, the dynamic type of `errors.New` results.
pub static ERRORS_STRING: Static<TypeDesc> = Static(TypeDesc {
    elem: &ERRORS_STRING_STRUCT.0,
    methods: &ERROR_METHOD.0 as *const [MethodDesc; 1] as *const MethodDesc,
    nmethods: 1,
    ..plain(kind::POINTER, 8, POINTER_FLAGS, "*errors.errorString")
});

/// The fields of `fmt.wrapError`.
static WRAP_ERROR_FIELDS: Static<[FieldDesc; 2]> = Static([
    FieldDesc {
        name: text("msg"),
        typ: &STRING.0,
        offset: 0,
        embedded: 0,
    },
    FieldDesc {
        name: text("err"),
        typ: &ERROR.0,
        offset: 16,
        embedded: 0,
    },
]);

/// `fmt.wrapError`.
static WRAP_ERROR_STRUCT: Static<TypeDesc> = Static(TypeDesc {
    len: 2,
    fields: &WRAP_ERROR_FIELDS.0 as *const [FieldDesc; 2] as *const FieldDesc,
    ..plain(
        kind::STRUCT,
        32,
        FLAG_HAS_POINTERS | FLAG_COMPARABLE | FLAG_NAMED,
        "fmt.wrapError",
    )
});

/// `*fmt.wrapError`, the dynamic type of `fmt.Errorf` results with one `%w`.
pub static WRAP_ERROR: Static<TypeDesc> = Static(TypeDesc {
    elem: &WRAP_ERROR_STRUCT.0,
    methods: &WRAP_ERROR_METHODS.0 as *const [MethodDesc; 2] as *const MethodDesc,
    nmethods: 2,
    ..plain(kind::POINTER, 8, POINTER_FLAGS, "*fmt.wrapError")
});

/// `[]error`.
static ERROR_SLICE: Static<TypeDesc> = Static(TypeDesc {
    elem: &ERROR.0,
    ..plain(kind::SLICE, 24, FLAG_HAS_POINTERS, "[]error")
});

/// The fields of `fmt.wrapErrors`.
static WRAP_ERRORS_FIELDS: Static<[FieldDesc; 2]> = Static([
    FieldDesc {
        name: text("msg"),
        typ: &STRING.0,
        offset: 0,
        embedded: 0,
    },
    FieldDesc {
        name: text("errs"),
        typ: &ERROR_SLICE.0,
        offset: 16,
        embedded: 0,
    },
]);

/// `fmt.wrapErrors`.
static WRAP_ERRORS_STRUCT: Static<TypeDesc> = Static(TypeDesc {
    len: 2,
    fields: &WRAP_ERRORS_FIELDS.0 as *const [FieldDesc; 2] as *const FieldDesc,
    ..plain(
        kind::STRUCT,
        40,
        FLAG_HAS_POINTERS | FLAG_NAMED,
        "fmt.wrapErrors",
    )
});

/// `*fmt.wrapErrors`, the dynamic type of `fmt.Errorf` results with several `%w`. Its
/// `Unwrap() []error` is not provided (nothing in the supported subset can call it).
pub static WRAP_ERRORS: Static<TypeDesc> = Static(TypeDesc {
    elem: &WRAP_ERRORS_STRUCT.0,
    methods: &ERROR_METHOD.0 as *const [MethodDesc; 1] as *const MethodDesc,
    nmethods: 1,
    ..plain(kind::POINTER, 8, POINTER_FLAGS, "*fmt.wrapErrors")
});

/// An `error` itab for `typ`, whose first method is `Error` returning the first field.
const fn error_itab(typ: &'static Static<TypeDesc>) -> Itab {
    Itab {
        typ: &typ.0,
        iface: &ERROR.0,
        fns: [message_of as *const u8],
    }
}

/// The `error` itab of `*errors.errorString`.
pub static ERRORS_STRING_ITAB: Static<Itab> = Static(error_itab(&ERRORS_STRING));
/// The `error` itab of `*fmt.wrapError`.
pub static WRAP_ERROR_ITAB: Static<Itab> = Static(error_itab(&WRAP_ERROR));
/// The `error` itab of `*fmt.wrapErrors`.
pub static WRAP_ERRORS_ITAB: Static<Itab> = Static(error_itab(&WRAP_ERRORS));

/// A new zeroed, pointer-holding heap object of `size` bytes (at least 16) whose first field is
/// the string `message`.
pub unsafe fn message_object(message: GoString, size: u64) -> *mut u8 {
    let object = crate::alloc::gosub_alloc(size, 8, 1);
    (object as *mut GoString).write(message);
    object
}

/// The runtime error value of type `typ` (one of the `runtime.*` descriptors above) with
/// `message` as its `Error()` text, in a new heap object.
pub unsafe fn runtime_error(typ: &'static Static<TypeDesc>, message: &[u8]) -> Iface {
    Iface {
        tab: &typ.0 as *const TypeDesc as *const u8,
        data: message_object(crate::alloc::alloc_string(message), 16),
    }
}

thread_local! {
    /// Interned runtime error values: descriptor, message, data word.
    static INTERNED: core::cell::RefCell<Vec<(usize, Vec<u8>, usize)>> =
        const { core::cell::RefCell::new(Vec::new()) };
}

/// The runtime error value of type `typ` with `message`, the same value (same data word)
/// every time. gc panics with such errors through constants and globals (`plainError("send on
/// closed channel")`, `divideError`), so two panics with one message carry identical
/// interface words, which its report relies on (`[recovered, repanicked]`). The data lives
/// outside the collected heap, never freed (there are a handful of such messages).
pub fn interned_runtime_error(typ: &'static Static<TypeDesc>, message: &[u8]) -> Iface {
    let tab = &typ.0 as *const TypeDesc as usize;
    let data = INTERNED.with(|interned| {
        let mut interned = interned.borrow_mut();
        if let Some(&(_, _, data)) = interned
            .iter()
            .find(|(t, m, _)| *t == tab && m.as_slice() == message)
        {
            return data;
        }
        let bytes: &'static [u8] = Box::leak(message.to_vec().into_boxed_slice());
        let object = Box::leak(Box::new(GoString {
            ptr: bytes.as_ptr(),
            len: bytes.len() as i64,
        }));
        let data = object as *mut GoString as usize;
        interned.push((tab, message.to_vec(), data));
        data
    });
    Iface {
        tab: tab as *const u8,
        data: data as *mut u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_errors_print_their_message_and_type() {
        unsafe {
            let value = runtime_error(
                &BOUNDS_ERROR,
                b"runtime error: index out of range [5] with length 3",
            );
            assert_eq!(
                crate::fmt::sprint_value(&value),
                b"runtime error: index out of range [5] with length 3"
            );
            let typ = &*(value.tab as *const TypeDesc);
            assert_eq!(typ.name.as_bytes(), b"runtime.boundsError");
            assert_eq!(
                crate::panic_message::panic_value_message(value.tab.cast(), value.data),
                b"runtime error: index out of range [5] with length 3"
            );
        }
    }

    #[test]
    fn runtime_types_implement_a_compiled_error_interface() {
        // A compiled program's own `error` descriptor, with its own `func() string`.
        let sig = crate::testdesc::desc(kind::FUNC, 8, 8, FUNC_FLAGS, "func() string");
        let methods = Box::leak(Box::new([MethodDesc {
            name: text("Error"),
            sig,
            func: core::ptr::null(),
        }]));
        let error = Box::leak(Box::new(TypeDesc {
            len: 1,
            methods: methods.as_ptr(),
            nmethods: 1,
            ..plain(
                kind::INTERFACE,
                16,
                FLAG_HAS_POINTERS | FLAG_COMPARABLE,
                "error",
            )
        }));
        unsafe {
            for typ in [
                &PLAIN_ERROR,
                &TYPE_ASSERTION_ERROR,
                &ERRORS_STRING,
                &WRAP_ERROR,
            ] {
                let itab = crate::itab::gosub_assert_iface(&typ.0, error) as *const Itab;
                assert!(!itab.is_null(), "{:?}", typ.0.name.as_bytes());
                let method: crate::methods::StringMethod = core::mem::transmute((*itab).fns[0]);
                let value = runtime_error(typ, b"message");
                assert_eq!(method(value.data).as_bytes(), b"message");
            }
            let other = crate::testdesc::desc(kind::FUNC, 8, 8, FUNC_FLAGS, "func() int");
            assert!(!same_signature(&FUNC_STRING.0, other));
            assert!(same_signature(&FUNC_STRING.0, sig));
        }
    }
}
