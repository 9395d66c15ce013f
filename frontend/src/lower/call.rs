//! Calls: functions, methods, interface methods, func values, builtins, the standard-library
//! functions gosub provides, and the `...` argument slices of variadic calls.

use middle::ir::{AllocKind, Callee, Const, Extern, FuncKind, Inst, Operand, Place, Rvalue};
use middle::types::{BasicKind, Type, TypeId};

use super::expr::strip_parens;
use super::func::FnLowerer;
use crate::ast::{Block, ExprId, ExprKind, FuncType};
use crate::check::{Builtin, CallKind, ObjKind, Selection, StdFunc};

impl FnLowerer<'_, '_> {
    /// Lowers a call expression; returns its results (empty for none).
    pub fn call(&mut self, e: ExprId) -> Vec<Operand> {
        let ast = self.p.ast;
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &ast.expr(e).kind
        else {
            return Vec::new();
        };
        let pos = self.pos(e);
        match self.p.info.calls.get(&e).copied() {
            Some(CallKind::Conversion(t)) => match args.first() {
                Some(a) => vec![self.conversion(e, t, *a)],
                None => Vec::new(),
            },
            Some(CallKind::Builtin(b)) => self.builtin(e, b, args, ellipsis.is_some()),
            Some(CallKind::Std(s)) => self.std_call(e, s, args, ellipsis.is_some()),
            _ => {
                let fun_inner = strip_parens(ast, *fun);
                let fty = self.ty(fun_inner);
                let sig = match self.p.types.under(fty) {
                    Type::Func(s) => s.clone(),
                    _ => {
                        // Method call: the selector's type is the method's signature.
                        match self.p.types.under(self.ty(fun_inner)) {
                            Type::Func(s) => s.clone(),
                            _ => return Vec::new(),
                        }
                    }
                };
                let (callee, mut argv) = self.callee(fun_inner);
                argv.extend(self.arguments(e, args, &sig.params, sig.variadic, ellipsis.is_some()));
                let dsts: Vec<_> = sig.results.iter().map(|t| self.temp(*t)).collect();
                self.b.push(Inst::Call {
                    dsts: dsts.iter().map(|d| Place::local(*d)).collect(),
                    callee,
                    args: argv,
                    pos,
                });
                dsts.into_iter().map(Operand::local).collect()
            }
        }
    }

    /// What a call of `fun` invokes, and the receiver argument if it is a method call.
    pub(super) fn callee(&mut self, fun: ExprId) -> (Callee, Vec<Operand>) {
        let ast = self.p.ast;
        let pos = self.pos(fun);
        if let ExprKind::Selector { x, .. } = ast.expr(fun).kind {
            match self.p.info.selections.get(&fun).cloned() {
                Some(Selection::Method {
                    path,
                    derefs,
                    named,
                    index,
                    take_address,
                    deref_receiver,
                }) => {
                    let recv = self.receiver(x, &path, &derefs, take_address, deref_receiver, pos);
                    if let Some(f) = self.p.method_funcs.get(&(named, index)).copied() {
                        return (Callee::Direct(f), vec![recv]);
                    }
                    if let Some(ext) = self.std_method(named, index) {
                        let mut fixed = vec![recv];
                        if ext.takes_call_site() {
                            fixed.push(self.call_site(pos));
                        }
                        return (Callee::Extern(ext), fixed);
                    }
                }
                Some(Selection::InterfaceMethod { index }) => {
                    let xty = self.ty(x);
                    let base = self.expr(x);
                    let v = self.materialize(xty, Rvalue::Use(base), pos);
                    return (Callee::Iface(v, index), Vec::new());
                }
                Some(Selection::PromotedInterfaceMethod {
                    path,
                    derefs,
                    index,
                }) => {
                    return (
                        Callee::Iface(self.embedded_interface(x, &path, &derefs, pos), index),
                        Vec::new(),
                    );
                }
                _ => {}
            }
        }
        if let ExprKind::Ident(_) = ast.expr(fun).kind {
            if let Some(obj) = self.use_of(fun) {
                if let ObjKind::Func(fref) = &self.p.info.objects[obj.0 as usize].kind {
                    if let Some(f) = self.p.decl_funcs.get(fref).copied() {
                        return (Callee::Direct(f), Vec::new());
                    }
                }
            }
        }
        let fty = self.ty(fun);
        let v = self.expr(fun);
        let v = self.materialize(fty, Rvalue::Use(v), pos);
        (Callee::Closure(v), Vec::new())
    }

    /// The runtime call a method of a provided type (`testing.B`, `testing.T`) is.
    pub(super) fn std_method(&self, named: TypeId, index: u32) -> Option<Extern> {
        let decl = self.p.types.named(named)?.methods.get(index as usize)?.decl;
        match self.p.info.objects.get(decl as usize)?.kind {
            ObjKind::Std(StdFunc::Runtime(ext)) => Some(ext),
            _ => None,
        }
    }

    /// The `file:line` of `pos` as `testing` prints it before a message (the file's base name).
    fn call_site(&self, pos: middle::source::Pos) -> Operand {
        let at = self.p.map.line_col(pos);
        let file = at.file.rsplit('/').next().unwrap_or(at.file);
        Operand::Const(Const::Str(
            format!("{file}:{}", at.line).into_bytes(),
            TypeId::STRING,
        ))
    }

    /// The interface value embedded in `x` at `path` whose method a promoted call selects.
    pub(super) fn embedded_interface(
        &mut self,
        x: ExprId,
        path: &[u32],
        derefs: &[bool],
        pos: middle::source::Pos,
    ) -> Operand {
        let v = self.receiver(x, path, derefs, false, false, pos);
        let ty = self.place_type_hint(self.ty(x), path);
        self.materialize(ty, Rvalue::Use(v), pos)
    }

    /// The receiver argument of a method call on `x`.
    pub(super) fn receiver(
        &mut self,
        x: ExprId,
        path: &[u32],
        derefs: &[bool],
        take_address: bool,
        deref: bool,
        pos: middle::source::Pos,
    ) -> Operand {
        let xty = self.ty(x);
        if path.is_empty() && !take_address && !deref {
            return self.expr(x);
        }
        let base = if !path.is_empty() && derefs.first().copied().unwrap_or(false) {
            let p = self.expr(x);
            let l = self.in_local(xty, p, pos);
            Place::deref(l)
        } else if take_address && path.is_empty() {
            match self.place(x) {
                Some(p) => p,
                None => Place::local(self.temp(xty)),
            }
        } else {
            self.place_or_temp(x)
        };
        let place = self.follow_path(base, xty, path, derefs, pos);
        let recv_ty = self.place_type_hint(xty, path);
        if take_address {
            if let middle::ir::PlaceBase::Local(_) = place.base {
                self.p
                    .unsupported(pos, "calling a pointer method on this value is");
            }
            let pty = self.p.types.pointer(recv_ty);
            self.materialize(pty, Rvalue::AddrOf(place), pos)
        } else if deref {
            let ptr_ty = recv_ty;
            let l = self.in_local(ptr_ty, Operand::Copy(place), pos);
            Operand::Copy(Place::deref(l))
        } else {
            Operand::Copy(place)
        }
    }

    /// The type reached by following `path` from `ty` (through pointers).
    fn place_type_hint(&self, mut ty: TypeId, path: &[u32]) -> TypeId {
        for f in path {
            let st = match self.p.types.under(ty) {
                Type::Pointer(e) => *e,
                _ => ty,
            };
            ty = match self.p.types.under(st) {
                Type::Struct(fields) => fields.get(*f as usize).map_or(TypeId::INVALID, |f| f.ty),
                _ => TypeId::INVALID,
            };
        }
        ty
    }

    /// Evaluates call arguments against parameter types, packing variadic extras into a `...`
    /// argument slice.
    pub fn arguments(
        &mut self,
        call: ExprId,
        args: &[ExprId],
        params: &[TypeId],
        variadic: bool,
        spread: bool,
    ) -> Vec<Operand> {
        // f(g()) with a multi-value g: spread g's results over the parameters.
        if args.len() == 1 {
            if let Type::Tuple(elems) = self.p.types.get(self.ty(args[0])).clone() {
                let values = self.call(args[0]);
                return self.spread_results(call, args[0], values, &elems, params, variadic);
            }
        }
        let fixed = if variadic && !spread {
            params.len().saturating_sub(1)
        } else {
            params.len()
        };
        let mut out = Vec::new();
        for (i, a) in args.iter().take(fixed).enumerate() {
            out.push(self.expr_to(*a, params[i]));
        }
        if variadic && !spread {
            let slice_ty = params.last().copied().unwrap_or(TypeId::INVALID);
            let extra = &args[fixed.min(args.len())..];
            out.push(self.variadic_slice(call, slice_ty, extra));
        }
        out
    }

    /// Passes the results of the multi-value call `g` (of types `elems`) as the arguments of
    /// `call`.
    fn spread_results(
        &mut self,
        call: ExprId,
        g: ExprId,
        values: Vec<Operand>,
        elems: &[TypeId],
        params: &[TypeId],
        variadic: bool,
    ) -> Vec<Operand> {
        let fixed = if variadic {
            params.len().saturating_sub(1)
        } else {
            params.len()
        };
        let elem = if variadic {
            self.slice_elem(params.last().copied().unwrap_or(TypeId::INVALID))
        } else {
            TypeId::INVALID
        };
        let out: Vec<Operand> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                self.convert_result(
                    v.clone(),
                    elems[i],
                    if i < fixed { params[i] } else { elem },
                    self.pos(call),
                    g,
                    i,
                )
            })
            .collect();
        if !variadic {
            return out;
        }
        let slice_ty = params.last().copied().unwrap_or(TypeId::INVALID);
        let mut fixed_args = out;
        let rest = fixed_args.split_off(fixed.min(fixed_args.len()));
        let slice = self.slice_of(call, slice_ty, rest);
        fixed_args.push(slice);
        fixed_args
    }

    /// Converts the `i`th value of the multi-value expression `g` (a call's result, a comma-ok
    /// form's value) to `to`: gc holds it in a temporary (`.autotmp_N`), boxed at `pos` (the
    /// call or assignment using it).
    pub(super) fn convert_result(
        &mut self,
        v: Operand,
        from: TypeId,
        to: TypeId,
        pos: middle::source::Pos,
        g: ExprId,
        i: usize,
    ) -> Operand {
        if !self.p.types.is_interface(to) || self.p.types.is_interface(from) {
            return self.convert_implicit(v, from, to, g);
        }
        let text = self
            .p
            .temps
            .get(&strip_parens(self.p.ast, g))
            .map_or_else(|| self.text(g), |n| format!(".autotmp_{}", *n as usize + i));
        self.box_value(v, from, to, pos, text)
    }

    /// The implicit `[]T{args...}` of a variadic call (gc's `... argument`), or nil when empty.
    /// The element type of a slice type.
    pub fn slice_elem(&self, ty: TypeId) -> TypeId {
        match self.p.types.under(ty) {
            Type::Slice(e) => *e,
            _ => TypeId::INVALID,
        }
    }

    fn variadic_slice(&mut self, call: ExprId, slice_ty: TypeId, extra: &[ExprId]) -> Operand {
        if extra.is_empty() {
            return Operand::Const(Const::Zero(slice_ty));
        }
        let elem = self.slice_elem(slice_ty);
        let values: Vec<Operand> = extra.iter().map(|a| self.expr_to(*a, elem)).collect();
        self.slice_of(call, slice_ty, values)
    }

    /// A `... argument` slice holding `values`.
    fn slice_of(&mut self, call: ExprId, slice_ty: TypeId, values: Vec<Operand>) -> Operand {
        if values.is_empty() {
            return Operand::Const(Const::Zero(slice_ty));
        }
        let elem = self.slice_elem(slice_ty);
        let pos = self.pos(call);
        let n = values.len() as u64;
        let arr = self.p.types.array(elem, n);
        let site = self
            .b
            .new_alloc(arr, AllocKind::Object, pos, "... argument".into());
        self.b.push(Inst::Alloc {
            site,
            count: None,
            pos,
        });
        for (i, v) in values.into_iter().enumerate() {
            self.b.assign(
                Place::alloc(site).index(Operand::int(i as i64)),
                Rvalue::Use(v),
                pos,
            );
        }
        let pty = self.p.types.pointer(arr);
        let ptr = self.materialize(pty, Rvalue::AddrOf(Place::alloc(site)), pos);
        self.materialize(
            slice_ty,
            Rvalue::MakeSlice(ptr, Operand::int(n as i64), Operand::int(n as i64)),
            pos,
        )
    }

    fn std_call(&mut self, e: ExprId, s: StdFunc, args: &[ExprId], spread: bool) -> Vec<Operand> {
        let pos = self.pos(e);
        let any_slice = self.p.types.slice(TypeId::EMPTY_INTERFACE);
        let (ext, formatted) = match s {
            StdFunc::FmtPrint => (Extern::FmtPrint, false),
            StdFunc::FmtPrintln => (Extern::FmtPrintln, false),
            StdFunc::FmtPrintf => (Extern::FmtPrintf, true),
            StdFunc::FmtSprint => (Extern::FmtSprint, false),
            StdFunc::FmtSprintln => (Extern::FmtSprintln, false),
            StdFunc::FmtSprintf => (Extern::FmtSprintf, true),
            StdFunc::OsExit => {
                let code = match args.first() {
                    Some(a) => self.expr_to(*a, TypeId::INT),
                    None => Operand::int(0),
                };
                self.b.push(Inst::Call {
                    dsts: vec![],
                    callee: Callee::Extern(Extern::OsExit),
                    args: vec![code],
                    pos,
                });
                return Vec::new();
            }
            StdFunc::RuntimeReadMemStats => {
                let p = match args.first() {
                    Some(a) => self.expr(*a),
                    None => Operand::int(0),
                };
                self.b.push(Inst::Call {
                    dsts: vec![],
                    callee: Callee::Extern(Extern::ReadMemStats),
                    args: vec![p],
                    pos,
                });
                return Vec::new();
            }
            StdFunc::FmtErrorf => (Extern::FmtErrorf, true),
            StdFunc::Runtime(ext) => return self.runtime_call(e, ext, args, spread),
            StdFunc::ErrorsNew | StdFunc::StrconvItoa | StdFunc::RuntimeGC => {
                let (ext, param) = match s {
                    StdFunc::ErrorsNew => (Extern::ErrorsNew, TypeId::STRING),
                    StdFunc::StrconvItoa => (Extern::StrconvItoa, TypeId::INT),
                    _ => (Extern::RuntimeGC, TypeId::INVALID),
                };
                let argv: Vec<Operand> = args.iter().map(|a| self.expr_to(*a, param)).collect();
                let sig = ext.sig();
                let dsts: Vec<_> = sig.results.iter().map(|t| self.temp(*t)).collect();
                self.b.push(Inst::Call {
                    dsts: dsts.iter().map(|d| Place::local(*d)).collect(),
                    callee: Callee::Extern(ext),
                    args: argv,
                    pos,
                });
                return dsts.into_iter().map(Operand::local).collect();
            }
        };
        let mut params = Vec::new();
        if formatted {
            params.push(TypeId::STRING);
        }
        params.push(any_slice);
        let argv = self.arguments(e, args, &params, true, spread);
        let sig = ext.sig();
        let dsts: Vec<_> = sig.results.iter().map(|t| self.temp(*t)).collect();
        self.b.push(Inst::Call {
            dsts: dsts.iter().map(|d| Place::local(*d)).collect(),
            callee: Callee::Extern(ext),
            args: argv,
            pos,
        });
        dsts.into_iter().map(Operand::local).collect()
    }

    /// A provided function that is one runtime call taking the Go arguments in order.
    fn runtime_call(
        &mut self,
        e: ExprId,
        ext: Extern,
        args: &[ExprId],
        spread: bool,
    ) -> Vec<Operand> {
        let ExprKind::Call { fun, .. } = &self.p.ast.expr(e).kind else {
            return Vec::new();
        };
        let Type::Func(sig) = self
            .p
            .types
            .under(self.ty(strip_parens(self.p.ast, *fun)))
            .clone()
        else {
            return Vec::new();
        };
        let argv = self.arguments(e, args, &sig.params, sig.variadic, spread);
        let dsts: Vec<_> = ext.sig().results.iter().map(|t| self.temp(*t)).collect();
        let pos = self.pos(e);
        self.b.push(Inst::Call {
            dsts: dsts.iter().map(|d| Place::local(*d)).collect(),
            callee: Callee::Extern(ext),
            args: argv,
            pos,
        });
        dsts.into_iter().map(Operand::local).collect()
    }

    fn builtin(&mut self, e: ExprId, b: Builtin, args: &[ExprId], spread: bool) -> Vec<Operand> {
        let pos = self.pos(e);
        let ty = self.ty(e);
        match b {
            Builtin::Len | Builtin::Cap => {
                let Some(a) = args.first() else {
                    return Vec::new();
                };
                if let Some(n) = self
                    .use_of(super::expr::strip_parens(self.p.ast, *a))
                    .and_then(|o| self.p.slice_lit_lens.get(&o))
                {
                    return vec![Operand::int(*n)];
                }
                let aty = self.ty(*a);
                match self.p.types.under(aty).clone() {
                    Type::Array(_, n) => vec![Operand::int(n as i64)],
                    Type::Pointer(p) => match self.p.types.under(p).clone() {
                        Type::Array(_, n) => {
                            self.expr(*a);
                            vec![Operand::int(n as i64)]
                        }
                        _ => Vec::new(),
                    },
                    Type::Map(..) | Type::Chan(..) => {
                        let v = self.expr(*a);
                        let rv = if b == Builtin::Len {
                            Rvalue::Len(v)
                        } else {
                            Rvalue::Cap(v)
                        };
                        vec![self.materialize(TypeId::INT, rv, pos)]
                    }
                    _ => {
                        let v = self.expr(*a);
                        let rv = if b == Builtin::Len {
                            Rvalue::Len(v)
                        } else {
                            Rvalue::Cap(v)
                        };
                        vec![self.materialize(TypeId::INT, rv, pos)]
                    }
                }
            }
            Builtin::New => {
                let elem = match self.p.types.under(ty) {
                    Type::Pointer(e) => *e,
                    _ => TypeId::INVALID,
                };
                let text = self.text(e);
                let site = self.b.new_alloc(elem, AllocKind::Object, pos, text);
                self.b.push(Inst::Alloc {
                    site,
                    count: None,
                    pos,
                });
                vec![self.materialize(ty, Rvalue::AddrOf(Place::alloc(site)), pos)]
            }
            Builtin::Make => self.make(e, ty, args),
            Builtin::Append => {
                let Some(first) = args.first() else {
                    return Vec::new();
                };
                let elem = self.slice_elem(ty);
                let slice = self.expr_to(*first, ty);
                let (elems, spread_op) = if spread {
                    (Vec::new(), args.get(1).map(|a| self.expr(*a)))
                } else {
                    (
                        args[1..].iter().map(|a| self.expr_to(*a, elem)).collect(),
                        None,
                    )
                };
                let site = self
                    .b
                    .new_alloc(elem, AllocKind::RuntimeBuffer, pos, "append".into());
                let t = self.temp(ty);
                self.b.push(Inst::Append {
                    dst: Place::local(t),
                    slice,
                    elems,
                    spread: spread_op,
                    site,
                    pos,
                });
                vec![Operand::local(t)]
            }
            Builtin::Copy => {
                let (Some(d), Some(s)) = (args.first(), args.get(1)) else {
                    return Vec::new();
                };
                let dst = self.expr(*d);
                let src = self.expr(*s);
                let t = self.temp(TypeId::INT);
                self.b.push(Inst::SliceCopy {
                    result: Some(Place::local(t)),
                    dst,
                    src,
                    pos,
                });
                vec![Operand::local(t)]
            }
            Builtin::Panic => {
                let v = match args.first() {
                    Some(a) => self.expr_to(*a, TypeId::EMPTY_INTERFACE),
                    None => Operand::Const(Const::Zero(TypeId::EMPTY_INTERFACE)),
                };
                self.b.push(Inst::Call {
                    dsts: vec![],
                    callee: Callee::Extern(Extern::Panic),
                    args: vec![v],
                    pos,
                });
                self.b.terminate(middle::ir::Terminator::Unreachable);
                Vec::new()
            }
            Builtin::Print | Builtin::Println => {
                let line = b == Builtin::Println;
                for (i, a) in args.iter().enumerate() {
                    if line && i > 0 {
                        self.b.push(Inst::Call {
                            dsts: vec![],
                            callee: Callee::Extern(Extern::PrintSpace),
                            args: vec![],
                            pos,
                        });
                    }
                    self.print_value(*a, pos);
                }
                if line {
                    self.b.push(Inst::Call {
                        dsts: vec![],
                        callee: Callee::Extern(Extern::PrintNewline),
                        args: vec![],
                        pos,
                    });
                }
                Vec::new()
            }
            Builtin::Min | Builtin::Max => {
                let mut acc = match args.first() {
                    Some(a) => self.expr_to(*a, ty),
                    None => return Vec::new(),
                };
                for a in &args[1..] {
                    let v = self.expr_to(*a, ty);
                    acc = self.min_max(b == Builtin::Min, ty, acc, v, pos);
                }
                vec![acc]
            }
            Builtin::Delete => {
                let (Some(m), Some(k)) = (args.first(), args.get(1)) else {
                    return Vec::new();
                };
                let (kt, _) = self.map_parts(self.ty(*m));
                let map = self.expr(*m);
                let key = self.expr_to(*k, kt);
                self.b.push(Inst::MapDelete { map, key, pos });
                Vec::new()
            }
            Builtin::Clear => {
                let Some(a) = args.first() else {
                    return Vec::new();
                };
                match self.p.types.under(self.ty(*a)).clone() {
                    Type::Map(..) => {
                        let map = self.expr(*a);
                        self.b.push(Inst::MapClear { map, pos });
                    }
                    Type::Slice(elem) => self.clear_slice(*a, elem, pos),
                    _ => {}
                }
                Vec::new()
            }
            Builtin::Close => {
                if let Some(a) = args.first() {
                    let ch = self.expr(*a);
                    self.b.push(Inst::ChanClose { ch, pos });
                }
                Vec::new()
            }
            Builtin::Recover => vec![self.recover_call(pos)],
            _ => {
                self.p.unsupported(
                    pos,
                    &format!("the builtin {} is", format!("{b:?}").to_lowercase()),
                );
                vec![Operand::Const(Const::Zero(ty))]
            }
        }
    }

    fn min_max(
        &mut self,
        min: bool,
        ty: TypeId,
        a: Operand,
        b: Operand,
        pos: middle::source::Pos,
    ) -> Operand {
        let result = self.temp(ty);
        let less = self.materialize(
            TypeId::BOOL,
            Rvalue::Binary(middle::ir::BinOp::Lt, b.clone(), a.clone()),
            pos,
        );
        let (take_b, take_a, done) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        let (first, second) = if min {
            (take_b, take_a)
        } else {
            (take_a, take_b)
        };
        self.b.terminate(middle::ir::Terminator::Branch {
            cond: less,
            then: first,
            els: second,
        });
        self.b.switch_to(take_b);
        self.b.assign(Place::local(result), Rvalue::Use(b), pos);
        self.b.goto(done);
        self.b.switch_to(take_a);
        self.b.assign(Place::local(result), Rvalue::Use(a), pos);
        self.b.goto(done);
        self.b.switch_to(done);
        Operand::local(result)
    }

    fn print_value(&mut self, a: ExprId, pos: middle::source::Pos) {
        let ty = self.ty(a);
        let v = self.expr(a);
        let (ext, arg) = match self.p.types.under(ty).clone() {
            Type::Basic(BasicKind::Bool) => (Extern::PrintBool, v),
            Type::Basic(k) if k.is_float() => (Extern::PrintFloat, v),
            Type::Basic(k) if k.is_unsigned() => (Extern::PrintUint, v),
            Type::Basic(k) if k.is_integer() => (Extern::PrintInt, v),
            Type::Basic(BasicKind::String) => (Extern::PrintString, v),
            Type::Interface(_) => (Extern::PrintIface, v),
            Type::Slice(_) => {
                let s = self.materialize(ty, Rvalue::Use(v), pos);
                let p = self.materialize(TypeId::UINTPTR, Rvalue::DataPtr(s.clone()), pos);
                let l = self.materialize(TypeId::INT, Rvalue::Len(s.clone()), pos);
                let c = self.materialize(TypeId::INT, Rvalue::Cap(s), pos);
                self.b.push(Inst::Call {
                    dsts: vec![],
                    callee: Callee::Extern(Extern::PrintSlice),
                    args: vec![p, l, c],
                    pos,
                });
                return;
            }
            _ => (Extern::PrintPointer, v),
        };
        self.b.push(Inst::Call {
            dsts: vec![],
            callee: Callee::Extern(ext),
            args: vec![arg],
            pos,
        });
    }

    /// `clear(s)` on a slice: zero every element.
    fn clear_slice(&mut self, a: ExprId, elem: TypeId, pos: middle::source::Pos) {
        let sty = self.ty(a);
        let s = self.expr(a);
        let s = self.materialize(sty, Rvalue::Use(s), pos);
        let len = self.materialize(TypeId::INT, Rvalue::Len(s.clone()), pos);
        let i = self.temp(TypeId::INT);
        self.b
            .assign(Place::local(i), Rvalue::Use(Operand::int(0)), pos);
        let (head, body, exit) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.goto(head);
        self.b.switch_to(head);
        let more = self.materialize(
            TypeId::BOOL,
            Rvalue::Binary(middle::ir::BinOp::Lt, Operand::local(i), len),
            pos,
        );
        self.b.terminate(middle::ir::Terminator::Branch {
            cond: more,
            then: body,
            els: exit,
        });
        self.b.switch_to(body);
        let pty = self.p.types.pointer(elem);
        let addr = self.temp(pty);
        self.b.assign(
            Place::local(addr),
            Rvalue::ElemAddr(s, Operand::local(i)),
            pos,
        );
        self.b.assign(
            Place::deref(addr),
            Rvalue::Use(Operand::Const(Const::Zero(elem))),
            pos,
        );
        self.b.assign(
            Place::local(i),
            Rvalue::Binary(middle::ir::BinOp::Add, Operand::local(i), Operand::int(1)),
            pos,
        );
        self.b.goto(head);
        self.b.switch_to(exit);
    }

    fn make(&mut self, e: ExprId, ty: TypeId, args: &[ExprId]) -> Vec<Operand> {
        let pos = self.pos(e);
        match self.p.types.under(ty).clone() {
            Type::Map(..) => {
                let hint = args.get(1).map(|a| self.expr_to(*a, TypeId::INT));
                return vec![self.make_map(e, ty, hint)];
            }
            Type::Chan(..) => {
                let size = args.get(1).map(|a| self.expr_to(*a, TypeId::INT));
                let t = self.temp(ty);
                self.b.push(Inst::MakeChan {
                    dst: Place::local(t),
                    ty,
                    size,
                    pos,
                });
                return vec![Operand::local(t)];
            }
            _ => {}
        }
        let Type::Slice(elem) = self.p.types.under(ty).clone() else {
            return vec![Operand::Const(Const::Zero(ty))];
        };
        // The size arguments may have any integer type; the slice header holds `int`s.
        let int_arg = |l: &mut Self, a: ExprId| match l.expr(a) {
            Operand::Const(Const::Int(n, _)) => Operand::int(n),
            v if l.p.types.basic(l.ty(a)) == Some(BasicKind::Int) => v,
            v => l.materialize(TypeId::INT, Rvalue::Convert(v, l.ty(a)), pos),
        };
        let len = match args.get(1) {
            Some(a) => int_arg(self, *a),
            None => Operand::int(0),
        };
        let cap = match args.get(2) {
            Some(a) => int_arg(self, *a),
            None => len.clone(),
        };
        let const_count = match (&cap, args.get(2).or(args.get(1))) {
            (Operand::Const(Const::Int(n, _)), _) => Some(*n as u64),
            _ => None,
        };
        if args.get(2).is_some() {
            self.make_slice_checks(&len, &cap, elem, pos);
        }
        let text = self.text(e);
        let site = self.b.new_alloc(elem, AllocKind::Array, pos, text);
        self.b.func_mut().allocs[site.index()].const_count = const_count;
        self.b.push(Inst::Alloc {
            site,
            count: Some(cap.clone()),
            pos,
        });
        let pty = self.p.types.pointer(elem);
        let ptr = self.materialize(pty, Rvalue::AddrOf(Place::alloc(site)), pos);
        vec![self.materialize(ty, Rvalue::MakeSlice(ptr, len, cap), pos)]
    }

    /// A function literal: lowers its body as a closure function and builds the closure object.
    pub fn func_lit(&mut self, e: ExprId, sig: &FuncType, body: &Block) -> Operand {
        let pos = self.pos(e);
        let fty = self.ty(e);
        self.literal_count += 1;
        let parent_name = self.b.func().name.clone();
        let parent_symbol = self.b.func().symbol.clone();
        let (name, symbol) = if matches!(self.b.func().kind, FuncKind::Closure { .. }) {
            (
                format!("{parent_name}.{}", self.literal_count),
                format!("{parent_symbol}.{}", self.literal_count),
            )
        } else {
            (
                format!("{parent_name}.func{}", self.literal_count),
                format!("{parent_symbol}.func{}", self.literal_count),
            )
        };
        let id = self.p.reserve();
        let depth = self.b.loop_depth;
        let (f, captures) = FnLowerer::lower_closure(
            self.p,
            id,
            (name, symbol),
            pos,
            self.id,
            depth,
            Some(sig),
            body,
            Vec::new(),
            None,
            Default::default(),
        );
        let modes: Vec<_> = f.captures.iter().map(|c| c.mode).collect();
        let cap_types: Vec<TypeId> = f.captures.iter().map(|c| c.ty).collect();
        self.p.define(id, f);
        self.closure_object(
            id,
            &captures,
            &modes,
            &cap_types,
            fty,
            "func literal".into(),
            pos,
        )
    }

    /// Builds the closure object of function `id`: its code address followed by each capture's
    /// value (or address, for a by-reference capture). A closure without captures is static.
    #[allow(clippy::too_many_arguments)]
    pub fn closure_object(
        &mut self,
        id: middle::ir::FuncId,
        captures: &[super::func::CaptureSource],
        modes: &[middle::ir::CaptureMode],
        cap_types: &[TypeId],
        fty: TypeId,
        text: String,
        pos: middle::source::Pos,
    ) -> Operand {
        use super::func::CaptureSource;
        let mut fields = vec![middle::types::Field {
            name: "F".into(),
            ty: TypeId::UINTPTR,
            embedded: false,
        }];
        for (i, (m, t)) in modes.iter().zip(cap_types).enumerate() {
            let ft = if *m == middle::ir::CaptureMode::ByRef {
                self.p.types.pointer(*t)
            } else {
                *t
            };
            fields.push(middle::types::Field {
                name: format!("c{i}"),
                ty: ft,
                embedded: false,
            });
        }
        let obj_ty = self.p.types.intern(Type::Struct(fields));
        let site = self
            .b
            .new_alloc(obj_ty, AllocKind::Object, pos, self.static_text(text));
        if captures.is_empty() {
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
            for (i, c) in captures.iter().enumerate() {
                let rv = match c {
                    CaptureSource::Var(obj) => {
                        let place = self.var_place(*obj);
                        if modes[i] == middle::ir::CaptureMode::ByRef {
                            Rvalue::AddrOf(place)
                        } else {
                            Rvalue::Use(Operand::Copy(place))
                        }
                    }
                    CaptureSource::Value { value, ty, .. } => {
                        Rvalue::Use(self.capturable(*ty, value.clone(), pos))
                    }
                    CaptureSource::Ref { place, .. } => Rvalue::AddrOf(place.clone()),
                };
                self.b
                    .assign(Place::alloc(site).field(i as u32 + 1), rv, pos);
            }
        }
        self.materialize(fty, Rvalue::AddrOf(Place::alloc(site)), pos)
    }
}
