//! Type assertions to interface types: method-set checks and interface tables built at run time.
//!
//! The backend emits the itabs of conversions it can see statically. A type assertion
//! `x.(I)` (or a type switch case `I`) where `I` has methods needs an itab for whatever dynamic
//! type `x` holds, which only the runtime knows: [`gosub_assert_iface`] checks that the dynamic
//! type has every method of `I` (same name and same signature descriptor; descriptor identity is
//! type identity, except for the runtime's own signature descriptors, which match by name: see
//! `builtin_types.rs`) and builds `{type, I, entry points in I's method order}`. Building is done once
//! per (type, interface) pair: results, including failures, live forever in a small
//! open-addressing table keyed by the two descriptor addresses, like gc's `itabTable`. An itab
//! is never freed and holds only descriptor and code addresses, so the collector need not know
//! about it.
//!
//! A runtime itab has a different address from a static itab for the same pair, so itab words
//! must never be compared for identity: compare the dynamic types they hold.
//!
//! The table is per thread (compiled programs have one; the test harness runs tests on several).

use crate::abi::{MethodDesc, TypeDesc};
use core::cell::UnsafeCell;

/// The methods of a descriptor.
pub unsafe fn methods<'a>(typ: &TypeDesc) -> &'a [MethodDesc] {
    if typ.methods.is_null() || typ.nmethods == 0 {
        &[]
    } else {
        core::slice::from_raw_parts(typ.methods, typ.nmethods as usize)
    }
}

/// `typ`'s method matching the interface method `wanted` by name and signature.
unsafe fn find_method<'a>(typ: &TypeDesc, wanted: &MethodDesc) -> Option<&'a MethodDesc> {
    methods(typ).iter().find(|method| {
        crate::builtin_types::same_signature(method.sig, wanted.sig)
            && method.name.as_bytes() == wanted.name.as_bytes()
    })
}

/// The name of the first method of interface `want` (in its sorted order) that `typ` lacks.
pub unsafe fn missing_method<'a>(typ: &TypeDesc, want: &'a TypeDesc) -> Option<&'a [u8]> {
    methods(want)
        .iter()
        .find(|wanted| find_method(typ, wanted).is_none())
        .map(|wanted| wanted.name.as_bytes())
}

/// Builds the itab of `typ` for `want`, or returns null if a method is missing. The itab is
/// leaked: it lives as long as the program.
unsafe fn build_itab(typ: &TypeDesc, want: &TypeDesc) -> *const u8 {
    let mut words = Vec::with_capacity(2 + want.nmethods as usize);
    words.push(typ as *const TypeDesc as usize);
    words.push(want as *const TypeDesc as usize);
    for wanted in methods(want) {
        match find_method(typ, wanted) {
            Some(method) => words.push(method.func as usize),
            None => return core::ptr::null(),
        }
    }
    Box::leak(words.into_boxed_slice()).as_ptr().cast()
}

/// One cached answer: the pair and its itab (null: `typ` does not implement `want`).
#[derive(Clone, Copy)]
struct Entry {
    typ: *const TypeDesc,
    want: *const TypeDesc,
    itab: *const u8,
}

/// An open-addressing table of answers (linear probing, at most half full; `typ` null marks an
/// empty slot).
struct Cache {
    entries: Vec<Entry>,
    count: usize,
}

const EMPTY: Entry = Entry {
    typ: core::ptr::null(),
    want: core::ptr::null(),
    itab: core::ptr::null(),
};

thread_local! {
    static CACHE: UnsafeCell<Cache> = const { UnsafeCell::new(Cache { entries: Vec::new(), count: 0 }) };
}

impl Cache {
    /// The slot index for the pair: its entry, or the empty slot where it belongs.
    fn slot(&self, typ: *const TypeDesc, want: *const TypeDesc) -> usize {
        let mask = self.entries.len() - 1;
        let mut index =
            crate::hash::hash_word(typ as u64 ^ (want as u64).rotate_left(29), 0) as usize & mask;
        loop {
            let entry = &self.entries[index];
            if entry.typ.is_null() || (entry.typ == typ && entry.want == want) {
                return index;
            }
            index = (index + 1) & mask;
        }
    }

    /// Records an answer, growing the table to keep it at most half full.
    fn insert(&mut self, entry: Entry) {
        if (self.count + 1) * 2 > self.entries.len() {
            let size = (self.entries.len() * 2).max(64);
            let old = core::mem::replace(&mut self.entries, vec![EMPTY; size]);
            for entry in old.into_iter().filter(|entry| !entry.typ.is_null()) {
                let index = self.slot(entry.typ, entry.want);
                self.entries[index] = entry;
            }
        }
        let index = self.slot(entry.typ, entry.want);
        self.entries[index] = entry;
        self.count += 1;
    }
}

/// `x.(want)` for an interface type `want`, `typ` being x's dynamic type (null when x is nil):
/// null when the assertion fails; otherwise the type word of the resulting `want` value: `typ`
/// itself when `want` has no methods, else an itab (built on first use, then cached).
#[no_mangle]
pub unsafe extern "C" fn gosub_assert_iface(
    typ: *const TypeDesc,
    want: *const TypeDesc,
) -> *const u8 {
    if typ.is_null() {
        return core::ptr::null();
    }
    if (*want).nmethods == 0 {
        return typ.cast();
    }
    CACHE.with(|cell| {
        let cache = &mut *cell.get();
        if !cache.entries.is_empty() {
            let entry = cache.entries[cache.slot(typ, want)];
            if !entry.typ.is_null() {
                return entry.itab;
            }
        }
        let itab = build_itab(&*typ, &*want);
        cache.insert(Entry { typ, want, itab });
        itab
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::Itab;
    use crate::testdesc::*;

    unsafe extern "C" fn method_m(_: *mut u8) -> crate::abi::GoString {
        gs("M")
    }

    unsafe extern "C" fn method_n(_: *mut u8) -> crate::abi::GoString {
        gs("N")
    }

    #[test]
    fn builds_itabs_once_in_interface_order() {
        let i = interface_type("main.I", &["M", "N"]);
        let j = interface_type("main.J", &["N"]);
        let any = interface_type("interface {}", &[]);
        let t = with_methods(
            struct_of("main.T", &[]),
            &[("A", method_m), ("M", method_m), ("N", method_n)],
        );
        let u = with_methods(struct_of("main.U", &[]), &[("M", method_m)]);
        unsafe {
            let itab = gosub_assert_iface(t, i);
            assert!(!itab.is_null());
            let table = &*(itab as *const Itab);
            assert_eq!(table.typ, t as *const TypeDesc);
            assert_eq!(table.iface, i as *const TypeDesc);
            let fns = core::slice::from_raw_parts(table.fns.as_ptr(), 2);
            assert_eq!(fns, [method_m as *const u8, method_n as *const u8]);
            assert_eq!(gosub_assert_iface(t, i), itab);
            let only_n = &*(gosub_assert_iface(t, j) as *const Itab);
            assert_eq!(*only_n.fns.as_ptr(), method_n as *const u8);
            assert!(gosub_assert_iface(u, i).is_null());
            assert!(gosub_assert_iface(u, i).is_null());
            assert_eq!(
                gosub_assert_iface(u, any),
                u as *const TypeDesc as *const u8
            );
            assert!(gosub_assert_iface(core::ptr::null(), any).is_null());
            assert_eq!(missing_method(u, i), Some(&b"N"[..]));
            assert_eq!(missing_method(t, i), None);
        }
    }

    #[test]
    fn signatures_must_match() {
        let i = interface_type("main.I", &["M"]);
        let other_signature = pointer_shaped(crate::abi::kind::FUNC, "func() int");
        let t = with_methods(struct_of("main.T", &[]), &[("M", method_m)]);
        let methods: &'static [MethodDesc] = Box::leak(Box::new([MethodDesc {
            name: gs("M"),
            sig: other_signature,
            func: method_m as *const u8,
        }]));
        let t2 = Box::leak(Box::new(TypeDesc {
            methods: methods.as_ptr(),
            ..unsafe { core::ptr::read(t) }
        }));
        unsafe {
            assert!(!gosub_assert_iface(t, i).is_null());
            assert!(gosub_assert_iface(t2, i).is_null());
        }
    }

    #[test]
    fn cache_grows() {
        let i = interface_type("main.I", &["M"]);
        let types: Vec<&'static TypeDesc> = (0..200)
            .map(|_| with_methods(struct_of("main.T", &[]), &[("M", method_m)]))
            .collect();
        unsafe {
            let itabs: Vec<*const u8> = types.iter().map(|&t| gosub_assert_iface(t, i)).collect();
            for (&t, &itab) in types.iter().zip(&itabs) {
                assert_eq!(gosub_assert_iface(t, i), itab);
                assert_eq!((*(itab as *const Itab)).typ, t as *const TypeDesc);
            }
        }
    }
}
