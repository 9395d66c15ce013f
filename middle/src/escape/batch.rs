//! One batch: the functions of a strongly connected component of the call graph together with
//! their closures, analysed in a single graph.
//!
//! Setting a batch up creates a location for every local and allocation site of its functions
//! and decides what each `PlaceBase::Capture` of a closure stands for: the creator's location
//! of the captured variable when the creator is in the batch (always true for function literals,
//! which travel with their enclosing function), or a parameter-like location of its own when the
//! function runs without its creator in view (its closure objects made by a function of another
//! batch, as inlining can do). Summaries of already analysed functions ([`FuncTags`]) are read
//! from earlier batches. The batch also holds gc's `outlives` rule, which needs to know which
//! closures' results have been lost to callers the analysis cannot see.

use std::collections::{HashMap, HashSet};

use crate::ir::{AllocId, AllocKind, FuncId, Inst, LocalId, LocalKind, Place, PlaceBase, Program};
use crate::source::{Diagnostic, SourceMap};

use super::closures::{contains_closure, parent_of, Closures};
use super::devirt::Devirt;
use super::facts::{cyclic_blocks, live_sites, reachable_blocks, Defs};
use super::graph::{Graph, Hole, LocId, LocKind, HEAP};
use super::leaks::Leaks;

/// What callers in later batches know about an analysed function.
#[derive(Clone, Debug, Default)]
pub struct FuncTags {
    /// One tag per parameter, in order.
    pub params: Vec<Leaks>,
    /// One tag per capture, for a function analysed without its creator (results folded into
    /// the heap, since a closure's caller is unknown).
    pub captures: Vec<Leaks>,
    /// True if the function takes the address of its own copy of a capture, so its closure
    /// objects must be heap allocated.
    pub captures_escape: bool,
}

/// The locations of one function of the batch.
#[derive(Debug)]
pub struct FuncLocs {
    /// Location of each local.
    pub locals: Vec<LocId>,
    /// Location of each allocation site.
    pub sites: Vec<LocId>,
    /// What each capture stands for; `None` when it could not be resolved (the closure objects
    /// of such a function are then forced to the heap, making every capture heap data).
    pub captures: Vec<Option<LocId>>,
    /// Single definitions of its locals.
    pub defs: Defs,
    /// Which blocks can run.
    pub reachable: Vec<bool>,
    /// Which sites reachable code mentions (the others are not reported).
    pub live_sites: Vec<bool>,
    /// Which locals may be read: all but the compiler's temporaries that never are, a store into
    /// which goes nowhere, as gc's stores to `_` do (a variable never read still holds what is
    /// stored in it for gc).
    pub read: Vec<bool>,
}

/// The state of one batch.
#[derive(Debug)]
pub struct Batch<'a> {
    /// The program.
    pub program: &'a Program,
    /// Every closure site of the program.
    pub closures: &'a Closures,
    /// Summaries of functions analysed in earlier batches.
    pub tags: &'a [Option<FuncTags>],
    /// Interface calls with a single possible target.
    pub devirt: &'a Devirt,
    /// Positions to text, for diagnostics.
    pub map: &'a SourceMap,
    /// The graph.
    pub graph: Graph,
    /// The functions of the batch.
    pub members: Vec<FuncId>,
    /// Per-function locations.
    pub funcs: HashMap<FuncId, FuncLocs>,
    /// Closure site locations of the batch and the function each runs.
    pub closure_code: HashMap<LocId, FuncId>,
    /// Closures whose results reach callers the analysis cannot see (gc's ClosureResultsLost).
    pub results_lost: HashSet<FuncId>,
    /// Functions of the batch that take the address of a by-value capture.
    pub self_addressed_closures: HashSet<FuncId>,
    /// Diagnostics produced while building and solving (self-assignments, `-m=2` lines).
    pub diags: Vec<Diagnostic>,
    /// Diagnostic level.
    pub level: u8,
    /// Position of the instruction being turned into edges (for `-m=2` notes).
    pub cur_pos: crate::source::Pos,
    /// (block, index) of the instruction being turned into edges.
    pub cur_inst: (usize, usize),
}

impl<'a> Batch<'a> {
    /// Sets up the locations of `members`.
    pub fn new(
        program: &'a Program,
        closures: &'a Closures,
        tags: &'a [Option<FuncTags>],
        devirt: &'a Devirt,
        map: &'a SourceMap,
        members: Vec<FuncId>,
        level: u8,
    ) -> Batch<'a> {
        let mut batch = Batch {
            program,
            closures,
            tags,
            devirt,
            map,
            graph: Graph::new(level >= 2),
            members: Vec::new(),
            funcs: HashMap::new(),
            closure_code: HashMap::new(),
            results_lost: HashSet::new(),
            self_addressed_closures: HashSet::new(),
            diags: Vec::new(),
            level,
            cur_pos: crate::source::NO_POS,
            cur_inst: (0, 0),
        };
        let members: Vec<FuncId> = members
            .into_iter()
            .filter(|f| f.index() < program.funcs.len())
            .collect();
        for &f in &members {
            batch.create_locations(f);
        }
        batch.members = members;
        // Parents before the closures nested in them, so nested captures resolve in order.
        let mut order = batch.members.clone();
        order.sort_by_key(|&f| nesting_depth(program, f));
        for f in order {
            batch.resolve_captures(f);
        }
        for &f in &batch.members {
            for c in closures.running(f) {
                if let Some(loc) = batch.site_loc(c.creator, c.site) {
                    batch.closure_code.insert(loc, f);
                }
            }
        }
        batch
    }

    /// Adds the edges of every function of the batch, then the flows that do not come from a
    /// single instruction: captures of closures analysed earlier, size limits, and closure
    /// objects whose captures the analysis cannot follow.
    pub fn build(&mut self) {
        let program = self.program;
        for f in self.members.clone() {
            self.build_function(f);
            self.closure_capture_flows(f, program.func(f));
            self.apply_size_limits(f);
        }
        for f in self.members.clone() {
            let unresolved = self
                .funcs
                .get(&f)
                .is_some_and(|l| l.captures.iter().any(Option::is_none));
            if unresolved || self.self_addressed_closures.contains(&f) {
                let sites: Vec<LocId> = self
                    .closures
                    .running(f)
                    .filter_map(|c| self.site_loc(c.creator, c.site))
                    .collect();
                for loc in sites {
                    self.graph.flow(&Hole::to(HEAP).shift(-1), loc);
                }
            }
        }
    }

    fn create_locations(&mut self, f: FuncId) {
        let func = self.program.func(f);
        let mut locals = Vec::with_capacity(func.locals.len());
        for (i, decl) in func.locals.iter().enumerate() {
            let id =
                self.graph
                    .new_loc(Some(f), LocKind::Local(LocalId(i as u32)), decl.loop_depth);
            let loc = self.graph.loc_mut(id);
            loc.param = decl.kind == LocalKind::Param;
            loc.result = if decl.kind == LocalKind::Result {
                func.results.iter().position(|r| r.index() == i)
            } else {
                None
            };
            locals.push(id);
        }
        // Where each site's objects are made; a site made on a cycle of the control-flow graph is
        // inside a loop whatever depth the lowering recorded (a safety net: a correct depth is
        // already at least 2 there).
        let cyclic = cyclic_blocks(func);
        let mut append_sites: HashSet<usize> = HashSet::new();
        let mut looping_sites: HashSet<usize> = HashSet::new();
        for (block, looping) in func.blocks.iter().zip(&cyclic) {
            for inst in &block.insts {
                let site = match inst {
                    Inst::Append { site, .. } => {
                        append_sites.insert(site.index());
                        continue;
                    }
                    Inst::Alloc { site, .. }
                    | Inst::Concat { site, .. }
                    | Inst::StringConv { site, .. }
                    | Inst::MakeMap { site, .. } => site,
                    _ => continue,
                };
                if *looping {
                    looping_sites.insert(site.index());
                }
            }
        }
        let mut sites = Vec::with_capacity(func.allocs.len());
        for (i, site) in func.allocs.iter().enumerate() {
            // An append's backing store is used at most once per frame, so it never needs a
            // fresh copy per iteration: gc places it outside every loop.
            let depth = if site.kind == AllocKind::RuntimeBuffer && append_sites.contains(&i) {
                0
            } else if looping_sites.contains(&i) {
                site.loop_depth.max(2)
            } else {
                site.loop_depth
            };
            sites.push(
                self.graph
                    .new_loc(Some(f), LocKind::Site(AllocId(i as u32)), depth),
            );
        }
        let defs = Defs::new(func);
        let reachable = reachable_blocks(func);
        let live_sites = live_sites(func, &reachable);
        let mut read: Vec<bool> = func
            .locals
            .iter()
            .map(|l| l.kind != LocalKind::Temp)
            .collect();
        let mut mark = |l: LocalId| {
            if let Some(r) = read.get_mut(l.index()) {
                *r = true;
            }
        };
        for block in &func.blocks {
            block
                .insts
                .iter()
                .for_each(|inst| crate::inline::walk::for_each_read_local(inst, &mut mark));
            crate::inline::walk::for_each_term_read_local(&block.term, &mut mark);
        }
        self.funcs.insert(
            f,
            FuncLocs {
                locals,
                sites,
                captures: Vec::new(),
                defs,
                reachable,
                live_sites,
                read,
            },
        );
    }

    /// Decides what the captures of `f` stand for.
    fn resolve_captures(&mut self, f: FuncId) {
        let func = self.program.func(f);
        if func.captures.is_empty() {
            return;
        }
        let creators: Vec<_> = self
            .closures
            .running(f)
            .filter(|c| self.funcs.contains_key(&c.creator))
            .collect();
        let mut resolved = Vec::with_capacity(func.captures.len());
        if creators.is_empty() {
            // Analysed without its creator: each capture is a parameter of its own.
            for i in 0..func.captures.len() {
                let id = self.graph.new_loc(Some(f), LocKind::Capture(i as u32), 1);
                self.graph.loc_mut(id).param = true;
                resolved.push(Some(id));
            }
        } else {
            for i in 0..func.captures.len() {
                let mut target = Target::Constant;
                for c in &creators {
                    let sources = c.captures.get(i).map(Vec::as_slice).unwrap_or(&[]);
                    let this = match sources {
                        [one] => match &one.place {
                            None => Target::Constant,
                            Some(place) => self
                                .place_root_loc(c.creator, place)
                                .map_or(Target::Unknown, Target::Loc),
                        },
                        _ => Target::Unknown,
                    };
                    target = match (target, this) {
                        (Target::Unknown, _) | (_, Target::Unknown) => Target::Unknown,
                        (Target::Constant, t) | (t, Target::Constant) => t,
                        (Target::Loc(a), Target::Loc(b)) if a == b => Target::Loc(a),
                        _ => Target::Unknown,
                    };
                }
                resolved.push(match target {
                    Target::Loc(l) => Some(l),
                    // Filled with constants only: a location nothing flows into.
                    Target::Constant => {
                        Some(self.graph.new_loc(Some(f), LocKind::Capture(i as u32), 1))
                    }
                    Target::Unknown => None,
                });
            }
        }
        if let Some(locs) = self.funcs.get_mut(&f) {
            locs.captures = resolved;
        }
    }

    /// The location a place is rooted at, when the root is a variable of `f` (a local, a site or
    /// a resolved capture).
    pub fn place_root_loc(&self, f: FuncId, place: &Place) -> Option<LocId> {
        match place.base {
            PlaceBase::Local(l) => self.local_loc(f, l),
            PlaceBase::Alloc(a) => self.site_loc(f, a),
            PlaceBase::Capture(i) => self.capture_loc(f, i),
            PlaceBase::Global(_) | PlaceBase::Deref(_) => None,
        }
    }

    /// The location of local `l` of `f`.
    pub fn local_loc(&self, f: FuncId, l: LocalId) -> Option<LocId> {
        self.funcs.get(&f)?.locals.get(l.index()).copied()
    }

    /// The location of site `a` of `f`.
    pub fn site_loc(&self, f: FuncId, a: AllocId) -> Option<LocId> {
        self.funcs.get(&f)?.sites.get(a.index()).copied()
    }

    /// The location capture `i` of `f` stands for, if resolved.
    pub fn capture_loc(&self, f: FuncId, i: u32) -> Option<LocId> {
        *self.funcs.get(&f)?.captures.get(i as usize)?
    }

    /// True if `f` is analysed in this batch.
    pub fn in_batch(&self, f: FuncId) -> bool {
        self.funcs.contains_key(&f)
    }

    /// gc's `outlives`: whether values stored in `l` may live longer than `other` would if
    /// `other` were on the stack.
    pub fn outlives(&self, l: LocId, other: LocId) -> bool {
        use super::graph::{ATTR_ESCAPES, CALLEE, MUTATOR};
        let loc = self.graph.loc(l);
        if loc.has(ATTR_ESCAPES) {
            return true;
        }
        if l == MUTATOR || l == CALLEE {
            return false;
        }
        let other_loc = self.graph.loc(other);
        let (Some(lf), Some(of)) = (loc.func, other_loc.func) else {
            return true;
        };
        if loc.result.is_some() {
            // A closure called where it is visible returns into its creator's frame.
            return !contains_closure(self.program, of, lf) || self.results_lost.contains(&lf);
        }
        if lf == of && loc.loop_depth < other_loc.loop_depth {
            return true;
        }
        contains_closure(self.program, lf, of)
    }
}

/// What one capture of a closure stands for, combined over its closure objects.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    /// This location of the creator.
    Loc(LocId),
    /// Only constants were stored.
    Constant,
    /// Nothing known, or different variables.
    Unknown,
}

/// How many closures enclose `f`.
fn nesting_depth(program: &Program, f: FuncId) -> usize {
    let mut depth = 0;
    let mut cur = f;
    while let Some(p) = parent_of(program, cur) {
        depth += 1;
        cur = p;
        if depth > program.funcs.len() {
            break;
        }
    }
    depth
}
