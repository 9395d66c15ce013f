//! Call expressions (types2's `callExpr` and `arguments`): conversions `T(x)`, built-in calls,
//! and calls of functions, methods, closures and the provided standard-library functions,
//! with argument count errors (`too many arguments in call to f` with have/want lines) and
//! per-argument assignability.

use middle::source::Pos;
use middle::types::{Signature, Type, TypeId};

use super::expr::ExprClass;
use super::info::{CallKind, ObjKind};
use super::operand::{Mode, Operand, OperandExpr};
use super::Checker;
use crate::ast::ExprId;

impl Checker<'_> {
    /// Checks `fun(args)`.
    pub(crate) fn call_expr(
        &mut self,
        e: ExprId,
        fun: ExprId,
        args: &[ExprId],
        ellipsis: Option<Pos>,
        _rparen: Pos,
    ) -> (Operand, ExprClass) {
        let x = self.expr_or_type(fun);
        match x.mode {
            Mode::Invalid => {
                self.use_exprs(args);
                (Operand::invalid(e), ExprClass::Statement)
            }
            Mode::TypeExpr => {
                let t = x.ty;
                if t == TypeId::INVALID {
                    self.use_exprs(args);
                    return (Operand::invalid(e), ExprClass::Conversion);
                }
                let result = self.conversion_call(e, t, args, ellipsis);
                if result.is_valid() {
                    self.calls.insert(e, CallKind::Conversion(t));
                }
                (result, ExprClass::Conversion)
            }
            Mode::Builtin(b) => {
                let (result, class) = self.builtin_call(e, fun, b, args, ellipsis);
                if result.is_valid() {
                    self.calls.insert(e, CallKind::Builtin(b));
                    if result.mode != Mode::Constant {
                        self.has_call_or_recv = true;
                    }
                }
                (result, class)
            }
            _ => self.func_call(e, fun, &x, args, ellipsis),
        }
    }

    /// `T(x)`.
    fn conversion_call(
        &mut self,
        e: ExprId,
        t: TypeId,
        args: &[ExprId],
        ellipsis: Option<Pos>,
    ) -> Operand {
        match args.len() {
            0 => {
                let message = format!("missing argument in conversion to {}", self.type_str(t));
                self.error_at(e, message);
                Operand::invalid(e)
            }
            1 => {
                let mut x = self.expr(args[0]);
                if !x.is_valid() {
                    return Operand::invalid(e);
                }
                if ellipsis.is_some() {
                    let message =
                        format!("invalid use of ... in conversion to {}", self.type_str(t));
                    self.error_at(args[0], message);
                    return Operand::invalid(e);
                }
                self.conversion(&mut x, t);
                x.expr = OperandExpr::Expr(e);
                x
            }
            n => {
                self.use_exprs(args);
                let message = format!("too many arguments in conversion to {}", self.type_str(t));
                self.error_at(args[n - 1], message);
                Operand::invalid(e)
            }
        }
    }

    /// A call of a function value.
    fn func_call(
        &mut self,
        e: ExprId,
        fun: ExprId,
        x: &Operand,
        args: &[ExprId],
        ellipsis: Option<Pos>,
    ) -> (Operand, ExprClass) {
        let Some(sig) = self.signature_of(x.ty) else {
            if self.types.underlying(x.ty) != TypeId::INVALID {
                let message = format!(
                    "invalid operation: cannot call {}: {} is not a function",
                    self.describe(x),
                    self.type_str(x.ty)
                );
                self.error_op(x, message);
            }
            self.use_exprs(args);
            return (Operand::invalid(e), ExprClass::Statement);
        };
        let mut ops = self.expr_list(args);
        self.arguments(e, fun, &sig, &mut ops, ellipsis);
        let kind = match self
            .uses
            .get(&self.unparen(fun))
            .map(|&o| self.obj(o).kind.clone())
        {
            Some(ObjKind::Std(f)) => CallKind::Std(f),
            _ => CallKind::Call,
        };
        self.calls.insert(e, kind);
        self.has_call_or_recv = true;
        let result = match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                expr: OperandExpr::Expr(e),
                ty: TypeId::INVALID,
                val: None,
            },
            1 => Operand::value(e, sig.results[0]),
            _ => {
                let tuple = self.tuple(sig.results.clone());
                Operand::value(e, tuple)
            }
        };
        (result, ExprClass::Statement)
    }

    /// Checks call arguments against a signature (types2's `arguments`).
    pub(crate) fn arguments(
        &mut self,
        call: ExprId,
        fun: ExprId,
        sig: &Signature,
        args: &mut [Operand],
        ellipsis: Option<Pos>,
    ) {
        let nargs = args.len();
        let mut npars = sig.params.len();
        let ddd = ellipsis.is_some();
        let mut params = sig.params.clone();
        if sig.variadic {
            if ddd {
                if let Some(arg) = self.single_arg(call) {
                    if nargs > 1 {
                        let message =
                            format!("cannot use ... with {nargs}-valued {}", self.expr_str(arg));
                        self.error_at(call, message);
                        return;
                    }
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(TypeId::INVALID);
                let elem = match self.types.get(last) {
                    Type::Slice(elem) => *elem,
                    _ => TypeId::INVALID,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            let message = format!(
                "cannot use ... in call to non-variadic {}",
                self.expr_str(fun)
            );
            self.error_at(call, message);
            return;
        }
        if nargs != npars {
            let (at, qualifier) = if nargs > npars {
                (args[npars].start_pos(self.ast), "too many")
            } else if nargs > 0 {
                (args[nargs - 1].start_pos(self.ast), "not enough")
            } else {
                (self.start_pos(call), "not enough")
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
            let message = format!(
                "{qualifier} arguments in call to {}\n\thave {}\n\twant {}",
                self.expr_str(fun),
                self.types_summary(&have, false, ddd),
                self.types_summary(&sig.params, sig.variadic, false)
            );
            self.error(at, message);
            return;
        }
        let context = format!("argument to {}", self.expr_str(fun));
        for (a, &p) in args.iter_mut().zip(&params) {
            self.assignment(a, Some(p), &context);
        }
    }

    /// The single argument of a call, if it has exactly one.
    fn single_arg(&self, call: ExprId) -> Option<ExprId> {
        match &self.ast.expr(call).kind {
            crate::ast::ExprKind::Call { args, .. } if args.len() == 1 => Some(args[0]),
            _ => None,
        }
    }
}
