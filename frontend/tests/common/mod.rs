//! Helpers shared by the parser tests: parsing source text, rendering diagnostics like gc, and
//! walking every node of a parsed file.

#![allow(dead_code)]

use frontend::ast::{
    Ast, Block, Decl, ExprId, ExprKind, File, FuncType, InterfaceElem, Stmt, StmtKind,
};
use frontend::parser::parse_files;
use middle::source::{Diagnostic, Pos, SourceMap};

/// A parsed single-file package.
pub struct Parsed {
    /// The source map holding the file (named `./x.go`).
    pub map: SourceMap,
    /// The tree.
    pub ast: Ast,
    /// The diagnostics.
    pub diags: Vec<Diagnostic>,
}

/// Parses `src` as the file `./x.go`.
pub fn parse(src: &str) -> Parsed {
    let mut map = SourceMap::new();
    let id = map.add_file("./x.go".to_string(), src.to_string());
    let (ast, diags) = parse_files(&map, &[id]);
    Parsed { map, ast, diags }
}

impl Parsed {
    /// The diagnostics rendered as gc prints them.
    pub fn rendered(&self) -> Vec<String> {
        self.diags.iter().map(|d| d.render(&self.map)).collect()
    }

    /// `line:col` of a position.
    pub fn lc(&self, pos: Pos) -> String {
        let lc = self.map.line_col(pos);
        format!("{}:{}", lc.line, lc.col)
    }

    /// The only file.
    pub fn file(&self) -> &File {
        &self.ast.files[0]
    }
}

/// A node met by [`walk_file`].
pub enum Node<'a> {
    /// An expression.
    Expr(ExprId),
    /// A statement.
    Stmt(&'a Stmt),
    /// A block (function body, branch body or nested block) at its `{`.
    Block(&'a Block),
    /// A `case`/`default` clause at its keyword.
    Clause(Pos),
    /// A keyed composite literal element at its `:`.
    Key(Pos),
}

/// Calls `f` on every node reachable from the declarations of `file`, parents first.
pub fn walk_file<'a>(ast: &'a Ast, file: &'a File, f: &mut dyn FnMut(Node<'a>)) {
    for decl in &file.decls {
        walk_decl(ast, decl, f);
    }
}

fn walk_decl<'a>(ast: &'a Ast, decl: &'a Decl, f: &mut dyn FnMut(Node<'a>)) {
    match decl {
        Decl::Var(specs) => {
            for s in specs {
                s.ty.iter()
                    .chain(&s.values)
                    .for_each(|&x| walk_expr(ast, x, f));
            }
        }
        Decl::Const(specs) => {
            for s in specs {
                s.ty.iter()
                    .chain(&s.values)
                    .for_each(|&x| walk_expr(ast, x, f));
            }
        }
        Decl::Type(specs) => specs.iter().for_each(|s| walk_expr(ast, s.ty, f)),
        Decl::Func(func) => {
            if let Some(recv) = &func.recv {
                walk_expr(ast, recv.ty, f);
            }
            walk_sig(ast, &func.sig, f);
            if let Some(body) = &func.body {
                walk_block(ast, body, f);
            }
        }
    }
}

fn walk_sig<'a>(ast: &'a Ast, sig: &'a FuncType, f: &mut dyn FnMut(Node<'a>)) {
    for p in sig.params.iter().chain(&sig.results) {
        walk_expr(ast, p.ty, f);
    }
}

fn walk_block<'a>(ast: &'a Ast, block: &'a Block, f: &mut dyn FnMut(Node<'a>)) {
    f(Node::Block(block));
    block.stmts.iter().for_each(|s| walk_stmt(ast, s, f));
}

fn walk_opt_stmt<'a>(ast: &'a Ast, s: &'a Option<Box<Stmt>>, f: &mut dyn FnMut(Node<'a>)) {
    if let Some(s) = s {
        walk_stmt(ast, s, f);
    }
}

/// Calls `f` on `stmt` and everything below it.
pub fn walk_stmt<'a>(ast: &'a Ast, stmt: &'a Stmt, f: &mut dyn FnMut(Node<'a>)) {
    f(Node::Stmt(stmt));
    let e = |x: ExprId, f: &mut dyn FnMut(Node<'a>)| walk_expr(ast, x, f);
    match &stmt.kind {
        StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(*x, f),
        StmtKind::Send { ch, value } => {
            e(*ch, f);
            e(*value, f);
        }
        StmtKind::IncDec { x, .. } => e(*x, f),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|&x| e(x, f)),
        StmtKind::Return(xs) => xs.iter().for_each(|&x| e(x, f)),
        StmtKind::Block(b) => walk_block(ast, b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            walk_opt_stmt(ast, init, f);
            e(*cond, f);
            walk_block(ast, then, f);
            walk_opt_stmt(ast, els, f);
        }
        StmtKind::Switch {
            init, tag, cases, ..
        } => {
            walk_opt_stmt(ast, init, f);
            tag.iter().for_each(|&x| e(x, f));
            for c in cases {
                f(Node::Clause(c.pos));
                c.exprs.iter().for_each(|&x| e(x, f));
                c.body.iter().for_each(|s| walk_stmt(ast, s, f));
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            walk_opt_stmt(ast, init, f);
            e(*x, f);
            for c in cases {
                f(Node::Clause(c.pos));
                c.exprs.iter().for_each(|&x| e(x, f));
                c.body.iter().for_each(|s| walk_stmt(ast, s, f));
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                f(Node::Clause(c.pos));
                walk_opt_stmt(ast, &c.comm, f);
                c.body.iter().for_each(|s| walk_stmt(ast, s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            walk_opt_stmt(ast, init, f);
            cond.iter().for_each(|&x| e(x, f));
            walk_opt_stmt(ast, post, f);
            walk_block(ast, body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().chain(value).for_each(|&k| e(k, f));
            e(*x, f);
            walk_block(ast, body, f);
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(ast, stmt, f),
        StmtKind::Decl(d) => walk_decl(ast, d, f),
    }
}

/// Calls `f` on the expression `id` and everything below it.
pub fn walk_expr<'a>(ast: &'a Ast, id: ExprId, f: &mut dyn FnMut(Node<'a>)) {
    f(Node::Expr(id));
    let e = |x: ExprId, f: &mut dyn FnMut(Node<'a>)| walk_expr(ast, x, f);
    match &ast.expr(id).kind {
        ExprKind::Ident(_) | ExprKind::Lit(_) | ExprKind::Bad => {}
        ExprKind::Composite { ty, elems, .. } => {
            ty.iter().for_each(|&t| e(t, f));
            for el in elems {
                if let Some(k) = el.key {
                    f(Node::Key(el.pos));
                    e(k, f);
                }
                e(el.value, f);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            walk_sig(ast, sig, f);
            walk_block(ast, body, f);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => e(*x, f),
        ExprKind::Selector { x, .. } => e(*x, f),
        ExprKind::Index { x, index } => {
            e(*x, f);
            e(*index, f);
        }
        ExprKind::Slice { x, lo, hi, max } => {
            e(*x, f);
            lo.iter().chain(hi).chain(max).for_each(|&y| e(y, f));
        }
        ExprKind::TypeAssert { x, ty } => {
            e(*x, f);
            ty.iter().for_each(|&t| e(t, f));
        }
        ExprKind::Call { fun, args, .. } => {
            e(*fun, f);
            args.iter().for_each(|&a| e(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            e(*x, f);
            e(*y, f);
        }
        ExprKind::ArrayType { len, elem, .. } => {
            len.iter().for_each(|&l| e(l, f));
            e(*elem, f);
        }
        ExprKind::StructType(fields) => fields.iter().for_each(|fd| e(fd.ty, f)),
        ExprKind::FuncType(sig) => walk_sig(ast, sig, f),
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { sig, .. } => walk_sig(ast, sig, f),
                    InterfaceElem::Embedded(x) => e(*x, f),
                }
            }
        }
        ExprKind::MapType { key, value } => {
            e(*key, f);
            e(*value, f);
        }
        ExprKind::ChanType { elem, .. } => e(*elem, f),
    }
}

/// Every node of the file as `category line:col`, sorted, in the categories of gc's syntax tree
/// (names and function types left out: gc positions a function type at its `(`).
pub fn position_dump(p: &Parsed) -> Vec<String> {
    let mut out = Vec::new();
    let ast = &p.ast;
    walk_file(ast, p.file(), &mut |node| {
        let (cat, pos) = match node {
            Node::Expr(id) => {
                let expr = ast.expr(id);
                let cat = match &expr.kind {
                    ExprKind::Lit(_) => "Lit",
                    ExprKind::Composite { .. } => "Composite",
                    ExprKind::FuncLit { .. } => "FuncLit",
                    ExprKind::Paren(_) => "Paren",
                    ExprKind::Selector { .. } => "Selector",
                    ExprKind::Index { .. } => "Index",
                    ExprKind::Slice { .. } => "Slice",
                    ExprKind::TypeAssert { .. } => "Assert",
                    ExprKind::Call { .. } => "Call",
                    ExprKind::Unary { .. } | ExprKind::Star(_) => "Op1",
                    ExprKind::Binary { .. } => "Op2",
                    ExprKind::ArrayType { .. } => "Array",
                    ExprKind::StructType(_) => "Struct",
                    ExprKind::InterfaceType(_) => "Interface",
                    ExprKind::MapType { .. } => "Map",
                    ExprKind::ChanType { .. } => "Chan",
                    _ => return,
                };
                (cat, expr.pos)
            }
            Node::Stmt(s) => {
                let cat = match &s.kind {
                    StmtKind::Assign { .. } | StmtKind::IncDec { .. } => "Assign",
                    StmtKind::Send { .. } => "Send",
                    StmtKind::Return(_)
                    | StmtKind::Break(_)
                    | StmtKind::Continue(_)
                    | StmtKind::Goto(_)
                    | StmtKind::Fallthrough
                    | StmtKind::Go(_)
                    | StmtKind::Defer(_)
                    | StmtKind::If { .. }
                    | StmtKind::For { .. }
                    | StmtKind::Range { .. }
                    | StmtKind::Switch { .. }
                    | StmtKind::TypeSwitch { .. }
                    | StmtKind::Select(_) => "Keyword",
                    _ => return,
                };
                (cat, s.pos)
            }
            Node::Block(b) => ("Block", b.pos),
            Node::Clause(pos) => ("Clause", pos),
            Node::Key(pos) => ("Key", pos),
        };
        out.push(format!("{} {}", cat, p.lc(pos)));
    });
    out.sort();
    out
}
