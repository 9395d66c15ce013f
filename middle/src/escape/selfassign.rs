//! gc's self-assignment rule.
//!
//! Assignments such as `b.buf = b.buf[n:]`, `b.p = b.q`, `*p = (*p)[1:]` or `s[0] = s[1]` store
//! into an object only what it already holds, so gc ignores them (otherwise every `*Buffer`
//! method reslicing its own field would leak its receiver) and says so with `-m`. The IR spreads
//! such a statement over temporaries; they are looked through to rebuild the statement's shape:
//! a named variable followed by dereferences, fields and element selections.

use crate::ir::{FuncId, Function, LocalId, Operand, Place, PlaceBase, Proj, Rvalue};
use crate::source::{Diagnostic, Pos, SourceMap};

use super::batch::Batch;
use super::facts::Defs;

/// How deep temporaries are followed.
const MAX_TEMP_CHAIN: u32 = 8;

/// A named variable: a local, or a capture of the closure being analysed.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Var {
    Local(LocalId),
    Capture(u32),
}

/// One selection after the variable: a dereference, a field, an array or slice element.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Deref,
    Field(u32),
    Index(Operand),
}

/// A rebuilt expression: a named variable followed by selections (`box.pair.p1` is `box`,
/// dereference, field 0, dereference, field 0).
#[derive(Clone, Debug, PartialEq)]
struct Path {
    var: Var,
    steps: Vec<Step>,
}

/// The named variable a whole place is, if it is one.
fn named_var(func: &Function, base: &PlaceBase) -> Option<Var> {
    match *base {
        PlaceBase::Local(l)
            if func
                .locals
                .get(l.index())
                .is_some_and(|d| !d.name.is_empty()) =>
        {
            Some(Var::Local(l))
        }
        PlaceBase::Capture(i)
            if func
                .captures
                .get(i as usize)
                .is_some_and(|c| !c.name.is_empty()) =>
        {
            Some(Var::Capture(i))
        }
        _ => None,
    }
}

/// The expression a place stands for.
fn place_path(func: &Function, defs: &Defs, place: &Place, depth: u32) -> Option<Path> {
    let mut path = match &place.base {
        PlaceBase::Deref(p) => pointee_path(func, defs, *p, depth)?,
        base => Path {
            var: named_var(func, base)?,
            steps: Vec::new(),
        },
    };
    for proj in &place.proj {
        path.steps.push(match proj {
            Proj::Field(i) => Step::Field(*i),
            Proj::Index(o) => Step::Index(o.clone()),
        });
    }
    Some(path)
}

/// What `*p` stands for: `*v` for a named pointer, `x.f`-style selections through a pointer
/// loaded into a temporary, or `s[i]` when `p` is the address of a slice element.
fn pointee_path(func: &Function, defs: &Defs, p: LocalId, depth: u32) -> Option<Path> {
    if let Some(var) = named_var(func, &PlaceBase::Local(p)) {
        return Some(Path {
            var,
            steps: vec![Step::Deref],
        });
    }
    if depth > MAX_TEMP_CHAIN {
        return None;
    }
    match defs.single_def(func, p)? {
        Rvalue::ElemAddr(Operand::Copy(slice), index) => {
            let mut path = place_path(func, defs, slice, depth + 1)?;
            path.steps.push(Step::Index(index.clone()));
            Some(path)
        }
        Rvalue::Use(Operand::Copy(Place {
            base: PlaceBase::Local(q),
            proj,
        })) if proj.is_empty() && named_var(func, &PlaceBase::Local(*q)).is_none() => {
            pointee_path(func, defs, *q, depth + 1)
        }
        Rvalue::Use(Operand::Copy(place)) => {
            let mut path = place_path(func, defs, place, depth + 1)?;
            path.steps.push(Step::Deref);
            Some(path)
        }
        _ => None,
    }
}

/// gc's `mayAffectMemory` for an index: false for constants, variables and selections of
/// them, and arithmetic over such operands; true for anything else (calls among it).
fn index_is_safe(func: &Function, defs: &Defs, o: &Operand, depth: u32) -> bool {
    let Operand::Copy(place) = o else { return true };
    if depth > MAX_TEMP_CHAIN {
        return false;
    }
    if let Some(path) = place_path(func, defs, place, depth + 1) {
        return path
            .steps
            .iter()
            .all(|s| !matches!(s, Step::Index(i) if !index_is_safe(func, defs, i, depth + 1)));
    }
    let Some(l) = place.as_local().filter(|_| place.proj.is_empty()) else {
        return false;
    };
    let safe = |o: &Operand| index_is_safe(func, defs, o, depth + 1);
    match defs.single_def(func, l) {
        Some(
            Rvalue::Use(a)
            | Rvalue::Unary(_, a)
            | Rvalue::Convert(a, _)
            | Rvalue::Len(a)
            | Rvalue::Cap(a),
        ) => safe(a),
        Some(Rvalue::Binary(_, a, b)) => safe(a) && safe(b),
        _ => false,
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
    let Operand::Copy(place) = op else {
        return None;
    };
    if let (PlaceBase::Local(t), true) = (&place.base, place.proj.is_empty()) {
        if named_var(func, &place.base).is_none() {
            let (inner, inner_sliced) =
                source_of(func, defs, defs.single_def(func, *t)?, depth + 1)?;
            if sliced && inner_sliced {
                return None;
            }
            return Some((inner, sliced || inner_sliced));
        }
    }
    Some((place.clone(), sliced))
}

/// gc's `isSliceSelfAssign` and `isSelfAssign` on rebuilt expressions: `*p` or `p.f` assigned a
/// reslicing of `*p` or `p.g`; or two selections that differ only in their last field or
/// index, the indices not touching memory.
fn is_self_assign(func: &Function, defs: &Defs, dst: &Path, src: &Path, sliced: bool) -> bool {
    if dst.var != src.var {
        return false;
    }
    if sliced {
        let deref_or_field = |p: &Path| {
            matches!(
                p.steps.as_slice(),
                [Step::Deref] | [Step::Deref, Step::Field(_)]
            )
        };
        return deref_or_field(dst) && deref_or_field(src);
    }
    let (Some((dl, dp)), Some((sl, sp))) = (dst.steps.split_last(), src.steps.split_last()) else {
        return false;
    };
    dp == sp
        && match (dl, sl) {
            (Step::Field(_), Step::Field(_)) => true,
            (Step::Index(a), Step::Index(b)) => {
                index_is_safe(func, defs, a, 0) && index_is_safe(func, defs, b, 0)
            }
            _ => false,
        }
}

/// The statement at `pos` as written: its source line without indentation and comment.
pub fn statement_text(map: &SourceMap, pos: Pos) -> String {
    let Some(file) = map.file_of(pos) else {
        return String::new();
    };
    let file = map.file(file);
    let rel = (pos.0 - file.base) as usize;
    let text = &file.text;
    let start = text
        .get(..rel.min(text.len()))
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(rel.min(text.len())..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| rel + i);
    let line = text.get(start..end).unwrap_or("");
    gc_spacing(strip_comment(line).trim())
}

/// Binary operators, longest first.
const BINARY_OPERATORS: [&str; 19] = [
    "&^", "<<", ">>", "==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "&", "|", "^",
    "<", ">",
];

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
        let after_operand = out
            .chars()
            .last()
            .is_some_and(|p| p.is_alphanumeric() || p == '_' || p == ')' || p == ']');
        let op = BINARY_OPERATORS.iter().find(|op| rest.starts_with(**op));
        match op {
            Some(op)
                if after_operand
                    && !rest.starts_with("<-")
                    && !rest[op.len()..].starts_with('=') =>
            {
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
    let Some(file) = map.file_of(pos) else {
        return pos;
    };
    let file = map.file(file);
    let rel = (pos.0 - file.base) as usize;
    let text = file.text.as_bytes();
    if text.get(rel..rel + name.len()) == Some(name.as_bytes()) {
        return pos;
    }
    match rel.checked_sub(name.len()) {
        Some(start) if text.get(start..rel) == Some(name.as_bytes()) => {
            Pos(pos.0 - name.len() as u32)
        }
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
    pub fn is_self_assign(
        &mut self,
        f: FuncId,
        func: &Function,
        dst: &Place,
        src: &Rvalue,
        pos: Pos,
        text: Option<&str>,
    ) -> bool {
        let Some(defs) = self.funcs.get(&f).map(|l| &l.defs) else {
            return false;
        };
        let Some(dst_path) = place_path(func, defs, dst, 0) else {
            return false;
        };
        let Some((src_place, sliced)) = source_of(func, defs, src, 0) else {
            return false;
        };
        let Some(src_path) = place_path(func, defs, &src_place, 0) else {
            return false;
        };
        if !is_self_assign(func, defs, &dst_path, &src_path, sliced) {
            return false;
        }
        if self.level >= 1 && func.kind != crate::ir::FuncKind::Synthetic {
            let text = text.map_or_else(|| statement_text(self.map, pos), String::from);
            // The outlined body of a function with `defer` speaks for the function.
            let name = func.name.strip_suffix(".body").unwrap_or(&func.name);
            let message = format!("{name} ignoring self-assignment in {text}");
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
        assert_eq!(
            gc_spacing("keys[j], keys[j-1] = keys[j-1], keys[j]"),
            "keys[j], keys[j - 1] = keys[j - 1], keys[j]"
        );
        assert_eq!(gc_spacing("*p = (*p)[1:]"), "*p = (*p)[1:]");
        assert_eq!(
            gc_spacing("x = -a*b + s[len(s)-1]"),
            "x = -a * b + s[len(s) - 1]"
        );
        assert_eq!(gc_spacing("p = &x; q += \"a-b\""), "p = &x; q += \"a-b\"");
        assert_eq!(gc_spacing("v := <-c"), "v := <-c");
    }

    #[test]
    fn statement_text_is_the_trimmed_line() {
        let mut map = SourceMap::new();
        map.add_file(
            "./a.go".into(),
            "package a\n\tb.buf = b.buf[n:] // ERROR \"x\"\n".into(),
        );
        assert_eq!(statement_text(&map, Pos(17)), "b.buf = b.buf[n:]");
    }
}
