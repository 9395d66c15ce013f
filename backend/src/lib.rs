//! The gosub backend: IR to machine code, an object file, and a linked executable.
//!
//! 1. Every IR function is declared in a Cranelift [`ObjectModule`]; then each is translated to
//!    Cranelift IR in turn ([`translate`]), which also emits the data it needs (string literals,
//!    type descriptors, itabs, static closures, globals).
//! 2. The Cranelift functions are compiled to machine code in parallel, one worker per core, and
//!    the bytes are defined in the module in order, so the object is deterministic.
//! 3. The entry point `__gosub_main` (package initialisation, then `main.main`) and the
//!    trampolines that let top-level functions serve as func values are added, and the object is
//!    written. [`link`] then runs the system C compiler driver to link it with the runtime.
//!
//! The compiled bytes, relocations, source positions and allocation sites of every function are
//! kept ([`CompiledFunction`]) so `-S` can print a listing.

pub mod link;
pub mod listing;
pub mod target;

mod descriptors;
mod module;
mod shape;
mod translate;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{self, types as clif, InstBuilder, UserFuncName};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{default_libcall_names, Linkage, Module, ModuleReloc, ModuleRelocTarget};
use cranelift_object::{ObjectBuilder, ObjectModule};
use middle::ir::{Placement, Program};

pub use target::Target;

/// What to produce.
#[derive(Clone, Debug)]
pub struct Options {
    /// The target architecture.
    pub target: Target,
    /// Run Cranelift's verifier on every function (slower; for tests and debugging).
    pub verify: bool,
    /// Fill stack-allocated objects with garbage when their function returns (the
    /// escape-analysis soundness check).
    pub poison_stack: bool,
}

/// An allocation site as placed in the compiled code, for listings.
#[derive(Clone, Debug)]
pub struct PlacedSite {
    /// The site's position.
    pub pos: middle::source::Pos,
    /// The expression text gc prints.
    pub text: String,
    /// Stack or heap.
    pub placement: Placement,
    /// For stack sites: the frame offset (from the stack pointer after the prologue).
    pub frame_offset: Option<u32>,
}

/// One function's machine code and what a listing needs to explain it.
#[derive(Clone, Debug)]
pub struct CompiledFunction {
    /// The linker symbol.
    pub symbol: String,
    /// True for functions of the user's package (listed by `-S`).
    pub user: bool,
    /// The machine code.
    pub bytes: Vec<u8>,
    /// Relocations: offset in `bytes` and the symbol referred to.
    pub relocs: Vec<(u32, String)>,
    /// Source positions: `[start, end)` code ranges and the `Pos` they came from.
    pub srclocs: Vec<(u32, u32, middle::source::Pos)>,
    /// The allocation sites.
    pub sites: Vec<PlacedSite>,
    /// The frame size in bytes (excluding the saved frame pointer and return address).
    pub frame_size: u32,
}

/// The result of compiling a program.
pub struct Output {
    /// The relocatable object file.
    pub object: Vec<u8>,
    /// Every compiled function, in program order.
    pub functions: Vec<CompiledFunction>,
}

struct Pending {
    ctx: Context,
    id: cranelift_module::FuncId,
    symbol: String,
    user: bool,
    sites: Vec<(
        middle::source::Pos,
        String,
        Placement,
        Option<ir::StackSlot>,
    )>,
}

/// Compiles a verified IR program to an object file.
pub fn compile_program(program: &Program, options: &Options) -> Result<Output, String> {
    let isa = options.target.isa(options.verify)?;
    let builder = ObjectBuilder::new(isa.clone(), "gosub", default_libcall_names())
        .map_err(|e| e.to_string())?;
    let module = ObjectModule::new(builder);
    let mut cx = module::ModuleCx::new(module, program)?;
    let mut fb_ctx = FunctionBuilderContext::new();
    let mut pending = Vec::new();

    for (i, f) in program.funcs.iter().enumerate() {
        let mut func = ir::Function::with_name_signature(
            UserFuncName::user(0, i as u32),
            cx.func_sigs[i].clone(),
        );
        let builder = FunctionBuilder::new(&mut func, &mut fb_ctx);
        let t = translate::Translator::new(&mut cx, f, builder, options.poison_stack);
        let slots = t.translate();
        let sites = f
            .allocs
            .iter()
            .zip(slots)
            .map(|(s, slot)| (s.pos, s.text.clone(), s.placement, slot))
            .collect();
        let user = f.kind != middle::ir::FuncKind::Synthetic;
        pending.push(Pending {
            ctx: Context::for_function(func),
            id: cx.funcs[i],
            symbol: f.symbol.clone(),
            user,
            sites,
        });
    }
    if !cx.errors.is_empty() {
        return Err(cx.errors.join("\n"));
    }
    pending.extend(extra_functions(&mut cx, program, &mut fb_ctx)?);
    cx.finish_zero_area();

    let compiled = compile_parallel(&isa, pending)?;
    let mut module = cx.module;
    let mut functions = Vec::new();
    for c in compiled {
        module
            .define_function_bytes(c.id, c.alignment, &c.function.bytes, &c.module_relocs)
            .map_err(|e| e.to_string())?;
        let mut f = c.function;
        f.relocs = c
            .module_relocs
            .iter()
            .map(|r| {
                let name = match &r.name {
                    ModuleRelocTarget::User {
                        namespace: 0,
                        index,
                    } => module
                        .declarations()
                        .get_function_decl(cranelift_module::FuncId::from_u32(*index))
                        .name
                        .clone()
                        .unwrap_or_default(),
                    ModuleRelocTarget::User { index, .. } => module
                        .declarations()
                        .get_data_decl(cranelift_module::DataId::from_u32(*index))
                        .name
                        .clone()
                        .unwrap_or_else(|| "go:data".to_string()),
                    other => format!("{other}"),
                };
                (r.offset, name)
            })
            .collect();
        functions.push(f);
    }
    let object = module.finish().emit().map_err(|e| e.to_string())?;
    Ok(Output { object, functions })
}

struct Compiled {
    id: cranelift_module::FuncId,
    alignment: u64,
    module_relocs: Vec<ModuleReloc>,
    function: CompiledFunction,
}

/// Compiles the pending functions on all cores, keeping their order.
fn compile_parallel(
    isa: &cranelift_codegen::isa::OwnedTargetIsa,
    pending: Vec<Pending>,
) -> Result<Vec<Compiled>, String> {
    let n = pending.len();
    let work: Vec<Mutex<Option<Pending>>> =
        pending.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let results: Vec<Mutex<Option<Result<Compiled, String>>>> =
        (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(n.max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let Some(p) = work[i].lock().ok().and_then(|mut w| w.take()) else {
                    continue;
                };
                let r = compile_one(isa.as_ref(), p);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| {
            m.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err("compilation worker failed".into()))
        })
        .collect()
}

fn compile_one(
    isa: &dyn cranelift_codegen::isa::TargetIsa,
    mut p: Pending,
) -> Result<Compiled, String> {
    p.ctx
        .compile(isa, &mut ControlPlane::default())
        .map_err(|e| format!("internal compiler error in {}: {:?}", p.symbol, e.inner))?;
    let code = p
        .ctx
        .compiled_code()
        .ok_or_else(|| format!("internal compiler error in {}: no code", p.symbol))?;
    let alignment = code.buffer.alignment as u64;
    let bytes = code.buffer.data().to_vec();
    let srclocs = code
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter(|s| !s.loc.is_default())
        .map(|s| (s.start, s.end, middle::source::Pos(s.loc.bits())))
        .collect();
    let layout = code.buffer.frame_layout();
    let frame_size = layout.map_or(0, |l| l.frame_to_fp_offset);
    let sites = p
        .sites
        .iter()
        .map(|(pos, text, placement, slot)| PlacedSite {
            pos: *pos,
            text: text.clone(),
            placement: *placement,
            frame_offset: slot.and_then(|s| layout.map(|l| l.stackslots[s].offset)),
        })
        .collect();
    let module_relocs = code
        .buffer
        .relocs()
        .iter()
        .map(|r| ModuleReloc::from_mach_reloc(r, &p.ctx.func, p.id))
        .collect();
    Ok(Compiled {
        id: p.id,
        alignment,
        module_relocs,
        function: CompiledFunction {
            symbol: p.symbol,
            user: p.user,
            bytes,
            relocs: Vec::new(),
            srclocs,
            sites,
            frame_size,
        },
    })
}

/// `__gosub_main` and the func-value trampolines.
fn extra_functions(
    cx: &mut module::ModuleCx,
    program: &Program,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<Vec<Pending>, String> {
    let mut out = Vec::new();
    let sig = ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
    let id = cx
        .module
        .declare_function("__gosub_main", Linkage::Export, &sig)
        .map_err(|e| e.to_string())?;
    let mut func = ir::Function::with_name_signature(UserFuncName::user(1, 0), sig);
    {
        let mut b = FunctionBuilder::new(&mut func, fb_ctx);
        let entry = b.create_block();
        b.switch_to_block(entry);
        for f in [program.init, program.main].into_iter().flatten() {
            let fref = cx.module.declare_func_in_func(cx.funcs[f.index()], b.func);
            b.ins().call(fref, &[]);
        }
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(cx.module.isa().frontend_config());
    }
    out.push(Pending {
        ctx: Context::for_function(func),
        id,
        symbol: "__gosub_main".into(),
        user: false,
        sites: Vec::new(),
    });

    let trampolines = std::mem::take(&mut cx.trampolines);
    for (k, (target, tramp)) in trampolines.into_iter().enumerate() {
        let mut sig = cx.func_sigs[target.index()].clone();
        sig.params.insert(0, ir::AbiParam::new(clif::I64));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(2, k as u32), sig);
        {
            let mut b = FunctionBuilder::new(&mut func, fb_ctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let args = b.block_params(entry)[1..].to_vec();
            let fref = cx
                .module
                .declare_func_in_func(cx.funcs[target.index()], b.func);
            let call = b.ins().call(fref, &args);
            let rets = b.inst_results(call).to_vec();
            b.ins().return_(&rets);
            b.seal_all_blocks();
            b.finalize(cx.module.isa().frontend_config());
        }
        let symbol = format!("{}·tramp", program.func(target).symbol);
        out.push(Pending {
            ctx: Context::for_function(func),
            id: tramp,
            symbol,
            user: false,
            sites: Vec::new(),
        });
    }
    Ok(out)
}
