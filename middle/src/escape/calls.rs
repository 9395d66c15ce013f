//! Calls.
//!
//! A call to a function of the same batch is wired directly: arguments flow into the callee's
//! parameter locations and its result locations flow into the destinations. A call to a function
//! analysed earlier applies its parameter tags instead. A call the analysis cannot see through
//! (a func value or an interface method) sends every argument, and the receiver, to the heap;
//! a func value whose results are used also flows to the callee root. As in gc, a func value
//! that is statically known (a function, or a function literal, held by a local every
//! assignment of which is one) is a direct call of each function it may hold. Runtime functions use the [`ParamLeak`] of their signature.

use crate::ir::{
    AllocId, AllocKind, Callee, CaptureMode, Const, FuncId, FuncKind, Function, Inst, Operand,
    ParamLeak, Place, PlaceBase, Proj, Rvalue,
};
use crate::source::Pos;

use super::batch::Batch;
use super::facts::{may_have_pointers, place_type};
use super::graph::{Hole, CALLEE, HEAP, MUTATOR};
use super::leaks::Leaks;
use super::selfassign::statement_text;

/// How far the analysis follows locals holding func values.
const MAX_STATIC_CHAIN: u32 = 8;

/// Every value assigned as a whole to places based at `base` in `func`, if nothing else
/// changes them: any other store there, or taking their address, gives `None`, but for an
/// address `escaped` accepts (given the instruction storing it).
fn whole_defs<'f>(
    func: &'f Function,
    base: PlaceBase,
    mut escaped: impl FnMut(&'f Inst) -> Option<()>,
) -> Option<Vec<&'f Rvalue>> {
    let mut defs = Vec::new();
    for inst in func.blocks.iter().flat_map(|b| &b.insts) {
        match inst {
            Inst::Assign { dst, src, .. } if dst.base == base && dst.proj.is_empty() => {
                defs.push(src)
            }
            Inst::Assign {
                src: Rvalue::AddrOf(p),
                ..
            } if p.base == base => escaped(inst)?,
            _ => {
                let mut written = false;
                super::facts::for_each_written_place(inst, &mut |p| written |= p.base == base);
                if written {
                    return None;
                }
            }
        }
    }
    Some(defs)
}

/// Every value assigned to local `l` of `func`, if all its writes are whole assignments (and
/// it is not a parameter, whose value comes from the caller).
fn local_defs(func: &Function, l: crate::ir::LocalId) -> Option<Vec<&Rvalue>> {
    if func.locals.get(l.index())?.kind == crate::ir::LocalKind::Param {
        return None;
    }
    whole_defs(func, PlaceBase::Local(l), |_| None)
}

impl Batch<'_> {
    /// A call statement.
    pub fn call(
        &mut self,
        f: FuncId,
        func: &Function,
        dsts: &[Place],
        callee: &Callee,
        args: &[Operand],
        pos: Pos,
    ) {
        let ks: Vec<Hole> = dsts
            .iter()
            .map(|d| {
                let k = self.dst_hole(f, d, pos);
                if may_have_pointers(self.program, place_type(self.program, func, d)) {
                    k
                } else {
                    Hole::discard()
                }
            })
            .collect();
        self.call_into(f, func, &ks, callee, args, pos);
    }

    /// The flows of a call whose results go to `ks`.
    fn call_into(
        &mut self,
        f: FuncId,
        func: &Function,
        ks: &[Hole],
        callee: &Callee,
        args: &[Operand],
        pos: Pos,
    ) {
        let mut targets = self.static_callees(f, func, callee);
        let mut args = std::borrow::Cow::Borrowed(args);
        if let Callee::Iface(recv, _) = callee {
            if let Some(d) = self.devirt.target(f, self.cur_inst.0, self.cur_inst.1) {
                // The method's entry point takes the data word (the receiver) first.
                targets = Some(vec![d.func]).filter(|_| d.func.index() < self.program.funcs.len());
                args = std::borrow::Cow::Owned(
                    std::iter::once(recv.clone())
                        .chain(args.iter().cloned())
                        .collect(),
                );
                self.report_devirtualized(f, func, recv, pos);
            }
        }
        let args: &[Operand] = &args;
        match (callee, &targets) {
            (Callee::Extern(e), _) => {
                let sig = e.sig();
                for (j, a) in args.iter().enumerate() {
                    let leak = sig.params.get(j).map_or(ParamLeak::Heap, |p| p.1);
                    let k = match leak {
                        ParamLeak::None => continue,
                        ParamLeak::Content => Hole::to(HEAP).shift(1),
                        ParamLeak::Heap => Hole::to(HEAP),
                    };
                    let k = self
                        .graph
                        .note(k, pos, "call parameter", || statement_text(self.map, pos));
                    self.operand(f, func, k, a);
                }
            }
            (_, Some(gs)) => {
                for g in gs {
                    self.call_target(f, func, ks, *g, args, pos);
                }
            }
            (_, None) => {
                for a in args {
                    let k = self.graph.note(Hole::to(HEAP), pos, "call parameter", || {
                        statement_text(self.map, pos)
                    });
                    self.operand(f, func, k, a);
                }
            }
        }
        let target = targets.is_some();
        match callee {
            Callee::Closure(op) if !target && ks.iter().any(|k| !k.is_discard()) => {
                let k = self
                    .graph
                    .note(Hole::to(CALLEE), pos, "callee operand", || {
                        statement_text(self.map, pos)
                    });
                self.operand(f, func, k, op);
            }
            Callee::Iface(op, _) if !target => {
                let k = self.graph.note(Hole::to(HEAP), pos, "call parameter", || {
                    statement_text(self.map, pos)
                });
                self.operand(f, func, k, op);
            }
            _ => {}
        }
    }

    /// The flows of a call of the known function `g`: into its parameter locations when it is
    /// analysed in this batch, by its parameter tags otherwise.
    fn call_target(
        &mut self,
        f: FuncId,
        func: &Function,
        ks: &[Hole],
        g: FuncId,
        args: &[Operand],
        pos: Pos,
    ) {
        if self.in_batch(g) {
            let callee_func = self.program.func(g);
            for (k, r) in ks.iter().zip(&callee_func.results) {
                if let Some(rloc) = self.local_loc(g, *r) {
                    self.graph.flow(k, rloc);
                }
            }
            for (j, a) in args.iter().enumerate() {
                let k = match callee_func
                    .params
                    .get(j)
                    .and_then(|p| self.local_loc(g, *p))
                {
                    Some(ploc) => Hole::to(ploc),
                    None => Hole::to(HEAP),
                };
                let k = self
                    .graph
                    .note(k, pos, "call parameter", || statement_text(self.map, pos));
                self.operand(f, func, k, a);
            }
            return;
        }
        let params = self
            .tags
            .get(g.index())
            .and_then(Option::as_ref)
            .map(|t| t.params.clone());
        for (j, a) in args.iter().enumerate() {
            let leaks = params
                .as_ref()
                .and_then(|p| p.get(j).copied())
                .unwrap_or_else(Leaks::heap_leak);
            for k in tag_holes(&leaks, ks) {
                let k = self
                    .graph
                    .note(k, pos, "call parameter", || statement_text(self.map, pos));
                self.operand(f, func, k, a);
            }
        }
    }

    /// gc's `devirtualizing i.M to T` line for the devirtualized call at the current instruction.
    fn report_devirtualized(&mut self, f: FuncId, func: &Function, recv: &Operand, pos: Pos) {
        if self.level == 0 || func.kind == FuncKind::Synthetic {
            return;
        }
        let Some(d) = self.devirt.target(f, self.cur_inst.0, self.cur_inst.1) else {
            return;
        };
        // A variable's name, or the conversion that made the value (`Counter(V{...})`).
        let receiver = self
            .operand_text(f, func, recv, 0)
            .unwrap_or_else(|| "?".to_string());
        let concrete = self.program.types.type_string(d.concrete, false, false);
        let message = format!("devirtualizing {receiver}.{} to {concrete}", d.method);
        self.diags
            .push(crate::source::Diagnostic::note(pos, message));
    }

    /// The functions a callee statically denotes: a direct callee, or the functions a func
    /// value can hold when every assignment to the local holding it (followed through copies)
    /// is a function, a function literal or nil (nil is left out: calling it panics).
    pub fn static_callees(
        &self,
        f: FuncId,
        func: &Function,
        callee: &Callee,
    ) -> Option<Vec<FuncId>> {
        match callee {
            Callee::Direct(g) => Some(vec![*g]).filter(|_| g.index() < self.program.funcs.len()),
            Callee::Closure(op) => self.static_func_values(f, func, op, 0),
            Callee::Iface(..) | Callee::Extern(_) => None,
        }
    }

    fn static_func_values(
        &self,
        f: FuncId,
        func: &Function,
        op: &Operand,
        depth: u32,
    ) -> Option<Vec<FuncId>> {
        if depth > MAX_STATIC_CHAIN {
            return None;
        }
        let defs = match op {
            Operand::Const(Const::FuncValue(g, _)) => {
                return Some(vec![*g]).filter(|_| g.index() < self.program.funcs.len())
            }
            Operand::Const(Const::Zero(_)) => return Some(Vec::new()),
            Operand::Copy(Place {
                base: PlaceBase::Local(l),
                proj,
            }) if proj.is_empty() => local_defs(func, *l)?
                .into_iter()
                .map(|d| (f, func, d))
                .collect(),
            Operand::Copy(Place {
                base: PlaceBase::Alloc(a),
                proj,
            }) if proj.is_empty() => self.variable_defs(f, *a)?,
            Operand::Copy(Place {
                base: PlaceBase::Capture(k),
                proj,
            }) if proj.is_empty() => {
                // A variable of the creator captured by reference: what the creator stores in it.
                let mut out = Vec::new();
                let creators: Vec<_> = self.closures.running(f).collect();
                if creators.is_empty() || func.captures.get(*k as usize)?.mode != CaptureMode::ByRef
                {
                    return None;
                }
                for c in creators {
                    let [source] = c.captures.get(*k as usize)?.as_slice() else {
                        return None;
                    };
                    let Some(Place {
                        base: PlaceBase::Alloc(a),
                        proj,
                    }) = source.place.as_ref().filter(|_| source.by_ref)
                    else {
                        return None;
                    };
                    if !proj.is_empty() {
                        return None;
                    }
                    let creator = self.program.func(c.creator);
                    out.extend(self.static_func_values(
                        c.creator,
                        creator,
                        &Operand::Copy(Place {
                            base: PlaceBase::Alloc(*a),
                            proj: Vec::new(),
                        }),
                        depth + 1,
                    )?);
                }
                return Some(out);
            }
            _ => return None,
        };
        let mut out = Vec::new();
        for (f, func, def) in defs {
            match def {
                Rvalue::Use(inner) | Rvalue::Convert(inner, _) => {
                    out.extend(self.static_func_values(f, func, inner, depth + 1)?)
                }
                Rvalue::AddrOf(Place {
                    base: PlaceBase::Alloc(a),
                    proj,
                }) if proj.is_empty() => {
                    let code = self.closures.at(f, *a)?.code;
                    // Closures only (function literals and the lowering's method value wrappers),
                    // whose bodies the analysis follows.
                    match self.program.funcs.get(code.index())?.kind {
                        FuncKind::Closure { .. } => out.push(code),
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
        out.sort();
        out.dedup();
        Some(out)
    }

    /// Every value stored in variable site `a` of `f` (a variable living in memory because
    /// closures capture it by reference), with the function storing it, if nothing else can
    /// change it: its address goes only into closures, which may assign it but not take its
    /// address.
    fn variable_defs(&self, f: FuncId, a: AllocId) -> Option<Vec<(FuncId, &Function, &Rvalue)>> {
        let func = self.program.func(f);
        if func.allocs.get(a.index())?.kind != AllocKind::Var {
            return None;
        }
        let mut from_closures = Vec::new();
        let own = whole_defs(func, PlaceBase::Alloc(a), |inst| {
            // Only the whole variable's address, stored into a closure object as a capture.
            let Inst::Assign {
                dst:
                    Place {
                        base: PlaceBase::Alloc(obj),
                        proj,
                    },
                src: Rvalue::AddrOf(p),
                ..
            } = inst
            else {
                return None;
            };
            let ([Proj::Field(k)], true) = (proj.as_slice(), p.proj.is_empty()) else {
                return None;
            };
            let closure = self.closures.at(f, *obj)?;
            let code = self.program.func(closure.code);
            let defs = whole_defs(code, PlaceBase::Capture(k.checked_sub(1)?), |_| None)?;
            from_closures.extend(defs.into_iter().map(|d| (closure.code, code, d)));
            Some(())
        })?;
        Some(
            own.into_iter()
                .map(|d| (f, func, d))
                .chain(from_closures)
                .collect(),
        )
    }

    /// For a closure object whose code was analysed in an earlier batch (an inlined copy of a
    /// function literal's creation, for instance), flows each captured value as that code uses
    /// it; by-reference captures and code without a summary send the captured values to the heap.
    pub fn closure_capture_flows(&mut self, f: FuncId, func: &Function) {
        let sites: Vec<_> = self
            .closures
            .sites
            .iter()
            .filter(|c| c.creator == f && !self.in_batch(c.code))
            .collect();
        for c in sites {
            let tags = self.tags.get(c.code.index()).and_then(Option::as_ref);
            if tags.is_some_and(|t| t.captures_escape) || tags.is_none() {
                if let Some(loc) = self.site_loc(f, c.site) {
                    self.graph.flow(&Hole::to(HEAP).shift(-1), loc);
                }
            }
            for (i, sources) in c.captures.iter().enumerate() {
                for (s, place) in sources.iter().filter_map(|s| Some((s, s.place.as_ref()?))) {
                    let leaks = match (s.by_ref, tags.and_then(|t| t.captures.get(i))) {
                        (false, Some(tag)) => *tag,
                        _ => Leaks::heap_leak(),
                    };
                    for k in tag_holes(&leaks, &[]) {
                        let k = self.graph.note(k, s.pos, "captured by a closure", || {
                            statement_text(self.map, s.pos)
                        });
                        if s.by_ref {
                            self.addr_of(f, func, k, place);
                        } else {
                            self.operand(f, func, k, &Operand::Copy(place.clone()));
                        }
                    }
                }
            }
        }
    }
}

/// The holes a tag sends an argument to, given the holes of the call's results.
pub fn tag_holes(leaks: &Leaks, ks: &[Hole]) -> Vec<Hole> {
    let mut holes = Vec::new();
    if let Some(d) = leaks.heap {
        holes.push(Hole::to(HEAP).shift(d as i32));
    }
    if let Some(d) = leaks.mutator {
        holes.push(Hole::to(MUTATOR).shift(d as i32));
    }
    if let Some(d) = leaks.callee {
        holes.push(Hole::to(CALLEE).shift(d as i32));
    }
    for (k, r) in ks.iter().zip(leaks.results) {
        if let (Some(d), false) = (r, k.is_discard()) {
            holes.push(k.clone().shift(d as i32));
        }
    }
    holes
}
