//! Explicit conversions `T(x)` (types2's `conversion` and `convertibleTo`): constant
//! conversions with representability (`constant 256 overflows byte`), `string(rune)`, numeric,
//! string/byte-slice/rune-slice, pointer and slice-to-array conversions.

use middle::types::{Type, TypeId};

use super::operand::{Mode, Operand};
use super::Checker;
use crate::constant::{representable, rune_to_string, ConstValue};

impl Checker<'_> {
    /// Converts `x` to type `t`, reporting impossible conversions.
    pub(crate) fn conversion(&mut self, x: &mut Operand, t: TypeId) {
        let const_arg = x.mode == Mode::Constant;
        let mut ok = false;
        let mut cause = String::new();
        if const_arg && self.is_const_type(t) {
            match self.const_convert(x, t) {
                Some(v) => {
                    x.val = Some(v);
                    ok = true;
                }
                None => {
                    if self.is_integer(x.ty) && self.is_integer(t) {
                        let shown = x.val.as_ref().map(|v| v.go_string()).unwrap_or_default();
                        let message = format!("constant {shown} overflows {}", self.type_str(t));
                        self.error_op(x, message);
                        x.invalidate();
                        return;
                    }
                }
            }
        } else {
            match self.convertible_to(x, t) {
                Ok(()) => {
                    ok = true;
                    x.mode = Mode::Value;
                    x.val = None;
                }
                Err(c) => cause = c,
            }
        }
        if !ok {
            let (desc, ts) = (self.describe(x), self.type_str(t));
            let message = if cause.is_empty() {
                format!("cannot convert {desc} to type {ts}")
            } else {
                format!("cannot convert {desc} to type {ts}: {cause}")
            };
            self.error_op(x, message);
            x.invalidate();
            return;
        }
        if self.is_untyped(x.ty) {
            let final_ty = if x.ty == TypeId::UNTYPED_NIL {
                t
            } else if self.is_interface(t) || (const_arg && !self.is_const_type(t)) {
                self.default_type(x.ty)
            } else if const_arg && self.is_integer(x.ty) && self.is_string(t) {
                x.ty
            } else {
                t
            };
            if let Some(e) = x.expr_id() {
                self.update_expr_type(e, final_ty, true);
            }
        }
        x.ty = t;
    }

    /// The value of constant `x` converted to the constant type `t`, if representable (or an
    /// integer converted to a string).
    fn const_convert(&self, x: &Operand, t: TypeId) -> Option<ConstValue> {
        let val = x.val.as_ref()?;
        let kind = self.kind(t)?;
        if let Ok(v) = representable(val, kind) {
            return Some(v);
        }
        if self.is_integer(x.ty) && self.is_string(t) {
            return Some(ConstValue::String(rune_to_string(&val.to_int()?)));
        }
        None
    }

    /// Checks that `x` may be converted to `t` (non-constant rules).
    pub(crate) fn convertible_to(&self, x: &Operand, t: TypeId) -> Result<(), String> {
        let cause = match self.assignable(x, t) {
            Ok(()) => return Ok(()),
            Err(cause) => cause,
        };
        let v = x.ty;
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        if self.identical(vu, tu) {
            return Ok(());
        }
        if let (Type::Pointer(vb), Type::Pointer(tb)) = (self.types.get(v), self.types.get(t)) {
            if self.identical(self.types.underlying(*vb), self.types.underlying(*tb)) {
                return Ok(());
            }
        }
        let int_or_float = |c: &Self, ty: TypeId| c.is_integer(ty) || c.is_float(ty);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return Ok(());
        }
        if self.is_complex(vu) && self.is_complex(tu) {
            return Ok(());
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return Ok(());
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return Ok(());
        }
        if let Type::Slice(elem) = self.types.get(vu) {
            match self.types.get(tu) {
                Type::Array(a, _) if self.identical(*a, *elem) => return Ok(()),
                Type::Pointer(p) => {
                    if let Type::Array(a, _) = self.types.under(*p) {
                        if self.identical(*a, *elem) {
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        Err(cause)
    }
}
