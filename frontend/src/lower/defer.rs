//! `defer`, `panic` and `recover`, by outlining.
//!
//! A function whose body contains `defer` is split in two. Its body becomes a closure (the
//! *outlined body*), and the function itself only allocates a *defer frame* (runtime-owned
//! memory: the list of deferred calls and the saved registers needed to resume after a
//! recovered panic), calls `Extern::RunDeferring(body, frame)`, and returns its results. Before
//! every return, the outlined body runs its deferred closures itself (`Extern::RunDefers`), so
//! its stack frame, which may hold those closures and what they reference, is still alive. On a
//! panic the runtime runs them on top of the panicking stack, and if one of them recovers, it
//! resumes in `RunDeferring`, which then returns normally. Results live in memory the outlined body and deferred closures can both
//! reach: named results are forced into allocation sites, unnamed ones get compiler-made slots.
//! `defer f(x)` registers a closure over `f` and the already evaluated `x` (see
//! [`super::concurrency`]'s `call_thunk`).

use middle::ir::{
    AllocKind, Extern, FuncId, FuncKind, Inst, Operand, Place, PlaceBase, Rvalue, Terminator,
};
use middle::source::Pos;
use middle::types::{Signature, Type, TypeId};

use super::func::{CaptureSource, DeferContext, FnLowerer, ResultSlot};
use crate::ast::{Block, ExprId, FuncType, Stmt, StmtKind};

/// Size of the runtime's defer frame, in pointer words (`DEFER_FRAME_BYTES` in rt/src/abi.rs).
pub const DEFER_FRAME_WORDS: u64 = 32;

/// True if `stmts` contain a `defer` statement (outside nested function literals).
fn contains_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Block(b) => contains_defer(&b.stmts),
        StmtKind::If { then, els, .. } => {
            contains_defer(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| contains_defer(std::slice::from_ref(e)))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => contains_defer(&body.stmts),
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| contains_defer(&c.body))
        }
        StmtKind::Select(clauses) => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::Labeled { stmt, .. } => contains_defer(std::slice::from_ref(stmt)),
        _ => false,
    })
}

impl FnLowerer<'_, '_> {
    /// Called before the signature is declared: a function with `defer` keeps its named results
    /// in memory, where deferred closures can change them.
    pub fn prepare_for_defer(&mut self, sig: &FuncType, body: &Block) {
        if !contains_defer(&body.stmts) {
            return;
        }
        for group in &sig.results {
            for n in &group.names {
                if let Some(obj) = self.def(n.pos) {
                    self.force_memory.insert(obj);
                }
            }
        }
    }

    /// Lowers a function body, outlining it when it contains `defer`.
    pub fn body(&mut self, body: &Block) {
        self.looping_labels = super::stmt::looping_labels(&body.stmts);
        if self.defer_ctx.is_some() || !contains_defer(&body.stmts) {
            self.block(body);
            return;
        }
        let pos = body.pos;
        let frame_ty = self
            .p
            .types
            .array(TypeId::UNSAFE_POINTER, DEFER_FRAME_WORDS);
        let frame_site = self
            .b
            .new_alloc(frame_ty, AllocKind::Object, pos, String::new());
        self.b.push(Inst::Alloc {
            site: frame_site,
            count: None,
            pos,
        });
        let frame_ptr_ty = self.p.types.pointer(frame_ty);
        let frame_ptr =
            self.materialize(frame_ptr_ty, Rvalue::AddrOf(Place::alloc(frame_site)), pos);
        let mut extras = vec![CaptureSource::Value {
            name: ".frame".into(),
            ty: frame_ptr_ty,
            value: frame_ptr.clone(),
        }];
        let mut slots = Vec::new();
        let results = self.b.func().results.clone();
        let named = self.named_results.clone();
        let mut unnamed_sites = Vec::new();
        for (i, r) in results.iter().enumerate() {
            if let Some(obj) = named.get(i) {
                slots.push(ResultSlot::Named(*obj));
                continue;
            }
            let ty = self.b.func().local(*r).ty;
            let site = self.b.new_alloc(ty, AllocKind::Object, pos, String::new());
            self.b.push(Inst::Alloc {
                site,
                count: None,
                pos,
            });
            extras.push(CaptureSource::Ref {
                name: format!("~r{i}"),
                ty,
                place: Place::alloc(site),
            });
            slots.push(ResultSlot::Capture(extras.len() as u32 - 1));
            unnamed_sites.push((*r, site));
        }
        let ctx = DeferContext {
            frame: 0,
            results: slots,
        };
        self.literal_count += 1;
        let names = (
            format!("{}.body", self.b.func().name),
            format!("{}.body", self.b.func().symbol),
        );
        let id = self.p.reserve();
        let depth = self.b.loop_depth;
        let force = self.force_memory.clone();
        let (f, captures) = FnLowerer::lower_closure(
            self.p,
            id,
            names,
            pos,
            self.id,
            depth,
            None,
            body,
            extras,
            Some(ctx),
            force,
        );
        let modes: Vec<_> = f.captures.iter().map(|c| c.mode).collect();
        let types: Vec<TypeId> = f.captures.iter().map(|c| c.ty).collect();
        self.p.define(id, f);
        self.rename_outlined_literals(id);
        let fty = self.p.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        let closure = self.closure_object(id, &captures, &modes, &types, fty, String::new(), pos);
        self.b.push(Inst::Call {
            dsts: vec![],
            callee: middle::ir::Callee::Extern(Extern::RunDeferring),
            args: vec![closure, frame_ptr],
            pos,
        });
        for (r, site) in unnamed_sites {
            self.b.assign(
                Place::local(r),
                Rvalue::Use(Operand::Copy(Place::alloc(site))),
                pos,
            );
        }
        self.emit_return();
    }

    /// Gives the closures lowered inside outlined body `body` gc's names, those of closures of
    /// the function itself (`f.func1`, `f.func1.1`; `main.func1.1` inside a literal), not of
    /// the body (`f.body.1`). They are the functions made after the body's.
    fn rename_outlined_literals(&mut self, body: FuncId) {
        let outer = self.b.func();
        let (name, symbol) = (outer.name.clone(), outer.symbol.clone());
        let literal_infix = if matches!(outer.kind, FuncKind::Closure { .. }) {
            "."
        } else {
            ".func"
        };
        let rename = |s: &mut String, outer: &str| {
            let Some(rest) = s.strip_prefix(outer).and_then(|r| r.strip_prefix(".body.")) else {
                return;
            };
            let infix = if rest.starts_with(|c: char| c.is_ascii_digit()) {
                literal_infix
            } else {
                "."
            };
            *s = format!("{outer}{infix}{rest}");
        };
        for f in self.p.funcs.iter_mut().skip(body.index() + 1).flatten() {
            rename(&mut f.name, &name);
            rename(&mut f.symbol, &symbol);
        }
    }

    /// `return values` inside an outlined body: store into the function's result slots.
    pub fn deferred_return(&mut self, values: Vec<Operand>, pos: Pos) {
        let Some(ctx) = self.defer_ctx.clone() else {
            return;
        };
        for (slot, v) in ctx.results.iter().zip(values) {
            let place = match slot {
                ResultSlot::Named(obj) => self.var_place(*obj),
                ResultSlot::Capture(i) => Place {
                    base: PlaceBase::Capture(*i),
                    proj: vec![],
                },
            };
            self.b.assign(place, Rvalue::Use(v), pos);
        }
        self.run_defers(pos);
        self.b.terminate(Terminator::Return);
    }

    /// Runs the frame's deferred calls before the outlined body returns (so every object the
    /// body allocated on its stack is still alive while they run).
    pub fn run_defers(&mut self, pos: Pos) {
        let Some(ctx) = &self.defer_ctx else { return };
        let frame = Operand::Copy(Place {
            base: PlaceBase::Capture(ctx.frame),
            proj: vec![],
        });
        self.b.push(Inst::Call {
            dsts: vec![],
            callee: middle::ir::Callee::Extern(Extern::RunDefers),
            args: vec![frame],
            pos,
        });
    }

    /// The result types a `return` inside an outlined body assigns.
    pub fn deferred_result_types(&self) -> Vec<TypeId> {
        let Some(ctx) = &self.defer_ctx else {
            return Vec::new();
        };
        ctx.results
            .iter()
            .map(|s| match s {
                ResultSlot::Named(obj) => self.p.info.objects[obj.0 as usize].ty,
                ResultSlot::Capture(i) => match &self.captures[*i as usize] {
                    CaptureSource::Ref { ty, .. } | CaptureSource::Value { ty, .. } => *ty,
                    CaptureSource::Var(o) => self.p.info.objects[o.0 as usize].ty,
                },
            })
            .collect()
    }

    /// `defer f(args)`.
    pub fn defer_stmt(&mut self, call: ExprId, pos: Pos) {
        let Some(ctx) = self.defer_ctx.clone() else {
            self.p.unsupported(pos, "defer here is");
            return;
        };
        let Some(closure) = self.call_thunk(call, "deferwrap") else {
            return;
        };
        let frame = Operand::Copy(Place {
            base: PlaceBase::Capture(ctx.frame),
            proj: vec![],
        });
        self.b.push(Inst::Defer {
            frame,
            closure,
            pos,
        });
    }

    /// `recover()`.
    pub fn recover_call(&mut self, pos: Pos) -> Operand {
        let t = self.temp(TypeId::EMPTY_INTERFACE);
        self.b.push(Inst::Recover {
            dst: Place::local(t),
            pos,
        });
        Operand::local(t)
    }
}
