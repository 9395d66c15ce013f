//! The cost of calls, conversions and builtins (gc's `hairyVisitor` for call nodes).
//!
//! A call is its node, its callee expression and its arguments (with implicit conversions to
//! interfaces, the slice literal of `...` arguments, or `nil` when there are none, and the
//! temporaries of `f(g())`), plus the callee's own cost when gc would inline the call, else 57
//! (17 for calling a parameter or a captured variable, which may become inlinable). The callee
//! is what gc's `StaticValue` finds: a function, a method, a function literal, or a local bound
//! once to one of those. Method calls charge their receiver's implicit `&`/`*` and embedded
//! selections; interface calls are never inlined at this point. A representation-preserving
//! conversion costs nothing; `panic` costs one extra but not its implicit conversion.

use middle::types::{BasicKind, Type, TypeId};

use super::hairy::Hairy;
use super::{std_inline_cost, BIG_FUNCTION_MAX_COST, EXTRA_CALL_COST, MAX_BUDGET, PARAM_CALL_COST};
use crate::ast::{ExprId, ExprKind};
use crate::check::{Builtin, CallKind, FuncRef, ObjKind, Selection, VarKind};
use crate::lower::expr::strip_parens;

impl Hairy<'_, '_> {
    pub(super) fn call(&mut self, e: ExprId) -> i64 {
        let ast = self.d.ast;
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &ast.expr(e).kind
        else {
            return 0;
        };
        let spread = ellipsis.is_some();
        match self.d.info.calls.get(&e).copied() {
            Some(CallKind::Conversion(t)) => {
                let Some(arg) = args.first() else { return 0 };
                self.conversion_cost(self.ty(*arg), t) + self.expr(*arg)
            }
            Some(CallKind::Builtin(b)) => self.builtin(b, args, spread),
            Some(CallKind::Std(s)) => {
                let sig = self.signature(*fun);
                let extra = match std_inline_cost(s) {
                    Some(c)
                        if i64::from(c)
                            <= if self.big {
                                BIG_FUNCTION_MAX_COST
                            } else {
                                MAX_BUDGET
                            } =>
                    {
                        i64::from(c)
                    }
                    _ => EXTRA_CALL_COST,
                };
                2 + self.arguments(args, &sig, spread) + extra
            }
            _ => self.func_call(*fun, args, spread),
        }
    }

    /// What converting a `from` value to `to` costs: 0 when gc emits no code (`OCONVNOP`).
    pub(super) fn conversion_cost(&self, from: TypeId, to: TypeId) -> i64 {
        let types = &self.d.info.types;
        if from == to {
            return 0;
        }
        if types.is_interface(to) {
            return 1;
        }
        let (uf, ut) = (types.underlying(from), types.underlying(to));
        if uf == ut {
            let float = types.basic(uf).is_some_and(|k| {
                k.is_float() || matches!(k, BasicKind::Complex64 | BasicKind::Complex128)
            });
            return i64::from(float);
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(from), types.get(to)) {
            if types.underlying(*a) == types.underlying(*b) {
                return 0;
            }
        }
        match (types.basic(uf), types.basic(ut)) {
            (Some(a), Some(b))
                if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) =>
            {
                i64::from(sim_type(a) != sim_type(b))
            }
            _ => 1,
        }
    }

    pub(super) fn builtin(&mut self, b: Builtin, args: &[ExprId], spread: bool) -> i64 {
        match b {
            Builtin::Recover => self.stop("call to recover"),
            Builtin::New => 1,
            Builtin::Panic => 2 + args.first().map_or(0, |a| self.expr(*a)),
            Builtin::Make => {
                let rest = args.get(1..).unwrap_or_default();
                let implicit = match args.first().map(|t| {
                    self.d
                        .info
                        .type_exprs
                        .get(t)
                        .copied()
                        .unwrap_or(TypeId::INVALID)
                }) {
                    Some(t)
                        if rest.is_empty()
                            && matches!(self.under(t), Type::Map(..) | Type::Chan(..)) =>
                    {
                        1
                    }
                    _ => 0,
                };
                1 + implicit + self.exprs(rest)
            }
            Builtin::Append if !spread => {
                let elem = match args.first().map(|s| self.under(self.ty(*s)).clone()) {
                    Some(Type::Slice(t)) => t,
                    _ => TypeId::INVALID,
                };
                let mut cost = 1 + args.first().map_or(0, |s| self.expr(*s));
                for a in args.iter().skip(1) {
                    cost += self.value(*a, elem);
                }
                cost
            }
            Builtin::Delete if args.len() == 2 => {
                let key = match self.under(self.ty(args[0])) {
                    Type::Map(k, _) => *k,
                    _ => TypeId::INVALID,
                };
                1 + self.expr(args[0]) + self.value(args[1], key)
            }
            _ => 1 + self.exprs(args),
        }
    }

    /// The signature of a callee expression.
    pub(super) fn signature(&self, fun: ExprId) -> middle::types::Signature {
        match self.under(self.ty(strip_parens(self.ast(), fun))) {
            Type::Func(sig) => sig.clone(),
            _ => middle::types::Signature {
                params: Vec::new(),
                results: Vec::new(),
                variadic: false,
            },
        }
    }

    /// Arguments against parameter types: implicit conversions, the `...` slice literal (or
    /// `nil` when empty), and the temporaries of `f(g())`.
    pub(super) fn arguments(
        &mut self,
        args: &[ExprId],
        sig: &middle::types::Signature,
        spread: bool,
    ) -> i64 {
        let fixed = if sig.variadic && !spread {
            sig.params.len().saturating_sub(1)
        } else {
            sig.params.len()
        };
        if args.len() == 1 {
            if let Type::Tuple(elems) = self.d.info.types.get(self.ty(args[0])).clone() {
                // gc assigns the results to temporaries, then passes those.
                let mut cost = 1 + 4 * elems.len() as i64 + self.expr(args[0]);
                if sig.variadic && !spread {
                    let elem = self.variadic_elem(sig);
                    cost += 2;
                    for t in elems.iter().skip(fixed) {
                        cost += i64::from(self.d.info.types.is_interface(elem) && *t != elem);
                    }
                }
                return cost;
            }
        }
        let mut cost = 0;
        for (i, a) in args.iter().enumerate().take(fixed) {
            cost += self.value(*a, sig.params.get(i).copied().unwrap_or(TypeId::INVALID));
        }
        if sig.variadic && !spread {
            let extra = args.get(fixed..).unwrap_or_default();
            let elem = self.variadic_elem(sig);
            cost += if extra.is_empty() { 1 } else { 2 };
            for a in extra {
                cost += self.value(*a, elem);
            }
        }
        cost
    }

    /// The element type of a variadic signature's `...` parameter.
    pub(super) fn variadic_elem(&self, sig: &middle::types::Signature) -> TypeId {
        match sig.params.last().map(|t| self.under(*t)) {
            Some(Type::Slice(t)) => *t,
            _ => TypeId::INVALID,
        }
    }

    /// A call of a function, method, func value or function literal.
    pub(super) fn func_call(&mut self, fun: ExprId, args: &[ExprId], spread: bool) -> i64 {
        let sig = self.signature(fun);
        let fun = strip_parens(self.d.ast, fun);
        let args_cost = self.arguments(args, &sig, spread);
        let ast = self.d.ast;
        match &ast.expr(fun).kind {
            ExprKind::Selector { x, .. } => match self.d.info.selections.get(&fun).cloned() {
                Some(Selection::Method {
                    path,
                    take_address,
                    deref_receiver,
                    ..
                }) => {
                    let target = self.d.method_decl(fun);
                    let mut recv = self.expr(*x)
                        + path.len() as i64
                        + i64::from(take_address)
                        + i64::from(deref_receiver);
                    if take_address && self.offset_zero_field_of_name(*x, &path) {
                        recv -= 2;
                    }
                    1 + recv + args_cost + self.extra(target, EXTRA_CALL_COST)
                }
                Some(Selection::MethodExpr { .. } | Selection::PromotedMethodExpr { .. }) => {
                    let target = self.d.method_decl(fun);
                    1 + args_cost + self.extra(target, EXTRA_CALL_COST)
                }
                Some(Selection::InterfaceMethod { .. }) => {
                    2 + EXTRA_CALL_COST + self.expr(*x) + args_cost
                }
                Some(Selection::PromotedInterfaceMethod { path, .. }) => {
                    2 + EXTRA_CALL_COST + path.len() as i64 + self.expr(*x) + args_cost
                }
                _ => 1 + self.expr(fun) + args_cost + self.extra(None, EXTRA_CALL_COST),
            },
            ExprKind::FuncLit { .. } => {
                1 + self.expr(fun)
                    + args_cost
                    + self.extra(Some(FuncRef::Lit(fun)), EXTRA_CALL_COST)
            }
            ExprKind::Ident(_) => {
                let (target, fallback) = self.ident_callee(fun);
                2 + args_cost + self.extra(target, fallback)
            }
            // `f()(x)`: gc evaluates the callee into a temporary first (declared and assigned: 4,
            // then read: 1).
            ExprKind::Call { .. } => 6 + self.expr(fun) + args_cost + EXTRA_CALL_COST,
            _ => 1 + self.expr(fun) + args_cost + EXTRA_CALL_COST,
        }
    }

    /// The function a called identifier statically denotes, and what the call costs otherwise.
    pub(super) fn ident_callee(&self, fun: ExprId) -> (Option<FuncRef>, i64) {
        let info = self.d.info;
        let Some(obj) = info.uses.get(&fun).copied() else {
            return (None, EXTRA_CALL_COST);
        };
        match &info.objects[obj.0 as usize].kind {
            ObjKind::Func(r) => (Some(*r), EXTRA_CALL_COST),
            ObjKind::Var(v) => {
                let captured = v.owner.is_some_and(|o| o != self.func);
                if matches!(v.kind, VarKind::Param | VarKind::Receiver) || captured {
                    return (None, PARAM_CALL_COST);
                }
                (self.static_value(obj, 0), EXTRA_CALL_COST)
            }
            _ => (None, EXTRA_CALL_COST),
        }
    }

    /// gc's `StaticValue` for a local bound once: the function it holds, if any.
    pub(super) fn static_value(&self, obj: crate::check::ObjId, depth: u32) -> Option<FuncRef> {
        if depth > 8 {
            return None;
        }
        let e = strip_parens(self.ast(), *self.bindings.get(&obj)?);
        match &self.ast().expr(e).kind {
            ExprKind::FuncLit { .. } => Some(FuncRef::Lit(e)),
            ExprKind::Ident(_) => {
                match &self.d.info.objects[self.d.info.uses.get(&e)?.0 as usize].kind {
                    ObjKind::Func(r) => Some(*r),
                    ObjKind::Var(_) => self.static_value(*self.d.info.uses.get(&e)?, depth + 1),
                    _ => None,
                }
            }
            ExprKind::Selector { .. } => match self.d.info.selections.get(&e)? {
                Selection::MethodExpr { .. } => self.d.method_decl(e),
                _ => None,
            },
            _ => None,
        }
    }

    /// The cost a call adds for its callee: the callee's inline cost when gc would inline it.
    pub(super) fn extra(&mut self, target: Option<FuncRef>, fallback: i64) -> i64 {
        let big = self.big;
        target
            .and_then(|t| self.d.callee_cost(t, big))
            .unwrap_or(fallback)
    }
}

/// gc's `SimType`: `int` is `int64`, `uint` and `uintptr` are `uint64` (on 64-bit targets).
fn sim_type(k: BasicKind) -> BasicKind {
    match k {
        BasicKind::Int => BasicKind::Int64,
        BasicKind::Uint | BasicKind::Uintptr => BasicKind::Uint64,
        k => k,
    }
}
