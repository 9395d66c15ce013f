//! The cost walk over expressions (gc's `hairyVisitor`, for expression nodes other than calls).
//!
//! One unit per node, as gc's typed IR has them: constants fold to one literal, parentheses and
//! types cost nothing, a string concatenation chain is one node over its operands, a composite
//! literal's struct fields and keyed elements are nodes of their own (a slice literal costs one
//! more), an embedded field adds a selection step, indexing a pointer to an array adds its
//! dereference, slicing an array variable its address; gc's discounts for `&v.f` at offset 0,
//! `*&x`, `x[0:...]` and `x[:len(x)]` apply.

use middle::types::{BasicKind, Type, TypeId};

use super::hairy::Hairy;
use super::CLOSURE_COST;
use crate::ast::{ExprId, ExprKind, UnaryOp};
use crate::check::{Builtin, CallKind, ObjKind, Selection};
use crate::lower::expr::strip_parens;

impl Hairy<'_, '_> {
    pub(super) fn expr(&mut self, e: ExprId) -> i64 {
        if self.d.info.consts.contains_key(&e) {
            return 1;
        }
        let ast = self.d.ast;
        match &ast.expr(e).kind {
            ExprKind::Ident(_) | ExprKind::Lit(_) => 1,
            ExprKind::Paren(x) => self.expr(*x),
            ExprKind::FuncLit { .. } => 1 + CLOSURE_COST,
            ExprKind::Composite { elems, .. } => self.composite(e, elems),
            ExprKind::Selector { x, .. } => self.selector(e, *x),
            ExprKind::Index { x, index } => match self.under(self.ty(*x)).clone() {
                Type::Map(k, _) => 1 + self.expr(*x) + self.value(*index, k),
                Type::Pointer(_) => 2 + self.expr(*x) + self.expr(*index),
                _ => 1 + self.expr(*x) + self.expr(*index),
            },
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(*x, *lo, *hi, *max),
            ExprKind::TypeAssert { x, .. } => 1 + self.expr(*x),
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(x) => {
                let inner = strip_parens(ast, *x);
                let discount = i64::from(matches!(
                    ast.expr(inner).kind,
                    ExprKind::Unary {
                        op: UnaryOp::Addr,
                        ..
                    }
                ));
                1 + self.expr(*x) - discount
            }
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => self.address(*x),
            ExprKind::Unary { x, .. } => 1 + self.expr(*x),
            ExprKind::Binary { op, x, y } => {
                if *op == crate::ast::BinaryOp::Add
                    && self
                        .d
                        .info
                        .types
                        .basic(self.ty(e))
                        .is_some_and(|k| k == BasicKind::String)
                {
                    let mut leaves = Vec::new();
                    self.concat_leaves(e, &mut leaves);
                    return 1 + self.exprs(&leaves);
                }
                if op.is_comparison() {
                    let (tx, ty) = (self.ty(*x), self.ty(*y));
                    return 1 + self.value(*x, ty) + self.value(*y, tx);
                }
                1 + self.expr(*x) + self.expr(*y)
            }
            _ => 0,
        }
    }

    /// The operands of a string concatenation chain (gc flattens it into one `OADDSTR`).
    pub(super) fn concat_leaves(&self, e: ExprId, out: &mut Vec<ExprId>) {
        let inner = strip_parens(self.ast(), e);
        match &self.ast().expr(inner).kind {
            ExprKind::Binary {
                op: crate::ast::BinaryOp::Add,
                x,
                y,
            } if !self.d.info.consts.contains_key(&inner) => {
                self.concat_leaves(*x, out);
                self.concat_leaves(*y, out);
            }
            _ => out.push(e),
        }
    }

    pub(super) fn composite(&mut self, e: ExprId, elems: &[crate::ast::KeyedElement]) -> i64 {
        let mut ty = self.ty(e);
        let mut cost = 0;
        if let Type::Pointer(t) = self.under(ty) {
            // An elided `&T` inside an outer literal.
            ty = *t;
            cost += 1;
        }
        match self.under(ty).clone() {
            Type::Struct(fields) => {
                cost += 1;
                for (i, el) in elems.iter().enumerate() {
                    let field = match el.key {
                        Some(k) => match self.d.info.selections.get(&k) {
                            Some(Selection::Field { path, .. }) => {
                                path.last().copied().unwrap_or(0) as usize
                            }
                            _ => i,
                        },
                        None => i,
                    };
                    let fty = fields.get(field).map_or(TypeId::INVALID, |f| f.ty);
                    cost += 1 + self.value(el.value, fty);
                }
            }
            Type::Map(k, v) => {
                cost += 1;
                for el in elems {
                    cost +=
                        1 + el.key.map_or(0, |key| self.value(key, k)) + self.value(el.value, v);
                }
            }
            shape => {
                let elem = match shape {
                    Type::Slice(t) => {
                        cost += 2;
                        t
                    }
                    Type::Array(t, _) => {
                        cost += 1;
                        t
                    }
                    _ => return cost,
                };
                for el in elems {
                    cost += el.key.map_or(0, |key| 1 + self.expr(key)) + self.value(el.value, elem);
                }
            }
        }
        cost
    }

    pub(super) fn selector(&mut self, e: ExprId, x: ExprId) -> i64 {
        if self.d.info.uses.contains_key(&e) {
            return 1;
        }
        match self.d.info.selections.get(&e).cloned() {
            Some(Selection::Field { path, .. }) => path.len() as i64 + self.expr(x),
            Some(Selection::Method {
                path,
                take_address,
                deref_receiver,
                ..
            }) => {
                2 + path.len() as i64
                    + i64::from(take_address)
                    + i64::from(deref_receiver)
                    + self.expr(x)
            }
            Some(Selection::InterfaceMethod { .. }) => 2 + self.expr(x),
            Some(Selection::PromotedInterfaceMethod { path, .. }) => {
                2 + path.len() as i64 + self.expr(x)
            }
            Some(
                Selection::MethodExpr { .. }
                | Selection::PromotedMethodExpr { .. }
                | Selection::InterfaceMethodExpr { .. },
            ) => 0,
            None => 1 + self.expr(x),
        }
    }

    pub(super) fn slice_expr(
        &mut self,
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    ) -> i64 {
        let mut cost = 1 + self.expr(x);
        if let Type::Array(..) = self.under(self.ty(x)) {
            cost += 1; // the implicit `&` of slicing an array variable
        }
        for b in [lo, hi, max].into_iter().flatten() {
            cost += self.expr(b);
        }
        if lo.is_some_and(|l| {
            self.d
                .info
                .consts
                .get(&l)
                .is_some_and(|v| v.to_i64() == Some(0))
        }) {
            cost -= 1;
        }
        if hi.is_some_and(|h| self.is_len_of(h, x)) {
            cost -= 2;
        }
        cost
    }

    /// True if `h` is `len(x)` for the same variable `x`.
    pub(super) fn is_len_of(&self, h: ExprId, x: ExprId) -> bool {
        let ast = self.ast();
        let ExprKind::Call { args, .. } = &ast.expr(strip_parens(ast, h)).kind else {
            return false;
        };
        if !matches!(
            self.d.info.calls.get(&strip_parens(ast, h)),
            Some(CallKind::Builtin(Builtin::Len))
        ) || args.len() != 1
        {
            return false;
        }
        let (a, b) = (strip_parens(ast, args[0]), strip_parens(ast, x));
        let var = |e: ExprId| {
            self.d
                .info
                .uses
                .get(&e)
                .filter(|o| matches!(self.d.info.objects[o.0 as usize].kind, ObjKind::Var(_)))
                .copied()
        };
        var(a).is_some() && var(a) == var(b)
    }

    /// `&x`: `&T{...}` is one node; `&v.f` of a field at offset 0 costs 1 in all.
    pub(super) fn address(&mut self, x: ExprId) -> i64 {
        let ast = self.d.ast;
        let inner = strip_parens(ast, x);
        match &ast.expr(inner).kind {
            ExprKind::Composite { .. } => 1 + self.expr(inner),
            ExprKind::Selector { x: base, .. } => {
                let cost = 1 + self.expr(inner);
                match self.d.info.selections.get(&inner) {
                    Some(Selection::Field { path, .. })
                        if self.offset_zero_field_of_name(*base, path) =>
                    {
                        cost - 2
                    }
                    _ => cost,
                }
            }
            _ => 1 + self.expr(x),
        }
    }

    /// True if `base.f` (one selection step, `path`) selects a field at offset 0 of a variable
    /// `base`: gc charges nothing for taking its address.
    pub(super) fn offset_zero_field_of_name(&self, base: ExprId, path: &[u32]) -> bool {
        let base = strip_parens(self.ast(), base);
        if !matches!(self.ast().expr(base).kind, ExprKind::Ident(_)) || path.len() != 1 {
            return false;
        }
        let struct_ty = match self.under(self.ty(base)) {
            Type::Pointer(t) => *t,
            _ => self.ty(base),
        };
        matches!(self.under(struct_ty), Type::Struct(_))
            && self
                .d
                .info
                .types
                .field_offsets(struct_ty)
                .get(path[0] as usize)
                == Some(&0)
    }
}
