//! What gc prints for, and makes of, an inlined call's result converted to an interface.
//!
//! gc prints an inlined call as its result variable, so the box of `fmt.Println(f(x))`'s
//! argument is `~r0 escapes to heap` (`res` for a named result, `any(~r0)` for an explicit
//! conversion). And its escape analysis replaces a converted value whose static value is a
//! constant by the constant (`ReassignOracle.StaticValue` follows single assignments into
//! inlined bodies): with `func (Dog) Sound() string { return "woof" }` inlined,
//! `fmt.Println(d.Sound())` converts `"woof"` — `"woof" escapes to heap`, read-only data, no
//! allocation — as the frontend does for a variable assigned a constant once. [`rewrite_boxes`]
//! does both once a function is inlined into.
//!
//! A box of an inlined result is a site whose whole object is assigned the temporary that
//! received the result; the frontend gave it the text of the converted expression, which is
//! the call itself or, for an explicit conversion, its operand.

use std::collections::{HashMap, HashSet};

use crate::ir::*;
use crate::source::{Pos, SourceMap};
use crate::types::TypeTable;

use super::resolve::{whole_local, Def, Defs};
use super::splice::const_text;

/// How far chains of copies are followed to a constant.
const MAX_CHAIN: u32 = 16;

/// The result of an inlined call, delivered to a temporary.
pub struct InlinedResult {
    /// The callee's result variable (`~r0`, or its name).
    name: String,
    /// What the call's text may end with before its `(`: the identifier written at the call and
    /// the callee's own name.
    callee: [String; 2],
}

impl InlinedResult {
    /// The result `name` of a call at `pos` (its `(`) of `callee` (`f`, `(*T).M`).
    pub fn new(map: &SourceMap, pos: Pos, callee: &str, name: &str) -> InlinedResult {
        let written = map.file_of(pos).map_or(String::new(), |id| {
            let file = map.file(id);
            let head = file.text.get(..(pos.0 - file.base) as usize).unwrap_or("");
            let start = head
                .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                .len();
            head[start..].to_string()
        });
        let own = callee.rsplit('.').next().unwrap_or(callee).to_string();
        InlinedResult {
            name: name.to_string(),
            callee: [written, own],
        }
    }

    /// `text` with this call (the whole text, or the operand of a conversion) replaced by
    /// `value`.
    fn rename(&self, text: &str, value: &str) -> Option<String> {
        if self.is_call(text) {
            return Some(value.to_string());
        }
        let open = matching_open(text)?;
        self.is_call(&text[open + 1..text.len() - 1])
            .then(|| format!("{}{value})", &text[..=open]))
    }

    /// True if `text` is a call of this callee: `NAME(...)` or `x.NAME(...)`.
    fn is_call(&self, text: &str) -> bool {
        let Some(open) = matching_open(text) else {
            return false;
        };
        let head = &text[..open];
        let called = |c: &String| {
            head.strip_suffix(c.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
        };
        self.callee.iter().filter(|c| !c.is_empty()).any(called)
    }
}

/// The `(` matching the `)` that ends `text`.
fn matching_open(text: &str) -> Option<usize> {
    if !text.ends_with(')') {
        return None;
    }
    let mut depth = 0;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 1 => return Some(i),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Renames the sites of `f` that box exactly the result of an inlined call (`results`, by the
/// temporary receiving it) as gc prints them, and turns those whose value is a constant into
/// read-only constants.
pub fn rewrite_boxes(
    f: &mut Function,
    results: &HashMap<LocalId, InlinedResult>,
    types: &TypeTable,
) {
    let defs = Defs::new(f);
    let mut constants = HashSet::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        let Inst::Assign {
            dst,
            src: Rvalue::Use(value),
            ..
        } = inst
        else {
            continue;
        };
        let (PlaceBase::Alloc(a), true) = (&dst.base, dst.proj.is_empty()) else {
            continue;
        };
        let Some(result) = whole_local(value).and_then(|t| results.get(&t)) else {
            continue;
        };
        let site = &mut f.allocs[a.index()];
        let constant =
            constant_of(&defs, value, 0).filter(|_| site.read_only && site.static_value.is_none());
        if let Some(c) = constant {
            site.static_value = Some(c.clone());
            constants.insert(*a);
        }
        let text = constant
            .and_then(|c| literal_text(types, c))
            .unwrap_or_else(|| result.name.clone());
        if let Some(text) = result.rename(&site.text, &text) {
            site.text = text;
        }
    }
    // A constant site has no object to allocate and fill.
    for block in &mut f.blocks {
        block.insts.retain(|inst| match inst {
            Inst::Alloc { site, .. } => !constants.contains(site),
            Inst::Assign {
                dst:
                    Place {
                        base: PlaceBase::Alloc(a),
                        proj,
                    },
                ..
            } => !(proj.is_empty() && constants.contains(a)),
            _ => true,
        });
    }
}

/// A constant as gc prints a literal: with its type when that is a defined type (`Color("red")`).
fn literal_text(types: &TypeTable, c: &Const) -> Option<String> {
    let text = const_text(c)?;
    let (Const::Int(_, ty) | Const::Float(_, ty) | Const::Bool(_, ty) | Const::Str(_, ty)) = c
    else {
        return Some(text);
    };
    match types.named(*ty) {
        Some(named) if !named.package.is_empty() => Some(format!("{}({text})", named.name)),
        _ => Some(text),
    }
}

/// The literal constant (number, boolean or string) `op` statically holds, through locals
/// assigned exactly once.
fn constant_of<'d>(defs: &'d Defs, op: &'d Operand, depth: u32) -> Option<&'d Const> {
    match op {
        Operand::Const(
            c @ (Const::Int(..) | Const::Float(..) | Const::Bool(..) | Const::Str(..)),
        ) => Some(c),
        Operand::Const(_) => None,
        _ if depth > MAX_CHAIN => None,
        _ => match defs.single(whole_local(op)?)? {
            Def::Copy(inner) => constant_of(defs, inner, depth + 1),
            _ => None,
        },
    }
}
