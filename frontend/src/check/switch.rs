//! Expression switches (with gc's duplicate-case detection for constant cases), type switches
//! (with a per-clause variable recorded in `defs` at the clause's `case` position), and
//! `select` statements.

use std::collections::HashMap;

use middle::source::Pos;
use middle::types::TypeId;

use super::composite::{const_key, ConstKey};
use super::info::{ObjKind, VarKind};
use super::operand::{Mode, Operand, OperandExpr};
use super::Checker;
use crate::ast::{
    BinaryOp, CaseClause, CommClause, ExprId, ExprKind, Ident, Stmt, StmtKind, UnaryOp,
};
use crate::constant::ConstValue;

impl Checker<'_> {
    /// `switch init; tag { cases }`.
    pub(crate) fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<ExprId>,
        cases: &[CaseClause],
        rbrace: Pos,
    ) {
        self.open_scope();
        if let Some(init) = init {
            self.stmt(init);
        }
        let x = match tag {
            Some(tag) => {
                let mut x = self.expr(tag);
                self.assignment(&mut x, None, "switch expression");
                if x.is_valid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let message = format!(
                        "cannot switch on {} ({} is not comparable)",
                        self.describe(&x),
                        self.type_str(x.ty)
                    );
                    self.error_op(&x, message);
                    x.invalidate();
                }
                x
            }
            None => {
                let pos = cases.first().map_or(rbrace, |c| c.pos);
                Operand {
                    mode: Mode::Constant,
                    expr: OperandExpr::Named("true".to_string(), pos),
                    ty: TypeId::BOOL,
                    val: Some(ConstValue::Bool(true)),
                }
            }
        };
        self.multiple_defaults(cases.iter().map(|c| (c.is_default, c.pos)));
        let mut seen: HashMap<(ConstKey, TypeId), Pos> = HashMap::new();
        for clause in cases {
            self.case_values(&x, &clause.exprs, &mut seen);
            self.open_scope();
            self.stmt_list(&clause.body);
            self.close_scope();
        }
        self.close_scope();
    }

    /// Reports every `default` after the first.
    fn multiple_defaults(&mut self, clauses: impl Iterator<Item = (bool, Pos)>) {
        let mut first: Option<Pos> = None;
        for (is_default, pos) in clauses {
            if !is_default {
                continue;
            }
            match first {
                Some(first) => {
                    let message =
                        format!("multiple defaults (first at {})", self.pos_string(first));
                    self.error(pos, message);
                }
                None => first = Some(pos),
            }
        }
    }

    /// Checks case values against the switch tag and reports duplicate constants.
    fn case_values(
        &mut self,
        x: &Operand,
        values: &[ExprId],
        seen: &mut HashMap<(ConstKey, TypeId), Pos>,
    ) {
        for &e in values {
            let mut v = self.expr(e);
            if !x.is_valid() || !v.is_valid() {
                continue;
            }
            self.convert_untyped(&mut v, x.ty);
            if !v.is_valid() {
                continue;
            }
            let mut res = v.clone();
            let mut tag = x.clone();
            self.comparison(&mut res, &mut tag, BinaryOp::Eq, true);
            if !res.is_valid() || v.mode != Mode::Constant {
                continue;
            }
            let Some(val) = v.val.clone() else { continue };
            if matches!(val, ConstValue::Bool(_)) {
                continue;
            }
            let pos = v.start_pos(self.ast);
            let key = (const_key(&val), self.unalias(v.ty));
            if let Some(&prev) = seen.get(&key) {
                let parts = [
                    (
                        pos,
                        format!("duplicate case {} in expression switch", self.describe(&v)),
                    ),
                    (prev, "previous case".to_string()),
                ];
                self.error_parts(pos, &parts);
                continue;
            }
            seen.insert(key, pos);
        }
    }

    /// `switch init; bind := x.(type) { cases }`.
    pub(crate) fn type_switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&Ident>,
        x_expr: ExprId,
        cases: &[CaseClause],
    ) {
        self.open_scope();
        if let Some(init) = init {
            self.stmt(init);
        }
        let mut bind = bind;
        if let Some(ident) = bind {
            if ident.name == "_" {
                self.error(ident.pos, "no new variable on left side of :=");
                bind = None;
            }
        }
        let x = self.expr(x_expr);
        let mut subject = None;
        if x.is_valid() {
            if self.is_interface(x.ty) {
                subject = Some(x);
            } else {
                let message = format!("{} is not an interface", self.describe(&x));
                self.error_op(&x, message);
            }
        }
        self.multiple_defaults(cases.iter().map(|c| (c.is_default, c.pos)));
        let mut clause_vars = Vec::new();
        let mut seen: Vec<(Option<TypeId>, ExprId)> = Vec::new();
        for clause in cases {
            let t = self.case_types(subject.as_ref(), &clause.exprs, &mut seen);
            self.open_scope();
            if let Some(ident) = bind {
                let obj = self.new_var(&ident.name, ident.pos, t, VarKind::Local);
                self.declare_local(obj);
                self.record_def(clause.pos, obj);
                clause_vars.push(obj);
            }
            self.stmt_list(&clause.body);
            self.close_scope();
        }
        if let Some(ident) = bind {
            let used = clause_vars.iter().any(|&v| self.extra(v).used);
            for &v in &clause_vars {
                self.extra_mut(v).used = true;
            }
            if !used {
                self.error(ident.pos, format!("{} declared and not used", ident.name));
            }
        }
        self.close_scope();
    }

    /// Checks the types of a type switch clause; returns the clause variable's type.
    fn case_types(
        &mut self,
        x: Option<&Operand>,
        types: &[ExprId],
        seen: &mut Vec<(Option<TypeId>, ExprId)>,
    ) -> TypeId {
        let mut last: Option<TypeId> = None;
        for &e in types {
            let t = if self.is_nil_expr(e) {
                self.expr(e);
                None
            } else {
                let t = self.type_expr(e);
                if t == TypeId::INVALID {
                    continue;
                }
                Some(t)
            };
            last = t;
            let same = |s: &Option<TypeId>| match (s, t) {
                (None, None) => true,
                (Some(a), Some(b)) => self.identical(*a, b),
                _ => false,
            };
            if let Some(&(_, other)) = seen.iter().find(|(s, _)| same(s)) {
                let shown = t.map_or_else(|| "nil".to_string(), |t| self.type_str(t));
                let parts = [
                    (
                        self.start_pos(e),
                        format!("duplicate case {shown} in type switch"),
                    ),
                    (self.start_pos(other), "previous case".to_string()),
                ];
                let pos = self.start_pos(e);
                self.error_parts(pos, &parts);
                continue;
            }
            seen.push((t, e));
            if let (Some(x), Some(t)) = (x, t) {
                if let Some(cause) = self.assertable_to(x.ty, t) {
                    let message = format!(
                        "impossible type switch case: {}\n\t{} cannot have dynamic type {} {cause}",
                        self.expr_str(e),
                        self.describe(x),
                        self.type_str(t)
                    );
                    self.error_at(e, message);
                }
            }
        }
        match (types.len(), last) {
            (1, Some(t)) => t,
            _ => x.map_or(TypeId::INVALID, |x| x.ty),
        }
    }

    /// True if `e` is (parenthesized) `nil` denoting the predeclared nil.
    fn is_nil_expr(&self, e: ExprId) -> bool {
        let inner = self.unparen(e);
        match &self.ast.expr(inner).kind {
            ExprKind::Ident(name) => self
                .lookup(name)
                .is_some_and(|o| self.obj(o).kind == ObjKind::Nil),
            _ => false,
        }
    }

    /// `select { clauses }`.
    pub(crate) fn select_stmt(&mut self, clauses: &[CommClause]) {
        self.multiple_defaults(clauses.iter().map(|c| (c.comm.is_none(), c.pos)));
        for clause in clauses {
            let valid = match clause.comm.as_deref() {
                None => true,
                Some(Stmt {
                    kind: StmtKind::Send { .. },
                    ..
                }) => true,
                Some(Stmt {
                    kind: StmtKind::Assign { rhs, .. },
                    ..
                }) => rhs.len() == 1 && self.is_receive(rhs[0]),
                Some(Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }) => self.is_receive(*e),
                Some(_) => false,
            };
            if !valid {
                if let Some(comm) = clause.comm.as_deref() {
                    let pos = self.stmt_start(comm);
                    self.error(
                        pos,
                        "select case must be send or receive (possibly with assignment)",
                    );
                }
                continue;
            }
            self.open_scope();
            if let Some(comm) = clause.comm.as_deref() {
                self.stmt(comm);
            }
            self.stmt_list(&clause.body);
            self.close_scope();
        }
    }

    /// True if `e` is a (parenthesized) receive operation.
    fn is_receive(&self, e: ExprId) -> bool {
        matches!(
            self.ast.expr(self.unparen(e)).kind,
            ExprKind::Unary {
                op: UnaryOp::Recv,
                ..
            }
        )
    }

    /// The position types2 reports a statement at (`syntax.StartPos`: the leftmost position,
    /// except that an expression statement is at its expression's own position).
    pub(crate) fn stmt_start(&self, s: &Stmt) -> Pos {
        match &s.kind {
            StmtKind::Send { ch, .. } => self.start_pos(*ch),
            StmtKind::IncDec { x, .. } => self.start_pos(*x),
            StmtKind::Assign { lhs, .. } => lhs.first().map_or(s.pos, |&e| self.start_pos(e)),
            _ => s.pos,
        }
    }
}
