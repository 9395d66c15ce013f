//! The function text of gc's `-m=2` line `can inline f with cost N as: func(int) int { return x }`.
//!
//! gc prints its IR for the function: the type (`method(*T) func() int` for a method), then
//! the body's statements joined by `; `. Its statement printer abbreviates: loops print as
//! `for loop`, switches as `switch statement`, selects as `select statement`, an `if` drops its
//! init statement and prints `else if` as `else { if ... }`, `var x T` prints as `x = <nil>`,
//! `var x = e` as `x := e`, a label as `L: ` followed by its statement, and a bare `return` with
//! a trailing space. Expressions print as in other `-m` lines (see `lower::text`), except that
//! a method call prints as a call of the method expression with the receiver first
//! (`(*T).M(t)`, implicit `&` and `*` omitted) and a called function literal is parenthesised.

use middle::types::TypeId;

use super::func_body;
use middle::types::Type;

use crate::ast::{AssignOp, Ast, Decl, ExprId, ExprKind, FuncType, Stmt, StmtKind, UnaryOp};
use crate::check::{FuncRef, Selection, TypeInfo};
use crate::lower::text::ExprText;

/// `func(int, int) *Point { return &Point{...} }` for a function or literal.
pub fn function_text(ast: &Ast, info: &TypeInfo, r: FuncRef) -> String {
    let Some((sig, body)) = func_body(ast, r) else { return String::new() };
    let mut out = String::new();
    if let Some(recv) = super::func_decl(ast, r).and_then(|d| d.recv.as_ref()) {
        out.push_str(&format!("method({}) ", type_text(ast, info, recv.ty)));
    }
    out.push_str(&signature_text(ast, info, sig));
    let printer = Printer { text: ExprText { ast, info, const_vars: None, slice_lens: None } };
    let mut parts = Vec::new();
    printer.stmts(&body.stmts, &mut parts);
    out.push_str(&format!(" {{ {} }}", parts.join("; ")));
    out
}

/// A parameter or result type as gc prints it: as written (gc keeps the aliases `byte` and
/// `any`), except literal struct and interface types, which gc spaces its own way.
fn type_text(ast: &Ast, info: &TypeInfo, e: ExprId) -> String {
    let written = crate::parser::print::expr_string(ast, e);
    if !written.contains("struct") && !written.contains("interface") {
        return written;
    }
    let t = info.type_exprs.get(&e).copied().unwrap_or(TypeId::INVALID);
    info.types.type_string(t, false, true)
}

/// `func(int, ...string) (int, error)`.
fn signature_text(ast: &Ast, info: &TypeInfo, sig: &FuncType) -> String {
    let mut params = Vec::new();
    for p in &sig.params {
        let t = type_text(ast, info, p.ty);
        let t = if p.variadic { format!("...{t}") } else { t };
        params.extend(std::iter::repeat_n(t, p.names.len().max(1)));
    }
    let mut results = Vec::new();
    for r in &sig.results {
        results.extend(std::iter::repeat_n(type_text(ast, info, r.ty), r.names.len().max(1)));
    }
    let results = match results.as_slice() {
        [] => String::new(),
        [one] => format!(" {one}"),
        _ => format!(" ({})", results.join(", ")),
    };
    format!("func({}){results}", params.join(", "))
}

/// Prints statements the way gc's IR formatter does.
struct Printer<'a> {
    text: ExprText<'a>,
}

impl Printer<'_> {
    fn list(&self, es: &[ExprId]) -> String {
        es.iter().map(|e| self.expr(*e, 0)).collect::<Vec<_>>().join(", ")
    }

    /// An expression inside an operator of precedence `outer` (0: none).
    fn expr(&self, e: ExprId, outer: u8) -> String {
        let ast = self.text.ast;
        let info = self.text.info;
        if info.consts.contains_key(&e) {
            return self.text.of(e);
        }
        let (text, prec) = match &ast.expr(e).kind {
            ExprKind::Paren(x) => return self.expr(*x, outer),
            ExprKind::Binary { op, x, y } => {
                let p = op.precedence();
                (format!("{} {} {}", self.expr(*x, p), op.as_str(), self.expr(*y, p + 1)), p)
            }
            ExprKind::Star(x) => {
                let inner = crate::lower::expr::strip_parens(ast, *x);
                let nested = matches!(ast.expr(inner).kind, ExprKind::Star(_));
                (if nested { format!("*({})", self.expr(inner, 0)) } else { format!("*{}", self.expr(inner, 6)) }, 6)
            }
            ExprKind::Unary { op, x } => {
                let op = match op {
                    UnaryOp::Plus => "+",
                    UnaryOp::Neg => "-",
                    UnaryOp::Not => "!",
                    UnaryOp::BitNot => "^",
                    UnaryOp::Addr => "&",
                    UnaryOp::Recv => "<-",
                };
                (format!("{op}{}", self.expr(*x, 6)), 6)
            }
            ExprKind::Call { fun, args, ellipsis, .. } => match self.callee(*fun) {
                Some((callee, receiver)) => {
                    let mut parts: Vec<String> = receiver.into_iter().collect();
                    parts.extend(args.iter().map(|a| self.expr(*a, 0)));
                    (format!("{callee}({}{})", parts.join(", "), if ellipsis.is_some() { "..." } else { "" }), 7)
                }
                None => return self.text.of(e),
            },
            _ => return self.text.of(e),
        };
        if prec < outer {
            format!("({text})")
        } else {
            text
        }
    }

    /// For a method call's or called literal's callee: how gc prints the callee, and the
    /// receiver it passes first (with the embedded fields selected on the way, without the
    /// implicit `&` or `*`).
    fn callee(&self, fun: ExprId) -> Option<(String, Option<String>)> {
        let ast = self.text.ast;
        let info = self.text.info;
        let fun = crate::lower::expr::strip_parens(ast, fun);
        match &ast.expr(fun).kind {
            ExprKind::FuncLit { .. } => Some(("(func literal)".into(), None)),
            ExprKind::Selector { x, .. } => {
                let Some(Selection::Method { path, named, index, .. }) = info.selections.get(&fun) else { return None };
                let nt = info.types.named(*named)?;
                let method = nt.methods.get(*index as usize)?;
                let callee = if method.pointer_receiver { format!("(*{}).{}", nt.name, method.name) } else { format!("{}.{}", nt.name, method.name) };
                let mut receiver = self.expr(*x, 7);
                let mut ty = info.expr_types.get(x.0 as usize).copied().unwrap_or(TypeId::INVALID);
                for step in path {
                    if let Type::Pointer(t) = info.types.under(ty) {
                        ty = *t;
                    }
                    let Type::Struct(fields) = info.types.under(ty) else { return None };
                    let field = fields.get(*step as usize)?;
                    receiver = format!("{receiver}.{}", field.name);
                    ty = field.ty;
                }
                Some((callee, Some(receiver)))
            }
            _ => None,
        }
    }

    fn stmts(&self, stmts: &[Stmt], out: &mut Vec<String>) {
        for s in stmts {
            self.stmt(s, out);
        }
    }

    fn block(&self, stmts: &[Stmt]) -> String {
        let mut parts = Vec::new();
        self.stmts(stmts, &mut parts);
        format!("{{ {} }}", parts.join("; "))
    }

    fn stmt(&self, s: &Stmt, out: &mut Vec<String>) {
        let text = match &s.kind {
            StmtKind::Empty | StmtKind::Decl(Decl::Const(_) | Decl::Type(_) | Decl::Func(_)) => return,
            StmtKind::Block(b) => return self.stmts(&b.stmts, out),
            StmtKind::Labeled { label, stmt } => {
                out.push(format!("{}: ", label.name));
                return self.stmt(stmt, out);
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    let names: Vec<&str> = spec.names.iter().map(|n| n.name.as_str()).collect();
                    if spec.values.is_empty() {
                        out.extend(names.iter().map(|n| format!("{n} = <nil>")));
                    } else {
                        out.push(format!("{} := {}", names.join(", "), self.list(&spec.values)));
                    }
                }
                return;
            }
            StmtKind::Expr(e) => self.expr(*e, 0),
            StmtKind::Send { ch, value } => format!("{} <- {}", self.expr(*ch, 0), self.expr(*value, 0)),
            StmtKind::IncDec { x, inc } => format!("{}{}", self.expr(*x, 0), if *inc { "++" } else { "--" }),
            StmtKind::Assign { lhs, op, rhs } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!("{} {op} {}", self.list(lhs), self.list(rhs))
            }
            StmtKind::Go(e) => format!("go {}", self.expr(*e, 0)),
            StmtKind::Defer(e) => format!("defer {}", self.expr(*e, 0)),
            StmtKind::Return(results) => format!("return {}", self.list(results)),
            StmtKind::Break(l) => l.as_ref().map_or("break".to_string(), |l| format!("break {}", l.name)),
            StmtKind::Continue(l) => l.as_ref().map_or("continue".to_string(), |l| format!("continue {}", l.name)),
            StmtKind::Goto(l) => format!("goto {}", l.name),
            StmtKind::Fallthrough => "fallthrough".to_string(),
            StmtKind::If { cond, then, els, .. } => {
                let mut t = format!("if {} {}", self.expr(*cond, 0), self.block(&then.stmts));
                if let Some(e) = els {
                    t.push_str(&format!(" else {}", self.block(std::slice::from_ref(e))));
                }
                t
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => "for loop".to_string(),
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => "switch statement".to_string(),
            StmtKind::Select(_) => "select statement".to_string(),
        };
        out.push(text);
    }
}
