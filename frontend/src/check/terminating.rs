//! Terminating statements (the spec's definition, as types2 implements it), for `missing
//! return`.

use super::info::{Builtin, CallKind};
use super::Checker;
use crate::ast::{CaseClause, CommClause, ExprId, ExprKind, Stmt, StmtKind};

impl Checker<'_> {
    /// True if the statement list ends in a terminating statement (ignoring trailing empty
    /// statements).
    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        match stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
        {
            Some(last) => self.is_terminating(last, label),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::Expr(e) => self.is_panic_call(*e),
            StmtKind::Return(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => true,
            StmtKind::Block(block) => self.is_terminating_list(&block.stmts, None),
            StmtKind::If {
                then,
                els: Some(els),
                ..
            } => self.is_terminating_list(&then.stmts, None) && self.is_terminating(els, None),
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                self.is_terminating_switch(cases, label)
            }
            StmtKind::Select(clauses) => clauses.iter().all(|c| self.is_terminating_comm(c, label)),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }

    fn is_terminating_switch(&self, cases: &[CaseClause], label: Option<&str>) -> bool {
        let mut has_default = false;
        for clause in cases {
            has_default |= clause.is_default;
            if !self.is_terminating_list(&clause.body, None)
                || has_break_list(&clause.body, label, true)
            {
                return false;
            }
        }
        has_default
    }

    fn is_terminating_comm(&self, clause: &CommClause, label: Option<&str>) -> bool {
        self.is_terminating_list(&clause.body, None) && !has_break_list(&clause.body, label, true)
    }

    /// True for a (possibly parenthesized) call of the built-in `panic`.
    fn is_panic_call(&self, mut e: ExprId) -> bool {
        while let ExprKind::Paren(inner) = &self.ast.expr(e).kind {
            e = *inner;
        }
        self.calls.get(&e) == Some(&CallKind::Builtin(Builtin::Panic))
    }
}

/// True if the statements contain a `break` referring to `label` or, if `implicit`, to the
/// closest enclosing breakable statement.
fn has_break_list(stmts: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(target)) => Some(target.name.as_str()) == label,
        StmtKind::Block(block) => has_break_list(&block.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            label.is_some() && cases.iter().any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select(clauses) => {
            label.is_some()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}
