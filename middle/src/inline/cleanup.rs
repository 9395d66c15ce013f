//! Removing the closure objects that inlining left unused.
//!
//! Once every call of `f := func() {...}` (or of a literal called on the spot) is inlined, the
//! closure object is built for nothing. gc's `deadlocals` pass drops such assignments before
//! escape analysis, so gc reports nothing about that `func literal`; this pass does the same for
//! the closure objects of a function's own code. (A closure that came in with an inlined body,
//! such as the one an inlined constructor returns, is kept, as gc keeps it: it still reports
//! `func literal does not escape` for it.)

use std::collections::HashSet;

use crate::ir::*;

use super::resolve::Defs;
use super::walk::{for_each_read_local, for_each_term_read_local};

/// Removes the unused closure objects among `f`'s first `own_sites` sites.
pub fn remove_dead_closures(f: &mut Function, own_sites: usize) {
    let defs = Defs::new(f);
    let dead = dead_locals(f);
    for a in 0..own_sites.min(f.allocs.len()) {
        let site = AllocId(a as u32);
        if defs.closure_code(site).is_none() || f.allocs[a].text.is_empty() || !only_feeds_dead_locals(f, site, &dead) {
            continue;
        }
        for block in &mut f.blocks {
            block.insts.retain(|inst| !belongs_to_dead_closure(inst, site, &dead));
        }
        f.allocs[a].text.clear();
    }
}

/// True if `inst` builds closure object `site` or moves its address between dead locals.
fn belongs_to_dead_closure(inst: &Inst, site: AllocId, dead: &HashSet<LocalId>) -> bool {
    match inst {
        Inst::Alloc { site: s, .. } => *s == site,
        Inst::Assign { dst, src, .. } => match (&dst.base, dst.proj.as_slice(), src) {
            (PlaceBase::Alloc(s), [Proj::Field(_)], _) => *s == site,
            (PlaceBase::Local(l), [], Rvalue::AddrOf(Place { base: PlaceBase::Alloc(s), proj })) => *s == site && proj.is_empty() && dead.contains(l),
            (PlaceBase::Local(l), [], Rvalue::Use(Operand::Copy(Place { base: PlaceBase::Local(x), proj }))) => {
                proj.is_empty() && dead.contains(l) && dead.contains(x)
            }
            _ => false,
        },
        _ => false,
    }
}

/// True if every mention of `site` is its `Alloc`, a store into one of its fields, or its
/// address assigned to a dead local.
fn only_feeds_dead_locals(f: &Function, site: AllocId, dead: &HashSet<LocalId>) -> bool {
    f.blocks.iter().flat_map(|b| &b.insts).all(|inst| {
        let mut mentions = false;
        inst.for_each_place(&mut |p| mentions |= mentions_site(p, site));
        !mentions || belongs_to_dead_closure(inst, site, dead)
    })
}

fn mentions_site(p: &Place, site: AllocId) -> bool {
    p.base == PlaceBase::Alloc(site) || p.proj.iter().any(|proj| matches!(proj, Proj::Index(Operand::Copy(q)) if mentions_site(q, site)))
}

/// The locals whose values are never used: read only to be copied into other such locals
/// (the greatest such set). Results are used by `return`.
fn dead_locals(f: &Function) -> HashSet<LocalId> {
    let n = f.locals.len();
    let mut other_reads = vec![false; n];
    let mut copies: Vec<Vec<LocalId>> = vec![Vec::new(); n];
    for r in &f.results {
        other_reads[r.index()] = true;
    }
    for block in &f.blocks {
        for inst in &block.insts {
            if let Inst::Assign { dst: Place { base: PlaceBase::Local(u), proj }, src: Rvalue::Use(Operand::Copy(Place { base: PlaceBase::Local(t), proj: src_proj })), .. } = inst {
                if proj.is_empty() && src_proj.is_empty() {
                    copies[t.index()].push(*u);
                    continue;
                }
            }
            for_each_read_local(inst, &mut |l| other_reads[l.index()] = true);
        }
        for_each_term_read_local(&block.term, &mut |l| other_reads[l.index()] = true);
    }
    let mut dead: HashSet<LocalId> = (0..n).filter(|i| !other_reads[*i]).map(|i| LocalId(i as u32)).collect();
    loop {
        let before = dead.len();
        let snapshot = dead.clone();
        dead.retain(|t| copies[t.index()].iter().all(|u| snapshot.contains(u)));
        if dead.len() == before {
            return dead;
        }
    }
}
