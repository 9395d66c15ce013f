//! Go's `map[K]V`: headers, lookups, assignment, deletion and `clear`.
//!
//! A map value is a pointer to a 48-byte [`MapHeader`] (`abi::MAP_HEADER_BYTES`); nil is the nil
//! map. The compiler zero-initialises the header, on the stack when escape analysis proved that
//! the map does not escape, else in the heap through [`gosub_map_new`], and calls
//! [`gosub_map_init`]. The header's first word is the entry count, so `len(m)` is one load. The
//! header is never moved or copied; the table it points to (see `table.rs`) comes from
//! `gosub_alloc`, so the collector finds every key and value through the header alone.
//!
//! Keys are hashed and compared through the key type's descriptor (`hash.rs`, `equal.rs`): floats
//! with `+0 == -0` and NaN never equal (so every `m[NaN] = v` adds an entry), interfaces by
//! dynamic type and value. An empty table is allocated lazily on the first assignment unless a
//! size hint above 8 asks for room upfront, so `make(map[K]V)` that is never written allocates
//! nothing beyond its header, like gc's small maps.
//!
//! Semantics match gc's: a lookup or `delete` on a nil map finds nothing; assignment to a nil map
//! panics with `assignment to entry in nil map`; a key whose dynamic type cannot be hashed panics
//! with `runtime error: hash of unhashable type T` when it is hashed, and, for lookups and
//! deletions in an empty map (which gc answers without hashing), with gc's plain
//! `hash of unhashable type: T`. Assigning to an existing key also stores the new key, as gc does,
//! so `m[-0.0]` after `m[+0.0]` leaves the key `-0`. Iteration is in `iter.rs`.
//!
//! The pointers returned by [`gosub_map_access`] and [`gosub_map_assign`] point into the table:
//! they are valid until the next assignment to the map (which may grow it), so the compiler
//! copies the value out, or stores it in, immediately.

mod iter;
mod table;

pub use iter::{gosub_map_iter_init, gosub_map_iter_next, MapIter};
pub use table::Layout;

use crate::abi::{TypeDesc, MAP_HEADER_BYTES};
use table::{max_entries, tag, Table, DELETED, EMPTY};

/// A map header (48 bytes).
#[repr(C)]
pub struct MapHeader {
    /// Offset 0: number of entries (`len(m)`).
    pub count: i64,
    /// Offset 8: the table, or null before the first assignment.
    table: *mut u8,
    /// Offset 16: the map's type descriptor (`key` and `elem` give the key and value types).
    map_type: *const TypeDesc,
    /// Offset 24: this map's hash seed.
    seed: u64,
    /// Offset 32: entries that can still be added before the table must grow.
    growth_left: u64,
    /// Offset 40: incremented by every `clear`, so iterators can tell (see `iter.rs`).
    clear_seq: u64,
}

const _: () = assert!(core::mem::size_of::<MapHeader>() == MAP_HEADER_BYTES as usize);

/// gc's largest allocation; hints asking for more are ignored (as gc does).
const MAX_TABLE_BYTES: u64 = 1 << 48;

impl MapHeader {
    /// The slot layout of this map's type.
    unsafe fn layout(&self) -> Layout {
        Layout::of(self.map_type)
    }

    /// The current table, if any.
    fn table(&self) -> Option<Table> {
        (!self.table.is_null()).then_some(Table(self.table))
    }

    /// The slot of the key at `key`, hashing it (which may panic).
    unsafe fn find(&self, layout: &Layout, key: *const u8) -> Option<(Table, u64)> {
        let table = self.table()?;
        let hash = layout.hash(key, self.seed);
        table.find(layout, key, hash).map(|slot| (table, slot))
    }

    /// Replaces the table by a new one with room for at least one more entry: twice as many
    /// groups, or as many when deletions rather than entries used up the room.
    unsafe fn grow(&mut self, layout: &Layout) {
        let groups = match self.table() {
            None => 1,
            Some(old) if (self.count as u64) < max_entries(old.groups()) / 2 => old.groups(),
            Some(old) => old.groups() * 2,
        };
        self.rehash(layout, groups);
    }

    /// Moves every entry into a new table of `groups` groups.
    unsafe fn rehash(&mut self, layout: &Layout, groups: u64) {
        let new = Table::allocate(groups, layout);
        if let Some(old) = self.table() {
            for slot in 0..old.groups() * table::GROUP_SLOTS as u64 {
                if old.control_byte(slot, layout) & 0x80 != 0 {
                    continue;
                }
                let entry = old.slot(slot, layout);
                let hash = layout.hash(entry, self.seed);
                let target = new.free_slot(layout, hash);
                new.set_control_byte(target, layout, tag(hash));
                core::ptr::copy_nonoverlapping(entry, new.slot(target, layout), layout.slot_size);
            }
        }
        self.table = new.0;
        self.growth_left = max_entries(groups) - self.count as u64;
    }
}

/// Panics as gc does for a lookup or deletion in an empty map with an unhashable key.
unsafe fn check_hashable(layout: &Layout, key: *const u8) {
    if let Some(typ) = crate::hash::unhashable_part(layout.key, key) {
        let mut message = b"hash of unhashable type: ".to_vec();
        message.extend_from_slice(typ.name.as_bytes());
        crate::panic::fail_plain(&message);
    }
}

/// Initialises the zeroed header at `hdr` for a map of type `map_type` with room for about
/// `hint` entries (negative or absurd hints count as 0, as in gc).
#[no_mangle]
pub unsafe extern "C" fn gosub_map_init(hdr: *mut u8, map_type: *const TypeDesc, hint: i64) {
    let header = &mut *(hdr as *mut MapHeader);
    header.map_type = map_type;
    header.seed = crate::hash::random();
    let layout = header.layout();
    if hint > table::GROUP_SLOTS as i64 {
        let groups = (hint as u64).div_ceil(7).next_power_of_two();
        if groups.saturating_mul(layout.group_size as u64) <= MAX_TABLE_BYTES {
            header.rehash(&layout, groups);
        }
    }
}

/// `make(map[K]V, hint)` for a map that does not escape, with a buffer in the caller's frame
/// for its first table (gc keeps the first bucket of such a map on the stack too): when the hint
/// fits in one group and `buf_len` covers a one-group table, the table starts in the buffer, and
/// only growing past one group allocates.
#[no_mangle]
pub unsafe extern "C" fn gosub_map_init_buf(
    hdr: *mut u8,
    map_type: *const TypeDesc,
    hint: i64,
    buf: *mut u8,
    buf_len: i64,
) {
    gosub_map_init(hdr, map_type, hint);
    let header = &mut *(hdr as *mut MapHeader);
    if header.table.is_null() && !buf.is_null() {
        let layout = header.layout();
        if buf_len >= 0 && buf_len as u64 >= Table::bytes(1, &layout) {
            header.table = Table::in_buffer(buf, &layout).0;
            header.growth_left = max_entries(1);
        }
    }
}

/// `make(map[K]V, hint)` for a map that escapes: a new heap header, initialised.
#[no_mangle]
pub unsafe extern "C" fn gosub_map_new(map_type: *const TypeDesc, hint: i64) -> *mut u8 {
    let hdr = crate::alloc::gosub_alloc(MAP_HEADER_BYTES, 8, 1);
    gosub_map_init(hdr, map_type, hint);
    hdr
}

/// `m[key]`: a pointer to the value stored under the key at `key`, or null when the key is
/// absent or the map is nil (the compiler then uses the zero value).
#[no_mangle]
pub unsafe extern "C" fn gosub_map_access(hdr: *mut u8, key: *const u8) -> *const u8 {
    if hdr.is_null() {
        return core::ptr::null();
    }
    let header = &*(hdr as *const MapHeader);
    let layout = header.layout();
    if header.count == 0 {
        check_hashable(&layout, key);
        return core::ptr::null();
    }
    match header.find(&layout, key) {
        Some((table, slot)) => table.slot(slot, &layout).add(layout.value_offset),
        None => core::ptr::null(),
    }
}

/// `m[key] = ...`: a pointer to the value slot for the key at `key`, adding the key (with a zero
/// value) if it is absent. A nil map panics with `assignment to entry in nil map`.
#[no_mangle]
pub unsafe extern "C" fn gosub_map_assign(hdr: *mut u8, key: *const u8) -> *mut u8 {
    if hdr.is_null() {
        crate::panic::fail_plain(b"assignment to entry in nil map");
    }
    let header = &mut *(hdr as *mut MapHeader);
    let layout = header.layout();
    let hash = layout.hash(key, header.seed);
    if let Some(table) = header.table() {
        if let Some(slot) = table.find(&layout, key, hash) {
            let entry = table.slot(slot, &layout);
            core::ptr::copy(key, entry, layout.key.size as usize);
            return entry.add(layout.value_offset);
        }
    }
    if header.growth_left == 0 {
        header.grow(&layout);
    }
    let table = Table(header.table);
    let slot = table.free_slot(&layout, hash);
    if table.control_byte(slot, &layout) == EMPTY {
        header.growth_left -= 1;
    }
    table.set_control_byte(slot, &layout, tag(hash));
    let entry = table.slot(slot, &layout);
    core::ptr::copy_nonoverlapping(key, entry, layout.key.size as usize);
    header.count += 1;
    entry.add(layout.value_offset)
}

/// `delete(m, key)`: removes the key at `key` if present (a nil map has nothing to remove).
#[no_mangle]
pub unsafe extern "C" fn gosub_map_delete(hdr: *mut u8, key: *const u8) {
    if hdr.is_null() {
        return;
    }
    let header = &mut *(hdr as *mut MapHeader);
    let layout = header.layout();
    if header.count == 0 {
        check_hashable(&layout, key);
        return;
    }
    let Some((table, slot)) = header.find(&layout, key) else {
        return;
    };
    table.slot(slot, &layout).write_bytes(0, layout.slot_size);
    if table.group_has_empty(slot, &layout) {
        table.set_control_byte(slot, &layout, EMPTY);
        header.growth_left += 1;
    } else {
        table.set_control_byte(slot, &layout, DELETED);
    }
    header.count -= 1;
}

/// `clear(m)`: removes every entry, keeping the table's room.
#[no_mangle]
pub unsafe extern "C" fn gosub_map_clear(hdr: *mut u8) {
    if hdr.is_null() {
        return;
    }
    let header = &mut *(hdr as *mut MapHeader);
    let layout = header.layout();
    if let Some(table) = header.table() {
        table.clear(&layout);
        header.growth_left = max_entries(table.groups());
    }
    header.count = 0;
    header.clear_seq += 1;
}

#[cfg(test)]
mod tests;
