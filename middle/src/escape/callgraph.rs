//! The static call graph and its strongly connected components, callees first.
//!
//! As in gc, a function refers to another when its code (or the code of a closure nested in it)
//! mentions it at all: a direct call, a func value, a closure's code address, or an interface
//! call with a single possible target. Closures are not
//! nodes of their own: each is analysed in the batch of its outermost enclosing function, so
//! that captured variables stay the creator's locations. Tarjan's algorithm (iterative, so deep
//! call chains cannot overflow the stack) yields the components in reverse topological order,
//! which is the bottom-up order analysis needs. The same algorithm finds the loops of a
//! function's control-flow graph.

use std::collections::BTreeSet;

use crate::ir::{Callee, Const, FuncId, Inst, Operand, Program};

use super::closures::outermost;
use super::devirt::Devirt;

/// The batches to analyse, in order: each is a strongly connected component of outermost
/// functions plus all closures nested in them, listed in function order.
pub fn batches(program: &Program, devirt: &Devirt) -> Vec<Vec<FuncId>> {
    let n = program.funcs.len();
    let root: Vec<usize> = (0..n)
        .map(|f| outermost(program, FuncId(f as u32)).index())
        .collect();
    let mut succs: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for (f, func) in program.funcs.iter().enumerate() {
        let from = root[f];
        let mut refer = |g: FuncId| {
            if let Some(&to) = root.get(g.index()) {
                succs[from].insert(to);
            }
        };
        for site in &func.allocs {
            if let Some(Const::FuncAddr(g) | Const::FuncValue(g, _)) = site.static_value {
                refer(g);
            }
        }
        for block in &func.blocks {
            for inst in &block.insts {
                for_each_referenced_func(inst, &mut refer);
            }
        }
    }
    for (from, to) in devirt.edges() {
        if let (Some(&a), Some(&b)) = (root.get(from.index()), root.get(to.index())) {
            succs[a].insert(b);
        }
    }
    let succ_lists: Vec<Vec<usize>> = succs.iter().map(|s| s.iter().copied().collect()).collect();
    let starts: Vec<usize> = (0..n).filter(|&f| root[f] == f).collect();
    let components = strongly_connected(&succ_lists, &starts);
    let mut component_of = vec![0; n];
    for (c, comp) in components.iter().enumerate() {
        for &f in comp {
            component_of[f] = c;
        }
    }
    let mut members: Vec<Vec<FuncId>> = vec![Vec::new(); components.len()];
    for f in 0..n {
        members[component_of[root[f]]].push(FuncId(f as u32));
    }
    members
}

/// Calls `f` on every function `inst` mentions.
fn for_each_referenced_func(inst: &Inst, f: &mut impl FnMut(FuncId)) {
    let operand = |o: &Operand, f: &mut dyn FnMut(FuncId)| {
        if let Operand::Const(Const::FuncValue(g, _) | Const::FuncAddr(g)) = o {
            f(*g);
        }
    };
    match inst {
        Inst::Call { callee, args, .. } => {
            match callee {
                Callee::Direct(g) => f(*g),
                Callee::Closure(o) | Callee::Iface(o, _) => operand(o, f),
                Callee::Extern(_) => {}
            }
            for a in args {
                operand(a, f);
            }
        }
        Inst::Assign { src, .. } => src.for_each_operand(&mut |o| operand(o, f)),
        Inst::Go { closure, .. } | Inst::Defer { closure, .. } => operand(closure, f),
        _ => {}
    }
}

/// Tarjan's strongly connected components of the graph `succs` reachable from `starts`,
/// returned in reverse topological order (successors first).
pub fn strongly_connected(succs: &[Vec<usize>], starts: &[usize]) -> Vec<Vec<usize>> {
    let n = succs.len();
    const UNVISITED: usize = usize::MAX;
    let mut index = vec![UNVISITED; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next_index = 0;
    let mut components = Vec::new();
    for &start in starts {
        if start >= n || index[start] != UNVISITED {
            continue;
        }
        // Frames of (node, position in its successor list).
        let mut frames: Vec<(usize, usize)> = vec![(start, 0)];
        index[start] = next_index;
        low[start] = next_index;
        next_index += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (v, ref mut pos)) = frames.last_mut() {
            if let Some(&w) = succs[v].get(*pos) {
                *pos += 1;
                if w >= n {
                    continue;
                }
                if index[w] == UNVISITED {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    frames.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                comp.sort();
                components.push(comp);
            }
        }
    }
    components
}
