//! Test helpers for goroutines and defers: Go closures made from Rust closures, and channel
//! operations on Rust values.
//!
//! A Go func value is a pointer to an object whose first word is the code address, called with
//! the object as its argument; [`closure`] leaks such an object wrapping a Rust closure.

use crate::abi::TypeDesc;

/// A Go closure object wrapping the Rust closure `F`.
#[repr(C)]
struct Closure<F> {
    code: unsafe extern "C" fn(*mut u8),
    body: F,
}

/// The code of a [`Closure`]: runs its Rust closure.
unsafe extern "C" fn run<F: FnMut()>(object: *mut u8) {
    ((*(object as *mut Closure<F>)).body)()
}

/// A leaked Go closure (no arguments, no results) running `body`.
pub fn closure<F: FnMut() + 'static>(body: F) -> *mut u8 {
    Box::into_raw(Box::new(Closure {
        code: run::<F>,
        body,
    }))
    .cast()
}

/// `go body()`.
pub fn go<F: FnMut() + 'static>(body: F) {
    // SAFETY: a valid Go closure.
    unsafe { crate::sched::gosub_go(closure(body)) }
}

/// A `chan T` descriptor for element type `elem`.
pub fn chan_type(elem: &'static TypeDesc) -> &'static TypeDesc {
    Box::leak(Box::new(TypeDesc {
        size: 8,
        align: 8,
        kind: crate::abi::kind::CHAN,
        flags: crate::abi::FLAG_HAS_POINTERS | crate::abi::FLAG_DIRECT_IFACE,
        _pad: 0,
        name: crate::testdesc::gs("chan T"),
        elem,
        key: core::ptr::null(),
        len: 0,
        fields: core::ptr::null(),
        methods: core::ptr::null(),
        nmethods: 0,
    }))
}

/// A new `chan i64` with capacity `size`.
pub fn int_chan(size: i64) -> *mut u8 {
    // SAFETY: a valid channel type.
    unsafe { crate::chan::gosub_chan_make(chan_type(crate::testdesc::basic("int")), size) }
}

/// `ch <- value` on a `chan i64`.
pub fn send(ch: *mut u8, value: i64) {
    // SAFETY: `value` is an i64 in memory.
    unsafe { crate::chan::gosub_chan_send(ch, &value as *const i64 as *const u8) }
}

/// `value, ok := <-ch` on a `chan i64`.
pub fn recv(ch: *mut u8) -> (i64, bool) {
    let mut value = -1i64;
    // SAFETY: the buffer holds an i64.
    let ok = unsafe { crate::chan::gosub_chan_recv(ch, &mut value as *mut i64 as *mut u8) };
    (value, ok != 0)
}
