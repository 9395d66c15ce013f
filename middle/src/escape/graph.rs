//! The data-flow graph: locations, weighted assignment edges and holes.
//!
//! A [`Location`] stands for storage that can hold a value: an IR local, an allocation site's
//! object, a temporary of the analysis, or one of the three roots every batch shares (the heap,
//! the mutator and the callee). An [`Edge`] `dst <- src` with weight `derefs` says that a value
//! derived from `src` by `derefs` dereferences (-1: its address) is stored in `dst`. Edges are
//! kept on their destination, as the solver walks them backwards from roots.
//!
//! A [`Hole`] is the context an operand is evaluated in ("the value goes to `dst` after
//! `derefs` dereferences"), gc's way of threading expression shapes into edge weights.

use crate::ir::{AllocId, FuncId, LocalId};
use crate::source::Pos;

use super::leaks::Leaks;

/// Index of a location in [`Graph::locs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocId(pub u32);

impl LocId {
    /// The id as a vector index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The heap: everything stored here outlives every frame.
pub const HEAP: LocId = LocId(0);
/// Pseudo-location for stores through pointers: reaching it marks data as mutated.
pub const MUTATOR: LocId = LocId(1);
/// Pseudo-location for called func values whose results are used.
pub const CALLEE: LocId = LocId(2);

/// Attribute: the location's address escapes; it must be heap allocated.
pub const ATTR_ESCAPES: u8 = 1;
/// Attribute: memory reachable from the location may be written through a pointer.
pub const ATTR_MUTATES: u8 = 2;
/// Attribute: closures reachable from the location may be called with untracked results.
pub const ATTR_CALLS: u8 = 4;
/// Every attribute (what escaping implies).
pub const ATTR_ALL: u8 = ATTR_ESCAPES | ATTR_MUTATES | ATTR_CALLS;

/// What a location represents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocKind {
    /// The heap root.
    Heap,
    /// The mutator root.
    Mutator,
    /// The callee root.
    Callee,
    /// An IR local of `func` (parameters and results included).
    Local(LocalId),
    /// An allocation site of `func`.
    Site(AllocId),
    /// A captured variable of a function analysed without its creator (a synthesised method
    /// value wrapper): it behaves like an extra parameter.
    Capture(u32),
}

/// One explanation step of `-m=2`: where a flow comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Position of the construct.
    pub pos: Pos,
    /// gc's reason word (`address-of`, `assign`, `return`, ...).
    pub why: &'static str,
    /// gc's rendering of the construct.
    pub text: String,
}

/// An incoming edge of a location.
#[derive(Clone, Debug)]
pub struct Edge {
    /// Where the value comes from.
    pub src: LocId,
    /// Dereferences applied to `src` (-1: its address).
    pub derefs: i32,
    /// Explanation steps, innermost first (only recorded for `-m=2`).
    pub notes: Vec<Note>,
}

/// A location and the solver's state for it.
#[derive(Clone, Debug)]
pub struct Location {
    /// The function whose frame holds it (`None` for the roots).
    pub func: Option<FuncId>,
    /// What it represents.
    pub kind: LocKind,
    /// gc's loop depth at its declaration (0 for append backing stores, which never reuse).
    pub loop_depth: u32,
    /// Incoming edges.
    pub edges: Vec<Edge>,
    /// `ATTR_*` bits.
    pub attrs: u8,
    /// True for a parameter (or a capture of a separately analysed wrapper).
    pub param: bool,
    /// The result index, for a result local.
    pub result: Option<usize>,
    /// The parameter's leak tag collected by the solver.
    pub leaks: Leaks,
    /// Solver: minimum dereferences from the current root.
    pub derefs: i32,
    /// Solver: which walk `derefs` belongs to.
    pub walkgen: u32,
    /// Solver: the next location towards the root and the index of the edge leading there.
    pub walk_dst: Option<(LocId, usize)>,
    /// Solver: queued as a root.
    pub queued: bool,
}

impl Location {
    /// True if any of `attr` bits is set.
    pub fn has(&self, attr: u8) -> bool {
        self.attrs & attr != 0
    }
}

/// The context an operand is evaluated in: where its value goes and after how many
/// dereferences. `dst: None` discards the value.
#[derive(Clone, Debug)]
pub struct Hole {
    /// Destination, or `None` to discard.
    pub dst: Option<LocId>,
    /// Dereferences to apply (-1: the operand's address).
    pub derefs: i32,
    /// Explanation steps gathered so far, innermost first.
    pub notes: Vec<Note>,
}

impl Hole {
    /// A hole storing into `dst`.
    pub fn to(dst: LocId) -> Hole {
        Hole {
            dst: Some(dst),
            derefs: 0,
            notes: Vec::new(),
        }
    }

    /// A hole that discards.
    pub fn discard() -> Hole {
        Hole {
            dst: None,
            derefs: 0,
            notes: Vec::new(),
        }
    }

    /// True if the hole discards.
    pub fn is_discard(&self) -> bool {
        self.dst.is_none()
    }

    /// The same hole with `delta` more dereferences (never below -1).
    pub fn shift(mut self, delta: i32) -> Hole {
        self.derefs = (self.derefs + delta).max(-1);
        self
    }
}

/// All locations of one batch.
#[derive(Debug)]
pub struct Graph {
    /// Every location; the first three are [`HEAP`], [`MUTATOR`] and [`CALLEE`].
    pub locs: Vec<Location>,
    /// Record explanation notes (`-m=2`).
    pub explain: bool,
    /// Locations that escaped while the graph was built (a flow of an address straight into
    /// the heap), with the edge that did it, for `-m=2`.
    pub early_escapes: Vec<(LocId, Edge)>,
}

impl Graph {
    /// A graph holding just the three roots.
    pub fn new(explain: bool) -> Graph {
        let mut g = Graph {
            locs: Vec::new(),
            explain,
            early_escapes: Vec::new(),
        };
        for (kind, attrs) in [
            (LocKind::Heap, ATTR_ALL),
            (LocKind::Mutator, ATTR_MUTATES),
            (LocKind::Callee, ATTR_CALLS),
        ] {
            let id = g.new_loc(None, kind, 0);
            g.locs[id.index()].attrs = attrs;
        }
        g
    }

    /// Adds a location.
    pub fn new_loc(&mut self, func: Option<FuncId>, kind: LocKind, loop_depth: u32) -> LocId {
        self.locs.push(Location {
            func,
            kind,
            loop_depth,
            edges: Vec::new(),
            attrs: 0,
            param: false,
            result: None,
            leaks: Leaks::default(),
            derefs: 0,
            walkgen: 0,
            walk_dst: None,
            queued: false,
        });
        LocId(self.locs.len() as u32 - 1)
    }

    /// The location with this id.
    pub fn loc(&self, id: LocId) -> &Location {
        &self.locs[id.index()]
    }

    /// Mutable access to a location.
    pub fn loc_mut(&mut self, id: LocId) -> &mut Location {
        &mut self.locs[id.index()]
    }

    /// Adds an explanation step to `k` (only when explaining).
    pub fn note(
        &self,
        mut k: Hole,
        pos: Pos,
        why: &'static str,
        text: impl FnOnce() -> String,
    ) -> Hole {
        if self.explain && !k.is_discard() {
            k.notes.insert(
                0,
                Note {
                    pos,
                    why,
                    text: text(),
                },
            );
        }
        k
    }

    /// Records that the value of `src` flows into hole `k`.
    pub fn flow(&mut self, k: &Hole, src: LocId) {
        let Some(dst) = k.dst else { return };
        if dst == src && k.derefs >= 0 {
            return;
        }
        let edge = Edge {
            src,
            derefs: k.derefs,
            notes: k.notes.clone(),
        };
        if self.loc(dst).has(ATTR_ESCAPES) && k.derefs < 0 {
            if self.explain && !self.loc(src).has(ATTR_ESCAPES) {
                self.early_escapes.push((src, edge));
            }
            self.loc_mut(src).attrs |= ATTR_ALL;
            return;
        }
        self.loc_mut(dst).edges.push(edge);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_into_heap_escapes_at_once_and_self_copies_vanish() {
        let mut g = Graph::new(false);
        let x = g.new_loc(Some(FuncId(0)), LocKind::Local(LocalId(0)), 1);
        g.flow(&Hole::to(HEAP).shift(-1), x);
        assert!(g.loc(x).has(ATTR_ESCAPES));
        assert!(g.loc(HEAP).edges.is_empty());
        g.flow(&Hole::to(x), x);
        assert!(g.loc(x).edges.is_empty());
        g.flow(&Hole::to(x).shift(1), x);
        assert!(g.loc(x).edges.is_empty());
        g.flow(&Hole::discard(), x);
        let y = g.new_loc(Some(FuncId(0)), LocKind::Local(LocalId(0)), 1);
        g.flow(&Hole::to(y).shift(-1).shift(-1), x);
        assert_eq!(g.loc(y).edges[0].derefs, -1);
    }
}
