//! IR function -> Cranelift function.
//!
//! The translation is direct: one Cranelift block per IR block, instructions in order. Locals of
//! SSA-able types become one Cranelift `Variable` per leaf (see [`crate::shape`]), and Cranelift's
//! SSA construction inserts the block parameters; locals of memory types, and small locals that
//! are indexed with a variable, get a zero-initialised frame slot. Allocation sites follow the
//! placement escape analysis chose: a `Stack` site owns a frame slot that each `Alloc` re-zeroes,
//! a `Heap` site keeps the pointer returned by `gosub_alloc` in a variable, and a site with a
//! constant value points at read-only data.
//!
//! Calling convention (all Go functions use the platform C convention, so the runtime can call
//! methods through type descriptors): a closure takes its context pointer first; then one hidden
//! pointer per memory-typed result, where the caller wants it written; then the parameters, each
//! SSA-able one as its leaves and each memory-typed one as a pointer to a copy the callee owns.
//! SSA-able results are returned as their leaves.

mod call;
mod inst;
mod ops;
mod place;
mod runtime_ops;

use std::collections::HashMap;
use std::rc::Rc;

use cranelift_codegen::ir::{
    self, types as clif, AbiParam, Block, InstBuilder, MemFlagsData, Signature, StackSlotData,
    StackSlotKind, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{DataId, FuncId as ClifFuncId, Module};
use middle::ir::{self as mir, AllocKind, FuncKind, Placement};
use middle::types::{Type, TypeId};

use crate::module::ModuleCx;
use crate::shape::Shape;

/// Byte size of the stack buffer given to a stack-placed runtime-buffer site (gc's `tmpBuf`).
pub const RUNTIME_BUFFER_BYTES: u32 = 32;

/// Byte size of the stack buffer for a non-escaping `make([]T, n)` whose `n` is not constant.
///
/// gc uses 32 bytes. gosub uses 1 KiB: a frame slot costs nothing to reserve, the `Alloc` zeroes
/// only the `n * size` bytes actually used, and 1 KiB keeps even deeply recursive functions far
/// from the 8 MiB main-thread stack. It is safe by construction: the site is only stack-placed when
/// escape analysis proved no reference outlives the frame, and a larger `n` falls back to the heap
/// at run time.
pub const DYNAMIC_MAKE_STACK_BYTES: u32 = 1024;

/// A Go value being computed: its leaves, or the address of memory holding it (memory types).
#[derive(Clone, Debug)]
pub enum Val {
    /// The scalar leaves.
    Leaves(Vec<Value>),
    /// The address of the value in memory.
    Mem(Value),
}

impl Val {
    /// The leaves (empty for a memory value, which callers never ask for).
    pub fn leaves(&self) -> &[Value] {
        match self {
            Val::Leaves(v) => v,
            Val::Mem(_) => &[],
        }
    }

    /// The single leaf of a scalar value.
    pub fn scalar(&self) -> Value {
        self.leaves()[0]
    }
}

/// Where a local lives.
#[derive(Clone, Debug)]
enum LocalRepr {
    /// One variable per leaf.
    Vars(Vec<Variable>),
    /// A frame slot.
    Slot(ir::StackSlot),
    /// Memory owned by the function whose address arrived as a parameter.
    Ptr(Value),
}

/// Where an allocation site's newest object lives.
#[derive(Clone, Debug)]
enum SiteRepr {
    /// A fixed frame slot.
    Stack(ir::StackSlot, u32),
    /// A frame buffer for a dynamic `make`, with the variable holding the chosen address.
    StackOrHeap(ir::StackSlot, Variable),
    /// Heap memory whose address is in the variable.
    Heap(Variable),
    /// Read-only data.
    Static(DataId),
    /// A runtime buffer site: a frame buffer to pass, or none.
    Buffer(Option<ir::StackSlot>),
}

/// Per-function translation state.
pub struct Translator<'a, 'p> {
    cx: &'a mut ModuleCx<'p>,
    f: &'p mir::Function,
    b: FunctionBuilder<'a>,
    blocks: Vec<Block>,
    locals: Vec<LocalRepr>,
    sites: Vec<SiteRepr>,
    ctx: Option<Value>,
    func_refs: HashMap<ClifFuncId, ir::FuncRef>,
    data_refs: HashMap<DataId, ir::GlobalValue>,
    /// Per stack-placed runtime-buffer site: whether `append` has already grown into its buffer.
    buffer_flags: HashMap<mir::AllocId, Variable>,
    /// Bounds checks already done in the current IR block: (index, length) value pairs. The code
    /// after a check is dominated by it, so repeating it (as `a[i], a[j] = a[j], a[i]` does) is
    /// redundant.
    checked: std::collections::HashSet<(Value, Value)>,
    poison_stack: bool,
}

/// The flags for ordinary loads and stores (may trap on a nil pointer, which the runtime's signal
/// handler turns into Go's panic).
fn mem() -> MemFlagsData {
    MemFlagsData::new()
}

/// The Cranelift signature of an IR function.
pub fn signature_of(cx: &mut ModuleCx, f: &mir::Function) -> Signature {
    let types = &cx.program.types;
    let mut sig = Signature::new(CallConv::SystemV);
    if matches!(f.kind, FuncKind::Closure { .. }) {
        sig.params.push(AbiParam::new(clif::I64));
    }
    let params: Vec<TypeId> = f.params.iter().map(|p| f.local(*p).ty).collect();
    let results: Vec<TypeId> = f.results.iter().map(|r| f.local(*r).ty).collect();
    let _ = types;
    call::push_go_signature(cx, &mut sig, &params, &results);
    sig
}

impl<'a, 'p> Translator<'a, 'p> {
    /// Prepares to translate `f` into `b` (whose function has the signature from [`signature_of`]).
    pub fn new(
        cx: &'a mut ModuleCx<'p>,
        f: &'p mir::Function,
        b: FunctionBuilder<'a>,
        poison_stack: bool,
    ) -> Self {
        Translator {
            cx,
            f,
            b,
            blocks: Vec::new(),
            locals: Vec::new(),
            sites: Vec::new(),
            ctx: None,
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            buffer_flags: HashMap::new(),
            checked: std::collections::HashSet::new(),
            poison_stack,
        }
    }

    fn types(&self) -> &'p middle::types::TypeTable {
        &self.cx.program.types
    }

    fn shape(&mut self, ty: TypeId) -> Rc<Shape> {
        let types = &self.cx.program.types;
        self.cx.shapes.of(types, ty)
    }

    fn slot(&mut self, size: u32, align: u32) -> ir::StackSlot {
        let shift = align.max(1).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1),
            shift,
        ))
    }

    /// Translates the whole function; returns the frame slot of each allocation site (if any).
    pub fn translate(mut self) -> Vec<Option<ir::StackSlot>> {
        let f = self.f;
        for _ in &f.blocks {
            let blk = self.b.create_block();
            self.blocks.push(blk);
        }
        let entry = self.blocks[0];
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut next_param = params.into_iter();
        if matches!(f.kind, FuncKind::Closure { .. }) {
            self.ctx = next_param.next();
        }
        self.set_up_locals(&mut next_param);
        self.set_up_sites();
        for (i, block) in f.blocks.iter().enumerate() {
            self.b.switch_to_block(self.blocks[i]);
            self.checked.clear();
            let mut insts = block.insts.iter().peekable();
            while let Some(inst) = insts.next() {
                self.b.set_srcloc(ir::SourceLoc::new(inst.pos().0));
                if let Some(next) = insts.peek() {
                    if self.box_small_integer(inst, next) {
                        insts.next();
                        continue;
                    }
                }
                self.inst(inst);
            }
            self.terminator(&block.term);
        }
        self.b.seal_all_blocks();
        let slots = self
            .sites
            .iter()
            .map(|s| match s {
                SiteRepr::Stack(slot, _)
                | SiteRepr::StackOrHeap(slot, _)
                | SiteRepr::Buffer(Some(slot)) => Some(*slot),
                _ => None,
            })
            .collect();
        let config = self.cx.module.isa().frontend_config();
        self.b.finalize(config);
        slots
    }

    /// Decides the representation of every local and binds the parameters.
    fn set_up_locals(&mut self, params: &mut impl Iterator<Item = Value>) {
        let f = self.f;
        let indexed = place::memory_locals(f);
        // Hidden result pointers come first.
        let mut result_ptrs = HashMap::new();
        for r in &f.results {
            let ty = f.local(*r).ty;
            if !self.shape(ty).ssa {
                if let Some(p) = params.next() {
                    result_ptrs.insert(*r, p);
                }
            }
        }
        for (i, local) in f.locals.iter().enumerate() {
            let id = mir::LocalId(i as u32);
            let shape = self.shape(local.ty);
            let repr = if let Some(p) = result_ptrs.get(&id) {
                LocalRepr::Ptr(*p)
            } else if !shape.ssa || indexed.contains(&id) {
                let slot = self.slot(shape.size, shape.align);
                LocalRepr::Slot(slot)
            } else {
                let vars = shape
                    .leaves
                    .iter()
                    .map(|l| self.b.declare_var(l.ty))
                    .collect();
                LocalRepr::Vars(vars)
            };
            self.locals.push(repr);
        }
        // Bind parameters; zero everything else.
        let param_set: Vec<mir::LocalId> = f.params.clone();
        for p in &param_set {
            let ty = f.local(*p).ty;
            let shape = self.shape(ty);
            if shape.ssa {
                let vals: Vec<Value> = shape.leaves.iter().filter_map(|_| params.next()).collect();
                self.write_place(&mir::Place::local(*p), ty, Val::Leaves(vals));
            } else if let Some(ptr) = params.next() {
                self.locals[p.index()] = LocalRepr::Ptr(ptr);
            }
        }
        for (i, local) in f.locals.iter().enumerate() {
            let id = mir::LocalId(i as u32);
            if param_set.contains(&id) || result_ptrs.contains_key(&id) {
                if result_ptrs.contains_key(&id) {
                    let zero = self.zero_value(local.ty);
                    self.write_place(&mir::Place::local(id), local.ty, zero);
                }
                continue;
            }
            match self.locals[i].clone() {
                LocalRepr::Vars(vars) => {
                    let shape = self.shape(local.ty);
                    for (v, leaf) in vars.iter().zip(shape.leaves.iter()) {
                        let z = self.zero_scalar(leaf.ty);
                        self.b.def_var(*v, z);
                    }
                }
                LocalRepr::Slot(slot) => {
                    let size = self.shape(local.ty).size;
                    let addr = self.b.ins().stack_addr(clif::I64, slot, 0);
                    self.zero_memory(addr, size);
                }
                LocalRepr::Ptr(_) => {}
            }
        }
    }

    /// Creates the storage of every allocation site according to its placement.
    fn set_up_sites(&mut self) {
        let f = self.f;
        for site in &f.allocs {
            let repr = if let Some(value) = &site.static_value {
                self.static_site(site.ty, value)
            } else {
                match (site.kind, site.placement) {
                    (AllocKind::RuntimeBuffer, Placement::Stack) => {
                        let flag = self.b.declare_var(clif::I8);
                        let no = self.b.ins().iconst(clif::I8, 0);
                        self.b.def_var(flag, no);
                        self.buffer_flags
                            .insert(mir::AllocId(self.sites.len() as u32), flag);
                        SiteRepr::Buffer(Some(self.slot(RUNTIME_BUFFER_BYTES, 8)))
                    }
                    (AllocKind::RuntimeBuffer, Placement::Heap) => SiteRepr::Buffer(None),
                    (_, Placement::Heap) => {
                        let v = self.b.declare_var(clif::I64);
                        let z = self.b.ins().iconst(clif::I64, 0);
                        self.b.def_var(v, z);
                        SiteRepr::Heap(v)
                    }
                    (AllocKind::Array, Placement::Stack) => {
                        let elem = self.shape(site.ty);
                        match site.const_count {
                            Some(n) => {
                                let size = (n as u32).saturating_mul(elem.size);
                                SiteRepr::Stack(self.slot(size, elem.align.max(8)), size)
                            }
                            None => {
                                let slot = self.slot(DYNAMIC_MAKE_STACK_BYTES, 8);
                                let v = self.b.declare_var(clif::I64);
                                let z = self.b.ins().iconst(clif::I64, 0);
                                self.b.def_var(v, z);
                                SiteRepr::StackOrHeap(slot, v)
                            }
                        }
                    }
                    (_, Placement::Stack) => {
                        let shape = self.shape(site.ty);
                        SiteRepr::Stack(self.slot(shape.size, shape.align.max(8)), shape.size)
                    }
                }
            };
            self.sites.push(repr);
        }
    }

    fn static_site(&mut self, ty: TypeId, value: &mir::Const) -> SiteRepr {
        match value {
            mir::Const::Str(bytes, _) => return SiteRepr::Static(self.cx.static_string_box(bytes)),
            // A closure without captures: a read-only closure object holding the code address.
            mir::Const::FuncAddr(f) => return SiteRepr::Static(self.cx.static_code_pointer(*f)),
            _ => {}
        }
        let (bytes, align) = self.cx.const_bytes(value).unwrap_or_else(|| {
            let l = self.cx.program.types.layout(ty);
            (vec![0; l.size as usize], l.align as u32)
        });
        SiteRepr::Static(self.cx.static_box(bytes, align))
    }

    fn terminator(&mut self, term: &mir::Terminator) {
        match term {
            mir::Terminator::Goto(t) => {
                let blk = self.blocks[t.index()];
                self.b.ins().jump(blk, &[]);
            }
            mir::Terminator::Branch { cond, then, els } => {
                let c = self.operand(cond).scalar();
                let (t, e) = (self.blocks[then.index()], self.blocks[els.index()]);
                self.b.ins().brif(c, t, &[], e, &[]);
            }
            mir::Terminator::Return => self.ret(),
            mir::Terminator::Unreachable => {
                self.b.ins().trap(ir::TrapCode::user(1).expect("trap code"));
            }
        }
    }

    fn ret(&mut self) {
        let f = self.f;
        let mut values = Vec::new();
        for r in &f.results {
            let ty = f.local(*r).ty;
            if self.shape(ty).ssa {
                let v = self.read_place(&mir::Place::local(*r), ty);
                values.extend_from_slice(v.leaves());
            }
        }
        if self.poison_stack {
            self.poison_stack_sites();
        }
        self.b.ins().return_(&values);
    }

    /// Fills every stack-placed object with a garbage pattern, so a pointer that wrongly outlives
    /// the frame reads garbage (the escape-analysis soundness check).
    fn poison_stack_sites(&mut self) {
        for i in 0..self.sites.len() {
            let (slot, size) = match &self.sites[i] {
                SiteRepr::Stack(slot, size) => (*slot, *size),
                SiteRepr::StackOrHeap(slot, _) => (*slot, DYNAMIC_MAKE_STACK_BYTES),
                SiteRepr::Buffer(Some(slot)) => (*slot, RUNTIME_BUFFER_BYTES),
                _ => continue,
            };
            let addr = self.b.ins().stack_addr(clif::I64, slot, 0);
            let byte = self.b.ins().iconst(clif::I32, 0xA5);
            let len = self.b.ins().iconst(clif::I64, size as i64);
            self.call_rt(
                "memset",
                &[clif::I64, clif::I32, clif::I64],
                &[clif::I64],
                &[addr, byte, len],
            );
        }
    }

    /// A reference to a module function from this function.
    fn func_ref(&mut self, id: ClifFuncId) -> ir::FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        // Every callee is marked colocated, runtime imports included: calls become PC-relative
        // and the executable links without text relocations.
        let decl = self.cx.module.declarations().get_function_decl(id);
        let signature = self.b.func.import_signature(decl.signature.clone());
        let name = self
            .b
            .func
            .declare_imported_user_function(ir::UserExternalName {
                namespace: 0,
                index: id.as_u32(),
            });
        let r = self.b.func.import_function(ir::ExtFuncData {
            name: ir::ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        self.func_refs.insert(id, r);
        r
    }

    /// The address of a data object.
    fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.data_refs.get(&id) {
            Some(gv) => *gv,
            None => {
                let gv = self.cx.module.declare_data_in_func(id, self.b.func);
                self.data_refs.insert(id, gv);
                gv
            }
        };
        self.b.ins().symbol_value(clif::I64, gv)
    }

    /// Calls a runtime (or libc) function and returns its results.
    fn call_rt(
        &mut self,
        symbol: &'static str,
        params: &[ir::Type],
        results: &[ir::Type],
        args: &[Value],
    ) -> Vec<Value> {
        let id = self.cx.rt_func(symbol, params, results);
        let fref = self.func_ref(id);
        let call = self.b.ins().call(fref, args);
        self.b.inst_results(call).to_vec()
    }

    /// Emits a call to a runtime function that does not return, in a fresh cold block reached
    /// when `cond` is true; execution continues in a new block otherwise.
    fn panic_if(&mut self, cond: Value, symbol: &'static str, args: &[Value]) {
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let params = vec![clif::I64; args.len()];
        self.call_rt(symbol, &params, &[], args);
        self.b.ins().trap(ir::TrapCode::user(2).expect("trap code"));
        self.b.switch_to_block(cont);
    }

    /// Zeroes `size` bytes at `addr`.
    fn zero_memory(&mut self, addr: Value, size: u32) {
        if size == 0 {
            return;
        }
        if size <= 128 {
            let mut off = 0;
            let z = self.b.ins().iconst(clif::I64, 0);
            while off + 8 <= size {
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), z, addr, off as i32);
                off += 8;
            }
            while off < size {
                let zb = self.b.ins().iconst(clif::I8, 0);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zb, addr, off as i32);
                off += 1;
            }
        } else {
            let zero = self.b.ins().iconst(clif::I32, 0);
            let len = self.b.ins().iconst(clif::I64, size as i64);
            self.call_rt(
                "memset",
                &[clif::I64, clif::I32, clif::I64],
                &[clif::I64],
                &[addr, zero, len],
            );
        }
    }

    /// A zero constant of a scalar machine type.
    fn zero_scalar(&mut self, ty: ir::Type) -> Value {
        if ty == clif::F32 {
            self.b.ins().f32const(0.0)
        } else if ty == clif::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(ty, 0)
        }
    }

    /// The zero value of a Go type.
    fn zero_value(&mut self, ty: TypeId) -> Val {
        let shape = self.shape(ty);
        if shape.ssa {
            Val::Leaves(
                shape
                    .leaves
                    .iter()
                    .map(|l| self.zero_scalar(l.ty))
                    .collect(),
            )
        } else {
            let area = self.cx.zero_area(shape.size);
            Val::Mem(self.data_addr(area))
        }
    }

    /// Copies `size` bytes (regions may overlap).
    fn copy_memory(&mut self, dst: Value, src: Value, size: u32) {
        if size == 0 {
            return;
        }
        let len = self.b.ins().iconst(clif::I64, size as i64);
        self.call_rt(
            "memmove",
            &[clif::I64, clif::I64, clif::I64],
            &[clif::I64],
            &[dst, src, len],
        );
    }

    /// True if `ty`'s underlying type is an interface with methods.
    fn is_nonempty_interface(&self, ty: TypeId) -> bool {
        matches!(self.types().under(ty), Type::Interface(m) if !m.is_empty())
    }
}
