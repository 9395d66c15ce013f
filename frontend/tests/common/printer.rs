//! Prints a parsed file back as Go source (one canonical layout), for round-trip tests.

use frontend::ast::*;
use middle::types::ChanDir;

/// Go source for `file`.
pub fn print_file(ast: &Ast, file: &File) -> String {
    let mut p = Printer {
        ast,
        out: String::new(),
        indent: 0,
    };
    p.line(&format!("package {}", file.package.name));
    for imp in &file.imports {
        let name = imp
            .name
            .as_ref()
            .map_or(String::new(), |n| format!("{} ", n.name));
        p.line(&format!("import {}{:?}", name, imp.path));
    }
    for decl in &file.decls {
        p.decl(decl);
    }
    p.out
}

struct Printer<'a> {
    ast: &'a Ast,
    out: String,
    indent: usize,
}

impl Printer<'_> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn names(names: &[Ident]) -> String {
        names
            .iter()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn list(&self, xs: &[ExprId]) -> String {
        xs.iter()
            .map(|&x| self.expr(x))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn group(&mut self, keyword: &str, specs: Vec<String>) {
        if specs.len() == 1 {
            self.line(&format!("{} {}", keyword, specs[0]));
            return;
        }
        self.line(&format!("{} (", keyword));
        self.indent += 1;
        for s in specs {
            self.line(&s);
        }
        self.indent -= 1;
        self.line(")");
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Var(specs) => {
                let specs = specs
                    .iter()
                    .map(|s| {
                        let mut t = Self::names(&s.names);
                        if let Some(ty) = s.ty {
                            t = format!("{} {}", t, self.expr(ty));
                        }
                        if !s.values.is_empty() {
                            t = format!("{} = {}", t, self.list(&s.values));
                        }
                        t
                    })
                    .collect();
                self.group("var", specs);
            }
            Decl::Const(specs) => {
                let specs = specs
                    .iter()
                    .map(|s| {
                        let mut t = Self::names(&s.names);
                        if let Some(ty) = s.ty {
                            t = format!("{} {}", t, self.expr(ty));
                        }
                        if !s.values.is_empty() {
                            t = format!("{} = {}", t, self.list(&s.values));
                        }
                        t
                    })
                    .collect();
                self.group("const", specs);
            }
            Decl::Type(specs) => {
                let specs = specs
                    .iter()
                    .map(|s| {
                        format!(
                            "{}{} {}",
                            s.name.name,
                            if s.alias { " =" } else { "" },
                            self.expr(s.ty)
                        )
                    })
                    .collect();
                self.group("type", specs);
            }
            Decl::Func(f) => {
                let recv = f.recv.as_ref().map_or(String::new(), |r| {
                    format!("({}) ", self.params(std::slice::from_ref(r)))
                });
                let head = format!("func {}{}{}", recv, f.name.name, self.signature(&f.sig));
                match &f.body {
                    Some(body) => {
                        self.line(&format!("{} {{", head));
                        self.body(body);
                        self.line("}");
                    }
                    None => self.line(&head),
                }
            }
        }
    }

    fn body(&mut self, block: &Block) {
        self.indent += 1;
        for s in &block.stmts {
            self.stmt(s);
        }
        self.indent -= 1;
    }

    fn simple(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::Empty => String::new(),
            StmtKind::Expr(x) => self.expr(*x),
            StmtKind::Send { ch, value } => format!("{} <- {}", self.expr(*ch), self.expr(*value)),
            StmtKind::IncDec { x, inc } => {
                format!("{}{}", self.expr(*x), if *inc { "++" } else { "--" })
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!("{} {} {}", self.list(lhs), op, self.list(rhs))
            }
            _ => "/* not simple */".to_string(),
        }
    }

    fn header(&self, init: &Option<Box<Stmt>>) -> String {
        init.as_ref()
            .map_or(String::new(), |s| format!("{}; ", self.simple(s)))
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => self.line(";"),
            StmtKind::Expr(_)
            | StmtKind::Send { .. }
            | StmtKind::IncDec { .. }
            | StmtKind::Assign { .. } => {
                let text = self.simple(s);
                self.line(&text);
            }
            StmtKind::Go(x) => self.line(&format!("go {}", self.expr(*x))),
            StmtKind::Defer(x) => self.line(&format!("defer {}", self.expr(*x))),
            StmtKind::Return(xs) if xs.is_empty() => self.line("return"),
            StmtKind::Return(xs) => self.line(&format!("return {}", self.list(xs))),
            StmtKind::Break(l) => self.line(&format!(
                "break{}",
                l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
            )),
            StmtKind::Continue(l) => self.line(&format!(
                "continue{}",
                l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
            )),
            StmtKind::Goto(l) => self.line(&format!("goto {}", l.name)),
            StmtKind::Fallthrough => self.line("fallthrough"),
            StmtKind::Block(b) => {
                self.line("{");
                self.body(b);
                self.line("}");
            }
            StmtKind::If { .. } => {
                let text = self.if_head(s);
                self.line(&text);
                self.if_rest(s);
            }
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                let tag = tag.map_or(String::new(), |t| format!("{} ", self.expr(t)));
                self.line(&format!("switch {}{}{{", self.header(init), tag));
                self.cases(cases);
                self.line("}");
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => {
                let bind = bind
                    .as_ref()
                    .map_or(String::new(), |b| format!("{} := ", b.name));
                self.line(&format!(
                    "switch {}{}{}.(type) {{",
                    self.header(init),
                    bind,
                    self.expr(*x)
                ));
                self.cases(cases);
                self.line("}");
            }
            StmtKind::Select(clauses) => {
                self.line("select {");
                for c in clauses {
                    match &c.comm {
                        Some(comm) => {
                            let text = self.simple(comm);
                            self.line(&format!("case {}:", text));
                        }
                        None => self.line("default:"),
                    }
                    self.indent += 1;
                    c.body.iter().for_each(|s| self.stmt(s));
                    self.indent -= 1;
                }
                self.line("}");
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let cond = cond.map_or(String::new(), |c| self.expr(c));
                let head = if init.is_none() && post.is_none() {
                    if cond.is_empty() {
                        "for {".to_string()
                    } else {
                        format!("for {} {{", cond)
                    }
                } else {
                    let init = init.as_ref().map_or(String::new(), |s| self.simple(s));
                    let post = post.as_ref().map_or(String::new(), |s| self.simple(s));
                    format!("for {}; {}; {} {{", init, cond, post)
                };
                self.line(&head);
                self.body(body);
                self.line("}");
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                let vars: Vec<String> = key.iter().chain(value).map(|&v| self.expr(v)).collect();
                let lhs = if vars.is_empty() {
                    String::new()
                } else {
                    format!("{} {} ", vars.join(", "), if *define { ":=" } else { "=" })
                };
                self.line(&format!("for {}range {} {{", lhs, self.expr(*x)));
                self.body(body);
                self.line("}");
            }
            StmtKind::Labeled { label, stmt } => {
                self.line(&format!("{}:", label.name));
                self.stmt(stmt);
            }
            StmtKind::Decl(d) => self.decl(d),
        }
    }

    fn if_head(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::If { init, cond, .. } => {
                format!("if {}{} {{", self.header(init), self.expr(*cond))
            }
            _ => String::new(),
        }
    }

    fn if_rest(&mut self, s: &Stmt) {
        let StmtKind::If { then, els, .. } = &s.kind else {
            return;
        };
        self.body(then);
        match els.as_deref() {
            None => self.line("}"),
            Some(
                e @ Stmt {
                    kind: StmtKind::If { .. },
                    ..
                },
            ) => {
                let head = self.if_head(e);
                self.line(&format!("}} else {}", head));
                self.if_rest(e);
            }
            Some(Stmt {
                kind: StmtKind::Block(b),
                ..
            }) => {
                self.line("} else {");
                self.body(b);
                self.line("}");
            }
            Some(_) => self.line("} /* bad else */"),
        }
    }

    fn cases(&mut self, cases: &[CaseClause]) {
        for c in cases {
            if c.is_default {
                self.line("default:");
            } else {
                self.line(&format!("case {}:", self.list(&c.exprs)));
            }
            self.indent += 1;
            c.body.iter().for_each(|s| self.stmt(s));
            self.indent -= 1;
        }
    }

    fn params(&self, params: &[Param]) -> String {
        params
            .iter()
            .map(|p| {
                let dots = if p.variadic { "..." } else { "" };
                if p.names.is_empty() {
                    format!("{}{}", dots, self.expr(p.ty))
                } else {
                    format!("{} {}{}", Self::names(&p.names), dots, self.expr(p.ty))
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn signature(&self, sig: &FuncType) -> String {
        let results = match &sig.results[..] {
            [] => String::new(),
            [r] if r.names.is_empty() => format!(" {}", self.expr(r.ty)),
            rs => format!(" ({})", self.params(rs)),
        };
        format!("({}){}", self.params(&sig.params), results)
    }

    fn expr(&self, id: ExprId) -> String {
        let e = self.ast.expr(id);
        match &e.kind {
            ExprKind::Bad => "BAD".to_string(),
            ExprKind::Ident(n) => n.clone(),
            ExprKind::Lit(l) => l.raw.clone(),
            ExprKind::Composite { ty, elems, .. } => {
                let elems: Vec<String> = elems
                    .iter()
                    .map(|el| match el.key {
                        Some(k) => format!("{}: {}", self.expr(k), self.expr(el.value)),
                        None => self.expr(el.value),
                    })
                    .collect();
                format!(
                    "{}{{{}}}",
                    ty.map_or(String::new(), |t| self.expr(t)),
                    elems.join(", ")
                )
            }
            ExprKind::FuncLit { sig, body } => {
                let mut inner = Printer {
                    ast: self.ast,
                    out: String::new(),
                    indent: self.indent + 1,
                };
                body.stmts.iter().for_each(|s| inner.stmt(s));
                let tabs = "\t".repeat(self.indent);
                format!("func{} {{\n{}{}}}", self.signature(sig), inner.out, tabs)
            }
            ExprKind::Paren(x) => format!("({})", self.expr(*x)),
            ExprKind::Selector { x, sel } => format!("{}.{}", self.expr(*x), sel.name),
            ExprKind::Index { x, index } => format!("{}[{}]", self.expr(*x), self.expr(*index)),
            ExprKind::Slice { x, lo, hi, max } => {
                let part = |p: &Option<ExprId>| p.map_or(String::new(), |p| self.expr(p));
                let max = max.map_or(String::new(), |m| format!(":{}", self.expr(m)));
                format!("{}[{}:{}{}]", self.expr(*x), part(lo), part(hi), max)
            }
            ExprKind::TypeAssert { x, ty } => {
                format!(
                    "{}.({})",
                    self.expr(*x),
                    ty.map_or("type".to_string(), |t| self.expr(t))
                )
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                format!(
                    "{}({}{})",
                    self.expr(*fun),
                    self.list(args),
                    if ellipsis.is_some() { "..." } else { "" }
                )
            }
            ExprKind::Star(x) => format!("*{}", self.expr(*x)),
            ExprKind::Unary { op, x } => {
                let op = match op {
                    UnaryOp::Plus => "+",
                    UnaryOp::Neg => "-",
                    UnaryOp::Not => "!",
                    UnaryOp::BitNot => "^",
                    UnaryOp::Addr => "&",
                    UnaryOp::Recv => "<-",
                };
                format!("{}{}", op, self.expr(*x))
            }
            ExprKind::Binary { op, x, y } => {
                format!("{} {} {}", self.expr(*x), op.as_str(), self.expr(*y))
            }
            ExprKind::ArrayType { len, dots, elem } => {
                let len = if *dots {
                    "...".to_string()
                } else {
                    len.map_or(String::new(), |l| self.expr(l))
                };
                format!("[{}]{}", len, self.expr(*elem))
            }
            ExprKind::StructType(fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let names = if f.names.is_empty() {
                            String::new()
                        } else {
                            format!("{} ", Self::names(&f.names))
                        };
                        let tag = f
                            .tag
                            .as_ref()
                            .map_or(String::new(), |t| format!(" {:?}", t));
                        format!("{}{}{}", names, self.expr(f.ty), tag)
                    })
                    .collect();
                format!("struct {{ {} }}", fields.join("; "))
            }
            ExprKind::FuncType(sig) => format!("func{}", self.signature(sig)),
            ExprKind::InterfaceType(elems) => {
                let elems: Vec<String> = elems
                    .iter()
                    .map(|el| match el {
                        InterfaceElem::Method { name, sig } => {
                            format!("{}{}", name.name, self.signature(sig))
                        }
                        InterfaceElem::Embedded(x) => self.expr(*x),
                    })
                    .collect();
                format!("interface {{ {} }}", elems.join("; "))
            }
            ExprKind::MapType { key, value } => {
                format!("map[{}]{}", self.expr(*key), self.expr(*value))
            }
            ExprKind::ChanType { dir, elem } => {
                let prefix = match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                };
                format!("{}{}", prefix, self.expr(*elem))
            }
        }
    }
}
