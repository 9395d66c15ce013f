//! `-m=2`: explaining why a location escapes or a parameter leaks.
//!
//! When the solver finds that a location's address reaches a root that outlives it, the path
//! it walked (each location remembers the next step towards the root) is printed the way gc
//! prints it: a header, then one `flow: dst ← src` line per assignment edge with the notes
//! recorded on that edge. gc's edges join named locations directly, while the lowering routes
//! values through nameless temporaries; steps through such temporaries are merged into one
//! flow line whose dereference count is their sum, which reproduces gc's shape. The level also
//! reports how each closure captures each variable (`f capturing by ref: x (...)`).

use std::collections::{HashMap, HashSet};

use crate::ir::{AllocKind, FuncId, Inst, Place, PlaceBase, Rvalue};
use crate::source::{Diagnostic, Pos};

use super::batch::Batch;
use super::facts::for_each_written_place;
use super::graph::{LocId, LocKind, Note, HEAP};

impl Batch<'_> {
    /// gc's name for a location in explanations.
    pub fn loc_name(&self, l: LocId) -> String {
        let loc = self.graph.loc(l);
        let func = loc.func.and_then(|f| self.program.funcs.get(f.index()));
        match (loc.kind, func) {
            (LocKind::Heap, _) => "{heap}".to_string(),
            (LocKind::Local(id), Some(func)) => match func.locals.get(id.index()) {
                Some(d) if !d.name.is_empty() => d.name.clone(),
                _ => "{temp}".to_string(),
            },
            (LocKind::Site(a), Some(func)) => match func.allocs.get(a.index()) {
                Some(s) if s.kind == AllocKind::Var => s.text.clone(),
                Some(s) => format!("{{storage for {}}}", s.text),
                None => "{temp}".to_string(),
            },
            (LocKind::Capture(i), Some(func)) => func
                .captures
                .get(i as usize)
                .map_or_else(|| "{temp}".to_string(), |c| c.name.clone()),
            _ => "{temp}".to_string(),
        }
    }

    /// gc's rendering of the value a location stands for (`x`, `&T{...}`).
    fn loc_value(&self, l: LocId) -> String {
        let loc = self.graph.loc(l);
        match (
            loc.kind,
            loc.func.and_then(|f| self.program.funcs.get(f.index())),
        ) {
            (LocKind::Site(a), Some(func)) => func
                .allocs
                .get(a.index())
                .map_or_else(String::new, |s| s.text.clone()),
            _ => self.loc_name(l),
        }
    }

    /// The position gc reports a location at.
    fn loc_pos(&self, l: LocId) -> Pos {
        let loc = self.graph.loc(l);
        match (
            loc.kind,
            loc.func.and_then(|f| self.program.funcs.get(f.index())),
        ) {
            (LocKind::Site(a), Some(func)) => func
                .allocs
                .get(a.index())
                .map_or(crate::source::NO_POS, |s| s.pos),
            (LocKind::Local(id), Some(func)) => func
                .locals
                .get(id.index())
                .map_or(crate::source::NO_POS, |d| d.pos),
            _ => crate::source::NO_POS,
        }
    }

    fn func_name(&self, f: Option<FuncId>) -> String {
        f.and_then(|f| self.program.funcs.get(f.index()))
            .map_or_else(String::new, |func| func.name.clone())
    }

    /// True if a location is a temporary that explanations look through.
    fn is_hidden_temp(&self, l: LocId) -> bool {
        let loc = self.graph.loc(l);
        match (
            loc.kind,
            loc.func.and_then(|f| self.program.funcs.get(f.index())),
        ) {
            (LocKind::Local(id), Some(func)) => func
                .locals
                .get(id.index())
                .is_some_and(|d| d.name.is_empty()),
            _ => false,
        }
    }

    /// True if explanations about `l` are printed: not for compiler-made functions or
    /// unreported sites.
    fn explained(&self, l: LocId) -> bool {
        let loc = self.graph.loc(l);
        let Some(func) = loc.func.and_then(|f| self.program.funcs.get(f.index())) else {
            return false;
        };
        match loc.kind {
            _ if func.kind == crate::ir::FuncKind::Synthetic => false,
            LocKind::Site(a) => func
                .allocs
                .get(a.index())
                .is_some_and(|s| !s.text.is_empty()),
            _ => true,
        }
    }

    /// Explains how the address of `l` reaches `root` (which outlives it).
    pub fn explain_escape(&mut self, root: LocId, l: LocId) {
        if !self.explained(l) {
            return;
        }
        let pos = self.loc_pos(l);
        let header = format!(
            "{} escapes to heap in {}:",
            self.loc_value(l),
            self.func_name(self.graph.loc(l).func)
        );
        self.diags.push(Diagnostic::note(pos, header));
        self.explain_path(pos, root, l);
    }

    /// Explains how parameter `l` reaches `root` with `derefs` dereferences.
    pub fn explain_leak(&mut self, root: LocId, l: LocId, derefs: i32) {
        if !self.explained(l) {
            return;
        }
        let pos = self.loc_pos(l);
        let header = format!(
            "parameter {} leaks to {} for {} with derefs={}:",
            self.loc_name(l),
            self.loc_name(root),
            self.func_name(self.graph.loc(l).func),
            derefs
        );
        self.diags.push(Diagnostic::note(pos, header));
        self.explain_path(pos, root, l);
    }

    /// Explains an escape found while building the graph: `src` flows by address into the heap.
    pub fn explain_early_escapes(&mut self) {
        let early = std::mem::take(&mut self.graph.early_escapes);
        for (src, edge) in early {
            if !self.explained(src) {
                continue;
            }
            let pos = self.loc_pos(src);
            let header = format!(
                "{} escapes to heap in {}:",
                self.loc_value(src),
                self.func_name(self.graph.loc(src).func)
            );
            self.diags.push(Diagnostic::note(pos, header));
            let line = self.flow_line(HEAP, src, edge.derefs);
            self.diags.push(Diagnostic::note(pos, line));
            self.push_notes(pos, &edge.notes);
        }
    }

    fn flow_line(&self, dst: LocId, src: LocId, derefs: i32) -> String {
        let ops = if derefs < 0 {
            "&".to_string()
        } else {
            "*".repeat(derefs as usize)
        };
        format!(
            "  flow: {} ← {}{}:",
            self.loc_name(dst),
            ops,
            self.loc_name(src)
        )
    }

    fn push_notes(&mut self, pos: Pos, notes: &[Note]) {
        for n in notes {
            let at = self.map.line_col(n.pos).to_string();
            self.diags.push(Diagnostic::note(
                pos,
                format!("    from {} ({}) at {}", n.text, n.why, at),
            ));
        }
    }

    fn explain_path(&mut self, pos: Pos, root: LocId, from: LocId) {
        let mut src = from;
        let mut seen = vec![src];
        let mut derefs = 0;
        let mut notes: Vec<Note> = Vec::new();
        let mut flow_src = src;
        while let Some((dst, index)) = self.graph.loc(src).walk_dst {
            let Some(edge) = self.graph.loc(dst).edges.get(index) else {
                break;
            };
            derefs += edge.derefs;
            notes.extend(edge.notes.iter().cloned());
            if dst == root || !self.is_hidden_temp(dst) {
                let line = self.flow_line(dst, flow_src, derefs.max(-1));
                self.diags.push(Diagnostic::note(pos, line));
                let step = std::mem::take(&mut notes);
                self.push_notes(pos, &step);
                derefs = 0;
                flow_src = dst;
            }
            if dst == root {
                break;
            }
            if seen.contains(&dst) {
                self.diags
                    .push(Diagnostic::note(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518"));
                break;
            }
            seen.push(dst);
            src = dst;
        }
    }
}

impl Batch<'_> {
    /// gc's `-m=2` report of how each closure of the batch captures each variable:
    /// `f capturing by ref: x (addr=true assign=false width=8)`.
    pub fn capture_lines(&mut self) {
        let program = self.program;
        let mut addr_taken: HashSet<LocId> = HashSet::new();
        let mut stores: HashMap<LocId, usize> = HashMap::new();
        for &f in &self.members {
            let func = program.func(f);
            for inst in func.blocks.iter().flat_map(|b| &b.insts) {
                if let Inst::Assign {
                    dst,
                    src: Rvalue::AddrOf(place),
                    ..
                } = inst
                {
                    let fills_capture = match dst.base {
                        PlaceBase::Alloc(a) => self.closures.at(f, a).is_some(),
                        _ => false,
                    };
                    if !fills_capture {
                        addr_taken.extend(self.place_root_loc(f, place));
                    }
                }
                for_each_written_place(inst, &mut |p: &Place| {
                    let whole_var = matches!(
                        p.base,
                        PlaceBase::Local(_) | PlaceBase::Alloc(_) | PlaceBase::Capture(_)
                    );
                    if let (true, Some(loc)) = (whole_var, self.place_root_loc(f, p)) {
                        *stores.entry(loc).or_default() += 1;
                    }
                });
            }
        }
        let mut lines = Vec::new();
        for c in &self.closures.sites {
            let hidden = program
                .func(c.creator)
                .allocs
                .get(c.site.index())
                .is_none_or(|s| s.text.is_empty());
            if hidden || !self.in_batch(c.creator) || !self.in_batch(c.code) {
                continue;
            }
            let code = program.func(c.code);
            for (i, sources) in c.captures.iter().enumerate() {
                let ([source], Some(capture)) = (sources.as_slice(), code.captures.get(i)) else {
                    continue;
                };
                let Some(loc) = source
                    .place
                    .as_ref()
                    .and_then(|p| self.place_root_loc(c.creator, p))
                else {
                    continue;
                };
                let (addr, assign) = if source.by_ref {
                    (
                        addr_taken.contains(&loc),
                        stores.get(&loc).copied().unwrap_or(0) > 1,
                    )
                } else {
                    (false, false)
                };
                let how = if source.by_ref { "ref" } else { "value" };
                let width = super::facts::size_of(program, capture.ty);
                let owner = self.func_name(self.graph.loc(loc).func);
                let text = format!(
                    "{owner} capturing by {how}: {} (addr={addr} assign={assign} width={width})",
                    capture.name
                );
                lines.push(Diagnostic::note(self.loc_pos(loc), text));
            }
        }
        self.diags.extend(lines);
    }
}
