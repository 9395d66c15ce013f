//! Package initialisation order (types2's `initOrder`) and initialisation cycles.
//!
//! Every package-level constant, variable and function records the package-level objects its
//! declaration (initialiser or body) refers to. Functions are then eliminated from the graph
//! (their dependents inherit their dependencies), and variables are emitted in dependency
//! order, ties broken by declaration order, constants first. An object that still has
//! dependencies when its turn comes is part of a cycle, which is reported along the path of
//! references.

use std::collections::{BTreeSet, HashMap};

use super::info::{ObjId, ObjKind};
use super::objects::PkgDecl;
use super::Checker;
use crate::ast::Decl;

impl Checker<'_> {
    /// Computes `init_order` and reports initialisation cycles.
    pub(crate) fn compute_init_order(&mut self) {
        let deps = self.shared_dependencies();
        let nodes: Vec<ObjId> = self
            .pkg_objects
            .iter()
            .copied()
            .filter(|&o| {
                matches!(
                    self.obj(o).kind,
                    ObjKind::Const(_) | ObjKind::Var(_) | ObjKind::Func(_)
                )
            })
            .collect();
        let index: HashMap<ObjId, usize> = nodes.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let mut succ: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); nodes.len()];
        let mut pred: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); nodes.len()];
        for (i, &obj) in nodes.iter().enumerate() {
            for dep in deps.get(&obj).into_iter().flatten() {
                if let Some(&j) = index.get(dep) {
                    succ[i].insert(j);
                    pred[j].insert(i);
                }
            }
        }
        // Eliminate functions: connect each function's dependents to its dependencies.
        for (n, &obj) in nodes.iter().enumerate() {
            if !matches!(self.obj(obj).kind, ObjKind::Func(_)) {
                continue;
            }
            let (ps, ss): (Vec<usize>, Vec<usize>) = (
                pred[n].iter().copied().collect(),
                succ[n].iter().copied().collect(),
            );
            for &p in ps.iter().filter(|&&p| p != n) {
                for &s in ss.iter().filter(|&&s| s != n) {
                    succ[p].insert(s);
                    pred[s].insert(p);
                }
                succ[p].remove(&n);
            }
            for &s in &ss {
                pred[s].remove(&n);
            }
        }
        let mut remaining: Vec<usize> = (0..nodes.len())
            .filter(|&i| !matches!(self.obj(nodes[i]).kind, ObjKind::Func(_)))
            .collect();
        let mut ndeps: Vec<usize> = succ.iter().map(|s| s.len()).collect();
        let mut emitted: Vec<(u32, u32, u32)> = Vec::new();
        while !remaining.is_empty() {
            let (pick, _) = remaining
                .iter()
                .enumerate()
                .min_by_key(|(_, &i)| {
                    (
                        !matches!(self.obj(nodes[i]).kind, ObjKind::Const(_)),
                        ndeps[i],
                        nodes[i],
                    )
                })
                .map(|(k, &i)| (k, i))
                .unwrap_or((0, remaining[0]));
            let n = remaining.remove(pick);
            let obj = nodes[n];
            if ndeps[n] > 0 {
                let mut seen = Vec::new();
                if let Some(cycle) = self.find_path(&deps, obj, obj, &mut seen) {
                    self.report_init_cycle(&cycle);
                }
            }
            for &p in &pred[n] {
                ndeps[p] = ndeps[p].saturating_sub(1);
            }
            if let Some(spec) = self.initialized_spec(obj) {
                if !emitted.contains(&spec) {
                    emitted.push(spec);
                }
            }
        }
        self.init_order = emitted;
    }

    /// Dependencies per object, shared among the variables of an n:1 declaration.
    fn shared_dependencies(&self) -> HashMap<ObjId, Vec<ObjId>> {
        let mut by_spec: HashMap<(u32, u32, u32), Vec<ObjId>> = HashMap::new();
        for &obj in &self.pkg_objects {
            if let Some(PkgDecl::Var {
                file, decl, spec, ..
            }) = self.extra(obj).decl
            {
                by_spec.entry((file, decl, spec)).or_default().push(obj);
            }
        }
        let mut deps: HashMap<ObjId, Vec<ObjId>> = self
            .pkg_objects
            .iter()
            .map(|&o| (o, self.extra(o).deps.clone()))
            .collect();
        for members in by_spec.values().filter(|m| m.len() > 1) {
            let mut union: Vec<ObjId> = Vec::new();
            for m in members {
                for d in &self.extra(*m).deps {
                    if !union.contains(d) {
                        union.push(*d);
                    }
                }
            }
            for m in members {
                deps.insert(*m, union.clone());
            }
        }
        deps
    }

    /// The spec initialising variable `obj`, if it has an initialiser.
    fn initialized_spec(&self, obj: ObjId) -> Option<(u32, u32, u32)> {
        let PkgDecl::Var {
            file,
            decl,
            spec,
            name,
        } = self.extra(obj).decl?
        else {
            return None;
        };
        let Decl::Var(specs) = &self.ast.files[file as usize].decls[decl as usize] else {
            return None;
        };
        let values = &specs[spec as usize].values;
        (values.len() == 1 || (name as usize) < values.len()).then_some((file, decl, spec))
    }

    /// A path of references from `from` back to `to` (types2's `findPath`), in reverse.
    fn find_path(
        &self,
        deps: &HashMap<ObjId, Vec<ObjId>>,
        from: ObjId,
        to: ObjId,
        seen: &mut Vec<ObjId>,
    ) -> Option<Vec<ObjId>> {
        if seen.contains(&from) {
            return None;
        }
        seen.push(from);
        let mut sorted: Vec<ObjId> = deps.get(&from).cloned().unwrap_or_default();
        sorted.sort();
        for d in sorted {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut path) = self.find_path(deps, d, to, seen) {
                path.push(d);
                return Some(path);
            }
        }
        None
    }

    /// `initialization cycle for x` with the chain of references.
    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        let pos = self.obj(first).pos;
        let name = self.obj(first).name.clone();
        if cycle.len() == 1 {
            self.error(
                pos,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut parts = vec![(pos, format!("initialization cycle for {name}"))];
        let mut current = first;
        for &next in cycle.iter().rev() {
            parts.push((
                self.obj(current).pos,
                format!(
                    "{} refers to {}",
                    self.obj(current).name,
                    self.obj(next).name
                ),
            ));
            current = next;
        }
        self.error_parts(pos, &parts);
    }
}
