//! Copies of the closures an inlined body creates.
//!
//! gc gives every function literal of an inlined body a function of its own, nested in the
//! caller: inlining `counter()` (which returns `func() int { n++; return n }`) into
//! `useCounter` makes a second `counter.func1` whose parent is `useCounter`. Escape analysis
//! then analyses that copy with its new parent, where its captured variables are the caller's
//! copies of the callee's variables: a by-reference capture of `n` keeps `n` on the stack when
//! the copied closure does not escape. (The original, analysed with `counter`, knows nothing of
//! the caller, so a by-reference capture would have to count as escaping.)
//!
//! A copy is made from the closure's body before any inlining into it, like the copied body
//! that creates it, and nothing is inlined into the copy itself (gc does not either: its copy
//! calls what the original inlines). Closures nested in a copied closure are copied too, nested
//! in the copy. Each copy gets a linker symbol of its own (`main.counter.func1#12`).

use std::collections::HashMap;

use crate::ir::*;

/// The closures copied into one function, numbered after the program's functions.
pub struct Clones {
    /// The id of the first copy.
    first: usize,
    /// The copies, in id order.
    funcs: Vec<Function>,
}

impl Clones {
    /// No copies yet; the first will get id `first`.
    pub fn new(first: usize) -> Clones {
        Clones {
            first,
            funcs: Vec::new(),
        }
    }

    /// The copy with id `id`, if it is one.
    pub fn get(&self, id: FuncId) -> Option<&Function> {
        self.funcs.get(id.index().checked_sub(self.first)?)
    }

    /// The copies made, to append to the program's functions.
    pub fn into_funcs(self) -> Vec<Function> {
        self.funcs
    }

    /// Copies every closure that `body` (a callee about to be spliced into `parent`) creates,
    /// nested in `parent` and named by `name` (gc's name for the copy). Returns the map from
    /// each original to its copy, for the splice to rewrite the code addresses with.
    pub fn copy_created(
        &mut self,
        originals: &[Function],
        body: &Function,
        parent: FuncId,
        name: &dyn Fn(&Function) -> String,
    ) -> HashMap<FuncId, FuncId> {
        let mut map = HashMap::new();
        for code in created(body) {
            let source = self.get(code).or_else(|| originals.get(code.index()));
            let Some(source) = source
                .filter(|s| matches!(s.kind, FuncKind::Closure { .. }))
                .cloned()
            else {
                continue;
            };
            let id = FuncId((self.first + self.funcs.len()) as u32);
            let mut copy = source;
            copy.name = name(&copy);
            let base = copy.symbol.split('#').next().unwrap_or_default();
            copy.symbol = format!("{base}#{}", id.0);
            copy.kind = FuncKind::Closure { parent };
            self.funcs.push(copy);
            // Nested literals keep their names: they are only ever reached through this copy.
            let snapshot = self.funcs[id.index() - self.first].clone();
            let nested = self.copy_created(originals, &snapshot, id, &|f| f.name.clone());
            remap_function(&mut self.funcs[id.index() - self.first], &nested);
            map.insert(code, id);
        }
        map
    }
}

/// What gc calls the copy of closure `closure` made by inlining `callee`: `adder.func1` inlined
/// into a function, `adder.1` into a function literal (the inlined function's name and the
/// literal's number in it).
pub fn copy_name(callee: &str, closure: &str, into_literal: bool) -> String {
    let number = &closure[closure.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
    if number.is_empty() {
        return closure.to_string();
    }
    format!(
        "{callee}{}{number}",
        if into_literal { "." } else { ".func" }
    )
}

/// The closure functions whose objects `f` creates, once each, in order of first mention.
fn created(f: &Function) -> Vec<FuncId> {
    let mut out = Vec::new();
    let statics = f.allocs.iter().filter_map(|s| match s.static_value {
        Some(Const::FuncAddr(code)) => Some(code),
        _ => None,
    });
    let stored = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|inst| match inst {
            Inst::Assign {
                src: Rvalue::Use(Operand::Const(Const::FuncAddr(code))),
                ..
            } => Some(*code),
            _ => None,
        });
    for code in statics.chain(stored) {
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// Rewrites the code addresses of `f`'s closure objects by `map`.
fn remap_function(f: &mut Function, map: &HashMap<FuncId, FuncId>) {
    if map.is_empty() {
        return;
    }
    for site in &mut f.allocs {
        if let Some(c) = &mut site.static_value {
            remap_const(c, map);
        }
    }
    for inst in f.blocks.iter_mut().flat_map(|b| &mut b.insts) {
        remap_inst(inst, map);
    }
}

/// Rewrites a closure object's code address by `map`.
pub fn remap_const(c: &mut Const, map: &HashMap<FuncId, FuncId>) {
    if let Const::FuncAddr(code) = c {
        if let Some(copy) = map.get(code) {
            *code = *copy;
        }
    }
}

/// Rewrites the code address an instruction stores into a closure object by `map`.
pub fn remap_inst(inst: &mut Inst, map: &HashMap<FuncId, FuncId>) {
    if let Inst::Assign {
        src: Rvalue::Use(Operand::Const(c)),
        ..
    } = inst
    {
        remap_const(c, map);
    }
}
