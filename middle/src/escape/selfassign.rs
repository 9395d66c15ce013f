//! gc's self-assignment rule.
//!
//! Assignments such as `b.buf = b.buf[n:]`, `b.p = b.q`, `*p = (*p)[1:]` or `s[0] = s[1]` store
//! into an object only what it already holds, so gc ignores them (otherwise every `*Buffer`
//! method reslicing its own field would leak its receiver) and says so with `-m`. The IR spreads
//! such a statement over temporaries; they are looked through to rebuild the statement's shape:
//! a variable `v`, a pointer dereference `*p`, or a slice element `s[i]`, followed by field and
//! array-index selections.

use crate::ir::{FuncId, Function, Operand, Place, PlaceBase, Proj, Rvalue};
use crate::source::{Diagnostic, Pos, SourceMap};

use super::batch::Batch;
use super::facts::Defs;

/// How deep temporaries are followed.
const MAX_TEMP_CHAIN: u32 = 8;

/// A named variable: a local, or a capture of the closure being analysed.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Var {
    Local(crate::ir::LocalId),
    Capture(u32),
}

/// The root of a rebuilt expression.
#[derive(Clone, Debug, PartialEq)]
enum Root {
    /// A named variable `v`.
    Var(Var),
    /// `*p` for a named pointer `p`.
    Ptr(Var),
    /// `s[i]` for a named slice `s`.
    Elem(Var, Operand),
}

/// A rebuilt expression: a root followed by selections.
#[derive(Clone, Debug, PartialEq)]
struct Path {
    root: Root,
    proj: Vec<Proj>,
}

/// The named variable a whole place is, if it is one.
fn named_var(func: &Function, base: &PlaceBase) -> Option<Var> {
    match *base {
        PlaceBase::Local(l) if func.locals.get(l.index()).is_some_and(|d| !d.name.is_empty()) => Some(Var::Local(l)),
        PlaceBase::Capture(i) if func.captures.get(i as usize).is_some_and(|c| !c.name.is_empty()) => Some(Var::Capture(i)),
        _ => None,
    }
}

/// The expression a place stands for.
fn place_path(func: &Function, defs: &Defs, place: &Place) -> Option<Path> {
    let root = match place.base {
        PlaceBase::Deref(p) => deref_root(func, defs, p, 0)?,
        ref base => Root::Var(named_var(func, base)?),
    };
    Some(Path { root, proj: place.proj.clone() })
}

/// What `*p` stands for: `*v` for a named pointer (possibly copied into temporaries), or
/// `s[i]` when `p` is the address of a slice element.
fn deref_root(func: &Function, defs: &Defs, p: crate::ir::LocalId, depth: u32) -> Option<Root> {
    if let Some(v) = named_var(func, &PlaceBase::Local(p)) {
        return Some(Root::Ptr(v));
    }
    if depth > MAX_TEMP_CHAIN {
        return None;
    }
    match defs.single_def(func, p)? {
        Rvalue::ElemAddr(Operand::Copy(Place { base, proj }), index) if proj.is_empty() => Some(Root::Elem(named_var(func, base)?, index.clone())),
        Rvalue::Use(Operand::Copy(Place { base: PlaceBase::Local(q), proj })) if proj.is_empty() => deref_root(func, defs, *q, depth + 1),
        Rvalue::Use(Operand::Copy(Place { base: base @ PlaceBase::Capture(_), proj })) if proj.is_empty() => Some(Root::Ptr(named_var(func, base)?)),
        _ => None,
    }
}

/// What an rvalue reads, looking through temporaries: the place it copies, or the place it
/// reslices (flagged).
fn source_of(func: &Function, defs: &Defs, rv: &Rvalue, depth: u32) -> Option<(Place, bool)> {
    if depth > MAX_TEMP_CHAIN {
        return None;
    }
    let (op, sliced) = match rv {
        Rvalue::Use(op) => (op, false),
        Rvalue::Slice { x, .. } => (x, true),
        _ => return None,
    };
    let Operand::Copy(place) = op else { return None };
    if let (PlaceBase::Local(t), true) = (&place.base, place.proj.is_empty()) {
        if named_var(func, &place.base).is_none() {
            let (inner, inner_sliced) = source_of(func, defs, defs.single_def(func, *t)?, depth + 1)?;
            if sliced && inner_sliced {
                return None;
            }
            return Some((inner, sliced || inner_sliced));
        }
    }
    Some((place.clone(), sliced))
}

/// gc's `isSliceSelfAssign` and `isSelfAssign` on rebuilt expressions.
fn is_self_assign(dst: &Path, src: &Path, sliced: bool) -> bool {
    if sliced {
        // `*b` or `b.f` = (`*b` or `b.g`)[...]
        let deref_or_field =
            |p: &Path| matches!(p.root, Root::Ptr(_)) && (p.proj.is_empty() || matches!(p.proj.as_slice(), [Proj::Field(_)]));
        return deref_or_field(dst) && deref_or_field(src) && dst.root == src.root;
    }
    if dst.proj.len() != src.proj.len() {
        return false;
    }
    match (dst.proj.split_last(), src.proj.split_last()) {
        // s[i] = s[j]
        (None, None) => matches!((&dst.root, &src.root), (Root::Elem(a, _), Root::Elem(b, _)) if a == b),
        // v.f = v.g, p.f = p.g, a[i] = a[j], s[i].f = s[i].g, ...
        (Some((dl, dp)), Some((sl, sp))) => {
            dst.root == src.root && dp == sp && matches!((dl, sl), (Proj::Field(_), Proj::Field(_)) | (Proj::Index(_), Proj::Index(_)))
        }
        _ => false,
    }
}

/// The statement at `pos` as written: its source line without indentation and comment.
pub fn statement_text(map: &SourceMap, pos: Pos) -> String {
    let Some(file) = map.file_of(pos) else { return String::new() };
    let file = map.file(file);
    let rel = (pos.0 - file.base) as usize;
    let text = &file.text;
    let start = text.get(..rel.min(text.len())).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let end = text.get(rel.min(text.len())..).and_then(|t| t.find('\n')).map_or(text.len(), |i| rel + i);
    let line = text.get(start..end).unwrap_or("");
    gc_spacing(strip_comment(line).trim())
}

/// Binary operators, longest first.
const BINARY_OPERATORS: [&str; 19] =
    ["&^", "<<", ">>", "==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">"];

/// `text` with spaces around binary operators, as gc prints expressions (`keys[j - 1]` for
/// `keys[j-1]`); unary operators and everything else are left alone.
fn gc_spacing(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    let mut quote: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        if let Some(q) = quote {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            if c == '\\' && q != '`' {
                if let Some(n) = rest.chars().next() {
                    out.push(n);
                    rest = &rest[n.len_utf8()..];
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if matches!(c, '"' | '\'' | '`') {
            quote = Some(c);
            out.push(c);
            rest = &rest[1..];
            continue;
        }
        let after_operand = out.chars().last().is_some_and(|p| p.is_alphanumeric() || p == '_' || p == ')' || p == ']');
        let op = BINARY_OPERATORS.iter().find(|op| rest.starts_with(**op));
        match op {
            Some(op) if after_operand && !rest.starts_with("<-") && !rest[op.len()..].starts_with('=') => {
                let next = rest[op.len()..].chars().next();
                if next.is_some_and(|n| !n.is_whitespace()) {
                    out.push(' ');
                    out.push_str(op);
                    out.push(' ');
                } else {
                    out.push(' ');
                    out.push_str(op);
                }
                rest = &rest[op.len()..];
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The position of identifier `name` at `pos`, or just before it (`n++` is positioned at its
/// operator, gc names the variable's own position).
pub fn identifier_at(map: &SourceMap, pos: Pos, name: &str) -> Pos {
    let Some(file) = map.file_of(pos) else { return pos };
    let file = map.file(file);
    let rel = (pos.0 - file.base) as usize;
    let text = file.text.as_bytes();
    if text.get(rel..rel + name.len()) == Some(name.as_bytes()) {
        return pos;
    }
    match rel.checked_sub(name.len()) {
        Some(start) if text.get(start..rel) == Some(name.as_bytes()) => Pos(pos.0 - name.len() as u32),
        _ => pos,
    }
}

/// `line` without a trailing `//` comment (quotes respected).
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) if c == b'\\' && q != b'`' => i += 1,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' || c == b'`' => quote = Some(c),
            None if c == b'/' && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            None => {}
        }
        i += 1;
    }
    line
}

impl Batch<'_> {
    /// True if `dst = src` is a self-assignment gc ignores; reports it as the statement `text`
    /// (the source line without one).
    pub fn is_self_assign(&mut self, f: FuncId, func: &Function, dst: &Place, src: &Rvalue, pos: Pos, text: Option<&str>) -> bool {
        let Some(defs) = self.funcs.get(&f).map(|l| &l.defs) else { return false };
        let Some(dst_path) = place_path(func, defs, dst) else { return false };
        let Some((src_place, sliced)) = source_of(func, defs, src, 0) else { return false };
        let Some(src_path) = place_path(func, defs, &src_place) else { return false };
        if !is_self_assign(&dst_path, &src_path, sliced) {
            return false;
        }
        if self.level >= 1 && func.kind != crate::ir::FuncKind::Synthetic {
            let text = text.map_or_else(|| statement_text(self.map, pos), String::from);
            let message = format!("{} ignoring self-assignment in {text}", func.name);
            self.diags.push(Diagnostic::note(pos, message));
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_stripped_outside_quotes() {
        assert_eq!(strip_comment("b.p = b.q // ERROR \"x\""), "b.p = b.q ");
        assert_eq!(strip_comment("s := \"a//b\" // c"), "s := \"a//b\" ");
        assert_eq!(strip_comment("r := '\\'' // c"), "r := '\\'' ");
    }

    #[test]
    fn binary_operators_get_gc_spacing() {
        assert_eq!(gc_spacing("keys[j], keys[j-1] = keys[j-1], keys[j]"), "keys[j], keys[j - 1] = keys[j - 1], keys[j]");
        assert_eq!(gc_spacing("*p = (*p)[1:]"), "*p = (*p)[1:]");
        assert_eq!(gc_spacing("x = -a*b + s[len(s)-1]"), "x = -a * b + s[len(s) - 1]");
        assert_eq!(gc_spacing("p = &x; q += \"a-b\""), "p = &x; q += \"a-b\"");
        assert_eq!(gc_spacing("v := <-c"), "v := <-c");
    }

    #[test]
    fn statement_text_is_the_trimmed_line() {
        let mut map = SourceMap::new();
        map.add_file("./a.go".into(), "package a\n\tb.buf = b.buf[n:] // ERROR \"x\"\n".into());
        assert_eq!(statement_text(&map, Pos(17)), "b.buf = b.buf[n:]");
    }
}
