//! Expressions: values (operands), addressable places, composite literals, interface
//! conversions and function literals.

use middle::ir::{AllocKind, BinOp, Const, Inst, Operand, Place, Rvalue, StringConvKind, UnOp};
use middle::source::Pos;
use middle::types::{BasicKind, Type, TypeId};

use super::func::FnLowerer;
use super::text::ExprText;
use crate::ast::{BinaryOp, ExprId, ExprKind, UnaryOp};
use crate::check::{ObjKind, Selection};

impl FnLowerer<'_, '_> {
    /// gc's text for an expression.
    pub fn text(&self, e: ExprId) -> String {
        self.text_printer().of(e)
    }

    /// gc's text for an expression converted to an interface.
    pub fn boxed_text(&self, e: ExprId) -> String {
        self.text_printer().boxed(e)
    }

    /// The printer of gc's texts, with this package's propagated constants.
    pub fn text_printer(&self) -> ExprText<'_> {
        let p = &self.p;
        ExprText {
            ast: p.ast,
            info: p.info,
            const_vars: Some(&p.const_vars),
            slice_lens: Some(&p.slice_lit_lens),
            temps: Some(&p.temps),
        }
    }

    /// The diagnostic text of a site, or none inside a package-level variable initialiser, where
    /// gc allocates composite literals, boxes and closures statically and reports nothing.
    pub fn static_text(&self, text: String) -> String {
        if self.static_init {
            String::new()
        } else {
            text
        }
    }

    /// The position gc reports for an expression.
    pub fn pos(&self, e: ExprId) -> Pos {
        self.p.ast.expr(e).pos
    }

    /// Lowers an expression to an operand holding its value.
    pub fn expr(&mut self, e: ExprId) -> Operand {
        if let Some((place, _)) = self.presets.get(&e) {
            return Operand::Copy(place.clone());
        }
        let ty = self.ty(e);
        if let Some(v) = self.p.info.consts.get(&e) {
            return self.const_operand(v, ty);
        }
        let ast = self.p.ast;
        let expr = ast.expr(e);
        let pos = expr.pos;
        match &expr.kind {
            ExprKind::Ident(_) => self.ident(e, ty),
            ExprKind::Paren(x) => self.expr(*x),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::Composite { .. } if matches!(self.p.types.under(ty), Type::Map(..)) => {
                self.map_literal(e)
            }
            ExprKind::Composite { .. } => {
                let t = self.temp(ty);
                self.composite_into(e, Place::local(t), true);
                Operand::local(t)
            }
            ExprKind::Selector { .. } if self.std_var(e).is_some() => Operand::Copy(
                self.std_var(e)
                    .unwrap_or_else(|| Place::local(self.temp(ty))),
            ),
            ExprKind::Selector { .. } => match self.p.info.selections.get(&e) {
                Some(Selection::Field { .. }) => {
                    let place = self.place_or_temp(e);
                    Operand::Copy(place)
                }
                Some(Selection::Method { .. }) | Some(Selection::InterfaceMethod { .. }) => {
                    let ExprKind::Selector { x, .. } = &expr.kind else {
                        return Operand::Const(Const::Zero(ty));
                    };
                    self.method_value(e, *x)
                }
                Some(Selection::MethodExpr { named, index }) => {
                    self.method_expr(e, *named, *index, false)
                }
                Some(Selection::PromotedMethodExpr { named, index, .. }) => {
                    self.method_expr(e, *named, *index, true)
                }
                Some(Selection::PromotedInterfaceMethod { .. }) => {
                    let ExprKind::Selector { x, .. } = &expr.kind else {
                        return Operand::Const(Const::Zero(ty));
                    };
                    self.method_value(e, *x)
                }
                _ => {
                    self.p.unsupported(pos, "this selector is");
                    Operand::Const(Const::Zero(ty))
                }
            },
            ExprKind::Index { x, index } => {
                let xty = self.ty(*x);
                match self.p.types.under(xty).clone() {
                    Type::Basic(BasicKind::String) => {
                        let s = self.expr(*x);
                        let s = self.materialize(xty, Rvalue::Use(s), pos);
                        let i = self.expr(*index);
                        let len = self.materialize(TypeId::INT, Rvalue::Len(s.clone()), pos);
                        let constant_len = self
                            .p
                            .info
                            .consts
                            .get(&strip_parens(self.p.ast, *x))
                            .and_then(|c| match c {
                                crate::constant::ConstValue::String(s) => Some(s.len() as i64),
                                _ => None,
                            });
                        let i = self.index_into(*index, i, len, constant_len, pos);
                        self.materialize(ty, Rvalue::StringByte(s, i), pos)
                    }
                    Type::Map(..) => self.map_index(*x, *index, false, pos).swap_remove(0),
                    _ => {
                        let place = self.place_or_temp(e);
                        Operand::Copy(place)
                    }
                }
            }
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, *x, *lo, *hi, *max),
            ExprKind::TypeAssert { x, .. } => {
                let target = ty;
                let v = self.expr(*x);
                let t = self.temp(target);
                self.b.push(Inst::TypeAssert {
                    dst: Some(Place::local(t)),
                    ok: None,
                    x: v,
                    ty: target,
                    pos,
                });
                Operand::local(t)
            }
            ExprKind::Call { .. } => {
                let mut results = self.call(e);
                if results.is_empty() {
                    Operand::Const(Const::Zero(ty))
                } else {
                    results.swap_remove(0)
                }
            }
            ExprKind::Star(_) => Operand::Copy(self.place_or_temp(e)),
            ExprKind::Unary { op, x } => match op {
                UnaryOp::Addr => self.address_of(e, *x),
                UnaryOp::Plus => self.expr(*x),
                UnaryOp::Neg | UnaryOp::Not | UnaryOp::BitNot => {
                    let v = self.expr(*x);
                    let uop = match op {
                        UnaryOp::Neg => UnOp::Neg,
                        UnaryOp::Not => UnOp::Not,
                        _ => UnOp::BitNot,
                    };
                    self.materialize(ty, Rvalue::Unary(uop, v), pos)
                }
                UnaryOp::Recv => self.chan_recv(*x, false, pos).swap_remove(0),
            },
            ExprKind::Binary { op, x, y } => self.binary(e, *op, *x, *y),
            _ => {
                self.p.unsupported(pos, "this expression is");
                Operand::Const(Const::Zero(ty))
            }
        }
    }

    fn ident(&mut self, e: ExprId, ty: TypeId) -> Operand {
        let Some(obj) = self.use_of(e) else {
            return Operand::Const(Const::Zero(ty));
        };
        // A constant local of this function reads as its value; a closure still captures it.
        if let (Some(c), Some(_)) = (self.p.const_vars.get(&obj), self.vars.get(&obj)) {
            if !matches!(self.vars.get(&obj), Some(super::func::Storage::Capture(_))) {
                return Operand::Const(c.clone());
            }
        }
        match &self.p.info.objects[obj.0 as usize].kind {
            ObjKind::Var(_) => Operand::Copy(self.var_place(obj)),
            ObjKind::Func(fref) => match self.p.decl_funcs.get(fref) {
                Some(f) => Operand::Const(Const::FuncValue(*f, ty)),
                None => Operand::Const(Const::Zero(ty)),
            },
            ObjKind::Const(v) => {
                let v = v.clone();
                self.const_operand(&v, ty)
            }
            _ => Operand::Const(Const::Zero(ty)),
        }
    }

    /// The place of a qualified standard-library variable (`os.Args`), if `e` is one.
    fn std_var(&mut self, e: ExprId) -> Option<Place> {
        let obj = self.use_of(e)?;
        let ObjKind::StdVar(var) = self.p.info.objects[obj.0 as usize].kind else {
            return None;
        };
        let g = self.p.std_global(var);
        Some(Place {
            base: middle::ir::PlaceBase::Global(g),
            proj: vec![],
        })
    }

    /// Lowers `e` and converts it to `target` (boxing into an interface when needed).
    pub fn expr_to(&mut self, e: ExprId, target: TypeId) -> Operand {
        let from = self.presets.get(&e).map_or_else(|| self.ty(e), |(_, t)| *t);
        let v = self.expr(e);
        self.convert_implicit(v, from, target, e)
    }

    /// Applies Go's implicit conversion of a value of type `from` to `target` (only interface
    /// conversions change the representation). `e` names the source expression for diagnostics.
    pub fn convert_implicit(
        &mut self,
        v: Operand,
        from: TypeId,
        target: TypeId,
        e: ExprId,
    ) -> Operand {
        if from == target || target == TypeId::INVALID || !self.p.types.is_interface(target) {
            return v;
        }
        let pos = self.pos(e);
        if matches!(v, Operand::Const(Const::Zero(_)))
            && self.p.types.basic(from) == Some(BasicKind::UntypedNil)
        {
            return Operand::Const(Const::Zero(target));
        }
        if self.p.types.is_interface(from) {
            return self.iface_to_iface(v, from, target, pos);
        }
        let text = self.boxed_text(e);
        self.box_value(v, from, target, pos, text)
    }

    /// Converts a concrete value to an interface, boxing it unless it is pointer-shaped.
    pub fn box_value(
        &mut self,
        v: Operand,
        from: TypeId,
        target: TypeId,
        pos: Pos,
        text: String,
    ) -> Operand {
        let base = match self.p.types.get(from) {
            Type::Pointer(e) => *e,
            _ => from,
        };
        if !self.is_empty_interface(target) && self.std_method(base, 0).is_some() {
            self.p.unsupported(
                pos,
                "converting a standard-library type with methods to an interface is",
            );
        }
        self.ensure_method_set(from);
        let tab = if self.is_empty_interface(target) {
            Const::TypeDesc(from)
        } else {
            Const::Itab(from, target)
        };
        let data = if self.p.types.is_direct_iface(from) {
            v
        } else {
            let site = self
                .b
                .new_alloc(from, AllocKind::Object, pos, self.static_text(text));
            self.b.func_mut().allocs[site.index()].read_only = true;
            match &v {
                Operand::Const(c) => {
                    self.b.func_mut().allocs[site.index()].static_value = Some(c.clone())
                }
                _ if self.p.types.layout(from).size == 0 => {
                    self.b.func_mut().allocs[site.index()].static_value = Some(Const::Zero(from))
                }
                _ => {
                    self.b.push(Inst::Alloc {
                        site,
                        count: None,
                        pos,
                    });
                    self.b.assign(Place::alloc(site), Rvalue::Use(v), pos);
                }
            }
            let pty = self.p.types.pointer(from);
            self.materialize(pty, Rvalue::AddrOf(Place::alloc(site)), pos)
        };
        self.materialize(target, Rvalue::MakeIface(Operand::Const(tab), data), pos)
    }

    fn iface_to_iface(&mut self, v: Operand, from: TypeId, target: TypeId, pos: Pos) -> Operand {
        if self.is_empty_interface(target) {
            if self.is_empty_interface(from) {
                return v;
            }
            let v = self.materialize(from, Rvalue::Use(v), pos);
            let t = self.materialize(TypeId::UINTPTR, Rvalue::IfaceType(v.clone()), pos);
            let d = self.materialize(TypeId::UINTPTR, Rvalue::IfaceData(v), pos);
            return self.materialize(target, Rvalue::MakeIface(t, d), pos);
        }
        let t = self.temp(target);
        let ok = self.temp(TypeId::BOOL);
        self.b.push(Inst::TypeAssert {
            dst: Some(Place::local(t)),
            ok: Some(Place::local(ok)),
            x: v,
            ty: target,
            pos,
        });
        Operand::local(t)
    }

    /// True if `ty` is an interface without methods.
    pub fn is_empty_interface(&self, ty: TypeId) -> bool {
        matches!(self.p.types.under(ty), Type::Interface(m) if m.is_empty())
    }

    /// The place of an addressable expression, or a temporary holding its value.
    pub fn place_or_temp(&mut self, e: ExprId) -> Place {
        if let Some(p) = self.place(e) {
            return p;
        }
        let ty = self.ty(e);
        let v = self.expr(e);
        let l = self.in_local(ty, v, self.pos(e));
        Place::local(l)
    }

    /// The place an addressable expression denotes (`None` if it has none).
    pub fn place(&mut self, e: ExprId) -> Option<Place> {
        if let Some((place, _)) = self.presets.get(&e) {
            return Some(place.clone());
        }
        let ast = self.p.ast;
        let expr = ast.expr(e);
        let pos = expr.pos;
        match &expr.kind {
            ExprKind::Paren(x) => self.place(*x),
            ExprKind::Ident(_) => {
                let obj = self.use_of(e)?;
                match self.p.info.objects[obj.0 as usize].kind {
                    ObjKind::Var(_) => Some(self.var_place(obj)),
                    _ => None,
                }
            }
            ExprKind::Selector { x, .. } => {
                if let Some(p) = self.std_var(e) {
                    return Some(p);
                }
                let Some(Selection::Field { path, derefs }) =
                    self.p.info.selections.get(&e).cloned()
                else {
                    return None;
                };
                let base = if derefs.first().copied().unwrap_or(false) {
                    let pty = self.ty(*x);
                    let p = self.expr(*x);
                    let l = self.in_local(pty, p, pos);
                    Place::deref(l)
                } else {
                    self.place_or_temp(*x)
                };
                Some(self.follow_path(base, self.ty(*x), &path, &derefs, pos))
            }
            ExprKind::Index { x, index } => {
                let xty = self.ty(*x);
                match self.p.types.under(xty).clone() {
                    Type::Array(_, n) => {
                        let base = self.place_or_temp(*x);
                        let i = self.expr(*index);
                        let i =
                            self.index_into(*index, i, Operand::int(n as i64), Some(n as i64), pos);
                        Some(base.index(i))
                    }
                    Type::Pointer(arr) => {
                        let n = match self.p.types.under(arr) {
                            Type::Array(_, n) => *n,
                            _ => 0,
                        };
                        let p = self.expr(*x);
                        let l = self.in_local(xty, p, pos);
                        let i = self.expr(*index);
                        let i =
                            self.index_into(*index, i, Operand::int(n as i64), Some(n as i64), pos);
                        Some(Place::deref(l).index(i))
                    }
                    Type::Slice(elem) => {
                        let s = self.expr(*x);
                        let s = self.materialize(xty, Rvalue::Use(s), pos);
                        let i = self.expr(*index);
                        let len = self.materialize(TypeId::INT, Rvalue::Len(s.clone()), pos);
                        let i = self.checked_index(i, len, pos);
                        let pty = self.p.types.pointer(elem);
                        let addr = self.temp(pty);
                        self.b
                            .assign(Place::local(addr), Rvalue::ElemAddr(s, i), pos);
                        Some(Place::deref(addr))
                    }
                    _ => None,
                }
            }
            ExprKind::Star(x) => {
                let pty = self.ty(*x);
                let p = self.expr(*x);
                let l = self.in_local(pty, p, pos);
                Some(Place::deref(l))
            }
            _ => None,
        }
    }

    /// Follows a selection path of field indices from `base` (of type `ty`), dereferencing
    /// embedded pointers along the way.
    pub fn follow_path(
        &mut self,
        mut place: Place,
        mut ty: TypeId,
        path: &[u32],
        derefs: &[bool],
        pos: Pos,
    ) -> Place {
        for (k, field) in path.iter().enumerate() {
            if k > 0 && derefs.get(k).copied().unwrap_or(false) {
                let l = self.in_local(ty, Operand::Copy(place), pos);
                place = Place::deref(l);
            }
            let struct_ty = match self.p.types.under(ty) {
                Type::Pointer(e) => *e,
                _ => ty,
            };
            ty = match self.p.types.under(struct_ty) {
                Type::Struct(fields) => fields
                    .get(*field as usize)
                    .map_or(TypeId::INVALID, |f| f.ty),
                _ => TypeId::INVALID,
            };
            place = place.field(*field);
        }
        place
    }

    /// `&x`: the address of a variable or field, or a fresh object for `&T{...}`.
    fn address_of(&mut self, e: ExprId, x: ExprId) -> Operand {
        let pos = self.pos(e);
        let ty = self.ty(e);
        let inner = strip_parens(self.p.ast, x);
        if let ExprKind::Composite { .. } = self.p.ast.expr(inner).kind {
            let elem = self.ty(inner);
            let text = self.text(e);
            let site = self
                .b
                .new_alloc(elem, AllocKind::Object, pos, self.static_text(text));
            self.b.push(Inst::Alloc {
                site,
                count: None,
                pos,
            });
            self.composite_into(inner, Place::alloc(site), false);
            return self.materialize(ty, Rvalue::AddrOf(Place::alloc(site)), pos);
        }
        match self.place(x) {
            Some(p) if !matches!(p.base, middle::ir::PlaceBase::Local(_)) => {
                self.materialize(ty, Rvalue::AddrOf(p), pos)
            }
            _ => {
                self.p.unsupported(pos, "taking this address is");
                Operand::Const(Const::Zero(ty))
            }
        }
    }

    /// Stores composite literal `e` into `dst` (zeroing it first unless `fresh` says it is).
    pub fn composite_into(&mut self, e: ExprId, dst: Place, zero_first: bool) {
        let ast = self.p.ast;
        let ExprKind::Composite { elems, .. } = &ast.expr(e).kind else {
            return;
        };
        // An elided `{...}` standing for `&T{...}` is typed `*T`; its contents are a `T`.
        let ty = match self.p.types.get(self.ty(e)) {
            Type::Pointer(elem) => *elem,
            _ => self.ty(e),
        };
        let pos = self.pos(e);
        match self.p.types.under(ty).clone() {
            Type::Struct(fields) => {
                if zero_first {
                    self.b.assign(
                        dst.clone(),
                        Rvalue::Use(Operand::Const(Const::Zero(ty))),
                        pos,
                    );
                }
                for (i, el) in elems.iter().enumerate() {
                    let index = match el.key.map(|k| &ast.expr(k).kind) {
                        Some(ExprKind::Ident(name)) => {
                            fields.iter().position(|f| &f.name == name).unwrap_or(i)
                        }
                        _ => i,
                    };
                    let Some(f) = fields.get(index) else { continue };
                    self.assign_value_into(el.value, dst.clone().field(index as u32), f.ty);
                }
            }
            Type::Array(elem, _) => {
                if zero_first {
                    self.b.assign(
                        dst.clone(),
                        Rvalue::Use(Operand::Const(Const::Zero(ty))),
                        pos,
                    );
                }
                let mut index = 0i64;
                for el in elems {
                    if let Some(k) = el.key {
                        index = self
                            .p
                            .info
                            .consts
                            .get(&k)
                            .and_then(|v| v.to_i64())
                            .unwrap_or(index);
                    }
                    self.assign_value_into(el.value, dst.clone().index(Operand::int(index)), elem);
                    index += 1;
                }
            }
            Type::Slice(elem) => {
                let v = self.slice_literal(e, elem);
                self.b.assign(dst, Rvalue::Use(v), pos);
            }
            Type::Map(..) => {
                let v = self.map_literal(e);
                self.b.assign(dst, Rvalue::Use(v), pos);
            }
            _ => self.p.unsupported(pos, "this composite literal is"),
        }
    }

    /// Evaluates `value` (which may be a nested literal with an elided type) into `dst`.
    pub(super) fn assign_value_into(&mut self, value: ExprId, dst: Place, ty: TypeId) {
        let inner = strip_parens(self.p.ast, value);
        let elided = matches!(
            self.p.ast.expr(inner).kind,
            ExprKind::Composite { ty: None, .. }
        );
        if let (true, Type::Pointer(elem)) = (elided, self.p.types.under(ty).clone()) {
            // `{...}` standing for `&T{...}` in a literal whose elements are `*T`.
            let pos = self.pos(inner);
            let empty = matches!(&self.p.ast.expr(inner).kind, ExprKind::Composite { elems, .. } if elems.is_empty());
            let text = format!(
                "&{}{}",
                self.p.types.type_string(elem, false, true),
                if empty { "{}" } else { "{...}" }
            );
            let site = self
                .b
                .new_alloc(elem, AllocKind::Object, pos, self.static_text(text));
            self.b.push(Inst::Alloc {
                site,
                count: None,
                pos,
            });
            self.composite_into(inner, Place::alloc(site), false);
            self.b.assign(dst, Rvalue::AddrOf(Place::alloc(site)), pos);
            return;
        }
        let is_literal = matches!(self.p.ast.expr(inner).kind, ExprKind::Composite { .. });
        if is_literal
            && !self.p.types.is_interface(ty)
            && !matches!(self.p.types.under(ty), Type::Slice(_))
        {
            self.composite_into(inner, dst, true);
            return;
        }
        let v = self.expr_to(value, ty);
        self.b.assign(dst, Rvalue::Use(v), self.pos(value));
    }

    /// A slice literal: a backing array allocation site, filled, then sliced.
    fn slice_literal(&mut self, e: ExprId, elem: TypeId) -> Operand {
        let ast = self.p.ast;
        let ExprKind::Composite { elems, .. } = &ast.expr(e).kind else {
            return Operand::Const(Const::Zero(elem));
        };
        let mut n = 0i64;
        let mut index = 0i64;
        for el in elems {
            if let Some(k) = el.key {
                index = self
                    .p
                    .info
                    .consts
                    .get(&k)
                    .and_then(|v| v.to_i64())
                    .unwrap_or(index);
            }
            index += 1;
            n = n.max(index);
        }
        let pos = self.pos(e);
        let arr = self.p.types.array(elem, n as u64);
        let text = self.text(e);
        let site = self
            .b
            .new_alloc(arr, AllocKind::Object, pos, self.static_text(text));
        self.b.push(Inst::Alloc {
            site,
            count: None,
            pos,
        });
        let mut index = 0i64;
        for el in elems {
            if let Some(k) = el.key {
                index = self
                    .p
                    .info
                    .consts
                    .get(&k)
                    .and_then(|v| v.to_i64())
                    .unwrap_or(index);
            }
            self.assign_value_into(
                el.value,
                Place::alloc(site).index(Operand::int(index)),
                elem,
            );
            index += 1;
        }
        let pty = self.p.types.pointer(arr);
        let ptr = self.materialize(pty, Rvalue::AddrOf(Place::alloc(site)), pos);
        let sty = self.ty(e);
        self.materialize(
            sty,
            Rvalue::MakeSlice(ptr, Operand::int(n), Operand::int(n)),
            pos,
        )
    }

    fn slice_expr(
        &mut self,
        e: ExprId,
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    ) -> Operand {
        let pos = self.pos(e);
        let ty = self.ty(e);
        let xty = self.ty(x);
        let base = match self.p.types.under(xty).clone() {
            Type::Array(..) => {
                // Slicing an array variable takes its address.
                let Some(place) = self.place(x) else {
                    self.p
                        .unsupported(pos, "slicing a non-addressable array is");
                    return Operand::Const(Const::Zero(ty));
                };
                let pty = self.p.types.pointer(xty);
                self.materialize(pty, Rvalue::AddrOf(place), pos)
            }
            _ => self.expr(x),
        };
        let bound = |l: &mut Self, b: Option<ExprId>| b.map(|b| l.expr(b));
        let (lo, hi, max) = (bound(self, lo), bound(self, hi), bound(self, max));
        self.materialize(
            ty,
            Rvalue::Slice {
                x: base,
                lo,
                hi,
                max,
            },
            pos,
        )
    }

    fn binary(&mut self, e: ExprId, op: BinaryOp, x: ExprId, y: ExprId) -> Operand {
        let pos = self.pos(e);
        let ty = self.ty(e);
        if matches!(op, BinaryOp::AndAnd | BinaryOp::OrOr) {
            let result = self.temp(ty);
            let (t, f, done) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
            self.cond(e, t, f);
            self.b.switch_to(t);
            self.b.assign(
                Place::local(result),
                Rvalue::Use(Operand::Const(Const::Bool(true, ty))),
                pos,
            );
            self.b.goto(done);
            self.b.switch_to(f);
            self.b.assign(
                Place::local(result),
                Rvalue::Use(Operand::Const(Const::Bool(false, ty))),
                pos,
            );
            self.b.goto(done);
            self.b.switch_to(done);
            return Operand::local(result);
        }
        let (xt, yt) = (self.ty(x), self.ty(y));
        if op == BinaryOp::Add && self.p.types.basic(ty) == Some(BasicKind::String) {
            return self.concat(e, ty);
        }
        if op.is_comparison() {
            // Mixed interface/concrete comparisons compare as interfaces.
            let (a, b) = if self.p.types.is_interface(xt) && !self.p.types.is_interface(yt) {
                (self.expr(x), self.expr_to(y, xt))
            } else if self.p.types.is_interface(yt) && !self.p.types.is_interface(xt) {
                (self.expr_to(x, yt), self.expr(y))
            } else {
                let a = self.string_view(x);
                let b = self.string_view(y);
                let b = if let Operand::Const(Const::Zero(_)) = b {
                    Operand::Const(Const::Zero(xt))
                } else {
                    b
                };
                let a = if let Operand::Const(Const::Zero(_)) = a {
                    Operand::Const(Const::Zero(yt))
                } else {
                    a
                };
                (a, b)
            };
            return self.materialize(ty, Rvalue::Binary(ir_binop(op), a, b), pos);
        }
        let a = self.expr(x);
        let b = self.expr(y);
        self.materialize(ty, Rvalue::Binary(ir_binop(op), a, b), pos)
    }

    /// The value of `e`; for `string(b)` of a byte slice, a string sharing `b`'s bytes instead of a
    /// copy. gc does the same (`slicebytetostringtmp`) where the string cannot outlive the
    /// expression: comparisons, concatenation operands, map lookups.
    pub fn string_view(&mut self, e: ExprId) -> Operand {
        if self.presets.contains_key(&e) {
            return self.expr(e);
        }
        let inner = strip_parens(self.p.ast, e);
        if let ExprKind::Call { args, .. } = &self.p.ast.expr(inner).kind {
            if let (Some(crate::check::CallKind::Conversion(t)), [arg]) =
                (self.p.info.calls.get(&inner), args.as_slice())
            {
                let from = self.ty(*arg);
                let bytes_to_string = self.p.types.basic(*t) == Some(BasicKind::String)
                    && matches!(self.p.types.under(from), Type::Slice(el) if self.p.types.basic(*el) == Some(BasicKind::Uint8));
                if bytes_to_string {
                    let pos = self.pos(inner);
                    // gc still reports the conversion (it never escapes); nothing is allocated.
                    let text = self.text(inner);
                    let site = self.b.new_alloc(
                        TypeId::UINT8,
                        AllocKind::RuntimeBuffer,
                        self.pos(*arg),
                        text,
                    );
                    self.b.func_mut().allocs[site.index()].static_value =
                        Some(Const::Zero(TypeId::UINT8));
                    // Mention the site so it counts as reached code (the value is unused).
                    self.materialize(TypeId::UINTPTR, Rvalue::AddrOf(Place::alloc(site)), pos);
                    let b = self.expr(*arg);
                    let b = self.materialize(from, Rvalue::Use(b), pos);
                    let ptr = self.materialize(TypeId::UINTPTR, Rvalue::DataPtr(b.clone()), pos);
                    let len = self.materialize(TypeId::INT, Rvalue::Len(b), pos);
                    return self.materialize(*t, Rvalue::MakeString(ptr, len), pos);
                }
            }
        }
        self.expr(e)
    }

    /// String concatenation: all operands of a `+` chain in one runtime call (like gc's OADDSTR).
    fn concat(&mut self, e: ExprId, ty: TypeId) -> Operand {
        let mut parts = Vec::new();
        self.collect_concat(e, &mut parts);
        let operands: Vec<Operand> = parts.iter().map(|p| self.string_view(*p)).collect();
        let pos = self.pos(e);
        let text = self.text(e);
        let site = self
            .b
            .new_alloc(TypeId::UINT8, AllocKind::RuntimeBuffer, pos, text);
        let t = self.temp(ty);
        self.b.push(Inst::Concat {
            dst: Place::local(t),
            parts: operands,
            site,
            pos,
        });
        Operand::local(t)
    }

    fn collect_concat(&self, e: ExprId, out: &mut Vec<ExprId>) {
        let inner = strip_parens(self.p.ast, e);
        if !self.p.info.consts.contains_key(&inner) {
            if let ExprKind::Binary {
                op: BinaryOp::Add,
                x,
                y,
            } = self.p.ast.expr(inner).kind
            {
                if self.p.types.basic(self.ty(inner)) == Some(BasicKind::String) {
                    self.collect_concat(x, out);
                    self.collect_concat(y, out);
                    return;
                }
            }
        }
        out.push(e);
    }

    /// Lowers a boolean expression as control flow: jumps to `t` if true, else to `f`.
    pub fn cond(&mut self, e: ExprId, t: middle::ir::BlockId, f: middle::ir::BlockId) {
        let inner = strip_parens(self.p.ast, e);
        if !self.p.info.consts.contains_key(&inner) {
            match self.p.ast.expr(inner).kind {
                ExprKind::Binary {
                    op: BinaryOp::AndAnd,
                    x,
                    y,
                } => {
                    let mid = self.b.new_block();
                    self.cond(x, mid, f);
                    self.b.switch_to(mid);
                    self.cond(y, t, f);
                    return;
                }
                ExprKind::Binary {
                    op: BinaryOp::OrOr,
                    x,
                    y,
                } => {
                    let mid = self.b.new_block();
                    self.cond(x, t, mid);
                    self.b.switch_to(mid);
                    self.cond(y, t, f);
                    return;
                }
                ExprKind::Unary {
                    op: UnaryOp::Not,
                    x,
                } => {
                    self.cond(x, f, t);
                    return;
                }
                _ => {}
            }
        }
        let v = self.expr(e);
        self.b.terminate(middle::ir::Terminator::Branch {
            cond: v,
            then: t,
            els: f,
        });
    }

    /// A conversion `T(x)`.
    pub fn conversion(&mut self, e: ExprId, target: TypeId, arg: ExprId) -> Operand {
        let pos = self.pos(e);
        let from = self.ty(arg);
        if self.p.types.is_interface(target) {
            let v = self.expr(arg);
            if self.p.types.is_interface(from) {
                return self.convert_implicit(v, from, target, arg);
            }
            // gc reports the box of an explicit conversion at the operand.
            let text = self.text(e);
            let at = self.pos(arg);
            return self.box_value(v, from, target, at, text);
        }
        let v = self.expr(arg);
        let (fu, tu) = (
            self.p.types.under(from).clone(),
            self.p.types.under(target).clone(),
        );
        let string_conv = match (&fu, &tu) {
            (Type::Basic(k), Type::Basic(BasicKind::String)) if k.is_integer() => {
                Some(StringConvKind::RuneToString)
            }
            (Type::Slice(el), Type::Basic(BasicKind::String)) => {
                Some(if self.p.types.basic(*el) == Some(BasicKind::Uint8) {
                    StringConvKind::BytesToString
                } else {
                    StringConvKind::RunesToString
                })
            }
            (Type::Basic(BasicKind::String), Type::Slice(el)) => {
                Some(if self.p.types.basic(*el) == Some(BasicKind::Uint8) {
                    StringConvKind::StringToBytes
                } else {
                    StringConvKind::StringToRunes
                })
            }
            _ => None,
        };
        if let Some(kind) = string_conv {
            // gc reports a string conversion's buffer at the operand.
            let text = self.text(e);
            let site =
                self.b
                    .new_alloc(TypeId::UINT8, AllocKind::RuntimeBuffer, self.pos(arg), text);
            let t = self.temp(target);
            self.b.push(Inst::StringConv {
                dst: Place::local(t),
                kind,
                src: v,
                site,
                pos,
            });
            return Operand::local(t);
        }
        if let Some(array) = self.slice_to_array(&v, from, target, pos) {
            return array;
        }
        self.materialize(target, Rvalue::Convert(v, from), pos)
    }
}

/// The IR operator for a Go binary operator (`&&` and `||` are control flow, never this).
pub fn ir_binop(op: BinaryOp) -> BinOp {
    match op {
        BinaryOp::Add => BinOp::Add,
        BinaryOp::Sub => BinOp::Sub,
        BinaryOp::Mul => BinOp::Mul,
        BinaryOp::Div => BinOp::Div,
        BinaryOp::Rem => BinOp::Rem,
        BinaryOp::And => BinOp::And,
        BinaryOp::Or => BinOp::Or,
        BinaryOp::Xor => BinOp::Xor,
        BinaryOp::AndNot => BinOp::AndNot,
        BinaryOp::Shl => BinOp::Shl,
        BinaryOp::Shr => BinOp::Shr,
        BinaryOp::Eq => BinOp::Eq,
        BinaryOp::Ne => BinOp::Ne,
        BinaryOp::Lt => BinOp::Lt,
        BinaryOp::Le => BinOp::Le,
        BinaryOp::Gt => BinOp::Gt,
        BinaryOp::Ge | BinaryOp::AndAnd | BinaryOp::OrOr => BinOp::Ge,
    }
}

/// `e` without enclosing parentheses.
pub fn strip_parens(ast: &crate::ast::Ast, mut e: ExprId) -> ExprId {
    while let ExprKind::Paren(x) = ast.expr(e).kind {
        e = x;
    }
    e
}
