//! Goroutines and channels: `go`, `make(chan)`, send, receive (with comma-ok), `close`,
//! `range` over a channel, and `select`.
//!
//! `go f(x, y)` evaluates `f`, `x` and `y` at the statement, like gc, and starts a goroutine
//! running a compiler-made closure that performs the call (see [`super::wrap`]). A `go` of a
//! function literal called without arguments runs the literal's own closure.

use middle::ir::{BinOp, CaptureMode, Inst, Operand, Place, Rvalue, SelectCase, Terminator};
use middle::source::Pos;
use middle::types::{Signature, Type, TypeId};

use super::expr::strip_parens;
use super::func::{CaptureSource, FnLowerer, JumpTarget};
use super::wrap::WrapArg;
use crate::ast::{AssignOp, Block, CommClause, ExprId, ExprKind, StmtKind, UnaryOp};
use crate::check::{Builtin, CallKind, ObjKind};

impl FnLowerer<'_, '_> {
    /// The element type of a channel type.
    pub fn chan_elem(&self, ty: TypeId) -> TypeId {
        match self.p.types.under(ty) {
            Type::Chan(_, e) => *e,
            _ => TypeId::INVALID,
        }
    }

    /// `<-ch` (and the `ok` flag when `with_ok`).
    pub fn chan_recv(&mut self, ch: ExprId, with_ok: bool, pos: Pos) -> Vec<Operand> {
        let cty = self.ty(ch);
        let elem = self.chan_elem(cty);
        let c = self.expr(ch);
        let t = self.temp(elem);
        let ok = with_ok.then(|| self.temp(TypeId::BOOL));
        self.b.push(Inst::ChanRecv {
            dst: Some(Place::local(t)),
            ok: ok.map(Place::local),
            ch: c,
            pos,
        });
        let mut out = vec![Operand::local(t)];
        out.extend(ok.map(Operand::local));
        out
    }

    /// `ch <- v`.
    pub fn chan_send(&mut self, ch: ExprId, value: ExprId, pos: Pos) {
        let elem = self.chan_elem(self.ty(ch));
        let c = self.expr(ch);
        let v = self.expr_to(value, elem);
        self.b.push(Inst::ChanSend {
            ch: c,
            value: v,
            pos,
        });
    }

    /// `for v := range ch { body }`.
    pub fn range_chan(
        &mut self,
        label: Option<String>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: &Block,
        pos: Pos,
    ) {
        let elem = self.chan_elem(self.ty(x));
        let c = self.expr(x);
        let ch = self.in_local(self.ty(x), c, pos);
        let (head, body_block, exit) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.goto(head);
        self.b.switch_to(head);
        let (v, ok) = (self.temp(elem), self.temp(TypeId::BOOL));
        self.b.push(Inst::ChanRecv {
            dst: Some(Place::local(v)),
            ok: Some(Place::local(ok)),
            ch: Operand::local(ch),
            pos,
        });
        self.b.terminate(Terminator::Branch {
            cond: Operand::local(ok),
            then: body_block,
            els: exit,
        });
        self.enter_loop_body(body_block);
        self.bind_range_var(value, define, Some(Operand::local(v)), pos);
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: Some(head),
        });
        self.block(body);
        self.targets.pop();
        self.b.loop_depth -= 1;
        self.b.goto(head);
        self.b.switch_to(exit);
    }

    /// The closure a `go` or `defer` statement runs: the called function literal itself when it
    /// takes no arguments; for a call whose callee needs no evaluation (a builtin, a library or
    /// declared function, a function literal), a closure making the call with the arguments
    /// computed now; otherwise a compiler-made closure over the evaluated callee and arguments.
    /// `kind` names the closure's function (`deferwrap` or `gowrap`, as gc names them).
    pub fn call_thunk(&mut self, call: ExprId, kind: &str) -> Option<Operand> {
        let ast = self.p.ast;
        let inner = strip_parens(ast, call);
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &ast.expr(inner).kind
        else {
            return None;
        };
        let pos = self.pos(inner);
        let fun_inner = strip_parens(ast, *fun);
        let literal = matches!(ast.expr(fun_inner).kind, ExprKind::FuncLit { .. });
        if args.is_empty() && literal {
            return Some(self.expr(fun_inner));
        }
        let sig = match self.p.types.under(self.ty(fun_inner)) {
            Type::Func(s) => Some(s.clone()),
            _ => None,
        };
        let declared = self
            .use_of(fun_inner)
            .is_some_and(|o| matches!(self.p.info.objects[o.0 as usize].kind, ObjKind::Func(_)));
        let variadic_slice = sig.as_ref().is_some_and(|s| s.variadic) && ellipsis.is_none();
        // A deferred call that runs once per function call lets gc see a called literal
        // through its wrapper; a `go` or a defer in a loop makes the literal escape with it.
        let literal_inside = literal && kind == "deferwrap" && self.b.loop_depth <= 1;
        if literal_inside
            || (declared && variadic_slice)
            || matches!(
                self.p.info.calls.get(&inner),
                Some(CallKind::Builtin(_) | CallKind::Std(_))
            )
        {
            // The call is made inside the closure, as gc's wrapper makes it: a literal is then
            // called directly and a `...` slice is built there.
            return self.thunk_of_expression(inner, kind, pos);
        }
        let sig = sig?;
        let (callee, receiver) = self.callee(fun_inner);
        let mut fixed: Vec<WrapArg> = receiver.into_iter().map(|o| self.wrap_value(o)).collect();
        let one_to_one = args.len() == sig.params.len() && (!sig.variadic || ellipsis.is_some());
        if one_to_one {
            for (a, pty) in args.iter().zip(&sig.params) {
                let arg = self.wrap_arg(*a, *pty);
                fixed.push(arg);
            }
        } else {
            let ops = self.arguments(inner, args, &sig.params, sig.variadic, ellipsis.is_some());
            fixed.extend(ops.into_iter().map(|o| self.wrap_value(o)));
        }
        // The results of a deferred or spawned call are discarded.
        Some(self.call_wrapper(callee, fixed, &[], &[], false, (kind, String::new()), pos))
    }

    fn wrap_value(&self, o: Operand) -> WrapArg {
        let ty = middle::ir::operand_type(&self.p.types, self.b.func(), &self.p.global_list, &o);
        WrapArg::Value(ty, o)
    }

    /// A `go`/`defer` argument: `new(T)` and slice literals are built inside the wrapper (as gc
    /// does), anything else is evaluated now.
    fn wrap_arg(&mut self, a: ExprId, param: TypeId) -> WrapArg {
        let inner = strip_parens(self.p.ast, a);
        let pos = self.pos(inner);
        let ty = self.ty(inner);
        match (&self.p.ast.expr(inner).kind, self.p.info.calls.get(&inner)) {
            (
                ExprKind::Call { .. },
                Some(crate::check::CallKind::Builtin(crate::check::Builtin::New)),
            ) if ty == param => {
                if let Type::Pointer(elem) = self.p.types.get(ty).clone() {
                    let text = self.text(inner);
                    return WrapArg::New(elem, text, pos);
                }
            }
            (ExprKind::Composite { elems, .. }, _)
                if ty == param && elems.iter().all(|e| e.key.is_none()) =>
            {
                if let Type::Slice(elem) = self.p.types.under(ty).clone() {
                    let values: Vec<Operand> =
                        elems.iter().map(|e| self.expr_to(e.value, elem)).collect();
                    let text = self.text(inner);
                    return WrapArg::SliceLit(ty, elem, values, text, pos);
                }
            }
            _ => {}
        }
        let v = self.expr_to(a, param);
        WrapArg::Value(param, v)
    }

    /// `go`/`defer` of a call made inside the closure: the arguments are evaluated now
    /// (converted to their parameter types now, as gc does, so an interface argument's box is
    /// made at the statement); constants not boxed are built in the closure.
    fn thunk_of_expression(&mut self, call: ExprId, kind: &str, pos: Pos) -> Option<Operand> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &self.p.ast.expr(call).kind
        else {
            return None;
        };
        let builtin = match self.p.info.calls.get(&call) {
            Some(CallKind::Builtin(b)) => Some(*b),
            _ => None,
        };
        if builtin == Some(Builtin::Recover) {
            // A deferred `recover()` is not called by a deferred function: it recovers nothing.
            return None;
        }
        if let [a] = args.as_slice() {
            if matches!(self.p.types.get(self.ty(*a)), Type::Tuple(_)) {
                self.p.unsupported(
                    pos,
                    "go and defer of a library call with a multi-value argument are",
                );
                return None;
            }
        }
        let sig = match self.p.types.under(self.ty(strip_parens(self.p.ast, *fun))) {
            Type::Func(s) if builtin.is_none() => Some(s.clone()),
            _ => None,
        };
        let mut captured = Vec::new();
        let mut values = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let ty = match (&sig, builtin) {
                (_, Some(Builtin::Panic)) => TypeId::EMPTY_INTERFACE,
                (Some(s), _) if s.variadic && ellipsis.is_none() && i + 1 >= s.params.len() => s
                    .params
                    .last()
                    .map_or(TypeId::INVALID, |last| self.slice_elem(*last)),
                (Some(s), _) => s.params.get(i).copied().unwrap_or_else(|| self.ty(*a)),
                (None, _) => self.ty(*a),
            };
            if self.p.info.consts.contains_key(a) && !self.p.types.is_interface(ty) {
                continue;
            }
            values.push(self.expr_to(*a, ty));
            captured.push((*a, ty));
        }
        let names = self.wrapper_names(kind);
        let id = self.p.reserve();
        let args = captured
            .into_iter()
            .zip(values)
            .enumerate()
            .map(|(i, ((e, ty), value))| {
                (
                    e,
                    CaptureSource::Value {
                        name: format!(".a{i}"),
                        ty,
                        value,
                    },
                )
            })
            .collect();
        let (f, sources) = FnLowerer::lower_thunk(
            self.p,
            id,
            names,
            pos,
            self.id,
            self.b.loop_depth,
            call,
            args,
        );
        let modes: Vec<CaptureMode> = f.captures.iter().map(|c| c.mode).collect();
        let types: Vec<TypeId> = f.captures.iter().map(|c| c.ty).collect();
        self.p.define(id, f);
        let fty = self.p.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        Some(self.closure_object(id, &sources, &modes, &types, fty, String::new(), pos))
    }

    /// `go f(args)`.
    pub fn go_stmt(&mut self, call: ExprId, pos: Pos) {
        if let Some(c) = self.call_thunk(call, "gowrap") {
            self.b.push(Inst::Go { closure: c, pos });
        }
    }

    /// `select { ... }`: one `Select` instruction, then a dispatch on the chosen case.
    pub fn select(&mut self, label: Option<String>, clauses: &[CommClause], pos: Pos) {
        let mut cases = Vec::new();
        // Per clause: its body block and, for receives, the assignment of the received values.
        let mut arms = Vec::new();
        let mut default_block = None;
        for c in clauses {
            let block = self.b.new_block();
            let Some(comm) = &c.comm else {
                default_block = Some(block);
                arms.push((block, None, None));
                continue;
            };
            if let StmtKind::Send { ch, value } = &comm.kind {
                let elem = self.chan_elem(self.ty(*ch));
                let chv = self.expr(*ch);
                let v = self.expr_to(*value, elem);
                cases.push(SelectCase {
                    ch: chv,
                    send: Some(v),
                    dst: None,
                    ok: None,
                });
                arms.push((block, Some(cases.len() as i64 - 1), None));
                continue;
            }
            let (lhs, define, rx) = match &comm.kind {
                StmtKind::Expr(e) => (Vec::new(), false, *e),
                StmtKind::Assign { lhs, op, rhs } if rhs.len() == 1 => {
                    (lhs.clone(), *op == AssignOp::Define, rhs[0])
                }
                _ => (Vec::new(), false, ExprId(u32::MAX)),
            };
            let ch = match self
                .p
                .ast
                .exprs
                .get(rx.0 as usize)
                .map(|_| strip_parens(self.p.ast, rx))
            {
                Some(r) => match self.p.ast.expr(r).kind {
                    ExprKind::Unary {
                        op: UnaryOp::Recv,
                        x,
                    } => x,
                    _ => {
                        self.p.unsupported(c.pos, "this select case is");
                        continue;
                    }
                },
                None => {
                    self.p.unsupported(c.pos, "this select case is");
                    continue;
                }
            };
            let elem = self.chan_elem(self.ty(ch));
            let chv = self.expr(ch);
            let (v, ok) = (self.temp(elem), self.temp(TypeId::BOOL));
            cases.push(SelectCase {
                ch: chv,
                send: None,
                dst: Some(Place::local(v)),
                ok: Some(Place::local(ok)),
            });
            arms.push((
                block,
                Some(cases.len() as i64 - 1),
                Some((lhs, define, v, ok)),
            ));
        }
        let chosen = self.temp(TypeId::INT);
        self.b.push(Inst::Select {
            cases,
            has_default: default_block.is_some(),
            chosen: Place::local(chosen),
            pos,
        });
        let exit = self.b.new_block();
        for (block, index, _) in &arms {
            let Some(index) = index else { continue };
            let next = self.b.new_block();
            let is = self.materialize(
                TypeId::BOOL,
                Rvalue::Binary(BinOp::Eq, Operand::local(chosen), Operand::int(*index)),
                pos,
            );
            self.b.terminate(Terminator::Branch {
                cond: is,
                then: *block,
                els: next,
            });
            self.b.switch_to(next);
        }
        self.b.goto(default_block.unwrap_or(exit));
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: None,
        });
        for (c, (block, _, bind)) in clauses.iter().zip(arms) {
            self.b.switch_to(block);
            if let Some((lhs, define, v, ok)) = bind {
                for (l, val) in lhs.iter().zip([Operand::local(v), Operand::local(ok)]) {
                    self.bind_range_var(Some(*l), define, Some(val), c.pos);
                }
            }
            self.block_stmts(&c.body);
            self.b.goto(exit);
        }
        self.targets.pop();
        self.b.switch_to(exit);
    }
}
