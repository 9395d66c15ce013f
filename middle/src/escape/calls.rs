//! Calls, `go` and `defer`.
//!
//! A call to a function of the same batch is wired directly: arguments flow into the callee's
//! parameter locations and its result locations flow into the destinations. A call to a function
//! analysed earlier applies its parameter tags instead. A call the analysis cannot see through
//! (a func value or an interface method) sends every argument, and the receiver, to the heap;
//! a func value whose results are used also flows to the callee root. As in gc, a func value
//! that is statically known (a function, or a function literal, held by a local assigned only
//! once) is a direct call. Runtime functions use the [`ParamLeak`] of their signature.
//!
//! `go f(args)` and `defer f(args)` run the call in a wrapper closure that captures the
//! evaluated arguments: the call's own flows happen as for a plain call, and the arguments (and
//! the func value) additionally flow where the wrapper goes, the heap for `go` and for `defer`
//! inside a loop. gc builds `new(T)` and slice literal arguments inside the wrapper, so only their
//! contents are captured.

use crate::ir::{AllocKind, Callee, Const, FuncId, FuncKind, Function, Operand, ParamLeak, Place, PlaceBase, Rvalue};
use crate::source::Pos;

use super::batch::Batch;
use super::facts::{may_have_pointers, place_type};
use super::graph::{Hole, CALLEE, HEAP, MUTATOR};
use super::leaks::Leaks;

/// How far the analysis follows locals holding func values.
const MAX_STATIC_CHAIN: u32 = 8;

impl Batch<'_> {
    /// A call statement.
    pub fn call(&mut self, f: FuncId, func: &Function, dsts: &[Place], callee: &Callee, args: &[Operand], pos: Pos) {
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
    fn call_into(&mut self, f: FuncId, func: &Function, ks: &[Hole], callee: &Callee, args: &[Operand], pos: Pos) {
        let target = self.static_callee(f, func, callee);
        match (callee, target) {
            (Callee::Extern(e), _) => {
                let sig = e.sig();
                for (j, a) in args.iter().enumerate() {
                    let leak = sig.params.get(j).map_or(ParamLeak::Heap, |p| p.1);
                    let k = match leak {
                        ParamLeak::None => continue,
                        ParamLeak::Content => Hole::to(HEAP).shift(1),
                        ParamLeak::Heap => Hole::to(HEAP),
                    };
                    let k = self.graph.note(k, pos, "call parameter", String::new);
                    self.operand(f, func, k, a);
                }
            }
            (_, Some(g)) if self.in_batch(g) => {
                let callee_func = self.program.func(g);
                for (k, r) in ks.iter().zip(&callee_func.results) {
                    if let Some(rloc) = self.local_loc(g, *r) {
                        self.graph.flow(k, rloc);
                    }
                }
                for (j, a) in args.iter().enumerate() {
                    let k = match callee_func.params.get(j).and_then(|p| self.local_loc(g, *p)) {
                        Some(ploc) => Hole::to(ploc),
                        None => Hole::to(HEAP),
                    };
                    let k = self.graph.note(k, pos, "call parameter", String::new);
                    self.operand(f, func, k, a);
                }
            }
            (_, Some(g)) => {
                let params = self.tags.get(g.index()).and_then(Option::as_ref).map(|t| t.params.clone());
                for (j, a) in args.iter().enumerate() {
                    let leaks = params.as_ref().and_then(|p| p.get(j).copied()).unwrap_or_else(Leaks::heap_leak);
                    for k in tag_holes(&leaks, ks) {
                        let k = self.graph.note(k, pos, "call parameter", String::new);
                        self.operand(f, func, k, a);
                    }
                }
            }
            (_, None) => {
                for a in args {
                    let k = self.graph.note(Hole::to(HEAP), pos, "call parameter", String::new);
                    self.operand(f, func, k, a);
                }
            }
        }
        match callee {
            Callee::Closure(op) if target.is_none() && ks.iter().any(|k| !k.is_discard()) => {
                let k = self.graph.note(Hole::to(CALLEE), pos, "callee operand", String::new);
                self.operand(f, func, k, op);
            }
            Callee::Iface(op, _) => {
                let k = self.graph.note(Hole::to(HEAP), pos, "call parameter", String::new);
                self.operand(f, func, k, op);
            }
            _ => {}
        }
    }

    /// `go` or `defer`: the call, plus the wrapper's captures flowing into `k`.
    pub fn go_defer(&mut self, f: FuncId, func: &Function, callee: &Callee, args: &[Operand], pos: Pos, k: Hole) {
        self.call_into(f, func, &[], callee, args, pos);
        for a in args {
            let k = if self.built_in_wrapper(f, func, a) { k.clone().shift(1) } else { k.clone() };
            self.operand(f, func, k, a);
        }
        if let Callee::Closure(op) | Callee::Iface(op, _) = callee {
            self.operand(f, func, k.clone(), op);
        }
    }

    /// True if gc would build argument `a` of a `go`/`defer` call inside the wrapper: `new(T)`
    /// and slice literals (their elements are still captured).
    fn built_in_wrapper(&self, f: FuncId, func: &Function, a: &Operand) -> bool {
        let Some(defs) = self.funcs.get(&f).map(|l| &l.defs) else { return false };
        let site_of = |rv: Option<&Rvalue>| match rv {
            Some(Rvalue::AddrOf(Place { base: PlaceBase::Alloc(s), proj })) if proj.is_empty() => func.allocs.get(s.index()),
            _ => None,
        };
        match defs.operand_def(func, a) {
            rv @ Some(Rvalue::AddrOf(_)) => site_of(rv).is_some_and(|s| s.kind == AllocKind::Object && s.text.starts_with("new(")),
            Some(Rvalue::MakeSlice(ptr, _, _)) => site_of(defs.operand_def(func, ptr))
                .is_some_and(|s| s.kind == AllocKind::Object && s.text.starts_with("[]") && s.text.ends_with('}')),
            _ => false,
        }
    }

    /// The function a callee statically denotes: a direct callee, or a func value gc's
    /// `StaticValue` sees through (a function, or a function literal, reached through locals
    /// assigned exactly once).
    pub fn static_callee(&self, f: FuncId, func: &Function, callee: &Callee) -> Option<FuncId> {
        match callee {
            Callee::Direct(g) => Some(*g).filter(|g| g.index() < self.program.funcs.len()),
            Callee::Closure(op) => self.static_func_value(f, func, op, 0),
            Callee::Iface(..) | Callee::Extern(_) => None,
        }
    }

    fn static_func_value(&self, f: FuncId, func: &Function, op: &Operand, depth: u32) -> Option<FuncId> {
        if depth > MAX_STATIC_CHAIN {
            return None;
        }
        let g = match op {
            Operand::Const(Const::FuncValue(g, _)) => *g,
            Operand::Copy(_) => match self.funcs.get(&f)?.defs.operand_def(func, op)? {
                Rvalue::Use(inner) => return self.static_func_value(f, func, inner, depth + 1),
                Rvalue::AddrOf(Place { base: PlaceBase::Alloc(a), proj }) if proj.is_empty() => {
                    let code = self.closures.at(f, *a)?.code;
                    // Only function literals: a method value's wrapper stays an indirect call.
                    match self.program.funcs.get(code.index())?.kind {
                        FuncKind::Closure { .. } => code,
                        _ => return None,
                    }
                }
                _ => return None,
            },
            Operand::Const(_) => return None,
        };
        Some(g).filter(|g| g.index() < self.program.funcs.len())
    }

    /// For a closure object whose code was analysed in an earlier batch (a method value
    /// wrapper), flows each captured value as that code uses it.
    pub fn closure_capture_flows(&mut self, f: FuncId, func: &Function) {
        let sites: Vec<_> = self.closures.sites.iter().filter(|c| c.creator == f && !self.in_batch(c.code)).collect();
        for c in sites {
            let tags = self.tags.get(c.code.index()).and_then(Option::as_ref);
            if tags.is_some_and(|t| t.captures_escape) || tags.is_none() {
                if let Some(loc) = self.site_loc(f, c.site) {
                    self.graph.flow(&Hole::to(HEAP).shift(-1), loc);
                }
            }
            for (i, sources) in c.captures.iter().enumerate() {
                for s in sources {
                    let leaks = if s.by_ref { Leaks::heap_leak() } else { tags.and_then(|t| t.captures.get(i).copied()).unwrap_or_else(Leaks::heap_leak) };
                    for k in tag_holes(&leaks, &[]) {
                        let k = self.graph.note(k, s.pos, "captured by a closure", String::new);
                        if s.by_ref {
                            self.addr_of(f, func, k, &s.place);
                        } else {
                            self.operand(f, func, k, &Operand::Copy(s.place.clone()));
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
