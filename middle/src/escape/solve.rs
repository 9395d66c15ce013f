//! The solver: gc's walk from every root.
//!
//! Every location is walked once as a root, backwards along incoming edges, computing the
//! minimum number of dereferences between each reachable location and the root (Bellman-Ford
//! with derefs bounded below by 0 once an address has been taken, so negative cycles cannot
//! occur). A location whose *address* reaches a root that outlives it escapes; a parameter whose
//! value reaches a root that outlives it leaks, which is recorded in its tag. When a location
//! gains an attribute (escaping, being mutated, being called) it is walked again as a root, since
//! it now outlives more; each attribute is gained once, so the number of walks stays linear.

use super::batch::Batch;
use super::graph::{
    LocId, ATTR_ALL, ATTR_CALLS, ATTR_ESCAPES, ATTR_MUTATES, CALLEE, HEAP, MUTATOR,
};

impl Batch<'_> {
    /// Runs the solver to its fixed point.
    pub fn solve(&mut self) {
        let n = self.graph.locs.len();
        let mut todo: Vec<LocId> = Vec::with_capacity(n);
        // The roots come last so that they are walked first.
        for i in (0..n as u32)
            .map(LocId)
            .filter(|l| ![HEAP, MUTATOR, CALLEE].contains(l))
            .chain([MUTATOR, CALLEE, HEAP])
        {
            self.graph.loc_mut(i).queued = true;
            todo.push(i);
        }
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop() {
            self.graph.loc_mut(root).queued = false;
            walkgen = walkgen.wrapping_add(1);
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn enqueue(&mut self, l: LocId, todo: &mut Vec<LocId>) {
        let loc = self.graph.loc_mut(l);
        if !loc.queued {
            loc.queued = true;
            todo.push(l);
        }
    }

    fn walk_one(&mut self, root: LocId, walkgen: u32, queue: &mut Vec<LocId>) {
        {
            let r = self.graph.loc_mut(root);
            r.walkgen = walkgen;
            r.derefs = 0;
            r.walk_dst = None;
        }
        if self.graph.loc(root).has(ATTR_CALLS) {
            // A closure called where its results cannot be followed: its results now outlive
            // everything, so whatever flows into them must be walked again.
            if let Some(&code) = self.closure_code.get(&root) {
                if self.results_lost.insert(code) {
                    let results: Vec<LocId> = self
                        .program
                        .func(code)
                        .results
                        .iter()
                        .filter_map(|r| self.local_loc(code, *r))
                        .collect();
                    for r in results {
                        self.enqueue(r, queue);
                    }
                }
            }
        }
        let root_attrs = self.graph.loc(root).attrs;
        let mut todo = vec![root];
        while let Some(l) = todo.pop() {
            let mut derefs = self.graph.loc(l).derefs;
            let mut new_attrs = 0u8;
            if derefs < 0 {
                // l's address flows to the root; what flows into l does not (yet) flow by
                // address, hence the clamp.
                derefs = 0;
                if self.outlives(root, l) {
                    if self.graph.explain && !self.graph.loc(l).has(ATTR_ESCAPES) {
                        self.explain_escape(root, l);
                    }
                    new_attrs |= ATTR_ALL;
                }
            }
            if derefs == 0 {
                new_attrs |= root_attrs & (ATTR_MUTATES | ATTR_CALLS);
            }
            if self.graph.loc(l).param {
                if self.outlives(root, l) {
                    if self.graph.explain && !self.graph.loc(l).has(ATTR_ESCAPES) {
                        self.explain_leak(root, l, derefs);
                    }
                    self.leak_to(l, root, derefs);
                }
                let loc = self.graph.loc_mut(l);
                if root_attrs & ATTR_MUTATES != 0 {
                    loc.leaks.add_mutator(derefs);
                }
                if root_attrs & ATTR_CALLS != 0 {
                    loc.leaks.add_callee(derefs);
                }
            }
            if new_attrs & !self.graph.loc(l).attrs != 0 {
                self.graph.loc_mut(l).attrs |= new_attrs;
                self.enqueue(l, queue);
                if self.graph.loc(l).has(ATTR_ESCAPES) {
                    continue;
                }
            }
            for i in 0..self.graph.loc(l).edges.len() {
                let (src, edge_derefs) = {
                    let e = &self.graph.loc(l).edges[i];
                    (e.src, e.derefs)
                };
                if self.graph.loc(src).has(ATTR_ESCAPES) {
                    continue;
                }
                let d = derefs + edge_derefs;
                let s = self.graph.loc_mut(src);
                if s.walkgen != walkgen || s.derefs > d {
                    s.walkgen = walkgen;
                    s.derefs = d;
                    s.walk_dst = Some((l, i));
                    todo.push(src);
                }
            }
        }
    }

    /// Records that parameter `l` leaks to `sink` after `derefs` dereferences: as a result leak
    /// when `sink` is a result of the same function that does not itself escape, else to the heap.
    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        let s = self.graph.loc(sink);
        let result = match (s.result, s.has(ATTR_ESCAPES)) {
            (Some(index), false) if s.func == self.graph.loc(l).func && self.is_real_param(l) => {
                Some(index)
            }
            _ => None,
        };
        let leaks = &mut self.graph.loc_mut(l).leaks;
        match result {
            Some(index) => leaks.add_result(index, derefs),
            None => leaks.add_heap(derefs),
        }
    }

    /// True for a parameter local (not a capture standing in for one).
    fn is_real_param(&self, l: LocId) -> bool {
        matches!(self.graph.loc(l).kind, super::graph::LocKind::Local(_))
    }
}
