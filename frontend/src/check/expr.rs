//! Expressions (types2's `exprInternal`): the dispatcher, identifiers, literals, function
//! literals, dereferences and type assertions, plus the entry points that restrict what an
//! expression may denote (a single value, a value or type, several values).

use middle::types::{Type, TypeId};

use super::info::{FuncRef, ObjKind};
use super::objects::{DeclState, DelayedLit};
use super::operand::{Mode, Operand, OperandExpr};
use super::Checker;
use crate::ast::{BasicLit, ExprId, ExprKind, LitKind};
use crate::constant::{parse_float_literal, parse_int_literal, ConstValue};

/// What an expression is, for statement-context checks (types2's `exprKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExprClass {
    /// A conversion `T(x)`.
    Conversion,
    /// An ordinary expression.
    Expression,
    /// A call or receive, which may stand alone as a statement.
    Statement,
}

impl Checker<'_> {
    /// Checks any expression and records its type (types2's `rawExpr`).
    pub(crate) fn raw_expr(&mut self, e: ExprId, hint: Option<TypeId>) -> (Operand, ExprClass) {
        let (mut x, class) = self.expr_internal(e, hint, false);
        x.expr = OperandExpr::Expr(e);
        self.record_operand(e, &x);
        (x, class)
    }

    /// Checks an identifier or selector in a type position.
    pub(crate) fn raw_expr_want_type(&mut self, e: ExprId) -> Operand {
        let (mut x, _) = self.expr_internal(e, None, true);
        x.expr = OperandExpr::Expr(e);
        self.record_operand(e, &x);
        x
    }

    /// Checks an expression that must denote a single value.
    pub(crate) fn expr(&mut self, e: ExprId) -> Operand {
        self.expr_with_hint(e, None)
    }

    /// Like [`Checker::expr`], with the element type of an enclosing composite literal.
    pub(crate) fn expr_with_hint(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let (mut x, _) = self.raw_expr(e, hint);
        self.exclude(&mut x, true);
        self.single_value(&mut x);
        x
    }

    /// Checks an expression that may denote a value or a type.
    pub(crate) fn expr_or_type(&mut self, e: ExprId) -> Operand {
        let (mut x, _) = self.raw_expr(e, None);
        self.exclude(&mut x, false);
        self.single_value(&mut x);
        x
    }

    /// Reports operands that are not values (types2's `exclude`).
    fn exclude(&mut self, x: &mut Operand, exclude_types: bool) {
        let message = match x.mode {
            Mode::NoValue if exclude_types => format!("{} used as value", self.describe(x)),
            Mode::NoValue => format!("{} used as value or type", self.describe(x)),
            Mode::Builtin(_) if exclude_types => format!("{} must be called", self.describe(x)),
            Mode::TypeExpr if exclude_types => format!("{} is not an expression", self.describe(x)),
            _ => return,
        };
        self.error_op(x, message);
        x.invalidate();
    }

    /// Reports multi-value operands in single-value context.
    fn single_value(&mut self, x: &mut Operand) {
        if x.mode == Mode::Value && matches!(self.types.get(x.ty), Type::Tuple(_)) {
            let message = format!(
                "multiple-value {} in single-value context",
                self.describe(x)
            );
            self.error_op(x, message);
            x.invalidate();
        }
    }

    /// Checks an expression that may produce several values (a call) or a comma-ok pair.
    pub(crate) fn multi_expr(&mut self, e: ExprId, allow_comma_ok: bool) -> (Vec<Operand>, bool) {
        let (mut x, _) = self.raw_expr(e, None);
        self.exclude(&mut x, true);
        if x.is_valid() {
            if let Some(elems) = self.tuple_elems(x.ty) {
                let pos = self.start_pos(e);
                let list = elems
                    .iter()
                    .enumerate()
                    .map(|(i, &t)| Operand::named(nth(i + 1, "function result"), pos, t))
                    .collect();
                return (list, false);
            }
        }
        let comma_ok = allow_comma_ok && matches!(x.mode, Mode::MapIndex | Mode::CommaOk);
        let mut list = vec![x];
        if comma_ok {
            let pos = self.start_pos(e);
            list.push(Operand::named(
                "ok value of (comma, ok) expression",
                pos,
                TypeId::UNTYPED_BOOL,
            ));
        }
        (list, comma_ok)
    }

    /// Evaluates expressions only to mark their variables used and report their errors.
    pub(crate) fn use_exprs(&mut self, exprs: &[ExprId]) -> bool {
        let mut ok = true;
        for &e in exprs {
            let (x, _) = self.raw_expr(e, None);
            ok &= x.is_valid();
        }
        ok
    }

    /// Like [`Checker::use_exprs`] for assignment targets: a plain variable is not marked used.
    pub(crate) fn use_lhs(&mut self, exprs: &[ExprId]) -> bool {
        let mut ok = true;
        for &e in exprs {
            let inner = self.unparen(e);
            if let ExprKind::Ident(name) = &self.ast.expr(inner).kind {
                if name == "_" {
                    continue;
                }
            }
            let saved = self.lhs_var_used_flag(inner);
            let (x, _) = self.raw_expr(e, None);
            self.restore_used_flag(saved);
            ok &= x.is_valid();
        }
        ok
    }

    /// Strips parentheses.
    pub(crate) fn unparen(&self, mut e: ExprId) -> ExprId {
        while let ExprKind::Paren(inner) = &self.ast.expr(e).kind {
            e = *inner;
        }
        e
    }

    fn expr_internal(
        &mut self,
        e: ExprId,
        hint: Option<TypeId>,
        want_type: bool,
    ) -> (Operand, ExprClass) {
        let ast = self.ast;
        let expr = ast.expr(e);
        let mut class = ExprClass::Expression;
        let mut x = match &expr.kind {
            ExprKind::Bad => Operand::invalid(e),
            ExprKind::Ident(name) => self.ident(e, name, want_type),
            ExprKind::Lit(lit) => self.basic_lit(e, lit),
            ExprKind::FuncLit { sig, .. } => self.func_lit(e, sig),
            ExprKind::Composite { ty, elems, rbrace } => {
                self.composite_lit(e, *ty, elems, *rbrace, hint)
            }
            ExprKind::Paren(inner) => {
                let (x, inner_class) = self.raw_expr(*inner, None);
                return (x, inner_class);
            }
            ExprKind::Selector { x, sel } => self.selector(e, *x, sel, want_type),
            ExprKind::Index { x, index } => self.index_expr(e, *x, *index),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, *x, *lo, *hi, *max),
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, *x, *ty),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                rparen,
            } => {
                let (x, call_class) = self.call_expr(e, *fun, args, *ellipsis, *rparen);
                class = call_class;
                x
            }
            ExprKind::Star(inner) => self.star(e, *inner),
            ExprKind::Unary { op, x } => {
                let result = self.unary(e, *op, *x);
                if *op == crate::ast::UnaryOp::Recv && result.is_valid() {
                    class = ExprClass::Statement;
                }
                result
            }
            ExprKind::Binary { op, x, y } => self.binary(Some(e), *x, *y, *op),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let ty = self.type_expr(e);
                Operand {
                    mode: Mode::TypeExpr,
                    expr: OperandExpr::Expr(e),
                    ty,
                    val: None,
                }
            }
        };
        // A value of invalid type (e.g. a field whose type failed to check) behaves like an
        // invalid operand, so that it causes no follow-on errors.
        if x.ty == TypeId::INVALID
            && matches!(
                x.mode,
                Mode::Variable | Mode::Value | Mode::MapIndex | Mode::CommaOk | Mode::Constant
            )
        {
            x.invalidate();
        }
        if !x.is_valid() {
            class = ExprClass::Statement;
        }
        (x, class)
    }

    /// An identifier (types2's `ident`).
    fn ident(&mut self, e: ExprId, name: &str, want_type: bool) -> Operand {
        let mut x = Operand::invalid(e);
        let Some(obj) = self.lookup(name) else {
            if name == "_" {
                self.error_at(e, "cannot use _ as value or type");
            } else {
                self.error_at(e, format!("undefined: {name}"));
            }
            return x;
        };
        self.record_use(e, obj);
        let is_type = matches!(self.obj(obj).kind, ObjKind::TypeName);
        if !is_type && want_type {
            self.error_at(e, format!("{name} is not a type"));
            if matches!(self.obj(obj).kind, ObjKind::Var(_)) {
                self.extra_mut(obj).used = true;
            }
            return x;
        }
        let state = self.extra(obj).state;
        let needs_decl = state == DeclState::Unchecked
            || (state == DeclState::InProgress
                && (!self.type_known.contains(&obj) || (is_type && want_type)));
        if needs_decl {
            self.obj_decl(obj);
        }
        if let Some(&pkg) = self.dot_imported.get(&(self.cur_file, obj)) {
            self.extra_mut(pkg).used = true;
        }
        let ty = self.obj(obj).ty;
        match self.obj(obj).kind.clone() {
            ObjKind::PkgName(_) => {
                self.error_at(e, format!("use of package {name} not in selector"));
                return x;
            }
            ObjKind::Const(val) => {
                self.note_reference(obj, false);
                if ty == TypeId::INVALID {
                    return x;
                }
                let val = if self.is_iota(obj) {
                    match self.iota {
                        Some(iota) => ConstValue::int(iota),
                        None => {
                            self.error_at(e, "cannot use iota outside constant declaration");
                            return x;
                        }
                    }
                } else {
                    val
                };
                x.mode = Mode::Constant;
                x.val = Some(val);
            }
            ObjKind::TypeName => {
                if matches!(ty, TypeId::COMPLEX64 | TypeId::COMPLEX128) {
                    self.error_at(e, "complex numbers are not supported");
                    return x;
                }
                x.mode = Mode::TypeExpr;
            }
            ObjKind::Var(_) => {
                self.note_reference(obj, false);
                if ty == TypeId::INVALID {
                    return x;
                }
                x.mode = Mode::Variable;
            }
            ObjKind::Func(_) | ObjKind::Std(_) => {
                self.note_reference(obj, false);
                x.mode = Mode::Value;
            }
            ObjKind::StdVar(_) => x.mode = Mode::Variable,
            ObjKind::Builtin(b) => {
                if matches!(
                    b,
                    super::info::Builtin::Complex
                        | super::info::Builtin::Real
                        | super::info::Builtin::Imag
                ) {
                    self.error_at(e, "complex numbers are not supported");
                    return x;
                }
                x.mode = Mode::Builtin(b);
            }
            ObjKind::Nil => {
                x.mode = Mode::Nil;
                x.ty = TypeId::UNTYPED_NIL;
                return x;
            }
        }
        x.ty = ty;
        x
    }

    /// A basic literal (types2's `basicLit`).
    fn basic_lit(&mut self, e: ExprId, lit: &BasicLit) -> Operand {
        let mut x = Operand::invalid(e);
        let text = String::from_utf8_lossy(&lit.value).into_owned();
        if matches!(lit.kind, LitKind::Int | LitKind::Float | LitKind::Imag)
            && lit.raw.len() > 10000
        {
            let head: String = lit.raw.chars().take(10).collect();
            self.error_at(
                e,
                format!(
                    "excessively long constant: {head}... ({} chars)",
                    lit.raw.len()
                ),
            );
            return x;
        }
        let (val, ty) = match lit.kind {
            LitKind::Int => (
                parse_int_literal(&text).map(ConstValue::Int),
                TypeId::UNTYPED_INT,
            ),
            LitKind::Float => (
                parse_float_literal(&text).map(ConstValue::Float),
                TypeId::UNTYPED_FLOAT,
            ),
            LitKind::Imag => {
                self.error_at(e, "complex numbers are not supported");
                return x;
            }
            LitKind::Rune => {
                let code = std::str::from_utf8(&lit.value)
                    .ok()
                    .and_then(|s| s.chars().next())
                    .map_or(0xFFFD, |c| c as i64);
                (Some(ConstValue::int(code)), TypeId::UNTYPED_RUNE)
            }
            LitKind::String => (
                Some(ConstValue::String(lit.value.clone())),
                TypeId::UNTYPED_STRING,
            ),
        };
        let Some(val) = val else {
            self.error_at(e, format!("malformed constant: {}", lit.raw));
            return x;
        };
        x.mode = Mode::Constant;
        x.ty = ty;
        x.val = Some(val);
        self.overflow(&mut x, e);
        x
    }

    /// A function literal: its body is checked now, or after the enclosing package-level
    /// declaration.
    fn func_lit(&mut self, e: ExprId, sig: &crate::ast::FuncType) -> Operand {
        let info = self.collect_signature(sig);
        let ty = info.sig;
        self.func_sigs.insert(FuncRef::Lit(e), info);
        if self.func_stack.is_empty() {
            let lit = DelayedLit {
                lit: e,
                decl_ctx: self.decl_ctx,
                file: self.cur_file,
                iota: self.iota,
            };
            self.delayed.push(super::objdecl::Delayed::Lit(lit));
        } else if let ExprKind::FuncLit { body, .. } = &self.ast.expr(e).kind {
            let saved_iota = self.iota;
            self.func_body(FuncRef::Lit(e), body);
            self.iota = saved_iota;
        }
        Operand::value(e, ty)
    }

    /// `*x`: a pointer type or a dereference.
    fn star(&mut self, e: ExprId, inner: ExprId) -> Operand {
        let x = self.expr_or_type(inner);
        match x.mode {
            Mode::Invalid => Operand::invalid(e),
            Mode::TypeExpr => {
                let ty = if x.ty == TypeId::INVALID {
                    TypeId::INVALID
                } else {
                    self.types.pointer(x.ty)
                };
                Operand {
                    mode: Mode::TypeExpr,
                    expr: OperandExpr::Expr(e),
                    ty,
                    val: None,
                }
            }
            _ => match self.types.under(x.ty) {
                Type::Pointer(base) => {
                    let base = *base;
                    Operand {
                        mode: Mode::Variable,
                        expr: OperandExpr::Expr(e),
                        ty: base,
                        val: None,
                    }
                }
                _ => {
                    if x.ty != TypeId::INVALID {
                        let message =
                            format!("invalid operation: cannot indirect {}", self.describe(&x));
                        self.error_op(&x, message);
                    }
                    Operand::invalid(e)
                }
            },
        }
    }

    /// `x.(T)`.
    fn type_assert(&mut self, e: ExprId, inner: ExprId, ty: Option<ExprId>) -> Operand {
        let Some(ty) = ty else {
            self.error_at(e, "invalid syntax tree: use of .(type) outside type switch");
            self.use_exprs(&[inner]);
            return Operand::invalid(e);
        };
        let x = self.expr(inner);
        if !x.is_valid() {
            return Operand::invalid(e);
        }
        if !self.is_interface(x.ty) {
            let message = format!(
                "invalid operation: {} is not an interface",
                self.describe(&x)
            );
            self.error_op(&x, message);
            return Operand::invalid(e);
        }
        let t = self.type_expr(ty);
        if t == TypeId::INVALID {
            return Operand::invalid(e);
        }
        if let Some(cause) = self.assertable_to(x.ty, t) {
            let message = format!(
                "impossible type assertion: {}\n\t{} does not implement {} {cause}",
                self.expr_str(e),
                self.type_str(t),
                self.type_str(x.ty)
            );
            self.error_at(e, message);
        }
        Operand {
            mode: Mode::CommaOk,
            expr: OperandExpr::Expr(e),
            ty: t,
            val: None,
        }
    }

    /// Checks that an untyped constant does not exceed gc's limits and that a typed constant is
    /// representable in its type (types2's `overflow`). `e` is the operation's expression.
    pub(crate) fn overflow(&mut self, x: &mut Operand, e: ExprId) {
        let Some(val) = x.val.clone() else { return };
        if !self.is_untyped(x.ty) {
            let Some(kind) = self.kind(x.ty) else { return };
            match crate::constant::representable(&val, kind) {
                Ok(v) => x.val = Some(v),
                Err(code) => {
                    let t = self.types.underlying(x.ty);
                    self.invalid_conversion(code.into(), x, t);
                    x.invalidate();
                }
            }
            return;
        }
        if val.bit_len() > 512 {
            let op = self.op_name(e);
            let pos = self.op_pos(e);
            self.error(pos, format!("constant {op}overflow"));
            x.invalidate();
        }
    }

    /// The operator position of an operation, else the start of the expression.
    pub(crate) fn op_pos(&self, e: ExprId) -> middle::source::Pos {
        let expr = self.ast.expr(e);
        match expr.kind {
            ExprKind::Unary { .. } | ExprKind::Binary { .. } => expr.pos,
            _ => expr.span.lo,
        }
    }

    /// The name of an operation that may overflow, with a trailing space (types2's `opName`).
    fn op_name(&self, e: ExprId) -> &'static str {
        use crate::ast::{BinaryOp, UnaryOp};
        match &self.ast.expr(e).kind {
            ExprKind::Unary {
                op: UnaryOp::BitNot,
                ..
            } => "bitwise complement ",
            ExprKind::Binary { op, .. } => match op {
                BinaryOp::Add => "addition ",
                BinaryOp::Sub => "subtraction ",
                BinaryOp::Xor => "bitwise XOR ",
                BinaryOp::Mul => "multiplication ",
                BinaryOp::Shl => "shift ",
                _ => "",
            },
            _ => "",
        }
    }
}

/// `1st`, `2nd`, `3rd`, `4th`... followed by `what`.
pub(crate) fn nth(n: usize, what: &str) -> String {
    let suffix = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{suffix} {what}")
}
