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
    let candidates: HashSet<AllocId> = (0..own_sites.min(f.allocs.len()))
        .map(|a| AllocId(a as u32))
        .filter(|a| defs.closure_code(*a).is_some() && !f.alloc(*a).text.is_empty())
        .collect();
    if candidates.is_empty() {
        return;
    }
    let dead = dead_locals(f);
    // A candidate stays if any instruction uses it other than to build it or to move its
    // address between dead locals.
    let mut used = HashSet::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        let builds = builds_closure(inst, &dead);
        inst.for_each_place(&mut |p| {
            for site in sites_in(p) {
                if candidates.contains(&site) && builds != Some(site) {
                    used.insert(site);
                }
            }
        });
    }
    let removed: HashSet<AllocId> = candidates.difference(&used).copied().collect();
    if removed.is_empty() {
        return;
    }
    for block in &mut f.blocks {
        block
            .insts
            .retain(|inst| match builds_closure(inst, &dead) {
                Some(site) => !removed.contains(&site),
                None => !is_dead_copy(inst, &dead),
            });
    }
    for site in removed {
        f.allocs[site.index()].text.clear();
    }
}

/// The site `inst` builds a closure object of, or whose address it gives a dead local.
fn builds_closure(inst: &Inst, dead: &HashSet<LocalId>) -> Option<AllocId> {
    match inst {
        Inst::Alloc { site, .. } => Some(*site),
        Inst::Assign { dst, src, .. } => match (&dst.base, dst.proj.as_slice(), src) {
            (PlaceBase::Alloc(s), [Proj::Field(_)], _) => Some(*s),
            (
                PlaceBase::Local(l),
                [],
                Rvalue::AddrOf(Place {
                    base: PlaceBase::Alloc(s),
                    proj,
                }),
            ) if proj.is_empty() && dead.contains(l) => Some(*s),
            _ => None,
        },
        _ => None,
    }
}

/// True if `inst` copies a dead local into another (part of moving a dead closure around).
fn is_dead_copy(inst: &Inst, dead: &HashSet<LocalId>) -> bool {
    matches!(inst, Inst::Assign { dst: Place { base: PlaceBase::Local(l), proj }, src: Rvalue::Use(Operand::Copy(Place { base: PlaceBase::Local(x), proj: src_proj })), .. }
        if proj.is_empty() && src_proj.is_empty() && dead.contains(l) && dead.contains(x))
}

/// The sites a place mentions (its base and any index operand's).
fn sites_in(p: &Place) -> Vec<AllocId> {
    let mut out = Vec::new();
    if let PlaceBase::Alloc(a) = p.base {
        out.push(a);
    }
    for proj in &p.proj {
        if let Proj::Index(Operand::Copy(q)) = proj {
            out.extend(sites_in(q));
        }
    }
    out
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
            if let Inst::Assign {
                dst:
                    Place {
                        base: PlaceBase::Local(u),
                        proj,
                    },
                src:
                    Rvalue::Use(Operand::Copy(Place {
                        base: PlaceBase::Local(t),
                        proj: src_proj,
                    })),
                ..
            } = inst
            {
                if proj.is_empty() && src_proj.is_empty() {
                    copies[t.index()].push(*u);
                    continue;
                }
            }
            for_each_read_local(inst, &mut |l| other_reads[l.index()] = true);
        }
        for_each_term_read_local(&block.term, &mut |l| other_reads[l.index()] = true);
    }
    let mut dead: HashSet<LocalId> = (0..n)
        .filter(|i| !other_reads[*i])
        .map(|i| LocalId(i as u32))
        .collect();
    loop {
        let before = dead.len();
        let snapshot = dead.clone();
        dead.retain(|t| copies[t.index()].iter().all(|u| snapshot.contains(u)));
        if dead.len() == before {
            return dead;
        }
    }
}
