//! Turning IR instructions into graph edges.
//!
//! Each instruction is read the way gc reads the statement it came from. A destination place
//! becomes a hole: a local or the object of a site is its own location, while a global or
//! anything reached through a pointer is the heap (and the pointer itself flows to the
//! mutator). Operands and rvalues are then evaluated into that hole: reading `*p` adds a
//! dereference, `&x` removes one, projections change nothing (no field sensitivity), and
//! values whose type holds no pointers carry nothing at all.

use crate::ir::{AllocId, CaptureMode, Function, FuncId, Inst, Operand, Place, PlaceBase, Rvalue};
use crate::source::Pos;
use crate::types::{Type, TypeId};

use super::batch::Batch;
use super::facts::{may_have_pointers, operand_type, place_type};
use super::graph::{Hole, LocId, HEAP, MUTATOR};

impl Batch<'_> {
    /// Adds the edges of every instruction of `f`.
    pub fn build_function(&mut self, f: FuncId) {
        let program = self.program;
        let func = program.func(f);
        for block in &func.blocks {
            for inst in &block.insts {
                self.inst(f, func, inst, block.loop_depth);
            }
        }
    }

    fn inst(&mut self, f: FuncId, func: &Function, inst: &Inst, depth: u32) {
        match inst {
            Inst::Assign { dst, src, pos } => self.assign(f, func, dst, src, *pos),
            Inst::Alloc { .. } | Inst::BoundsCheck { .. } | Inst::NilCheck { .. } | Inst::ChanClose { .. } | Inst::MapDelete { .. } => {}
            Inst::Call { dsts, callee, args, pos } => self.call(f, func, dsts, callee, args, *pos),
            Inst::Go { callee, args, pos } => self.go_defer(f, func, callee, args, *pos, Hole::to(HEAP)),
            Inst::Defer { callee, args, pos } => {
                // At the top level the deferred call runs while the frame is alive.
                let k = if depth > 1 { Hole::to(HEAP) } else { Hole::discard() };
                self.go_defer(f, func, callee, args, *pos, k)
            }
            Inst::Concat { dst, parts, site, pos } => {
                let k = self.dst_hole(f, dst, *pos);
                let hidden = func.allocs.get(site.index()).is_some_and(|s| s.text.is_empty());
                if hidden {
                    // `s += t`: gc models it as plain assignments of the operands.
                    for p in parts {
                        self.operand(f, func, k.clone(), p);
                    }
                }
                self.spill(f, k, *site, *pos);
            }
            Inst::StringConv { dst, site, pos, .. } => {
                let k = self.dst_hole(f, dst, *pos);
                self.spill(f, k, *site, *pos);
            }
            Inst::Append { dst, slice, elems, spread, site, pos } => self.append(f, func, dst, slice, elems, spread.as_ref(), *site, *pos),
            Inst::SliceCopy { result, dst, src, pos } => {
                if let Some(r) = result {
                    self.dst_hole(f, r, *pos);
                }
                self.operand(f, func, Hole::to(MUTATOR), dst);
                if self.slice_of_pointers(operand_type(self.program, func, src)) {
                    let k = self.graph.note(Hole::to(HEAP).shift(1), *pos, "copied slice", || String::new());
                    self.operand(f, func, k, src);
                }
            }
            Inst::TypeAssert { dst, ok, x, ty, pos } => {
                if let Some(ok) = ok {
                    self.dst_hole(f, ok, *pos);
                }
                if let Some(d) = dst {
                    let k = self.dst_hole(f, d, *pos);
                    if may_have_pointers(self.program, Some(*ty)) {
                        // The data word is the value itself for pointer-shaped types; otherwise it
                        // points to a box holding the value.
                        let types = &self.program.types;
                        let shift = if types.is_interface(*ty) || types.is_direct_iface(*ty) { 0 } else { 1 };
                        let k = self.graph.note(k.shift(shift), *pos, "dot", || String::new());
                        self.operand_unfiltered(f, func, k, x);
                    }
                }
            }
            Inst::MakeMap { dst, site, pos, .. } => {
                let k = self.dst_hole(f, dst, *pos);
                self.spill(f, k, *site, *pos);
            }
            Inst::MapIndex { dst, ok, pos, .. } | Inst::ChanRecv { dst, ok, pos, .. } => {
                // Values read from a map or a channel are heap data: nothing flows.
                for p in dst.iter().chain(ok) {
                    self.dst_hole(f, p, *pos);
                }
            }
            Inst::MapStore { key, value, pos, .. } => {
                let k = self.graph.note(Hole::to(HEAP), *pos, "key of map put", || String::new());
                self.operand(f, func, k, key);
                let k = self.graph.note(Hole::to(HEAP), *pos, "assign", || String::new());
                self.operand(f, func, k, value);
            }
            Inst::MapClear { map, .. } => self.operand(f, func, Hole::to(MUTATOR), map),
            Inst::MapIterInit { iter, map, pos } => {
                // The iterator stands for the map it walks (gc: the range expression's temporary).
                let k = self.dst_hole(f, iter, *pos);
                self.operand_unfiltered(f, func, k, map);
            }
            Inst::MapIterNext { iter, key, value, ok, pos } => {
                for p in key.iter().chain([ok]) {
                    self.dst_hole(f, p, *pos);
                }
                if let Some(v) = value {
                    let k = self.dst_hole(f, v, *pos);
                    if may_have_pointers(self.program, place_type(self.program, func, v)) {
                        let k = self.graph.note(k.shift(1), *pos, "range-deref", || String::new());
                        self.read_place(f, k, iter);
                    }
                }
            }
            Inst::MakeChan { dst, pos, .. } | Inst::Recover { dst, pos } => {
                self.dst_hole(f, dst, *pos);
            }
            Inst::ChanSend { value, pos, .. } => {
                let k = self.graph.note(Hole::to(HEAP), *pos, "send", || String::new());
                self.operand(f, func, k, value);
            }
        }
    }

    fn assign(&mut self, f: FuncId, func: &Function, dst: &Place, src: &Rvalue, pos: Pos) {
        let mut k = self.dst_hole(f, dst, pos);
        if self.is_self_assign(f, func, dst, src, pos) {
            k = Hole::discard();
        }
        let k = self.graph.note(k, pos, "assign", || String::new());
        self.rvalue(f, func, k, src, place_type(self.program, func, dst));
    }

    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        f: FuncId,
        func: &Function,
        dst: &Place,
        slice: &Operand,
        elems: &[Operand],
        spread: Option<&Operand>,
        site: AllocId,
        pos: Pos,
    ) {
        let k = self.dst_hole(f, dst, pos);
        // The slice appended to may be the result itself, and its elements are written.
        self.operand(f, func, k.clone(), slice);
        self.operand(f, func, Hole::to(MUTATOR), slice);
        let slice_ty = operand_type(self.program, func, slice);
        if self.slice_of_pointers(slice_ty) {
            // A grown copy is a new heap array holding the old elements.
            let k = self.graph.note(Hole::to(HEAP).shift(1), pos, "appendee slice", || String::new());
            self.operand(f, func, k, slice);
        }
        for e in elems {
            let k = self.graph.note(Hole::to(HEAP), pos, "call parameter", || String::new());
            self.operand(f, func, k, e);
        }
        if let Some(s) = spread {
            if self.slice_of_pointers(operand_type(self.program, func, s)) {
                let k = self.graph.note(Hole::to(HEAP).shift(1), pos, "appended slice...", || String::new());
                self.operand(f, func, k, s);
            }
        }
        self.spill(f, k, site, pos);
    }

    /// True if `ty` is a slice whose elements hold pointers.
    pub fn slice_of_pointers(&self, ty: Option<TypeId>) -> bool {
        match ty.map(|t| self.program.types.under(t)) {
            Some(Type::Slice(elem)) => self.program.types.has_pointers(*elem),
            Some(_) => false,
            None => true,
        }
    }

    /// The hole for storing into `place`. Storing through a pointer is a heap store, and the
    /// pointer flows to the mutator.
    pub fn dst_hole(&mut self, f: FuncId, place: &Place, pos: Pos) -> Hole {
        match place.base {
            PlaceBase::Local(l) => self.local_loc(f, l).map_or_else(|| Hole::to(HEAP), Hole::to),
            PlaceBase::Alloc(a) => self.site_loc(f, a).map_or_else(|| Hole::to(HEAP), Hole::to),
            PlaceBase::Global(_) => Hole::to(HEAP),
            PlaceBase::Deref(p) => {
                if let Some(ploc) = self.local_loc(f, p) {
                    let k = self.graph.note(Hole::to(MUTATOR), pos, "mutated", || String::new());
                    self.graph.flow(&k, ploc);
                }
                Hole::to(HEAP)
            }
            PlaceBase::Capture(i) => self.capture_loc(f, i).map_or_else(|| Hole::to(HEAP), Hole::to),
        }
    }

    /// Evaluates an rvalue whose result has type `ty` into `k`.
    pub fn rvalue(&mut self, f: FuncId, func: &Function, k: Hole, rv: &Rvalue, ty: Option<TypeId>) {
        if k.is_discard() || (k.derefs >= 0 && !may_have_pointers(self.program, ty)) {
            return;
        }
        match rv {
            Rvalue::Use(o)
            | Rvalue::Convert(o, _)
            | Rvalue::DataPtr(o)
            | Rvalue::IfaceData(o)
            | Rvalue::MakeSlice(o, _, _)
            | Rvalue::MakeString(o, _)
            | Rvalue::ElemAddr(o, _)
            | Rvalue::MakeIface(_, o)
            | Rvalue::Slice { x: o, .. } => self.operand_unfiltered(f, func, k, o),
            Rvalue::AddrOf(place) => self.addr_of(f, func, k, place),
            Rvalue::Unary(..)
            | Rvalue::Binary(..)
            | Rvalue::Len(_)
            | Rvalue::Cap(_)
            | Rvalue::StringByte(..)
            | Rvalue::IfaceTab(_)
            | Rvalue::IfaceType(_) => {}
        }
    }

    /// Evaluates an operand into `k`; a value without pointers carries nothing.
    pub fn operand(&mut self, f: FuncId, func: &Function, k: Hole, op: &Operand) {
        if k.derefs >= 0 && !may_have_pointers(self.program, operand_type(self.program, func, op)) {
            return;
        }
        self.operand_unfiltered(f, func, k, op);
    }

    /// Evaluates an operand into `k` whatever its type.
    pub fn operand_unfiltered(&mut self, f: FuncId, func: &Function, k: Hole, op: &Operand) {
        if let Operand::Copy(place) = op {
            self.read_place(f, k, place);
        }
    }

    /// Evaluates a read of `place` into `k`.
    pub fn read_place(&mut self, f: FuncId, k: Hole, place: &Place) {
        if k.is_discard() {
            return;
        }
        match place.base {
            PlaceBase::Local(l) => {
                if let Some(loc) = self.local_loc(f, l) {
                    self.graph.flow(&k, loc);
                }
            }
            PlaceBase::Alloc(a) => {
                if let Some(loc) = self.site_loc(f, a) {
                    self.graph.flow(&k, loc);
                }
            }
            // A global holds heap data: reading it adds nothing.
            PlaceBase::Global(_) => {}
            PlaceBase::Deref(p) => {
                if let Some(loc) = self.local_loc(f, p) {
                    let k = self.graph.note(k.shift(1), Pos::default(), "indirection", || String::new());
                    self.graph.flow(&k, loc);
                }
            }
            PlaceBase::Capture(i) => {
                if let Some(loc) = self.capture_loc(f, i) {
                    self.graph.flow(&k, loc);
                }
            }
        }
    }

    /// Evaluates `&place` into `k`.
    pub fn addr_of(&mut self, f: FuncId, func: &Function, k: Hole, place: &Place) {
        match place.base {
            PlaceBase::Local(l) => {
                if let Some(loc) = self.local_loc(f, l) {
                    self.graph.flow(&k.shift(-1), loc);
                }
            }
            PlaceBase::Alloc(a) => {
                if let Some(loc) = self.site_loc(f, a) {
                    let k = self.graph.note(k.shift(-1), Pos::default(), "address-of", || String::new());
                    self.graph.flow(&k, loc);
                }
            }
            PlaceBase::Global(_) => {}
            // The address of (a part of) `*p` is `p` itself.
            PlaceBase::Deref(p) => {
                if let Some(loc) = self.local_loc(f, p) {
                    self.graph.flow(&k, loc);
                }
            }
            PlaceBase::Capture(i) => {
                let by_value = func.captures.get(i as usize).is_some_and(|c| c.mode == CaptureMode::ByValue);
                if by_value {
                    // A pointer into the closure object itself: the object must outlive it.
                    self.self_addressed_closures.insert(f);
                }
                if let Some(loc) = self.capture_loc(f, i) {
                    self.graph.flow(&k.shift(-1), loc);
                }
            }
        }
    }

    /// Flows the address of site `site` of `f` into `k` (gc's spill of an allocating expression).
    pub fn spill(&mut self, f: FuncId, k: Hole, site: AllocId, pos: Pos) {
        if let Some(loc) = self.site_loc(f, site) {
            let k = self.graph.note(k.shift(-1), pos, "spill", || String::new());
            self.graph.flow(&k, loc);
        }
    }
}
