//! Unit tests: small IR programs built by hand with [`FunctionBuilder`], checked for the
//! placement of their sites and for the exact diagnostics.
//!
//! Positions are plain offsets into one long line, so a diagnostic at `Pos(n)` renders as
//! `n: message` here and `./t.go:1:{n+1}` in `-m=2` explanations.

mod basic;
mod builtins;
mod calls;
mod closures;
mod report;

use std::collections::HashMap;

use crate::ir::{
    AllocId, AllocKind, Callee, FuncId, FuncKind, FunctionBuilder, Global, GlobalId, Inst, LocalId,
    Operand, Place, Placement, Program, Rvalue,
};
use crate::source::{Pos, SourceMap};
use crate::types::{Type, TypeId, TypeTable};
use crate::PassOptions;

/// A program under construction and the helpers tests share.
pub struct TestProgram {
    /// The program.
    pub program: Program,
}

impl TestProgram {
    /// An empty program.
    pub fn new() -> TestProgram {
        TestProgram {
            program: Program {
                package: "main".into(),
                types: TypeTable::new(),
                funcs: Vec::new(),
                globals: Vec::new(),
                init: None,
                main: None,
                method_sets: HashMap::new(),
            },
        }
    }

    /// `*elem`.
    pub fn ptr(&mut self, elem: TypeId) -> TypeId {
        self.program.types.pointer(elem)
    }

    /// `[]elem`.
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.program.types.slice(elem)
    }

    /// `[n]elem`.
    pub fn array(&mut self, elem: TypeId, n: u64) -> TypeId {
        self.program.types.array(elem, n)
    }

    /// A struct of the given field types.
    pub fn structure(&mut self, fields: &[TypeId]) -> TypeId {
        let fields = fields
            .iter()
            .enumerate()
            .map(|(i, t)| crate::types::Field {
                name: format!("f{i}"),
                ty: *t,
                embedded: false,
            })
            .collect();
        self.program.types.intern(Type::Struct(fields))
    }

    /// A func type.
    pub fn func_type(&mut self, params: &[TypeId], results: &[TypeId]) -> TypeId {
        self.program
            .types
            .intern(Type::Func(crate::types::Signature {
                params: params.to_vec(),
                results: results.to_vec(),
                variadic: false,
            }))
    }

    /// A package-level variable.
    pub fn global(&mut self, name: &str, ty: TypeId) -> GlobalId {
        self.program.globals.push(Global {
            name: name.into(),
            symbol: format!("main.{name}"),
            ty,
            pos: Pos(0),
        });
        GlobalId(self.program.globals.len() as u32 - 1)
    }

    /// The id the next added function gets.
    pub fn next_id(&self) -> FuncId {
        FuncId(self.program.funcs.len() as u32)
    }

    /// Adds a finished function.
    pub fn add(&mut self, b: FunctionBuilder) -> FuncId {
        self.program.funcs.push(b.finish());
        FuncId(self.program.funcs.len() as u32 - 1)
    }

    /// Replaces a function reserved earlier with `next_id` (for recursion).
    pub fn set(&mut self, id: FuncId, b: FunctionBuilder) {
        let f = b.finish();
        while self.program.funcs.len() <= id.index() {
            self.program.funcs.push(f.clone());
        }
        self.program.funcs[id.index()] = f;
    }

    /// Runs the analysis at `level`; returns the diagnostics as `pos: message`, by position.
    pub fn run(&mut self, level: u8) -> Vec<String> {
        let mut map = SourceMap::new();
        map.add_file("./t.go".into(), " ".repeat(4000));
        let options = PassOptions {
            inline: false,
            diagnostics: level,
        };
        let mut diags = super::analyze(&mut self.program, &options, &map);
        diags.sort_by_key(|d| d.pos);
        diags
            .iter()
            .map(|d| format!("{}: {}", d.pos.0, d.message))
            .collect()
    }

    /// The placement decided for a site.
    pub fn placement(&self, f: FuncId, a: AllocId) -> Placement {
        self.program.funcs[f.index()].allocs[a.index()].placement
    }
}

/// A builder for a declared function named `name` at `pos`.
pub fn declared(name: &str, pos: u32) -> FunctionBuilder {
    FunctionBuilder::new(
        name.into(),
        format!("main.{name}"),
        Pos(pos),
        FuncKind::Declared,
    )
}

/// A builder for a function literal of `parent`.
pub fn literal(name: &str, pos: u32, parent: FuncId) -> FunctionBuilder {
    FunctionBuilder::new(
        name.into(),
        format!("main.{name}"),
        Pos(pos),
        FuncKind::Closure { parent },
    )
}

/// Declares a `Var` site named `name` and executes its `Alloc`.
pub fn var(b: &mut FunctionBuilder, name: &str, ty: TypeId, pos: u32) -> AllocId {
    let a = b.new_alloc(ty, AllocKind::Var, Pos(pos), name.into());
    b.push(Inst::Alloc {
        site: a,
        count: None,
        pos: Pos(pos),
    });
    a
}

/// Declares an `Object` site with `text` and executes its `Alloc`.
pub fn object(b: &mut FunctionBuilder, text: &str, ty: TypeId, pos: u32) -> AllocId {
    let a = b.new_alloc(ty, AllocKind::Object, Pos(pos), text.into());
    b.push(Inst::Alloc {
        site: a,
        count: None,
        pos: Pos(pos),
    });
    a
}

/// `dst = &site` into a new temporary of type `ty`; returns the temporary.
pub fn addr_temp(b: &mut FunctionBuilder, site: AllocId, ty: TypeId, pos: u32) -> LocalId {
    let t = b.temp(ty);
    b.assign(
        Place::local(t),
        Rvalue::AddrOf(Place::alloc(site)),
        Pos(pos),
    );
    t
}

/// `dst = src` for whole locals.
pub fn copy(b: &mut FunctionBuilder, dst: LocalId, src: LocalId, pos: u32) {
    b.assign(
        Place::local(dst),
        Rvalue::Use(Operand::local(src)),
        Pos(pos),
    );
}

/// A call statement.
pub fn call(
    b: &mut FunctionBuilder,
    dsts: Vec<Place>,
    callee: Callee,
    args: Vec<Operand>,
    pos: u32,
) {
    b.push(Inst::Call {
        dsts,
        callee,
        args,
        pos: Pos(pos),
    });
}
