//! What a call statically invokes, and what a closure's captures are at the call.
//!
//! gc inlines more than direct calls: its `StaticValue` sees through locals assigned exactly
//! once, so `f := func(v int) int {...}; f(1)`, a function passed to an inlined `apply(f, x)`
//! and a closure returned by an inlined constructor are called statically too. Here the same
//! holds in the IR: a local with exactly one write, a whole assignment, is followed to its value;
//! a func-value constant is a function, and the address of a closure object (a site whose field 0
//! receives a `FuncAddr`) is that closure.
//!
//! Following single assignments is sound for the closure object too: the local holding its
//! address was assigned right after the object's `Alloc`, so it denotes the site's newest
//! object, the one `PlaceBase::Alloc` names. The same facts ([`Defs`]) serve gc's
//! devirtualization of interface calls ([`super::devirt`]), which follows every assignment of a
//! local, type assertions included.

use std::collections::{HashMap, HashSet};

use crate::ir::*;
use crate::source::Pos;
use crate::types::{Type, TypeId};

use super::splice::CaptureBinding;
use super::walk::for_each_place;

/// How deep chains of single assignments are followed.
const MAX_CHAIN: u32 = 16;

/// A statically known callee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A function called with exactly the call's arguments (no closure context).
    Func(FuncId),
    /// A closure object of the caller: the code it runs and its site.
    Closure {
        /// The closure's function.
        code: FuncId,
        /// The caller's site holding the closure object.
        site: AllocId,
    },
}

/// What a whole assignment to a local assigned, as far as resolution cares.
#[derive(Clone, Debug)]
pub enum Def {
    /// A copy of an operand.
    Copy(Operand),
    /// The address of a whole site's newest object.
    Site(AllocId),
    /// A conversion to an interface: its type word and data word.
    Iface(Operand, Operand),
    /// A type assertion of an interface operand; true in the comma-ok form (nil on failure).
    Assert(Operand, bool),
    /// The runtime's itab for `*errors.errorString` ([`Extern::ErrorsStringItab`]).
    ErrorsItab,
    /// The type word of an interface operand.
    TypeWord(Operand),
    /// Anything else.
    Other,
}

/// Facts about a function's writes: each local's assignments, and its closure objects. Kept up
/// to date as the inliner edits the function ([`Defs::add`], [`Defs::remove_call`]).
pub struct Defs {
    /// Per local: what its whole assignments assign.
    defs: Vec<Vec<Def>>,
    /// Per local: how many other writes (partial, or by a call or other instruction) it has.
    other_writes: Vec<u32>,
    /// The code of each closure object site.
    closures: HashMap<AllocId, FuncId>,
    /// Per site and field: the rvalues stored into that field by a field store.
    fields: HashMap<(AllocId, u32), Vec<Rvalue>>,
}

impl Defs {
    /// Scans `f`.
    pub fn new(f: &Function) -> Defs {
        let mut defs = Defs {
            defs: Vec::new(),
            other_writes: Vec::new(),
            closures: HashMap::new(),
            fields: HashMap::new(),
        };
        defs.add_sites(f, 0);
        defs.add(f.locals.len(), f.blocks.iter().flat_map(|b| &b.insts));
        defs
    }

    /// Records the closure objects with a static value among `f`'s sites from `first` on.
    pub fn add_sites(&mut self, f: &Function, first: usize) {
        for (a, site) in f.allocs.iter().enumerate().skip(first) {
            if let Some(Const::FuncAddr(code)) = site.static_value {
                self.closures.insert(AllocId(a as u32), code);
            }
        }
    }

    /// Records the writes of instructions not seen before, in a function of `locals` locals.
    pub fn add<'i>(&mut self, locals: usize, insts: impl IntoIterator<Item = &'i Inst>) {
        self.defs.resize(locals.max(self.defs.len()), Vec::new());
        self.other_writes
            .resize(locals.max(self.other_writes.len()), 0);
        for inst in insts {
            let whole = match inst {
                Inst::Assign { dst, src, .. } => whole_place(dst).map(|l| (l, def_of(src))),
                Inst::TypeAssert {
                    dst: Some(dst),
                    ok,
                    x,
                    ..
                } => whole_place(dst).map(|l| (l, Def::Assert(x.clone(), ok.is_some()))),
                Inst::Call {
                    dsts,
                    callee: Callee::Extern(Extern::ErrorsStringItab),
                    ..
                } => match dsts.as_slice() {
                    [dst] => whole_place(dst).map(|l| (l, Def::ErrorsItab)),
                    _ => None,
                },
                _ => None,
            };
            for_each_place(inst, &mut |p, access| {
                let (true, PlaceBase::Local(l)) = (access.writes(), &p.base) else {
                    return;
                };
                match &whole {
                    Some((target, def)) if target == l => {
                        if let Some(list) = self.defs.get_mut(l.index()) {
                            list.push(def.clone());
                        }
                    }
                    _ => {
                        if let Some(n) = self.other_writes.get_mut(l.index()) {
                            *n += 1;
                        }
                    }
                }
            });
            let Inst::Assign { dst, src, .. } = inst else {
                continue;
            };
            if let (PlaceBase::Alloc(a), [Proj::Field(k)]) = (&dst.base, dst.proj.as_slice()) {
                if let (0, Rvalue::Use(Operand::Const(Const::FuncAddr(code)))) = (k, src) {
                    self.closures.insert(*a, *code);
                }
                self.fields.entry((*a, *k)).or_default().push(src.clone());
            }
        }
    }

    /// Forgets the writes of a call that is being replaced (its destinations `dsts`).
    pub fn remove_call(&mut self, dsts: &[Place]) {
        for d in dsts {
            if let PlaceBase::Local(l) = d.base {
                if let Some(n) = self.other_writes.get_mut(l.index()) {
                    *n = n.saturating_sub(1);
                }
            }
        }
    }

    /// What local `l`'s only assignment assigns.
    pub fn single(&self, l: LocalId) -> Option<&Def> {
        match self.all(l)? {
            [d] => Some(d),
            _ => None,
        }
    }

    /// True if local `l` is assigned exactly once.
    pub fn assigned_once(&self, l: LocalId) -> bool {
        self.single(l).is_some()
    }

    /// What all of `l`'s assignments assign, when it is only ever assigned whole.
    pub fn all(&self, l: LocalId) -> Option<&[Def]> {
        if *self.other_writes.get(l.index())? != 0 {
            return None;
        }
        self.defs.get(l.index()).map(Vec::as_slice)
    }

    /// The code of a closure object site.
    pub fn closure_code(&self, site: AllocId) -> Option<FuncId> {
        self.closures.get(&site).copied()
    }

    /// The only value stored into field `k` of a closure object.
    pub fn field(&self, site: AllocId, k: u32) -> Option<&Rvalue> {
        match self.fields.get(&(site, k))?.as_slice() {
            [rv] => Some(rv),
            _ => None,
        }
    }

    /// What the local an operand reads whole was assigned, if it was assigned once.
    fn single_of(&self, op: &Operand) -> Option<&Def> {
        self.single(whole_local(op)?)
    }
}

fn def_of(rv: &Rvalue) -> Def {
    match rv {
        Rvalue::Use(o) => Def::Copy(o.clone()),
        Rvalue::AddrOf(Place {
            base: PlaceBase::Alloc(a),
            proj,
        }) if proj.is_empty() => Def::Site(*a),
        Rvalue::MakeIface(tab, data) => Def::Iface(tab.clone(), data.clone()),
        Rvalue::IfaceTab(x) | Rvalue::IfaceType(x) => Def::TypeWord(x.clone()),
        _ => Def::Other,
    }
}

/// The local an operand reads whole.
pub fn whole_local(op: &Operand) -> Option<LocalId> {
    match op {
        Operand::Copy(p) => whole_place(p),
        Operand::Const(_) => None,
    }
}

/// The local a place is the whole of.
fn whole_place(p: &Place) -> Option<LocalId> {
    p.as_local().filter(|_| p.proj.is_empty())
}

/// The function a func value statically denotes, if any. The `opaque` locals are not seen
/// through: gc's `StaticValue` follows only single-value assignments, not the results of a
/// multi-value call.
pub fn resolve(defs: &Defs, op: &Operand, opaque: &HashSet<LocalId>) -> Option<Target> {
    resolve_at(defs, op, opaque, 0)
}

fn resolve_at(defs: &Defs, op: &Operand, opaque: &HashSet<LocalId>, depth: u32) -> Option<Target> {
    if depth > MAX_CHAIN {
        return None;
    }
    if let Operand::Const(Const::FuncValue(f, _)) = op {
        return Some(Target::Func(*f));
    }
    if whole_local(op).is_some_and(|l| opaque.contains(&l)) {
        return None;
    }
    match defs.single_of(op)? {
        Def::Copy(inner) => resolve_at(defs, inner, opaque, depth + 1),
        Def::Site(site) => Some(Target::Closure {
            code: defs.closure_code(*site)?,
            site: *site,
        }),
        _ => None,
    }
}

/// What each capture of closure `code` (created at `site` of `f`) is at a call in `f`: the
/// captured variable itself when the creation shows it (a by-reference capture of a variable's
/// storage; a by-value capture of a local assigned once, or of `f`'s own by-value capture), as gc
/// substitutes captured variables in inlined closure bodies; otherwise the closure object's
/// field, through a pointer loaded before the call (a temporary at loop depth `depth`) for a
/// by-reference capture. Returns the binding and the loads to emit before the call.
pub fn bind_captures(
    program: &Program,
    f: &mut Function,
    defs: &Defs,
    site: AllocId,
    code: &Function,
    pos: Pos,
    depth: u32,
) -> (CaptureBinding, Vec<Inst>) {
    let mut binding = Vec::new();
    let mut loads = Vec::new();
    let field_types = match program.types.under(f.alloc(site).ty) {
        Type::Struct(fields) => fields.iter().map(|f| f.ty).collect(),
        _ => Vec::new(),
    };
    for (k, capture) in code.captures.iter().enumerate() {
        let field = k as u32 + 1;
        let direct = match (capture.mode, defs.field(site, field)) {
            (CaptureMode::ByValue, Some(Rvalue::Use(Operand::Copy(p)))) if p.proj.is_empty() => {
                match p.base {
                    PlaceBase::Local(l) if defs.assigned_once(l) => Some(p.clone()),
                    PlaceBase::Capture(j)
                        if f.captures
                            .get(j as usize)
                            .is_some_and(|c| c.mode == CaptureMode::ByValue) =>
                    {
                        Some(p.clone())
                    }
                    _ => None,
                }
            }
            (CaptureMode::ByRef, Some(Rvalue::AddrOf(p))) if p.proj.is_empty() => match p.base {
                PlaceBase::Alloc(_) | PlaceBase::Global(_) => Some(p.clone()),
                PlaceBase::Capture(j)
                    if f.captures
                        .get(j as usize)
                        .is_some_and(|c| c.mode == CaptureMode::ByRef) =>
                {
                    Some(p.clone())
                }
                _ => None,
            },
            _ => None,
        };
        let place = match (direct, capture.mode) {
            (Some(p), _) => p,
            (None, CaptureMode::ByValue) => Place::alloc(site).field(field),
            (None, CaptureMode::ByRef) => {
                let ty = field_types
                    .get(field as usize)
                    .copied()
                    .unwrap_or(TypeId::INVALID);
                f.locals.push(LocalDecl {
                    name: String::new(),
                    ty,
                    pos,
                    kind: LocalKind::Temp,
                    loop_depth: depth,
                });
                let ptr = LocalId(f.locals.len() as u32 - 1);
                loads.push(Inst::Assign {
                    dst: Place::local(ptr),
                    src: Rvalue::Use(Operand::Copy(Place::alloc(site).field(field))),
                    pos,
                    text: None,
                });
                Place::deref(ptr)
            }
        };
        binding.push(place);
    }
    (binding, loads)
}
