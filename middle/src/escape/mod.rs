//! Escape analysis: deciding, for every allocation site, whether its objects may live in the
//! frame of the function that creates them, the way gc (the Go compiler) decides it.
//!
//! # The approach
//!
//! An object may live on the stack if no pointer to it can outlive it: no pointer to it is
//! stored in the heap (a global, or anything reached through a pointer), returned, or kept past
//! the loop iteration it belongs to. Following gc, the analysis builds a directed graph whose
//! nodes, *locations*, are the storage a value can sit in (IR locals, allocation sites, the
//! heap) and whose edges are assignments `dst <- src` weighted by the number of dereferences
//! applied to `src`: `p = &x` is -1, `p = q` is 0, `p = *q` is 1. It is flow-insensitive (every
//! assignment on every path counts), field-insensitive (a struct is one location), but
//! type-aware: values without pointers carry no edges.
//!
//! Then, from every location taken as a root, a walk against the edges computes the least
//! number of dereferences with which every other location reaches it. A location whose address
//! (-1) reaches a root that *outlives* it must be heap allocated; outliving is gc's rule: the
//! heap outlives everything, a result outlives its frame, and a variable declared outside a loop
//! outlives one declared inside it (or inside a closure nested in its function).
//!
//! Functions are analysed bottom-up over the strongly connected components of the static call
//! graph, each component (with the closures nested in its functions) as one *batch* sharing one
//! graph. At the end of a batch each parameter gets a *leak tag*, the least dereferences with
//! which it reaches the heap or each result, and later callers apply tags instead of the
//! callee's body. Calls that cannot be resolved send their arguments to the heap.
//!
//! Soundness comes first: anything the IR does not let the analysis see precisely (a capture
//! it cannot trace back to its variable, a call it cannot resolve, a runtime function) is
//! assumed to reach the heap.
//!
//! # Modules
//!
//! [`callgraph`] orders the batches; [`closures`] links closure objects to their code and
//! captures; [`devirt`] resolves interface calls with a single possible target; [`batch`] creates the locations of a batch; [`build`] and [`calls`] turn
//! instructions into edges; [`solve`] is the walk; [`report`] computes placements, tags and the
//! `-m` diagnostics; [`explain`] and [`text`] write the `-m=2` flow explanations; [`selfassign`] is gc's
//! self-assignment rule; [`graph`], [`leaks`] and [`facts`] hold the data structures and small
//! facts about IR code.

mod batch;
mod build;
mod callgraph;
mod calls;
mod closures;
mod devirt;
mod explain;
mod facts;
mod graph;
mod leaks;
mod report;
mod selfassign;
mod solve;
mod text;
mod values;

#[cfg(test)]
mod tests;

use crate::ir::{Placement, Program};
use crate::source::{Diagnostic, SourceMap};
use crate::PassOptions;

use batch::{Batch, FuncTags};
use closures::Closures;
use devirt::Devirt;

/// Decides the placement of every allocation site and returns the `-m` diagnostics.
pub fn analyze(program: &mut Program, options: &PassOptions, map: &SourceMap) -> Vec<Diagnostic> {
    let (placements, diags) = decide(program, options.diagnostics, map);
    for (f, a, placement) in placements {
        if let Some(site) = program
            .funcs
            .get_mut(f.index())
            .and_then(|func| func.allocs.get_mut(a.index()))
        {
            site.placement = placement;
        }
    }
    diags
}

/// Runs every batch over the (unchanged) program.
fn decide(
    program: &Program,
    level: u8,
    map: &SourceMap,
) -> (
    Vec<(crate::ir::FuncId, crate::ir::AllocId, Placement)>,
    Vec<Diagnostic>,
) {
    let closures = Closures::find(program);
    let devirt = Devirt::find(program);
    let mut tags: Vec<Option<FuncTags>> = vec![None; program.funcs.len()];
    let mut placements = Vec::new();
    let mut diags = Vec::new();
    for members in callgraph::batches(program, &devirt) {
        let result = {
            let mut batch = Batch::new(program, &closures, &tags, &devirt, map, members, level);
            batch.build();
            if level >= 2 {
                batch.capture_lines();
                batch.explain_early_escapes();
            }
            batch.solve();
            batch.finish()
        };
        for (f, t) in result.tags {
            if let Some(slot) = tags.get_mut(f.index()) {
                *slot = Some(t);
            }
        }
        placements.extend(result.placements);
        diags.extend(result.diags);
    }
    (placements, diags)
}
