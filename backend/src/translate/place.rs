//! Places and operands: where a value lives, and reading or writing it.
//!
//! A place resolves either to a run of leaf variables (a flattened local, possibly narrowed by
//! constant field and index projections) or to an address. Reading an address loads the leaves of
//! an SSA-able type, or yields the address itself for a memory type; writing stores leaves or
//! copies memory.

use std::collections::HashSet;

use cranelift_codegen::ir::{types as clif, InstBuilder, Value};
use cranelift_frontend::Variable;
use middle::ir::{self as mir, CaptureMode, Const, Operand, Place, PlaceBase, Proj};
use middle::types::{Type, TypeId};

use super::{mem, LocalRepr, SiteRepr, Translator, Val};
use crate::descriptors;
use crate::shape::field_leaf_range;

/// Locals that need a frame slot although their type is SSA-able: those some place indexes with a
/// non-constant index, and map iterators (the runtime writes them through their address).
pub fn memory_locals(f: &mir::Function) -> HashSet<mir::LocalId> {
    let mut out = HashSet::new();
    for block in &f.blocks {
        for inst in &block.insts {
            if let mir::Inst::MapIterInit { iter, .. } | mir::Inst::MapIterNext { iter, .. } = inst
            {
                if let PlaceBase::Local(l) = iter.base {
                    out.insert(l);
                }
            }
            inst.for_each_place(&mut |p: &Place| {
                if let PlaceBase::Local(l) = p.base {
                    if p.proj
                        .iter()
                        .any(|pr| matches!(pr, Proj::Index(Operand::Copy(_))))
                    {
                        out.insert(l);
                    }
                }
            });
        }
    }
    out
}

/// A resolved place.
enum Loc {
    /// Leaf variables.
    Vars(Vec<Variable>),
    /// An address.
    Mem(Value),
}

impl Translator<'_, '_> {
    /// The Go type of a place.
    pub(super) fn place_type(&self, pl: &Place) -> TypeId {
        mir::place_type(self.types(), self.f, &self.cx.program.globals, pl)
    }

    /// The Go type of an operand.
    pub(super) fn operand_type(&self, o: &Operand) -> TypeId {
        mir::operand_type(self.types(), self.f, &self.cx.program.globals, o)
    }

    /// Byte offsets of the captures in this closure's context object (code pointer first).
    fn capture_offset(&self, index: u32) -> u32 {
        let types = self.types();
        let mut offset = 8u32;
        for (i, c) in self.f.captures.iter().enumerate() {
            let l = match c.mode {
                CaptureMode::ByRef => middle::types::Layout { size: 8, align: 8 },
                CaptureMode::ByValue => types.layout(c.ty),
            };
            offset = offset.next_multiple_of(l.align as u32);
            if i as u32 == index {
                return offset;
            }
            offset += l.size as u32;
        }
        offset
    }

    /// The address of a memory-rooted place (or of a slot-backed local).
    pub(super) fn place_addr(&mut self, pl: &Place) -> Value {
        match self.resolve(pl) {
            Loc::Mem(a) => a,
            Loc::Vars(_) => {
                // The IR verifier forbids taking the address of a variable-backed local.
                self.b.ins().iconst(clif::I64, 0)
            }
        }
    }

    /// The address of an allocation site's newest object.
    pub(super) fn site_addr(&mut self, a: mir::AllocId) -> Value {
        match self.sites[a.index()].clone() {
            SiteRepr::Stack(slot, _) => self.b.ins().stack_addr(clif::I64, slot, 0),
            SiteRepr::StackOrHeap(_, v) | SiteRepr::Heap(v) => self.b.use_var(v),
            SiteRepr::Static(d) => self.data_addr(d),
            SiteRepr::Buffer(_) => self.b.ins().iconst(clif::I64, 0),
        }
    }

    fn resolve(&mut self, pl: &Place) -> Loc {
        let f = self.f;
        let mut ty;
        let mut loc = match &pl.base {
            PlaceBase::Local(l) => {
                ty = f.local(*l).ty;
                match self.locals[l.index()].clone() {
                    LocalRepr::Vars(v) => Loc::Vars(v),
                    LocalRepr::Slot(s) => Loc::Mem(self.b.ins().stack_addr(clif::I64, s, 0)),
                    LocalRepr::Ptr(p) => Loc::Mem(p),
                }
            }
            PlaceBase::Alloc(a) => {
                ty = f.alloc(*a).ty;
                Loc::Mem(self.site_addr(*a))
            }
            PlaceBase::Global(g) => {
                ty = self.cx.program.globals[g.index()].ty;
                let d = self.cx.globals[g.index()];
                Loc::Mem(self.data_addr(d))
            }
            PlaceBase::Deref(l) => {
                ty = self.place_type(&Place::deref(*l));
                let p = self.read_place(&Place::local(*l), f.local(*l).ty).scalar();
                Loc::Mem(p)
            }
            PlaceBase::Capture(i) => {
                let c = &f.captures[*i as usize];
                ty = c.ty;
                let off = self.capture_offset(*i) as i32;
                let ctx = self
                    .ctx
                    .unwrap_or_else(|| self.b.ins().iconst(clif::I64, 0));
                match c.mode {
                    CaptureMode::ByValue => Loc::Mem(self.b.ins().iadd_imm_s(ctx, off as i64)),
                    CaptureMode::ByRef => Loc::Mem(self.b.ins().load(clif::I64, mem(), ctx, off)),
                }
            }
        };
        for p in &pl.proj {
            let types = self.types();
            let under = types.under(ty).clone();
            match (under, p, loc) {
                (Type::Struct(fields), Proj::Field(i), Loc::Vars(vars)) => {
                    let range = field_leaf_range(&mut self.cx.shapes, types, ty, *i);
                    loc = Loc::Vars(vars[range].to_vec());
                    ty = fields[*i as usize].ty;
                }
                (Type::Struct(fields), Proj::Field(i), Loc::Mem(addr)) => {
                    let off = types.field_offsets(ty)[*i as usize];
                    loc = Loc::Mem(if off == 0 {
                        addr
                    } else {
                        self.b.ins().iadd_imm_s(addr, off as i64)
                    });
                    ty = fields[*i as usize].ty;
                }
                (Type::Array(elem, _), Proj::Index(idx), Loc::Vars(vars)) => {
                    let n = self.shape(elem).leaves.len();
                    let k = match idx {
                        Operand::Const(Const::Int(k, _)) => *k as usize,
                        _ => 0,
                    };
                    loc = Loc::Vars(
                        vars.get(k * n..(k + 1) * n)
                            .map(|v| v.to_vec())
                            .unwrap_or_default(),
                    );
                    ty = elem;
                }
                (Type::Array(elem, _), Proj::Index(idx), Loc::Mem(addr)) => {
                    let size = self.shape(elem).size as i64;
                    loc = Loc::Mem(match idx {
                        Operand::Const(Const::Int(k, _)) => self.b.ins().iadd_imm_s(addr, k * size),
                        _ => {
                            let i = self.index_value(idx);
                            let scaled = self.b.ins().imul_imm_s(i, size);
                            self.b.ins().iadd(addr, scaled)
                        }
                    });
                    ty = elem;
                }
                (_, _, l) => {
                    loc = l;
                    ty = TypeId::INVALID;
                }
            }
        }
        loc
    }

    /// An integer operand widened to 64 bits according to its signedness.
    pub(super) fn index_value(&mut self, o: &Operand) -> Value {
        let ty = self.operand_type(o);
        let v = self.operand(o).scalar();
        self.widen_int(v, ty)
    }

    /// Widens an integer value of Go type `ty` to i64.
    pub(super) fn widen_int(&mut self, v: Value, ty: TypeId) -> Value {
        let vt = self.b.func.dfg.value_type(v);
        if vt == clif::I64 {
            return v;
        }
        let signed = self.types().basic(ty).is_some_and(|k| {
            k.is_integer() && !k.is_unsigned() && k != middle::types::BasicKind::Bool
        });
        if signed {
            self.b.ins().sextend(clif::I64, v)
        } else {
            self.b.ins().uextend(clif::I64, v)
        }
    }

    /// Reads a place of type `ty`.
    pub(super) fn read_place(&mut self, pl: &Place, ty: TypeId) -> Val {
        match self.resolve(pl) {
            Loc::Vars(vars) => Val::Leaves(vars.iter().map(|v| self.b.use_var(*v)).collect()),
            Loc::Mem(addr) => self.load(addr, ty),
        }
    }

    /// Loads a value of type `ty` from `addr`.
    pub(super) fn load(&mut self, addr: Value, ty: TypeId) -> Val {
        let shape = self.shape(ty);
        if !shape.ssa {
            return Val::Mem(addr);
        }
        Val::Leaves(
            shape
                .leaves
                .iter()
                .map(|l| self.b.ins().load(l.ty, mem(), addr, l.offset as i32))
                .collect(),
        )
    }

    /// Stores a value of type `ty` at `addr`.
    pub(super) fn store(&mut self, addr: Value, ty: TypeId, val: Val) {
        let shape = self.shape(ty);
        match val {
            Val::Leaves(vals) => {
                for (l, v) in shape.leaves.iter().zip(vals) {
                    self.b.ins().store(mem(), v, addr, l.offset as i32);
                }
            }
            Val::Mem(src) => self.copy_memory(addr, src, shape.size),
        }
    }

    /// Writes a value of type `ty` to a place.
    pub(super) fn write_place(&mut self, pl: &Place, ty: TypeId, val: Val) {
        match self.resolve(pl) {
            Loc::Vars(vars) => {
                let vals = match val {
                    Val::Leaves(v) => v,
                    Val::Mem(addr) => {
                        let loaded = self.load_leaves(addr, ty);
                        loaded
                    }
                };
                for (var, v) in vars.iter().zip(vals) {
                    self.b.def_var(*var, v);
                }
            }
            Loc::Mem(addr) => self.store(addr, ty, val),
        }
    }

    fn load_leaves(&mut self, addr: Value, ty: TypeId) -> Vec<Value> {
        let shape = self.shape(ty);
        shape
            .leaves
            .iter()
            .map(|l| self.b.ins().load(l.ty, mem(), addr, l.offset as i32))
            .collect()
    }

    /// Evaluates an operand.
    pub(super) fn operand(&mut self, o: &Operand) -> Val {
        match o {
            Operand::Copy(p) => {
                let ty = self.place_type(p);
                self.read_place(p, ty)
            }
            Operand::Const(c) => self.constant(c),
        }
    }

    /// Materialises a constant.
    pub(super) fn constant(&mut self, c: &Const) -> Val {
        match c {
            Const::Int(v, t) => {
                let ty = self.shape(*t).leaves.first().map_or(clif::I64, |l| l.ty);
                let bits = ty.bits();
                let masked = if bits >= 64 {
                    *v
                } else {
                    *v & ((1i64 << bits) - 1)
                };
                Val::Leaves(vec![self.b.ins().iconst(ty, masked)])
            }
            Const::Float(v, t) => {
                let ty = self.shape(*t).leaves.first().map_or(clif::F64, |l| l.ty);
                Val::Leaves(vec![if ty == clif::F32 {
                    self.b.ins().f32const(*v as f32)
                } else {
                    self.b.ins().f64const(*v)
                }])
            }
            Const::Bool(b, _) => Val::Leaves(vec![self.b.ins().iconst(clif::I8, *b as i64)]),
            Const::Str(bytes, _) => {
                let len = self.b.ins().iconst(clif::I64, bytes.len() as i64);
                let ptr = if bytes.is_empty() {
                    self.b.ins().iconst(clif::I64, 0)
                } else {
                    let d = self.cx.string_data(bytes);
                    self.data_addr(d)
                };
                Val::Leaves(vec![ptr, len])
            }
            Const::Zero(t) => self.zero_value(*t),
            Const::FuncValue(f, _) => {
                let d = self.cx.static_closure(*f);
                Val::Leaves(vec![self.data_addr(d)])
            }
            Const::FuncAddr(f) => {
                let id = self.cx.funcs[f.index()];
                let r = self.func_ref(id);
                Val::Leaves(vec![self.b.ins().func_addr(clif::I64, r)])
            }
            Const::TypeDesc(t) => {
                let d = descriptors::type_desc(self.cx, *t);
                Val::Leaves(vec![self.data_addr(d)])
            }
            Const::Itab(c, i) => {
                let d = descriptors::itab(self.cx, *c, *i);
                Val::Leaves(vec![self.data_addr(d)])
            }
        }
    }
}
