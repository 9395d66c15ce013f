//! Hashing values by their type descriptor (map keys), and the runtime's cheap random numbers.
//!
//! The hash is a seeded multiply-fold construction in the style of wyhash: the core step
//! multiplies two 64-bit words into 128 bits and folds the halves together with xor, which mixes
//! every input bit into every output bit in a few cycles. Integers, booleans, pointers and
//! channels hash their bits as one word; strings hash their bytes 16 at a time; composite values
//! chain their parts, each part's hash seeding the next. Floats hash so that `+0` and `-0` agree
//! (they are equal keys), and a NaN hashes to a random value (NaN keys never match anything, so
//! they may as well spread out, as in gc). An interface hashes its dynamic type's descriptor
//! address (descriptor identity is type identity) and then its value; a dynamic type that is not
//! comparable panics with gc's `runtime error: hash of unhashable type T`.
//!
//! Every map gets its own random seed, so iteration order differs between maps and between runs,
//! as Go's does. Random numbers come from a per-thread wyrand generator seeded from the 16 random
//! bytes the kernel hands every process (`AT_RANDOM`) and the thread's identity.

use crate::abi::{kind, GoString, Iface, TypeDesc, FLAG_COMPARABLE};
use crate::equal::{content_address, fields, is_blank};
use crate::methods::dynamic_type;
use core::cell::Cell;

/// wyhash's constants.
const P0: u64 = 0xa076_1d64_78bd_642f;
/// wyhash's constants.
const P1: u64 = 0xe703_7ed1_a0b4_28db;
/// wyhash's constants.
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;

/// The 128-bit product of `a` and `b` as (low, high) halves.
#[inline(always)]
fn multiply(a: u64, b: u64) -> (u64, u64) {
    let product = (a as u128) * (b as u128);
    (product as u64, (product >> 64) as u64)
}

/// Multiply and fold: the mixing step.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let (low, high) = multiply(a, b);
    low ^ high
}

/// The final step shared by all hashes: mixes the last two input words `a`, `b` with the seed
/// and the input length.
#[inline(always)]
fn finish(a: u64, b: u64, seed: u64, len: u64) -> u64 {
    let (low, high) = multiply(a ^ P1, b ^ seed);
    mix(low ^ P0 ^ len, high ^ P1)
}

/// Hash of one 64-bit word.
#[inline(always)]
pub fn hash_word(word: u64, seed: u64) -> u64 {
    finish(word, word.rotate_left(32), seed, 8)
}

/// Reads a little-endian `u64` from 8 bytes at `p`.
#[inline(always)]
unsafe fn read8(p: *const u8) -> u64 {
    u64::from_le(core::ptr::read_unaligned(p as *const u64))
}

/// Reads a little-endian `u32` from 4 bytes at `p`.
#[inline(always)]
unsafe fn read4(p: *const u8) -> u64 {
    u32::from_le(core::ptr::read_unaligned(p as *const u32)) as u64
}

/// Hash of a byte string.
pub fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    let len = bytes.len();
    let p = bytes.as_ptr();
    // SAFETY: every read below stays within `bytes` (the reads for short inputs overlap).
    unsafe {
        let (a, b, seed) = if len <= 16 {
            if len >= 4 {
                let quarter = (len >> 3) << 2;
                (
                    (read4(p) << 32) | read4(p.add(quarter)),
                    (read4(p.add(len - 4)) << 32) | read4(p.add(len - 4 - quarter)),
                    seed,
                )
            } else if len > 0 {
                let a = ((bytes[0] as u64) << 16)
                    | ((bytes[len >> 1] as u64) << 8)
                    | bytes[len - 1] as u64;
                (a, 0, seed)
            } else {
                (0, 0, seed)
            }
        } else {
            let mut seed = seed;
            let mut rest = len;
            let mut q = p;
            while rest > 16 {
                seed = mix(read8(q) ^ P1, read8(q.add(8)) ^ seed);
                q = q.add(16);
                rest -= 16;
            }
            (read8(q.add(rest).sub(16)), read8(q.add(rest).sub(8)), seed)
        };
        finish(a, b, seed, len as u64)
    }
}

/// Hash of a float's bits, with `+0 == -0` and NaN hashing to a random value.
fn hash_float(value: f64, bits: u64, seed: u64) -> u64 {
    if value == 0.0 {
        hash_word(0, seed)
    } else if value.is_nan() {
        hash_word(random(), seed)
    } else {
        hash_word(bits, seed)
    }
}

/// Reads a `T` from a possibly unaligned address.
unsafe fn read<T: Copy>(address: *const u8) -> T {
    core::ptr::read_unaligned(address as *const T)
}

/// Panics with gc's message for hashing a value of the uncomparable type `typ`.
unsafe fn unhashable(typ: &TypeDesc) -> ! {
    let mut message = b"hash of unhashable type ".to_vec();
    message.extend_from_slice(typ.name.as_bytes());
    crate::panic::fail_runtime_error(&message)
}

/// Hash of the value of type `typ` at `value` (a valid map key type: comparable), seeded with
/// `seed`. Equal values (by `equal::values_equal`) hash equally.
pub unsafe fn hash_value(typ: &TypeDesc, value: *const u8, seed: u64) -> u64 {
    match typ.kind {
        kind::BOOL | kind::INT8 | kind::UINT8 => hash_word(*value as u64, seed),
        kind::INT16 | kind::UINT16 => hash_word(read::<u16>(value) as u64, seed),
        kind::INT32 | kind::UINT32 => hash_word(read::<u32>(value) as u64, seed),
        kind::FLOAT32 => {
            let number = read::<f32>(value);
            hash_float(number as f64, number.to_bits() as u64, seed)
        }
        kind::FLOAT64 => {
            let number = read::<f64>(value);
            hash_float(number, number.to_bits(), seed)
        }
        kind::COMPLEX64 => {
            let [re, im] = read::<[f32; 2]>(value);
            let seed = hash_float(re as f64, re.to_bits() as u64, seed);
            hash_float(im as f64, im.to_bits() as u64, seed)
        }
        kind::COMPLEX128 => {
            let [re, im] = read::<[f64; 2]>(value);
            hash_float(im, im.to_bits(), hash_float(re, re.to_bits(), seed))
        }
        kind::STRING => hash_bytes(read::<GoString>(value).as_bytes(), seed),
        kind::INTERFACE => {
            let iface = read::<Iface>(value);
            let dynamic = dynamic_type(typ, iface.tab);
            if dynamic.is_null() {
                return hash_word(0, seed);
            }
            let dynamic = &*dynamic;
            if dynamic.flags & FLAG_COMPARABLE == 0 {
                unhashable(dynamic);
            }
            let seed = hash_word(dynamic as *const TypeDesc as u64, seed);
            hash_value(dynamic, content_address(dynamic, &iface.data), seed)
        }
        kind::ARRAY => {
            let elem = &*typ.elem;
            let size = elem.size as usize;
            (0..typ.len as usize).fold(seed, |seed, i| hash_value(elem, value.add(i * size), seed))
        }
        kind::STRUCT => fields(typ).iter().fold(seed, |seed, field| {
            if is_blank(field) {
                seed
            } else {
                hash_value(&*field.typ, value.add(field.offset as usize), seed)
            }
        }),
        kind::FUNC | kind::MAP | kind::SLICE => unhashable(typ),
        _ => hash_word(read::<u64>(value), seed),
    }
}

/// The first dynamic type inside the value of type `typ` at `value` that cannot be hashed, if any
/// (gc checks keys this way before looking them up in an empty map).
pub unsafe fn unhashable_part(typ: &TypeDesc, value: *const u8) -> Option<&'static TypeDesc> {
    match typ.kind {
        kind::INTERFACE => {
            let iface = read::<Iface>(value);
            let dynamic = dynamic_type(typ, iface.tab);
            if dynamic.is_null() {
                return None;
            }
            let dynamic = &*dynamic;
            if dynamic.flags & FLAG_COMPARABLE == 0 {
                return Some(dynamic);
            }
            unhashable_part(dynamic, content_address(dynamic, &iface.data))
        }
        kind::ARRAY => {
            let elem = &*typ.elem;
            let size = elem.size as usize;
            (0..typ.len as usize).find_map(|i| unhashable_part(elem, value.add(i * size)))
        }
        kind::STRUCT => fields(typ)
            .iter()
            .filter(|field| !is_blank(field))
            .find_map(|field| unhashable_part(&*field.typ, value.add(field.offset as usize))),
        _ => None,
    }
}

thread_local! {
    /// The wyrand state of the calling thread (0: not seeded yet).
    static RANDOM_STATE: Cell<u64> = const { Cell::new(0) };
}

/// A seed for the calling thread: the kernel's per-process random bytes mixed with the address
/// of a thread-local (distinct per thread).
fn initial_seed() -> u64 {
    // SAFETY: AT_RANDOM, when present, points to 16 readable random bytes.
    let process = unsafe {
        let bytes = libc::getauxval(libc::AT_RANDOM) as *const u8;
        if bytes.is_null() {
            0
        } else {
            read8(bytes) ^ read8(bytes.add(8)).rotate_left(17)
        }
    };
    let thread = RANDOM_STATE.with(|state| state as *const Cell<u64> as u64);
    mix(process ^ P2, thread ^ P0) | 1
}

/// A random 64-bit number (wyrand; not for cryptography).
pub fn random() -> u64 {
    RANDOM_STATE.with(|state| {
        let mut current = state.get();
        if current == 0 {
            current = initial_seed();
        }
        current = current.wrapping_add(P0);
        state.set(current);
        mix(current, current ^ P1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdesc::*;

    fn hash_of(value: Iface, seed: u64) -> u64 {
        let any = interface_type("interface {}", &[]);
        unsafe { hash_value(any, &value as *const Iface as *const u8, seed) }
    }

    #[test]
    fn equal_keys_hash_equally() {
        // One descriptor per type, as the backend emits them.
        let (int_t, int64_t, float_t, string_t) = (
            basic("int"),
            basic("int64"),
            basic("float64"),
            basic("string"),
        );
        let int = |v: i64| boxed(int_t, &raw(v));
        let float = |v: f64| boxed(float_t, &raw(v));
        let string = |s: &'static str| boxed(string_t, &raw(gs_bytes(s.as_bytes())));
        let seed = 12345;
        assert_eq!(hash_of(int(7), seed), hash_of(int(7), seed));
        assert_ne!(hash_of(int(7), seed), hash_of(int(8), seed));
        assert_ne!(
            hash_of(int(7), seed),
            hash_of(boxed(int64_t, &raw(7i64)), seed)
        );
        assert_eq!(hash_of(float(0.0), seed), hash_of(float(-0.0), seed));
        assert_ne!(
            hash_of(float(f64::NAN), seed),
            hash_of(float(f64::NAN), seed)
        );
        assert_eq!(
            hash_of(string("héllo"), seed),
            hash_of(string("héllo"), seed)
        );
        assert_ne!(hash_of(string("a"), seed), hash_of(string("b"), seed));
        assert_ne!(hash_of(int(7), seed), hash_of(int(7), seed + 1));
    }

    #[test]
    fn byte_hashes_depend_on_every_byte() {
        let base: Vec<u8> = (0..100u8).collect();
        for len in 0..base.len() {
            let reference = hash_bytes(&base[..len], 99);
            for index in 0..len {
                let mut changed = base[..len].to_vec();
                changed[index] ^= 1;
                assert_ne!(
                    hash_bytes(&changed, 99),
                    reference,
                    "len {len} index {index}"
                );
            }
        }
    }

    #[test]
    fn word_hashes_spread_over_buckets() {
        // Sequential keys must fill 64 buckets (the low bits) evenly.
        let mut buckets = [0u32; 64];
        for key in 0..64_000u64 {
            buckets[(hash_word(key, 42) & 63) as usize] += 1;
        }
        assert!(
            buckets.iter().all(|&n| (800..1200).contains(&n)),
            "{buckets:?}"
        );
    }

    #[test]
    fn unhashable_parts_are_found() {
        let any = interface_type("interface {}", &[]);
        let slice = int_slice(Some(&[1]));
        unsafe {
            let found = unhashable_part(any, &slice as *const Iface as *const u8).unwrap();
            assert_eq!(found.name.as_bytes(), b"[]int");
            let fine = int(1);
            assert!(unhashable_part(any, &fine as *const Iface as *const u8).is_none());
        }
    }

    #[test]
    fn random_numbers_vary() {
        let numbers: std::collections::HashSet<u64> = (0..1000).map(|_| random()).collect();
        assert_eq!(numbers.len(), 1000);
    }
}
