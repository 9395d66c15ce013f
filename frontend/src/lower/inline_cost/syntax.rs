//! Walking the statements and expressions of a function body, without entering function
//! literals: for the references that order gc's decisions and for gc's node count.

use crate::ast::{Ast, Decl, ExprId, ExprKind, Stmt, StmtKind};

/// Number of statements in a list, nested ones included (for gc's "big function" node count).
pub(super) fn count_stmts(stmts: &[Stmt]) -> usize {
    let mut n = 0;
    for_each_stmt(stmts, &mut |_| n += 1);
    n
}

/// Calls `f` on every statement of `stmts`, nested ones included (not inside function literals).
pub(super) fn for_each_stmt(stmts: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in stmts {
        f(s);
        match &s.kind {
            StmtKind::Block(b) => for_each_stmt(&b.stmts, f),
            StmtKind::If {
                init, then, els, ..
            } => {
                for_each_stmt(
                    init.as_deref()
                        .map(std::slice::from_ref)
                        .unwrap_or_default(),
                    f,
                );
                for_each_stmt(&then.stmts, f);
                for_each_stmt(
                    els.as_deref().map(std::slice::from_ref).unwrap_or_default(),
                    f,
                );
            }
            StmtKind::For {
                init, post, body, ..
            } => {
                for_each_stmt(
                    init.as_deref()
                        .map(std::slice::from_ref)
                        .unwrap_or_default(),
                    f,
                );
                for_each_stmt(
                    post.as_deref()
                        .map(std::slice::from_ref)
                        .unwrap_or_default(),
                    f,
                );
                for_each_stmt(&body.stmts, f);
            }
            StmtKind::Range { body, .. } => for_each_stmt(&body.stmts, f),
            StmtKind::Switch { init, cases, .. } | StmtKind::TypeSwitch { init, cases, .. } => {
                for_each_stmt(
                    init.as_deref()
                        .map(std::slice::from_ref)
                        .unwrap_or_default(),
                    f,
                );
                for c in cases {
                    for_each_stmt(&c.body, f);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    for_each_stmt(
                        c.comm
                            .as_deref()
                            .map(std::slice::from_ref)
                            .unwrap_or_default(),
                        f,
                    );
                    for_each_stmt(&c.body, f);
                }
            }
            StmtKind::Labeled { stmt, .. } => for_each_stmt(std::slice::from_ref(stmt), f),
            _ => {}
        }
    }
}

/// Calls `f` on every expression of `stmts` in source order, outer expressions first, without
/// entering function literals (the literal itself is visited).
pub(super) fn walk_stmts(ast: &Ast, stmts: &[Stmt], f: &mut dyn FnMut(ExprId)) {
    let mut exprs = Vec::new();
    for_each_stmt(stmts, &mut |s| stmt_exprs(s, &mut exprs));
    for e in exprs {
        walk_expr(ast, e, f);
    }
}

/// The expressions a statement holds directly (not those of nested statements).
pub(super) fn stmt_exprs(s: &Stmt, out: &mut Vec<ExprId>) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => out.push(*e),
        StmtKind::Send { ch, value } => out.extend([*ch, *value]),
        StmtKind::IncDec { x, .. } => out.push(*x),
        StmtKind::Assign { lhs, rhs, .. } => out.extend(lhs.iter().chain(rhs).copied()),
        StmtKind::Return(results) => out.extend(results.iter().copied()),
        StmtKind::If { cond, .. } => out.push(*cond),
        StmtKind::Switch { tag, cases, .. } => {
            out.extend(tag.iter().copied());
            out.extend(cases.iter().flat_map(|c| c.exprs.iter().copied()));
        }
        StmtKind::TypeSwitch { x, .. } => out.push(*x),
        StmtKind::For { cond, .. } => out.extend(cond.iter().copied()),
        StmtKind::Range { key, value, x, .. } => {
            out.extend(key.iter().chain(value).chain(std::iter::once(x)).copied())
        }
        StmtKind::Decl(Decl::Var(specs)) => {
            out.extend(specs.iter().flat_map(|s| s.values.iter().copied()))
        }
        _ => {}
    }
}

/// Calls `f` on `e` and its subexpressions (pre-order), not entering function literal bodies.
pub(super) fn walk_expr(ast: &Ast, e: ExprId, f: &mut dyn FnMut(ExprId)) {
    f(e);
    match &ast.expr(e).kind {
        ExprKind::Composite { elems, .. } => {
            for el in elems {
                if let Some(k) = el.key {
                    walk_expr(ast, k, f);
                }
                walk_expr(ast, el.value, f);
            }
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::TypeAssert { x, .. } => walk_expr(ast, *x, f),
        ExprKind::Selector { x, .. } => walk_expr(ast, *x, f),
        ExprKind::Index { x, index } => {
            walk_expr(ast, *x, f);
            walk_expr(ast, *index, f);
        }
        ExprKind::Slice { x, lo, hi, max } => {
            walk_expr(ast, *x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                walk_expr(ast, *b, f);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            walk_expr(ast, *fun, f);
            for a in args {
                walk_expr(ast, *a, f);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(ast, *x, f);
            walk_expr(ast, *y, f);
        }
        _ => {}
    }
}
