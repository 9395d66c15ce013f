//! Walking the operands and places an instruction reads and writes.
//!
//! Passes that need "every place mentioned here" (the backend's choice of which locals need
//! memory, the inliner's renumbering, escape analysis's bookkeeping) use these helpers instead of
//! matching every instruction shape themselves.

use super::*;

impl Place {
    /// Calls `f` on every operand used inside this place's projections.
    pub fn for_each_index_operand(&self, f: &mut impl FnMut(&Operand)) {
        for p in &self.proj {
            if let Proj::Index(o) = p {
                f(o);
            }
        }
    }
}

impl Rvalue {
    /// Calls `f` on every operand of the rvalue (not on places inside `AddrOf`).
    pub fn for_each_operand(&self, f: &mut impl FnMut(&Operand)) {
        match self {
            Rvalue::Use(o)
            | Rvalue::Unary(_, o)
            | Rvalue::Convert(o, _)
            | Rvalue::Len(o)
            | Rvalue::Cap(o)
            | Rvalue::DataPtr(o)
            | Rvalue::IfaceTab(o)
            | Rvalue::IfaceData(o)
            | Rvalue::IfaceType(o) => f(o),
            Rvalue::Binary(_, a, b)
            | Rvalue::MakeString(a, b)
            | Rvalue::ElemAddr(a, b)
            | Rvalue::StringByte(a, b)
            | Rvalue::MakeIface(a, b) => {
                f(a);
                f(b);
            }
            Rvalue::MakeSlice(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
            Rvalue::Slice { x, lo, hi, max } => {
                f(x);
                for o in [lo, hi, max].into_iter().flatten() {
                    f(o);
                }
            }
            Rvalue::AddrOf(_) => {}
        }
    }
}

impl Inst {
    /// Calls `f` on every place the instruction reads from or writes to, including places inside
    /// operands and `AddrOf`, and the callee operand of indirect calls.
    pub fn for_each_place(&self, f: &mut impl FnMut(&Place)) {
        let op = |o: &Operand, f: &mut dyn FnMut(&Place)| {
            if let Operand::Copy(p) = o {
                f(p);
            }
        };
        match self {
            Inst::Assign { dst, src, .. } => {
                f(dst);
                if let Rvalue::AddrOf(p) = src {
                    f(p);
                }
                src.for_each_operand(&mut |o| op(o, f));
            }
            Inst::Alloc { count, .. } => {
                if let Some(c) = count {
                    op(c, f);
                }
            }
            Inst::Call {
                dsts, callee, args, ..
            } => {
                for d in dsts {
                    f(d);
                }
                if let Callee::Closure(o) | Callee::Iface(o, _) = callee {
                    op(o, f);
                }
                for a in args {
                    op(a, f);
                }
            }
            Inst::BoundsCheck { index, len, .. } => {
                op(index, f);
                op(len, f);
            }
            Inst::NilCheck { ptr, .. } => op(ptr, f),
            Inst::Concat { dst, parts, .. } => {
                f(dst);
                for p in parts {
                    op(p, f);
                }
            }
            Inst::StringConv { dst, src, .. } => {
                f(dst);
                op(src, f);
            }
            Inst::Append {
                dst,
                slice,
                elems,
                spread,
                ..
            } => {
                f(dst);
                op(slice, f);
                for e in elems.iter().chain(spread) {
                    op(e, f);
                }
            }
            Inst::SliceCopy {
                result, dst, src, ..
            } => {
                if let Some(r) = result {
                    f(r);
                }
                op(dst, f);
                op(src, f);
            }
            Inst::TypeAssert { dst, ok, x, .. } => {
                for p in dst.iter().chain(ok) {
                    f(p);
                }
                op(x, f);
            }
            Inst::MakeMap { dst, hint, .. } => {
                f(dst);
                if let Some(h) = hint {
                    op(h, f);
                }
            }
            Inst::MapIndex {
                dst, ok, map, key, ..
            } => {
                for p in dst.iter().chain(ok) {
                    f(p);
                }
                op(map, f);
                op(key, f);
            }
            Inst::MapStore {
                map, key, value, ..
            } => {
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
                f(iter);
                op(map, f);
            }
            Inst::MapIterNext {
                iter,
                key,
                value,
                ok,
                ..
            } => {
                f(iter);
                for p in key.iter().chain(value) {
                    f(p);
                }
                f(ok);
            }
            Inst::MakeChan { dst, size, .. } => {
                f(dst);
                if let Some(s) = size {
                    op(s, f);
                }
            }
            Inst::ChanSend { ch, value, .. } => {
                op(ch, f);
                op(value, f);
            }
            Inst::ChanRecv { dst, ok, ch, .. } => {
                for p in dst.iter().chain(ok) {
                    f(p);
                }
                op(ch, f);
            }
            Inst::ChanClose { ch, .. } => op(ch, f),
            Inst::Go { closure, .. } => op(closure, f),
            Inst::Defer { frame, closure, .. } => {
                op(frame, f);
                op(closure, f);
            }
            Inst::Select { cases, chosen, .. } => {
                for c in cases {
                    op(&c.ch, f);
                    if let Some(v) = &c.send {
                        op(v, f);
                    }
                    for p in c.dst.iter().chain(&c.ok) {
                        f(p);
                    }
                }
                f(chosen);
            }
            Inst::Recover { dst, .. } => f(dst),
        }
    }
}
