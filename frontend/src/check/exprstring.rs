//! Expressions as gc prints them in messages (the `syntax` package's short form): normalised
//! spacing (`a + b`), function literal bodies and composite literal elements elided
//! (`func() {…}`, `T{…}`).

use super::Checker;
use crate::ast::{ExprId, ExprKind, FuncType, InterfaceElem, Param, UnaryOp};
use middle::types::ChanDir;

impl Checker<'_> {
    /// The expression as gc prints it.
    pub(crate) fn expr_str(&self, e: ExprId) -> String {
        let mut out = String::new();
        self.write_expr(&mut out, e);
        out
    }

    fn write_expr(&self, out: &mut String, e: ExprId) {
        match &self.ast.expr(e).kind {
            ExprKind::Ident(name) => out.push_str(name),
            ExprKind::Lit(lit) => out.push_str(&lit.raw),
            ExprKind::Composite { ty, elems, .. } => {
                if let Some(ty) = ty {
                    self.write_expr(out, *ty);
                }
                out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
            }
            ExprKind::FuncLit { sig, body } => {
                self.write_func_type(out, sig);
                out.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
            }
            ExprKind::Paren(x) => {
                out.push('(');
                self.write_expr(out, *x);
                out.push(')');
            }
            ExprKind::Selector { x, sel } => {
                self.write_expr(out, *x);
                out.push('.');
                out.push_str(&sel.name);
            }
            ExprKind::Index { x, index } => {
                self.write_expr(out, *x);
                out.push('[');
                self.write_expr(out, *index);
                out.push(']');
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.write_expr(out, *x);
                out.push('[');
                if let Some(lo) = lo {
                    self.write_expr(out, *lo);
                }
                out.push(':');
                if let Some(hi) = hi {
                    self.write_expr(out, *hi);
                }
                if let Some(max) = max {
                    out.push(':');
                    self.write_expr(out, *max);
                }
                out.push(']');
            }
            ExprKind::TypeAssert { x, ty } => {
                self.write_expr(out, *x);
                out.push_str(".(");
                match ty {
                    Some(ty) => self.write_expr(out, *ty),
                    None => out.push_str("type"),
                }
                out.push(')');
            }
            ExprKind::Call { fun, args, ellipsis, .. } => {
                self.write_expr(out, *fun);
                out.push('(');
                self.write_list(out, args);
                if ellipsis.is_some() {
                    out.push_str("...");
                }
                out.push(')');
            }
            ExprKind::Star(x) => {
                out.push('*');
                self.write_expr(out, *x);
            }
            ExprKind::Unary { op, x } => {
                out.push_str(unary_str(*op));
                self.write_expr(out, *x);
            }
            ExprKind::Binary { op, x, y } => {
                self.write_expr(out, *x);
                out.push(' ');
                out.push_str(op.as_str());
                out.push(' ');
                self.write_expr(out, *y);
            }
            ExprKind::ArrayType { len, dots, elem } => {
                out.push('[');
                if let Some(len) = len {
                    self.write_expr(out, *len);
                } else if *dots {
                    out.push_str("...");
                }
                out.push(']');
                self.write_expr(out, *elem);
            }
            ExprKind::StructType(fields) => {
                out.push_str("struct{");
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    for (j, name) in field.names.iter().enumerate() {
                        if j > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&name.name);
                    }
                    if !field.names.is_empty() {
                        out.push(' ');
                    }
                    self.write_expr(out, field.ty);
                }
                out.push('}');
            }
            ExprKind::FuncType(sig) => self.write_func_type(out, sig),
            ExprKind::InterfaceType(elems) => {
                out.push_str("interface{");
                for (i, elem) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    match elem {
                        InterfaceElem::Method { name, sig } => {
                            out.push_str(&name.name);
                            self.write_signature_syntax(out, sig);
                        }
                        InterfaceElem::Embedded(e) => self.write_expr(out, *e),
                    }
                }
                out.push('}');
            }
            ExprKind::MapType { key, value } => {
                out.push_str("map[");
                self.write_expr(out, *key);
                out.push(']');
                self.write_expr(out, *value);
            }
            ExprKind::ChanType { dir, elem } => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let recv_elem = matches!(&self.ast.expr(*elem).kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
                if *dir == ChanDir::Both && recv_elem {
                    out.push('(');
                    self.write_expr(out, *elem);
                    out.push(')');
                } else {
                    self.write_expr(out, *elem);
                }
            }
            ExprKind::Bad => out.push_str("<bad expr>"),
        }
    }

    fn write_list(&self, out: &mut String, list: &[ExprId]) {
        for (i, e) in list.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_expr(out, *e);
        }
    }

    fn write_func_type(&self, out: &mut String, sig: &FuncType) {
        out.push_str("func");
        self.write_signature_syntax(out, sig);
    }

    fn write_signature_syntax(&self, out: &mut String, sig: &FuncType) {
        self.write_params(out, &sig.params);
        match sig.results.as_slice() {
            [] => {}
            [single] if single.names.is_empty() => {
                out.push(' ');
                self.write_expr(out, single.ty);
            }
            results => {
                out.push(' ');
                self.write_params(out, results);
            }
        }
    }

    fn write_params(&self, out: &mut String, params: &[Param]) {
        out.push('(');
        for (i, param) in params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            for (j, name) in param.names.iter().enumerate() {
                if j > 0 {
                    out.push_str(", ");
                }
                out.push_str(&name.name);
            }
            if !param.names.is_empty() {
                out.push(' ');
            }
            if param.variadic {
                out.push_str("...");
            }
            self.write_expr(out, param.ty);
        }
        out.push(')');
    }
}

/// The operator of a unary expression as written.
pub(crate) fn unary_str(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Plus => "+",
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "^",
        UnaryOp::Addr => "&",
        UnaryOp::Recv => "<-",
    }
}
