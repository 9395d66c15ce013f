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

mod calls;
mod exprs;
mod hairy;
mod syntax;
mod text;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use middle::ir::{FuncId, FuncKind, InlineInfo};
use middle::source::{Pos, SourceMap};
use middle::types::TypeId;

use super::package::PackageLowerer;
use crate::ast::{Ast, Block, Decl, ExprId, ExprKind, FuncType};
use crate::check::{FuncRef, ObjKind, Selection, StdFunc, TypeInfo};

use hairy::Hairy;
use syntax::{count_stmts, walk_stmts};

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
            f.inline = Some(InlineInfo {
                verdict: verdict.result,
                pos,
                text,
                big: verdict.big,
            });
        }
    }
}

/// The declarations marked `//go:noinline` (the directive stands alone on a line before the
/// `func`, after the previous declaration).
fn noinline_functions(ast: &Ast, map: &SourceMap) -> HashSet<FuncRef> {
    let mut marked = HashSet::new();
    for (fi, file) in ast.files.iter().enumerate() {
        let Some(id) = map.file_of(file.pos) else {
            continue;
        };
        let source = map.file(id);
        let directives = crate::lexer::go_directives(&source.text, source.base);
        let mut previous = file.pos;
        for (di, decl) in file.decls.iter().enumerate() {
            let Decl::Func(f) = decl else { continue };
            let noinline = directives.iter().any(|d| {
                d.line_start
                    && d.text.trim_end() == "go:noinline"
                    && d.pos > previous
                    && d.pos < f.pos
            });
            if noinline {
                marked.insert(FuncRef::Decl {
                    file: fi as u32,
                    decl: di as u32,
                });
            }
            previous = f.body.as_ref().map_or(f.pos, |b| b.rbrace);
        }
    }
    marked
}

/// Where gc reports a declared function's verdict: its name, or for a method the `(` opening
/// the receiver.
fn report_pos(ast: &Ast, map: &SourceMap, r: FuncRef) -> Pos {
    let Some(decl) = func_decl(ast, r) else {
        return middle::source::NO_POS;
    };
    if decl.recv.is_none() {
        return decl.name.pos;
    }
    let Some(id) = map.file_of(decl.pos) else {
        return decl.name.pos;
    };
    let file = map.file(id);
    let start = (decl.pos.0 - file.base) as usize;
    match file.text.get(start..).and_then(|rest| rest.find('(')) {
        Some(off) => Pos(decl.pos.0 + off as u32),
        None => decl.name.pos,
    }
}

/// The declaration a `FuncRef::Decl` names.
fn func_decl(ast: &Ast, r: FuncRef) -> Option<&crate::ast::FuncDecl> {
    let FuncRef::Decl { file, decl } = r else {
        return None;
    };
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
        let Some((_, body)) = func_body(self.ast, f) else {
            return Vec::new();
        };
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
            Selection::Method { named, index, .. } | Selection::MethodExpr { named, index } => {
                (*named, *index)
            }
            Selection::PromotedMethodExpr { named, index, .. } => (*named, *index),
            _ => return None,
        };
        let decl = self
            .info
            .types
            .named(named)?
            .methods
            .get(index as usize)?
            .decl;
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
            return Verdict {
                result: Err("no function body".into()),
                big: false,
            };
        };
        let mut nodes = 0;
        walk_stmts(self.ast, &body.stmts, &mut |_| nodes += 1);
        let big = nodes + count_stmts(&body.stmts) > BIG_FUNCTION_NODES;
        if self.noinline.contains(&f) {
            return Verdict {
                result: Err("marked go:noinline".into()),
                big,
            };
        }
        let budget = if matches!(f, FuncRef::Lit(_)) {
            CLOSURE_BUDGET
        } else {
            MAX_BUDGET
        };
        let results = self.result_types(sig);
        let mut v = Hairy {
            d: self,
            func: f,
            big,
            results,
            bindings: HashMap::new(),
            reason: None,
        };
        let cost = v.stmts(&body.stmts);
        let result = match v.reason {
            Some(reason) => Err(reason),
            None if cost > budget => Err(format!(
                "function too complex: cost {cost} exceeds budget {budget}"
            )),
            None => Ok(cost.max(0) as u32),
        };
        Verdict { result, big }
    }

    fn result_types(&self, sig: &FuncType) -> Vec<TypeId> {
        let mut out = Vec::new();
        for group in &sig.results {
            let ty = self
                .info
                .type_exprs
                .get(&group.ty)
                .copied()
                .unwrap_or(TypeId::INVALID);
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
        let mut max = if caller_big {
            BIG_FUNCTION_MAX_COST
        } else {
            MAX_BUDGET
        };
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
