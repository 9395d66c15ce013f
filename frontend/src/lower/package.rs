//! Package-level lowering: function ids and names, globals, the initialisation function, and
//! assembling the final [`Program`].

use std::collections::{HashMap, HashSet};

use middle::ir::{FuncId, Function, FunctionBuilder, Global, GlobalId, Inst, MethodEntry, Program};
use middle::source::{Diagnostic, Pos, SourceMap, NO_POS};
use middle::types::{TypeId, TypeTable};

use super::func::FnLowerer;
use crate::ast::{Ast, Decl, ExprId, FuncDecl};
use crate::check::{FuncRef, ObjId, ObjKind, TypeInfo};

/// State shared by the lowering of every function of a package.
pub struct PackageLowerer<'a> {
    /// The syntax tree.
    pub ast: &'a Ast,
    /// The checker's facts.
    pub info: &'a TypeInfo,
    /// The source files (for the `file:line` call sites `testing`'s reporting methods print).
    pub map: &'a SourceMap,
    /// The type table (the checker's, extended with types the lowering needs).
    pub types: TypeTable,
    /// The package name.
    pub package: String,
    /// Functions by id; `None` while being lowered.
    pub funcs: Vec<Option<Function>>,
    /// The IR function of each declared function.
    pub decl_funcs: HashMap<FuncRef, FuncId>,
    /// The IR function of each method: (named type, method index).
    pub method_funcs: HashMap<(TypeId, u32), FuncId>,
    /// Globals by object.
    pub globals: HashMap<ObjId, GlobalId>,
    /// The globals.
    pub global_list: Vec<Global>,
    /// Variables closures capture by reference (gc's rule; see `captures`).
    pub by_ref: HashSet<ObjId>,
    /// Method sets recorded so far.
    pub method_sets: HashMap<TypeId, Vec<MethodEntry>>,
    /// Interface-call entry points already made: (receiver type, method name).
    pub wrappers: HashMap<(TypeId, String), FuncId>,
    /// Locals that are never reassigned and were initialised with a constant: gc substitutes the
    /// constant for every use (so `n := 8; make([]int, n)` is a constant-size `make([]int, 8)`).
    pub const_vars: HashMap<ObjId, middle::ir::Const>,
    /// Lengths of never-reassigned locals initialised with slice literals (gc folds `len(x)`).
    pub slice_lit_lens: HashMap<ObjId, i64>,
    /// The expressions gc holds in its `.autotmp_N` temporaries, with the first one's number.
    pub temps: HashMap<ExprId, u32>,
    /// Globals standing for standard-library variables (`os.Args`), created on first use.
    pub std_globals: HashMap<crate::check::StdVar, GlobalId>,
    /// Whether the package calls `recover` (then compiler-made wrappers announce themselves to
    /// the runtime, which lets a `recover` look through them).
    pub uses_recover: bool,
    /// Errors found (unsupported constructs).
    pub diags: Vec<Diagnostic>,
}

impl<'a> PackageLowerer<'a> {
    /// Starts a compiler-made wrapper's body: announces it to the runtime when the package
    /// uses `recover` (see `Extern::DeferWrapper`).
    pub fn enter_wrapper(&self, b: &mut FunctionBuilder) {
        if self.uses_recover {
            b.push(Inst::Call {
                dsts: vec![],
                callee: middle::ir::Callee::Extern(middle::ir::Extern::DeferWrapper),
                args: vec![],
                pos: NO_POS,
            });
        }
    }

    /// Reserves an id for a function that is about to be lowered.
    pub fn reserve(&mut self) -> FuncId {
        self.funcs.push(None);
        FuncId(self.funcs.len() as u32 - 1)
    }

    /// Stores a finished function.
    pub fn define(&mut self, id: FuncId, f: Function) {
        self.funcs[id.index()] = Some(f);
    }

    /// Reports a construct gosub cannot compile yet.
    pub fn unsupported(&mut self, pos: Pos, what: &str) {
        if !self.diags.iter().any(|d| d.pos == pos) {
            self.diags.push(Diagnostic::error(
                pos,
                format!("{what} not supported by gosub yet"),
            ));
        }
    }

    /// The global standing for a standard-library variable.
    pub fn std_global(&mut self, var: crate::check::StdVar) -> GlobalId {
        if let Some(g) = self.std_globals.get(&var) {
            return *g;
        }
        let (name, ty) = match var {
            crate::check::StdVar::OsArgs => ("os.Args", self.types.slice(TypeId::STRING)),
        };
        let id = GlobalId(self.global_list.len() as u32);
        self.global_list.push(Global {
            name: name.into(),
            symbol: name.into(),
            ty,
            pos: middle::source::NO_POS,
        });
        self.std_globals.insert(var, id);
        id
    }

    /// The function declaration a `FuncRef::Decl` names.
    pub fn func_decl(&self, r: FuncRef) -> Option<&'a FuncDecl> {
        let FuncRef::Decl { file, decl } = r else {
            return None;
        };
        match self
            .ast
            .files
            .get(file as usize)?
            .decls
            .get(decl as usize)?
        {
            Decl::Func(f) => Some(f),
            _ => None,
        }
    }
}

/// Lowers a checked package to IR.
pub fn lower_package(ast: &Ast, info: &TypeInfo, map: &SourceMap) -> (Program, Vec<Diagnostic>) {
    let package = ast
        .files
        .first()
        .map_or_else(|| "main".to_string(), |f| f.package.name.clone());
    let mut p = PackageLowerer {
        ast,
        info,
        map,
        types: info.types.clone(),
        package: package.clone(),
        funcs: Vec::new(),
        decl_funcs: HashMap::new(),
        method_funcs: HashMap::new(),
        globals: HashMap::new(),
        global_list: Vec::new(),
        by_ref: HashSet::new(),
        method_sets: HashMap::new(),
        wrappers: HashMap::new(),
        std_globals: HashMap::new(),
        const_vars: HashMap::new(),
        slice_lit_lens: HashMap::new(),
        temps: super::text::number_temporaries(ast, info),
        uses_recover: info
            .calls
            .values()
            .any(|c| *c == crate::check::CallKind::Builtin(crate::check::Builtin::Recover)),
        diags: Vec::new(),
    };
    declare_globals(&mut p);
    for (fref, _) in &info.funcs {
        let Some(decl) = p.func_decl(*fref) else {
            continue;
        };
        let Some(body) = &decl.body else { continue };
        let params: Vec<ObjId> = decl
            .recv
            .iter()
            .chain(&decl.sig.params)
            .chain(&decl.sig.results)
            .flat_map(|g| {
                g.names
                    .iter()
                    .filter_map(|n| info.defs.get(&n.pos).copied())
            })
            .collect();
        let by_ref = super::captures::by_reference_captures(
            ast,
            info,
            &p.types,
            &params,
            &decl.sig.results,
            body,
        );
        p.by_ref.extend(by_ref);
    }
    let mut main = None;
    let mut init_index = 0;
    let mut inits = Vec::new();
    for (fref, obj) in &info.funcs {
        let id = p.reserve();
        p.decl_funcs.insert(*fref, id);
        let o = &info.objects[obj.0 as usize];
        if let Some(decl) = p.func_decl(*fref) {
            if let Some(recv) = &decl.recv {
                if let Some((named, index)) = method_of(&p, recv.ty, &decl.name.name) {
                    p.method_funcs.insert((named, index), id);
                }
            } else if o.name == "main" && package == "main" {
                main = Some(id);
            } else if o.name == "init" {
                inits.push((id, init_index));
                init_index += 1;
            }
        }
    }
    // `init` functions are not in `info.funcs` objects by name lookup; pick them up from `inits`.
    for fref in &info.inits {
        if !p.decl_funcs.contains_key(fref) {
            let id = p.reserve();
            p.decl_funcs.insert(*fref, id);
            inits.push((id, init_index));
            init_index += 1;
        }
    }
    let decls: Vec<(FuncRef, FuncId)> = p.decl_funcs.iter().map(|(r, id)| (*r, *id)).collect();
    let mut decls = decls;
    decls.sort_by_key(|(_, id)| *id);
    for (fref, id) in decls {
        let Some(decl) = p.func_decl(fref) else {
            continue;
        };
        let (name, symbol) = function_names(
            &p,
            decl,
            inits.iter().find(|(i, _)| *i == id).map(|(_, n)| *n),
        );
        let f = FnLowerer::lower_decl(&mut p, id, decl, name, symbol);
        p.define(id, f);
    }
    let init = lower_init(&mut p, &inits.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    super::inline_cost::annotate(&mut p, map);
    let funcs = p
        .funcs
        .into_iter()
        .map(|f| f.expect("every reserved function is defined"))
        .collect();
    let program = Program {
        package,
        types: p.types,
        funcs,
        globals: p.global_list,
        init,
        main,
        method_sets: p.method_sets,
    };
    (program, p.diags)
}

/// The named type and method index of a method declaration with receiver type expression `recv`.
fn method_of(p: &PackageLowerer, recv: crate::ast::ExprId, name: &str) -> Option<(TypeId, u32)> {
    let mut t = *p.info.type_exprs.get(&recv)?;
    if let middle::types::Type::Pointer(e) = p.types.get(t) {
        t = *e;
    }
    let named = p.types.named(t)?;
    let index = named.methods.iter().position(|m| m.name == name)?;
    Some((t, index as u32))
}

/// gc's diagnostic name and linker symbol of a declared function.
fn function_names(
    p: &PackageLowerer,
    decl: &FuncDecl,
    init_index: Option<u32>,
) -> (String, String) {
    let pkg = &p.package;
    if let Some(n) = init_index {
        return (format!("init.{n}"), format!("{pkg}.init.{n}"));
    }
    let Some(recv) = &decl.recv else {
        return (decl.name.name.clone(), format!("{pkg}.{}", decl.name.name));
    };
    let t = p
        .info
        .type_exprs
        .get(&recv.ty)
        .copied()
        .unwrap_or(TypeId::INVALID);
    let (pointer, base) = match p.types.get(t) {
        middle::types::Type::Pointer(e) => (true, *e),
        _ => (false, t),
    };
    let tname = p
        .types
        .named(base)
        .map_or_else(|| "?".to_string(), |n| n.name.clone());
    let name = if pointer {
        format!("(*{tname}).{}", decl.name.name)
    } else {
        format!("{tname}.{}", decl.name.name)
    };
    (name.clone(), format!("{pkg}.{name}"))
}

fn declare_globals(p: &mut PackageLowerer) {
    for (i, o) in p.info.objects.iter().enumerate() {
        if let ObjKind::Var(v) = &o.kind {
            if v.kind == crate::check::VarKind::Global && o.name != "_" {
                let id = GlobalId(p.global_list.len() as u32);
                p.global_list.push(Global {
                    name: o.name.clone(),
                    symbol: format!("{}.{}", p.package, o.name),
                    ty: o.ty,
                    pos: o.pos,
                });
                p.globals.insert(ObjId(i as u32), id);
            }
        }
    }
}

/// The package initialiser: variable initialisers in dependency order, then `init` functions.
fn lower_init(p: &mut PackageLowerer, inits: &[FuncId]) -> Option<FuncId> {
    if p.info.init_order.is_empty() && inits.is_empty() && p.std_globals.is_empty() {
        return None;
    }
    let id = p.reserve();
    let symbol = format!("{}.init", p.package);
    let f = FnLowerer::lower_init(p, id, "init".into(), symbol, inits);
    p.define(id, f);
    Some(id)
}
