//! Rendering IR back into the Go expressions gc names in `-m=2` notes (`p = &x`,
//! `return func literal`, `sink = n`).
//!
//! gc prints its own tree, with allocating expressions shown by their site text; the IR keeps
//! that text on every site, and names on locals and globals, so most statements can be rebuilt
//! by following the temporaries a statement was split into. What cannot be rebuilt falls back
//! to the source line of the statement.

use crate::ir::{AllocKind, Const, FuncId, Function, Operand, Place, PlaceBase, Proj, Rvalue};
use crate::types::Type;

use super::batch::Batch;
use super::facts::place_type;

/// How deep temporaries are followed.
const MAX_DEPTH: u32 = 8;

impl Batch<'_> {
    /// The Go text of a place, if it can be rebuilt.
    pub fn place_text(&self, f: FuncId, func: &Function, place: &Place) -> Option<String> {
        let mut text = match place.base {
            PlaceBase::Local(l) => {
                let d = func.locals.get(l.index())?;
                if d.name.is_empty() {
                    match self.funcs.get(&f)?.defs.single_def(func, l) {
                        Some(rv) if place.proj.is_empty() => {
                            return self.rvalue_text(f, func, rv, 1)
                        }
                        _ => return None,
                    }
                }
                d.name.clone()
            }
            PlaceBase::Alloc(a) => {
                let s = func.allocs.get(a.index())?;
                if s.kind != AllocKind::Var {
                    return None;
                }
                s.text.clone()
            }
            PlaceBase::Global(g) => self.program.globals.get(g.index())?.name.clone(),
            PlaceBase::Deref(p) => {
                let inner = self.place_text(f, func, &Place::local(p))?;
                match place.proj.first() {
                    Some(Proj::Field(_)) => inner,
                    _ => format!("*{inner}"),
                }
            }
            PlaceBase::Capture(i) => func.captures.get(i as usize)?.name.clone(),
        };
        let mut prefix = Place {
            base: place.base.clone(),
            proj: Vec::new(),
        };
        for proj in &place.proj {
            let ty = place_type(self.program, func, &prefix)?;
            match proj {
                Proj::Field(i) => match self.program.types.under(ty) {
                    Type::Struct(fields) => {
                        text = format!("{text}.{}", fields.get(*i as usize)?.name)
                    }
                    _ => return None,
                },
                Proj::Index(op) => text = format!("{text}[{}]", self.operand_text(f, func, op, 1)?),
            }
            prefix.proj.push(proj.clone());
        }
        Some(text)
    }

    /// The Go text of an operand.
    pub fn operand_text(
        &self,
        f: FuncId,
        func: &Function,
        op: &Operand,
        depth: u32,
    ) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match op {
            Operand::Copy(place) => self.place_text(f, func, place),
            Operand::Const(c) => match c {
                Const::Int(v, _) => Some(v.to_string()),
                Const::Bool(b, _) => Some(b.to_string()),
                Const::Str(s, _) => Some(format!("{:?}", String::from_utf8_lossy(s))),
                Const::Zero(_) => Some("nil".to_string()),
                _ => None,
            },
        }
    }

    /// The Go text of the value an rvalue computes.
    pub fn rvalue_text(
        &self,
        f: FuncId,
        func: &Function,
        rv: &Rvalue,
        depth: u32,
    ) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match rv {
            Rvalue::Use(o)
            | Rvalue::Convert(o, _)
            | Rvalue::MakeSlice(o, _, _)
            | Rvalue::MakeString(o, _) => self.operand_text(f, func, o, depth + 1),
            Rvalue::MakeIface(_, data) => self.operand_text(f, func, data, depth + 1),
            Rvalue::AddrOf(place) => match place.base {
                PlaceBase::Alloc(a) if place.proj.is_empty() => {
                    let s = func.allocs.get(a.index())?;
                    Some(if s.kind == AllocKind::Var {
                        format!("&{}", s.text)
                    } else {
                        s.text.clone()
                    })
                }
                _ => Some(format!("&{}", self.place_text(f, func, place)?)),
            },
            _ => None,
        }
    }

    /// gc's text of the statement `dst = src` at `pos`: `return X` into a result, `D = X`
    /// otherwise; the source line when it cannot be rebuilt.
    pub fn assign_text(
        &self,
        f: FuncId,
        func: &Function,
        dst: &Place,
        src: &Rvalue,
        pos: crate::source::Pos,
        is_return: bool,
    ) -> String {
        let value = self.rvalue_text(f, func, src, 0);
        let rebuilt = if is_return {
            value.map(|v| format!("return {v}"))
        } else {
            self.place_text(f, func, dst)
                .zip(value)
                .map(|(d, v)| format!("{d} = {v}"))
        };
        rebuilt.unwrap_or_else(|| super::selfassign::statement_text(self.map, pos))
    }
}
