//! Small facts about IR code the analysis needs: the types of places, which locals are written
//! exactly once (and by what), and the places an instruction writes.
//!
//! Types decide gc's most important shortcut: a value whose type holds no pointers carries no
//! flow at all (`x := *p` with an `int` x adds no edge). Single definitions let the analysis
//! see through the compiler temporaries the lowering introduces, the way gc sees whole
//! expressions: which func value a local call goes to, which site a temporary points at.
//! Reachability drops code gc's dead-code pass removes (`if false { ... }`).

use crate::ir::{
    AllocId, Const, Function, Inst, LocalId, LocalKind, Operand, Place, PlaceBase, Program, Proj,
    Rvalue, Terminator,
};
use crate::types::{BasicKind, Type, TypeId};

/// The type of a place, if it can be determined.
pub fn place_type(program: &Program, func: &Function, place: &Place) -> Option<TypeId> {
    let types = &program.types;
    let mut ty = match place.base {
        PlaceBase::Local(l) => func.locals.get(l.index())?.ty,
        PlaceBase::Alloc(a) => func.allocs.get(a.index())?.ty,
        PlaceBase::Global(g) => program.globals.get(g.index())?.ty,
        PlaceBase::Deref(p) => match types.under(func.locals.get(p.index())?.ty) {
            Type::Pointer(elem) => *elem,
            _ => return None,
        },
        PlaceBase::Capture(i) => func.captures.get(i as usize)?.ty,
    };
    for proj in &place.proj {
        ty = match (proj, types.under(ty)) {
            (Proj::Field(i), Type::Struct(fields)) => fields.get(*i as usize)?.ty,
            (Proj::Index(_), Type::Array(elem, _)) => *elem,
            _ => return None,
        };
    }
    Some(ty)
}

/// The type of an operand, if it can be determined.
pub fn operand_type(program: &Program, func: &Function, op: &Operand) -> Option<TypeId> {
    match op {
        Operand::Copy(place) => place_type(program, func, place),
        Operand::Const(c) => match c {
            Const::Int(_, t)
            | Const::Float(_, t)
            | Const::Bool(_, t)
            | Const::Str(_, t)
            | Const::Zero(t) => Some(*t),
            Const::FuncValue(_, t) => Some(*t),
            Const::FuncAddr(_) | Const::TypeDesc(_) | Const::Itab(..) => Some(TypeId::UINTPTR),
        },
    }
}

/// True if values of `ty` may hold pointers (an unknown type is assumed to). Unlike the
/// collector's view, a `uintptr` counts: the lowering keeps interface data words and closure
/// pointers in `uintptr`-typed temporaries.
pub fn may_have_pointers(program: &Program, ty: Option<TypeId>) -> bool {
    let Some(t) = ty else { return true };
    match program.types.under(t) {
        Type::Basic(k) => matches!(
            k,
            BasicKind::String | BasicKind::UnsafePointer | BasicKind::Uintptr
        ),
        Type::Array(elem, n) => *n > 0 && may_have_pointers(program, Some(*elem)),
        Type::Struct(fields) => fields
            .iter()
            .any(|f| may_have_pointers(program, Some(f.ty))),
        Type::Named(_) | Type::Tuple(_) => false,
        Type::Pointer(_)
        | Type::Slice(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::Func(_)
        | Type::Interface(_) => true,
    }
}

/// The size in bytes of `ty`.
pub fn size_of(program: &Program, ty: TypeId) -> u64 {
    program.types.layout(ty).size
}

/// Calls `f` on every place `inst` writes (destinations, not places merely read).
pub fn for_each_written_place(inst: &Inst, f: &mut impl FnMut(&Place)) {
    match inst {
        Inst::Assign { dst, .. }
        | Inst::Concat { dst, .. }
        | Inst::StringConv { dst, .. }
        | Inst::Append { dst, .. }
        | Inst::MakeMap { dst, .. }
        | Inst::MakeChan { dst, .. }
        | Inst::Recover { dst, .. } => f(dst),
        Inst::Call { dsts, .. } => dsts.iter().for_each(f),
        Inst::SliceCopy { result, .. } => result.iter().for_each(f),
        Inst::TypeAssert { dst, ok, .. }
        | Inst::MapIndex { dst, ok, .. }
        | Inst::ChanRecv { dst, ok, .. } => dst.iter().chain(ok).for_each(f),
        Inst::MapIterInit { iter, .. } => f(iter),
        Inst::MapIterNext {
            iter,
            key,
            value,
            ok,
            ..
        } => {
            f(iter);
            key.iter().chain(value).for_each(&mut *f);
            f(ok);
        }
        Inst::Select { cases, chosen, .. } => {
            for c in cases {
                c.dst.iter().chain(&c.ok).for_each(&mut *f);
            }
            f(chosen);
        }
        Inst::Alloc { .. }
        | Inst::BoundsCheck { .. }
        | Inst::NilCheck { .. }
        | Inst::MapStore { .. }
        | Inst::MapDelete { .. }
        | Inst::MapClear { .. }
        | Inst::ChanSend { .. }
        | Inst::ChanClose { .. }
        | Inst::Go { .. }
        | Inst::Defer { .. } => {}
    }
}

/// Which locals of one function are assigned exactly once, as a whole, by an `Assign`.
#[derive(Debug)]
pub struct Defs {
    /// For each local: its only definition as (block, instruction), when it has exactly one.
    single: Vec<Option<(usize, usize)>>,
}

impl Defs {
    /// Scans `func`.
    pub fn new(func: &Function) -> Defs {
        #[derive(Clone, Copy)]
        enum Seen {
            None,
            Once(usize, usize),
            Many,
        }
        let mut seen = vec![Seen::None; func.locals.len()];
        for (i, decl) in func.locals.iter().enumerate() {
            if matches!(decl.kind, LocalKind::Param | LocalKind::Result) {
                seen[i] = Seen::Many;
            }
        }
        for (b, block) in func.blocks.iter().enumerate() {
            for (n, inst) in block.insts.iter().enumerate() {
                let whole = match inst {
                    Inst::Assign { dst, .. } if dst.proj.is_empty() => dst.as_local(),
                    _ => None,
                };
                for_each_written_place(inst, &mut |p: &Place| {
                    let PlaceBase::Local(l) = p.base else { return };
                    let Some(slot) = seen.get_mut(l.index()) else {
                        return;
                    };
                    *slot = match (*slot, whole == Some(l)) {
                        (Seen::None, true) => Seen::Once(b, n),
                        _ => Seen::Many,
                    };
                });
            }
        }
        let single = seen
            .into_iter()
            .map(|s| {
                if let Seen::Once(b, n) = s {
                    Some((b, n))
                } else {
                    None
                }
            })
            .collect();
        Defs { single }
    }

    /// The rvalue of `l`'s only definition, if it has exactly one.
    pub fn single_def<'f>(&self, func: &'f Function, l: LocalId) -> Option<&'f Rvalue> {
        let (b, n) = (*self.single.get(l.index())?)?;
        match func.blocks.get(b)?.insts.get(n)? {
            Inst::Assign { src, .. } => Some(src),
            _ => None,
        }
    }

    /// The rvalue behind an operand that reads a whole singly-defined local.
    pub fn operand_def<'f>(&self, func: &'f Function, op: &Operand) -> Option<&'f Rvalue> {
        match op {
            Operand::Copy(Place {
                base: PlaceBase::Local(l),
                proj,
            }) if proj.is_empty() => self.single_def(func, *l),
            _ => None,
        }
    }
}

/// Which blocks of `func` can run: reachable from the entry, where a branch on a constant
/// condition only goes one way (gc removes `if false { ... }` before escape analysis).
pub fn reachable_blocks(func: &Function) -> Vec<bool> {
    let mut seen = vec![false; func.blocks.len()];
    let mut stack = vec![0usize];
    while let Some(b) = stack.pop() {
        if b >= seen.len() || seen[b] {
            continue;
        }
        seen[b] = true;
        match &func.blocks[b].term {
            Terminator::Goto(t) => stack.push(t.index()),
            Terminator::Branch {
                cond: Operand::Const(Const::Bool(c, _)),
                then,
                els,
            } => stack.push(if *c { then.index() } else { els.index() }),
            Terminator::Branch { then, els, .. } => {
                stack.push(then.index());
                stack.push(els.index());
            }
            Terminator::Return | Terminator::Unreachable => {}
        }
    }
    seen
}

/// The allocation sites that code in the reachable blocks mentions.
pub fn live_sites(func: &Function, reachable: &[bool]) -> Vec<bool> {
    let mut live = vec![false; func.allocs.len()];
    let mut mark = |a: AllocId| {
        if let Some(slot) = live.get_mut(a.index()) {
            *slot = true;
        }
    };
    for (block, _) in func.blocks.iter().zip(reachable).filter(|(_, r)| **r) {
        for inst in &block.insts {
            match inst {
                Inst::Alloc { site, .. }
                | Inst::Concat { site, .. }
                | Inst::StringConv { site, .. }
                | Inst::Append { site, .. }
                | Inst::MakeMap { site, .. } => mark(*site),
                _ => {}
            }
            inst.for_each_place(&mut |p: &Place| {
                if let PlaceBase::Alloc(a) = p.base {
                    mark(a);
                }
            });
        }
    }
    live
}

/// Which blocks of `func` lie on a cycle of the control-flow graph (inside some loop, whether
/// written with `for` or with a backward `goto`).
pub fn cyclic_blocks(func: &Function) -> Vec<bool> {
    let succs: Vec<Vec<usize>> = func
        .blocks
        .iter()
        .map(|b| match &b.term {
            Terminator::Goto(t) => vec![t.index()],
            Terminator::Branch { then, els, .. } => vec![then.index(), els.index()],
            Terminator::Return | Terminator::Unreachable => Vec::new(),
        })
        .map(|s| s.into_iter().filter(|&t| t < func.blocks.len()).collect())
        .collect();
    let mut cyclic = vec![false; func.blocks.len()];
    for comp in super::callgraph::strongly_connected(&succs, &[0]) {
        let looping = comp.len() > 1 || comp.first().is_some_and(|&b| succs[b].contains(&b));
        for b in comp {
            cyclic[b] |= looping;
        }
    }
    cyclic
}
