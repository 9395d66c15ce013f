//! `for k, v := range m`: map iteration with Go's semantics under concurrent modification.
//!
//! The compiler owns a 64-byte [`MapIter`] (`abi::MAP_ITER_BYTES`), calls
//! [`gosub_map_iter_init`] once and [`gosub_map_iter_next`] until it returns 0; after a 1, the
//! key and value pointers are at offsets 0 and 8. Each iteration starts at a random group and
//! at a random position within every group, as gc's does, so the order is unspecified and differs
//! from one loop to the next, as Go wants programs to notice.
//!
//! The language guarantees that every entry present for the whole loop is produced exactly once,
//! that an entry deleted before it is reached is not produced, and lets entries added during the
//! loop be produced or not. The iterator walks the table it started on. While that is still the
//! map's table, deletions show up as non-full slots and values are read in place. When the map
//! has grown meanwhile, the old table is frozen (growth copies, it never moves entries in place)
//! and the iterator keeps walking it, looking every key up in the current table: a key that is no
//! longer there was deleted, and a found key yields the current key and value. A key that is not
//! equal to itself (a NaN) cannot be looked up; it can only disappear through `clear`, which the
//! header's `clear_seq` reveals. The iterator's reference to the old table keeps it alive for the
//! collector (the iterator lives in scanned memory, usually the stack).

use super::table::{Table, GROUP_SLOTS};
use super::{Layout, MapHeader};

/// A map iterator (64 bytes).
#[repr(C)]
pub struct MapIter {
    /// Offset 0: the current key (valid after `gosub_map_iter_next` returned 1).
    pub key: *const u8,
    /// Offset 8: the current value.
    pub value: *mut u8,
    /// Offset 16: the map's header (null for a nil map).
    header: *mut MapHeader,
    /// Offset 24: the table being walked (null: nothing to produce).
    table: *mut u8,
    /// Offset 32: random: the walk starts at group `start / 8` and visits the slots of each group
    /// from `start % 8` on, wrapping around.
    start: u64,
    /// Offset 40: slots visited so far.
    visited: u64,
    /// Offset 48: the header's `clear_seq` when the walk started.
    clear_seq: u64,
    /// Offset 56: unused.
    _reserved: u64,
}

const _: () = assert!(core::mem::size_of::<MapIter>() == crate::abi::MAP_ITER_BYTES as usize);

/// Starts iterating over the map `hdr` (nil allowed) with the iterator memory at `it`.
#[no_mangle]
pub unsafe extern "C" fn gosub_map_iter_init(it: *mut u8, hdr: *mut u8) {
    let header = hdr as *mut MapHeader;
    let table = if header.is_null() || (*header).count == 0 {
        core::ptr::null_mut()
    } else {
        (*header).table
    };
    it.cast::<MapIter>().write(MapIter {
        key: core::ptr::null(),
        value: core::ptr::null_mut(),
        header,
        table,
        start: crate::hash::random(),
        visited: 0,
        clear_seq: if header.is_null() {
            0
        } else {
            (*header).clear_seq
        },
        _reserved: 0,
    });
}

/// Advances the iterator at `it`: 1 if an entry was produced (key and value pointers at offsets
/// 0 and 8), 0 when the iteration is over.
#[no_mangle]
pub unsafe extern "C" fn gosub_map_iter_next(it: *mut u8) -> u8 {
    let it = &mut *(it as *mut MapIter);
    if it.table.is_null() {
        return 0;
    }
    let header = &*it.header;
    let layout = header.layout();
    let table = Table(it.table);
    let slots = table.groups() * GROUP_SLOTS as u64;
    while it.visited < slots {
        let group = ((it.start / GROUP_SLOTS as u64) + it.visited / GROUP_SLOTS as u64)
            & (table.groups() - 1);
        let within = it.start.wrapping_add(it.visited) % GROUP_SLOTS as u64;
        let slot = group * GROUP_SLOTS as u64 + within;
        it.visited += 1;
        if table.control_byte(slot, &layout) & 0x80 != 0 {
            continue;
        }
        let entry = table.slot(slot, &layout);
        if let Some(found) = current_entry(header, &layout, table, entry, it.clear_seq) {
            it.key = found;
            it.value = found.add(layout.value_offset);
            return 1;
        }
    }
    it.table = core::ptr::null_mut();
    0
}

/// The entry to produce for the full slot `entry` of `table`: the slot itself while `table` is
/// still the map's; after growth, the entry now holding the same key (None if it was deleted).
unsafe fn current_entry(
    header: &MapHeader,
    layout: &Layout,
    table: Table,
    entry: *mut u8,
    clear_seq: u64,
) -> Option<*mut u8> {
    if header.table == table.0 {
        return Some(entry);
    }
    if !layout.keys_equal(entry, entry) {
        return (header.clear_seq == clear_seq).then_some(entry);
    }
    let (current, slot) = header.find(layout, entry)?;
    Some(current.slot(slot, layout))
}
