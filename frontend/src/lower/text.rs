//! Expression text as gc's `-m` diagnostics print it (`&T{...} escapes to heap`).
//!
//! gc prints its typed IR, not the source: constants appear folded (`1<<3` prints as `8`),
//! parentheses are dropped and re-added only where precedence needs them, composite literals
//! abbreviate their elements to `{...}` (or print `{}` when empty), non-name types in conversions
//! are parenthesised (`([]byte)(s)`), and a function literal is `func literal`.

use crate::ast::{Ast, ExprId, ExprKind, UnaryOp};
use middle::types::TypeId;
use crate::check::TypeInfo;
use crate::constant::ConstValue;

/// Formats expressions for diagnostics.
pub struct ExprText<'a> {
    /// The syntax tree.
    pub ast: &'a Ast,
    /// The checker's facts.
    pub info: &'a TypeInfo,
    /// Never-reassigned locals holding constants, which gc prints as their value.
    pub const_vars: Option<&'a std::collections::HashMap<crate::check::ObjId, middle::ir::Const>>,
    /// Lengths of never-reassigned locals holding slice literals (gc prints `len(x)` folded).
    pub slice_lens: Option<&'a std::collections::HashMap<crate::check::ObjId, i64>>,
}

/// Precedence for parenthesising (higher binds tighter): binary operators 1 to 5, unary
/// operators 6, primary expressions (names, literals, selectors, calls...) 7.
fn precedence(e: &ExprKind) -> u8 {
    match e {
        ExprKind::Binary { op, .. } => op.precedence(),
        ExprKind::Unary { .. } | ExprKind::Star(_) => 6,
        _ => 7,
    }
}

impl ExprText<'_> {
    /// The text of `e`.
    pub fn of(&self, e: ExprId) -> String {
        let mut s = String::new();
        self.write(&mut s, e, 0);
        s
    }

    /// A type the way gc prints it: names as written (gc keeps `byte`, `rune` and `any` as
    /// spelled), array lengths evaluated, struct, interface and func types in reflect's spacing.
    fn write_type(&self, out: &mut String, ty_expr: ExprId) {
        let expr = self.ast.expr(ty_expr);
        match &expr.kind {
            ExprKind::Ident(n) => out.push_str(n),
            ExprKind::Paren(x) => self.write_type(out, *x),
            ExprKind::Selector { x, sel } => {
                self.write_type(out, *x);
                out.push('.');
                out.push_str(&sel.name);
            }
            ExprKind::Star(x) => {
                out.push('*');
                self.write_type(out, *x);
            }
            ExprKind::ArrayType { len, elem, .. } => {
                out.push('[');
                match (len, self.info.type_exprs.get(&ty_expr).map(|t| self.info.types.under(*t))) {
                    (_, Some(middle::types::Type::Array(_, n))) => out.push_str(&n.to_string()),
                    (Some(l), _) => self.write(out, *l, 0),
                    (None, _) => {}
                }
                out.push(']');
                self.write_type(out, *elem);
            }
            ExprKind::MapType { key, value } => {
                out.push_str("map[");
                self.write_type(out, *key);
                out.push(']');
                self.write_type(out, *value);
            }
            ExprKind::ChanType { dir, elem } => {
                out.push_str(match dir {
                    middle::types::ChanDir::Both => "chan ",
                    middle::types::ChanDir::Send => "chan<- ",
                    middle::types::ChanDir::Recv => "<-chan ",
                });
                self.write_type(out, *elem);
            }
            _ => match self.info.type_exprs.get(&ty_expr) {
                Some(t) => out.push_str(&self.info.types.type_string(*t, false, true)),
                None => out.push_str(&crate::parser::print::expr_string(self.ast, ty_expr)),
            },
        }
    }

    fn write_const(&self, out: &mut String, v: &ConstValue) {
        match v {
            ConstValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            ConstValue::Int(i) => out.push_str(&i.to_string()),
            ConstValue::Float(_) => out.push_str(&v.go_string()),
            ConstValue::String(bytes) => out.push_str(&quote(bytes)),
        }
    }

    /// The folded `len` of a never-reassigned slice-literal variable.
    fn folded_len(&self, e: ExprId) -> Option<i64> {
        let obj = self.info.uses.get(&e)?;
        self.slice_lens?.get(obj).copied()
    }

    /// The type name to wrap a constant of type `ty` in, unless `ty` is its kind's default type.
    fn conversion_name(&self, ty: TypeId, v: &ConstValue) -> Option<String> {
        let default = match v {
            ConstValue::Bool(_) => TypeId::BOOL,
            ConstValue::Int(_) => TypeId::INT,
            ConstValue::Float(_) => TypeId::FLOAT64,
            ConstValue::String(_) => TypeId::STRING,
        };
        if ty == TypeId::INVALID || ty == default || ty == TypeId::INT32 || self.info.types.is_interface(ty) {
            return None;
        }
        Some(self.info.types.type_string(ty, false, true))
    }

    fn write_ir_const(&self, out: &mut String, c: &middle::ir::Const) {
        use middle::ir::Const;
        let (ty, value) = match c {
            Const::Int(v, t) => (*t, ConstValue::Int((*v).into())),
            Const::Float(_, t) => (*t, ConstValue::Bool(false)),
            Const::Bool(b, t) => (*t, ConstValue::Bool(*b)),
            Const::Str(_, t) => (*t, ConstValue::String(Vec::new())),
            _ => (TypeId::INVALID, ConstValue::Bool(false)),
        };
        let wrap = match c {
            Const::Float(..) if ty == TypeId::FLOAT64 => None,
            Const::Float(..) => Some(self.info.types.type_string(ty, false, true)),
            _ => self.conversion_name(ty, &value),
        };
        if let Some(name) = &wrap {
            out.push_str(name);
            out.push('(');
        }
        self.write_ir_value(out, c);
        if wrap.is_some() {
            out.push(')');
        }
    }

    fn write_ir_value(&self, out: &mut String, c: &middle::ir::Const) {
        use middle::ir::Const;
        match c {
            Const::Int(v, t) if self.info.types.basic(*t).is_some_and(|k| k.is_unsigned()) => out.push_str(&(*v as u64).to_string()),
            Const::Int(v, _) => out.push_str(&v.to_string()),
            Const::Float(v, _) => out.push_str(&format!("{v}")),
            Const::Bool(b, _) => out.push_str(if *b { "true" } else { "false" }),
            Const::Str(s, _) => out.push_str(&quote(s)),
            _ => out.push('?'),
        }
    }

    fn write(&self, out: &mut String, e: ExprId, parent_prec: u8) {
        let expr = self.ast.expr(e);
        if let Some(v) = self.info.consts.get(&e) {
            // A constant of a non-default type prints as a conversion: `int64(5)`.
            let ty = self.info.expr_types.get(e.0 as usize).copied().unwrap_or(TypeId::INVALID);
            match self.conversion_name(ty, v) {
                Some(name) => {
                    out.push_str(&name);
                    out.push('(');
                    self.write_const(out, v);
                    out.push(')');
                }
                None => self.write_const(out, v),
            }
            return;
        }
        let prec = precedence(&expr.kind);
        let paren = prec < parent_prec;
        if paren {
            out.push('(');
        }
        match &expr.kind {
            ExprKind::Ident(n) => match self.info.uses.get(&e).and_then(|o| self.const_vars?.get(o)) {
                Some(c) => self.write_ir_const(out, c),
                None => out.push_str(n),
            },
            ExprKind::Lit(l) => out.push_str(&l.raw),
            ExprKind::Paren(x) => self.write(out, *x, parent_prec),
            ExprKind::FuncLit { .. } => out.push_str("func literal"),
            ExprKind::Composite { ty, elems, .. } => {
                match ty {
                    Some(t) => self.write_type(out, *t),
                    None => {
                        let t = self.info.expr_types[e.0 as usize];
                        out.push_str(&self.info.types.type_string(t, false, true));
                    }
                }
                out.push_str(if elems.is_empty() { "{}" } else { "{...}" });
            }
            ExprKind::Selector { x, sel } => {
                self.write(out, *x, 7);
                out.push('.');
                out.push_str(&sel.name);
            }
            ExprKind::Index { x, index } => {
                self.write(out, *x, 7);
                out.push('[');
                self.write(out, *index, 0);
                out.push(']');
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.write(out, *x, 7);
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
                self.write(out, *x, 7);
                out.push_str(".(");
                match ty {
                    Some(t) => self.write_type(out, *t),
                    None => out.push_str("type"),
                }
                out.push(')');
            }
            ExprKind::Call { args, .. }
                if matches!(self.info.calls.get(&e), Some(crate::check::CallKind::Builtin(crate::check::Builtin::Len | crate::check::Builtin::Cap)))
                    && args.len() == 1
                    && self.folded_len(args[0]).is_some() =>
            {
                out.push_str(&self.folded_len(args[0]).unwrap_or_default().to_string());
            }
            ExprKind::Call { fun, args, ellipsis, .. } => {
                let is_conversion = matches!(self.info.calls.get(&e), Some(crate::check::CallKind::Conversion(_)));
                if is_conversion {
                    let simple = matches!(self.ast.expr(*fun).kind, ExprKind::Ident(_) | ExprKind::Selector { .. });
                    if !simple {
                        out.push('(');
                    }
                    self.write_type(out, *fun);
                    if !simple {
                        out.push(')');
                    }
                } else {
                    self.write(out, *fun, 7);
                }
                out.push('(');
                // gc prints the implicit slice of a variadic call as `... argument...`.
                let packed_from = match self.info.types.under(self.info.expr_types.get(fun.0 as usize).copied().unwrap_or(TypeId::INVALID)) {
                    middle::types::Type::Func(sig) if sig.variadic && ellipsis.is_none() && !is_conversion => Some(sig.params.len() - 1),
                    _ => None,
                };
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if packed_from == Some(i) {
                        out.push_str("... argument...");
                        break;
                    }
                    let is_type_arg = i == 0 && matches!(self.info.calls.get(&e), Some(crate::check::CallKind::Builtin(crate::check::Builtin::Make | crate::check::Builtin::New)));
                    if is_type_arg {
                        self.write_type(out, *a);
                    } else {
                        self.write(out, *a, 0);
                    }
                }
                if ellipsis.is_some() {
                    out.push_str("...");
                }
                out.push(')');
            }
            ExprKind::Star(x) => {
                out.push('*');
                self.write(out, *x, 6);
            }
            ExprKind::Unary { op, x } => {
                out.push_str(match op {
                    UnaryOp::Plus => "+",
                    UnaryOp::Neg => "-",
                    UnaryOp::Not => "!",
                    UnaryOp::BitNot => "^",
                    UnaryOp::Addr => "&",
                    UnaryOp::Recv => "<-",
                });
                self.write(out, *x, 6);
            }
            ExprKind::Binary { op, x, y } => {
                self.write(out, *x, prec);
                out.push(' ');
                out.push_str(op.as_str());
                out.push(' ');
                self.write(out, *y, prec + 1);
            }
            _ => self.write_type(out, e),
        }
        if paren {
            out.push(')');
        }
    }
}

/// A Go double-quoted string literal for `bytes` (as strconv.Quote writes it).
pub fn quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    let text = String::from_utf8_lossy(bytes);
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

