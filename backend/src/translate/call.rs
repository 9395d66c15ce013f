//! Calls: direct, through func values (closures), through interface tables, and to the runtime.
//!
//! Go functions follow the convention described in the parent module. A func value is a pointer
//! to a closure object whose first word is the code address; the callee receives the closure
//! pointer as its context. An interface method is the entry at index `16 + 8 * m` of the itab and
//! receives the interface's data word as its receiver.

use cranelift_codegen::ir::{self, types as clif, AbiParam, InstBuilder, Signature, Value};
use cranelift_codegen::isa::CallConv;
use middle::ir::{self as mir, AbiParam as RtParam, Callee, Operand};
use middle::types::{Type, TypeId};

use super::{Translator, Val};
use crate::module::ModuleCx;

/// Appends the Go convention's parameters and returns for the given parameter and result types.
pub fn push_go_signature(
    cx: &mut ModuleCx,
    sig: &mut Signature,
    params: &[TypeId],
    results: &[TypeId],
) {
    let types = &cx.program.types;
    for r in results {
        if !cx.shapes.of(types, *r).ssa {
            sig.params.push(AbiParam::new(clif::I64));
        }
    }
    for p in params {
        let shape = cx.shapes.of(types, *p);
        if shape.ssa {
            sig.params
                .extend(shape.leaves.iter().map(|l| AbiParam::new(l.ty)));
        } else {
            sig.params.push(AbiParam::new(clif::I64));
        }
    }
    for r in results {
        let shape = cx.shapes.of(types, *r);
        if shape.ssa {
            sig.returns
                .extend(shape.leaves.iter().map(|l| AbiParam::new(l.ty)));
        }
    }
}

/// The signature for calling a value of Go func type `fty`, with a leading context or receiver word.
pub fn func_type_signature(cx: &mut ModuleCx, fty: TypeId) -> Signature {
    let (params, results) = match cx.program.types.under(fty) {
        Type::Func(s) => (s.params.clone(), s.results.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.push(AbiParam::new(clif::I64));
    push_go_signature(cx, &mut sig, &params, &results);
    sig
}

impl Translator<'_, '_> {
    pub(super) fn call(&mut self, dsts: &[mir::Place], callee: &Callee, args: &[Operand]) {
        match callee {
            Callee::Extern(e) => self.call_extern(*e, dsts, args),
            Callee::Direct(fid) => {
                let f = self.cx.program.func(*fid);
                let params: Vec<TypeId> = f.params.iter().map(|p| f.local(*p).ty).collect();
                let results = f.result_types();
                let id = self.cx.funcs[fid.index()];
                let fref = self.func_ref(id);
                self.go_call(dsts, &params, &results, args, None, |t, argv| {
                    t.b.ins().call(fref, argv)
                });
            }
            Callee::Closure(fv) => {
                let fty = self.operand_type(fv);
                let (params, results) = self.func_type_parts(fty);
                let clo = self.operand(fv).scalar();
                let code = self.b.ins().load(clif::I64, super::mem(), clo, 0);
                let sig = func_type_signature(self.cx, fty);
                let sref = self.b.import_signature(sig);
                self.go_call(dsts, &params, &results, args, Some(clo), |t, argv| {
                    t.b.ins().call_indirect(sref, code, argv)
                });
            }
            Callee::Iface(iv, m) => {
                let ity = self.operand_type(iv);
                let method_sig = match self.types().under(ity) {
                    Type::Interface(ms) => ms[*m as usize].sig,
                    _ => TypeId::INVALID,
                };
                let (params, results) = self.func_type_parts(method_sig);
                let v = self.operand(iv).leaves().to_vec();
                let code = self
                    .b
                    .ins()
                    .load(clif::I64, super::mem(), v[0], 16 + 8 * *m as i32);
                let sig = func_type_signature(self.cx, method_sig);
                let sref = self.b.import_signature(sig);
                self.go_call(dsts, &params, &results, args, Some(v[1]), |t, argv| {
                    t.b.ins().call_indirect(sref, code, argv)
                });
            }
        }
    }

    fn func_type_parts(&self, fty: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
        match self.types().under(fty) {
            Type::Func(s) => (s.params.clone(), s.results.clone()),
            _ => (Vec::new(), Vec::new()),
        }
    }

    /// Marshals arguments and results of a Go-convention call.
    fn go_call(
        &mut self,
        dsts: &[mir::Place],
        params: &[TypeId],
        results: &[TypeId],
        args: &[Operand],
        leading: Option<Value>,
        emit: impl FnOnce(&mut Self, &[Value]) -> ir::Inst,
    ) {
        let mut argv = Vec::new();
        argv.extend(leading);
        let mut result_mem = Vec::new();
        for r in results {
            let shape = self.shape(*r);
            if !shape.ssa {
                let slot = self.slot(shape.size, shape.align.max(8));
                let a = self.b.ins().stack_addr(clif::I64, slot, 0);
                argv.push(a);
                result_mem.push(Some(a));
            } else {
                result_mem.push(None);
            }
        }
        for (a, pty) in args.iter().zip(params) {
            let v = self.operand(a);
            let shape = self.shape(*pty);
            if shape.ssa {
                argv.extend_from_slice(v.leaves());
            } else {
                // The callee owns its copy of a memory-typed argument.
                let slot = self.slot(shape.size, shape.align.max(8));
                let copy = self.b.ins().stack_addr(clif::I64, slot, 0);
                self.store(copy, *pty, v);
                argv.push(copy);
            }
        }
        let call = emit(self, &argv);
        let rets = self.b.inst_results(call).to_vec();
        let mut next = rets.into_iter();
        for (i, r) in results.iter().enumerate() {
            let value = match result_mem[i] {
                Some(addr) => Val::Mem(addr),
                None => {
                    let n = self.shape(*r).leaves.len();
                    Val::Leaves(next.by_ref().take(n).collect())
                }
            };
            if let Some(d) = dsts.get(i) {
                let dty = self.place_type(d);
                self.write_place(d, dty, value);
            }
        }
    }

    fn call_extern(&mut self, e: mir::Extern, dsts: &[mir::Place], args: &[Operand]) {
        let sig = e.sig();
        let mut params = Vec::new();
        let mut argv = Vec::new();
        for ((abi, _), a) in sig.params.iter().zip(args) {
            let ty = self.operand_type(a);
            let v = self.operand(a);
            match abi {
                RtParam::Word => {
                    let x = v.scalar();
                    let x = if self.b.func.dfg.value_type(x) == clif::I64 {
                        x
                    } else {
                        self.widen_int(x, ty)
                    };
                    argv.push(x);
                    params.push(clif::I64);
                }
                RtParam::F64 => {
                    let x = v.scalar();
                    let x = if self.b.func.dfg.value_type(x) == clif::F32 {
                        self.b.ins().fpromote(clif::F64, x)
                    } else {
                        x
                    };
                    argv.push(x);
                    params.push(clif::F64);
                }
                RtParam::Str | RtParam::Iface | RtParam::SlicePtrLen => {
                    argv.extend_from_slice(&v.leaves()[..2]);
                    params.extend([clif::I64, clif::I64]);
                }
            }
        }
        let mut returns = Vec::new();
        for r in &sig.results[..sig.returned] {
            let shape = self.shape(*r);
            returns.extend(shape.leaves.iter().map(|l| l.ty));
        }
        let rets = self.call_rt(sig.symbol, &params, &returns, &argv);
        if sig.noreturn {
            self.b.ins().trap(ir::TrapCode::user(2).expect("trap code"));
            let dead = self.b.create_block();
            self.b.switch_to_block(dead);
            return;
        }
        let mut next = rets.into_iter();
        for (i, r) in sig.results.iter().enumerate() {
            let value = if i < sig.returned {
                let n = self.shape(*r).leaves.len();
                Val::Leaves(next.by_ref().take(n).collect())
            } else {
                self.zero_value(*r)
            };
            if let Some(d) = dsts.get(i) {
                let dty = self.place_type(d);
                self.write_place(d, dty, value);
            }
        }
    }
}
