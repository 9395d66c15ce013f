//! Which captured variables closures hold by reference, decided as gc decides it.
//!
//! gc captures a variable by value when its address is never taken, it is at most 128 bytes, and
//! it is never *reassigned* — where assignments in straight-line code before the variable's first
//! capture at the same loop depth do not count (the closure copies the value current at that
//! point). Loop variables declared by `:=` in a `for` or `range` header are fresh per iteration
//! (Go 1.22), so only assignments in the loop body count for them.
//!
//! This module walks a top-level function (with its function literals, in source order) the way
//! gc's escape analysis does and returns the set of variables captured by reference; those must
//! live in memory.

use std::collections::{HashMap, HashSet};

use middle::types::TypeTable;

use crate::ast::{AssignOp, Ast, Block, Decl, ExprId, ExprKind, Stmt, StmtKind};
use crate::check::{ObjId, ObjKind, TypeInfo};

/// Closures capture by value only up to this size, as in gc.
const MAX_BY_VALUE_CAPTURE: u64 = 128;

/// Walk state.
struct Walker<'a> {
    ast: &'a Ast,
    info: &'a TypeInfo,
    depth: u32,
    decl_depth: HashMap<ObjId, u32>,
    reassigned: HashSet<ObjId>,
    captured: HashSet<ObjId>,
    /// Loop variables whose assignments (in the loop's post statement) do not count.
    loop_vars: HashSet<ObjId>,
    /// The named results of the function being walked, which `return x` assigns.
    results: Vec<ObjId>,
}

/// The variables declared by parameter or result groups.
fn declared(info: &TypeInfo, groups: &[crate::ast::Param]) -> Vec<ObjId> {
    groups
        .iter()
        .flat_map(|g| {
            g.names
                .iter()
                .filter_map(|n| info.defs.get(&n.pos).copied())
        })
        .collect()
}

/// The variables of this function body (and its function literals) captured by reference;
/// `params` are the function's receiver, parameters and results, `results` its named results.
pub fn by_reference_captures(
    ast: &Ast,
    info: &TypeInfo,
    types: &TypeTable,
    params: &[ObjId],
    results: &[crate::ast::Param],
    body: &Block,
) -> HashSet<ObjId> {
    let mut w = Walker {
        ast,
        info,
        depth: 1,
        decl_depth: HashMap::new(),
        reassigned: HashSet::new(),
        captured: HashSet::new(),
        loop_vars: HashSet::new(),
        results: declared(info, results),
    };
    for p in params {
        w.decl_depth.insert(*p, 1);
    }
    w.stmts(&body.stmts);
    w.captured
        .iter()
        .copied()
        .filter(|o| {
            let obj = &info.objects[o.0 as usize];
            let addr = matches!(&obj.kind, ObjKind::Var(v) if v.address_taken);
            addr || w.reassigned.contains(o) || types.layout(obj.ty).size > MAX_BY_VALUE_CAPTURE
        })
        .collect()
}

impl Walker<'_> {
    fn def(&mut self, pos: middle::source::Pos, depth: u32) {
        if let Some(o) = self.info.defs.get(&pos) {
            self.decl_depth.insert(*o, depth);
        }
    }

    /// The variable an assignment to `e` writes into (a variable, or a field or array element of
    /// one); `None` for stores through pointers, slices and maps.
    fn root(&self, e: ExprId) -> Option<ObjId> {
        match &self.ast.expr(e).kind {
            ExprKind::Paren(x) => self.root(*x),
            ExprKind::Ident(_) => self.info.uses.get(&e).copied(),
            ExprKind::Selector { x, .. } => match self.info.selections.get(&e) {
                Some(crate::check::Selection::Field { derefs, .. })
                    if !derefs.iter().any(|d| *d) =>
                {
                    self.root(*x)
                }
                _ => None,
            },
            ExprKind::Index { x, .. } => match self.info.types.under(
                self.info
                    .expr_types
                    .get(x.0 as usize)
                    .copied()
                    .unwrap_or(middle::types::TypeId::INVALID),
            ) {
                middle::types::Type::Array(..) => self.root(*x),
                _ => None,
            },
            _ => None,
        }
    }

    fn assigned(&mut self, e: ExprId) {
        if let Some(o) = self.root(e) {
            self.reassigned.insert(o);
        }
    }

    fn stmts(&mut self, list: &[Stmt]) {
        let depth = self.depth;
        for s in list {
            self.stmt(s);
        }
        self.depth = depth;
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(*e),
            StmtKind::Send { ch, value } => {
                self.expr(*ch);
                self.expr(*value);
            }
            StmtKind::IncDec { x, .. } => {
                self.expr(*x);
                self.assigned(*x);
            }
            StmtKind::Assign { lhs, op, rhs } => {
                for e in rhs.iter().chain(lhs) {
                    self.expr(*e);
                }
                for l in lhs {
                    let is_new = *op == AssignOp::Define
                        && self
                            .info
                            .defs
                            .get(&self.ast.expr(*l).pos)
                            .is_some_and(|o| !self.decl_depth.contains_key(o));
                    if is_new {
                        self.def(self.ast.expr(*l).pos, self.depth);
                    } else {
                        self.assigned(*l);
                    }
                }
            }
            StmtKind::Return(values) => {
                values.iter().for_each(|e| self.expr(*e));
                if !values.is_empty() {
                    self.reassigned.extend(self.results.iter().copied());
                }
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(*cond);
                self.stmts(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                    if let StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        ..
                    } = &i.kind
                    {
                        for l in lhs {
                            if let Some(o) = self.info.defs.get(&self.ast.expr(*l).pos).copied() {
                                self.decl_depth.insert(o, self.depth + 1);
                                self.loop_vars.insert(o);
                            }
                        }
                    }
                }
                self.depth += 1;
                if let Some(c) = cond {
                    self.expr(*c);
                }
                self.stmts(&body.stmts);
                if let Some(p) = post {
                    let before = self.reassigned.clone();
                    self.stmt(p);
                    // The post statement updates the next iteration's copy, not this one.
                    let loop_vars = &self.loop_vars;
                    self.reassigned
                        .retain(|o| before.contains(o) || !loop_vars.contains(o));
                }
                self.depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.expr(*x);
                for v in [key, value].into_iter().flatten() {
                    if *define {
                        self.def(self.ast.expr(*v).pos, self.depth + 1);
                    } else {
                        self.expr(*v);
                        self.assigned(*v);
                    }
                }
                self.depth += 1;
                self.stmts(&body.stmts);
                self.depth -= 1;
            }
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(*t);
                }
                for c in cases {
                    c.exprs.iter().for_each(|e| self.expr(*e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(*x);
                for c in cases {
                    self.def(c.pos, self.depth);
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    spec.values.iter().for_each(|e| self.expr(*e));
                    for n in &spec.names {
                        self.def(n.pos, self.depth);
                    }
                }
            }
            _ => {}
        }
    }

    fn expr(&mut self, e: ExprId) {
        let ast = self.ast;
        match &ast.expr(e).kind {
            ExprKind::FuncLit { sig, body } => {
                if let Some(vars) = self.info.captures.get(&e) {
                    for v in vars {
                        if self.captured.insert(*v) && self.decl_depth.get(v) == Some(&self.depth) {
                            // Assignments in straight-line code before the first capture do not count.
                            self.reassigned.remove(v);
                        }
                    }
                }
                let depth = self.depth;
                let results =
                    std::mem::replace(&mut self.results, declared(self.info, &sig.results));
                self.depth = 1;
                self.stmts(&body.stmts);
                self.depth = depth;
                self.results = results;
            }
            ExprKind::Composite { elems, .. } => {
                for el in elems {
                    if let Some(k) = el.key {
                        self.expr(k);
                    }
                    self.expr(el.value);
                }
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. }
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.expr(*x),
            ExprKind::Index { x, index } => {
                self.expr(*x);
                self.expr(*index);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(*x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(*b);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(*fun);
                args.iter().for_each(|a| self.expr(*a));
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(*x);
                self.expr(*y);
            }
            _ => {}
        }
    }
}
