//! Compiler-made closures: method values (`t.M`), and the thunks of `go` and `defer` statements
//! (`go f(x)` runs a closure that calls `f` with the `x` evaluated at the `go` statement).
//!
//! A wrapper is an ordinary closure function whose captures are the values fixed when it is
//! created (captured by value) and whose parameters are forwarded to the wrapped call.

use middle::ir::{
    AllocKind, Callee, Capture, CaptureMode, Const, FuncKind, FunctionBuilder, Inst, Operand,
    Place, PlaceBase, Rvalue,
};
use middle::source::Pos;
use middle::types::{Field, Signature, Type, TypeId};

use super::func::FnLowerer;

/// An argument a compiler-made closure passes to the call it wraps.
pub enum WrapArg {
    /// A value computed now and captured.
    Value(TypeId, Operand),
    /// `new(T)` built inside the closure (gc builds such arguments of `go`/`defer` calls in the
    /// wrapper, so they need not outlive it): the element type, gc's text and position.
    New(TypeId, String, Pos),
    /// A slice literal built inside the closure from element values computed now: the slice and
    /// element types, the values, gc's text and position.
    SliceLit(TypeId, TypeId, Vec<Operand>, String, Pos),
}

impl FnLowerer<'_, '_> {
    /// Creates a closure that calls `callee` with `fixed` (captured now) followed by its own
    /// parameters `params`, returning `results`. `kind` names the closure's function (see
    /// `wrapper_names`); `text` is the site's diagnostic text (empty for a compiler-internal
    /// closure that is never reported).
    #[allow(clippy::too_many_arguments)]
    pub fn call_wrapper(
        &mut self,
        callee: Callee,
        fixed: Vec<WrapArg>,
        params: &[TypeId],
        results: &[TypeId],
        variadic: bool,
        (kind, text): (&str, String),
        pos: Pos,
    ) -> Operand {
        // The callee value itself (func value or interface) is captured first.
        let mut captured = Vec::new();
        let callee_in_wrapper = match &callee {
            Callee::Closure(v) | Callee::Iface(v, _) => {
                let ty =
                    middle::ir::operand_type(&self.p.types, self.b.func(), &self.p.global_list, v);
                let v = self.capturable(ty, v.clone(), pos);
                captured.push((ty, v));
                let cap = Operand::Copy(Place {
                    base: PlaceBase::Capture(0),
                    proj: vec![],
                });
                match callee {
                    Callee::Iface(_, m) => Callee::Iface(cap, m),
                    _ => Callee::Closure(cap),
                }
            }
            other => other.clone(),
        };
        // Values to capture now; what each fixed argument becomes inside the wrapper.
        enum Inside {
            Capture(usize),
            New(TypeId, String, Pos),
            SliceLit(TypeId, TypeId, std::ops::Range<usize>, String, Pos),
        }
        let mut inside = Vec::new();
        for arg in fixed {
            match arg {
                WrapArg::Value(t, v) => {
                    let v = self.capturable(t, v, pos);
                    captured.push((t, v));
                    inside.push(Inside::Capture(captured.len() - 1));
                }
                WrapArg::New(elem, text, at) => inside.push(Inside::New(elem, text, at)),
                WrapArg::SliceLit(slice_ty, elem, values, text, at) => {
                    let start = captured.len();
                    captured.extend(values.into_iter().map(|v| (elem, v)));
                    inside.push(Inside::SliceLit(
                        slice_ty,
                        elem,
                        start..captured.len(),
                        text,
                        at,
                    ));
                }
            }
        }

        let (name, symbol) = self.wrapper_names(kind);
        let id = self.p.reserve();
        let mut b = FunctionBuilder::new(name, symbol, pos, FuncKind::Closure { parent: self.id });
        b.loop_depth = self.b.loop_depth;
        self.p.enter_wrapper(&mut b);
        b.func_mut().captures = captured
            .iter()
            .enumerate()
            .map(|(i, (t, _))| Capture {
                name: format!(".c{i}"),
                ty: *t,
                mode: CaptureMode::ByValue,
            })
            .collect();
        let capture = |i: usize| {
            Operand::Copy(Place {
                base: PlaceBase::Capture(i as u32),
                proj: vec![],
            })
        };
        let mut args = Vec::new();
        for item in inside {
            match item {
                Inside::Capture(i) => args.push(capture(i)),
                Inside::New(elem, text, at) => {
                    let site = b.new_alloc(elem, AllocKind::Object, at, text);
                    b.push(Inst::Alloc {
                        site,
                        count: None,
                        pos: at,
                    });
                    let t = b.temp(self.p.types.pointer(elem));
                    b.assign(Place::local(t), Rvalue::AddrOf(Place::alloc(site)), at);
                    args.push(Operand::local(t));
                }
                Inside::SliceLit(slice_ty, elem, range, text, at) => {
                    let n = range.len() as i64;
                    let arr = self.p.types.array(elem, n as u64);
                    let site = b.new_alloc(arr, AllocKind::Object, at, text);
                    b.push(Inst::Alloc {
                        site,
                        count: None,
                        pos: at,
                    });
                    for (k, i) in range.enumerate() {
                        b.assign(
                            Place::alloc(site).index(Operand::int(k as i64)),
                            Rvalue::Use(capture(i)),
                            at,
                        );
                    }
                    let p = b.temp(self.p.types.pointer(arr));
                    b.assign(Place::local(p), Rvalue::AddrOf(Place::alloc(site)), at);
                    let t = b.temp(slice_ty);
                    b.assign(
                        Place::local(t),
                        Rvalue::MakeSlice(Operand::local(p), Operand::int(n), Operand::int(n)),
                        at,
                    );
                    args.push(Operand::local(t));
                }
            }
        }
        for p in params {
            let l = b.add_param("", *p, pos);
            args.push(Operand::local(l));
        }
        let dsts: Vec<Place> = results
            .iter()
            .map(|r| Place::local(b.add_result("", *r, pos)))
            .collect();
        b.push(Inst::Call {
            dsts,
            callee: callee_in_wrapper,
            args,
            pos,
        });
        self.p.define(id, b.finish());

        let sig = Signature {
            params: params.to_vec(),
            results: results.to_vec(),
            variadic,
        };
        let fty = self.p.types.intern(Type::Func(sig));
        let mut fields = vec![Field {
            name: "F".into(),
            ty: TypeId::UINTPTR,
            embedded: false,
        }];
        for (i, (t, _)) in captured.iter().enumerate() {
            fields.push(Field {
                name: format!("c{i}"),
                ty: *t,
                embedded: false,
            });
        }
        let obj_ty = self.p.types.intern(Type::Struct(fields));
        let site = self.b.new_alloc(obj_ty, AllocKind::Object, pos, text);
        if captured.is_empty() {
            self.b.func_mut().allocs[site.index()].static_value = Some(Const::FuncAddr(id));
        } else {
            self.b.push(Inst::Alloc {
                site,
                count: None,
                pos,
            });
            self.b.assign(
                Place::alloc(site).field(0),
                Rvalue::Use(Operand::Const(Const::FuncAddr(id))),
                pos,
            );
            for (i, (_, v)) in captured.into_iter().enumerate() {
                self.b
                    .assign(Place::alloc(site).field(i as u32 + 1), Rvalue::Use(v), pos);
            }
        }
        self.materialize(fty, Rvalue::AddrOf(Place::alloc(site)), pos)
    }

    /// A method expression `T.M` or `(*T).M` (of a method declared on `named`, maybe promoted
    /// to `T`): the method itself as a func value taking the receiver first when the receivers
    /// agree, otherwise the entry point of `T`'s or `*T`'s method set, which takes a
    /// pointer-shaped receiver as it is.
    pub fn method_expr(
        &mut self,
        e: crate::ast::ExprId,
        named: TypeId,
        index: u32,
        promoted: bool,
    ) -> Operand {
        let fty = self.ty(e);
        let recv_ty = match self.p.types.under(fty) {
            Type::Func(s) => s.params.first().copied().unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let recv_is_pointer = matches!(self.p.types.get(recv_ty), Type::Pointer(_));
        let method = self
            .p
            .types
            .named(named)
            .and_then(|n| n.methods.get(index as usize))
            .map(|m| (m.name.clone(), m.pointer_receiver));
        let Some((name, pointer_method)) = method else {
            return Operand::Const(Const::Zero(fty));
        };
        if let Some(f) = self
            .p
            .method_funcs
            .get(&(named, index))
            .copied()
            .filter(|_| !promoted && recv_is_pointer == pointer_method)
        {
            return Operand::Const(Const::FuncValue(f, fty));
        }
        if self.p.types.is_direct_iface(recv_ty) {
            if let Some(f) = self.method_entry(recv_ty, &name) {
                return Operand::Const(Const::FuncValue(f, fty));
            }
        }
        self.p.unsupported(self.pos(e), "this method expression is");
        Operand::Const(Const::Zero(fty))
    }

    /// A method value `x.M`: a closure over the receiver (gc's `x.M` site).
    pub fn method_value(&mut self, e: crate::ast::ExprId, x: crate::ast::ExprId) -> Operand {
        let pos = self.pos(e);
        let fty = self.ty(e);
        let sig = match self.p.types.under(fty) {
            Type::Func(s) => s.clone(),
            _ => return Operand::Const(Const::Zero(fty)),
        };
        let text = self.text(e);
        match self.p.info.selections.get(&e).cloned() {
            Some(crate::check::Selection::Method {
                path,
                derefs,
                named,
                index,
                take_address,
                deref_receiver,
            }) => {
                let recv = self.receiver(x, &path, &derefs, take_address, deref_receiver, pos);
                let recv_ty = middle::ir::operand_type(
                    &self.p.types,
                    self.b.func(),
                    &self.p.global_list,
                    &recv,
                );
                let Some(f) = self.p.method_funcs.get(&(named, index)).copied() else {
                    self.p
                        .unsupported(pos, "a method value of a standard-library type is");
                    return Operand::Const(Const::Zero(fty));
                };
                self.call_wrapper(
                    Callee::Direct(f),
                    vec![WrapArg::Value(recv_ty, recv)],
                    &sig.params,
                    &sig.results,
                    sig.variadic,
                    ("wrap", text),
                    pos,
                )
            }
            Some(crate::check::Selection::InterfaceMethod { index }) => {
                let v = self.expr(x);
                self.call_wrapper(
                    Callee::Iface(v, index),
                    vec![],
                    &sig.params,
                    &sig.results,
                    sig.variadic,
                    ("wrap", text),
                    pos,
                )
            }
            Some(crate::check::Selection::PromotedInterfaceMethod {
                path,
                derefs,
                index,
            }) => {
                let v = self.embedded_interface(x, &path, &derefs, pos);
                self.call_wrapper(
                    Callee::Iface(v, index),
                    vec![],
                    &sig.params,
                    &sig.results,
                    sig.variadic,
                    ("wrap", text),
                    pos,
                )
            }
            _ => {
                self.p.unsupported(pos, "this method value is");
                Operand::Const(Const::Zero(fty))
            }
        }
    }
}
