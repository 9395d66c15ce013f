//! Per-function lowering state: where each variable lives, temporaries, loop targets, and the
//! entry points for declared functions, function literals and the package initialiser.

use std::collections::HashMap;

use middle::ir::{
    AllocKind, BlockId, Capture, CaptureMode, Const, FuncKind, Function, FunctionBuilder, Inst,
    LocalId, LocalKind, Operand, Place, PlaceBase, Rvalue, Terminator,
};
use middle::source::{Pos, NO_POS};
use middle::types::TypeId;

use super::package::PackageLowerer;
use crate::ast::{Block, ExprId, FuncDecl, FuncType};
use crate::check::{ObjId, ObjKind, VarInfo};
use crate::constant::ConstValue;

/// Variables larger than this live in memory (gc's limit for explicit stack variables); escape
/// analysis then moves them to the heap.
const MAX_STACK_VARIABLE: u64 = 128 << 10;

/// Where a variable lives inside the function being lowered.
#[derive(Clone, Copy, Debug)]
pub enum Storage {
    /// An IR local.
    Local(LocalId),
    /// An allocation site's object.
    Alloc(middle::ir::AllocId),
    /// A capture of the closure being lowered.
    Capture(u32),
    /// A package-level variable.
    Global(middle::ir::GlobalId),
}

/// What a closure captures: a variable of an enclosing function, or a value or storage the
/// enclosing function supplies (the defer frame and result slots of an outlined body).
#[derive(Clone, Debug)]
pub enum CaptureSource {
    /// A variable of an enclosing function.
    Var(ObjId),
    /// A value copied when the closure is created.
    Value {
        /// Diagnostic name.
        name: String,
        /// Its type.
        ty: TypeId,
        /// The value, in the enclosing function.
        value: Operand,
    },
    /// Storage of the enclosing function, captured by reference.
    Ref {
        /// Diagnostic name.
        name: String,
        /// The storage's type.
        ty: TypeId,
        /// The storage, in the enclosing function.
        place: Place,
    },
}

/// How the outlined body of a function with `defer` reaches its function's frame and results.
#[derive(Clone, Debug)]
pub struct DeferContext {
    /// Capture index of the defer frame pointer.
    pub frame: u32,
    /// Per result: the capture index of its slot (unnamed results), or the named result variable.
    pub results: Vec<ResultSlot>,
}

/// Where a result of a deferring function is stored.
#[derive(Clone, Copy, Debug)]
pub enum ResultSlot {
    /// A named result variable.
    Named(ObjId),
    /// An unnamed result, at this capture index.
    Capture(u32),
}

/// The targets of `break` and `continue` inside a loop, switch or select.
#[derive(Clone, Debug)]
pub struct JumpTarget {
    /// The label naming the statement, if any.
    pub label: Option<String>,
    /// Where `break` goes.
    pub break_to: BlockId,
    /// Where `continue` goes (loops only).
    pub continue_to: Option<BlockId>,
}

/// Lowers one function body.
pub struct FnLowerer<'p, 'a> {
    /// Package-wide state.
    pub p: &'p mut PackageLowerer<'a>,
    /// The function under construction.
    pub b: FunctionBuilder,
    /// The id of the function being lowered.
    pub id: middle::ir::FuncId,
    /// Storage of every variable seen so far.
    pub vars: HashMap<ObjId, Storage>,
    /// What this closure captures, in capture order.
    pub captures: Vec<CaptureSource>,
    /// Set while lowering the outlined body of a function with `defer`.
    pub defer_ctx: Option<DeferContext>,
    /// Variables forced into memory (named results of functions with `defer`).
    pub force_memory: std::collections::HashSet<ObjId>,
    /// Enclosing breakable statements, innermost last.
    pub targets: Vec<JumpTarget>,
    /// Blocks of labels for `goto`.
    pub labels: HashMap<String, BlockId>,
    /// Named result variables (in order), when results are named.
    pub named_results: Vec<ObjId>,
    /// Number of function literals lowered so far (for gc's `f.func1` names).
    pub literal_count: u32,
    /// Number of compiler-made wrappers so far (gc's `f.deferwrap1`, `f.gowrap2`), counted
    /// apart from literals so they do not shift the literals' names.
    pub wrapper_count: u32,
    /// The label of the statement about to be lowered.
    pub pending_label: Option<String>,
    /// Labels a later `goto` jumps back to.
    pub looping_labels: std::collections::HashSet<String>,
    /// Set while lowering a package-level variable's initialiser.
    pub static_init: bool,
    /// Expressions whose value was computed elsewhere (the arguments a `go`/`defer` thunk
    /// captured): the place holding it and its type there.
    pub presets: HashMap<ExprId, (Place, TypeId)>,
}

impl<'p, 'a> FnLowerer<'p, 'a> {
    fn new(
        p: &'p mut PackageLowerer<'a>,
        id: middle::ir::FuncId,
        name: String,
        symbol: String,
        pos: Pos,
        kind: FuncKind,
    ) -> Self {
        FnLowerer {
            p,
            id,
            b: FunctionBuilder::new(name, symbol, pos, kind),
            vars: HashMap::new(),
            captures: Vec::new(),
            defer_ctx: None,
            force_memory: std::collections::HashSet::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            named_results: Vec::new(),
            literal_count: 0,
            wrapper_count: 0,
            pending_label: None,
            looping_labels: Default::default(),
            static_init: false,
            presets: HashMap::new(),
        }
    }

    /// Lowers a declared function or method.
    pub fn lower_decl(
        p: &'p mut PackageLowerer<'a>,
        id: middle::ir::FuncId,
        decl: &FuncDecl,
        name: String,
        symbol: String,
    ) -> Function {
        let mut l = FnLowerer::new(p, id, name, symbol, decl.name.pos, FuncKind::Declared);
        if let Some(recv) = &decl.recv {
            l.declare_params(std::slice::from_ref(recv));
        }
        if let Some(body) = &decl.body {
            l.prepare_for_defer(&decl.sig, body);
        }
        l.declare_signature(&decl.sig);
        if let Some(body) = &decl.body {
            l.body(body);
        } else {
            l.p.unsupported(decl.pos, "function declarations without a body are");
        }
        l.finish_body()
    }

    /// Lowers a closure body (a function literal, or the outlined body of a function with
    /// `defer`): `sig` gives its parameters and results (none when `None`), `extras` the captures
    /// supplied up front. Returns the function and everything it captures.
    #[allow(clippy::too_many_arguments)]
    pub fn lower_closure(
        p: &'p mut PackageLowerer<'a>,
        id: middle::ir::FuncId,
        names: (String, String),
        pos: Pos,
        parent: middle::ir::FuncId,
        depth: u32,
        sig: Option<&FuncType>,
        body: &Block,
        extras: Vec<CaptureSource>,
        defer_ctx: Option<DeferContext>,
        force_memory: std::collections::HashSet<ObjId>,
    ) -> (Function, Vec<CaptureSource>) {
        let mut l = FnLowerer::new(p, id, names.0, names.1, pos, FuncKind::Closure { parent });
        l.b.loop_depth = depth;
        for c in extras {
            l.add_capture(c);
        }
        l.defer_ctx = defer_ctx;
        l.force_memory = force_memory;
        if let Some(sig) = sig {
            l.prepare_for_defer(sig, body);
            l.declare_signature(sig);
        }
        l.body(body);
        let captures = std::mem::take(&mut l.captures);
        (l.finish_body(), captures)
    }

    /// The name and symbol of the next compiler-made wrapper of this function, `kind` saying
    /// what it wraps (`deferwrap`, `gowrap`, `wrap` for a method value).
    pub fn wrapper_names(&mut self, kind: &str) -> (String, String) {
        self.wrapper_count += 1;
        let n = self.wrapper_count;
        (
            format!("{}.{kind}{n}", self.b.func().name),
            format!("{}.{kind}{n}", self.b.func().symbol),
        )
    }

    /// Adds a capture to the closure being lowered, keeping the IR function's capture list
    /// (which operand types are read from) in step.
    fn add_capture(&mut self, c: CaptureSource) {
        let capture = match &c {
            CaptureSource::Var(o) => {
                let obj = &self.p.info.objects[o.0 as usize];
                Capture {
                    name: obj.name.clone(),
                    ty: obj.ty,
                    mode: self.capture_mode(*o),
                }
            }
            CaptureSource::Value { name, ty, .. } => Capture {
                name: name.clone(),
                ty: *ty,
                mode: CaptureMode::ByValue,
            },
            CaptureSource::Ref { name, ty, .. } => Capture {
                name: name.clone(),
                ty: *ty,
                mode: CaptureMode::ByRef,
            },
        };
        self.b.func_mut().captures.push(capture);
        self.captures.push(c);
    }

    /// Lowers the closure a `go` or `defer` statement runs when the call itself is made inside
    /// it: the call `call`, reading each argument expression in `args` from the closure's
    /// capture of the same index (filled with the value computed at the statement). Variables
    /// the call mentions otherwise (those a called function literal uses) are captured as
    /// closures capture them. Returns the function and everything it captures.
    #[allow(clippy::too_many_arguments)]
    pub fn lower_thunk(
        p: &'p mut PackageLowerer<'a>,
        id: middle::ir::FuncId,
        names: (String, String),
        pos: Pos,
        parent: middle::ir::FuncId,
        depth: u32,
        call: ExprId,
        args: Vec<(ExprId, CaptureSource)>,
    ) -> (Function, Vec<CaptureSource>) {
        let mut l = FnLowerer::new(p, id, names.0, names.1, pos, FuncKind::Closure { parent });
        l.b.loop_depth = depth;
        for (i, (e, source)) in args.into_iter().enumerate() {
            let CaptureSource::Value { ty, .. } = &source else {
                continue;
            };
            l.presets.insert(
                e,
                (
                    Place {
                        base: PlaceBase::Capture(i as u32),
                        proj: vec![],
                    },
                    *ty,
                ),
            );
            l.add_capture(source);
        }
        l.call(call);
        let captures = std::mem::take(&mut l.captures);
        (l.finish_body(), captures)
    }

    /// Lowers the package initialiser.
    pub fn lower_init(
        p: &'p mut PackageLowerer<'a>,
        id: middle::ir::FuncId,
        name: String,
        symbol: String,
        inits: &[middle::ir::FuncId],
    ) -> Function {
        let mut l = FnLowerer::new(p, id, name, symbol, NO_POS, FuncKind::Declared);
        if let Some(g) = l.p.std_globals.get(&crate::check::StdVar::OsArgs).copied() {
            let args = l.materialize(
                TypeId::UINTPTR,
                Rvalue::AddrOf(Place {
                    base: PlaceBase::Global(g),
                    proj: vec![],
                }),
                NO_POS,
            );
            l.b.push(Inst::Call {
                dsts: vec![],
                callee: middle::ir::Callee::Extern(middle::ir::Extern::OsArgs),
                args: vec![args],
                pos: NO_POS,
            });
        }
        let order = l.p.info.init_order.clone();
        for (file, decl, spec) in order {
            let ast = l.p.ast;
            let Some(crate::ast::Decl::Var(specs)) = ast
                .files
                .get(file as usize)
                .and_then(|f| f.decls.get(decl as usize))
            else {
                continue;
            };
            if let Some(spec) = specs.get(spec as usize) {
                l.static_init = true;
                l.var_spec(spec);
                l.static_init = false;
            }
        }
        for f in inits {
            l.b.push(Inst::Call {
                dsts: vec![],
                callee: middle::ir::Callee::Direct(*f),
                args: vec![],
                pos: NO_POS,
            });
        }
        l.b.terminate(Terminator::Return);
        l.b.finish()
    }

    fn finish_body(mut self) -> Function {
        if !self.b.is_terminated() {
            self.run_defers(NO_POS);
            self.emit_return();
        }
        self.b.finish()
    }

    /// Enters a loop body: one loop level deeper (gc's loop depth), starting at `body`.
    pub fn enter_loop_body(&mut self, body: BlockId) {
        self.b.loop_depth += 1;
        self.b.func_mut().blocks[body.index()].loop_depth = self.b.loop_depth;
        self.b.switch_to(body);
    }

    /// The type a type expression denotes.
    pub fn type_expr(&self, e: ExprId) -> TypeId {
        self.p
            .info
            .type_exprs
            .get(&e)
            .copied()
            .unwrap_or(TypeId::INVALID)
    }

    /// The type of an expression.
    pub fn ty(&self, e: ExprId) -> TypeId {
        self.p
            .info
            .expr_types
            .get(e.0 as usize)
            .copied()
            .unwrap_or(TypeId::INVALID)
    }

    /// The object declared at `pos`, if any.
    pub fn def(&self, pos: Pos) -> Option<ObjId> {
        self.p.info.defs.get(&pos).copied()
    }

    /// The object an identifier expression refers to.
    pub fn use_of(&self, e: ExprId) -> Option<ObjId> {
        self.p.info.uses.get(&e).copied()
    }

    fn var_info(&self, obj: ObjId) -> Option<&'a VarInfo> {
        match &self.p.info.objects[obj.0 as usize].kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }

    /// True if the variable must live in memory (an allocation site) rather than a local.
    pub fn needs_memory(&self, obj: ObjId) -> bool {
        let Some(v) = self.var_info(obj) else {
            return false;
        };
        let too_big = self
            .p
            .types
            .layout(self.p.info.objects[obj.0 as usize].ty)
            .size
            > MAX_STACK_VARIABLE;
        v.address_taken
            || too_big
            || self.force_memory.contains(&obj)
            || self.p.by_ref.contains(&obj)
    }

    /// Declares a variable and initialises it (to zero when `init` is `None`).
    pub fn declare_var(&mut self, obj: ObjId, init: Option<Operand>) -> Storage {
        if let (Some(Operand::Const(c)), Some(v)) = (&init, self.var_info(obj)) {
            let scalar = matches!(
                c,
                Const::Int(..) | Const::Float(..) | Const::Bool(..) | Const::Str(..)
            );
            if scalar && v.kind == crate::check::VarKind::Local && !v.reassigned && !v.address_taken
            {
                self.p.const_vars.insert(obj, c.clone());
            }
        }
        let o = &self.p.info.objects[obj.0 as usize];
        let (ty, pos, name) = (o.ty, o.pos, o.name.clone());
        let storage = if self.needs_memory(obj) {
            let site = self.b.new_alloc(ty, AllocKind::Var, pos, name);
            self.b.push(Inst::Alloc {
                site,
                count: None,
                pos,
            });
            Storage::Alloc(site)
        } else {
            let l = self.b.new_local(&name, ty, pos, LocalKind::Var);
            if init.is_none() {
                self.b.assign(
                    Place::local(l),
                    Rvalue::Use(Operand::Const(Const::Zero(ty))),
                    pos,
                );
            }
            Storage::Local(l)
        };
        self.vars.insert(obj, storage);
        if let Some(v) = init {
            let place = self.storage_place(storage);
            self.b.assign(place, Rvalue::Use(v), pos);
        }
        storage
    }

    /// The place of a storage location.
    pub fn storage_place(&self, s: Storage) -> Place {
        match s {
            Storage::Local(l) => Place::local(l),
            Storage::Alloc(a) => Place::alloc(a),
            Storage::Capture(i) => Place {
                base: PlaceBase::Capture(i),
                proj: vec![],
            },
            Storage::Global(g) => Place {
                base: PlaceBase::Global(g),
                proj: vec![],
            },
        }
    }

    /// The place of a variable referenced from this function (capturing it if needed).
    pub fn var_place(&mut self, obj: ObjId) -> Place {
        if let Some(s) = self.vars.get(&obj) {
            return self.storage_place(*s);
        }
        if let Some(g) = self.p.globals.get(&obj) {
            return self.storage_place(Storage::Global(*g));
        }
        // A variable of an enclosing function: capture it.
        let index = match self
            .captures
            .iter()
            .position(|c| matches!(c, CaptureSource::Var(o) if *o == obj))
        {
            Some(i) => i,
            None => {
                self.add_capture(CaptureSource::Var(obj));
                self.captures.len() - 1
            }
        };
        let s = Storage::Capture(index as u32);
        self.vars.insert(obj, s);
        self.storage_place(s)
    }

    /// How a closure holds `obj`.
    pub fn capture_mode(&self, obj: ObjId) -> CaptureMode {
        if self.needs_memory(obj) {
            CaptureMode::ByRef
        } else {
            CaptureMode::ByValue
        }
    }

    /// A new temporary of type `ty`.
    pub fn temp(&mut self, ty: TypeId) -> LocalId {
        self.b.temp(ty)
    }

    /// Stores `rv` into a new temporary and returns it as an operand.
    pub fn materialize(&mut self, ty: TypeId, rv: Rvalue, pos: Pos) -> Operand {
        if let Rvalue::Use(o) = rv {
            return o;
        }
        let t = self.temp(ty);
        self.b.assign(Place::local(t), rv, pos);
        Operand::local(t)
    }

    /// A value a closure captures by value: read through a pointer or from a global, it is
    /// copied to a temporary first (as gc does), so escape analysis sees the capture as that
    /// variable rather than as memory it cannot follow.
    pub fn capturable(&mut self, ty: TypeId, o: Operand, pos: Pos) -> Operand {
        match &o {
            Operand::Copy(Place {
                base: PlaceBase::Deref(_) | PlaceBase::Global(_),
                ..
            }) => Operand::local(self.in_local(ty, o, pos)),
            _ => o,
        }
    }

    /// A local holding `o` (reusing it if `o` already reads a whole local).
    pub fn in_local(&mut self, ty: TypeId, o: Operand, pos: Pos) -> LocalId {
        if let Operand::Copy(Place {
            base: PlaceBase::Local(l),
            proj,
        }) = &o
        {
            if proj.is_empty() {
                return *l;
            }
        }
        let t = self.temp(ty);
        self.b.assign(Place::local(t), Rvalue::Use(o), pos);
        t
    }

    /// An IR constant operand for a checker constant of type `ty`.
    pub fn const_operand(&self, v: &ConstValue, ty: TypeId) -> Operand {
        use middle::types::BasicKind;
        let kind = self.p.types.basic(ty);
        let c = match (v, kind) {
            (ConstValue::Bool(b), _) => Const::Bool(*b, ty),
            (ConstValue::String(s), _) => Const::Str(s.clone(), ty),
            (_, Some(k)) if k.is_float() => Const::Float(v.to_f64(), ty),
            (_, Some(k)) if k.is_integer() => {
                let bits = if k.is_unsigned() {
                    v.to_u64().map(|u| u as i64)
                } else {
                    v.to_i64()
                };
                Const::Int(bits.unwrap_or(0), ty)
            }
            (_, Some(BasicKind::Complex64 | BasicKind::Complex128)) => Const::Zero(ty),
            // A constant converted to an interface or other type: use its default representation.
            (ConstValue::Int(_), _) => Const::Int(v.to_i64().unwrap_or(0), TypeId::INT),
            (ConstValue::Float(_), _) => Const::Float(v.to_f64(), TypeId::FLOAT64),
        };
        Operand::Const(c)
    }

    /// Emits `return` (copying named results that live in memory into the result locals).
    pub fn emit_return(&mut self) {
        let results = self.b.func().results.clone();
        for (i, obj) in self.named_results.clone().iter().enumerate() {
            if let Some(Storage::Alloc(a)) = self.vars.get(obj).copied() {
                let r = results[i];
                self.b.assign(
                    Place::local(r),
                    Rvalue::Use(Operand::Copy(Place::alloc(a))),
                    NO_POS,
                );
            }
        }
        self.b.terminate(Terminator::Return);
    }

    /// Declares parameters and results of a signature.
    fn declare_signature(&mut self, sig: &FuncType) {
        self.declare_params(&sig.params);
        let mut index = 0;
        for group in &sig.results {
            let ty = self.type_expr(group.ty);
            if group.names.is_empty() {
                let name = format!("~r{index}");
                self.b.add_result(&name, ty, group.pos);
                index += 1;
                continue;
            }
            for n in &group.names {
                let r = self.b.add_result(&n.name, ty, n.pos);
                index += 1;
                let Some(obj) = self.def(n.pos) else { continue };
                self.named_results.push(obj);
                if self.needs_memory(obj) {
                    self.declare_var(obj, None);
                } else {
                    self.vars.insert(obj, Storage::Local(r));
                }
            }
        }
    }

    fn declare_params(&mut self, params: &[crate::ast::Param]) {
        for group in params {
            let mut ty = self.type_expr(group.ty);
            if group.variadic {
                ty = self.p.types.slice(ty);
            }
            if group.names.is_empty() {
                self.b.add_param("_", ty, group.pos);
                continue;
            }
            for n in &group.names {
                let l = self.b.add_param(&n.name, ty, n.pos);
                let Some(obj) = self.def(n.pos) else { continue };
                if n.name != "_" && self.needs_memory(obj) {
                    self.declare_var(obj, Some(Operand::local(l)));
                } else {
                    self.vars.insert(obj, Storage::Local(l));
                }
            }
        }
    }
}
