//! Parameter leak tags: how a function's parameter reaches the places that outlive a call.
//!
//! Like gc, a tag records, for one parameter, the minimum number of dereferences on any flow
//! from the parameter to the heap, to the "mutator" (something writes through it), to the
//! "callee" (it is called and its results are used), and to each of the first
//! [`TRACKED_RESULTS`] results. Callers in later batches apply the tag instead of looking into
//! the callee's body. A flow to a result that is not tracked counts as a flow to the heap.

/// How many results a tag can name; a flow to a later result is recorded as a heap flow.
pub const TRACKED_RESULTS: usize = 5;

/// The largest dereference count a tag stores; longer chains saturate here.
const MAX_DEREFS: u8 = 254;

/// The leak tag of one parameter. Each entry is the minimum dereference count of a flow to that
/// destination, or `None` when there is no flow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Leaks {
    /// Flows to the heap.
    pub heap: Option<u8>,
    /// Flows to a store through a pointer (gc's mutator).
    pub mutator: Option<u8>,
    /// Flows to the callee of a call whose results are used (gc's callee).
    pub callee: Option<u8>,
    /// Flows to each of the first results.
    pub results: [Option<u8>; TRACKED_RESULTS],
}

/// Lowers `slot` to `derefs` if that is a shorter flow.
fn add(slot: &mut Option<u8>, derefs: i32) {
    let d = derefs.clamp(0, MAX_DEREFS as i32) as u8;
    if slot.is_none_or(|old| d < old) {
        *slot = Some(d);
    }
}

impl Leaks {
    /// A tag saying the parameter itself reaches the heap (the assumption for unknown code).
    pub fn heap_leak() -> Leaks {
        Leaks {
            heap: Some(0),
            ..Leaks::default()
        }
    }

    /// Records a flow to the heap.
    pub fn add_heap(&mut self, derefs: i32) {
        add(&mut self.heap, derefs);
    }

    /// Records a flow to the mutator.
    pub fn add_mutator(&mut self, derefs: i32) {
        add(&mut self.mutator, derefs);
    }

    /// Records a flow to the callee.
    pub fn add_callee(&mut self, derefs: i32) {
        add(&mut self.callee, derefs);
    }

    /// Records a flow to result `index`; untracked results count as the heap.
    pub fn add_result(&mut self, index: usize, derefs: i32) {
        match self.results.get_mut(index) {
            Some(slot) => add(slot, derefs),
            None => self.add_heap(derefs),
        }
    }

    /// Drops result flows that are no shorter than the heap flow (they add nothing), as gc does
    /// before reporting and exporting a tag.
    pub fn optimize(&mut self) {
        if let Some(h) = self.heap {
            for r in self.results.iter_mut() {
                if r.is_some_and(|d| d >= h) {
                    *r = None;
                }
            }
        }
    }

    /// Every flow of this tag folded into heap flows: what the tag means when the callee's
    /// results are unknown to the caller too (their values may go anywhere).
    pub fn results_to_heap(mut self) -> Leaks {
        for d in self.results.into_iter().flatten() {
            self.add_heap(d as i32);
        }
        self.results = [None; TRACKED_RESULTS];
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_is_kept_and_late_results_go_to_heap() {
        let mut l = Leaks::default();
        l.add_result(0, 2);
        l.add_result(0, 1);
        l.add_result(0, 3);
        assert_eq!(l.results[0], Some(1));
        l.add_result(5, 0);
        assert_eq!(l.heap, Some(0));
        l.add_heap(-1);
        assert_eq!(l.heap, Some(0));
        l.add_mutator(400);
        assert_eq!(l.mutator, Some(254));
    }

    #[test]
    fn optimize_drops_results_no_shorter_than_heap() {
        let mut l = Leaks::default();
        l.add_heap(1);
        l.add_result(0, 1);
        l.add_result(1, 0);
        l.optimize();
        assert_eq!(l.results[0], None);
        assert_eq!(l.results[1], Some(0));
        assert_eq!(l.results_to_heap().heap, Some(0));
    }
}
