//! gc's inlinability verdicts (`CanInline`), computed on the syntax tree.
//!
//! gc decides whether a function may be inlined by walking its typed IR with the `hairyVisitor`
//! and charging about one unit per node against a budget of 80 (800 for a function literal,
//! which is only inlined where it is called). Its IR is close to the syntax tree, so this module
//! walks our tree and charges what gc's nodes cost, including the nodes gc adds or drops: an
//! implicit conversion to an interface costs 1 and a representation-preserving conversion 0; a
//! `:=` declaration also costs its `ODCL` (2); parentheses and type expressions cost nothing; a
//! slice literal and a method value cost one extra; a function literal costs 16 (its body is
//! charged only where it is inlined); `&s.f` of a field at offset 0, `*&x`, `x[0:...]` and
//! `x[:len(x)]` get gc's discounts; a call costs the callee's own cost when gc would inline it and
//! 57 otherwise (17 for calling a parameter or a captured variable); `panic` costs 1 extra; an
//! `if` on a constant costs only its taken branch. A function containing `defer`, `go` or
//! `recover()`, or marked `//go:noinline`, is never inlinable.
//!
//! Because a call's cost depends on whether its callee is inlinable, functions are decided in
//! gc's order: bottom-up over the strongly connected components of the reference graph (a
//! function literal belongs to its enclosing function's component), each component's functions
//! in visiting order, and a literal that is called directly (or through a local bound to it once)
//! is decided on the spot, before its caller. The verdicts land in each IR function's
//! `inline` field; the inliner (`middle::inline`) acts on them.

mod text;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use middle::ir::{FuncId, FuncKind, InlineInfo};
use middle::source::{Pos, SourceMap};
use middle::types::{BasicKind, Type, TypeId};

use super::expr::strip_parens;
use super::package::PackageLowerer;
use crate::ast::{AssignOp, Ast, Block, Decl, ExprId, ExprKind, FuncType, Stmt, StmtKind, UnaryOp};
use crate::check::{Builtin, CallKind, FuncRef, ObjKind, Selection, StdFunc, TypeInfo, VarKind};

/// gc's budget for a declared function.
const MAX_BUDGET: i64 = 80;
/// gc's budget for a function literal (`inlineClosureCalledOnceCost`).
const CLOSURE_BUDGET: i64 = 800;
/// What a call costs when its callee is not inlined.
const EXTRA_CALL_COST: i64 = 57;
/// What a call of a parameter or captured variable costs (it may become inlinable).
const PARAM_CALL_COST: i64 = 17;
/// What `func(...) {...}` costs besides its own node.
const CLOSURE_COST: i64 = 15;
/// A function with more nodes than this is "big".
const BIG_FUNCTION_NODES: usize = 5000;
/// The most a callee may cost to be inlined into a big function.
const BIG_FUNCTION_MAX_COST: i64 = 20;

/// Computes every declared function's and function literal's verdict and stores it in the
/// corresponding IR function.
pub fn annotate(p: &mut PackageLowerer, map: &SourceMap) {
    let ast = p.ast;
    let info = p.info;
    let mut ids: HashMap<FuncRef, FuncId> = p.decl_funcs.iter().map(|(r, id)| (*r, *id)).collect();
    let mut literal_at: HashMap<Pos, FuncId> = HashMap::new();
    for (i, f) in p.funcs.iter().enumerate() {
        if let Some(f) = f {
            if matches!(f.kind, FuncKind::Closure { .. }) {
                literal_at.insert(f.pos, FuncId(i as u32));
            }
        }
    }
    for (i, e) in ast.exprs.iter().enumerate() {
        if let ExprKind::FuncLit { .. } = e.kind {
            if let Some(id) = literal_at.get(&e.pos) {
                ids.insert(FuncRef::Lit(ExprId(i as u32)), *id);
            }
        }
    }
    let mut order: Vec<FuncRef> = info.funcs.iter().map(|(r, _)| *r).collect();
    for r in &info.inits {
        if !order.contains(r) {
            order.push(*r);
        }
    }
    let mut deciders = Deciders::new(ast, info, noinline_functions(ast, map));
    for r in &order {
        deciders.visit(*r);
    }
    // Function literals outside any function body (in package-level initialisers) belong to
    // the package initialiser, which is never inlined: decide them in source order.
    for (i, e) in ast.exprs.iter().enumerate() {
        if let ExprKind::FuncLit { .. } = e.kind {
            deciders.decide(FuncRef::Lit(ExprId(i as u32)));
        }
    }
    for (r, verdict) in deciders.verdicts {
        let Some(id) = ids.get(&r) else { continue };
        let pos = match r {
            FuncRef::Decl { .. } => report_pos(ast, map, r),
            FuncRef::Lit(e) => ast.expr(e).pos,
        };
        let text = text::function_text(ast, info, r);
        if let Some(Some(f)) = p.funcs.get_mut(id.index()) {
            f.inline = Some(InlineInfo { verdict: verdict.result, pos, text, big: verdict.big });
        }
    }
}

/// The declarations marked `//go:noinline` (the directive stands alone on a line before the
/// `func`, after the previous declaration).
fn noinline_functions(ast: &Ast, map: &SourceMap) -> HashSet<FuncRef> {
    let mut marked = HashSet::new();
    for (fi, file) in ast.files.iter().enumerate() {
        let Some(id) = map.file_of(file.pos) else { continue };
        let source = map.file(id);
        let directives = crate::lexer::go_directives(&source.text, source.base);
        let mut previous = file.pos;
        for (di, decl) in file.decls.iter().enumerate() {
            let Decl::Func(f) = decl else { continue };
            let noinline = directives
                .iter()
                .any(|d| d.line_start && d.text.trim_end() == "go:noinline" && d.pos > previous && d.pos < f.pos);
            if noinline {
                marked.insert(FuncRef::Decl { file: fi as u32, decl: di as u32 });
            }
            previous = f.body.as_ref().map_or(f.pos, |b| b.rbrace);
        }
    }
    marked
}

/// Where gc reports a declared function's verdict: its name, or for a method the `(` opening
/// the receiver.
fn report_pos(ast: &Ast, map: &SourceMap, r: FuncRef) -> Pos {
    let Some(decl) = func_decl(ast, r) else { return middle::source::NO_POS };
    if decl.recv.is_none() {
        return decl.name.pos;
    }
    let Some(id) = map.file_of(decl.pos) else { return decl.name.pos };
    let file = map.file(id);
    let start = (decl.pos.0 - file.base) as usize;
    match file.text.get(start..).and_then(|rest| rest.find('(')) {
        Some(off) => Pos(decl.pos.0 + off as u32),
        None => decl.name.pos,
    }
}

/// The declaration a `FuncRef::Decl` names.
fn func_decl(ast: &Ast, r: FuncRef) -> Option<&crate::ast::FuncDecl> {
    let FuncRef::Decl { file, decl } = r else { return None };
    match ast.files.get(file as usize)?.decls.get(decl as usize)? {
        Decl::Func(f) => Some(f),
        _ => None,
    }
}

/// The signature and body of a function or literal.
fn func_body(ast: &Ast, r: FuncRef) -> Option<(&FuncType, &Block)> {
    match r {
        FuncRef::Decl { .. } => func_decl(ast, r).and_then(|d| Some((&d.sig, d.body.as_ref()?))),
        FuncRef::Lit(e) => match &ast.expr(e).kind {
            ExprKind::FuncLit { sig, body } => Some((sig, body)),
            _ => None,
        },
    }
}

/// One function's verdict.
#[derive(Clone, Debug)]
struct Verdict {
    result: Result<u32, String>,
    big: bool,
}

/// The state of the bottom-up walk over all functions.
struct Deciders<'a> {
    ast: &'a Ast,
    info: &'a TypeInfo,
    noinline: HashSet<FuncRef>,
    verdicts: HashMap<FuncRef, Verdict>,
    deciding: HashSet<FuncRef>,
    node_id: HashMap<FuncRef, u32>,
    visitgen: u32,
    stack: Vec<FuncRef>,
}

impl<'a> Deciders<'a> {
    fn new(ast: &'a Ast, info: &'a TypeInfo, noinline: HashSet<FuncRef>) -> Deciders<'a> {
        Deciders {
            ast,
            info,
            noinline,
            verdicts: HashMap::new(),
            deciding: HashSet::new(),
            node_id: HashMap::new(),
            visitgen: 0,
            stack: Vec::new(),
        }
    }

    /// gc's `bottomUpVisitor.visit`: decides `f`'s component once everything it refers to
    /// outside the component is decided. Returns the smallest visit number reached.
    fn visit(&mut self, f: FuncRef) -> u32 {
        if let Some(id) = self.node_id.get(&f) {
            return *id;
        }
        self.visitgen += 1;
        let id = self.visitgen;
        self.node_id.insert(f, id);
        self.visitgen += 1;
        let mut min = self.visitgen;
        self.stack.push(f);
        for r in self.references(f) {
            min = min.min(self.visit(r));
        }
        if (min == id || min == id + 1) && matches!(f, FuncRef::Decl { .. }) {
            let start = self.stack.iter().rposition(|g| *g == f).unwrap_or(0);
            let block = self.stack.split_off(start);
            for g in &block {
                self.node_id.insert(*g, u32::MAX);
            }
            for g in block {
                self.decide(g);
            }
        }
        min
    }

    /// The functions `f`'s body refers to, in order: named functions and methods, and its own
    /// function literals.
    fn references(&self, f: FuncRef) -> Vec<FuncRef> {
        let Some((_, body)) = func_body(self.ast, f) else { return Vec::new() };
        let mut out = Vec::new();
        let mut on_expr = |e: ExprId| {
            let expr = self.ast.expr(e);
            if let ExprKind::FuncLit { .. } = expr.kind {
                out.push(FuncRef::Lit(e));
            }
            if let Some(obj) = self.info.uses.get(&e) {
                if let ObjKind::Func(r) = self.info.objects[obj.0 as usize].kind {
                    out.push(r);
                }
            }
            if let Some(r) = self.method_decl(e) {
                out.push(r);
            }
        };
        walk_stmts(self.ast, &body.stmts, &mut on_expr);
        out
    }

    /// The declaration of the method a selector expression selects, if it is a declared method.
    fn method_decl(&self, e: ExprId) -> Option<FuncRef> {
        let (named, index) = match self.info.selections.get(&e)? {
            Selection::Method { named, index, .. } | Selection::MethodExpr { named, index } => (*named, *index),
            Selection::PromotedMethodExpr { named, index, .. } => (*named, *index),
            _ => return None,
        };
        let decl = self.info.types.named(named)?.methods.get(index as usize)?.decl;
        match self.info.objects.get(decl as usize)?.kind {
            ObjKind::Func(r) => Some(r),
            _ => None,
        }
    }

    /// gc's `CanInline(f)`, once.
    fn decide(&mut self, f: FuncRef) {
        if self.verdicts.contains_key(&f) || !self.deciding.insert(f) {
            return;
        }
        let verdict = self.hairy(f);
        self.deciding.remove(&f);
        self.verdicts.insert(f, verdict);
    }

    fn hairy(&mut self, f: FuncRef) -> Verdict {
        let Some((sig, body)) = func_body(self.ast, f) else {
            return Verdict { result: Err("no function body".into()), big: false };
        };
        let mut nodes = 0;
        walk_stmts(self.ast, &body.stmts, &mut |_| nodes += 1);
        let big = nodes + count_stmts(&body.stmts) > BIG_FUNCTION_NODES;
        if self.noinline.contains(&f) {
            return Verdict { result: Err("marked go:noinline".into()), big };
        }
        let budget = if matches!(f, FuncRef::Lit(_)) { CLOSURE_BUDGET } else { MAX_BUDGET };
        let results = self.result_types(sig);
        let mut v = Hairy { d: self, func: f, big, results, bindings: HashMap::new(), reason: None };
        let cost = v.stmts(&body.stmts);
        let result = match v.reason {
            Some(reason) => Err(reason),
            None if cost > budget => Err(format!("function too complex: cost {cost} exceeds budget {budget}")),
            None => Ok(cost.max(0) as u32),
        };
        Verdict { result, big }
    }

    fn result_types(&self, sig: &FuncType) -> Vec<TypeId> {
        let mut out = Vec::new();
        for group in &sig.results {
            let ty = self.info.type_exprs.get(&group.ty).copied().unwrap_or(TypeId::INVALID);
            out.extend(std::iter::repeat_n(ty, group.names.len().max(1)));
        }
        out
    }

    /// The cost a call of `target` adds: the callee's cost if gc would inline the call.
    fn callee_cost(&mut self, target: FuncRef, caller_big: bool) -> Option<i64> {
        if matches!(target, FuncRef::Lit(_)) {
            self.decide(target);
        }
        let cost = *self.verdicts.get(&target)?.result.as_ref().ok()? as i64;
        let mut max = if caller_big { BIG_FUNCTION_MAX_COST } else { MAX_BUDGET };
        if matches!(target, FuncRef::Lit(_)) {
            max *= 2;
        }
        (cost <= max).then_some(cost)
    }
}

/// gc's inline cost of a standard-library function gosub provides, if gc inlines it.
pub fn std_inline_cost(s: StdFunc) -> Option<u32> {
    match s {
        StdFunc::FmtPrint | StdFunc::FmtPrintln => Some(72),
        StdFunc::FmtPrintf => Some(73),
        StdFunc::FmtErrorf => Some(79),
        StdFunc::ErrorsNew => Some(6),
        StdFunc::StrconvItoa => Some(66),
        _ => None,
    }
}

/// Number of statements in a list, nested ones included (for gc's "big function" node count).
fn count_stmts(stmts: &[Stmt]) -> usize {
    let mut n = 0;
    for_each_stmt(stmts, &mut |_| n += 1);
    n
}

/// Calls `f` on every statement of `stmts`, nested ones included (not inside function literals).
fn for_each_stmt(stmts: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in stmts {
        f(s);
        match &s.kind {
            StmtKind::Block(b) => for_each_stmt(&b.stmts, f),
            StmtKind::If { init, then, els, .. } => {
                for_each_stmt(init.as_deref().map(std::slice::from_ref).unwrap_or_default(), f);
                for_each_stmt(&then.stmts, f);
                for_each_stmt(els.as_deref().map(std::slice::from_ref).unwrap_or_default(), f);
            }
            StmtKind::For { init, post, body, .. } => {
                for_each_stmt(init.as_deref().map(std::slice::from_ref).unwrap_or_default(), f);
                for_each_stmt(post.as_deref().map(std::slice::from_ref).unwrap_or_default(), f);
                for_each_stmt(&body.stmts, f);
            }
            StmtKind::Range { body, .. } => for_each_stmt(&body.stmts, f),
            StmtKind::Switch { init, cases, .. } | StmtKind::TypeSwitch { init, cases, .. } => {
                for_each_stmt(init.as_deref().map(std::slice::from_ref).unwrap_or_default(), f);
                for c in cases {
                    for_each_stmt(&c.body, f);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    for_each_stmt(c.comm.as_deref().map(std::slice::from_ref).unwrap_or_default(), f);
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
fn walk_stmts(ast: &Ast, stmts: &[Stmt], f: &mut dyn FnMut(ExprId)) {
    let mut exprs = Vec::new();
    for_each_stmt(stmts, &mut |s| stmt_exprs(s, &mut exprs));
    for e in exprs {
        walk_expr(ast, e, f);
    }
}

/// The expressions a statement holds directly (not those of nested statements).
fn stmt_exprs(s: &Stmt, out: &mut Vec<ExprId>) {
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
        StmtKind::Range { key, value, x, .. } => out.extend(key.iter().chain(value).chain(std::iter::once(x)).copied()),
        StmtKind::Decl(Decl::Var(specs)) => out.extend(specs.iter().flat_map(|s| s.values.iter().copied())),
        _ => {}
    }
}

/// Calls `f` on `e` and its subexpressions (pre-order), not entering function literal bodies.
fn walk_expr(ast: &Ast, e: ExprId, f: &mut dyn FnMut(ExprId)) {
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
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } | ExprKind::TypeAssert { x, .. } => walk_expr(ast, *x, f),
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

/// The cost walk over one function body (gc's `hairyVisitor`).
struct Hairy<'d, 'a> {
    d: &'d mut Deciders<'a>,
    func: FuncRef,
    big: bool,
    results: Vec<TypeId>,
    /// Locals bound once, by their declaration, to a value gc's `StaticValue` sees through.
    bindings: HashMap<crate::check::ObjId, ExprId>,
    /// Why the function can never be inlined, once found.
    reason: Option<String>,
}

impl Hairy<'_, '_> {
    fn ast(&self) -> &Ast {
        self.d.ast
    }

    fn ty(&self, e: ExprId) -> TypeId {
        self.d.info.expr_types.get(e.0 as usize).copied().unwrap_or(TypeId::INVALID)
    }

    fn under(&self, t: TypeId) -> &Type {
        self.d.info.types.under(t)
    }

    fn stop(&mut self, reason: &str) -> i64 {
        if self.reason.is_none() {
            self.reason = Some(reason.to_string());
        }
        0
    }

    fn stmts(&mut self, stmts: &[Stmt]) -> i64 {
        stmts.iter().map(|s| self.stmt(s)).sum()
    }

    fn opt_stmt(&mut self, s: Option<&Stmt>) -> i64 {
        s.map_or(0, |s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> i64 {
        match &s.kind {
            StmtKind::Empty | StmtKind::Fallthrough | StmtKind::Decl(Decl::Const(_) | Decl::Type(_) | Decl::Func(_)) => 0,
            StmtKind::Expr(e) => self.expr(*e),
            StmtKind::Send { ch, value } => {
                let elem = match self.under(self.ty(*ch)) {
                    Type::Chan(_, e) => *e,
                    _ => TypeId::INVALID,
                };
                1 + self.expr(*ch) + self.value(*value, elem)
            }
            StmtKind::IncDec { x, .. } => 2 + self.expr(*x),
            StmtKind::Assign { lhs, op: AssignOp::Op(_), rhs } => 1 + self.exprs(lhs) + self.exprs(rhs),
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, rhs, *op == AssignOp::Define),
            StmtKind::Go(_) => self.stop("unhandled op GO"),
            StmtKind::Defer(_) => self.stop("unhandled op DEFER"),
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => 1,
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                let init = self.opt_stmt(init.as_deref());
                match self.d.info.consts.get(cond) {
                    Some(crate::constant::ConstValue::Bool(true)) => init + self.stmts(&then.stmts),
                    Some(crate::constant::ConstValue::Bool(false)) => init + self.opt_stmt(els.as_deref()),
                    _ => 1 + init + self.expr(*cond) + self.stmts(&then.stmts) + self.opt_stmt(els.as_deref()),
                }
            }
            StmtKind::Switch { init, tag, cases, .. } => {
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
                    cost += 1 + c.exprs.iter().map(|e| self.value(*e, tag_ty)).sum::<i64>() + self.stmts(&c.body);
                }
                cost
            }
            StmtKind::TypeSwitch { init, bind, x, cases, .. } => {
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
            StmtKind::For { init, cond, post, body } => {
                1 + self.opt_stmt(init.as_deref()) + cond.map_or(0, |c| self.expr(c)) + self.opt_stmt(post.as_deref()) + self.stmts(&body.stmts)
            }
            StmtKind::Range { key, value, define, x, body } => {
                // Ranging over an array for its indices only ranges over its constant length.
                let array = match self.under(self.ty(*x)) {
                    Type::Pointer(t) => matches!(self.under(*t), Type::Array(..)),
                    t => matches!(t, Type::Array(..)),
                };
                let indices_only = value.is_none_or(|v| matches!(&self.ast().expr(v).kind, ExprKind::Ident(n) if n == "_"));
                let x_cost = if array && indices_only { 1 } else { self.expr(*x) };
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
    fn constant_switch<'c>(&self, tag: Option<ExprId>, cases: &'c [crate::ast::CaseClause]) -> Option<Option<&'c crate::ast::CaseClause>> {
        let consts = &self.d.info.consts;
        let value = match tag {
            Some(t) => consts.get(&t)?.clone(),
            None => crate::constant::ConstValue::Bool(true),
        };
        if !cases.iter().flat_map(|c| &c.exprs).all(|e| consts.contains_key(e)) {
            return None;
        }
        let matching = cases.iter().find(|c| c.exprs.iter().any(|e| consts.get(e) == Some(&value)));
        Some(matching.or_else(|| cases.iter().find(|c| c.is_default)))
    }

    /// `x := e`, `a, b = c, d`, `v, ok := m[k]`, `a, b := f()`.
    fn assign(&mut self, lhs: &[ExprId], rhs: &[ExprId], define: bool) -> i64 {
        let defined = if define { lhs.iter().filter(|e| self.defines(**e)).count() as i64 } else { 0 };
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

    fn var_spec(&mut self, spec: &crate::ast::VarSpec) -> i64 {
        let n = spec.names.len() as i64;
        let declared = spec.ty.and_then(|t| self.d.info.type_exprs.get(&t).copied());
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
            spec.values.iter().map(|v| self.value(*v, declared.unwrap_or_else(|| self.ty(*v)))).sum()
        } else {
            self.exprs(&spec.values)
        };
        1 + 3 * n + values
    }

    /// A `select` case's communication.
    fn comm(&mut self, comm: &Stmt) -> i64 {
        match &comm.kind {
            StmtKind::Send { .. } => self.stmt(comm),
            StmtKind::Assign { lhs, op, rhs } => {
                let defined = if *op == AssignOp::Define { lhs.iter().filter(|e| self.defines(**e)).count() as i64 } else { 0 };
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

    fn return_stmt(&mut self, results: &[ExprId]) -> i64 {
        if results.len() == 1 && self.results.len() > 1 {
            // `return f()` of a multi-value call: gc assigns the results to temporaries first.
            let n = self.results.len() as i64;
            return 2 + 4 * n + self.expr(results[0]);
        }
        let types = self.results.clone();
        1 + results.iter().enumerate().map(|(i, r)| self.value(*r, types.get(i).copied().unwrap_or(TypeId::INVALID))).sum::<i64>()
    }

    /// True if the identifier `e` declares a new variable here.
    fn defines(&self, e: ExprId) -> bool {
        let expr = self.ast().expr(e);
        matches!(&expr.kind, ExprKind::Ident(name) if name != "_") && self.d.info.defs.contains_key(&expr.pos)
    }

    /// Records `x := e` for gc's `StaticValue` when `x` is never reassigned.
    fn bind(&mut self, lhs: ExprId, rhs: ExprId) {
        let pos = self.ast().expr(lhs).pos;
        if let Some(obj) = self.d.info.defs.get(&pos).copied() {
            self.bind_obj(obj, rhs);
        }
    }

    fn bind_obj(&mut self, obj: crate::check::ObjId, rhs: ExprId) {
        if let ObjKind::Var(v) = &self.d.info.objects[obj.0 as usize].kind {
            if v.kind == VarKind::Local && !v.reassigned && !v.address_taken {
                self.bindings.insert(obj, rhs);
            }
        }
    }

    fn exprs(&mut self, es: &[ExprId]) -> i64 {
        es.iter().map(|e| self.expr(*e)).sum()
    }

    fn is_nil(&self, e: ExprId) -> bool {
        let e = strip_parens(self.ast(), e);
        self.d.info.uses.get(&e).is_some_and(|o| matches!(self.d.info.objects[o.0 as usize].kind, ObjKind::Nil))
    }

    /// `e` used where a `target` is expected: plus gc's implicit conversion to an interface.
    fn value(&mut self, e: ExprId, target: TypeId) -> i64 {
        self.expr(e) + self.implicit_conversion(e, target)
    }

    fn implicit_conversion(&self, e: ExprId, target: TypeId) -> i64 {
        let src = self.ty(e);
        let converts = target != TypeId::INVALID
            && src != TypeId::INVALID
            && self.d.info.types.is_interface(target)
            && src != target
            && !self.is_nil(e)
            && !self.d.info.types.basic(src).is_some_and(|k| k == BasicKind::UntypedNil);
        i64::from(converts)
    }

    fn expr(&mut self, e: ExprId) -> i64 {
        if self.d.info.consts.contains_key(&e) {
            return 1;
        }
        let ast = self.d.ast;
        match &ast.expr(e).kind {
            ExprKind::Ident(_) | ExprKind::Lit(_) => 1,
            ExprKind::Paren(x) => self.expr(*x),
            ExprKind::FuncLit { .. } => 1 + CLOSURE_COST,
            ExprKind::Composite { elems, .. } => self.composite(e, elems),
            ExprKind::Selector { x, .. } => self.selector(e, *x),
            ExprKind::Index { x, index } => match self.under(self.ty(*x)).clone() {
                Type::Map(k, _) => 1 + self.expr(*x) + self.value(*index, k),
                Type::Pointer(_) => 2 + self.expr(*x) + self.expr(*index),
                _ => 1 + self.expr(*x) + self.expr(*index),
            },
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(*x, *lo, *hi, *max),
            ExprKind::TypeAssert { x, .. } => 1 + self.expr(*x),
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(x) => {
                let inner = strip_parens(ast, *x);
                let discount = i64::from(matches!(ast.expr(inner).kind, ExprKind::Unary { op: UnaryOp::Addr, .. }));
                1 + self.expr(*x) - discount
            }
            ExprKind::Unary { op: UnaryOp::Addr, x } => self.address(*x),
            ExprKind::Unary { x, .. } => 1 + self.expr(*x),
            ExprKind::Binary { op, x, y } => {
                if *op == crate::ast::BinaryOp::Add && self.d.info.types.basic(self.ty(e)).is_some_and(|k| k == BasicKind::String) {
                    let mut leaves = Vec::new();
                    self.concat_leaves(e, &mut leaves);
                    return 1 + self.exprs(&leaves);
                }
                if op.is_comparison() {
                    let (tx, ty) = (self.ty(*x), self.ty(*y));
                    return 1 + self.value(*x, ty) + self.value(*y, tx);
                }
                1 + self.expr(*x) + self.expr(*y)
            }
            _ => 0,
        }
    }

    /// The operands of a string concatenation chain (gc flattens it into one `OADDSTR`).
    fn concat_leaves(&self, e: ExprId, out: &mut Vec<ExprId>) {
        let inner = strip_parens(self.ast(), e);
        match &self.ast().expr(inner).kind {
            ExprKind::Binary { op: crate::ast::BinaryOp::Add, x, y } if !self.d.info.consts.contains_key(&inner) => {
                self.concat_leaves(*x, out);
                self.concat_leaves(*y, out);
            }
            _ => out.push(e),
        }
    }

    fn composite(&mut self, e: ExprId, elems: &[crate::ast::KeyedElement]) -> i64 {
        let mut ty = self.ty(e);
        let mut cost = 0;
        if let Type::Pointer(t) = self.under(ty) {
            // An elided `&T` inside an outer literal.
            ty = *t;
            cost += 1;
        }
        match self.under(ty).clone() {
            Type::Struct(fields) => {
                cost += 1;
                for (i, el) in elems.iter().enumerate() {
                    let field = match el.key {
                        Some(k) => match self.d.info.selections.get(&k) {
                            Some(Selection::Field { path, .. }) => path.last().copied().unwrap_or(0) as usize,
                            _ => i,
                        },
                        None => i,
                    };
                    let fty = fields.get(field).map_or(TypeId::INVALID, |f| f.ty);
                    cost += 1 + self.value(el.value, fty);
                }
            }
            Type::Map(k, v) => {
                cost += 1;
                for el in elems {
                    cost += 1 + el.key.map_or(0, |key| self.value(key, k)) + self.value(el.value, v);
                }
            }
            shape => {
                let elem = match shape {
                    Type::Slice(t) => {
                        cost += 2;
                        t
                    }
                    Type::Array(t, _) => {
                        cost += 1;
                        t
                    }
                    _ => return cost,
                };
                for el in elems {
                    cost += el.key.map_or(0, |key| 1 + self.expr(key)) + self.value(el.value, elem);
                }
            }
        }
        cost
    }

    fn selector(&mut self, e: ExprId, x: ExprId) -> i64 {
        if self.d.info.uses.contains_key(&e) {
            return 1;
        }
        match self.d.info.selections.get(&e).cloned() {
            Some(Selection::Field { path, .. }) => path.len() as i64 + self.expr(x),
            Some(Selection::Method { path, take_address, deref_receiver, .. }) => {
                2 + path.len() as i64 + i64::from(take_address) + i64::from(deref_receiver) + self.expr(x)
            }
            Some(Selection::InterfaceMethod { .. }) => 2 + self.expr(x),
            Some(Selection::PromotedInterfaceMethod { path, .. }) => 2 + path.len() as i64 + self.expr(x),
            Some(Selection::MethodExpr { .. } | Selection::PromotedMethodExpr { .. } | Selection::InterfaceMethodExpr { .. }) => 0,
            None => 1 + self.expr(x),
        }
    }

    fn slice_expr(&mut self, x: ExprId, lo: Option<ExprId>, hi: Option<ExprId>, max: Option<ExprId>) -> i64 {
        let mut cost = 1 + self.expr(x);
        if let Type::Array(..) = self.under(self.ty(x)) {
            cost += 1; // the implicit `&` of slicing an array variable
        }
        for b in [lo, hi, max].into_iter().flatten() {
            cost += self.expr(b);
        }
        if lo.is_some_and(|l| self.d.info.consts.get(&l).is_some_and(|v| v.to_i64() == Some(0))) {
            cost -= 1;
        }
        if hi.is_some_and(|h| self.is_len_of(h, x)) {
            cost -= 2;
        }
        cost
    }

    /// True if `h` is `len(x)` for the same variable `x`.
    fn is_len_of(&self, h: ExprId, x: ExprId) -> bool {
        let ast = self.ast();
        let ExprKind::Call { args, .. } = &ast.expr(strip_parens(ast, h)).kind else { return false };
        if !matches!(self.d.info.calls.get(&strip_parens(ast, h)), Some(CallKind::Builtin(Builtin::Len))) || args.len() != 1 {
            return false;
        }
        let (a, b) = (strip_parens(ast, args[0]), strip_parens(ast, x));
        let var = |e: ExprId| {
            self.d.info.uses.get(&e).filter(|o| matches!(self.d.info.objects[o.0 as usize].kind, ObjKind::Var(_))).copied()
        };
        var(a).is_some() && var(a) == var(b)
    }

    /// `&x`: `&T{...}` is one node; `&v.f` of a field at offset 0 costs 1 in all.
    fn address(&mut self, x: ExprId) -> i64 {
        let ast = self.d.ast;
        let inner = strip_parens(ast, x);
        match &ast.expr(inner).kind {
            ExprKind::Composite { .. } => 1 + self.expr(inner),
            ExprKind::Selector { x: base, .. } => {
                let cost = 1 + self.expr(inner);
                match self.d.info.selections.get(&inner) {
                    Some(Selection::Field { path, .. }) if self.offset_zero_field_of_name(*base, path) => cost - 2,
                    _ => cost,
                }
            }
            _ => 1 + self.expr(x),
        }
    }

    /// True if `base.f` (one selection step, `path`) selects a field at offset 0 of a variable
    /// `base`: gc charges nothing for taking its address.
    fn offset_zero_field_of_name(&self, base: ExprId, path: &[u32]) -> bool {
        let base = strip_parens(self.ast(), base);
        if !matches!(self.ast().expr(base).kind, ExprKind::Ident(_)) || path.len() != 1 {
            return false;
        }
        let struct_ty = match self.under(self.ty(base)) {
            Type::Pointer(t) => *t,
            _ => self.ty(base),
        };
        self.d.info.types.field_offsets(struct_ty).get(path[0] as usize) == Some(&0)
    }

    fn call(&mut self, e: ExprId) -> i64 {
        let ast = self.d.ast;
        let ExprKind::Call { fun, args, ellipsis, .. } = &ast.expr(e).kind else { return 0 };
        let spread = ellipsis.is_some();
        match self.d.info.calls.get(&e).copied() {
            Some(CallKind::Conversion(t)) => {
                let Some(arg) = args.first() else { return 0 };
                self.conversion_cost(self.ty(*arg), t) + self.expr(*arg)
            }
            Some(CallKind::Builtin(b)) => self.builtin(b, args, spread),
            Some(CallKind::Std(s)) => {
                let sig = self.signature(*fun);
                let extra = match std_inline_cost(s) {
                    Some(c) if i64::from(c) <= if self.big { BIG_FUNCTION_MAX_COST } else { MAX_BUDGET } => i64::from(c),
                    _ => EXTRA_CALL_COST,
                };
                2 + self.arguments(args, &sig, spread) + extra
            }
            _ => self.func_call(*fun, args, spread),
        }
    }

    /// What converting a `from` value to `to` costs: 0 when gc emits no code (`OCONVNOP`).
    fn conversion_cost(&self, from: TypeId, to: TypeId) -> i64 {
        let types = &self.d.info.types;
        if from == to {
            return 0;
        }
        if types.is_interface(to) {
            return 1;
        }
        let (uf, ut) = (types.underlying(from), types.underlying(to));
        if uf == ut {
            let float = types.basic(uf).is_some_and(|k| k.is_float() || matches!(k, BasicKind::Complex64 | BasicKind::Complex128));
            return i64::from(float);
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(from), types.get(to)) {
            if types.underlying(*a) == types.underlying(*b) {
                return 0;
            }
        }
        match (types.basic(uf), types.basic(ut)) {
            (Some(a), Some(b)) if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) => i64::from(sim_type(a) != sim_type(b)),
            _ => 1,
        }
    }

    fn builtin(&mut self, b: Builtin, args: &[ExprId], spread: bool) -> i64 {
        match b {
            Builtin::Recover => self.stop("call to recover"),
            Builtin::New => 1,
            Builtin::Panic => 2 + args.first().map_or(0, |a| self.expr(*a)),
            Builtin::Make => {
                let rest = args.get(1..).unwrap_or_default();
                let implicit = match args.first().map(|t| self.d.info.type_exprs.get(t).copied().unwrap_or(TypeId::INVALID)) {
                    Some(t) if rest.is_empty() && matches!(self.under(t), Type::Map(..) | Type::Chan(..)) => 1,
                    _ => 0,
                };
                1 + implicit + self.exprs(rest)
            }
            Builtin::Append if !spread => {
                let elem = match args.first().map(|s| self.under(self.ty(*s)).clone()) {
                    Some(Type::Slice(t)) => t,
                    _ => TypeId::INVALID,
                };
                let mut cost = 1 + args.first().map_or(0, |s| self.expr(*s));
                for a in args.iter().skip(1) {
                    cost += self.value(*a, elem);
                }
                cost
            }
            _ => 1 + self.exprs(args),
        }
    }

    /// The signature of a callee expression.
    fn signature(&self, fun: ExprId) -> middle::types::Signature {
        match self.under(self.ty(strip_parens(self.ast(), fun))) {
            Type::Func(sig) => sig.clone(),
            _ => middle::types::Signature { params: Vec::new(), results: Vec::new(), variadic: false },
        }
    }

    /// Arguments against parameter types: implicit conversions, the `...` slice literal (or
    /// `nil` when empty), and the temporaries of `f(g())`.
    fn arguments(&mut self, args: &[ExprId], sig: &middle::types::Signature, spread: bool) -> i64 {
        let fixed = if sig.variadic && !spread { sig.params.len().saturating_sub(1) } else { sig.params.len() };
        if args.len() == 1 {
            if let Type::Tuple(elems) = self.d.info.types.get(self.ty(args[0])).clone() {
                // gc assigns the results to temporaries, then passes those.
                let mut cost = 1 + 4 * elems.len() as i64 + self.expr(args[0]);
                if sig.variadic && !spread {
                    let elem = self.variadic_elem(sig);
                    cost += 2;
                    for t in elems.iter().skip(fixed) {
                        cost += i64::from(self.d.info.types.is_interface(elem) && *t != elem);
                    }
                }
                return cost;
            }
        }
        let mut cost = 0;
        for (i, a) in args.iter().enumerate().take(fixed) {
            cost += self.value(*a, sig.params.get(i).copied().unwrap_or(TypeId::INVALID));
        }
        if sig.variadic && !spread {
            let extra = args.get(fixed..).unwrap_or_default();
            let elem = self.variadic_elem(sig);
            cost += if extra.is_empty() { 1 } else { 2 };
            for a in extra {
                cost += self.value(*a, elem);
            }
        }
        cost
    }

    /// The element type of a variadic signature's `...` parameter.
    fn variadic_elem(&self, sig: &middle::types::Signature) -> TypeId {
        match sig.params.last().map(|t| self.under(*t)) {
            Some(Type::Slice(t)) => *t,
            _ => TypeId::INVALID,
        }
    }

    /// A call of a function, method, func value or function literal.
    fn func_call(&mut self, fun: ExprId, args: &[ExprId], spread: bool) -> i64 {
        let sig = self.signature(fun);
        let fun = strip_parens(self.d.ast, fun);
        let args_cost = self.arguments(args, &sig, spread);
        let ast = self.d.ast;
        match &ast.expr(fun).kind {
            ExprKind::Selector { x, .. } => match self.d.info.selections.get(&fun).cloned() {
                Some(Selection::Method { path, take_address, deref_receiver, .. }) => {
                    let target = self.d.method_decl(fun);
                    let mut recv = self.expr(*x) + path.len() as i64 + i64::from(take_address) + i64::from(deref_receiver);
                    if take_address && self.offset_zero_field_of_name(*x, &path) {
                        recv -= 2;
                    }
                    1 + recv + args_cost + self.extra(target, EXTRA_CALL_COST)
                }
                Some(Selection::MethodExpr { .. } | Selection::PromotedMethodExpr { .. }) => {
                    let target = self.d.method_decl(fun);
                    1 + args_cost + self.extra(target, EXTRA_CALL_COST)
                }
                Some(Selection::InterfaceMethod { .. }) => 2 + EXTRA_CALL_COST + self.expr(*x) + args_cost,
                Some(Selection::PromotedInterfaceMethod { path, .. }) => 2 + EXTRA_CALL_COST + path.len() as i64 + self.expr(*x) + args_cost,
                _ => 1 + self.expr(fun) + args_cost + self.extra(None, EXTRA_CALL_COST),
            },
            ExprKind::FuncLit { .. } => 1 + self.expr(fun) + args_cost + self.extra(Some(FuncRef::Lit(fun)), EXTRA_CALL_COST),
            ExprKind::Ident(_) => {
                let (target, fallback) = self.ident_callee(fun);
                2 + args_cost + self.extra(target, fallback)
            }
            _ => 1 + self.expr(fun) + args_cost + EXTRA_CALL_COST,
        }
    }

    /// The function a called identifier statically denotes, and what the call costs otherwise.
    fn ident_callee(&self, fun: ExprId) -> (Option<FuncRef>, i64) {
        let info = self.d.info;
        let Some(obj) = info.uses.get(&fun).copied() else { return (None, EXTRA_CALL_COST) };
        match &info.objects[obj.0 as usize].kind {
            ObjKind::Func(r) => (Some(*r), EXTRA_CALL_COST),
            ObjKind::Var(v) => {
                let captured = v.owner.is_some_and(|o| o != self.func);
                if matches!(v.kind, VarKind::Param | VarKind::Receiver) || captured {
                    return (None, PARAM_CALL_COST);
                }
                (self.static_value(obj, 0), EXTRA_CALL_COST)
            }
            _ => (None, EXTRA_CALL_COST),
        }
    }

    /// gc's `StaticValue` for a local bound once: the function it holds, if any.
    fn static_value(&self, obj: crate::check::ObjId, depth: u32) -> Option<FuncRef> {
        if depth > 8 {
            return None;
        }
        let e = strip_parens(self.ast(), *self.bindings.get(&obj)?);
        match &self.ast().expr(e).kind {
            ExprKind::FuncLit { .. } => Some(FuncRef::Lit(e)),
            ExprKind::Ident(_) => match &self.d.info.objects[self.d.info.uses.get(&e)?.0 as usize].kind {
                ObjKind::Func(r) => Some(*r),
                ObjKind::Var(_) => self.static_value(*self.d.info.uses.get(&e)?, depth + 1),
                _ => None,
            },
            ExprKind::Selector { .. } => match self.d.info.selections.get(&e)? {
                Selection::MethodExpr { .. } => self.d.method_decl(e),
                _ => None,
            },
            _ => None,
        }
    }

    /// The cost a call adds for its callee: the callee's inline cost when gc would inline it.
    fn extra(&mut self, target: Option<FuncRef>, fallback: i64) -> i64 {
        let big = self.big;
        target.and_then(|t| self.d.callee_cost(t, big)).unwrap_or(fallback)
    }
}

/// gc's `SimType`: `int` is `int64`, `uint` and `uintptr` are `uint64` (on 64-bit targets).
fn sim_type(k: BasicKind) -> BasicKind {
    match k {
        BasicKind::Int => BasicKind::Int64,
        BasicKind::Uint | BasicKind::Uintptr => BasicKind::Uint64,
        k => k,
    }
}
