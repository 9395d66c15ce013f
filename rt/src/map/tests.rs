//! Maps against gc's behaviour (expectations from tests/gen/maps.go and tests/gen/mapallocs.go).

use super::*;
use crate::abi::{GoString, Iface};
use crate::testdesc::*;
use std::collections::{HashMap, HashSet};

/// A map type descriptor.
fn map_type(
    key: &'static TypeDesc,
    value: &'static TypeDesc,
    name: &'static str,
) -> &'static TypeDesc {
    map_of(key, value, name)
}

/// A `map[int]int` made with `gosub_map_new`.
fn int_map(hint: i64) -> *mut u8 {
    unsafe { gosub_map_new(map_type(basic("int"), basic("int"), "map[int]int"), hint) }
}

unsafe fn set<K: Copy, V: Copy>(m: *mut u8, key: K, value: V) {
    (gosub_map_assign(m, &key as *const K as *const u8) as *mut V).write(value);
}

unsafe fn get<K: Copy, V: Copy>(m: *mut u8, key: K) -> Option<V> {
    let found = gosub_map_access(m, &key as *const K as *const u8);
    (!found.is_null()).then(|| (found as *const V).read())
}

unsafe fn del<K: Copy>(m: *mut u8, key: K) {
    gosub_map_delete(m, &key as *const K as *const u8);
}

fn len(m: *mut u8) -> i64 {
    unsafe { *(m as *const i64) }
}

/// All entries, by iteration.
unsafe fn entries<K: Copy, V: Copy>(m: *mut u8) -> Vec<(K, V)> {
    let mut it = [0u64; 8];
    let it = it.as_mut_ptr() as *mut u8;
    gosub_map_iter_init(it, m);
    let mut out = Vec::new();
    while gosub_map_iter_next(it) == 1 {
        let iter = &*(it as *const MapIter);
        out.push((
            (iter.key as *const K).read(),
            (iter.value as *const V).read(),
        ));
    }
    out
}

#[test]
fn insert_lookup_delete_many() {
    let m = int_map(0);
    unsafe {
        for i in 0..100_000i64 {
            set(m, i, i * 2);
        }
        assert_eq!(len(m), 100_000);
        for i in 0..100_000i64 {
            assert_eq!(get::<i64, i64>(m, i), Some(i * 2));
        }
        assert_eq!(get::<i64, i64>(m, -1), None);
        for i in (0..100_000i64).filter(|i| i % 3 != 0) {
            del(m, i);
        }
        assert_eq!(len(m), 33_334);
        for i in 0..100_000i64 {
            assert_eq!(get::<i64, i64>(m, i), (i % 3 == 0).then_some(i * 2));
        }
        // Reinsert over the tombstones.
        for i in 0..100_000i64 {
            set(m, i, i);
        }
        assert_eq!(len(m), 100_000);
        let all = entries::<i64, i64>(m);
        assert_eq!(all.len(), 100_000);
        assert!(all.iter().all(|&(k, v)| k == v));
        assert_eq!(
            all.iter().map(|e| e.0).collect::<HashSet<_>>().len(),
            100_000
        );
    }
}

#[test]
fn churn_keeps_the_table_small() {
    // Inserting and deleting forever in a small map reuses tombstones and rehashes in place.
    let m = int_map(0);
    unsafe {
        for i in 0..200_000i64 {
            set(m, i, i);
            if i >= 10 {
                del(m, i - 10);
            }
        }
        assert_eq!(len(m), 10);
        let header = &*(m as *const MapHeader);
        assert!(Table(header.table).groups() <= 4);
    }
}

#[test]
fn string_keys_compare_by_content() {
    let string = basic("string");
    let m = unsafe { gosub_map_new(map_type(string, basic("int"), "map[string]int"), 0) };
    let words: Vec<String> = (0..1000).map(|i| format!("word{i}")).collect();
    unsafe {
        for (i, word) in words.iter().enumerate() {
            set(m, gs_bytes(word.as_bytes()), i as i64);
        }
        for (i, word) in words.iter().enumerate() {
            // A different string header with the same bytes finds the entry.
            let copy = gs_bytes(word.as_bytes());
            assert_eq!(get::<GoString, i64>(m, copy), Some(i as i64));
        }
        assert_eq!(get::<GoString, i64>(m, gs("absent")), None);
        assert_eq!(get::<GoString, i64>(m, GoString::EMPTY), None);
        set(m, GoString::EMPTY, -1i64);
        assert_eq!(get::<GoString, i64>(m, gs("")), Some(-1));
    }
}

#[test]
fn float_keys_follow_ieee_equality() {
    // gc: m[+0]=1; m[-0]=2 -> len 1, key -0; m[NaN] twice -> two entries, lookups miss,
    // delete(m, NaN) is a no-op, iteration yields both, clear removes them.
    let m = unsafe {
        gosub_map_new(
            map_type(basic("float64"), basic("int"), "map[float64]int"),
            0,
        )
    };
    unsafe {
        set(m, 0.0f64, 1i64);
        set(m, -0.0f64, 2i64);
        assert_eq!(len(m), 1);
        let all = entries::<f64, i64>(m);
        assert_eq!(all.len(), 1);
        assert!(all[0].0.is_sign_negative());
        assert_eq!(all[0].1, 2);
        set(m, f64::NAN, 3i64);
        set(m, f64::NAN, 4i64);
        assert_eq!(len(m), 3);
        assert_eq!(get::<f64, i64>(m, f64::NAN), None);
        del(m, f64::NAN);
        assert_eq!(len(m), 3);
        let mut values: Vec<i64> = entries::<f64, i64>(m).into_iter().map(|e| e.1).collect();
        values.sort();
        assert_eq!(values, [2, 3, 4]);
        gosub_map_clear(m);
        assert_eq!(len(m), 0);
        assert!(entries::<f64, i64>(m).is_empty());
        set(m, 1.5f64, 5i64);
        assert_eq!(get::<f64, i64>(m, 1.5), Some(5));
    }
}

#[test]
fn interface_keys_use_dynamic_type_and_value() {
    // Descriptor identity is type identity: one descriptor per type, as the backend emits.
    let any = interface_type("interface {}", &[]);
    let (int_t, int64_t, string_t) = (basic("int"), basic("int64"), basic("string"));
    let m = unsafe { gosub_map_new(map_type(any, int_t, "map[interface {}]int"), 0) };
    unsafe {
        set(m, boxed(int_t, &raw(1i64)), 1i64);
        set(m, boxed(int64_t, &raw(1i64)), 2i64);
        set(m, boxed(string_t, &raw(gs("a"))), 3i64);
        set(m, nil(), 4i64);
        set(m, boxed(int_t, &raw(1i64)), 5i64);
        assert_eq!(len(m), 4);
        assert_eq!(get::<Iface, i64>(m, boxed(int_t, &raw(1i64))), Some(5));
        assert_eq!(get::<Iface, i64>(m, boxed(int64_t, &raw(1i64))), Some(2));
        assert_eq!(
            get::<Iface, i64>(m, boxed(string_t, &raw(gs_bytes(b"a")))),
            Some(3)
        );
        assert_eq!(get::<Iface, i64>(m, nil()), Some(4));
        assert_eq!(get::<Iface, i64>(m, basic_value("int8", 1i8)), None);
    }
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Blank {
    a: i64,
    blank: i64,
    s: GoString,
}

#[test]
fn struct_keys_ignore_blank_fields() {
    let key = struct_of(
        "main.K",
        &[
            ("A", basic("int")),
            ("_", basic("int")),
            ("S", basic("string")),
        ],
    );
    let m = unsafe { gosub_map_new(map_type(key, basic("int"), "map[main.K]int"), 0) };
    unsafe {
        set(
            m,
            Blank {
                a: 1,
                blank: 7,
                s: gs("x"),
            },
            1i64,
        );
        set(
            m,
            Blank {
                a: 1,
                blank: 8,
                s: gs_bytes(b"x"),
            },
            2i64,
        );
        set(
            m,
            Blank {
                a: 2,
                blank: 7,
                s: gs("x"),
            },
            3i64,
        );
        assert_eq!(len(m), 2);
        assert_eq!(
            get::<Blank, i64>(
                m,
                Blank {
                    a: 1,
                    blank: 0,
                    s: gs("x")
                }
            ),
            Some(2)
        );
    }
}

#[test]
fn nil_maps_read_as_empty() {
    unsafe {
        assert!(
            gosub_map_access(core::ptr::null_mut(), &1i64 as *const i64 as *const u8).is_null()
        );
        gosub_map_delete(core::ptr::null_mut(), &1i64 as *const i64 as *const u8);
        gosub_map_clear(core::ptr::null_mut());
        assert!(entries::<i64, i64>(core::ptr::null_mut()).is_empty());
    }
}

#[test]
fn headers_can_live_on_the_stack() {
    let mut header = [0u64; 6];
    let m = header.as_mut_ptr() as *mut u8;
    unsafe {
        gosub_map_init(m, map_type(basic("int"), basic("int"), "map[int]int"), 0);
        for i in 0..50i64 {
            set(m, i, -i);
        }
        assert_eq!(header[0], 50);
        assert_eq!(get::<i64, i64>(m, 49), Some(-49));
    }
}

#[test]
fn a_first_table_in_the_frame_holds_eight_entries_then_grows_into_the_heap() {
    let mut header = [0u64; 6];
    let mut buffer = [0u64; 2 + 8 * 2];
    let m = header.as_mut_ptr() as *mut u8;
    let buf = buffer.as_mut_ptr() as *mut u8;
    unsafe {
        gosub_map_init_buf(
            m,
            map_type(basic("int"), basic("int"), "map[int]int"),
            0,
            buf,
            8 * buffer.len() as i64,
        );
        for i in 0..8i64 {
            set(m, i, i * 10);
        }
        assert_eq!(
            header[1], buf as u64,
            "eight entries fit in the frame's table"
        );
        for i in 8..40i64 {
            set(m, i, i * 10);
        }
        assert_ne!(header[1], buf as u64, "more entries moved to a heap table");
        for i in 0..40i64 {
            assert_eq!(get::<i64, i64>(m, i), Some(i * 10));
        }
    }
}

#[test]
fn iteration_survives_deletion_and_growth() {
    let m = int_map(0);
    unsafe {
        for i in 0..1000i64 {
            set(m, i, i);
        }
        // Delete every odd key not yet produced, and add many keys (forcing growth) while
        // iterating: every even original key comes exactly once, with its current value; no
        // odd key comes after its deletion.
        let mut it = [0u64; 8];
        let it = it.as_mut_ptr() as *mut u8;
        gosub_map_iter_init(it, m);
        let mut seen = HashMap::new();
        let mut step = 0i64;
        let mut first = -1;
        while gosub_map_iter_next(it) == 1 {
            let iter = &*(it as *const MapIter);
            let (key, value) = (*(iter.key as *const i64), *(iter.value as *const i64));
            assert!(
                seen.insert(key, value).is_none(),
                "key {key} produced twice"
            );
            if step == 0 {
                first = key;
                for odd in (1..1000i64).step_by(2) {
                    if !seen.contains_key(&odd) {
                        del(m, odd);
                    }
                }
                for new in 1000..5000i64 {
                    set(m, new, new);
                }
                for even in (0..1000i64).step_by(2) {
                    set(m, even, even + 1_000_000);
                }
            }
            step += 1;
        }
        for even in (0..1000i64).step_by(2) {
            let expected = if even == first {
                even
            } else {
                even + 1_000_000
            };
            assert_eq!(seen.get(&even), Some(&expected), "key {even}");
        }
        assert!(seen.keys().all(|&k| k % 2 == 0 || k >= 1000 || k == first));
    }
}

#[test]
fn clear_during_iteration_stops_it() {
    let m = int_map(0);
    unsafe {
        for i in 0..100i64 {
            set(m, i, i);
        }
        let mut it = [0u64; 8];
        let it = it.as_mut_ptr() as *mut u8;
        gosub_map_iter_init(it, m);
        assert_eq!(gosub_map_iter_next(it), 1);
        gosub_map_clear(m);
        assert_eq!(gosub_map_iter_next(it), 0);
    }
}

#[test]
fn iteration_order_is_unspecified() {
    let m = int_map(0);
    unsafe {
        for i in 0..64i64 {
            set(m, i, i);
        }
        let orders: HashSet<Vec<i64>> = (0..10)
            .map(|_| entries::<i64, i64>(m).into_iter().map(|e| e.0).collect())
            .collect();
        assert!(orders.len() > 1);
        assert!(!orders.contains(&(0..64).collect::<Vec<_>>()));
    }
}

#[test]
fn allocates_no_more_than_gc() {
    // gc 1.27 (tests/gen/mapallocs.go): escaping make(map[int]int, hint) + n assignments.
    let cases = [
        (0, 0, 1, 48),
        (8, 0, 2, 192),
        (9, 0, 5, 520),
        (100, 0, 11, 4648),
        (1000, 0, 22, 74456),
        (100_000, 0, 539, 4731656),
        (100, 100, 4, 2392),
        (1000, 1000, 6, 36992),
    ];
    for (n, hint, gc_allocs, gc_bytes) in cases {
        let before = crate::alloc::stats();
        let m = int_map(hint);
        unsafe {
            for i in 0..n {
                set(m, i, i);
            }
        }
        let after = crate::alloc::stats();
        let allocs = after.mallocs - before.mallocs;
        let bytes = after.total_bytes - before.total_bytes;
        assert!(
            allocs <= gc_allocs,
            "n={n} hint={hint}: {allocs} allocations, gc {gc_allocs}"
        );
        assert!(
            bytes <= gc_bytes,
            "n={n} hint={hint}: {bytes} bytes, gc {gc_bytes}"
        );
    }
}

#[test]
fn zero_sized_keys_and_values() {
    let empty = struct_of("struct {}", &[]);
    let m = unsafe { gosub_map_new(map_type(empty, empty, "map[struct {}]struct {}"), 0) };
    unsafe {
        gosub_map_assign(m, &() as *const () as *const u8);
        gosub_map_assign(m, &() as *const () as *const u8);
        assert_eq!(len(m), 1);
        assert!(!gosub_map_access(m, &() as *const () as *const u8).is_null());
        assert_eq!(entries::<(), ()>(m).len(), 1);
    }
}

/// Map operations that panic, run under fmt's method guard so the message can be checked.
mod panics {
    use super::*;

    static mut MAP: *mut u8 = core::ptr::null_mut();
    static mut KEY: Iface = Iface {
        tab: core::ptr::null(),
        data: core::ptr::null_mut(),
    };

    unsafe extern "C" fn assign(_: *mut u8) -> GoString {
        gosub_map_assign(MAP, &raw const KEY as *const u8);
        GoString::EMPTY
    }

    unsafe extern "C" fn access(_: *mut u8) -> GoString {
        gosub_map_access(MAP, &raw const KEY as *const u8);
        GoString::EMPTY
    }

    fn message(method: crate::methods::StringMethod, map: *mut u8, key: Iface) -> String {
        unsafe {
            MAP = map;
            KEY = key;
            let outcome = crate::guard::call(method, core::ptr::null_mut());
            String::from_utf8(outcome.err().expect("panics")).unwrap()
        }
    }

    #[test]
    fn messages_match_gc() {
        let any = interface_type("interface {}", &[]);
        let typ = map_type(any, basic("int"), "map[interface {}]int");
        let m = unsafe { gosub_map_new(typ, 0) };
        let slice = int_slice(Some(&[1]));
        assert_eq!(
            message(assign, core::ptr::null_mut(), int(1)),
            "assignment to entry in nil map"
        );
        assert_eq!(message(access, m, slice), "hash of unhashable type: []int");
        assert_eq!(
            message(assign, m, slice),
            "runtime error: hash of unhashable type []int"
        );
        unsafe { set(m, int(1), 1i64) };
        assert_eq!(
            message(access, m, slice),
            "runtime error: hash of unhashable type []int"
        );
    }
}
