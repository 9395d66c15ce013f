//! Finishing a batch: size limits, leak tags, placements and the `-m` diagnostics.
//!
//! Before solving, sites that cannot live on the stack whatever happens to them are sent to
//! the heap (gc's `HeapAllocReason`): explicit variables over 128 KiB, implicit objects over
//! 64 KiB, constant-size `make` over 64 KiB and non-constant `make` of zero-sized elements.
//! Slice literal backing arrays and interface boxes have no such limit at this stage; a box
//! over 1 KiB is still placed on the heap afterwards (gc's walk does that) while its diagnostic
//! says it does not escape.

use std::collections::HashSet;

use crate::ir::{
    AllocId, AllocKind, FuncId, FuncKind, Function, Inst, Operand, Place, PlaceBase, Placement,
    Rvalue, StringConvKind,
};
use crate::source::Diagnostic;

use super::batch::{Batch, FuncTags};
use super::facts::{size_of, Defs};
use super::graph::{Hole, ATTR_ESCAPES, ATTR_MUTATES, HEAP};

/// Explicit variables larger than this must be heap allocated.
const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
/// Implicit allocations larger than this must be heap allocated.
const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;
/// Interface boxes larger than this are heap allocated even when they do not escape.
const MAX_STACK_BOX_SIZE: u64 = 1024;

/// What a batch decided.
#[derive(Debug, Default)]
pub struct BatchResult {
    /// The summary of each function of the batch.
    pub tags: Vec<(FuncId, FuncTags)>,
    /// The placement of every site of the batch.
    pub placements: Vec<(FuncId, AllocId, Placement)>,
    /// The diagnostics (empty when not requested).
    pub diags: Vec<Diagnostic>,
}

/// How some object sites are used, which changes their size rules.
#[derive(Debug, Default)]
struct SiteRoles {
    /// Sites whose address becomes an interface's data word.
    boxes: HashSet<AllocId>,
    /// Sites whose address becomes a slice's data pointer (slice literals, `...` arguments).
    slice_backings: HashSet<AllocId>,
    /// `[]byte(s)` result buffers.
    string_to_bytes: HashSet<AllocId>,
}

impl SiteRoles {
    fn find(func: &Function, defs: &Defs) -> SiteRoles {
        let mut roles = SiteRoles::default();
        let site_behind = |op: &Operand| match defs.operand_def(func, op) {
            Some(Rvalue::AddrOf(Place {
                base: PlaceBase::Alloc(a),
                proj,
            })) if proj.is_empty() => Some(*a),
            _ => None,
        };
        for inst in func.blocks.iter().flat_map(|b| &b.insts) {
            match inst {
                Inst::Assign {
                    src: Rvalue::MakeIface(_, data),
                    ..
                } => roles.boxes.extend(site_behind(data)),
                Inst::Assign {
                    src: Rvalue::MakeSlice(ptr, _, _),
                    ..
                } => roles.slice_backings.extend(site_behind(ptr)),
                Inst::StringConv {
                    kind: StringConvKind::StringToBytes,
                    site,
                    ..
                } => {
                    roles.string_to_bytes.insert(*site);
                }
                _ => {}
            }
        }
        roles
    }
}

impl Batch<'_> {
    /// Sends the sites of `f` that are too large for the stack to the heap.
    pub fn apply_size_limits(&mut self, f: FuncId) {
        let program = self.program;
        let func = program.func(f);
        let Some(defs) = self.funcs.get(&f).map(|l| &l.defs) else {
            return;
        };
        let roles = SiteRoles::find(func, defs);
        for (i, site) in func.allocs.iter().enumerate() {
            let a = AllocId(i as u32);
            let too_large = match site.kind {
                AllocKind::Var => {
                    size_of(program, site.ty) > MAX_STACK_VAR_SIZE
                        && param_of_site(func, a).is_none()
                }
                AllocKind::Object => {
                    !roles.boxes.contains(&a)
                        && !roles.slice_backings.contains(&a)
                        && size_of(program, site.ty) > MAX_IMPLICIT_STACK_VAR_SIZE
                }
                AllocKind::Array => {
                    let elem = size_of(program, site.ty);
                    match site.const_count {
                        Some(n) => elem != 0 && n > MAX_IMPLICIT_STACK_VAR_SIZE / elem,
                        None => elem == 0,
                    }
                }
                AllocKind::RuntimeBuffer => false,
            };
            if too_large {
                if let Some(loc) = self.site_loc(f, a) {
                    let k = self.graph.note(
                        Hole::to(HEAP).shift(-1),
                        site.pos,
                        "too large for stack",
                        || site.text.clone(),
                    );
                    self.graph.flow(&k, loc);
                }
            }
        }
    }

    /// The summary of `f` for later batches.
    pub fn tags_of(&self, f: FuncId) -> FuncTags {
        let func = self.program.func(f);
        let params = func
            .params
            .iter()
            .map(|p| {
                let mut leaks = self
                    .local_loc(f, *p)
                    .map(|l| self.graph.loc(l).leaks)
                    .unwrap_or_default();
                leaks.optimize();
                leaks
            })
            .collect();
        let locs = self.funcs.get(&f);
        let captures = (0..func.captures.len() as u32)
            .map(
                |i| match locs.and_then(|l| l.captures.get(i as usize).copied().flatten()) {
                    Some(loc) if self.graph.loc(loc).param => {
                        self.graph.loc(loc).leaks.results_to_heap()
                    }
                    _ => super::leaks::Leaks::heap_leak(),
                },
            )
            .collect();
        FuncTags {
            params,
            captures,
            captures_escape: self.self_addressed_closures.contains(&f),
        }
    }

    /// Placements and diagnostics of the whole batch.
    pub fn finish(&self) -> BatchResult {
        let mut result = BatchResult::default();
        result.diags.extend(self.diags.iter().cloned());
        for &f in &self.members {
            let tags = self.tags_of(f);
            let func = self.program.func(f);
            let Some(locs) = self.funcs.get(&f) else {
                continue;
            };
            let roles = SiteRoles::find(func, &locs.defs);
            let report = self.level >= 1 && func.kind != FuncKind::Synthetic;
            if report {
                self.report_params(f, func, &tags, &mut result.diags);
            }
            for (i, site) in func.allocs.iter().enumerate() {
                let a = AllocId(i as u32);
                let Some(&loc) = locs.sites.get(i) else {
                    continue;
                };
                let escapes = self.graph.loc(loc).has(ATTR_ESCAPES);
                let big_box =
                    roles.boxes.contains(&a) && size_of(self.program, site.ty) > MAX_STACK_BOX_SIZE;
                let placement = if escapes || big_box {
                    Placement::Heap
                } else {
                    Placement::Stack
                };
                result.placements.push((f, a, placement));
                if !report
                    || site.text.is_empty()
                    || !locs.live_sites.get(i).copied().unwrap_or(false)
                {
                    continue;
                }
                let message = match (site.kind, escapes) {
                    (AllocKind::Var, true) => format!("moved to heap: {}", site.text),
                    (AllocKind::Var, false) => continue,
                    (_, true) => format!("{} escapes to heap", site.text),
                    (_, false) => format!("{} does not escape", site.text),
                };
                result.diags.push(Diagnostic::note(site.pos, message));
                if roles.string_to_bytes.contains(&a)
                    && !escapes
                    && !self.graph.loc(loc).has(ATTR_MUTATES)
                {
                    result.diags.push(Diagnostic::note(
                        site.pos,
                        "zero-copy string->[]byte conversion",
                    ));
                }
            }
            result.tags.push((f, tags));
        }
        result
    }

    fn report_params(
        &self,
        f: FuncId,
        func: &Function,
        tags: &FuncTags,
        out: &mut Vec<Diagnostic>,
    ) {
        for (j, p) in func.params.iter().enumerate() {
            let Some(decl) = func.locals.get(p.index()) else {
                continue;
            };
            if decl.name.is_empty() || decl.name == "_" || !self.program.types.has_pointers(decl.ty)
            {
                continue;
            }
            // gc says nothing about a parameter that is itself moved to the heap.
            let moved = func.allocs.iter().enumerate().any(|(i, _)| {
                param_of_site(func, AllocId(i as u32)) == Some(j)
                    && self
                        .site_loc(f, AllocId(i as u32))
                        .is_some_and(|l| self.graph.loc(l).has(ATTR_ESCAPES))
            });
            if moved {
                continue;
            }
            let Some(leaks) = tags.params.get(j) else {
                continue;
            };
            let name = &decl.name;
            let mut warned = false;
            if let Some(h) = leaks.heap {
                let message = if h == 0 {
                    format!("leaking param: {name}")
                } else {
                    format!("leaking param content: {name}")
                };
                out.push(Diagnostic::note(decl.pos, message));
                warned = true;
            }
            for (i, r) in leaks.results.iter().enumerate() {
                let Some(level) = r else { continue };
                let result_name = func
                    .results
                    .get(i)
                    .and_then(|r| func.locals.get(r.index()))
                    .map_or("?", |d| d.name.as_str());
                out.push(Diagnostic::note(
                    decl.pos,
                    format!("leaking param: {name} to result {result_name} level={level}"),
                ));
                warned = true;
            }
            if !warned {
                out.push(Diagnostic::note(
                    decl.pos,
                    format!("{name} does not escape"),
                ));
            }
        }
    }
}

/// The parameter index a `Var` site stands for (a parameter whose address is taken is copied
/// into a site with its name and position).
pub fn param_of_site(func: &Function, a: AllocId) -> Option<usize> {
    let site = func.allocs.get(a.index())?;
    if site.kind != AllocKind::Var {
        return None;
    }
    func.params.iter().position(|p| {
        func.locals
            .get(p.index())
            .is_some_and(|d| d.pos == site.pos && d.name == site.text)
    })
}
