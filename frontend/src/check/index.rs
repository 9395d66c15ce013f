//! Index and slice expressions (types2's `index.go`): strings, arrays, pointers to arrays,
//! slices and maps, with constant index bounds checks (`index 5 out of bounds [0:3]`) and
//! slice index ordering.

use middle::types::{Type, TypeId};
use num_traits::ToPrimitive;

use super::operand::{Mode, Operand, OperandExpr};
use super::Checker;
use crate::ast::ExprId;

impl Checker<'_> {
    /// `x[index]`.
    pub(crate) fn index_expr(&mut self, e: ExprId, base: ExprId, index: ExprId) -> Operand {
        let mut x = self.expr_or_type(base);
        match x.mode {
            Mode::Invalid => {
                self.use_exprs(&[index]);
                return Operand::invalid(e);
            }
            Mode::TypeExpr => {
                self.error_at(e, "generic types are not supported");
                self.use_exprs(&[index]);
                return Operand::invalid(e);
            }
            _ => {}
        }
        let mut length: Option<u64> = None;
        let mut valid = false;
        let u = self.types.underlying(x.ty);
        match self.types.get(u).clone() {
            Type::Basic(_) if self.is_string(u) => {
                valid = true;
                if x.mode == Mode::Constant {
                    if let Some(crate::constant::ConstValue::String(s)) = &x.val {
                        length = Some(s.len() as u64);
                    }
                }
                x.mode = Mode::Value;
                x.ty = self.aliases.byte;
            }
            Type::Array(elem, len) => {
                valid = true;
                length = Some(len);
                if x.mode != Mode::Variable {
                    x.mode = Mode::Value;
                }
                x.ty = elem;
            }
            Type::Pointer(p) => {
                if let Type::Array(elem, len) = self.types.under(p).clone() {
                    valid = true;
                    length = Some(len);
                    x.mode = Mode::Variable;
                    x.ty = elem;
                }
            }
            Type::Slice(elem) => {
                valid = true;
                x.mode = Mode::Variable;
                x.ty = elem;
            }
            Type::Map(key, elem) => {
                let mut k = self.expr(index);
                self.assignment(&mut k, Some(key), "map index");
                return Operand {
                    mode: Mode::MapIndex,
                    expr: OperandExpr::Expr(e),
                    ty: elem,
                    val: None,
                };
            }
            _ => {}
        }
        if !valid {
            let message = format!("cannot index {}", self.describe(&x));
            let pos = self.ast.expr(e).pos;
            self.error(pos, message);
            self.use_exprs(&[index]);
            return Operand::invalid(e);
        }
        x.val = None;
        let _ = self.index(index, length);
        x
    }

    /// `x[lo:hi:max]`.
    pub(crate) fn slice_expr(
        &mut self,
        e: ExprId,
        base: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    ) -> Operand {
        let indices = [lo, hi, max];
        let mut x = self.expr(base);
        if !x.is_valid() {
            let present: Vec<ExprId> = indices.iter().flatten().copied().collect();
            self.use_exprs(&present);
            return Operand::invalid(e);
        }
        let mut length: Option<u64> = None;
        let mut valid = false;
        let u = self.types.underlying(x.ty);
        match self.types.get(u).clone() {
            Type::Basic(_) if self.is_string(u) => {
                if let Some(max) = max {
                    self.error_at(max, "invalid operation: 3-index slice of string");
                    return Operand::invalid(e);
                }
                valid = true;
                if x.mode == Mode::Constant {
                    if let Some(crate::constant::ConstValue::String(s)) = &x.val {
                        length = Some(s.len() as u64);
                    }
                }
                if self.is_untyped(x.ty) {
                    x.ty = TypeId::STRING;
                }
            }
            Type::Array(elem, len) => {
                valid = true;
                length = Some(len);
                if x.mode != Mode::Variable {
                    let message = format!("cannot slice unaddressable value {}", self.describe(&x));
                    self.error_op(&x, message);
                    return Operand::invalid(e);
                }
                if let Some(v) = self.root_var(base) {
                    self.mark_address_taken(v);
                }
                x.ty = self.types.slice(elem);
            }
            Type::Pointer(p) => {
                if let Type::Array(elem, len) = self.types.under(p).clone() {
                    valid = true;
                    length = Some(len);
                    x.ty = self.types.slice(elem);
                }
            }
            Type::Slice(_) => valid = true,
            _ => {}
        }
        if !valid {
            let message = format!("cannot slice {}", self.describe(&x));
            self.error_op(&x, message);
            return Operand::invalid(e);
        }
        x.mode = Mode::Value;
        x.val = None;
        let mut values: [Option<u64>; 3] = [None; 3];
        for (i, index) in indices.iter().enumerate() {
            values[i] = match index {
                Some(index) => self.index(*index, length.map(|l| l + 1)).ok().flatten(),
                None if i == 0 => Some(0),
                None => length,
            };
        }
        'check: for i in 0..2 {
            let Some(a) = values[i].filter(|&a| a > 0) else {
                continue;
            };
            for j in i + 1..3 {
                if let Some(b) = values[j] {
                    if b < a {
                        if let Some(at) = indices[j] {
                            self.error_at(at, format!("invalid slice indices: {b} < {a}"));
                        }
                        break 'check;
                    }
                }
            }
        }
        x
    }

    /// Checks an index expression against an exclusive bound: `Err` if invalid, else its value
    /// if constant.
    pub(crate) fn index(&mut self, index: ExprId, max: Option<u64>) -> Result<Option<u64>, ()> {
        let mut x = self.expr(index);
        if !self.is_valid_index(&mut x, "index", false) {
            return Err(());
        }
        if x.mode != Mode::Constant {
            return Ok(None);
        }
        let Some(v) = x
            .val
            .as_ref()
            .and_then(|v| v.to_int())
            .and_then(|v| v.to_u64())
        else {
            return Err(());
        };
        if let Some(max) = max {
            if v >= max {
                let shown = x.val.as_ref().map(|v| v.go_string()).unwrap_or_default();
                self.error_op(
                    &x,
                    format!("invalid argument: index {shown} out of bounds [0:{max}]"),
                );
                return Err(());
            }
        }
        Ok(Some(v))
    }

    /// Checks that `x` is a valid (constant: non-negative, int-sized) integer index.
    pub(crate) fn is_valid_index(
        &mut self,
        x: &mut Operand,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if !x.is_valid() {
            return false;
        }
        self.convert_untyped(x, TypeId::INT);
        if !x.is_valid() {
            return false;
        }
        if !self.is_integer(x.ty) {
            let message = format!(
                "invalid argument: {what} {} must be integer",
                self.describe(x)
            );
            self.error_op(x, message);
            return false;
        }
        if x.mode == Mode::Constant {
            let val = x.val.clone();
            if !allow_negative && val.as_ref().is_some_and(|v| v.sign() < 0) {
                let message = format!(
                    "invalid argument: {what} {} must not be negative",
                    self.describe(x)
                );
                self.error_op(x, message);
                return false;
            }
            let fits = val.as_ref().and_then(|v| v.to_int()).is_some_and(|i| {
                crate::constant::fits_integer_kind(&i, middle::types::BasicKind::Int)
            });
            if !fits {
                let message = format!(
                    "invalid argument: {what} {} overflows int",
                    self.describe(x)
                );
                self.error_op(x, message);
                return false;
            }
        }
        true
    }
}
