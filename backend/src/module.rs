//! The object module under construction: declared functions, runtime imports and data objects.
//!
//! Function translation runs sequentially and asks this context for the symbols it references:
//! the program's own functions (declared up front), runtime functions (imported on first use),
//! string literals (deduplicated), globals, static closures, read-only boxes and type descriptors
//! (see [`crate::descriptors`]). Everything defined here is local to the object except the entry
//! points the runtime calls, so references are PC-relative.

use std::collections::HashMap;

use cranelift_codegen::ir::{self, types as clif, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use middle::ir::{Const, FuncId, Program};

use crate::shape::Shapes;

/// The ELF section holding every Go global (scanned by the collector between
/// `__start_gosub_globals` and `__stop_gosub_globals`).
pub const GLOBALS_SECTION: &str = "gosub_globals";

/// Shared state of one compilation.
pub struct ModuleCx<'p> {
    /// The object being written.
    pub module: ObjectModule,
    /// The program being compiled.
    pub program: &'p Program,
    /// Value shapes.
    pub shapes: Shapes,
    /// Cranelift ids of the program's functions, by IR id.
    pub funcs: Vec<ClifFuncId>,
    /// Their signatures.
    pub func_sigs: Vec<Signature>,
    /// Runtime imports by symbol.
    rt_funcs: HashMap<&'static str, ClifFuncId>,
    /// Deduplicated string literals.
    strings: HashMap<Vec<u8>, DataId>,
    /// Globals by IR id.
    pub globals: Vec<DataId>,
    /// Static closures (func values of top-level functions), by function.
    static_closures: HashMap<FuncId, DataId>,
    /// Trampolines `f·f(ctx, args...)` that call `f(args...)`, created for static closures.
    pub trampolines: Vec<(FuncId, ClifFuncId)>,
    /// Read-only boxes for constants, keyed by their bytes and alignment.
    static_boxes: HashMap<(Vec<u8>, u32), DataId>,
    /// Type descriptors and itabs.
    pub descriptors: crate::descriptors::Descriptors,
    /// A zero-filled read-only area for zero values of memory types.
    zero_area: Option<(DataId, u32)>,
    /// Largest zero value requested so far.
    pub zero_area_size: u32,
    /// Constructs the backend could not compile.
    pub errors: Vec<String>,
}

impl<'p> ModuleCx<'p> {
    /// Declares every function and global of `program` in a fresh module.
    pub fn new(module: ObjectModule, program: &'p Program) -> Result<ModuleCx<'p>, String> {
        let mut cx = ModuleCx {
            module,
            program,
            shapes: Shapes::default(),
            funcs: Vec::new(),
            func_sigs: Vec::new(),
            rt_funcs: HashMap::new(),
            strings: HashMap::new(),
            globals: Vec::new(),
            static_closures: HashMap::new(),
            trampolines: Vec::new(),
            static_boxes: HashMap::new(),
            descriptors: Default::default(),
            zero_area: None,
            zero_area_size: 0,
            errors: Vec::new(),
        };
        for f in &program.funcs {
            let sig = crate::translate::signature_of(&mut cx, f);
            let id = cx
                .module
                .declare_function(&f.symbol, Linkage::Local, &sig)
                .map_err(|e| e.to_string())?;
            cx.funcs.push(id);
            cx.func_sigs.push(sig);
        }
        // Globals live in a section of their own, which the collector scans as a root.
        for g in &program.globals {
            let id = cx
                .module
                .declare_data(&g.symbol, Linkage::Local, true, false)
                .map_err(|e| e.to_string())?;
            let layout = program.types.layout(g.ty);
            let mut desc = DataDescription::new();
            // Explicit zeros: cranelift-object cannot put zero-fill (bss-style) data in a custom section.
            desc.define(vec![0u8; layout.size.max(1) as usize].into_boxed_slice());
            desc.set_align(layout.align.max(8));
            desc.set_custom_section(GLOBALS_SECTION);
            cx.module
                .define_data(id, &desc)
                .map_err(|e| e.to_string())?;
            cx.globals.push(id);
        }
        Ok(cx)
    }

    /// Imports a runtime function (once) with the given parameter and result types.
    pub fn rt_func(
        &mut self,
        symbol: &'static str,
        params: &[ir::Type],
        results: &[ir::Type],
    ) -> ClifFuncId {
        if let Some(id) = self.rt_funcs.get(symbol) {
            return *id;
        }
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
        sig.returns
            .extend(results.iter().map(|t| AbiParam::new(*t)));
        // Imports cannot fail for a fresh, well-formed name; fall back to a panic-free dummy id.
        let id = self
            .module
            .declare_function(symbol, Linkage::Import, &sig)
            .unwrap_or_else(|e| panic!("declaring runtime function {symbol}: {e}"));
        self.rt_funcs.insert(symbol, id);
        id
    }

    /// The read-only data holding a string literal's bytes.
    pub fn string_data(&mut self, bytes: &[u8]) -> DataId {
        if let Some(id) = self.strings.get(bytes) {
            return *id;
        }
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .expect("anonymous data");
        let mut desc = DataDescription::new();
        let mut contents = bytes.to_vec();
        contents.push(0);
        desc.define(contents.into_boxed_slice());
        self.module.define_data(id, &desc).expect("string data");
        self.strings.insert(bytes.to_vec(), id);
        id
    }

    /// A read-only copy of `bytes` aligned to `align` (for interface boxes of constants).
    pub fn static_box(&mut self, bytes: Vec<u8>, align: u32) -> DataId {
        let key = (bytes, align);
        if let Some(id) = self.static_boxes.get(&key) {
            return *id;
        }
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .expect("anonymous data");
        let mut desc = DataDescription::new();
        let mut contents = key.0.clone();
        if contents.is_empty() {
            contents.push(0);
        }
        desc.define(contents.into_boxed_slice());
        desc.set_align(align.max(1) as u64);
        self.module.define_data(id, &desc).expect("static box");
        self.static_boxes.insert(key, id);
        id
    }

    /// A read-only string header `{ptr, len}` for `bytes` (an interface box of a string constant).
    pub fn static_string_box(&mut self, bytes: &[u8]) -> DataId {
        let key = (bytes.to_vec(), u32::MAX);
        if let Some(id) = self.static_boxes.get(&key) {
            return *id;
        }
        let data = self.string_data(bytes);
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .expect("anonymous data");
        let mut desc = DataDescription::new();
        let mut contents = vec![0u8; 16];
        contents[8..].copy_from_slice(&(bytes.len() as u64).to_le_bytes());
        desc.define(contents.into_boxed_slice());
        desc.set_align(8);
        let gv = self.module.declare_data_in_data(data, &mut desc);
        desc.write_data_addr(0, gv, 0);
        self.module.define_data(id, &desc).expect("string box");
        self.static_boxes.insert(key, id);
        id
    }

    /// A read-only closure object `{code}` for a closure function (which takes its context itself).
    pub fn static_code_pointer(&mut self, f: FuncId) -> DataId {
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .expect("anonymous data");
        let mut desc = DataDescription::new();
        desc.define(vec![0u8; 8].into_boxed_slice());
        desc.set_align(8);
        let fref = self
            .module
            .declare_func_in_data(self.funcs[f.index()], &mut desc);
        desc.write_function_addr(0, fref);
        self.module.define_data(id, &desc).expect("static closure");
        id
    }

    /// The static closure object `{code}` for a top-level function used as a func value.
    pub fn static_closure(&mut self, f: FuncId) -> DataId {
        if let Some(id) = self.static_closures.get(&f) {
            return *id;
        }
        let symbol = format!("{}·f", self.program.func(f).symbol);
        let mut sig = self.func_sigs[f.index()].clone();
        sig.params.insert(0, AbiParam::new(clif::I64));
        let tramp = self
            .module
            .declare_function(&format!("{symbol}·tramp"), Linkage::Local, &sig)
            .expect("trampoline declaration");
        self.trampolines.push((f, tramp));
        let id = self
            .module
            .declare_data(&symbol, Linkage::Local, false, false)
            .expect("closure declaration");
        let mut desc = DataDescription::new();
        // Explicit zero bytes, not `define_zeroinit`: zero-initialised data goes to `.bss`,
        // where the object writer drops the code address relocation.
        desc.define(Box::new([0u8; 8]));
        desc.set_align(8);
        let fref = self.module.declare_func_in_data(tramp, &mut desc);
        desc.write_function_addr(0, fref);
        self.module.define_data(id, &desc).expect("static closure");
        self.static_closures.insert(f, id);
        id
    }

    /// A zero-filled read-only area of at least `size` bytes (its final size is fixed when the
    /// module is finished).
    pub fn zero_area(&mut self, size: u32) -> DataId {
        self.zero_area_size = self.zero_area_size.max(size);
        if let Some((id, _)) = self.zero_area {
            return id;
        }
        let id = self
            .module
            .declare_data("go:zerovalue", Linkage::Local, false, false)
            .expect("zero area");
        self.zero_area = Some((id, 0));
        id
    }

    /// Defines the zero area with its final size (call once, after all functions are translated).
    pub fn finish_zero_area(&mut self) {
        if let Some((id, _)) = self.zero_area {
            let mut desc = DataDescription::new();
            desc.define_zeroinit(self.zero_area_size.max(8) as usize);
            desc.set_align(16);
            self.module.define_data(id, &desc).expect("zero area");
        }
    }

    /// The bytes of a constant as stored in memory (for read-only boxes), if it has a static form.
    pub fn const_bytes(&mut self, c: &Const) -> Option<(Vec<u8>, u32)> {
        let types = &self.program.types;
        match c {
            Const::Int(v, t) => {
                let size = types.layout(*t).size as usize;
                Some((v.to_le_bytes()[..size].to_vec(), size.max(1) as u32))
            }
            Const::Float(v, t) => {
                if types.layout(*t).size == 4 {
                    Some(((*v as f32).to_le_bytes().to_vec(), 4))
                } else {
                    Some((v.to_le_bytes().to_vec(), 8))
                }
            }
            Const::Bool(b, _) => Some((vec![*b as u8], 1)),
            Const::Zero(t) => {
                let l = types.layout(*t);
                Some((vec![0; l.size as usize], l.align as u32))
            }
            Const::Str(..)
            | Const::FuncValue(..)
            | Const::FuncAddr(_)
            | Const::TypeDesc(_)
            | Const::Itab(..) => None,
        }
    }
}
