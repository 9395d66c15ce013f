//! Turning IR instructions into graph edges.
//!
//! Each instruction is read the way gc reads the statement it came from: its destination
//! becomes a hole and its operands are evaluated into that hole ([`super::values`]). Runtime
//! operations follow gc's rules: map keys and values, channel sends and `go` closures go to the
//! heap; an `append` may return its slice or a new backing store (its site) and copies pointer
//! elements to the heap; a deferred closure outside loops stays in the frame that runs it. In
//! `-m=2` mode each edge also records gc's explanation notes.

use crate::ir::{AllocId, AllocKind, FuncId, Function, Inst, Operand, Place, PlaceBase, Rvalue};
use crate::source::Pos;

use super::batch::Batch;
use super::facts::{may_have_pointers, operand_type, place_type};
use super::graph::{Hole, HEAP, MUTATOR};
use super::selfassign::statement_text;

impl Batch<'_> {
    /// Adds the edges of every instruction of `f`.
    pub fn build_function(&mut self, f: FuncId) {
        let program = self.program;
        let func = program.func(f);
        let reachable = self
            .funcs
            .get(&f)
            .map(|l| l.reachable.clone())
            .unwrap_or_default();
        for (b, (block, _)) in func
            .blocks
            .iter()
            .zip(&reachable)
            .enumerate()
            .filter(|(_, (_, r))| **r)
        {
            for (n, inst) in block.insts.iter().enumerate() {
                self.cur_inst = (b, n);
                self.inst(f, func, inst);
            }
        }
    }

    fn inst(&mut self, f: FuncId, func: &Function, inst: &Inst) {
        self.cur_pos = inst.pos();
        match inst {
            Inst::Assign {
                dst,
                src,
                pos,
                text,
            } => self.assign(f, func, dst, src, *pos, text.as_deref()),
            Inst::Alloc { .. }
            | Inst::BoundsCheck { .. }
            | Inst::NilCheck { .. }
            | Inst::ChanClose { .. }
            | Inst::MapDelete { .. } => {}
            Inst::Call {
                dsts,
                callee,
                args,
                pos,
            } => self.call(f, func, dsts, callee, args, *pos),
            Inst::Go { closure, pos } => {
                // The goroutine outlives the frame.
                let k = self.graph.note(Hole::to(HEAP), *pos, "go", || {
                    statement_text(self.map, *pos)
                });
                self.operand(f, func, k, closure);
            }
            Inst::Defer { closure, pos, .. } => {
                // The outlined body runs its deferred calls before it returns (and a panic runs
                // them on top of its frame), so at loop depth 1 the deferred func value needs
                // to live no longer than the frame — gc's open-coded defer. In a loop the defer
                // records pile up, and gc heap-allocates them.
                let depth = func.blocks.get(self.cur_inst.0).map_or(1, |b| b.loop_depth);
                let k = if depth <= 1 {
                    Hole::discard()
                } else {
                    Hole::to(HEAP)
                };
                let k = self
                    .graph
                    .note(k, *pos, "defer", || statement_text(self.map, *pos));
                self.operand(f, func, k, closure);
            }
            Inst::Select {
                cases, chosen, pos, ..
            } => {
                self.dst_hole(f, chosen, *pos);
                for c in cases {
                    for p in c.dst.iter().chain(&c.ok) {
                        self.dst_hole(f, p, *pos);
                    }
                    if let Some(v) = &c.send {
                        let k = self.graph.note(Hole::to(HEAP), *pos, "send", || {
                            statement_text(self.map, *pos)
                        });
                        self.operand(f, func, k, v);
                    }
                }
            }
            Inst::Concat {
                dst,
                parts,
                site,
                pos,
            } => {
                let k = self.dst_hole(f, dst, *pos);
                let hidden = func
                    .allocs
                    .get(site.index())
                    .is_some_and(|s| s.text.is_empty());
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
            Inst::Append {
                dst,
                slice,
                elems,
                spread,
                site,
                pos,
            } => self.append(f, func, dst, slice, elems, spread.as_ref(), *site, *pos),
            Inst::SliceCopy {
                result,
                dst,
                src,
                pos,
            } => {
                if let Some(r) = result {
                    self.dst_hole(f, r, *pos);
                }
                self.operand(f, func, Hole::to(MUTATOR), dst);
                if self.slice_of_pointers(operand_type(self.program, func, src)) {
                    let k = self
                        .graph
                        .note(Hole::to(HEAP).shift(1), *pos, "copied slice", || {
                            statement_text(self.map, *pos)
                        });
                    self.operand(f, func, k, src);
                }
            }
            Inst::TypeAssert {
                dst,
                ok,
                x,
                ty,
                pos,
            } => {
                if let Some(ok) = ok {
                    self.dst_hole(f, ok, *pos);
                }
                if let Some(d) = dst {
                    let k = self.dst_hole(f, d, *pos);
                    if may_have_pointers(self.program, Some(*ty)) {
                        // The data word is the value itself for pointer-shaped types; otherwise it
                        // points to a box holding the value.
                        let types = &self.program.types;
                        let shift = if types.is_interface(*ty) || types.is_direct_iface(*ty) {
                            0
                        } else {
                            1
                        };
                        let k = self.graph.note(k.shift(shift), *pos, "dot", || {
                            statement_text(self.map, *pos)
                        });
                        self.operand_unfiltered(f, k, x);
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
            Inst::MapStore {
                key, value, pos, ..
            } => {
                let k = self.graph.note(Hole::to(HEAP), *pos, "key of map put", || {
                    statement_text(self.map, *pos)
                });
                self.operand(f, func, k, key);
                let k = self.graph.note(Hole::to(HEAP), *pos, "assign", || {
                    statement_text(self.map, *pos)
                });
                self.operand(f, func, k, value);
            }
            Inst::MapClear { map, .. } => self.operand(f, func, Hole::to(MUTATOR), map),
            Inst::MapIterInit { iter, map, pos } => {
                // The iterator stands for the map it walks (gc: the range expression's temporary).
                let k = self.dst_hole(f, iter, *pos);
                self.operand_unfiltered(f, k, map);
            }
            Inst::MapIterNext {
                iter,
                key,
                value,
                ok,
                pos,
            } => {
                for p in key.iter().chain([ok]) {
                    self.dst_hole(f, p, *pos);
                }
                if let Some(v) = value {
                    let k = self.dst_hole(f, v, *pos);
                    if may_have_pointers(self.program, place_type(self.program, func, v)) {
                        let k = self.graph.note(k.shift(1), *pos, "range-deref", || {
                            statement_text(self.map, *pos)
                        });
                        self.read_place(f, k, iter);
                    }
                }
            }
            Inst::MakeChan { dst, pos, .. } | Inst::Recover { dst, pos } => {
                self.dst_hole(f, dst, *pos);
            }
            Inst::ChanSend { value, pos, .. } => {
                let k = self.graph.note(Hole::to(HEAP), *pos, "send", || {
                    statement_text(self.map, *pos)
                });
                self.operand(f, func, k, value);
            }
        }
    }

    fn assign(
        &mut self,
        f: FuncId,
        func: &Function,
        dst: &Place,
        src: &Rvalue,
        pos: Pos,
        text: Option<&str>,
    ) {
        let mut k = self.dst_hole(f, dst, pos);
        if self.is_self_assign(f, func, dst, src, pos, text) {
            k = Hole::discard();
        }
        let ty = place_type(self.program, func, dst);
        if let Some(capture) = self
            .graph
            .explain
            .then(|| self.capture_store(f, dst))
            .flatten()
        {
            // Filling a closure's capture: gc's "captured by a closure" flow, at the variable's
            // first use inside the closure.
            let (name, at) = capture;
            let k = self
                .graph
                .note(k, at, "captured by a closure", || name.clone());
            match src {
                Rvalue::AddrOf(place) => {
                    let k = self.graph.note(k, at, "reference", || name.clone());
                    self.explained_addr_of(f, func, k, place, false);
                }
                _ => self.rvalue(f, func, k, src, ty),
            }
            return;
        }
        let named = match dst.base {
            PlaceBase::Local(l) => func
                .locals
                .get(l.index())
                .is_some_and(|d| !d.name.is_empty()),
            PlaceBase::Alloc(a) => func
                .allocs
                .get(a.index())
                .is_some_and(|s| s.kind == AllocKind::Var),
            _ => true,
        };
        let k = if named {
            let is_return = matches!(dst.base, PlaceBase::Local(l) if func.results.contains(&l))
                && statement_text(self.map, pos).starts_with("return");
            let why = if is_return { "return" } else { "assign" };
            self.graph.note(k, pos, why, || {
                self.assign_text(f, func, dst, src, pos, is_return)
            })
        } else {
            k
        };
        self.rvalue(f, func, k, src, ty);
    }

    /// For a store into capture field of a closure object whose code is in the batch: the
    /// capture's name and the position of its first use in the closure.
    fn capture_store(&self, f: FuncId, dst: &Place) -> Option<(String, Pos)> {
        let (PlaceBase::Alloc(a), [crate::ir::Proj::Field(k)]) = (&dst.base, dst.proj.as_slice())
        else {
            return None;
        };
        let code = self.closures.at(f, *a)?.code;
        if *k == 0 || !self.in_batch(code) {
            return None;
        }
        let index = *k - 1;
        let closure = self.program.funcs.get(code.index())?;
        let name = closure.captures.get(index as usize)?.name.clone();
        let mut first = None;
        for inst in closure.blocks.iter().flat_map(|b| &b.insts) {
            inst.for_each_place(&mut |p: &Place| {
                if first.is_none() && p.base == PlaceBase::Capture(index) {
                    first = Some(inst.pos());
                }
            });
            if first.is_some() {
                break;
            }
        }
        let at = first.map_or(closure.pos, |p| {
            super::selfassign::identifier_at(self.map, p, &name)
        });
        Some((name, at))
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
            let k = self
                .graph
                .note(Hole::to(HEAP).shift(1), pos, "appendee slice", || {
                    statement_text(self.map, pos)
                });
            self.operand(f, func, k, slice);
        }
        for e in elems {
            let k = self.graph.note(Hole::to(HEAP), pos, "call parameter", || {
                statement_text(self.map, pos)
            });
            self.operand(f, func, k, e);
        }
        if let Some(s) = spread {
            if self.slice_of_pointers(operand_type(self.program, func, s)) {
                let k = self
                    .graph
                    .note(Hole::to(HEAP).shift(1), pos, "appended slice...", || {
                        statement_text(self.map, pos)
                    });
                self.operand(f, func, k, s);
            }
        }
        self.spill(f, k, site, pos);
    }
}
