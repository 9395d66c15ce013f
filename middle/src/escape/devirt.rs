//! Static devirtualization, as gc does before escape analysis (even with `-l`).
//!
//! An interface method call whose receiver is a local every assignment of which converts the
//! same concrete type to the interface (`var i Counter = &c; i.Inc(1)`, or a conversion written
//! right at the call) can only reach that type's method. The analysis then treats the call as a
//! direct call of the method's entry point (which takes the data word as its receiver), so
//! the method's tags apply instead of "everything escapes", and reports
//! `devirtualizing i.Inc to *C` as gc does. The IR call itself is left unchanged.

use std::collections::HashMap;

use crate::ir::{
    Callee, Const, FuncId, Function, Inst, LocalKind, Operand, Place, PlaceBase, Program, Rvalue,
};
use crate::types::{Type, TypeId};

use super::facts::{for_each_written_place, operand_type};

/// How deep chains of locals are followed.
const MAX_DEPTH: u32 = 8;

/// The resolved target of one interface call.
#[derive(Clone, Debug, PartialEq)]
pub struct Devirtualized {
    /// The method's entry point (data word first).
    pub func: FuncId,
    /// The concrete type.
    pub concrete: TypeId,
    /// The method name.
    pub method: String,
}

/// Every devirtualizable interface call of a program, by (function, block, instruction).
#[derive(Debug, Default)]
pub struct Devirt {
    targets: HashMap<(FuncId, usize, usize), Devirtualized>,
}

impl Devirt {
    /// Finds the interface calls of `program` that have a single possible target.
    pub fn find(program: &Program) -> Devirt {
        let mut devirt = Devirt::default();
        for (f, func) in program.funcs.iter().enumerate() {
            let mut writes: Option<Writes> = None;
            for (b, block) in func.blocks.iter().enumerate() {
                for (n, inst) in block.insts.iter().enumerate() {
                    let Inst::Call {
                        callee: Callee::Iface(recv, method),
                        ..
                    } = inst
                    else {
                        continue;
                    };
                    let writes = writes.get_or_insert_with(|| Writes::new(func));
                    if let Some(target) = resolve(program, func, writes, recv, *method) {
                        devirt.targets.insert((FuncId(f as u32), b, n), target);
                    }
                }
            }
        }
        devirt
    }

    /// The target of the interface call at (`f`, `block`, `inst`), if it has a single one.
    pub fn target(&self, f: FuncId, block: usize, inst: usize) -> Option<&Devirtualized> {
        self.targets.get(&(f, block, inst))
    }

    /// Every (caller, target) pair, for the call graph.
    pub fn edges(&self) -> impl Iterator<Item = (FuncId, FuncId)> + '_ {
        self.targets.iter().map(|((f, _, _), d)| (*f, d.func))
    }
}

/// For each local: the rvalues of all its whole assignments, or `None` once it is written any
/// other way.
struct Writes {
    by_local: Vec<Option<Vec<Rvalue>>>,
}

impl Writes {
    fn new(func: &Function) -> Writes {
        let mut by_local: Vec<Option<Vec<Rvalue>>> = func
            .locals
            .iter()
            .map(|d| {
                if matches!(d.kind, LocalKind::Param | LocalKind::Result) {
                    None
                } else {
                    Some(Vec::new())
                }
            })
            .collect();
        for inst in func.blocks.iter().flat_map(|b| &b.insts) {
            let whole_assign = match inst {
                Inst::Assign { dst, src, .. } if dst.proj.is_empty() => {
                    dst.as_local().map(|l| (l, src))
                }
                _ => None,
            };
            for_each_written_place(inst, &mut |p: &Place| {
                let PlaceBase::Local(l) = p.base else { return };
                let Some(slot) = by_local.get_mut(l.index()) else {
                    return;
                };
                match (whole_assign, slot.as_mut()) {
                    (Some((target, src)), Some(list)) if target == l => list.push(src.clone()),
                    _ => *slot = None,
                }
            });
        }
        Writes { by_local }
    }
}

fn resolve(
    program: &Program,
    func: &Function,
    writes: &Writes,
    recv: &Operand,
    method: u32,
) -> Option<Devirtualized> {
    let concrete = concrete_type(writes, recv, 0)?;
    let iface = operand_type(program, func, recv)?;
    let Type::Interface(methods) = program.types.under(iface) else {
        return None;
    };
    let name = methods.get(method as usize)?.name.clone();
    let entry = program
        .method_sets
        .get(&concrete)?
        .iter()
        .find(|m| m.name == name)?;
    Some(Devirtualized {
        func: entry.func,
        concrete,
        method: name,
    })
}

/// The one concrete type every value `op` can hold was converted from.
fn concrete_type(writes: &Writes, op: &Operand, depth: u32) -> Option<TypeId> {
    if depth > MAX_DEPTH {
        return None;
    }
    let Operand::Copy(Place {
        base: PlaceBase::Local(l),
        proj,
    }) = op
    else {
        return None;
    };
    if !proj.is_empty() {
        return None;
    }
    let defs = writes.by_local.get(l.index())?.as_ref()?;
    let mut found = None;
    for rv in defs {
        let t = match rv {
            Rvalue::MakeIface(Operand::Const(Const::Itab(t, _) | Const::TypeDesc(t)), _) => *t,
            Rvalue::Use(inner) => concrete_type(writes, inner, depth + 1)?,
            _ => return None,
        };
        if found.is_some_and(|f| f != t) {
            return None;
        }
        found = Some(t);
    }
    found
}
