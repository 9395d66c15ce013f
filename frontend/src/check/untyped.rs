//! Untyped expressions (types2's `untyped` map and `updateExprType`).
//!
//! An expression whose type is untyped (a constant, a comparison, a non-constant shift of an
//! untyped constant) is not recorded when checked; it is remembered until its context decides
//! its type. Converting the expression's operand then pushes the new type down the expression
//! tree: through parentheses and the operands of non-constant unary and binary operations (not
//! into comparisons, and only into the left operand of shifts). Constant roots are checked for
//! representability; a left shift operand must end up an integer. Whatever is still untyped at
//! the end of checking gets its default type.

use middle::types::{BasicKind, Type, TypeId};

use super::operand::{Mode, Operand};
use super::Checker;
use crate::ast::{ExprId, ExprKind};
use crate::constant::{representable, ConstValue, NotRepresentable};

/// A remembered untyped expression.
#[derive(Clone, Debug)]
pub(crate) struct UntypedEntry {
    /// The expression is the left operand of a non-constant shift.
    pub is_lhs: bool,
    /// Its operand mode.
    pub mode: Mode,
    /// Its current (untyped) type.
    pub ty: TypeId,
    /// Its value, for constants.
    pub val: Option<ConstValue>,
}

/// Why an implicit conversion failed (types2's error codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConversionError {
    /// A float constant with a fractional part as an integer.
    Truncated,
    /// A constant out of range.
    Overflows,
    /// Any other impossible conversion.
    Invalid,
}

impl From<NotRepresentable> for ConversionError {
    fn from(e: NotRepresentable) -> ConversionError {
        match e {
            NotRepresentable::Truncated => ConversionError::Truncated,
            NotRepresentable::Overflows => ConversionError::Overflows,
            NotRepresentable::Invalid => ConversionError::Invalid,
        }
    }
}

impl Checker<'_> {
    /// Records the type and value of a checked expression, or remembers it if untyped.
    pub(crate) fn record_operand(&mut self, e: ExprId, x: &Operand) {
        let ty = if x.is_valid() { x.ty } else { TypeId::INVALID };
        if x.mode == Mode::TypeExpr {
            self.type_exprs.insert(e, ty);
        }
        if x.mode == Mode::NoValue {
            return;
        }
        if self.is_untyped(ty) {
            let entry = UntypedEntry {
                is_lhs: false,
                mode: x.mode,
                ty,
                val: x.val.clone(),
            };
            self.untyped.insert(e, entry);
        } else {
            self.record_type_and_value(e, x.mode, ty, x.val.clone());
        }
    }

    /// Records the final type and value of an expression.
    pub(crate) fn record_type_and_value(
        &mut self,
        e: ExprId,
        mode: Mode,
        ty: TypeId,
        val: Option<ConstValue>,
    ) {
        let denotes_value = !matches!(
            mode,
            Mode::Invalid | Mode::TypeExpr | Mode::Builtin(_) | Mode::NoValue
        );
        if let Some(slot) = self.expr_types.get_mut(e.0 as usize) {
            *slot = if denotes_value { ty } else { TypeId::INVALID };
        }
        match val {
            Some(v) if mode == Mode::Constant => {
                self.consts.insert(e, v);
            }
            _ => {
                self.consts.remove(&e);
            }
        }
    }

    /// Marks a remembered untyped expression as the left operand of a non-constant shift.
    pub(crate) fn mark_shift_lhs(&mut self, e: ExprId) {
        if let Some(entry) = self.untyped.get_mut(&e) {
            entry.is_lhs = true;
        }
    }

    /// Updates the value of a remembered untyped expression.
    fn update_expr_val(&mut self, e: ExprId, val: &ConstValue) {
        if let Some(entry) = self.untyped.get_mut(&e) {
            entry.val = Some(val.clone());
        }
    }

    /// Gives the untyped expression `e` (and its untyped operands) the type `ty`; `is_final`
    /// means `ty` is final even if untyped.
    pub(crate) fn update_expr_type(&mut self, e: ExprId, ty: TypeId, is_final: bool) {
        let Some(old) = self.untyped.get(&e).cloned() else {
            return;
        };
        let ast = self.ast;
        match &ast.expr(e).kind {
            ExprKind::Paren(x) => self.update_expr_type(*x, ty, is_final),
            ExprKind::Unary { x, .. } if old.val.is_none() => {
                self.update_expr_type(*x, ty, is_final)
            }
            ExprKind::Binary { op, x, y } if old.val.is_none() => {
                if op.is_comparison() {
                    // The result type is independent of the operands' types.
                } else if matches!(op, crate::ast::BinaryOp::Shl | crate::ast::BinaryOp::Shr) {
                    self.update_expr_type(*x, ty, is_final);
                } else {
                    self.update_expr_type(*x, ty, is_final);
                    self.update_expr_type(*y, ty, is_final);
                }
            }
            _ => {}
        }
        if !is_final && self.is_untyped(ty) {
            if let Some(entry) = self.untyped.get_mut(&e) {
                entry.ty = ty;
            }
            return;
        }
        self.untyped.remove(&e);
        if old.is_lhs && !self.is_integer(ty) {
            let message = format!(
                "invalid operation: shifted operand {} (type {}) must be integer",
                self.expr_str(e),
                self.type_str(ty)
            );
            self.error_at(e, message);
            return;
        }
        let mut val = old.val.clone();
        if old.val.is_some() {
            let mut c = Operand {
                mode: old.mode,
                expr: super::operand::OperandExpr::Expr(e),
                ty: old.ty,
                val: old.val.clone(),
            };
            self.convert_untyped(&mut c, ty);
            if !c.is_valid() {
                return;
            }
            val = c.val;
        }
        self.record_type_and_value(e, old.mode, ty, val);
    }

    /// Converts an untyped operand to `target` (types2's `convertUntyped`), reporting failure.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = self.types.underlying(target);
                self.invalid_conversion(code, x, t);
                x.invalidate();
            }
            Ok((new_ty, val)) => {
                if let Some(val) = val {
                    if let Some(e) = x.expr_id() {
                        self.update_expr_val(e, &val);
                    }
                    x.val = Some(val);
                }
                if new_ty != x.ty {
                    x.ty = new_ty;
                    if let Some(e) = x.expr_id() {
                        self.update_expr_type(e, new_ty, false);
                    }
                }
            }
        }
    }

    /// Reports a failed implicit conversion of `x` to `target`.
    pub(crate) fn invalid_conversion(
        &mut self,
        code: ConversionError,
        x: &Operand,
        target: TypeId,
    ) {
        let (desc, target) = (self.describe(x), self.type_str(target));
        let message = match code {
            ConversionError::Truncated => format!("{desc} truncated to {target}"),
            ConversionError::Overflows => format!("{desc} overflows {target}"),
            ConversionError::Invalid => format!("cannot convert {desc} to type {target}"),
        };
        self.error_op(x, message);
    }

    /// The type (and, for constants, the value) an untyped operand takes in a context expecting
    /// `target` (types2's `implicitTypeAndValue`).
    pub(crate) fn implicit_type_and_value(
        &self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConversionError> {
        if !x.is_valid() || !self.is_untyped(x.ty) || target == TypeId::INVALID {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            return match self.max_type(x.ty, target) {
                Some(t) => Ok((t, None)),
                None => Err(ConversionError::Invalid),
            };
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConversionError::Invalid)
            };
        }
        match self.types.under(target) {
            Type::Basic(kind) => {
                let kind = *kind;
                if x.mode == Mode::Constant {
                    let Some(val) = &x.val else {
                        return Ok((target, None));
                    };
                    return match representable(val, kind) {
                        Ok(v) => Ok((target, Some(v))),
                        Err(e) => Err(e.into()),
                    };
                }
                let ok = match self.kind(x.ty) {
                    Some(BasicKind::UntypedBool) => self.is_boolean(target),
                    Some(
                        BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat,
                    ) => self.is_numeric(target),
                    Some(BasicKind::UntypedString) => self.is_string(target),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ConversionError::Invalid)
                }
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    Ok((self.default_type(x.ty), None))
                } else {
                    Err(ConversionError::Invalid)
                }
            }
            _ => Err(ConversionError::Invalid),
        }
    }

    /// The larger of two untyped numeric types (types2's `maxType`), or the type itself.
    pub(crate) fn max_type(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        if x == y {
            return Some(x);
        }
        let rank = |t: TypeId| match self.types.get(t) {
            Type::Basic(BasicKind::UntypedInt) => Some(1),
            Type::Basic(BasicKind::UntypedRune) => Some(2),
            Type::Basic(BasicKind::UntypedFloat) => Some(3),
            _ => None,
        };
        match (rank(x), rank(y)) {
            (Some(a), Some(b)) => Some(if a > b { x } else { y }),
            _ => None,
        }
    }

    /// Records every expression still untyped with its default type (types2's `recordUntyped`).
    pub(crate) fn record_remaining_untyped(&mut self) {
        let mut remaining: Vec<(ExprId, UntypedEntry)> = self.untyped.drain().collect();
        remaining.sort_by_key(|(e, _)| *e);
        for (e, entry) in remaining {
            let ty = self.default_type(entry.ty);
            let val = entry.val.map(|v| match self.kind(ty) {
                Some(kind) if !kind.is_untyped() => representable(&v, kind).unwrap_or(v),
                _ => v,
            });
            self.record_type_and_value(e, entry.mode, ty, val);
        }
    }
}
