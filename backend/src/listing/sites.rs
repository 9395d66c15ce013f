//! Marking allocation sites in a listing.
//!
//! The backend keeps, for every allocation site of a function, its position, gc's text for it,
//! the placement escape analysis chose and (stack sites) the frame offset of its slot; Cranelift
//! keeps the source position of every instruction. A site is matched to code by position:
//!
//! * a **heap** site is marked on the call to the runtime allocator `gosub_alloc` carrying the
//!   site's position. A site allocated by another runtime routine as part of its work (the result
//!   of a string concatenation, a conversion's buffer) has no `gosub_alloc` call of its own and is
//!   marked on that routine's call (`gosub_*`) at its position instead;
//! * a **stack** site is marked where its frame slot is first used, which is where it is zeroed:
//!   the first instruction of its position that addresses the slot (`[rsp+0x10]`,
//!   `lea rdi, [rsp+0x10]`, `[sp, #0x10]`, `add x1, sp, #0x10`), else the first instruction of
//!   its position, else the first that addresses the slot (code Cranelift left without a
//!   position), with the slot's address `[sp+N]` (the stack pointer after the prologue). A stack
//!   site whose size is only known at run time (`make([]T, n)`) falls back to the heap when it
//!   does not fit its slot: that `gosub_alloc` call is marked `heap fallback`.
//!
//! Calls are claimed in address order, so two sites with the same position (one body inlined
//! twice) get one call each. A site that matches no code (a constant boxed in read-only data is
//! never allocated) is listed after the function header.

use middle::ir::Placement;
use middle::source::{Pos, SourceMap};

use super::{short_position, Insn};
use crate::{CompiledFunction, Target};

/// The runtime allocator's symbol.
const ALLOCATOR: &str = "gosub_alloc";

/// The site marks of one function.
pub(super) struct Marks {
    /// For each instruction, the marks to print after it.
    pub at: Vec<Vec<String>>,
    /// Sites matched to no instruction.
    pub unplaced: Vec<String>,
}

/// Matches the sites of `f` to its instructions (`positions[k]` is the position of `insns[k]`).
pub(super) fn place(
    f: &CompiledFunction,
    insns: &[Insn],
    positions: &[Option<Pos>],
    map: &SourceMap,
    target: Target,
) -> Marks {
    let mut marks = Marks {
        at: vec![Vec::new(); insns.len()],
        unplaced: Vec::new(),
    };
    let mut claimed = vec![false; insns.len()];
    let calls_at = |pos: Pos, claimed: &[bool], wanted: &dyn Fn(&str) -> bool| {
        (0..insns.len()).find(|&k| {
            !claimed[k]
                && positions[k] == Some(pos)
                && insns[k].callee.as_deref().is_some_and(wanted)
        })
    };
    // Heap sites first: they own the allocation calls at their position.
    for site in f.sites.iter().filter(|s| s.placement == Placement::Heap) {
        let note = format!(
            "heap: {} ({})",
            describe(&site.text),
            short_position(map, site.pos)
        );
        let call = calls_at(site.pos, &claimed, &|c| c == ALLOCATOR)
            .or_else(|| calls_at(site.pos, &claimed, &|c| c.starts_with("gosub_")));
        match call {
            Some(k) => {
                claimed[k] = true;
                marks.at[k].push(note);
            }
            None => marks
                .unplaced
                .push(format!("{note}: no allocation call at its position")),
        }
    }
    for site in f.sites.iter().filter(|s| s.placement == Placement::Stack) {
        let at = short_position(map, site.pos);
        let slot = site
            .frame_offset
            .map_or_else(String::new, |o| format!(" at [sp+{o}]"));
        let note = format!("stack: {} ({at}){slot}", describe(&site.text));
        let at_pos = |k: &usize| positions[*k] == Some(site.pos);
        let uses_slot = |k: &usize| {
            site.frame_offset
                .is_some_and(|o| addresses_slot(&insns[*k].text, o, target))
        };
        let first = (0..insns.len())
            .find(|k| at_pos(k) && uses_slot(k))
            .or_else(|| (0..insns.len()).find(at_pos))
            .or_else(|| (0..insns.len()).find(uses_slot));
        match first {
            Some(k) => marks.at[k].push(note),
            None => marks.unplaced.push(note),
        }
        while let Some(k) = calls_at(site.pos, &claimed, &|c| c == ALLOCATOR) {
            claimed[k] = true;
            marks.at[k].push(format!("heap fallback: {} ({at})", describe(&site.text)));
        }
    }
    marks
}

/// Whether an instruction's text addresses the frame slot at `offset` from the stack pointer.
/// (AArch64's frame set-up, `mov x29, sp` and the post-indexed `[sp], #16` of pops, does not.)
fn addresses_slot(text: &str, offset: u32, target: Target) -> bool {
    match (target, offset) {
        (Target::Amd64, 0) => text.contains("[rsp]"),
        (Target::Amd64, o) => text.contains(&format!("[rsp+{o:#x}]")),
        (Target::Arm64, 0) => {
            (text.contains("[sp]") && !text.contains("[sp],"))
                || (text.ends_with(", sp") && !text.starts_with("mov x29,"))
        }
        (Target::Arm64, o) => {
            text.contains(&format!("[sp, #{o:#x}]")) || text.ends_with(&format!(", sp, #{o:#x}"))
        }
    }
}

/// gc's text for a site; compiler-internal sites (the thunks of `go` and `defer`) have none.
fn describe(text: &str) -> &str {
    if text.is_empty() {
        "<autogenerated>"
    } else {
        text
    }
}
