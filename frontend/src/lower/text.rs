//! Expression text as gc's `-m` diagnostics print it (`&T{...} escapes to heap`).
//!
//! gc prints its typed IR as escape analysis left it, not the source:
//!
//! * Constants appear folded (`1<<3` prints as `8`); one of a type other than its kind's default
//!   prints as a conversion (`int64(5)`, `byte(98)`), a rune as a character (`'x'`). See
//!   `consts`.
//! * Parentheses are dropped and re-added where gc's precedences need them: a unary operator's
//!   operand is parenthesised unless primary (`*(*p)`, `- (-x)` with a space between equal
//!   operators), and a function literal, `&T{...}` and a string concatenation bind loosest
//!   (`(func literal)()`).
//! * What the type checker made implicit is invisible (conversions, `&` and `*` of receivers),
//!   except embedded fields, which are spelled out (`r.B.n` for the promoted `r.n`).
//! * A method call is a call of the method expression with the receiver first (`B.Get(r.B)`,
//!   `(*List).String(l)`); a variadic call's packed arguments are `... argument...`. See
//!   `calls`.
//! * Composite literals abbreviate their elements to `{...}` (or print `{}` when empty), a
//!   function literal is `func literal`, types print as gc spells them (see `types`).
//! * Escape analysis's constant propagation (its `rewriteWithLiterals`): an interface conversion
//!   of a never-reassigned local holding a constant prints the constant (`x` boxed prints `5`,
//!   but `x + 1` stays), and so does the size of `make([]T, n)`.

mod autotmp;
mod calls;
mod consts;
mod types;

use crate::ast::{AssignOp, Ast, BinaryOp, ExprId, ExprKind, UnaryOp};
use crate::check::{Selection, TypeInfo};
use middle::types::{BasicKind, Type, TypeId};

pub use autotmp::number_temporaries;

/// Precedence of primary expressions (names, literals, selectors, calls...); binary operators
/// have 1 to 5 and unary operators 6, as in Go.
const PRIMARY: u8 = 7;

/// Formats expressions for diagnostics.
pub struct ExprText<'a> {
    /// The syntax tree.
    pub ast: &'a Ast,
    /// The checker's facts.
    pub info: &'a TypeInfo,
    /// Never-reassigned locals holding constants, which gc's escape analysis propagates.
    pub const_vars: Option<&'a std::collections::HashMap<crate::check::ObjId, middle::ir::Const>>,
    /// Lengths of never-reassigned locals holding slice literals (gc folds `len(x)` in sizes).
    pub slice_lens: Option<&'a std::collections::HashMap<crate::check::ObjId, i64>>,
    /// The expressions gc holds in temporaries, with the first one's number (see `autotmp`).
    pub temps: Option<&'a std::collections::HashMap<ExprId, u32>>,
}

impl ExprText<'_> {
    /// The text of `e`.
    pub fn of(&self, e: ExprId) -> String {
        let mut s = String::new();
        self.write(&mut s, e, 0);
        s
    }

    /// The text of `e` converted to an interface, which gc's constant propagation may replace.
    pub fn boxed(&self, e: ExprId) -> String {
        let mut s = String::new();
        self.write_boxed(&mut s, e);
        s
    }

    /// An assignment statement (`s[0], s[1] = s[1], s[0]`, `x += 1`).
    pub fn assignment(&self, lhs: &[ExprId], op: AssignOp, rhs: &[ExprId]) -> String {
        let list = |es: &[ExprId]| {
            es.iter()
                .map(|e| self.of(*e))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let op = match op {
            AssignOp::Assign => "=".to_string(),
            AssignOp::Define => ":=".to_string(),
            AssignOp::Op(b) => format!("{}=", b.as_str()),
        };
        format!("{} {op} {}", list(lhs), list(rhs))
    }

    /// The checker's type of `e`.
    fn ty(&self, e: ExprId) -> TypeId {
        self.info
            .expr_types
            .get(e.0 as usize)
            .copied()
            .unwrap_or(TypeId::INVALID)
    }

    /// True if a value of `from` converted to `to` is boxed into an interface.
    fn boxes(&self, from: TypeId, to: TypeId) -> bool {
        self.info.types.is_interface(to)
            && !self.info.types.is_interface(from)
            && from != TypeId::INVALID
    }

    /// gc's precedence of `e` (parentheses are transparent).
    fn precedence(&self, e: ExprId) -> u8 {
        if self.info.consts.contains_key(&e) {
            return PRIMARY;
        }
        match &self.ast.expr(e).kind {
            ExprKind::Paren(x) => self.precedence(*x),
            ExprKind::FuncLit { .. } => 0,
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } if matches!(
                self.ast.expr(self.strip(*x)).kind,
                ExprKind::Composite { .. }
            ) =>
            {
                0
            }
            ExprKind::Binary {
                op: BinaryOp::Add, ..
            } if self.info.types.basic(self.ty(e)) == Some(BasicKind::String) => 0,
            ExprKind::Binary { op, .. } => op.precedence(),
            ExprKind::Unary { .. } | ExprKind::Star(_) => 6,
            _ => PRIMARY,
        }
    }

    /// `e` without enclosing parentheses.
    fn strip(&self, e: ExprId) -> ExprId {
        crate::lower::expr::strip_parens(self.ast, e)
    }

    fn write(&self, out: &mut String, e: ExprId, outer: u8) {
        if let Some(v) = self.info.consts.get(&e) {
            return self.constant(out, e, v);
        }
        let e = self.strip(e);
        if let Some(n) = self.temps.and_then(|t| t.get(&e)) {
            out.push_str(&format!(".autotmp_{n}"));
            return;
        }
        let prec = self.precedence(e);
        let paren = prec < outer;
        if paren {
            out.push('(');
        }
        match &self.ast.expr(e).kind {
            ExprKind::Ident(n) => out.push_str(n),
            ExprKind::Lit(l) => out.push_str(&l.raw),
            ExprKind::FuncLit { .. } => out.push_str("func literal"),
            ExprKind::Composite { ty, elems, .. } => {
                match ty {
                    Some(t) => self.write_type(out, *t),
                    None => out.push_str(&self.info.types.type_string(self.ty(e), false, true)),
                }
                out.push_str(if elems.is_empty() { "{}" } else { "{...}" });
            }
            ExprKind::Selector { x, sel } => {
                self.write_selected(out, e, *x, PRIMARY);
                out.push('.');
                out.push_str(&sel.name);
            }
            ExprKind::Index { x, index } => {
                self.write(out, *x, PRIMARY);
                out.push('[');
                match self.info.types.under(self.ty(*x)) {
                    Type::Map(k, _) if self.boxes(self.ty(*index), *k) => {
                        self.write_boxed(out, *index)
                    }
                    _ => self.write(out, *index, 0),
                }
                out.push(']');
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.write(out, *x, PRIMARY);
                out.push('[');
                if let Some(l) = lo {
                    self.write(out, *l, 0);
                }
                out.push(':');
                if let Some(h) = hi {
                    self.write(out, *h, 0);
                }
                if let Some(m) = max {
                    out.push(':');
                    self.write(out, *m, 0);
                }
                out.push(']');
            }
            ExprKind::TypeAssert { x, ty } => {
                self.write(out, *x, PRIMARY);
                out.push_str(".(");
                match ty {
                    Some(t) => self.write_type(out, *t),
                    None => out.push_str("type"),
                }
                out.push(')');
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => self.write_call(out, e, *fun, args, ellipsis.is_some()),
            ExprKind::Star(x) => {
                out.push('*');
                self.write(out, *x, PRIMARY);
            }
            ExprKind::Unary { op, x } => {
                out.push_str(op.as_str());
                if matches!(self.ast.expr(self.strip(*x)).kind, ExprKind::Unary { op: inner, .. } if inner == *op)
                {
                    out.push(' ');
                }
                self.write(out, *x, PRIMARY);
            }
            ExprKind::Binary { op, x, y } => self.write_binary(out, *op, *x, *y, prec),
            _ => self.write_type(out, e),
        }
        if paren {
            out.push(')');
        }
    }

    /// `x op y`; the operands of a string concatenation are not parenthesised (gc prints one
    /// concatenation of all of them), and a comparison with an interface boxes the other side.
    fn write_binary(&self, out: &mut String, op: BinaryOp, x: ExprId, y: ExprId, prec: u8) {
        let (xp, yp) = if prec == 0 { (0, 0) } else { (prec, prec + 1) };
        let (tx, ty) = (self.ty(x), self.ty(y));
        let compares = matches!(op, BinaryOp::Eq | BinaryOp::Ne);
        let side = |out: &mut String, e: ExprId, other: TypeId, p: u8| {
            if compares && self.boxes(self.ty(e), other) {
                self.write_boxed(out, e);
            } else {
                self.write(out, e, p);
            }
        };
        side(out, x, ty, xp);
        out.push(' ');
        out.push_str(op.as_str());
        out.push(' ');
        side(out, y, tx, yp);
    }

    /// The operand `x` of the selector `e` (inside an operator of precedence `outer` when no
    /// embedded field follows), followed by the embedded fields the selection goes through.
    fn write_selected(&self, out: &mut String, e: ExprId, x: ExprId, outer: u8) {
        let path: &[u32] = match self.info.selections.get(&e) {
            Some(Selection::Field { path, .. }) => &path[..path.len().saturating_sub(1)],
            Some(
                Selection::Method { path, .. } | Selection::PromotedInterfaceMethod { path, .. },
            ) => path,
            _ => &[],
        };
        self.write(out, x, if path.is_empty() { outer } else { PRIMARY });
        for name in self.embedded_path(x, path) {
            out.push('.');
            out.push_str(&name);
        }
    }

    /// The names of the embedded fields `path` selects, starting from `x`'s type.
    fn embedded_path(&self, x: ExprId, path: &[u32]) -> Vec<String> {
        let types = &self.info.types;
        let mut ty = self.ty(x);
        let mut names = Vec::new();
        for step in path {
            if let Type::Pointer(t) = types.under(ty) {
                ty = *t;
            }
            let Type::Struct(fields) = types.under(ty) else {
                break;
            };
            let Some(field) = fields.get(*step as usize) else {
                break;
            };
            names.push(field.name.clone());
            ty = field.ty;
        }
        names
    }
}
