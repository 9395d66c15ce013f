//! Evaluating places, operands and rvalues into holes.
//!
//! A destination place becomes a hole: a local or the object of a site is its own location,
//! while a global or anything reached through a pointer is the heap (and the pointer itself
//! flows to the mutator, for gc's zero-copy rule). Reading `*p` adds a dereference, `&x` removes
//! one, projections change nothing (no field sensitivity), and a copy of a value whose type holds
//! no pointers carries nothing at all. Operations that produce pointer words (data pointers,
//! interface data words, slice headers) always carry their operand, whatever type the lowering
//! gave their result.

use crate::ir::{
    AllocId, AllocKind, CaptureMode, FuncId, Function, Operand, Place, PlaceBase, Rvalue,
};
use crate::source::Pos;
use crate::types::{Type, TypeId};

use super::batch::Batch;
use super::facts::{may_have_pointers, operand_type};
use super::graph::{Hole, HEAP, MUTATOR};
use super::selfassign::statement_text;

impl Batch<'_> {
    /// True if `ty` is a slice whose elements hold pointers.
    pub fn slice_of_pointers(&self, ty: Option<TypeId>) -> bool {
        match ty.map(|t| self.program.types.under(t)) {
            Some(Type::Slice(elem)) => may_have_pointers(self.program, Some(*elem)),
            Some(_) => false,
            None => true,
        }
    }

    /// The hole for storing into `place`. Storing through a pointer is a heap store, and the
    /// pointer flows to the mutator.
    pub fn dst_hole(&mut self, f: FuncId, place: &Place, pos: Pos) -> Hole {
        match place.base {
            PlaceBase::Local(l)
                if self
                    .funcs
                    .get(&f)
                    .is_some_and(|locs| !locs.read.get(l.index()).copied().unwrap_or(true)) =>
            {
                Hole::discard()
            }
            PlaceBase::Local(l) => self
                .local_loc(f, l)
                .map_or_else(|| Hole::to(HEAP), Hole::to),
            PlaceBase::Alloc(a) => self.site_loc(f, a).map_or_else(|| Hole::to(HEAP), Hole::to),
            PlaceBase::Global(_) => Hole::to(HEAP),
            PlaceBase::Deref(p) => {
                if let Some(ploc) = self.local_loc(f, p) {
                    let k = self.graph.note(Hole::to(MUTATOR), pos, "mutated", || {
                        statement_text(self.map, pos)
                    });
                    self.graph.flow(&k, ploc);
                }
                Hole::to(HEAP)
            }
            PlaceBase::Capture(i) => self
                .capture_loc(f, i)
                .map_or_else(|| Hole::to(HEAP), Hole::to),
        }
    }

    /// Evaluates an rvalue whose result has type `ty` into `k`.
    pub fn rvalue(&mut self, f: FuncId, func: &Function, k: Hole, rv: &Rvalue, ty: Option<TypeId>) {
        if k.is_discard() {
            return;
        }
        match rv {
            Rvalue::Use(o) | Rvalue::Convert(o, _) => {
                let carries = may_have_pointers(self.program, ty)
                    || may_have_pointers(self.program, operand_type(self.program, func, o));
                if k.derefs < 0 || carries {
                    self.operand_unfiltered(f, k, o);
                }
            }
            Rvalue::DataPtr(o)
            | Rvalue::IfaceData(o)
            | Rvalue::MakeSlice(o, _, _)
            | Rvalue::MakeString(o, _)
            | Rvalue::ElemAddr(o, _)
            | Rvalue::MakeIface(_, o)
            | Rvalue::Slice { x: o, .. } => self.operand_unfiltered(f, k, o),
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
        self.operand_unfiltered(f, k, op);
    }

    /// Evaluates an operand into `k` whatever its type.
    pub fn operand_unfiltered(&mut self, f: FuncId, k: Hole, op: &Operand) {
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
                    let why = if matches!(place.proj.first(), Some(crate::ir::Proj::Field(_))) {
                        "dot of pointer"
                    } else {
                        "indirection"
                    };
                    let func = self.program.func(f);
                    let pos = self.cur_pos;
                    let k = self.graph.note(k.shift(1), pos, why, || {
                        self.place_text(f, func, place)
                            .unwrap_or_else(|| statement_text(self.map, pos))
                    });
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
        self.explained_addr_of(f, func, k, place, true);
    }

    /// Evaluates `&place` into `k`, noting the address-of (or spill) step when `noted`.
    pub fn explained_addr_of(
        &mut self,
        f: FuncId,
        func: &Function,
        k: Hole,
        place: &Place,
        noted: bool,
    ) {
        match place.base {
            PlaceBase::Local(l) => {
                if let Some(loc) = self.local_loc(f, l) {
                    self.graph.flow(&k.shift(-1), loc);
                }
            }
            PlaceBase::Alloc(a) => {
                if let (Some(loc), Some(site)) = (self.site_loc(f, a), func.allocs.get(a.index())) {
                    let pos = self.cur_pos;
                    let k = match (noted, site.kind) {
                        (false, _) => k.shift(-1),
                        (true, AllocKind::Var) => {
                            self.graph.note(k.shift(-1), pos, "address-of", || {
                                self.place_text(f, func, place).map_or_else(
                                    || statement_text(self.map, pos),
                                    |t| format!("&{t}"),
                                )
                            })
                        }
                        (true, _) => self
                            .graph
                            .note(k.shift(-1), pos, "spill", || site.text.clone()),
                    };
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
                let by_value = func
                    .captures
                    .get(i as usize)
                    .is_some_and(|c| c.mode == CaptureMode::ByValue);
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
            let text = self
                .program
                .func(f)
                .allocs
                .get(site.index())
                .map(|s| s.text.clone())
                .unwrap_or_default();
            let k = self.graph.note(k.shift(-1), pos, "spill", || text);
            self.graph.flow(&k, loc);
        }
    }
}
