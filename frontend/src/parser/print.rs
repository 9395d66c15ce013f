//! Printing expressions the way gc's syntax printer does in its short form (`syntax.String`),
//! for messages such as "cannot use x := f() as value" or "unexpected []int, expected chan".
//!
//! Function and composite literal bodies are abbreviated to `{…}`; binary operators are
//! surrounded by single spaces; parentheses appear only where the source had them.

use middle::types::ChanDir;

use crate::ast::{Ast, ExprId, ExprKind, FieldDecl, FuncType, InterfaceElem, Param};

/// The expression `id` in gc's short form.
pub fn expr_string(ast: &Ast, id: ExprId) -> String {
    let mut out = String::new();
    write_expr(ast, id, &mut out);
    out
}

/// The expressions of `list`, separated by `, `.
pub fn expr_list_string(ast: &Ast, list: &[ExprId]) -> String {
    let mut out = String::new();
    write_list(ast, list, &mut out);
    out
}

/// Appends a comma-separated expression list.
fn write_list(ast: &Ast, list: &[ExprId], out: &mut String) {
    for (i, &x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(ast, x, out);
    }
}

/// Appends one expression.
fn write_expr(ast: &Ast, id: ExprId, out: &mut String) {
    let Some(expr) = ast.exprs.get(id.0 as usize) else {
        out.push_str("<bad expr>");
        return;
    };
    match &expr.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Ident(name) => out.push_str(name),
        ExprKind::Lit(lit) => out.push_str(&lit.raw),
        ExprKind::FuncLit { sig, body } => {
            write_func_type(ast, sig, out);
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Composite { ty, elems, .. } => {
            if let Some(ty) = ty {
                write_expr(ast, *ty, out);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(ast, *x, out);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(ast, *x, out);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(ast, *x, out);
            out.push('[');
            write_expr(ast, *index, out);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(ast, *x, out);
            out.push('[');
            for (i, part) in [lo, hi, max].into_iter().enumerate() {
                if i == 2 && part.is_none() {
                    break;
                }
                if i > 0 {
                    out.push(':');
                }
                if let Some(part) = part {
                    write_expr(ast, *part, out);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(ast, *x, out);
            out.push_str(".(");
            match ty {
                Some(ty) => write_expr(ast, *ty, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(ast, *fun, out);
            out.push('(');
            write_list(ast, args, out);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(ast, *x, out);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            write_expr(ast, *x, out);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(ast, *x, out);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(ast, *y, out);
        }
        ExprKind::ArrayType { len, dots, elem } => {
            out.push('[');
            if *dots {
                out.push_str("...");
            } else if let Some(len) = len {
                write_expr(ast, *len, out);
            }
            out.push(']');
            write_expr(ast, *elem, out);
        }
        ExprKind::StructType(fields) => write_struct(ast, fields, out),
        ExprKind::FuncType(sig) => write_func_type(ast, sig, out),
        ExprKind::InterfaceType(elems) => write_interface(ast, elems, out),
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(ast, *key, out);
            out.push(']');
            write_expr(ast, *value, out);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let elem_is_recv = matches!(
                ast.exprs.get(elem.0 as usize).map(|e| &e.kind),
                Some(ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    ..
                })
            );
            if *dir == ChanDir::Both && elem_is_recv {
                out.push('(');
                write_expr(ast, *elem, out);
                out.push(')');
            } else {
                write_expr(ast, *elem, out);
            }
        }
    }
}

/// Appends `struct{a, b int; T "tag"}`.
fn write_struct(ast: &Ast, fields: &[FieldDecl], out: &mut String) {
    out.push_str("struct{");
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        if !field.names.is_empty() {
            let names: Vec<&str> = field.names.iter().map(|n| n.name.as_str()).collect();
            out.push_str(&names.join(", "));
            out.push(' ');
        }
        write_expr(ast, field.ty, out);
        if let Some(tag) = &field.tag {
            out.push_str(&format!(" {:?}", tag));
        }
    }
    out.push('}');
}

/// Appends `interface{M(); E}`.
fn write_interface(ast: &Ast, elems: &[InterfaceElem], out: &mut String) {
    out.push_str("interface{");
    for (i, elem) in elems.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        match elem {
            InterfaceElem::Method { name, sig } => {
                out.push_str(&name.name);
                write_signature(ast, sig, out);
            }
            InterfaceElem::Embedded(x) => write_expr(ast, *x, out),
        }
    }
    out.push('}');
}

/// Appends `func(params) results`.
fn write_func_type(ast: &Ast, sig: &FuncType, out: &mut String) {
    out.push_str("func");
    write_signature(ast, sig, out);
}

/// Appends `(params) results`.
fn write_signature(ast: &Ast, sig: &FuncType, out: &mut String) {
    write_params(ast, &sig.params, out);
    match &sig.results[..] {
        [] => {}
        [single] if single.names.is_empty() && !single.variadic => {
            out.push(' ');
            write_expr(ast, single.ty, out);
        }
        results => {
            out.push(' ');
            write_params(ast, results, out);
        }
    }
}

/// Appends `(a, b int, c ...string)`.
fn write_params(ast: &Ast, params: &[Param], out: &mut String) {
    out.push('(');
    for (i, param) in params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !param.names.is_empty() {
            let names: Vec<&str> = param.names.iter().map(|n| n.name.as_str()).collect();
            out.push_str(&names.join(", "));
            out.push(' ');
        }
        if param.variadic {
            out.push_str("...");
        }
        write_expr(ast, param.ty, out);
    }
    out.push(')');
}
