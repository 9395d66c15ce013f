//! Walking the places of an instruction, telling writes from reads, by reference or mutably.
//!
//! `ir::visit` lists every place an instruction mentions; the inliner also needs to know which
//! ones it writes (to find locals assigned exactly once, and parameters never reassigned) and
//! to rewrite places and sites in copied code. One macro generates the shared and
//! the mutable walker so the two cannot disagree about an instruction's shape.

use crate::ir::*;

/// How an instruction uses a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// The place is stored to (its base local, if any, is written; a `Deref` base is read).
    Write,
    /// The place is read (or its address taken).
    Read,
    /// The place is read, then stored to (a map iterator advancing).
    Update,
}

impl Access {
    /// Whether the place's base local, if any, is stored to.
    pub fn writes(self) -> bool {
        self != Access::Read
    }
}

macro_rules! walker {
    ($name:ident, $($m:tt)*) => {
        /// Calls `f` on every place of `inst` (not those inside projections), with how it is used.
        pub fn $name(inst: & $($m)* Inst, f: &mut impl FnMut(& $($m)* Place, Access)) {
            fn op(o: & $($m)* Operand, f: &mut impl FnMut(& $($m)* Place, Access)) {
                if let Operand::Copy(p) = o {
                    f(p, Access::Read);
                }
            }
            match inst {
                Inst::Assign { dst, src, .. } => {
                    f(dst, Access::Write);
                    match src {
                        Rvalue::AddrOf(p) => f(p, Access::Read),
                        Rvalue::Use(a) | Rvalue::Unary(_, a) | Rvalue::Convert(a, _) | Rvalue::Len(a) | Rvalue::Cap(a)
                        | Rvalue::DataPtr(a) | Rvalue::IfaceTab(a) | Rvalue::IfaceData(a) | Rvalue::IfaceType(a) => op(a, f),
                        Rvalue::Binary(_, a, b) | Rvalue::MakeString(a, b) | Rvalue::ElemAddr(a, b) | Rvalue::StringByte(a, b)
                        | Rvalue::MakeIface(a, b) => {
                            op(a, f);
                            op(b, f);
                        }
                        Rvalue::MakeSlice(a, b, c) => {
                            op(a, f);
                            op(b, f);
                            op(c, f);
                        }
                        Rvalue::Slice { x, lo, hi, max } => {
                            op(x, f);
                            for o in [lo, hi, max].into_iter().flatten() {
                                op(o, f);
                            }
                        }
                    }
                }
                Inst::Alloc { count, .. } => {
                    if let Some(c) = count {
                        op(c, f);
                    }
                }
                Inst::Call { dsts, callee, args, .. } => {
                    if let Callee::Closure(o) | Callee::Iface(o, _) = callee {
                        op(o, f);
                    }
                    for a in args {
                        op(a, f);
                    }
                    for d in dsts {
                        f(d, Access::Write);
                    }
                }
                Inst::BoundsCheck { index, len, .. } => {
                    op(index, f);
                    op(len, f);
                }
                Inst::NilCheck { ptr, .. } => op(ptr, f),
                Inst::Concat { dst, parts, .. } => {
                    for p in parts {
                        op(p, f);
                    }
                    f(dst, Access::Write);
                }
                Inst::StringConv { dst, src, .. } => {
                    op(src, f);
                    f(dst, Access::Write);
                }
                Inst::Append { dst, slice, elems, spread, .. } => {
                    op(slice, f);
                    for e in elems {
                        op(e, f);
                    }
                    if let Some(s) = spread {
                        op(s, f);
                    }
                    f(dst, Access::Write);
                }
                Inst::SliceCopy { result, dst, src, .. } => {
                    op(dst, f);
                    op(src, f);
                    if let Some(r) = result {
                        f(r, Access::Write);
                    }
                }
                Inst::TypeAssert { dst, ok, x, .. } => {
                    op(x, f);
                    for p in [dst, ok].into_iter().flatten() {
                        f(p, Access::Write);
                    }
                }
                Inst::MakeMap { dst, hint, .. } => {
                    if let Some(h) = hint {
                        op(h, f);
                    }
                    f(dst, Access::Write);
                }
                Inst::MapIndex { dst, ok, map, key, .. } => {
                    op(map, f);
                    op(key, f);
                    for p in [dst, ok].into_iter().flatten() {
                        f(p, Access::Write);
                    }
                }
                Inst::MapStore { map, key, value, .. } => {
                    op(map, f);
                    op(key, f);
                    op(value, f);
                }
                Inst::MapDelete { map, key, .. } => {
                    op(map, f);
                    op(key, f);
                }
                Inst::MapClear { map, .. } => op(map, f),
                Inst::MapIterInit { iter, map, .. } => {
                    op(map, f);
                    f(iter, Access::Write);
                }
                Inst::MapIterNext { iter, key, value, ok, .. } => {
                    f(iter, Access::Update);
                    for p in [key, value].into_iter().flatten() {
                        f(p, Access::Write);
                    }
                    f(ok, Access::Write);
                }
                Inst::MakeChan { dst, size, .. } => {
                    if let Some(s) = size {
                        op(s, f);
                    }
                    f(dst, Access::Write);
                }
                Inst::ChanSend { ch, value, .. } => {
                    op(ch, f);
                    op(value, f);
                }
                Inst::ChanRecv { dst, ok, ch, .. } => {
                    op(ch, f);
                    for p in [dst, ok].into_iter().flatten() {
                        f(p, Access::Write);
                    }
                }
                Inst::ChanClose { ch, .. } => op(ch, f),
                Inst::Go { closure, .. } => op(closure, f),
                Inst::Defer { frame, closure, .. } => {
                    op(frame, f);
                    op(closure, f);
                }
                Inst::Select { cases, chosen, .. } => {
                    for c in cases {
                        op(& $($m)* c.ch, f);
                        if let Some(v) = & $($m)* c.send {
                            op(v, f);
                        }
                        for p in [& $($m)* c.dst, & $($m)* c.ok].into_iter().flatten() {
                            f(p, Access::Write);
                        }
                    }
                    f(chosen, Access::Write);
                }
                Inst::Recover { dst, .. } => f(dst, Access::Write),
            }
        }
    };
}

walker!(for_each_place,);
walker!(for_each_place_mut, mut);

/// Calls `f` on every allocation site an instruction names.
pub fn for_each_site_mut(inst: &mut Inst, f: &mut impl FnMut(&mut AllocId)) {
    match inst {
        Inst::Alloc { site, .. }
        | Inst::Concat { site, .. }
        | Inst::StringConv { site, .. }
        | Inst::Append { site, .. }
        | Inst::MakeMap { site, .. } => f(site),
        _ => {}
    }
}

/// Calls `f` on every local an instruction writes (wholly or in part).
pub fn for_each_written_local(inst: &Inst, f: &mut impl FnMut(LocalId)) {
    for_each_place(inst, &mut |p, access| {
        if let (true, PlaceBase::Local(l)) = (access.writes(), &p.base) {
            f(*l);
        }
    });
}

/// Calls `f` on every local an instruction reads: read places, pointers dereferenced by stores,
/// and index operands anywhere.
pub fn for_each_read_local(inst: &Inst, f: &mut impl FnMut(LocalId)) {
    for_each_place(inst, &mut |p, access| place_reads(p, access, f));
}

/// The locals a place reads when used with `access`.
pub fn place_reads(p: &Place, access: Access, f: &mut impl FnMut(LocalId)) {
    match (&p.base, access) {
        (PlaceBase::Deref(l), _) | (PlaceBase::Local(l), Access::Read | Access::Update) => f(*l),
        _ => {}
    }
    for proj in &p.proj {
        if let Proj::Index(Operand::Copy(q)) = proj {
            place_reads(q, Access::Read, f);
        }
    }
}

/// Calls `f` on every local a terminator reads.
pub fn for_each_term_read_local(term: &Terminator, f: &mut impl FnMut(LocalId)) {
    if let Terminator::Branch {
        cond: Operand::Copy(p),
        ..
    } = term
    {
        place_reads(p, Access::Read, f);
    }
}
