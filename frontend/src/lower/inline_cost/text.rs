//! The function text of gc's `-m=2` line `can inline f with cost N as: func(int) int { return x }`.
//!
//! gc prints its IR for the function: the type (`method(*T) func() int` for a method), then
//! the body's statements joined by `; `. Its statement printer abbreviates: loops print as
//! `for loop`, switches as `switch statement`, selects as `select statement`, an `if` drops its
//! init statement and prints `else if` as `else { if ... }`, `var x T` prints as `x = <nil>`,
//! `var x = e` as `x := e`, a label as `L: ` followed by its statement, and a bare `return` with
//! a trailing space. Expressions and assignments print as in other `-m` lines (see
//! `lower::text`).

use middle::types::TypeId;

use super::func_body;

use crate::ast::{Ast, Decl, ExprId, FuncType, Stmt, StmtKind};
use crate::check::{FuncRef, TypeInfo};
use crate::lower::text::ExprText;

/// `func(int, int) *Point { return &Point{...} }` for a function or literal.
pub fn function_text(ast: &Ast, info: &TypeInfo, r: FuncRef) -> String {
    let Some((sig, body)) = func_body(ast, r) else {
        return String::new();
    };
    let mut out = String::new();
    if let Some(recv) = super::func_decl(ast, r).and_then(|d| d.recv.as_ref()) {
        out.push_str(&format!("method({}) ", type_text(ast, info, recv.ty)));
    }
    out.push_str(&signature_text(ast, info, sig));
    let printer = Printer {
        text: ExprText {
            ast,
            info,
            const_vars: None,
            slice_lens: None,
            temps: None,
        },
    };
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
        results.extend(std::iter::repeat_n(
            type_text(ast, info, r.ty),
            r.names.len().max(1),
        ));
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
        es.iter()
            .map(|e| self.text.of(*e))
            .collect::<Vec<_>>()
            .join(", ")
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
            StmtKind::Empty | StmtKind::Decl(Decl::Const(_) | Decl::Type(_) | Decl::Func(_)) => {
                return
            }
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
                        out.push(format!(
                            "{} := {}",
                            names.join(", "),
                            self.list(&spec.values)
                        ));
                    }
                }
                return;
            }
            StmtKind::Expr(e) => self.text.of(*e),
            StmtKind::Send { ch, value } => {
                format!("{} <- {}", self.text.of(*ch), self.text.of(*value))
            }
            StmtKind::IncDec { x, inc } => {
                format!("{}{}", self.text.of(*x), if *inc { "++" } else { "--" })
            }
            StmtKind::Assign { lhs, op, rhs } => self.text.assignment(lhs, *op, rhs),
            StmtKind::Go(e) => format!("go {}", self.text.of(*e)),
            StmtKind::Defer(e) => format!("defer {}", self.text.of(*e)),
            StmtKind::Return(results) => format!("return {}", self.list(results)),
            StmtKind::Break(l) => l
                .as_ref()
                .map_or("break".to_string(), |l| format!("break {}", l.name)),
            StmtKind::Continue(l) => l
                .as_ref()
                .map_or("continue".to_string(), |l| format!("continue {}", l.name)),
            StmtKind::Goto(l) => format!("goto {}", l.name),
            StmtKind::Fallthrough => "fallthrough".to_string(),
            StmtKind::If {
                cond, then, els, ..
            } => {
                let mut t = format!("if {} {}", self.text.of(*cond), self.block(&then.stmts));
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
