//! Small facts about IR code the analysis needs: the types of places, which locals are written
//! exactly once (and by what), and the places an instruction writes.
//!
//! Types decide gc's most important shortcut: a value whose type holds no pointers carries no
//! flow at all (`x := *p` with an `int` x adds no edge). Single definitions let the analysis
//! see through the compiler temporaries the lowering introduces, the way gc sees whole
//! expressions: which func value a local call goes to, which site a temporary points at.

use crate::ir::{Const, Function, Inst, LocalId, LocalKind, Operand, Place, PlaceBase, Proj, Program, Rvalue};
use crate::types::{Type, TypeId};

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
            Const::Int(_, t) | Const::Float(_, t) | Const::Bool(_, t) | Const::Str(_, t) | Const::Zero(t) => Some(*t),
            Const::FuncValue(_, t) => Some(*t),
            Const::FuncAddr(_) | Const::TypeDesc(_) | Const::Itab(..) => Some(TypeId::UINTPTR),
        },
    }
}

/// True if values of `ty` may hold pointers (an unknown type is assumed to).
pub fn may_have_pointers(program: &Program, ty: Option<TypeId>) -> bool {
    match ty {
        Some(t) => program.types.has_pointers(t),
        None => true,
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
        Inst::TypeAssert { dst, ok, .. } | Inst::MapIndex { dst, ok, .. } | Inst::ChanRecv { dst, ok, .. } => {
            dst.iter().chain(ok).for_each(f)
        }
        Inst::MapIterInit { iter, .. } => f(iter),
        Inst::MapIterNext { iter, key, value, ok, .. } => {
            f(iter);
            key.iter().chain(value).for_each(&mut *f);
            f(ok);
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
                    let Some(slot) = seen.get_mut(l.index()) else { return };
                    *slot = match (*slot, whole == Some(l)) {
                        (Seen::None, true) => Seen::Once(b, n),
                        _ => Seen::Many,
                    };
                });
            }
        }
        let single = seen.into_iter().map(|s| if let Seen::Once(b, n) = s { Some((b, n)) } else { None }).collect();
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
            Operand::Copy(Place { base: PlaceBase::Local(l), proj }) if proj.is_empty() => self.single_def(func, *l),
            _ => None,
        }
    }
}
