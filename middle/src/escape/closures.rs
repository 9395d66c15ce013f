//! Finding closure objects and what they capture.
//!
//! The lowering builds a closure as an allocation site whose field 0 receives the code address
//! (`Const::FuncAddr`) and whose field `i + 1` receives capture `i`: the variable's address for a
//! by-reference capture, its value for a by-value capture. A closure that captures nothing is a
//! site with a static `FuncAddr` value. From these stores the analysis learns which function a
//! closure site runs and which of the creator's places each `PlaceBase::Capture(i)` of that
//! function stands for, so that, as in gc, a captured variable is the creator's own location.

use std::collections::HashMap;

use crate::ir::{
    AllocId, Const, FuncId, FuncKind, Inst, Operand, Place, PlaceBase, Program, Proj, Rvalue,
};
use crate::source::Pos;

/// What a capture was filled from.
#[derive(Clone, Debug, PartialEq)]
pub struct CaptureSource {
    /// The creator's place whose address (by reference) or value (by value) was stored;
    /// `None` for a constant.
    pub place: Option<Place>,
    /// True if the address was stored.
    pub by_ref: bool,
    /// Position of the store.
    pub pos: Pos,
}

/// One closure object site.
#[derive(Clone, Debug)]
pub struct ClosureSite {
    /// The function that creates the object.
    pub creator: FuncId,
    /// The site in the creator.
    pub site: AllocId,
    /// The function the object runs.
    pub code: FuncId,
    /// For each capture index, the stores into its field (normally exactly one).
    pub captures: Vec<Vec<CaptureSource>>,
}

/// Every closure site of a program.
#[derive(Debug, Default)]
pub struct Closures {
    /// All closure sites.
    pub sites: Vec<ClosureSite>,
    /// Index into `sites` by (creator, site).
    by_site: HashMap<(FuncId, AllocId), usize>,
    /// Indices into `sites` by the code they run.
    by_code: HashMap<FuncId, Vec<usize>>,
}

impl Closures {
    /// Scans every function of `program`.
    pub fn find(program: &Program) -> Closures {
        let mut closures = Closures::default();
        for (f, func) in program.funcs.iter().enumerate() {
            let creator = FuncId(f as u32);
            let mut code_of: HashMap<AllocId, FuncId> = HashMap::new();
            for (a, site) in func.allocs.iter().enumerate() {
                if let Some(Const::FuncAddr(code)) = site.static_value {
                    code_of.insert(AllocId(a as u32), code);
                }
            }
            for block in &func.blocks {
                for inst in &block.insts {
                    if let Inst::Assign {
                        dst,
                        src: Rvalue::Use(Operand::Const(Const::FuncAddr(code))),
                        ..
                    } = inst
                    {
                        if let (PlaceBase::Alloc(a), [Proj::Field(0)]) =
                            (&dst.base, dst.proj.as_slice())
                        {
                            code_of.insert(*a, *code);
                        }
                    }
                }
            }
            let mut sites: Vec<(AllocId, FuncId)> = code_of.into_iter().collect();
            sites.sort();
            for (site, code) in sites {
                let ncaptures = program
                    .funcs
                    .get(code.index())
                    .map_or(0, |c| c.captures.len());
                let mut captures = vec![Vec::new(); ncaptures];
                for block in &func.blocks {
                    for inst in &block.insts {
                        let Inst::Assign { dst, src, pos, .. } = inst else {
                            continue;
                        };
                        let (PlaceBase::Alloc(a), [Proj::Field(k)]) =
                            (&dst.base, dst.proj.as_slice())
                        else {
                            continue;
                        };
                        if *a != site || *k == 0 {
                            continue;
                        }
                        let source = match src {
                            Rvalue::AddrOf(p) => CaptureSource {
                                place: Some(p.clone()),
                                by_ref: true,
                                pos: *pos,
                            },
                            Rvalue::Use(Operand::Copy(p)) => CaptureSource {
                                place: Some(p.clone()),
                                by_ref: false,
                                pos: *pos,
                            },
                            Rvalue::Use(Operand::Const(_)) => CaptureSource {
                                place: None,
                                by_ref: false,
                                pos: *pos,
                            },
                            _ => continue,
                        };
                        if let Some(list) = captures.get_mut(*k as usize - 1) {
                            list.push(source);
                        }
                    }
                }
                let index = closures.sites.len();
                closures.by_site.insert((creator, site), index);
                closures.by_code.entry(code).or_default().push(index);
                closures.sites.push(ClosureSite {
                    creator,
                    site,
                    code,
                    captures,
                });
            }
        }
        closures
    }

    /// The closure site `site` of `creator`, if it is one.
    pub fn at(&self, creator: FuncId, site: AllocId) -> Option<&ClosureSite> {
        self.by_site.get(&(creator, site)).map(|&i| &self.sites[i])
    }

    /// The closure sites running `code`.
    pub fn running(&self, code: FuncId) -> impl Iterator<Item = &ClosureSite> {
        self.by_code
            .get(&code)
            .into_iter()
            .flatten()
            .map(|&i| &self.sites[i])
    }
}

/// The enclosing function of a closure, if `f` is a closure.
pub fn parent_of(program: &Program, f: FuncId) -> Option<FuncId> {
    match program.funcs.get(f.index())?.kind {
        FuncKind::Closure { parent } if parent != f && parent.index() < program.funcs.len() => {
            Some(parent)
        }
        _ => None,
    }
}

/// The outermost function enclosing `f` (itself if it is not a closure); cycles in malformed
/// parent chains stop the climb.
pub fn outermost(program: &Program, f: FuncId) -> FuncId {
    let mut cur = f;
    for _ in 0..program.funcs.len() {
        match parent_of(program, cur) {
            Some(p) => cur = p,
            None => break,
        }
    }
    cur
}

/// True if `c` is a closure nested (at any depth) inside `f` (gc's `ContainsClosure`).
pub fn contains_closure(program: &Program, f: FuncId, c: FuncId) -> bool {
    if f == c {
        return false;
    }
    let mut cur = c;
    for _ in 0..program.funcs.len() {
        match parent_of(program, cur) {
            Some(p) if p == f => return true,
            Some(p) => cur = p,
            None => return false,
        }
    }
    false
}
