//! The hash table behind a map: groups of 8 slots with one control byte per slot (a "Swiss
//! table", the design gc itself uses since Go 1.24).
//!
//! A table starts with an 8-byte group mask (number of groups minus one, a power of two). Up to
//! 128 groups (1024 slots) the groups follow in the same allocation; a larger table holds
//! pointers to segments of 128 groups each, allocated separately. Like gc's limit of 1024 slots
//! per table, this keeps allocations out of gc's page-rounded large-object sizes, so a map never
//! uses more memory than gc's does. A group is 8 control bytes followed by 8 slots; a slot holds
//! a key and then its value, each at its natural alignment. A control byte is `EMPTY` (0x80), `DELETED`
//! (0xFE, a tombstone) or, for a full slot, the low 7 bits of the key's hash (`h2`). The other
//! hash bits (`h1`) choose the first group to probe; probing visits groups in triangular-number
//! steps, which reaches every group of a power-of-two table exactly once. Within a group the
//! control word is matched 8 bytes at a time with plain integer arithmetic (no SIMD needed): one
//! subtraction finds the bytes equal to `h2`, so most lookups compare a single key. A lookup
//! stops at the first group that has an empty slot; deletion leaves a tombstone only when its
//! group has none, so that rule stays valid.
//!
//! Tables are never modified in place in ways that move entries: growth always allocates a new
//! table (twice as large, or the same size when tombstones rather than entries filled it) and
//! reinserts every entry. An iterator that started on the old table can therefore keep walking
//! it (see `iter.rs`). A table holds `8 * groups * 7 / 8` entries, except that a lone group
//! fills completely (probing a one-group table ends after that group). The memory comes from
//! `gosub_alloc`, in the pointer-free heap when neither keys nor values hold pointers, so the
//! collector never scans tables of `map[int]int`.

use crate::abi::{TypeDesc, FLAG_HAS_POINTERS};
use crate::equal::values_equal;
use crate::hash::hash_value;

/// Slots per group.
pub const GROUP_SLOTS: usize = 8;
/// Control byte of a never-used slot.
pub const EMPTY: u8 = 0x80;
/// Control byte of a slot whose entry was deleted.
pub const DELETED: u8 = 0xFE;
/// Groups per segment of a large table.
const SEGMENT_GROUPS: u64 = 128;
/// 0x01 in every byte.
const LSB: u64 = 0x0101_0101_0101_0101;
/// 0x80 in every byte.
const MSB: u64 = 0x8080_8080_8080_8080;

/// Where keys and values sit in the slots of one map type.
#[derive(Clone, Copy)]
pub struct Layout {
    /// The key type.
    pub key: &'static TypeDesc,
    /// The value type.
    pub value: &'static TypeDesc,
    /// Offset of the value in a slot.
    pub value_offset: usize,
    /// Bytes per slot.
    pub slot_size: usize,
    /// Bytes per group (control word and slots).
    pub group_size: usize,
    /// Whether slots hold pointers (the table then lives in the scanned heap).
    pub has_pointers: bool,
}

impl Layout {
    /// The layout for `map_type` (a map descriptor: `key` and `elem` set).
    pub unsafe fn of(map_type: *const TypeDesc) -> Layout {
        let map_type = &*map_type;
        let key: &'static TypeDesc = &*map_type.key;
        let value: &'static TypeDesc = &*map_type.elem;
        let key_align = (key.align as usize).max(1);
        let value_align = (value.align as usize).max(1);
        let value_offset = (key.size as usize).next_multiple_of(value_align);
        let slot_size =
            (value_offset + value.size as usize).next_multiple_of(key_align.max(value_align));
        Layout {
            key,
            value,
            value_offset,
            slot_size,
            group_size: 8 + GROUP_SLOTS * slot_size,
            has_pointers: (key.flags | value.flags) & FLAG_HAS_POINTERS != 0,
        }
    }

    /// The hash of the key at `key`.
    pub unsafe fn hash(&self, key: *const u8, seed: u64) -> u64 {
        hash_value(self.key, key, seed)
    }

    /// Whether the keys at `a` and `b` are equal.
    pub unsafe fn keys_equal(&self, a: *const u8, b: *const u8) -> bool {
        values_equal(self.key, a, b)
    }
}

/// How many entries a table of `groups` groups holds before it must grow.
pub fn max_entries(groups: u64) -> u64 {
    if groups == 1 {
        GROUP_SLOTS as u64
    } else {
        groups * GROUP_SLOTS as u64 * 7 / 8
    }
}

/// The control bytes of a group, as a little-endian word (byte `j` describes slot `j`).
unsafe fn control(group: *const u8) -> u64 {
    u64::from_le(core::ptr::read(group as *const u64))
}

/// Bytes of `control` that may equal `h2` (the high bit of each such byte set). False positives
/// are possible (a borrow can flag the byte after a match); callers compare keys anyway.
fn match_tag(control: u64, h2: u8) -> u64 {
    let x = control ^ (LSB * h2 as u64);
    x.wrapping_sub(LSB) & !x & MSB
}

/// Bytes of `control` that are `EMPTY`.
fn match_empty(control: u64) -> u64 {
    control & !(control << 6) & MSB
}

/// Bytes of `control` that are `EMPTY` or `DELETED`.
fn match_free(control: u64) -> u64 {
    control & MSB
}

/// The slot index of the lowest flagged byte.
fn first(matches: u64) -> usize {
    matches.trailing_zeros() as usize / 8
}

/// Marks every slot of a group `EMPTY`.
unsafe fn set_all_empty(group: *mut u8) {
    core::ptr::write(group as *mut u64, EMPTY as u64 * LSB);
}

/// The control tag of a hash.
pub fn tag(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// A table allocation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Table(pub *mut u8);

impl Table {
    /// Allocates a table of `groups` (a power of two) empty groups.
    pub unsafe fn allocate(groups: u64, layout: &Layout) -> Table {
        let alloc = crate::alloc::gosub_alloc;
        let group_bytes = layout.group_size as u64;
        let table = if groups <= SEGMENT_GROUPS {
            Table(alloc(
                8 + groups * group_bytes,
                8,
                layout.has_pointers as u64,
            ))
        } else {
            let segments = groups / SEGMENT_GROUPS;
            let base = alloc(8 + segments * 8, 8, 1);
            for segment in 0..segments as usize {
                let memory = alloc(SEGMENT_GROUPS * group_bytes, 8, layout.has_pointers as u64);
                *(base.add(8) as *mut *mut u8).add(segment) = memory;
            }
            Table(base)
        };
        *(table.0 as *mut u64) = groups - 1;
        for index in 0..groups {
            set_all_empty(table.group(index, layout));
        }
        table
    }

    /// Bytes of a table of `groups` groups kept in one piece.
    pub fn bytes(groups: u64, layout: &Layout) -> u64 {
        8 + groups * layout.group_size as u64
    }

    /// A one-group table in caller-provided memory of at least `bytes(1, layout)` bytes.
    pub unsafe fn in_buffer(buf: *mut u8, layout: &Layout) -> Table {
        let table = Table(buf);
        *(buf as *mut u64) = 0;
        set_all_empty(table.group(0, layout));
        table
    }

    /// The number of groups.
    pub unsafe fn groups(self) -> u64 {
        *(self.0 as *const u64) + 1
    }

    /// The address of group `index`.
    pub unsafe fn group(self, index: u64, layout: &Layout) -> *mut u8 {
        if self.groups() <= SEGMENT_GROUPS {
            return self.0.add(8 + index as usize * layout.group_size);
        }
        let segment = *(self.0.add(8) as *const *mut u8).add((index / SEGMENT_GROUPS) as usize);
        segment.add((index % SEGMENT_GROUPS) as usize * layout.group_size)
    }

    /// The address of slot `slot` (counting across groups).
    pub unsafe fn slot(self, slot: u64, layout: &Layout) -> *mut u8 {
        let group = self.group(slot / GROUP_SLOTS as u64, layout);
        group.add(8 + (slot as usize % GROUP_SLOTS) * layout.slot_size)
    }

    /// The control byte of slot `slot`.
    pub unsafe fn control_byte(self, slot: u64, layout: &Layout) -> u8 {
        *self
            .group(slot / GROUP_SLOTS as u64, layout)
            .add(slot as usize % GROUP_SLOTS)
    }

    /// Sets the control byte of slot `slot`.
    pub unsafe fn set_control_byte(self, slot: u64, layout: &Layout, byte: u8) {
        *self
            .group(slot / GROUP_SLOTS as u64, layout)
            .add(slot as usize % GROUP_SLOTS) = byte;
    }

    /// The slot holding a key equal to the one at `key` (whose hash is `hash`), if any.
    pub unsafe fn find(self, layout: &Layout, key: *const u8, hash: u64) -> Option<u64> {
        let mask = self.groups() - 1;
        let mut index = (hash >> 7) & mask;
        for step in 0..=mask {
            let group = self.group(index, layout);
            let control = control(group);
            let mut matches = match_tag(control, tag(hash));
            while matches != 0 {
                let slot = index * GROUP_SLOTS as u64 + first(matches) as u64;
                if layout.keys_equal(self.slot(slot, layout), key) {
                    return Some(slot);
                }
                matches &= matches - 1;
            }
            if match_empty(control) != 0 {
                return None;
            }
            index = (index + step + 1) & mask;
        }
        None
    }

    /// The first free slot on the probe sequence of `hash` (the table must have one).
    pub unsafe fn free_slot(self, layout: &Layout, hash: u64) -> u64 {
        let mask = self.groups() - 1;
        let mut index = (hash >> 7) & mask;
        let mut step = 0;
        loop {
            let free = match_free(control(self.group(index, layout)));
            if free != 0 {
                return index * GROUP_SLOTS as u64 + first(free) as u64;
            }
            step += 1;
            index = (index + step) & mask;
        }
    }

    /// Whether the group of slot `slot` has an empty slot (then a deletion there needs no
    /// tombstone).
    pub unsafe fn group_has_empty(self, slot: u64, layout: &Layout) -> bool {
        match_empty(control(self.group(slot / GROUP_SLOTS as u64, layout))) != 0
    }

    /// Empties every slot: control bytes to `EMPTY`, keys and values to zero.
    pub unsafe fn clear(self, layout: &Layout) {
        for index in 0..self.groups() {
            let group = self.group(index, layout);
            group.write_bytes(0, layout.group_size);
            set_all_empty(group);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_word_matching() {
        let word = u64::from_le_bytes([0x05, EMPTY, 0x05, DELETED, 0x7f, 0x00, EMPTY, 0x06]);
        let tags = match_tag(word, 0x05);
        assert_eq!(first(tags), 0);
        assert_ne!(tags & (0x80 << 16), 0);
        assert_eq!(match_empty(word), (0x80 << 8) | (0x80 << 48));
        assert_eq!(match_free(word), (0x80 << 8) | (0x80 << 24) | (0x80 << 48));
        assert_eq!(match_tag(word, 0x11), 0);
        assert_eq!(max_entries(1), 8);
        assert_eq!(max_entries(16), 112);
    }
}
