//! The names of gc's temporaries that diagnostics mention (`.autotmp_3 escapes to heap`).
//!
//! gc's frontend holds two kinds of values in temporaries while it reads a function: each result
//! of a multi-value expression spread over several places (`f(g())`, `return g()`,
//! `a, b := g()`, `v, ok := m[k]`), and a callee that calls or receives (`f()(x)`,
//! `fs[len(fs)-1](x)`, `getI().M()`; not a method on a concrete type, whose receiver becomes
//! an argument). A temporary is named `.autotmp_N`, `N` being the number of variables the
//! function has declared when it is made: its receiver, parameters and results (named or not),
//! the locals declared so far (one per clause for a type switch's variable), and the
//! temporaries made so far. A function literal counts its own. gc reads in source order, the
//! variables `:=` declares before its right side, a callee before the arguments (whose
//! temporaries come first), a `for` loop's post statement before its body; a branch of an `if`
//! with a constant condition is never read.
//!
//! Not modelled: temporaries of `go` and `defer` statements' arguments, and clauses of a
//! `switch` on a constant.

use std::collections::HashMap;

use middle::types::Type;

use crate::ast::{AssignOp, Ast, Block, Decl, ExprId, ExprKind, FuncType, Stmt, StmtKind, UnaryOp};
use crate::check::{Builtin, CallKind, Selection, TypeInfo};
use crate::constant::ConstValue;

/// For every expression gc holds in temporaries: the number of the first. A multi-value
/// expression's results get consecutive numbers.
pub fn number_temporaries(ast: &Ast, info: &TypeInfo) -> HashMap<ExprId, u32> {
    let mut out = HashMap::new();
    for decl in ast.files.iter().flat_map(|f| &f.decls) {
        if let Decl::Func(f) = decl {
            if let Some(body) = &f.body {
                let mut n = Numbering {
                    ast,
                    info,
                    out: &mut out,
                    next: u32::from(f.recv.is_some()),
                };
                n.function(&f.sig, body);
            }
        }
    }
    out
}

/// The walk of one function body.
struct Numbering<'a, 'o> {
    ast: &'a Ast,
    info: &'a TypeInfo,
    out: &'o mut HashMap<ExprId, u32>,
    /// The number the next declared variable or temporary gets.
    next: u32,
}

impl Numbering<'_, '_> {
    fn function(&mut self, sig: &FuncType, body: &Block) {
        self.next += sig
            .params
            .iter()
            .chain(&sig.results)
            .map(|p| p.names.len().max(1) as u32)
            .sum::<u32>();
        self.stmts(&body.stmts);
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(*e),
            StmtKind::Send { ch: a, value: b } => self.exprs(&[*a, *b]),
            StmtKind::IncDec { x, .. } => self.expr(*x),
            StmtKind::Assign { lhs, op, rhs } => {
                if *op == AssignOp::Define {
                    self.declare(lhs);
                } else {
                    self.exprs(lhs);
                }
                self.values(lhs.len(), rhs);
            }
            StmtKind::Return(results) => {
                let targets = match results.as_slice() {
                    [r] => self.arity(*r),
                    _ => results.len(),
                };
                self.values(targets, results);
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(*cond);
                let known = self
                    .info
                    .consts
                    .get(cond)
                    .map(|v| matches!(v, ConstValue::Bool(true)));
                if known != Some(false) {
                    self.stmts(&then.stmts);
                }
                if known != Some(true) {
                    self.opt_stmt(els);
                }
            }
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                self.opt_stmt(init);
                self.exprs(tag.as_slice());
                for c in cases {
                    self.exprs(&c.exprs);
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => {
                self.opt_stmt(init);
                self.expr(*x);
                for c in cases {
                    self.next += u32::from(bind.is_some());
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                self.exprs(cond.as_slice());
                self.opt_stmt(post);
                self.stmts(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                let vars: Vec<ExprId> = key.iter().chain(value.iter()).copied().collect();
                if *define {
                    self.declare(&vars);
                } else {
                    self.exprs(&vars);
                }
                self.expr(*x);
                self.stmts(&body.stmts);
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    self.next += spec.names.iter().filter(|n| n.name != "_").count() as u32;
                    self.values(spec.names.len(), &spec.values);
                }
            }
            _ => {}
        }
    }

    /// Counts the variables a `:=` declares (not the blank ones, nor those it reassigns).
    fn declare(&mut self, names: &[ExprId]) {
        for e in names {
            let expr = self.ast.expr(*e);
            let new = matches!(&expr.kind, ExprKind::Ident(n) if n != "_")
                && self.info.defs.contains_key(&expr.pos);
            self.next += u32::from(new);
        }
    }

    /// The right side of an assignment to `targets` places: one multi-value expression spread
    /// over several is read into temporaries.
    fn values(&mut self, targets: usize, values: &[ExprId]) {
        self.exprs(values);
        if let [v] = values {
            if targets > 1 {
                self.out
                    .insert(crate::lower::expr::strip_parens(self.ast, *v), self.next);
                self.next += targets as u32;
            }
        }
    }

    /// How many values `e` has (a multi-value call's results).
    fn arity(&self, e: ExprId) -> usize {
        match self
            .info
            .expr_types
            .get(e.0 as usize)
            .map(|t| self.info.types.get(*t))
        {
            Some(Type::Tuple(elems)) => elems.len(),
            _ => 1,
        }
    }

    fn exprs(&mut self, es: &[ExprId]) {
        for e in es {
            self.expr(*e);
        }
    }

    fn expr(&mut self, e: ExprId) {
        match &self.ast.expr(e).kind {
            ExprKind::FuncLit { sig, body } => {
                let mut inner = Numbering {
                    ast: self.ast,
                    info: self.info,
                    out: &mut *self.out,
                    next: 0,
                };
                inner.function(sig, body);
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(*fun);
                let targets = match (args.as_slice(), self.info.calls.get(&e)) {
                    ([a], Some(CallKind::Call | CallKind::Std(_))) => self.arity(*a),
                    _ => args.len(),
                };
                self.values(targets, args);
                if let Some(callee) = self.computed_callee(e, *fun) {
                    self.out.insert(callee, self.next);
                    self.next += 1;
                }
            }
            ExprKind::Composite { elems, .. } => {
                for el in elems {
                    self.exprs(el.key.as_slice());
                    self.expr(el.value);
                }
            }
            _ => self.exprs(&children(self.ast, e)),
        }
    }

    /// For a call of a function value: the callee expression gc moves into a temporary because
    /// it calls or receives (for an interface method, the interface operand).
    fn computed_callee(&self, call: ExprId, fun: ExprId) -> Option<ExprId> {
        if !matches!(self.info.calls.get(&call), Some(CallKind::Call)) {
            return None;
        }
        let fun = crate::lower::expr::strip_parens(self.ast, fun);
        let candidate = match (&self.ast.expr(fun).kind, self.info.selections.get(&fun)) {
            (
                _,
                Some(
                    Selection::Method { .. }
                    | Selection::MethodExpr { .. }
                    | Selection::PromotedMethodExpr { .. },
                ),
            ) => return None,
            (
                ExprKind::Selector { x, .. },
                Some(Selection::InterfaceMethod { .. } | Selection::PromotedInterfaceMethod { .. }),
            ) => crate::lower::expr::strip_parens(self.ast, *x),
            _ => fun,
        };
        self.calls_or_receives(candidate).then_some(candidate)
    }

    /// True if evaluating `e` calls a function (but `new`) or receives from a channel.
    fn calls_or_receives(&self, e: ExprId) -> bool {
        match &self.ast.expr(e).kind {
            ExprKind::Call { .. } => match self.info.calls.get(&e) {
                Some(CallKind::Conversion(_)) => children(self.ast, e)
                    .iter()
                    .any(|c| self.calls_or_receives(*c)),
                Some(CallKind::Builtin(Builtin::New)) => false,
                _ => true,
            },
            ExprKind::Unary {
                op: UnaryOp::Recv, ..
            } => true,
            ExprKind::FuncLit { .. } => false,
            _ => children(self.ast, e)
                .iter()
                .any(|c| self.calls_or_receives(*c)),
        }
    }
}

/// The operand expressions of `e` (not types, not function literal bodies).
fn children(ast: &Ast, e: ExprId) -> Vec<ExprId> {
    match &ast.expr(e).kind {
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::TypeAssert { x, .. }
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. } => vec![*x],
        ExprKind::Index { x, index } => vec![*x, *index],
        ExprKind::Slice { x, lo, hi, max } => std::iter::once(*x)
            .chain(*lo)
            .chain(*hi)
            .chain(*max)
            .collect(),
        ExprKind::Call { fun, args, .. } => {
            std::iter::once(*fun).chain(args.iter().copied()).collect()
        }
        ExprKind::Binary { x, y, .. } => vec![*x, *y],
        ExprKind::Composite { elems, .. } => elems
            .iter()
            .flat_map(|el| el.key.into_iter().chain([el.value]))
            .collect(),
        _ => Vec::new(),
    }
}
