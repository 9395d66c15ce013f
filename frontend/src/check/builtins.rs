//! Calls of the predeclared functions (types2's `builtins.go`): argument counts, the special
//! typing rules of each built-in, and constant results (`len` of constant strings and of arrays
//! when the argument has no calls or receives, `min`/`max` of constants).

use middle::source::Pos;
use middle::types::{ChanDir, Signature, Type, TypeId};

use super::expr::ExprClass;
use super::info::Builtin;
use super::operand::{Mode, Operand, OperandExpr};
use super::universe::builtin_name;
use super::Checker;
use crate::ast::{BinaryOp, ExprId};
use crate::constant::{compare, ConstValue};

/// Minimum argument count, whether more are allowed, and the statement-context class.
fn arity(b: Builtin) -> (usize, bool, ExprClass) {
    use Builtin::*;
    use ExprClass::{Expression as E, Statement as S};
    match b {
        Append => (1, true, E),
        Cap | Len | Imag | Real | New => (1, false, E),
        Complex => (2, false, E),
        Make | Max | Min => (1, true, E),
        Clear | Close | Panic => (1, false, S),
        Copy | Delete => (2, false, S),
        Print | Println => (0, true, S),
        Recover => (0, false, S),
    }
}

impl Checker<'_> {
    /// Checks a call of built-in `b`; returns the result operand and the call's class.
    pub(crate) fn builtin_call(
        &mut self,
        e: ExprId,
        fun: ExprId,
        b: Builtin,
        args: &[ExprId],
        ellipsis: Option<Pos>,
    ) -> (Operand, ExprClass) {
        let (min, variadic, class) = arity(b);
        let name = builtin_name(b);
        let invalid = (Operand::invalid(e), class);
        if ellipsis.is_some() && b != Builtin::Append {
            self.error_at(
                e,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            self.use_exprs(args);
            return invalid;
        }
        let saved_call_or_recv = self.has_call_or_recv;
        self.has_call_or_recv = false;
        let mut ops = Vec::new();
        let nargs;
        if matches!(b, Builtin::Make | Builtin::New) {
            nargs = args.len();
        } else {
            ops = self.expr_list(args);
            nargs = ops.len();
            if ops.iter().any(|x| !x.is_valid()) {
                self.has_call_or_recv = saved_call_or_recv;
                return invalid;
            }
        }
        let arg_has_call = self.has_call_or_recv;
        self.has_call_or_recv = saved_call_or_recv;
        let count_error = if nargs < min {
            Some("not enough")
        } else if !variadic && nargs > min {
            Some("too many")
        } else {
            None
        };
        if let Some(which) = count_error {
            let message = format!(
                "invalid operation: {which} arguments for {} (expected {min}, found {nargs})",
                self.expr_str(e)
            );
            self.error_at(e, message);
            return invalid;
        }
        let result = match b {
            Builtin::Append => self.builtin_append(e, fun, &mut ops, ellipsis),
            Builtin::Len | Builtin::Cap => self.builtin_len_cap(b, &ops[0], arg_has_call),
            Builtin::Clear => {
                let x = &ops[0];
                if !matches!(self.types.under(x.ty), Type::Map(..) | Type::Slice(_)) {
                    let message = format!("invalid argument: cannot clear {}: argument must be (or constrained by) map or slice", self.describe(x));
                    self.error_op(x, message);
                    return invalid;
                }
                Some(no_value(e))
            }
            Builtin::Close => {
                let x = &ops[0];
                let message = match self.chan_of(x.ty) {
                    None => Some(format!(
                        "invalid operation: cannot close non-channel {}",
                        self.describe(x)
                    )),
                    Some((ChanDir::Recv, _)) => Some(format!(
                        "invalid operation: cannot close receive-only channel {}",
                        self.describe(x)
                    )),
                    Some(_) => None,
                };
                if let Some(message) = message {
                    self.error_op(x, message);
                    return invalid;
                }
                Some(no_value(e))
            }
            Builtin::Copy => self.builtin_copy(e, &ops),
            Builtin::Delete => {
                let x = ops[0].clone();
                let Type::Map(key, _) = self.types.under(x.ty).clone() else {
                    let message = format!("invalid argument: {} is not a map", self.describe(&x));
                    self.error_op(&x, message);
                    return invalid;
                };
                let mut k = ops[1].clone();
                self.assignment(&mut k, Some(key), "argument to delete");
                k.is_valid().then(|| no_value(e))
            }
            Builtin::Make => self.builtin_make(e, args),
            Builtin::Max | Builtin::Min => self.builtin_min_max(e, b, &mut ops),
            Builtin::New => self.builtin_new(e, args[0]),
            Builtin::Panic => {
                let mut x = ops[0].clone();
                self.assignment(&mut x, Some(TypeId::EMPTY_INTERFACE), "argument to panic");
                x.is_valid().then(|| no_value(e))
            }
            Builtin::Print | Builtin::Println => {
                let context = format!("argument to built-in {name}");
                let mut ok = true;
                for x in ops.iter_mut() {
                    self.assignment(x, None, &context);
                    ok &= x.is_valid();
                }
                ok.then(|| no_value(e))
            }
            Builtin::Recover => Some(Operand::value(e, TypeId::EMPTY_INTERFACE)),
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.error_at(fun, "complex numbers are not supported");
                None
            }
        };
        match result {
            Some(x) => (x, class),
            None => invalid,
        }
    }

    /// The operands of a call's argument list (a single multi-value call spreads).
    pub(crate) fn expr_list(&mut self, args: &[ExprId]) -> Vec<Operand> {
        if args.len() == 1 {
            let (list, _) = self.multi_expr(args[0], false);
            if list.len() > 1 {
                return list
                    .into_iter()
                    .map(|mut x| {
                        x.expr = OperandExpr::Expr(args[0]);
                        x
                    })
                    .collect();
            }
            return list;
        }
        args.iter().map(|&a| self.expr(a)).collect()
    }

    /// The element type of a slice argument, or types2's cause.
    fn slice_elem(&self, x: &Operand) -> Result<TypeId, String> {
        match self.types.under(x.ty) {
            Type::Slice(elem) => Ok(*elem),
            _ if x.is_nil() => Err("argument must be a slice; have untyped nil".to_string()),
            _ => Err(format!(
                "argument must be a slice; have {}",
                self.describe(x)
            )),
        }
    }

    fn builtin_append(
        &mut self,
        e: ExprId,
        fun: ExprId,
        ops: &mut [Operand],
        ellipsis: Option<Pos>,
    ) -> Option<Operand> {
        let x = ops[0].clone();
        let elem = match self.slice_elem(&x) {
            Ok(elem) => elem,
            Err(cause) => {
                self.error_op(&x, format!("invalid append: {cause}"));
                return None;
            }
        };
        let bytes = self.types.slice(TypeId::UINT8);
        if ops.len() == 2
            && ellipsis.is_some()
            && self.assignable(&x, bytes).is_ok()
            && self.is_string(ops[1].ty)
        {
            return Some(Operand::value(e, x.ty));
        }
        let rest = self.types.slice(elem);
        let sig = Signature {
            params: vec![x.ty, rest],
            results: vec![x.ty],
            variadic: true,
        };
        self.arguments(e, fun, &sig, ops, ellipsis);
        Some(Operand::value(e, x.ty))
    }

    fn builtin_len_cap(&mut self, b: Builtin, x: &Operand, arg_has_call: bool) -> Option<Operand> {
        let mut mode = Mode::Invalid;
        let mut val = None;
        let u = self.types.underlying(x.ty);
        match self.types.get(u) {
            Type::Basic(_) if self.is_string(u) && b == Builtin::Len => {
                if let (Mode::Constant, Some(ConstValue::String(s))) = (x.mode, &x.val) {
                    mode = Mode::Constant;
                    val = Some(ConstValue::int(s.len() as i64));
                } else {
                    mode = Mode::Value;
                }
            }
            Type::Slice(_) | Type::Chan(..) => mode = Mode::Value,
            Type::Map(..) if b == Builtin::Len => mode = Mode::Value,
            _ => {
                if let Some((_, len)) = self.array_of_maybe_ptr(x.ty) {
                    mode = Mode::Value;
                    if !arg_has_call {
                        mode = Mode::Constant;
                        val = Some(ConstValue::int(len as i64));
                    }
                }
            }
        }
        if mode == Mode::Invalid {
            if u != TypeId::INVALID {
                let message = format!(
                    "invalid argument: {} for built-in {}",
                    self.describe(x),
                    builtin_name(b)
                );
                self.error_op(x, message);
            }
            return None;
        }
        Some(Operand {
            mode,
            expr: x.expr.clone(),
            ty: TypeId::INT,
            val,
        })
    }

    fn builtin_copy(&mut self, e: ExprId, ops: &[Operand]) -> Option<Operand> {
        let (x, y) = (&ops[0], &ops[1]);
        let dst = match self.slice_elem(x) {
            Ok(elem) => elem,
            Err(cause) => {
                self.error_op(x, format!("invalid copy: {cause}"));
                return None;
            }
        };
        let bytes = self.types.slice(TypeId::UINT8);
        let special = self.assignable(x, bytes).is_ok()
            && (self.is_string(y.ty) || self.identical(self.types.underlying(y.ty), bytes));
        if !special {
            let src = match self.slice_elem(y) {
                Ok(elem) => elem,
                Err(_) if self.is_string(y.ty) => self.aliases.byte,
                Err(cause) => {
                    self.error_op(y, format!("invalid copy: {cause}"));
                    return None;
                }
            };
            if !self.identical(dst, src) {
                let message = format!(
                    "invalid copy: arguments {} and {} have different element types {} and {}",
                    self.describe(x),
                    self.describe(y),
                    self.type_str(dst),
                    self.type_str(src)
                );
                self.error_op(x, message);
                return None;
            }
        }
        Some(Operand::value(e, TypeId::INT))
    }

    fn builtin_make(&mut self, e: ExprId, args: &[ExprId]) -> Option<Operand> {
        let t = self.type_expr(args[0]);
        if t == TypeId::INVALID {
            return None;
        }
        let min = match self.types.under(t) {
            Type::Slice(_) => 2,
            Type::Map(..) | Type::Chan(..) => 1,
            _ => {
                let message = format!(
                    "invalid argument: cannot make {}: type must be slice, map, or channel",
                    self.expr_str(args[0])
                );
                self.error_at(args[0], message);
                return None;
            }
        };
        let nargs = args.len();
        if nargs < min || min + 1 < nargs {
            let message = format!(
                "invalid operation: {} expects {min} or {} arguments; found {nargs}",
                self.expr_str(e),
                min + 1
            );
            self.error_at(e, message);
            return None;
        }
        let sizes: Vec<u64> = args[1..]
            .iter()
            .filter_map(|&arg| self.index(arg, None).ok().flatten())
            .collect();
        if sizes.len() == 2 && sizes[0] > sizes[1] {
            self.error_at(args[1], "invalid argument: length and capacity swapped");
        }
        Some(Operand::value(e, t))
    }

    fn builtin_min_max(&mut self, e: ExprId, b: Builtin, ops: &mut [Operand]) -> Option<Operand> {
        let op = if b == Builtin::Max {
            BinaryOp::Gt
        } else {
            BinaryOp::Lt
        };
        let mut x = ops[0].clone();
        for (i, slot) in ops.iter_mut().enumerate() {
            let mut a = slot.clone();
            if !self.is_ordered(a.ty) {
                let message = format!("invalid argument: {} cannot be ordered", self.describe(&a));
                self.error_op(&a, message);
                return None;
            }
            if i == 0 {
                continue;
            }
            self.match_types(&mut x, &mut a);
            if !x.is_valid() {
                return None;
            }
            if !self.identical(x.ty, a.ty) {
                let message = format!(
                    "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                    self.type_str(x.ty),
                    self.type_str(a.ty),
                    self.operand_text(&a)
                );
                self.error_op(&a, message);
                return None;
            }
            if x.mode == Mode::Constant && a.mode == Mode::Constant {
                if let (Some(av), Some(xv)) = (&a.val, &x.val) {
                    if compare(av, op, xv) {
                        x = a.clone();
                    }
                }
            } else {
                x.mode = Mode::Value;
            }
            *slot = a;
        }
        if x.mode != Mode::Constant {
            x.mode = Mode::Value;
            x.val = None;
            let context = format!("argument to built-in {}", builtin_name(b));
            self.assignment(&mut x, Some(TypeId::EMPTY_INTERFACE), &context);
            if !x.is_valid() {
                return None;
            }
        }
        for a in ops.iter() {
            if let Some(arg) = a.expr_id() {
                self.update_expr_type(arg, x.ty, true);
            }
        }
        x.expr = OperandExpr::Expr(e);
        Some(x)
    }

    fn builtin_new(&mut self, e: ExprId, arg: ExprId) -> Option<Operand> {
        let mut x = self.expr_or_type(arg);
        if let Mode::Builtin(_) = x.mode {
            let message = format!("{} must be called", self.describe(&x));
            self.error_op(&x, message);
            return None;
        }
        match x.mode {
            Mode::Invalid => return None,
            Mode::TypeExpr => {
                if x.ty == TypeId::INVALID {
                    return None;
                }
            }
            _ => {
                if self.is_untyped(x.ty) {
                    self.assignment(&mut x, None, "argument to new");
                    if !x.is_valid() {
                        return None;
                    }
                }
            }
        }
        let ty = self.types.pointer(x.ty);
        Some(Operand::value(e, ty))
    }

    /// The expression text of an operand.
    fn operand_text(&self, x: &Operand) -> String {
        match &x.expr {
            OperandExpr::Expr(e) => self.expr_str(*e),
            OperandExpr::Named(name, _) => name.clone(),
        }
    }
}

/// A no-value operand for a call without results.
fn no_value(e: ExprId) -> Operand {
    Operand {
        mode: Mode::NoValue,
        expr: OperandExpr::Expr(e),
        ty: TypeId::INVALID,
        val: None,
    }
}
