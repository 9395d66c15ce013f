//! Statements and function bodies (types2's `stmt.go`): scopes for blocks, `if` and `for`,
//! expression statements (unused values), `go`/`defer`, sends, increments, assignments,
//! `return`, local declarations; then `missing return` and unused variables per body.
//!
//! Branch statements were checked beforehand ([`branches`](super::branches)), as gc's parser
//! does; switches, selects and range loops live in their own modules.

use middle::types::TypeId;

use super::expr::ExprClass;
use super::info::{FuncRef, ObjKind, VarKind};
use super::operand::Mode;
use super::Checker;
use crate::ast::{AssignOp, Block, Decl, ExprId, ExprKind, Stmt, StmtKind};
use crate::constant::ConstValue;

impl Checker<'_> {
    /// Checks a function body: its statements, `missing return`, then unused variables.
    pub(crate) fn func_body(&mut self, func: FuncRef, body: &Block) {
        self.enter_func(func);
        self.stmt_list(&body.stmts);
        let has_results = self
            .func_stack
            .last()
            .and_then(|ctx| self.signature_of(ctx.sig))
            .is_some_and(|sig| !sig.results.is_empty());
        if has_results && !self.is_terminating_list(&body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }
        let Some(ctx) = self.leave_func() else { return };
        let mut unused: Vec<_> = ctx
            .locals
            .iter()
            .copied()
            .filter(|&v| !self.extra(v).used)
            .collect();
        unused.sort_by_key(|&v| self.obj(v).pos);
        for v in unused {
            let (pos, name) = (self.obj(v).pos, self.obj(v).name.clone());
            self.error(pos, format!("declared and not used: {name}"));
        }
        if let FuncRef::Lit(e) = func {
            self.captures.insert(e, ctx.captures);
        }
    }

    /// Checks a statement list.
    pub(crate) fn stmt_list(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// Checks a block in a new scope.
    pub(crate) fn block(&mut self, block: &Block) {
        self.open_scope();
        self.stmt_list(&block.stmts);
        self.close_scope();
    }

    /// Checks one statement.
    pub(crate) fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Expr(e) => self.expr_stmt(*e),
            StmtKind::Send { ch, value } => self.send_stmt(*ch, *value),
            StmtKind::IncDec { x, inc } => self.inc_dec(*x, *inc),
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => match self.misplaced_type_guard(rhs) {
                    Some((x, _)) => {
                        // `v := x.(type)` outside a switch header: gc's parser leaves a type
                        // switch guard that declares nothing.
                        let pos = lhs.first().map_or(s.pos, |&l| self.start_pos(l));
                        self.error(
                            pos,
                            "invalid syntax tree: use of .(type) outside type switch",
                        );
                        self.use_exprs(&[x]);
                    }
                    None => self.short_var_decl(s.pos, lhs, rhs),
                },
                AssignOp::Op(op) => self.op_assign(s, lhs, *op, rhs),
            },
            StmtKind::Go(call) => self.suspended_call("go", *call),
            StmtKind::Defer(call) => self.suspended_call("defer", *call),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Block(block) => self.block(block),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(init) = init {
                    self.stmt(init);
                }
                let x = self.expr(*cond);
                if x.is_valid() && !self.is_boolean(x.ty) {
                    self.error_at(*cond, "non-boolean condition in if statement");
                }
                self.block(then);
                if let Some(els) = els {
                    self.stmt(els);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init,
                tag,
                cases,
                rbrace,
            } => self.switch_stmt(init.as_deref(), *tag, cases, *rbrace),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => self.type_switch_stmt(init.as_deref(), bind.as_ref(), *x, cases),
            StmtKind::Select(clauses) => self.select_stmt(clauses),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                if let Some(init) = init {
                    self.stmt(init);
                }
                if let Some(cond) = cond {
                    let x = self.expr(*cond);
                    if x.is_valid() && !self.is_boolean(x.ty) {
                        self.error_at(*cond, "non-boolean condition in for statement");
                    }
                }
                if let Some(post) = post {
                    self.stmt(post);
                }
                self.block(body);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, *key, *value, *define, *x, body),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Decl(decl) => self.decl_stmt(decl),
        }
        self.process_later();
    }

    /// The operand of a single right-hand side `x.(type)`, with the guard expression.
    fn misplaced_type_guard(&self, rhs: &[ExprId]) -> Option<(ExprId, ExprId)> {
        match rhs {
            [only] => match &self.ast.expr(*only).kind {
                ExprKind::TypeAssert { x, ty: None } => Some((*x, *only)),
                _ => None,
            },
            _ => None,
        }
    }

    /// An expression statement: only calls and receives may be used as statements.
    fn expr_stmt(&mut self, e: ExprId) {
        let (x, class) = self.raw_expr(e, None);
        let verb = match x.mode {
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ if class == ExprClass::Statement => return,
            _ => "is not used",
        };
        let message = format!("{} {verb}", self.describe(&x));
        self.error_op(&x, message);
    }

    /// `go f()` / `defer f()`.
    fn suspended_call(&mut self, keyword: &str, call: ExprId) {
        if !matches!(self.ast.expr(call).kind, ExprKind::Call { .. }) {
            self.error_at(
                call,
                format!("expression in {keyword} must be function call"),
            );
            self.use_exprs(&[call]);
            return;
        }
        let (x, class) = self.raw_expr(call, None);
        let what = match class {
            ExprClass::Conversion => "requires function call, not conversion",
            ExprClass::Expression => "discards result of",
            ExprClass::Statement => return,
        };
        let message = format!("{keyword} {what} {}", self.describe(&x));
        self.error_op(&x, message);
    }

    /// `ch <- v`.
    fn send_stmt(&mut self, ch: ExprId, value: ExprId) {
        let ch_op = self.expr(ch);
        let mut val = self.expr(value);
        if !ch_op.is_valid() || !val.is_valid() {
            return;
        }
        let pos = self.start_pos(ch);
        if let Some(elem) = self.chan_elem(pos, &ch_op, false) {
            self.assignment(&mut val, Some(elem), "send");
        }
    }

    /// `x++` / `x--`.
    fn inc_dec(&mut self, lhs: ExprId, inc: bool) {
        let mut x = self.expr(lhs);
        if !x.is_valid() {
            return;
        }
        if !self.is_numeric(x.ty) {
            let op = if inc { "++" } else { "--" };
            let message = format!(
                "invalid operation: {}{op} (non-numeric type {})",
                self.expr_str(lhs),
                self.type_str(x.ty)
            );
            self.error_at(lhs, message);
            return;
        }
        self.assign_var(lhs, None, Some(&mut x), "assignment");
    }

    /// `x op= y`.
    fn op_assign(&mut self, s: &Stmt, lhs: &[ExprId], op: crate::ast::BinaryOp, rhs: &[ExprId]) {
        if lhs.len() != 1 || rhs.len() != 1 {
            self.error(
                s.pos,
                format!(
                    "assignment operation {}= requires single-valued expressions",
                    op.as_str()
                ),
            );
            return;
        }
        let mut x = self.binary(None, lhs[0], rhs[0], op);
        self.assign_var(lhs[0], None, Some(&mut x), "assignment");
    }

    /// `return results`.
    fn return_stmt(&mut self, s: &Stmt, results: &[ExprId]) {
        let Some(ctx) = self.func_stack.last().cloned() else {
            return;
        };
        let result_types = self
            .signature_of(ctx.sig)
            .map(|sig| sig.results)
            .unwrap_or_default();
        if results.is_empty() && !result_types.is_empty() && ctx.named_results {
            for obj in ctx.results {
                let name = self.obj(obj).name.clone();
                if let Some(alt) = self.lookup(&name) {
                    if alt != obj {
                        let desc = self.object_string(alt);
                        let parts = [
                            (
                                s.pos,
                                format!("result parameter {name} not in scope at return"),
                            ),
                            (self.obj(alt).pos, format!("inner declaration of {desc}")),
                        ];
                        self.error_parts(s.pos, &parts);
                    }
                }
            }
            return;
        }
        let lhs: Vec<Option<TypeId>> = result_types.into_iter().map(Some).collect();
        self.init_vars(&lhs, results, Some(s.pos));
    }

    /// types2's `ObjectString` for variables: `var x int`.
    fn object_string(&self, obj: super::info::ObjId) -> String {
        let o = self.obj(obj);
        match &o.kind {
            ObjKind::Var(_) => format!("var {} {}", o.name, self.type_str(o.ty)),
            ObjKind::Const(_) => format!("const {} {}", o.name, self.type_str(o.ty)),
            ObjKind::TypeName => format!(
                "type {} {}",
                o.name,
                self.type_str(self.types.underlying(o.ty))
            ),
            _ => o.name.clone(),
        }
    }

    /// A local `const`, `var` or `type` declaration.
    fn decl_stmt(&mut self, decl: &Decl) {
        match decl {
            Decl::Const(specs) => {
                let mut source = 0;
                for (index, spec) in specs.iter().enumerate() {
                    if spec.ty.is_some() || !spec.values.is_empty() || index == 0 {
                        source = index;
                    }
                    let src = &specs[source];
                    let inherited = source != index;
                    let mut objs = Vec::new();
                    for (i, ident) in spec.names.iter().enumerate() {
                        let obj = self.new_object(
                            &ident.name,
                            ident.pos,
                            TypeId::INVALID,
                            ObjKind::Const(ConstValue::int(0)),
                        );
                        self.record_def(ident.pos, obj);
                        self.const_decl(
                            obj,
                            spec.iota,
                            src.ty,
                            src.values.get(i).copied(),
                            inherited,
                        );
                        objs.push(obj);
                    }
                    self.arity(spec.pos, &spec.names, &src.values, true, inherited);
                    for obj in objs {
                        self.declare_local(obj);
                    }
                }
            }
            Decl::Var(specs) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            Decl::Type(specs) => {
                for spec in specs {
                    let ty = if spec.alias {
                        TypeId::INVALID
                    } else {
                        self.types
                            .new_named(self.pkg_name.clone(), spec.name.name.clone())
                    };
                    let obj =
                        self.new_object(&spec.name.name, spec.name.pos, ty, ObjKind::TypeName);
                    self.record_def(spec.name.pos, obj);
                    self.declare_local(obj);
                    self.type_decl(obj, spec);
                }
            }
            Decl::Func(_) => {}
        }
    }

    /// One `var` spec inside a function.
    fn local_var_spec(&mut self, spec: &crate::ast::VarSpec) {
        let declared = spec.ty.map(|t| self.type_expr(t));
        let objs: Vec<_> = spec
            .names
            .iter()
            .map(|ident| {
                self.new_var(
                    &ident.name,
                    ident.pos,
                    declared.unwrap_or(TypeId::INVALID),
                    VarKind::Local,
                )
            })
            .collect();
        let (l, r) = (spec.names.len(), spec.values.len());
        if r == 1 && l > 1 {
            let lhs: Vec<Option<TypeId>> = objs.iter().map(|_| declared).collect();
            let types = self.init_vars(&lhs, &spec.values, None);
            for (obj, ty) in objs.iter().zip(types) {
                self.set_obj_type(*obj, ty);
            }
        } else {
            for (i, &obj) in objs.iter().enumerate() {
                match spec.values.get(i) {
                    Some(&init) => {
                        let mut x = self.expr(init);
                        let ty = self.init_var(declared, &mut x, "variable declaration");
                        self.set_obj_type(obj, ty);
                    }
                    None if declared.is_none() => self.set_obj_type(obj, TypeId::INVALID),
                    None => {}
                }
            }
        }
        if spec.ty.is_none() || r > 0 {
            self.arity(spec.pos, &spec.names, &spec.values, false, false);
        }
        for (ident, obj) in spec.names.iter().zip(objs) {
            self.record_def(ident.pos, obj);
            if self.declare_local(obj) {
                self.add_local(obj);
            }
        }
    }

    /// Registers a local variable for the unused-variable check.
    pub(crate) fn add_local(&mut self, obj: super::info::ObjId) {
        if self.obj(obj).name == "_" {
            return;
        }
        if let Some(ctx) = self.func_stack.last_mut() {
            ctx.locals.push(obj);
        }
    }
}
