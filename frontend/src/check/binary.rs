//! Unary and binary operations (types2's `unary`, `binary`, `shift`, `comparison` and
//! `matchTypes`): operand type matching through implicit conversion of untyped operands,
//! operator applicability, exact constant folding with overflow checks, division by zero, and
//! the untyped-shift rule (the left operand of a non-constant shift takes its type from the
//! context).

use middle::source::Pos;
use middle::types::{ChanDir, Type, TypeId};
use num_traits::ToPrimitive;

use super::operand::{Mode, Operand, OperandExpr};
use super::Checker;
use crate::ast::{BinaryOp, ExprId, ExprKind, UnaryOp};
use crate::constant::{binary_op, compare, representable, shift, unary_op, ConstValue};

/// Shift counts above this are rejected in constant shifts (types2's `shiftBound`).
const SHIFT_BOUND: u64 = 1023 - 1 + 52;

impl Checker<'_> {
    /// A unary operation other than `*`.
    pub(crate) fn unary(&mut self, e: ExprId, op: UnaryOp, operand: ExprId) -> Operand {
        let mut x = self.expr(operand);
        if !x.is_valid() {
            return x;
        }
        match op {
            UnaryOp::Addr => {
                let inner = self.unparen(operand);
                let is_literal = matches!(self.ast.expr(inner).kind, ExprKind::Composite { .. });
                if !is_literal && x.mode != Mode::Variable {
                    let message = format!(
                        "invalid operation: cannot take address of {}",
                        self.describe(&x)
                    );
                    self.error_op(&x, message);
                    x.invalidate();
                    return x;
                }
                if let Some(v) = self.root_var(operand) {
                    self.mark_address_taken(v);
                }
                let ty = self.types.pointer(x.ty);
                return Operand {
                    mode: Mode::Value,
                    expr: OperandExpr::Expr(e),
                    ty,
                    val: None,
                };
            }
            UnaryOp::Recv => {
                let pos = x.start_pos(self.ast);
                return match self.chan_elem(pos, &x, true) {
                    Some(elem) => {
                        self.has_call_or_recv = true;
                        Operand {
                            mode: Mode::CommaOk,
                            expr: OperandExpr::Expr(e),
                            ty: elem,
                            val: None,
                        }
                    }
                    None => Operand::invalid(e),
                };
            }
            _ => {}
        }
        let ok = match op {
            UnaryOp::Plus | UnaryOp::Neg => self.is_numeric(x.ty),
            UnaryOp::BitNot => self.is_integer(x.ty),
            _ => self.is_boolean(x.ty),
        };
        if !ok {
            let message = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.describe(&x)
            );
            self.error_op(&x, message);
            x.invalidate();
            return x;
        }
        if x.mode == Mode::Constant {
            let bits = if self.is_unsigned(x.ty) {
                self.kind(x.ty).map_or(0, |k| k.int_bits())
            } else {
                0
            };
            if let Some(val) = x.val.as_ref().and_then(|v| unary_op(op, v, bits)) {
                x.val = Some(val);
            }
            x.expr = OperandExpr::Expr(e);
            self.overflow(&mut x, e);
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    /// A binary operation; `e` is `None` for the implicit operation of `x op= y`.
    pub(crate) fn binary(
        &mut self,
        e: Option<ExprId>,
        lhs: ExprId,
        rhs: ExprId,
        op: BinaryOp,
    ) -> Operand {
        let mut x = self.expr(lhs);
        let mut y = self.expr(rhs);
        if !x.is_valid() {
            return x;
        }
        if !y.is_valid() {
            x.invalidate();
            return x;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.shift(&mut x, &mut y, e, op);
            return x;
        }
        self.match_types(&mut x, &mut y);
        if !x.is_valid() {
            return x;
        }
        if op.is_comparison() {
            self.comparison(&mut x, &mut y, op, false);
            return x;
        }
        if !self.identical(x.ty, y.ty) {
            if x.ty != TypeId::INVALID && y.ty != TypeId::INVALID {
                let (xt, yt) = (self.type_str(x.ty), self.type_str(y.ty));
                let message = match e {
                    Some(e) => format!(
                        "invalid operation: {} (mismatched types {xt} and {yt})",
                        self.expr_str(e)
                    ),
                    None => format!(
                        "invalid operation: {} {}= {} (mismatched types {xt} and {yt})",
                        self.expr_str(lhs),
                        op.as_str(),
                        self.expr_str(rhs)
                    ),
                };
                self.error_op(&x, message);
            }
            x.invalidate();
            return x;
        }
        if !self.binary_op_defined(op, x.ty) {
            let message = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.describe(&x)
            );
            self.error_op(&x, message);
            x.invalidate();
            return x;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (x.mode == Mode::Constant || self.is_integer(x.ty))
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(|v| v.sign() == 0)
        {
            self.error_op(&y, "invalid operation: division by zero");
            x.invalidate();
            return x;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let int_div = op == BinaryOp::Div && self.is_integer(x.ty);
            let val = match (&x.val, &y.val) {
                (Some(a), Some(b)) => binary_op(op, a, b, int_div),
                _ => None,
            };
            let Some(val) = val else {
                let pos = e.map_or(x.start_pos(self.ast), |e| self.op_pos(e));
                self.error(pos, "constant overflow");
                x.invalidate();
                return x;
            };
            x.val = Some(val);
            if let Some(e) = e {
                x.expr = OperandExpr::Expr(e);
                self.overflow(&mut x, e);
            }
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    /// True if `op` applies to operands of type `ty`.
    fn binary_op_defined(&self, op: BinaryOp, ty: TypeId) -> bool {
        match op {
            BinaryOp::Add => self.is_numeric_or_string(ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(ty)
            }
            BinaryOp::AndAnd | BinaryOp::OrOr => self.is_boolean(ty),
            _ => false,
        }
    }

    /// Converts untyped operands towards each other's types (types2's `matchTypes`).
    pub(crate) fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        if !self.may_convert(x, y) {
            return;
        }
        self.convert_untyped(x, y.ty);
        if !x.is_valid() {
            return;
        }
        self.convert_untyped(y, x.ty);
        if !y.is_valid() {
            x.invalidate();
        }
    }

    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        if !self.is_untyped(x.ty) && !self.is_untyped(y.ty) {
            return false;
        }
        if self.is_numeric(x.ty) != self.is_numeric(y.ty) {
            return false;
        }
        if self.is_interface(x.ty) || self.is_interface(y.ty) {
            return true;
        }
        if self.is_boolean(x.ty) != self.is_boolean(y.ty)
            || self.is_string(x.ty) != self.is_string(y.ty)
        {
            return false;
        }
        if x.is_nil() {
            return self.has_nil(y.ty);
        }
        if y.is_nil() {
            return self.has_nil(x.ty);
        }
        !(self.is_pointer(x.ty) || self.is_pointer(y.ty))
    }

    /// A comparison; `switch_case` reports in the form of a switch case mismatch.
    pub(crate) fn comparison(
        &mut self,
        x: &mut Operand,
        y: &mut Operand,
        op: BinaryOp,
        switch_case: bool,
    ) {
        if x.ty == TypeId::INVALID || y.ty == TypeId::INVALID {
            x.invalidate();
            return;
        }
        let op = if switch_case { BinaryOp::Eq } else { op };
        let mut blame_y = false;
        let mut cause = String::new();
        let mut ok = self.assignable(x, y.ty).is_ok() || self.assignable(y, x.ty).is_ok();
        if !ok {
            blame_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.type_str(x.ty),
                self.type_str(y.ty)
            );
        } else if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if x.is_nil() || y.is_nil() {
                let other = if x.is_nil() { y.ty } else { x.ty };
                if !self.has_nil(other) {
                    ok = false;
                    blame_y = true;
                }
            } else if !self.comparable(x.ty) {
                ok = false;
                cause = self.incomparable_cause(x.ty);
            } else if !self.comparable(y.ty) {
                ok = false;
                blame_y = true;
                cause = self.incomparable_cause(y.ty);
            }
        } else if !self.is_ordered(x.ty) {
            ok = false;
        } else if !self.is_ordered(y.ty) {
            ok = false;
            blame_y = true;
        }
        if !ok {
            let blamed = if blame_y { y.ty } else { x.ty };
            if cause.is_empty() {
                let what = self
                    .composite_kind(blamed)
                    .map_or_else(|| self.type_str(blamed), str::to_string);
                cause = format!("operator {} not defined on {what}", op.as_str());
            }
            let (xs, ys) = (self.operand_expr_str(x), self.operand_expr_str(y));
            if switch_case {
                let message = format!("invalid case {xs} in switch on {ys} ({cause})");
                self.error_op(x, message);
            } else {
                let message = format!("invalid operation: {xs} {} {ys} ({cause})", op.as_str());
                let at = if blame_y {
                    y.start_pos(self.ast)
                } else {
                    x.start_pos(self.ast)
                };
                self.error(at, message);
            }
            x.invalidate();
            return;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let result = match (&x.val, &y.val) {
                (Some(a), Some(b)) => compare(a, op, b),
                _ => false,
            };
            x.val = Some(ConstValue::Bool(result));
        } else {
            x.mode = Mode::Value;
            x.val = None;
            let (dx, dy) = (self.default_type(x.ty), self.default_type(y.ty));
            if let Some(e) = x.expr_id() {
                self.update_expr_type(e, dx, true);
            }
            if let Some(e) = y.expr_id() {
                self.update_expr_type(e, dy, true);
            }
        }
        x.ty = TypeId::UNTYPED_BOOL;
    }

    /// The expression text of an operand, for messages that print expressions.
    fn operand_expr_str(&self, x: &Operand) -> String {
        match &x.expr {
            OperandExpr::Expr(e) => self.expr_str(*e),
            OperandExpr::Named(name, _) => name.clone(),
        }
    }

    /// Why values of `ty` cannot be compared (types2's `incomparableCause`).
    fn incomparable_cause(&self, ty: TypeId) -> String {
        match self.types.under(ty) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => format!(
                "{} can only be compared to nil",
                self.composite_kind(ty).unwrap_or("")
            ),
            Type::Struct(fields) => match fields.iter().find(|f| !self.comparable(f.ty)) {
                Some(f) => format!(
                    "struct containing {} cannot be compared",
                    self.type_str(f.ty)
                ),
                None => String::new(),
            },
            Type::Array(elem, _) if !self.comparable(*elem) => {
                format!("{} cannot be compared", self.type_str(ty))
            }
            _ => String::new(),
        }
    }

    /// A shift `x << y` / `x >> y` (types2's `shift`).
    fn shift(&mut self, x: &mut Operand, y: &mut Operand, e: Option<ExprId>, op: BinaryOp) {
        let xval = if x.mode == Mode::Constant {
            x.val.as_ref().and_then(|v| v.to_int())
        } else {
            None
        };
        let lhs_ok = self.is_integer(x.ty) || (self.is_untyped(x.ty) && xval.is_some());
        if !lhs_ok {
            let message = format!(
                "invalid operation: shifted operand {} must be integer",
                self.describe(x)
            );
            self.error_op(x, message);
            x.invalidate();
            return;
        }
        let mut yval = None;
        if y.mode == Mode::Constant {
            yval = y.val.as_ref().and_then(|v| v.to_int());
            if yval
                .as_ref()
                .is_some_and(|v| v.sign() == num_bigint::Sign::Minus)
            {
                let message = format!(
                    "invalid operation: negative shift count {}",
                    self.describe(y)
                );
                self.error_op(y, message);
                x.invalidate();
                return;
            }
            if self.is_untyped(y.ty) {
                match y
                    .val
                    .as_ref()
                    .map(|v| representable(v, middle::types::BasicKind::Uint))
                {
                    Some(Ok(_)) | None => {}
                    Some(Err(code)) => {
                        self.invalid_conversion(code.into(), y, TypeId::UINT);
                        x.invalidate();
                        return;
                    }
                }
                // gc gives the count of a non-constant shift type uint (`y >> uint(2)`).
                if x.mode != Mode::Constant {
                    self.convert_untyped(y, TypeId::UINT);
                }
            }
        } else if self.is_integer(y.ty) {
            // Signed shift counts are fine since Go 1.13.
        } else if self.is_untyped(y.ty) {
            self.convert_untyped(y, TypeId::UINT);
            if !y.is_valid() {
                x.invalidate();
                return;
            }
        } else {
            let message = format!(
                "invalid operation: shift count {} must be integer",
                self.describe(y)
            );
            self.error_op(y, message);
            x.invalidate();
            return;
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                let count = yval
                    .as_ref()
                    .and_then(|v| v.to_u64())
                    .filter(|&s| s <= SHIFT_BOUND);
                let Some(count) = count else {
                    let message = format!(
                        "invalid operation: invalid shift count {}",
                        self.describe(y)
                    );
                    self.error_op(y, message);
                    x.invalidate();
                    return;
                };
                if !self.is_integer(x.ty) {
                    x.ty = TypeId::UNTYPED_INT;
                }
                if let Some(v) = &xval {
                    x.val = Some(ConstValue::Int(shift(v, op == BinaryOp::Shl, count)));
                }
                if let Some(e) = e {
                    x.expr = OperandExpr::Expr(e);
                    self.overflow(x, e);
                }
                return;
            }
            if self.is_untyped(x.ty) {
                // The constant takes the type its context gives the whole shift.
                if let Some(lhs) = x.expr_id() {
                    self.mark_shift_lhs(lhs);
                }
                x.mode = Mode::Value;
                x.val = None;
                return;
            }
        }
        if !self.is_integer(x.ty) {
            let message = format!(
                "invalid operation: shifted operand {} must be integer",
                self.describe(x)
            );
            self.error_op(x, message);
            x.invalidate();
            return;
        }
        x.mode = Mode::Value;
        x.val = None;
    }

    /// The element type for a receive from (or send to) `x`, reporting misuse at `pos`.
    pub(crate) fn chan_elem(&mut self, pos: Pos, x: &Operand, recv: bool) -> Option<TypeId> {
        let t = self.type_str(x.ty);
        let cause = match self.chan_of(x.ty) {
            Some((ChanDir::Send, _)) if recv => format!("send-only channel {t}"),
            Some((ChanDir::Recv, _)) if !recv => format!("receive-only channel {t}"),
            Some((_, elem)) => return Some(elem),
            None => format!("non-channel {t}"),
        };
        let verb = if recv { "receive from" } else { "send to" };
        let message = format!(
            "invalid operation: cannot {verb} {cause} {}",
            self.describe(x)
        );
        self.error(pos, message);
        None
    }
}
