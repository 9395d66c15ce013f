//! `-S`: the assembly listing of every function of the user's package, with each allocation
//! site marked where it happens.
//!
//! The listing is made from the bytes Cranelift emitted, not from its VCode: what is printed is
//! exactly what runs. Each function is decoded by a real disassembler ([`x86`]: iced-x86 in Intel
//! syntax; [`arm64`]: yaxpeax-arm in the ARM syntax), and three things the bytes alone do not say
//! are put back from what the backend kept ([`crate::CompiledFunction`]):
//!
//! * **relocations**: a call or data reference is emitted with a zero displacement and a
//!   relocation; the listing prints the target symbol instead (`call gosub_alloc`,
//!   `bl main.f`, `lea rdi, [main.T·type]`, `adrp x0, go:data` / `add x0, x0, :lo12:go:data`);
//! * **source positions**: Cranelift records the `[start, end)` code range of every IR instruction
//!   that carried a position, so each machine instruction gets the `file:line` it came from
//!   (`-` for code with none: prologue, epilogue, register moves);
//! * **allocation sites** ([`sites`]): escape analysis placed every site on the stack or the heap.
//!   A heap site is marked on the call to `gosub_alloc` that allocates it, found by source
//!   position (the call's position is the site's); a stack site is marked where its frame slot
//!   is first addressed (its zeroing), with the slot's address.
//!
//! # Format
//!
//! ```text
//! main.f STEXT size=112 frame=48 stack=1 heap=1
//! 	0x0000 00000 (-)	push rbp
//! 	0x0004 00004 (x.go:8)	mov qword ptr [rsp+0x10], 0x0	; stack: &T{...} (x.go:8) at [sp+16]
//! 	0x0024 00036 (x.go:9)	call gosub_alloc	; heap: make([]int, n) (x.go:9)
//! ```
//!
//! A function starts with a header at column 0: its symbol, `STEXT` (as gc), the code size in
//! bytes, the frame size (the bytes below the saved frame pointer) and how many of its allocation
//! sites are on the stack and on the heap. Each following line is indented by a tab: the offset
//! in hex and decimal, the source position in parentheses, a tab, the instruction, and possibly a
//! tab and a `;` comment marking an allocation site. A site with no code of its own (a constant
//! placed in read-only data, a site whose code was folded away) is listed on a line of its own,
//! `; heap: ...: no allocation call at its position` / `; stack: ...`, after the header. Bytes that are data, not code (Cranelift's
//! constant pools), are printed as `.byte` / `.word` directives.

mod arm64;
mod sites;
mod x86;

use middle::ir::Placement;
use middle::source::{Pos, SourceMap};

use crate::{CompiledFunction, Output, Target};

/// One decoded instruction (or data directive) of a function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Insn {
    /// Offset from the function's start.
    pub offset: u32,
    /// Length in bytes.
    pub len: u32,
    /// The disassembly, with relocated operands replaced by their symbol.
    pub text: String,
    /// For a direct call: the symbol called (taken from its relocation).
    pub callee: Option<String>,
}

/// The relocation target inside `[offset, offset + len)`, if any.
pub(crate) fn reloc_in<'a>(relocs: &'a [(u32, String)], offset: u32, len: u32) -> Option<&'a str> {
    relocs
        .iter()
        .find(|(at, _)| *at >= offset && *at < offset.saturating_add(len))
        .map(|(_, name)| name.as_str())
}

/// Renders the listing of every function of the user's package, in program order.
pub fn render(output: &Output, map: &SourceMap, target: Target) -> String {
    let mut s = String::new();
    for f in output.functions.iter().filter(|f| f.user) {
        render_function(&mut s, f, map, target);
    }
    s
}

/// Renders one function.
fn render_function(s: &mut String, f: &CompiledFunction, map: &SourceMap, target: Target) {
    let insns = match target {
        Target::Amd64 => x86::decode(&f.bytes, &f.relocs),
        Target::Arm64 => arm64::decode(&f.bytes, &f.relocs),
    };
    let positions: Vec<Option<Pos>> = insns.iter().map(|i| position_at(f, i.offset)).collect();
    let marks = sites::place(f, &insns, &positions, map, target);
    let on_stack = f
        .sites
        .iter()
        .filter(|site| site.placement == Placement::Stack)
        .count();
    s.push_str(&format!(
        "{} STEXT size={} frame={} stack={} heap={}\n",
        f.symbol,
        f.bytes.len(),
        f.frame_size,
        on_stack,
        f.sites.len() - on_stack
    ));
    for note in &marks.unplaced {
        s.push_str(&format!("\t; {note}\n"));
    }
    for (k, insn) in insns.iter().enumerate() {
        let pos = positions[k].map_or_else(|| "-".to_string(), |p| short_position(map, p));
        s.push_str(&format!(
            "\t{:#06x} {:05} ({pos})\t{}",
            insn.offset, insn.offset, insn.text
        ));
        for note in &marks.at[k] {
            s.push_str(&format!("\t; {note}"));
        }
        s.push('\n');
    }
}

/// The source position of the code at `offset`, if Cranelift recorded one.
fn position_at(f: &CompiledFunction, offset: u32) -> Option<Pos> {
    let i = f.srclocs.partition_point(|(start, _, _)| *start <= offset);
    let (start, end, pos) = f.srclocs.get(i.checked_sub(1)?)?;
    (*start <= offset && offset < *end).then_some(*pos)
}

/// `x.go:12`: the file as gc names it, without a leading `./`, and the line.
pub(crate) fn short_position(map: &SourceMap, pos: Pos) -> String {
    let lc = map.line_col(pos);
    format!(
        "{}:{}",
        lc.file.strip_prefix("./").unwrap_or(lc.file),
        lc.line
    )
}

#[cfg(test)]
mod tests;
