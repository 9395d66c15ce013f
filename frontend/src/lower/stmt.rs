//! Statements: declarations, assignments, control flow and loops.
//!
//! Loops follow Go 1.22 semantics: every iteration has its own loop variables. For a variable
//! that lives in memory this matters (a closure or pointer may keep an earlier iteration's copy),
//! so its `Alloc` executes inside the loop: a `range` loop declares its variables at the top of the
//! body; a three-clause loop copies the variable into a fresh object before the post statement.

use middle::ir::{AllocKind, BinOp, BlockId, Const, Inst, Operand, Place, Rvalue, Terminator};
use middle::types::{BasicKind, Type, TypeId};

use super::func::{FnLowerer, JumpTarget, Storage};
use crate::ast::{
    AssignOp, BinaryOp, Block, CaseClause, Decl, ExprId, ExprKind, Stmt, StmtKind, VarSpec,
};
use crate::check::ObjKind;

impl FnLowerer<'_, '_> {
    /// Lowers a block.
    pub fn block(&mut self, b: &Block) {
        self.block_stmts(&b.stmts);
    }

    /// Lowers a statement list. A label that a later `goto` jumps back to raises gc's loop depth
    /// from the label to the end of the list.
    pub fn block_stmts(&mut self, list: &[Stmt]) {
        let depth = self.b.loop_depth;
        for s in list {
            self.stmt(s);
        }
        self.b.loop_depth = depth;
    }

    /// Lowers one statement.
    pub fn stmt(&mut self, s: &Stmt) {
        let pos = s.pos;
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                self.expr(*e);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs, pos),
            StmtKind::IncDec { x, inc } => {
                let ty = self.ty(*x);
                let one = match self.p.types.basic(ty) {
                    Some(k) if k.is_float() => Operand::Const(Const::Float(1.0, ty)),
                    _ => Operand::Const(Const::Int(1, ty)),
                };
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                if let Some((map, key, vt)) = self.map_target(*x) {
                    self.map_update(map, key, vt, op, one, pos);
                    return;
                }
                let place = self.place_or_temp(*x);
                self.b.assign(
                    place.clone(),
                    Rvalue::Binary(op, Operand::Copy(place), one),
                    pos,
                );
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    self.var_spec(spec);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let (t, f, done) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
                self.cond(*cond, t, f);
                self.b.switch_to(t);
                self.block(then);
                self.b.goto(done);
                self.b.switch_to(f);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.b.goto(done);
                self.b.switch_to(done);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_loop(label, init.as_deref(), *cond, post.as_deref(), body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => match self.p.types.under(self.ty(*x)) {
                Type::Map(..) => self.range_map(label, *key, *value, *define, *x, body, pos),
                Type::Chan(..) => self.range_chan(label, *key, *define, *x, body, pos),
                _ => self.range_loop(label, *key, *value, *define, *x, body, pos),
            },
            StmtKind::Switch {
                init, tag, cases, ..
            } => self.switch(label, init.as_deref(), *tag, cases),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => self.type_switch(label, init.as_deref(), bind.is_some(), *x, cases),
            StmtKind::Labeled { label: l, stmt } => {
                let target = self.label_block(&l.name);
                if self.looping_labels.contains(&l.name) {
                    self.b.loop_depth += 1;
                    self.b.func_mut().blocks[target.index()].loop_depth = self.b.loop_depth;
                }
                self.b.goto(target);
                self.b.switch_to(target);
                self.pending_label = Some(l.name.clone());
                self.stmt(stmt);
                self.pending_label = None;
            }
            StmtKind::Break(l) => {
                let name = l.as_ref().map(|l| l.name.clone());
                if let Some(t) = self
                    .targets
                    .iter()
                    .rev()
                    .find(|t| name.is_none() || t.label == name)
                {
                    let to = t.break_to;
                    self.b.goto(to);
                }
            }
            StmtKind::Continue(l) => {
                let name = l.as_ref().map(|l| l.name.clone());
                let to = self
                    .targets
                    .iter()
                    .rev()
                    .filter(|t| t.continue_to.is_some())
                    .find(|t| name.is_none() || t.label == name)
                    .and_then(|t| t.continue_to);
                if let Some(to) = to {
                    self.b.goto(to);
                }
            }
            StmtKind::Goto(l) => {
                let target = self.label_block(&l.name);
                self.b.goto(target);
            }
            StmtKind::Fallthrough => {}
            StmtKind::Return(values) => self.return_stmt(values, pos),
            StmtKind::Go(call) => self.go_stmt(*call, pos),
            StmtKind::Defer(call) => self.defer_stmt(*call, pos),
            StmtKind::Select(clauses) => self.select(label, clauses, pos),
            StmtKind::Send { ch, value } => self.chan_send(*ch, *value, pos),
        }
    }

    /// A fresh temporary holding a copy of `v` (later stores to `v`'s place do not affect it).
    fn copy_to_temp(&mut self, ty: TypeId, v: Operand, pos: middle::source::Pos) -> Operand {
        let t = self.temp(ty);
        self.b.assign(Place::local(t), Rvalue::Use(v), pos);
        Operand::local(t)
    }

    fn label_block(&mut self, name: &str) -> BlockId {
        if let Some(b) = self.labels.get(name) {
            return *b;
        }
        let b = self.b.new_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    /// A `var` declaration (local, or a package-level one from the initialiser).
    pub fn var_spec(&mut self, spec: &VarSpec) {
        let objs: Vec<_> = spec.names.iter().map(|n| self.def(n.pos)).collect();
        let declared_ty = spec.ty.map(|t| self.type_expr(t));
        if spec.values.len() == 1 && spec.names.len() > 1 {
            let values = self.multi_value(spec.values[0]);
            for (obj, v) in objs.into_iter().zip(values) {
                self.define_or_assign(obj, Some(v));
            }
            return;
        }
        for (i, obj) in objs.into_iter().enumerate() {
            let v = spec.values.get(i).map(|e| {
                let target = obj
                    .map(|o| self.p.info.objects[o.0 as usize].ty)
                    .or(declared_ty)
                    .unwrap_or(TypeId::INVALID);
                self.expr_to(*e, target)
            });
            self.define_or_assign(obj, v);
            if let (Some(o), Some(e)) = (obj, spec.values.get(i)) {
                self.note_slice_literal(o, *e);
            }
        }
    }

    /// Remembers the length of a never-reassigned local initialised with a slice literal: gc
    /// folds `len(x)` of such a variable to a constant.
    fn note_slice_literal(&mut self, obj: crate::check::ObjId, init: ExprId) {
        let Some(crate::check::ObjKind::Var(v)) =
            self.p.info.objects.get(obj.0 as usize).map(|o| &o.kind)
        else {
            return;
        };
        if v.kind != crate::check::VarKind::Local || v.reassigned || v.address_taken {
            return;
        }
        let inner = super::expr::strip_parens(self.p.ast, init);
        if let ExprKind::Composite { elems, .. } = &self.p.ast.expr(inner).kind {
            if matches!(self.p.types.under(self.ty(inner)), Type::Slice(_))
                && elems.iter().all(|e| e.key.is_none())
            {
                self.p.slice_lit_lens.insert(obj, elems.len() as i64);
            }
        }
    }

    /// Declares a new local, or assigns a package-level variable (from the initialiser), or
    /// discards the value of a blank name.
    fn define_or_assign(&mut self, obj: Option<crate::check::ObjId>, v: Option<Operand>) {
        let Some(obj) = obj else { return };
        let o = &self.p.info.objects[obj.0 as usize];
        if o.name == "_" {
            let pos = o.pos;
            if let Some(v) = v {
                self.discard(&v, pos);
            }
            return;
        }
        if let Some(g) = self.p.globals.get(&obj).copied() {
            if let Some(v) = v {
                let place = self.storage_place(Storage::Global(g));
                self.b.assign(place, Rvalue::Use(v), o.pos);
            }
            return;
        }
        self.declare_var(obj, v);
    }

    /// The values of a multi-value expression (call, comma-ok forms).
    fn multi_value(&mut self, e: ExprId) -> Vec<Operand> {
        let inner = super::expr::strip_parens(self.p.ast, e);
        let pos = self.pos(inner);
        match &self.p.ast.expr(inner).kind {
            ExprKind::TypeAssert { x, .. } => {
                let ty = self.ty(inner);
                let v = self.expr(*x);
                let (t, ok) = (self.temp(ty), self.temp(TypeId::BOOL));
                self.b.push(Inst::TypeAssert {
                    dst: Some(Place::local(t)),
                    ok: Some(Place::local(ok)),
                    x: v,
                    ty,
                    pos,
                });
                vec![Operand::local(t), Operand::local(ok)]
            }
            ExprKind::Call { .. } => self.call(inner),
            ExprKind::Index { x, index } => self.map_index(*x, *index, true, pos),
            ExprKind::Unary {
                op: crate::ast::UnaryOp::Recv,
                x,
            } => self.chan_recv(*x, true, pos),
            _ => {
                self.p.unsupported(pos, "this multi-value expression is");
                vec![]
            }
        }
    }

    fn assign(&mut self, lhs: &[ExprId], op: AssignOp, rhs: &[ExprId], pos: middle::source::Pos) {
        if let AssignOp::Op(bop) = op {
            let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                return;
            };
            let ty = self.ty(*l);
            if let Some((map, key, vt)) = self.map_target(*l) {
                let v = self.expr(*r);
                self.map_update(map, key, vt, super::expr::ir_binop(bop), v, pos);
                return;
            }
            let place = self.place_or_temp(*l);
            if bop == BinaryOp::Add && self.p.types.basic(ty) == Some(BasicKind::String) {
                let v = self.expr(*r);
                // gc rewrites `s += t` to `s = t`-like code whose buffer it never reports.
                let site =
                    self.b
                        .new_alloc(TypeId::UINT8, AllocKind::RuntimeBuffer, pos, String::new());
                self.b.push(Inst::Concat {
                    dst: place.clone(),
                    parts: vec![Operand::Copy(place), v],
                    site,
                    pos,
                });
                return;
            }
            let v = self.expr(*r);
            let op = super::expr::ir_binop(bop);
            self.b.assign(
                place.clone(),
                Rvalue::Binary(op, Operand::Copy(place), v),
                pos,
            );
            return;
        }
        let define = op == AssignOp::Define;
        // Go's two phases: first the index and pointer operands on the left and the values on the
        // right, in order; then the assignments, left to right. With several assignments each
        // operand is frozen in a temporary so an earlier store cannot change a later one.
        let several = lhs.len() > 1;
        let mut places = Vec::new();
        for l in lhs {
            let place = self.lhs_place(*l, define);
            places.push(match place {
                Lhs::Place(p) if several => Lhs::Place(self.freeze_place(p, pos)),
                other => other,
            });
        }
        let values: Vec<Option<Operand>> = if rhs.len() == 1 && several {
            let values = self.multi_value(rhs[0]);
            // Each value converts to its target's type (an interface target boxes it).
            values
                .into_iter()
                .zip(lhs)
                .enumerate()
                .map(|(i, (v, l))| {
                    let from = middle::ir::operand_type(
                        &self.p.types,
                        self.b.func(),
                        &self.p.global_list,
                        &v,
                    );
                    let target = self.lhs_type(*l, define);
                    Some(if target == TypeId::INVALID {
                        v
                    } else {
                        self.convert_result(v, from, target, pos, rhs[0], i)
                    })
                })
                .collect()
        } else {
            let mut vs = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let target = lhs
                    .get(i)
                    .map(|l| self.lhs_type(*l, define))
                    .unwrap_or(TypeId::INVALID);
                let v = self.expr_to(*r, target);
                // A blank target has no type: the value keeps its own.
                let ty = if target == TypeId::INVALID {
                    self.ty(*r)
                } else {
                    target
                };
                vs.push(Some(if several { self.freeze(v, ty, pos) } else { v }));
            }
            vs
        };
        // The statement's text, for gc's report of a self-assignment among its stores.
        let text = if define {
            String::new()
        } else {
            self.text_printer().assignment(lhs, op, rhs)
        };
        for (i, (place, v)) in places.into_iter().zip(values).enumerate() {
            match (place, v) {
                (Lhs::Place(p), Some(v)) => self.b.assign_stmt(p, Rvalue::Use(v), pos, &text),
                (Lhs::Map(map, key), Some(value)) => self.b.push(Inst::MapStore {
                    map,
                    key,
                    value,
                    pos,
                }),
                (Lhs::Define(obj), v) => {
                    self.declare_var(obj, v);
                    if rhs.len() == lhs.len() {
                        self.note_slice_literal(obj, rhs[i]);
                    }
                }
                (Lhs::Discard, Some(v)) => self.discard(&v, pos),
                _ => {}
            }
        }
    }

    /// `m[k] op= v` (and `m[k]++`): one lookup of the key, then a store.
    fn map_update(
        &mut self,
        map: Operand,
        key: Operand,
        vt: TypeId,
        op: BinOp,
        v: Operand,
        pos: middle::source::Pos,
    ) {
        let old = self.temp(vt);
        self.b.push(Inst::MapIndex {
            dst: Some(Place::local(old)),
            ok: None,
            map: map.clone(),
            key: key.clone(),
            pos,
        });
        let new = self.materialize(vt, Rvalue::Binary(op, Operand::local(old), v), pos);
        self.b.push(Inst::MapStore {
            map,
            key,
            value: new,
            pos,
        });
    }

    /// Makes a destination place independent of later stores: index operands and pointers it
    /// goes through are copied into temporaries.
    fn freeze_place(&mut self, mut p: Place, pos: middle::source::Pos) -> Place {
        if let middle::ir::PlaceBase::Deref(l) = p.base {
            if self.b.func().local(l).kind != middle::ir::LocalKind::Temp {
                let ty = self.b.func().local(l).ty;
                let t = self.temp(ty);
                self.b
                    .assign(Place::local(t), Rvalue::Use(Operand::local(l)), pos);
                p.base = middle::ir::PlaceBase::Deref(t);
            }
        }
        for proj in &mut p.proj {
            if let middle::ir::Proj::Index(o @ Operand::Copy(_)) = proj {
                let ty =
                    middle::ir::operand_type(&self.p.types, self.b.func(), &self.p.global_list, o);
                let frozen = self.freeze(o.clone(), ty, pos);
                *o = frozen;
            }
        }
        p
    }

    /// Copies an operand that reads a place into a temporary, so later stores cannot change it.
    fn freeze(&mut self, v: Operand, ty: TypeId, pos: middle::source::Pos) -> Operand {
        match v {
            Operand::Copy(_) => {
                let t = self.temp(ty);
                self.b.assign(Place::local(t), Rvalue::Use(v), pos);
                Operand::local(t)
            }
            c => c,
        }
    }

    fn lhs_type(&self, l: ExprId, define: bool) -> TypeId {
        if define {
            if let Some(obj) = self.def(self.pos(l)) {
                return self.p.info.objects[obj.0 as usize].ty;
            }
        }
        self.ty(l)
    }

    fn lhs_place(&mut self, l: ExprId, define: bool) -> Lhs {
        if let ExprKind::Ident(name) = &self.p.ast.expr(l).kind {
            if name == "_" {
                return Lhs::Discard;
            }
            if define {
                if let Some(obj) = self.def(self.pos(l)) {
                    if !self.vars.contains_key(&obj) {
                        return Lhs::Define(obj);
                    }
                }
            }
        }
        if let Some((map, key, _)) = self.map_target(l) {
            return Lhs::Map(map, key);
        }
        match self.place(l) {
            Some(p) => Lhs::Place(p),
            None => {
                self.p
                    .unsupported(self.pos(l), "assigning to this expression (maps) is");
                Lhs::Discard
            }
        }
    }

    fn return_stmt(&mut self, values: &[ExprId], pos: middle::source::Pos) {
        if self.defer_ctx.is_some() {
            let tys = self.deferred_result_types();
            let operands: Vec<Operand> = if values.len() == 1 && tys.len() > 1 {
                self.multi_value(values[0])
            } else {
                let mut out = Vec::new();
                for (v, ty) in values.iter().zip(&tys) {
                    let o = self.expr_to(*v, *ty);
                    out.push(if values.len() > 1 {
                        self.freeze(o, *ty, pos)
                    } else {
                        o
                    });
                }
                out
            };
            self.deferred_return(operands, pos);
            return;
        }
        let results = self.b.func().results.clone();
        let result_tys: Vec<TypeId> = results.iter().map(|r| self.b.func().local(*r).ty).collect();
        if !values.is_empty() {
            let operands: Vec<Operand> = if values.len() == 1 && results.len() > 1 {
                self.multi_value(values[0])
            } else {
                let mut out = Vec::new();
                for (v, ty) in values.iter().zip(&result_tys) {
                    let o = self.expr_to(*v, *ty);
                    out.push(if values.len() > 1 {
                        self.freeze(o, *ty, pos)
                    } else {
                        o
                    });
                }
                out
            };
            let named = self.named_results.clone();
            for (i, o) in operands.into_iter().enumerate() {
                // A named result living in memory is copied to its local by emit_return.
                let dst = match named.get(i).and_then(|n| self.vars.get(n).copied()) {
                    Some(Storage::Alloc(a)) => Place::alloc(a),
                    _ => Place::local(results[i]),
                };
                self.b.assign(dst, Rvalue::Use(o), pos);
            }
        }
        self.emit_return();
    }

    fn for_loop(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        cond: Option<ExprId>,
        post: Option<&Stmt>,
        body: &Block,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        // Loop variables that live in memory get a fresh copy per iteration (Go 1.22).
        let loop_vars: Vec<_> = match init.map(|s| &s.kind) {
            Some(StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            }) => lhs
                .iter()
                .filter_map(|l| self.def(self.pos(*l)))
                .filter(|o| matches!(self.vars.get(o), Some(Storage::Alloc(_))))
                .collect(),
            _ => Vec::new(),
        };
        // Each iteration's copy lives inside the loop body, one loop level deeper.
        for obj in &loop_vars {
            if let Some(Storage::Alloc(site)) = self.vars.get(obj).copied() {
                let depth = self.b.loop_depth + 1;
                self.b.func_mut().allocs[site.index()].loop_depth = depth;
            }
        }
        let (head, body_block, next, exit) = (
            self.b.new_block(),
            self.b.new_block(),
            self.b.new_block(),
            self.b.new_block(),
        );
        self.b.goto(head);
        // The condition and the post statement run once per iteration, like the body (gc
        // analyses all three one loop level deeper).
        self.enter_loop_body(head);
        for block in [body_block, next] {
            self.b.func_mut().blocks[block.index()].loop_depth = self.b.loop_depth;
        }
        match cond {
            Some(c) => self.cond(c, body_block, exit),
            None => self.b.goto(body_block),
        }
        self.b.switch_to(body_block);
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: Some(next),
        });
        self.block(body);
        self.targets.pop();
        self.b.goto(next);
        self.b.switch_to(next);
        for obj in loop_vars {
            if let Some(Storage::Alloc(site)) = self.vars.get(&obj).copied() {
                let ty = self.b.func().alloc(site).ty;
                let t = self.temp(ty);
                let pos = self.b.func().alloc(site).pos;
                self.b.assign(
                    Place::local(t),
                    Rvalue::Use(Operand::Copy(Place::alloc(site))),
                    pos,
                );
                self.b.push(Inst::Alloc {
                    site,
                    count: None,
                    pos,
                });
                self.b
                    .assign(Place::alloc(site), Rvalue::Use(Operand::local(t)), pos);
            }
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.b.loop_depth -= 1;
        self.b.goto(head);
        self.b.switch_to(exit);
    }

    #[allow(clippy::too_many_arguments)]
    fn range_loop(
        &mut self,
        label: Option<String>,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: &Block,
        pos: middle::source::Pos,
    ) {
        let xty = self.ty(x);
        let under = self.p.types.under(xty).clone();
        let (len, elem_of): (Operand, Option<Operand>) = match &under {
            Type::Basic(k) if k.is_integer() => {
                let n = self.expr(x);
                (self.materialize(xty, Rvalue::Use(n), pos), None)
            }
            Type::Basic(BasicKind::String) => {
                return self.range_string(label, key, value, define, x, body, pos);
            }
            Type::Array(_, n) => {
                // Ranging over an array evaluates (copies) it once unless only the index is used.
                let v = if value.is_some() {
                    let v = self.expr(x);
                    Some(self.copy_to_temp(xty, v, pos))
                } else {
                    None
                };
                (Operand::int(*n as i64), v)
            }
            Type::Pointer(p) => {
                let n = match self.p.types.under(*p) {
                    Type::Array(_, n) => *n as i64,
                    _ => 0,
                };
                let v = self.expr(x);
                (
                    Operand::int(n),
                    Some(self.materialize(xty, Rvalue::Use(v), pos)),
                )
            }
            Type::Slice(_) => {
                let v = self.expr(x);
                let v = self.copy_to_temp(xty, v, pos);
                (
                    self.materialize(TypeId::INT, Rvalue::Len(v.clone()), pos),
                    Some(v),
                )
            }
            _ => {
                self.p.unsupported(pos, "range over maps and channels is");
                return;
            }
        };
        let index_ty = match &under {
            Type::Basic(k) if k.is_integer() => xty,
            _ => TypeId::INT,
        };
        let counter = self.temp(index_ty);
        self.b.assign(
            Place::local(counter),
            Rvalue::Use(Operand::Const(Const::Int(0, index_ty))),
            pos,
        );
        let (head, body_block, next, exit) = (
            self.b.new_block(),
            self.b.new_block(),
            self.b.new_block(),
            self.b.new_block(),
        );
        self.b.goto(head);
        self.b.switch_to(head);
        let more = self.materialize(
            TypeId::BOOL,
            Rvalue::Binary(BinOp::Lt, Operand::local(counter), len),
            pos,
        );
        self.b.terminate(Terminator::Branch {
            cond: more,
            then: body_block,
            els: exit,
        });
        self.enter_loop_body(body_block);
        let element = |l: &mut Self| -> Option<Operand> {
            let base = elem_of.clone()?;
            let i = Operand::local(counter);
            Some(match &under {
                Type::Array(..) => match base {
                    Operand::Copy(p) => Operand::Copy(p.index(i)),
                    c => c,
                },
                Type::Pointer(_) => {
                    let ptr_local = l.in_local(xty, base, pos);
                    Operand::Copy(Place::deref(ptr_local).index(i))
                }
                _ => {
                    let elem = match &under {
                        Type::Slice(e) => *e,
                        _ => TypeId::INVALID,
                    };
                    let pty = l.p.types.pointer(elem);
                    let addr = l.temp(pty);
                    l.b.assign(Place::local(addr), Rvalue::ElemAddr(base, i), pos);
                    Operand::Copy(Place::deref(addr))
                }
            })
        };
        let value_op = if value.is_some() { element(self) } else { None };
        self.bind_range_var(key, define, Some(Operand::local(counter)), pos);
        self.bind_range_var(value, define, value_op, pos);
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: Some(next),
        });
        self.block(body);
        self.targets.pop();
        self.b.goto(next);
        self.b.switch_to(next);
        let one = Operand::Const(Const::Int(1, index_ty));
        self.b.assign(
            Place::local(counter),
            Rvalue::Binary(BinOp::Add, Operand::local(counter), one),
            pos,
        );
        self.b.loop_depth -= 1;
        self.b.goto(head);
        self.b.switch_to(exit);
    }

    #[allow(clippy::too_many_arguments)]
    fn range_string(
        &mut self,
        label: Option<String>,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: &Block,
        pos: middle::source::Pos,
    ) {
        let xty = self.ty(x);
        let s = self.expr(x);
        let s = self.copy_to_temp(xty, s, pos);
        let len = self.materialize(TypeId::INT, Rvalue::Len(s.clone()), pos);
        let (index, next_index, rune) = (
            self.temp(TypeId::INT),
            self.temp(TypeId::INT),
            self.temp(TypeId::INT32),
        );
        self.b
            .assign(Place::local(index), Rvalue::Use(Operand::int(0)), pos);
        let (head, body_block, next, exit) = (
            self.b.new_block(),
            self.b.new_block(),
            self.b.new_block(),
            self.b.new_block(),
        );
        self.b.goto(head);
        self.b.switch_to(head);
        let more = self.materialize(
            TypeId::BOOL,
            Rvalue::Binary(BinOp::Lt, Operand::local(index), len),
            pos,
        );
        self.b.terminate(Terminator::Branch {
            cond: more,
            then: body_block,
            els: exit,
        });
        self.enter_loop_body(body_block);
        let decoded = self.temp(TypeId::INT);
        self.b.push(Inst::Call {
            dsts: vec![Place::local(decoded), Place::local(next_index)],
            callee: middle::ir::Callee::Extern(middle::ir::Extern::DecodeRune),
            args: vec![s.clone(), Operand::local(index)],
            pos,
        });
        self.b.assign(
            Place::local(rune),
            Rvalue::Convert(Operand::local(decoded), TypeId::INT),
            pos,
        );
        self.bind_range_var(key, define, Some(Operand::local(index)), pos);
        self.bind_range_var(value, define, Some(Operand::local(rune)), pos);
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: Some(next),
        });
        self.block(body);
        self.targets.pop();
        self.b.goto(next);
        self.b.switch_to(next);
        self.b.assign(
            Place::local(index),
            Rvalue::Use(Operand::local(next_index)),
            pos,
        );
        self.b.loop_depth -= 1;
        self.b.goto(head);
        self.b.switch_to(exit);
    }

    pub(super) fn bind_range_var(
        &mut self,
        target: Option<ExprId>,
        define: bool,
        v: Option<Operand>,
        pos: middle::source::Pos,
    ) {
        let (Some(t), Some(v)) = (target, v) else {
            return;
        };
        match self.lhs_place(t, define) {
            Lhs::Define(obj) => {
                self.declare_var(obj, Some(v));
            }
            Lhs::Place(p) => self.b.assign(p, Rvalue::Use(v), pos),
            Lhs::Map(map, key) => self.b.push(Inst::MapStore {
                map,
                key,
                value: v,
                pos,
            }),
            Lhs::Discard => {}
        }
    }

    fn switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        tag: Option<ExprId>,
        cases: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_ty = tag.map(|t| self.ty(t));
        let tag_val = tag.map(|t| {
            let v = self.expr(t);
            let ty = self.ty(t);
            Operand::local(self.in_local(ty, v, self.pos(t)))
        });
        let (bodies, exit) = self.case_chain(cases, |l, c, e, yes, no| match (&tag_val, tag_ty) {
            (Some(tv), Some(tt)) => {
                let (a, b) = if l.p.types.is_interface(tt) && !l.p.types.is_interface(l.ty(e)) {
                    (tv.clone(), l.expr_to(e, tt))
                } else {
                    let v = l.expr(e);
                    (tv.clone(), v)
                };
                let eq = match (&a, &b) {
                    // Constant tag and case: decide now, so the dead case is not compiled.
                    (Operand::Const(x), Operand::Const(y)) if const_value_eq(x, y).is_some() => {
                        Operand::Const(Const::Bool(
                            const_value_eq(x, y).unwrap_or(false),
                            TypeId::BOOL,
                        ))
                    }
                    _ => l.materialize(TypeId::BOOL, Rvalue::Binary(BinOp::Eq, a, b), c.pos),
                };
                l.b.terminate(Terminator::Branch {
                    cond: eq,
                    then: yes,
                    els: no,
                });
            }
            _ => l.cond(e, yes, no),
        });
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: None,
        });
        for (i, c) in cases.iter().enumerate() {
            self.b.switch_to(bodies[i]);
            self.block_stmts(&c.body);
            let falls = matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough));
            let to = if falls {
                bodies.get(i + 1).copied().unwrap_or(exit)
            } else {
                exit
            };
            self.b.goto(to);
        }
        self.targets.pop();
        self.b.switch_to(exit);
    }

    /// The tests of a switch: each expression of each non-default clause in order, `test`
    /// branching to the clause's body when it matches and to the next test otherwise; no match
    /// goes to the `default` clause or past the switch. Returns the clause bodies and the exit.
    fn case_chain(
        &mut self,
        cases: &[CaseClause],
        mut test: impl FnMut(&mut Self, &CaseClause, ExprId, BlockId, BlockId),
    ) -> (Vec<BlockId>, BlockId) {
        let exit = self.b.new_block();
        let bodies: Vec<BlockId> = cases.iter().map(|_| self.b.new_block()).collect();
        let mut default = None;
        for (i, c) in cases.iter().enumerate() {
            if c.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for e in &c.exprs {
                let no = self.b.new_block();
                test(self, c, *e, bodies[i], no);
                self.b.switch_to(no);
            }
        }
        self.b.goto(default.unwrap_or(exit));
        (bodies, exit)
    }

    fn type_switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        bind: bool,
        x: ExprId,
        cases: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let xty = self.ty(x);
        let pos = self.pos(x);
        let v = self.expr(x);
        let v = Operand::local(self.in_local(xty, v, pos));
        let dyn_type = self.materialize(TypeId::UINTPTR, Rvalue::IfaceType(v.clone()), pos);
        let (bodies, exit) = self.case_chain(cases, |l, c, e, yes, no| {
            let is_nil = matches!(l.p.ast.expr(e).kind, ExprKind::Ident(ref n) if n == "nil")
                && l.use_of(e)
                    .is_some_and(|o| matches!(l.p.info.objects[o.0 as usize].kind, ObjKind::Nil));
            let cond = if is_nil {
                l.materialize(
                    TypeId::BOOL,
                    Rvalue::Binary(
                        BinOp::Eq,
                        dyn_type.clone(),
                        Operand::Const(Const::Zero(TypeId::UINTPTR)),
                    ),
                    c.pos,
                )
            } else {
                let t = l.type_expr(e);
                if l.p.types.is_interface(t) {
                    let ok = l.temp(TypeId::BOOL);
                    l.b.push(Inst::TypeAssert {
                        dst: None,
                        ok: Some(Place::local(ok)),
                        x: v.clone(),
                        ty: t,
                        pos: c.pos,
                    });
                    Operand::local(ok)
                } else {
                    l.ensure_method_set(t);
                    l.materialize(
                        TypeId::BOOL,
                        Rvalue::Binary(
                            BinOp::Eq,
                            dyn_type.clone(),
                            Operand::Const(Const::TypeDesc(t)),
                        ),
                        c.pos,
                    )
                }
            };
            l.b.terminate(Terminator::Branch {
                cond,
                then: yes,
                els: no,
            });
        });
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: None,
        });
        for (i, c) in cases.iter().enumerate() {
            self.b.switch_to(bodies[i]);
            if bind {
                if let Some(obj) = self.def(c.pos) {
                    let ty = self.p.info.objects[obj.0 as usize].ty;
                    let value = if ty == xty {
                        v.clone()
                    } else {
                        let t = self.temp(ty);
                        self.b.push(Inst::TypeAssert {
                            dst: Some(Place::local(t)),
                            ok: None,
                            x: v.clone(),
                            ty,
                            pos: c.pos,
                        });
                        Operand::local(t)
                    };
                    self.declare_var(obj, Some(value));
                    // Each clause has its own variable; gc places it at the clause.
                    if let Some(Storage::Alloc(site)) = self.vars.get(&obj).copied() {
                        self.b.func_mut().allocs[site.index()].pos = c.pos;
                    }
                }
            }
            self.block_stmts(&c.body);
            self.b.goto(exit);
        }
        self.targets.pop();
        self.b.switch_to(exit);
    }
}

/// An assignment destination.
enum Lhs {
    /// An existing place.
    Place(Place),
    /// A map entry: the map and the key.
    Map(Operand, Operand),
    /// A variable declared by `:=`.
    Define(crate::check::ObjId),
    /// `_`.
    Discard,
}

/// Whether two scalar constants are equal (`None` when they are not comparable here).
fn const_value_eq(a: &Const, b: &Const) -> Option<bool> {
    match (a, b) {
        (Const::Int(x, _), Const::Int(y, _)) => Some(x == y),
        (Const::Bool(x, _), Const::Bool(y, _)) => Some(x == y),
        (Const::Str(x, _), Const::Str(y, _)) => Some(x == y),
        (Const::Float(x, _), Const::Float(y, _)) => Some(x == y),
        _ => None,
    }
}

/// Labels that some `goto` later in the function jumps back to (gc treats them as loops).
pub fn looping_labels(stmts: &[Stmt]) -> std::collections::HashSet<String> {
    fn walk(stmts: &[Stmt], seen: &mut Vec<String>, out: &mut std::collections::HashSet<String>) {
        for s in stmts {
            match &s.kind {
                StmtKind::Labeled { label, stmt } => {
                    seen.push(label.name.clone());
                    walk(std::slice::from_ref(stmt), seen, out);
                }
                StmtKind::Goto(l) if seen.contains(&l.name) => {
                    out.insert(l.name.clone());
                }
                StmtKind::Block(b) => walk(&b.stmts, seen, out),
                StmtKind::If { then, els, .. } => {
                    walk(&then.stmts, seen, out);
                    if let Some(e) = els {
                        walk(std::slice::from_ref(e), seen, out);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    walk(&body.stmts, seen, out)
                }
                StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                    for c in cases {
                        walk(&c.body, seen, out);
                    }
                }
                StmtKind::Select(clauses) => {
                    for c in clauses {
                        walk(&c.body, seen, out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = std::collections::HashSet::new();
    walk(stmts, &mut Vec::new(), &mut out);
    out
}
