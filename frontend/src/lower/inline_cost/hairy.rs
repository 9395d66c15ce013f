//! The cost walk over statements (gc's `hairyVisitor`, for statement nodes).
//!
//! A statement costs its node plus its children, as gc's typed IR has them: `x := e` also
//! declares `x` (`ODCL x`, 2 more), `a, b := f()` is charged as gc compensates for its
//! temporaries (1, plus the variables, plus 2 per declaration, plus the call), `return f()` of a
//! multi-value call assigns temporaries first, a range loop declares its variables and ranges
//! over an array's constant length when only the indices are used, an `if` on a constant and a
//! switch on a constant with constant cases keep only the code they run, labels and branches
//! cost 1 and `fallthrough` nothing. `go`, `defer` and `recover()` stop the walk.

use std::collections::HashMap;

use middle::types::{BasicKind, Type, TypeId};

use super::Deciders;
use crate::ast::{AssignOp, Ast, Decl, ExprId, ExprKind, Stmt, StmtKind};
use crate::check::{FuncRef, ObjKind, VarKind};
use crate::lower::expr::strip_parens;

/// The cost walk over one function body (gc's `hairyVisitor`).
pub(super) struct Hairy<'d, 'a> {
    /// The walk over all functions (verdicts so far).
    pub(super) d: &'d mut Deciders<'a>,
    /// The function being judged.
    pub(super) func: FuncRef,
    /// Whether it is "big".
    pub(super) big: bool,
    /// Its result types.
    pub(super) results: Vec<TypeId>,
    /// Locals bound once, by their declaration, to a value gc's `StaticValue` sees through.
    pub(super) bindings: HashMap<crate::check::ObjId, ExprId>,
    /// Why the function can never be inlined, once found.
    pub(super) reason: Option<String>,
}

impl Hairy<'_, '_> {
    pub(super) fn ast(&self) -> &Ast {
        self.d.ast
    }

    pub(super) fn ty(&self, e: ExprId) -> TypeId {
        self.d
            .info
            .expr_types
            .get(e.0 as usize)
            .copied()
            .unwrap_or(TypeId::INVALID)
    }

    pub(super) fn under(&self, t: TypeId) -> &Type {
        self.d.info.types.under(t)
    }

    pub(super) fn stop(&mut self, reason: &str) -> i64 {
        if self.reason.is_none() {
            self.reason = Some(reason.to_string());
        }
        0
    }

    pub(super) fn stmts(&mut self, stmts: &[Stmt]) -> i64 {
        stmts.iter().map(|s| self.stmt(s)).sum()
    }

    pub(super) fn opt_stmt(&mut self, s: Option<&Stmt>) -> i64 {
        s.map_or(0, |s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> i64 {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Fallthrough
            | StmtKind::Decl(Decl::Const(_) | Decl::Type(_) | Decl::Func(_)) => 0,
            StmtKind::Expr(e) => self.expr(*e),
            StmtKind::Send { ch, value } => {
                let elem = match self.under(self.ty(*ch)) {
                    Type::Chan(_, e) => *e,
                    _ => TypeId::INVALID,
                };
                1 + self.expr(*ch) + self.value(*value, elem)
            }
            StmtKind::IncDec { x, .. } => 2 + self.expr(*x),
            StmtKind::Assign {
                lhs,
                op: AssignOp::Op(_),
                rhs,
            } => 1 + self.exprs(lhs) + self.exprs(rhs),
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, rhs, *op == AssignOp::Define),
            StmtKind::Go(_) => self.stop("unhandled op GO"),
            StmtKind::Defer(_) => self.stop("unhandled op DEFER"),
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => 1,
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let init = self.opt_stmt(init.as_deref());
                match self.d.info.consts.get(cond) {
                    Some(crate::constant::ConstValue::Bool(true)) => init + self.stmts(&then.stmts),
                    Some(crate::constant::ConstValue::Bool(false)) => {
                        init + self.opt_stmt(els.as_deref())
                    }
                    _ => {
                        1 + init
                            + self.expr(*cond)
                            + self.stmts(&then.stmts)
                            + self.opt_stmt(els.as_deref())
                    }
                }
            }
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                let mut cost = 1 + self.opt_stmt(init.as_deref());
                if let Some(taken) = self.constant_switch(*tag, cases) {
                    // gc keeps only the clause a constant switch takes.
                    return cost + taken.map_or(0, |c| 1 + self.stmts(&c.body));
                }
                let tag_ty = tag.map_or(TypeId::BOOL, |t| self.ty(t));
                if let Some(t) = tag {
                    cost += self.expr(*t);
                }
                for c in cases {
                    cost += 1
                        + c.exprs.iter().map(|e| self.value(*e, tag_ty)).sum::<i64>()
                        + self.stmts(&c.body);
                }
                cost
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => {
                let per_clause = i64::from(bind.is_some());
                let mut cost = 2 + self.opt_stmt(init.as_deref()) + self.expr(*x) + per_clause;
                for c in cases {
                    let nils = c.exprs.iter().filter(|e| self.is_nil(**e)).count() as i64;
                    cost += 1 + per_clause + nils + self.stmts(&c.body);
                }
                cost
            }
            StmtKind::Select(clauses) => {
                let mut cost = 1;
                for c in clauses {
                    cost += 1 + self.stmts(&c.body);
                    if let Some(comm) = &c.comm {
                        cost += self.comm(comm);
                    }
                }
                cost
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                1 + self.opt_stmt(init.as_deref())
                    + cond.map_or(0, |c| self.expr(c))
                    + self.opt_stmt(post.as_deref())
                    + self.stmts(&body.stmts)
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                // Ranging over an array for its indices only ranges over its constant length.
                let array = match self.under(self.ty(*x)) {
                    Type::Pointer(t) => matches!(self.under(*t), Type::Array(..)),
                    t => matches!(t, Type::Array(..)),
                };
                let indices_only = value.is_none_or(
                    |v| matches!(&self.ast().expr(v).kind, ExprKind::Ident(n) if n == "_"),
                );
                let x_cost = if array && indices_only {
                    1
                } else {
                    self.expr(*x)
                };
                let mut cost = 1 + x_cost + self.stmts(&body.stmts);
                for v in key.iter().chain(value) {
                    cost += self.expr(*v);
                    if *define && self.defines(*v) {
                        cost += 2;
                    }
                }
                cost
            }
            StmtKind::Labeled { stmt, .. } => 1 + self.stmt(stmt),
            StmtKind::Decl(Decl::Var(specs)) => specs.iter().map(|s| self.var_spec(s)).sum(),
        }
    }

    /// For a switch on a constant whose cases are all constants: the clause it takes, if any.
    pub(super) fn constant_switch<'c>(
        &self,
        tag: Option<ExprId>,
        cases: &'c [crate::ast::CaseClause],
    ) -> Option<Option<&'c crate::ast::CaseClause>> {
        let consts = &self.d.info.consts;
        let value = match tag {
            Some(t) => consts.get(&t)?.clone(),
            None => crate::constant::ConstValue::Bool(true),
        };
        if !cases
            .iter()
            .flat_map(|c| &c.exprs)
            .all(|e| consts.contains_key(e))
        {
            return None;
        }
        let matching = cases
            .iter()
            .find(|c| c.exprs.iter().any(|e| consts.get(e) == Some(&value)));
        Some(matching.or_else(|| cases.iter().find(|c| c.is_default)))
    }

    /// `x := e`, `a, b = c, d`, `v, ok := m[k]`, `a, b := f()`.
    pub(super) fn assign(&mut self, lhs: &[ExprId], rhs: &[ExprId], define: bool) -> i64 {
        let defined = if define {
            lhs.iter().filter(|e| self.defines(**e)).count() as i64
        } else {
            0
        };
        if define && lhs.len() == 1 && rhs.len() == 1 {
            self.bind(lhs[0], rhs[0]);
        }
        let mut cost = 1 + self.exprs(lhs) + 2 * defined;
        if lhs.len() == rhs.len() {
            for (l, r) in lhs.iter().zip(rhs) {
                let target = self.ty(*l);
                cost += self.value(*r, target);
            }
        } else {
            cost += self.exprs(rhs);
        }
        cost
    }

    pub(super) fn var_spec(&mut self, spec: &crate::ast::VarSpec) -> i64 {
        let n = spec.names.len() as i64;
        let declared = spec
            .ty
            .and_then(|t| self.d.info.type_exprs.get(&t).copied());
        if spec.values.is_empty() {
            return 4 * n;
        }
        if spec.names.len() == 1 && spec.values.len() == 1 {
            if let Some(obj) = self.d.info.defs.get(&spec.names[0].pos) {
                self.bind_obj(*obj, spec.values[0]);
            }
        }
        if spec.names.len() == 1 {
            let target = declared.unwrap_or_else(|| self.ty(spec.values[0]));
            return 4 + spec.values.first().map_or(0, |v| self.value(*v, target));
        }
        let values: i64 = if spec.values.len() == spec.names.len() {
            spec.values
                .iter()
                .map(|v| self.value(*v, declared.unwrap_or_else(|| self.ty(*v))))
                .sum()
        } else {
            self.exprs(&spec.values)
        };
        1 + 3 * n + values
    }

    /// A `select` case's communication.
    pub(super) fn comm(&mut self, comm: &Stmt) -> i64 {
        match &comm.kind {
            StmtKind::Send { .. } => self.stmt(comm),
            StmtKind::Assign { lhs, op, rhs } => {
                let defined = if *op == AssignOp::Define {
                    lhs.iter().filter(|e| self.defines(**e)).count() as i64
                } else {
                    0
                };
                if lhs.len() == 2 && defined > 0 {
                    // `v, ok := <-c` receives into two temporaries, declared (4), then assigned
                    // to the variables at the top of the clause body.
                    return 7 + self.exprs(rhs) + 3 + self.exprs(lhs) + 2 * defined;
                }
                3 + self.exprs(lhs) - lhs.len() as i64 + 2 * defined + self.exprs(rhs)
            }
            StmtKind::Expr(e) => 3 + self.expr(*e),
            _ => self.stmt(comm),
        }
    }

    pub(super) fn return_stmt(&mut self, results: &[ExprId]) -> i64 {
        if results.len() == 1 && self.results.len() > 1 {
            // `return f()` of a multi-value call: gc assigns the results to temporaries first.
            let n = self.results.len() as i64;
            return 2 + 4 * n + self.expr(results[0]);
        }
        let types = self.results.clone();
        1 + results
            .iter()
            .enumerate()
            .map(|(i, r)| self.value(*r, types.get(i).copied().unwrap_or(TypeId::INVALID)))
            .sum::<i64>()
    }

    /// True if the identifier `e` declares a new variable here.
    pub(super) fn defines(&self, e: ExprId) -> bool {
        let expr = self.ast().expr(e);
        matches!(&expr.kind, ExprKind::Ident(name) if name != "_")
            && self.d.info.defs.contains_key(&expr.pos)
    }

    /// Records `x := e` for gc's `StaticValue` when `x` is never reassigned.
    pub(super) fn bind(&mut self, lhs: ExprId, rhs: ExprId) {
        let pos = self.ast().expr(lhs).pos;
        if let Some(obj) = self.d.info.defs.get(&pos).copied() {
            self.bind_obj(obj, rhs);
        }
    }

    pub(super) fn bind_obj(&mut self, obj: crate::check::ObjId, rhs: ExprId) {
        if let ObjKind::Var(v) = &self.d.info.objects[obj.0 as usize].kind {
            if v.kind == VarKind::Local && !v.reassigned && !v.address_taken {
                self.bindings.insert(obj, rhs);
            }
        }
    }

    pub(super) fn exprs(&mut self, es: &[ExprId]) -> i64 {
        es.iter().map(|e| self.expr(*e)).sum()
    }

    pub(super) fn is_nil(&self, e: ExprId) -> bool {
        let e = strip_parens(self.ast(), e);
        self.d
            .info
            .uses
            .get(&e)
            .is_some_and(|o| matches!(self.d.info.objects[o.0 as usize].kind, ObjKind::Nil))
    }

    /// `e` used where a `target` is expected: plus gc's implicit conversion to an interface.
    pub(super) fn value(&mut self, e: ExprId, target: TypeId) -> i64 {
        self.expr(e) + self.implicit_conversion(e, target)
    }

    pub(super) fn implicit_conversion(&self, e: ExprId, target: TypeId) -> i64 {
        let src = self.ty(e);
        let converts = target != TypeId::INVALID
            && src != TypeId::INVALID
            && self.d.info.types.is_interface(target)
            && src != target
            && !self.is_nil(e)
            && !self
                .d
                .info
                .types
                .basic(src)
                .is_some_and(|k| k == BasicKind::UntypedNil);
        i64::from(converts)
    }
}
