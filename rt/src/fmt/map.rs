//! Printing maps as Go's fmt does, with keys in `internal/fmtsort` order.
//!
//! `%v` prints `map[k1:v1 k2:v2]`, `%#v` prints `map[K]V{k1:v1, k2:v2}` (`map[K]V(nil)` for a
//! nil map), and the verb applies to every key and value (`%x` of `map[string]int` prints keys
//! and values in hex, `%d` of a string key is a bad verb inside the map). Entries are collected by
//! iterating the map, then stably sorted by key with fmtsort's rules: integers, floats and
//! strings by value (NaN first), booleans false first, complex numbers by real then imaginary
//! part, pointers and channels by address, structs and arrays element by element, interfaces nil
//! first, then by dynamic type, then by value. fmtsort orders different dynamic types by the
//! address of their type descriptors, so gc's order for such keys depends on its linker's layout;
//! here it depends on the backend's, equally arbitrary but stable within a program.

use super::value::Value;
use super::Printer;
use crate::abi::{kind, GoString, Iface, TypeDesc};
use crate::equal::{content_address, fields};
use crate::map::{gosub_map_iter_init, gosub_map_iter_next, MapIter};
use crate::methods::dynamic_type;
use core::cmp::Ordering;

impl Printer {
    /// Formats the map held by `value` (`depth` as in `print_value`).
    pub(super) unsafe fn print_map(&mut self, value: Value, verb: char, depth: usize) {
        let typ = value.typ();
        let header = value.word() as *mut u8;
        if self.flags.sharp_v {
            self.buf.extend_from_slice(typ.name.as_bytes());
            if header.is_null() {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        for (index, (key, element)) in sorted_entries(typ, header).into_iter().enumerate() {
            if index > 0 {
                self.buf
                    .extend_from_slice(if self.flags.sharp_v { b", " } else { b" " });
            }
            self.print_value(key, verb, depth + 1);
            self.buf.push(b':');
            self.print_value(element, verb, depth + 1);
        }
        self.buf.push(if self.flags.sharp_v { b'}' } else { b']' });
    }
}

/// The entries of the map `header` (of type `typ`) as (key, value) pairs sorted by key.
unsafe fn sorted_entries(typ: &TypeDesc, header: *mut u8) -> Vec<(Value, Value)> {
    let mut iterator = core::mem::MaybeUninit::<MapIter>::uninit();
    let it = iterator.as_mut_ptr().cast::<u8>();
    gosub_map_iter_init(it, header);
    let mut entries = Vec::new();
    while gosub_map_iter_next(it) == 1 {
        let current = iterator.assume_init_ref();
        entries.push((
            Value {
                typ: typ.key,
                address: current.key,
            },
            Value {
                typ: typ.elem,
                address: current.value,
            },
        ));
    }
    let key_type = &*typ.key;
    entries.sort_by(|a, b| compare(key_type, a.0.address, b.0.address));
    entries
}

/// Reads a `T` from a possibly unaligned address.
unsafe fn read<T: Copy>(address: *const u8) -> T {
    core::ptr::read_unaligned(address as *const T)
}

/// fmtsort's float order: NaN first, then by value (two NaNs tie, keeping the order total).
fn compare_floats(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// Orders two map keys of type `typ` as fmtsort's `compare` does.
unsafe fn compare(typ: &TypeDesc, a: *const u8, b: *const u8) -> Ordering {
    match typ.kind {
        kind::INT8 => read::<i8>(a).cmp(&read::<i8>(b)),
        kind::INT16 => read::<i16>(a).cmp(&read::<i16>(b)),
        kind::INT32 => read::<i32>(a).cmp(&read::<i32>(b)),
        kind::INT | kind::INT64 => read::<i64>(a).cmp(&read::<i64>(b)),
        kind::BOOL | kind::UINT8 => read::<u8>(a).cmp(&read::<u8>(b)),
        kind::UINT16 => read::<u16>(a).cmp(&read::<u16>(b)),
        kind::UINT32 => read::<u32>(a).cmp(&read::<u32>(b)),
        kind::FLOAT32 => compare_floats(read::<f32>(a) as f64, read::<f32>(b) as f64),
        kind::FLOAT64 => compare_floats(read::<f64>(a), read::<f64>(b)),
        kind::COMPLEX64 => {
            let (x, y) = (read::<[f32; 2]>(a), read::<[f32; 2]>(b));
            compare_floats(x[0] as f64, y[0] as f64).then(compare_floats(x[1] as f64, y[1] as f64))
        }
        kind::COMPLEX128 => {
            let (x, y) = (read::<[f64; 2]>(a), read::<[f64; 2]>(b));
            compare_floats(x[0], y[0]).then(compare_floats(x[1], y[1]))
        }
        kind::STRING => read::<GoString>(a)
            .as_bytes()
            .cmp(read::<GoString>(b).as_bytes()),
        kind::STRUCT => fields(typ)
            .iter()
            .map(|field| {
                let offset = field.offset as usize;
                compare(&*field.typ, a.add(offset), b.add(offset))
            })
            .find(|order| order.is_ne())
            .unwrap_or(Ordering::Equal),
        kind::ARRAY => {
            let elem = &*typ.elem;
            let size = elem.size as usize;
            (0..typ.len as usize)
                .map(|i| compare(elem, a.add(i * size), b.add(i * size)))
                .find(|order| order.is_ne())
                .unwrap_or(Ordering::Equal)
        }
        kind::INTERFACE => {
            let (x, y) = (read::<Iface>(a), read::<Iface>(b));
            let (tx, ty) = (dynamic_type(typ, x.tab), dynamic_type(typ, y.tab));
            match (tx.is_null(), ty.is_null()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ if tx != ty => tx.cmp(&ty),
                _ => {
                    let dynamic = &*tx;
                    compare(
                        dynamic,
                        content_address(dynamic, &x.data),
                        content_address(dynamic, &y.data),
                    )
                }
            }
        }
        _ => read::<u64>(a).cmp(&read::<u64>(b)),
    }
}
