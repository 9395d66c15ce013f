//! Checking one package-level object (types2's `objDecl`): constants (with `iota` and implicit
//! repetition), variables, type definitions and aliases (with their methods), and function
//! signatures. A reference to an object that is being checked is a cycle; cycles through type
//! definitions are fine (and checked for infinite size by [`Checker::valid_type`]), others are
//! reported, and cycles of values are left to the initialisation order.

use middle::types::{NamedMethod, Type, TypeId};

use super::info::{FuncRef, ObjId, ObjKind};
use super::objects::{DeclState, PkgDecl};
use super::operand::Mode;
use super::Checker;
use crate::ast::{Decl, ExprKind};

/// Work queued until all package-level objects are checked.
#[derive(Clone, Debug)]
pub(crate) enum Delayed {
    /// A function or method body.
    Body(super::objects::PendingBody),
    /// A function literal in a package-level declaration.
    Lit(super::objects::DelayedLit),
}

impl Checker<'_> {
    /// Checks a package-level object if it is not checked yet; handles cycles.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.extra(obj).state {
            DeclState::Done => return,
            DeclState::InProgress => {
                self.handle_cycle(obj);
                return;
            }
            DeclState::Unchecked => {}
        }
        let Some(decl) = self.extra(obj).decl else {
            return;
        };
        self.extra_mut(obj).state = DeclState::InProgress;
        self.obj_path.push(obj);
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.func_stack);
        let saved = (self.decl_ctx, self.iota, self.errpos, self.cur_file);
        self.iota = None;
        self.errpos = None;
        match decl {
            PkgDecl::Const {
                file,
                decl,
                spec,
                name,
                source,
            } => {
                self.cur_file = file as usize;
                self.decl_ctx = Some(obj);
                self.const_decl_pkg(obj, file, decl, spec, name, source);
            }
            PkgDecl::Var {
                file,
                decl,
                spec,
                name,
            } => {
                self.cur_file = file as usize;
                self.decl_ctx = Some(obj);
                self.var_decl_pkg(obj, file, decl, spec, name);
            }
            PkgDecl::Type { file, decl, spec } => {
                self.cur_file = file as usize;
                self.decl_ctx = None;
                self.type_decl_pkg(obj, file, decl, spec);
            }
            PkgDecl::Func { file, decl } => {
                self.cur_file = file as usize;
                self.decl_ctx = None;
                self.func_decl(obj, file, decl);
            }
        }
        (self.decl_ctx, self.iota, self.errpos, self.cur_file) = saved;
        self.scopes = saved_scopes;
        self.func_stack = saved_funcs;
        self.obj_path.pop();
        self.extra_mut(obj).state = DeclState::Done;
    }

    /// A reference to `obj` while it is being checked.
    fn handle_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else {
            return;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let valid = self.valid_cycle(&cycle);
        let invalidate = match &self.obj(obj).kind {
            ObjKind::Const(_) | ObjKind::Var(_) => !valid || !self.type_known.contains(&obj),
            ObjKind::TypeName => !valid,
            _ => false,
        };
        if invalidate {
            self.set_obj_type(obj, TypeId::INVALID);
            self.type_known.insert(obj);
        }
    }

    /// types2's `validCycle`: cycles of only values, or through type definitions, are fine.
    fn valid_cycle(&mut self, cycle: &[ObjId]) -> bool {
        let values = cycle
            .iter()
            .filter(|&&o| matches!(self.obj(o).kind, ObjKind::Const(_) | ObjKind::Var(_)))
            .count();
        let definitions = cycle
            .iter()
            .filter(|&&o| matches!(self.obj(o).kind, ObjKind::TypeName) && !self.is_alias(o))
            .count();
        if values == cycle.len() || (values == 0 && definitions > 0) {
            return true;
        }
        let start = (0..cycle.len())
            .min_by_key(|&i| self.obj(cycle[i]).pos)
            .unwrap_or(0);
        self.cycle_error(cycle, start);
        false
    }

    /// True if `obj` is a type alias declaration.
    pub(crate) fn is_alias(&self, obj: ObjId) -> bool {
        let Some(PkgDecl::Type { file, decl, spec }) = self.extra(obj).decl else {
            return false;
        };
        match &self.ast.files[file as usize].decls[decl as usize] {
            Decl::Type(specs) => specs[spec as usize].alias,
            _ => false,
        }
    }

    /// Reports a declaration cycle starting at `cycle[start]`.
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId], start: usize) {
        let first = cycle[start];
        let is_type = matches!(self.obj(first).kind, ObjKind::TypeName);
        let name = self.obj(first).name.clone();
        let pos = self.obj(first).pos;
        if cycle.len() == 1 {
            let message = if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid cycle in declaration: {name} refers to itself")
            };
            self.error(pos, message);
            return;
        }
        let head = if is_type {
            format!("invalid recursive type {name}")
        } else {
            format!("invalid cycle in declaration of {name}")
        };
        let mut parts = vec![(pos, head)];
        let mut current = first;
        for i in 0..cycle.len() {
            let next = cycle[(start + i + 1) % cycle.len()];
            parts.push((
                self.obj(current).pos,
                format!(
                    "{} refers to {}",
                    self.obj(current).name,
                    self.obj(next).name
                ),
            ));
            current = next;
        }
        self.error_parts(pos, &parts);
    }

    /// Checks a package-level constant.
    fn const_decl_pkg(
        &mut self,
        obj: ObjId,
        file: u32,
        decl: u32,
        spec: u32,
        name: u32,
        source: u32,
    ) {
        let ast = self.ast;
        let Decl::Const(specs) = &ast.files[file as usize].decls[decl as usize] else {
            return;
        };
        let (this, src) = (&specs[spec as usize], &specs[source as usize]);
        let init = src.values.get(name as usize).copied();
        self.const_decl(obj, this.iota, src.ty, init, source != spec);
    }

    /// Checks a constant declaration (package-level or local) and sets the object's type and
    /// value (types2's `constDecl` and `initConst`).
    pub(crate) fn const_decl(
        &mut self,
        obj: ObjId,
        iota: u32,
        ty: Option<crate::ast::ExprId>,
        init: Option<crate::ast::ExprId>,
        inherited: bool,
    ) {
        let saved = (self.iota, self.errpos);
        self.iota = Some(iota as i64);
        self.errpos = None;
        self.set_obj_type(obj, TypeId::INVALID);
        self.type_known.insert(obj);
        let mut declared = None;
        if let Some(ty) = ty {
            let t = self.type_expr(ty);
            if !self.is_const_type(t) {
                if self.types.underlying(t) != TypeId::INVALID {
                    let message = format!("invalid constant type {}", self.type_str(t));
                    self.error_at(ty, message);
                }
                (self.iota, self.errpos) = saved;
                return;
            }
            declared = Some(t);
        }
        let Some(init) = init else {
            (self.iota, self.errpos) = saved;
            return;
        };
        if inherited {
            self.errpos = Some(self.obj(obj).pos);
        }
        let mut x = self.expr(init);
        if x.is_valid() && x.ty != TypeId::INVALID {
            if x.mode != Mode::Constant {
                let message = format!("{} is not constant", self.describe(&x));
                self.error_op(&x, message);
            } else {
                let target = declared.unwrap_or(x.ty);
                self.assignment(&mut x, Some(target), "constant declaration");
                if x.is_valid() {
                    self.set_obj_type(obj, x.ty);
                    if let Some(val) = x.val.clone() {
                        self.objects[obj.0 as usize].kind = ObjKind::Const(val);
                    }
                }
            }
        }
        (self.iota, self.errpos) = saved;
    }

    /// Checks a package-level variable (or all variables of an n:1 spec).
    fn var_decl_pkg(&mut self, obj: ObjId, file: u32, decl: u32, spec_index: u32, name: u32) {
        let ast = self.ast;
        let Decl::Var(specs) = &ast.files[file as usize].decls[decl as usize] else {
            return;
        };
        let spec = &specs[spec_index as usize];
        let declared = spec.ty.map(|t| self.type_expr(t));
        if let Some(t) = declared {
            self.set_obj_type(obj, t);
            self.type_known.insert(obj);
        }
        if spec.values.is_empty() {
            if declared.is_none() {
                self.set_obj_type(obj, TypeId::INVALID);
            }
            self.type_known.insert(obj);
            return;
        }
        if spec.values.len() == 1 && spec.names.len() > 1 {
            // n:1 declaration: all variables are initialised together.
            let lhs: Vec<ObjId> = spec
                .names
                .iter()
                .map(|n| self.defs.get(&n.pos).copied().unwrap_or(obj))
                .collect();
            for &v in &lhs {
                if let Some(t) = declared {
                    self.set_obj_type(v, t);
                    self.type_known.insert(v);
                }
                if v != obj {
                    self.extra_mut(v).state = DeclState::Done;
                }
            }
            let lhs_types: Vec<Option<TypeId>> = lhs.iter().map(|_| declared).collect();
            let types = self.init_vars(&lhs_types, &spec.values, None);
            for (v, t) in lhs.iter().zip(types) {
                self.set_obj_type(*v, t);
                self.type_known.insert(*v);
            }
            return;
        }
        match spec.values.get(name as usize) {
            Some(&init) => {
                let mut x = self.expr(init);
                let t = self.init_var(declared, &mut x, "variable declaration");
                self.set_obj_type(obj, t);
            }
            None => {
                if declared.is_none() {
                    self.set_obj_type(obj, TypeId::INVALID);
                }
            }
        }
        self.type_known.insert(obj);
    }

    /// Checks a package-level type declaration and attaches its methods.
    fn type_decl_pkg(&mut self, obj: ObjId, file: u32, decl: u32, spec: u32) {
        let ast = self.ast;
        let Decl::Type(specs) = &ast.files[file as usize].decls[decl as usize] else {
            return;
        };
        let spec = &specs[spec as usize];
        self.type_decl(obj, spec);
        if !spec.alias {
            self.collect_methods(obj);
        }
    }

    /// Checks a type declaration (package-level or local): alias target or defined type's
    /// underlying type, then the infinite-size check.
    pub(crate) fn type_decl(&mut self, obj: ObjId, spec: &crate::ast::TypeSpec) {
        if spec.alias {
            let t = self.type_expr(spec.ty);
            if !(self.obj(obj).ty == TypeId::INVALID && self.type_known.contains(&obj)) {
                self.set_obj_type(obj, t);
            }
            self.type_known.insert(obj);
            return;
        }
        let named = self.obj(obj).ty;
        self.named_objs.insert(named, obj);
        let rhs = self.type_expr(spec.ty);
        self.named_rhs.insert(named, rhs);
        self.types.set_underlying(named, rhs);
        if let ExprKind::StructType(fields) = &self.ast.expr(spec.ty).kind {
            for field in fields {
                for ident in &field.names {
                    self.field_positions
                        .insert((named, ident.name.clone()), ident.pos);
                }
            }
        }
        self.type_known.insert(obj);
        self.valid_type(named);
    }

    /// Reports types of infinite size (types2's `validType`): a defined type containing itself
    /// through arrays and struct fields.
    fn valid_type(&mut self, named: TypeId) {
        let Some(&rhs) = self.named_rhs.get(&named) else {
            return;
        };
        let mut nest = vec![named];
        let (ok, complete) = self.valid_type_in(rhs, &mut nest);
        if ok && complete {
            self.validated.insert(named);
        }
    }

    /// Walks `ty` looking for a defined type of `nest` again; returns whether no cycle was
    /// found and whether every defined type reached was resolved (only then is a type's
    /// validity remembered, so shared components are walked once).
    fn valid_type_in(&mut self, ty: TypeId, nest: &mut Vec<TypeId>) -> (bool, bool) {
        match self.types.get(ty).clone() {
            Type::Array(elem, _) => self.valid_type_in(elem, nest),
            Type::Struct(fields) => {
                let mut complete = true;
                for f in &fields {
                    let (ok, done) = self.valid_type_in(f.ty, nest);
                    complete &= done;
                    if !ok {
                        return (false, complete);
                    }
                }
                (true, complete)
            }
            Type::Named(named) => {
                if let Some(start) = nest.iter().position(|&t| t == ty) {
                    let cycle: Vec<ObjId> = nest[start..]
                        .iter()
                        .filter_map(|t| self.named_objs.get(t).copied())
                        .collect();
                    if !cycle.is_empty() {
                        self.cycle_error(&cycle, 0);
                    }
                    self.types.set_underlying(ty, TypeId::INVALID);
                    self.named_rhs.insert(ty, TypeId::INVALID);
                    return (false, true);
                }
                if self.validated.contains(&ty) {
                    return (true, true);
                }
                let Some(&rhs) = self.named_rhs.get(&ty) else {
                    return (true, named.underlying.is_some());
                };
                nest.push(ty);
                let (ok, complete) = self.valid_type_in(rhs, nest);
                nest.pop();
                if ok && complete {
                    self.validated.insert(ty);
                }
                (ok, complete)
            }
            _ => (true, true),
        }
    }

    /// Checks the methods declared on a type and adds them to its method list.
    fn collect_methods(&mut self, type_obj: ObjId) {
        let Some(methods) = self.methods_of.get(&type_obj).cloned() else {
            return;
        };
        let named = self.obj(type_obj).ty;
        if self.types.named(named).is_none() {
            return;
        }
        let type_name = self.obj(type_obj).name.clone();
        let mut added: Vec<ObjId> = Vec::new();
        for m in methods {
            let name = self.obj(m).name.clone();
            if let Some(&alt) = added.iter().find(|&&a| self.obj(a).name == name) {
                let message = format!(
                    "method {type_name}.{name} already declared at {}",
                    self.pos_string(self.obj(alt).pos)
                );
                let pos = self.obj(m).pos;
                self.error(pos, message);
                continue;
            }
            self.obj_decl(m);
            let pointer_receiver = self.method_recv_is_pointer(m);
            let sig = self.obj(m).ty;
            self.named_methods
                .entry(named)
                .or_default()
                .push(NamedMethod {
                    name,
                    pointer_receiver,
                    sig,
                    decl: m.0,
                });
            added.push(m);
        }
    }

    /// True if the method `m` is declared with a pointer receiver.
    fn method_recv_is_pointer(&self, m: ObjId) -> bool {
        let ObjKind::Func(func) = self.obj(m).kind else {
            return false;
        };
        match self.func_sigs.get(&func).and_then(|s| s.recv.as_ref()) {
            Some(recv) => self.is_pointer_type_literal(recv.ty),
            None => false,
        }
    }

    fn is_pointer_type_literal(&self, ty: TypeId) -> bool {
        matches!(self.types.get(ty), Type::Pointer(_))
    }

    /// Checks a function or method signature and queues its body.
    fn func_decl(&mut self, obj: ObjId, file: u32, decl: u32) {
        let ast = self.ast;
        let Decl::Func(fd) = &ast.files[file as usize].decls[decl as usize] else {
            return;
        };
        let func = FuncRef::Decl { file, decl };
        let recv = fd.recv.as_ref().map(|r| self.collect_receiver(r));
        let recv_ty = recv.as_ref().map(|r| r.ty);
        let mut info = self.collect_signature(&fd.sig);
        info.recv = recv;
        self.set_obj_type(obj, info.sig);
        self.type_known.insert(obj);
        self.func_sigs.insert(func, info);
        if let (Some(recv), Some(recv_ty)) = (&fd.recv, recv_ty) {
            self.check_receiver(recv.ty, recv_ty);
        }
        if fd.body.is_some() {
            self.delayed
                .push(Delayed::Body(super::objects::PendingBody {
                    obj,
                    file,
                    decl,
                }));
        } else if fd.name.name != "init" {
            self.missing_bodies.push(fd.name.pos);
        }
    }

    /// Reports receivers whose base type cannot have methods (types2's `validRecv`).
    fn check_receiver(&mut self, recv_expr: crate::ast::ExprId, recv_ty: TypeId) {
        let mut base_expr = recv_expr;
        while let ExprKind::Paren(inner) | ExprKind::Star(inner) = &self.ast.expr(base_expr).kind {
            base_expr = *inner;
        }
        let (base, _) = self.deref(recv_ty);
        if base == TypeId::INVALID {
            return;
        }
        let base_str = self.type_str(base);
        let message = match self.types.get(base) {
            Type::Named(named) if named.package != self.pkg_name || named.package.is_empty() => {
                Some(format!(
                    "cannot define new methods on non-local type {base_str}"
                ))
            }
            Type::Named(_) => match self.types.under(base) {
                Type::Basic(middle::types::BasicKind::UnsafePointer) => {
                    Some(format!("invalid receiver type {base_str} (unsafe.Pointer)"))
                }
                Type::Pointer(_) | Type::Interface(_) => Some(format!(
                    "invalid receiver type {base_str} (pointer or interface type)"
                )),
                _ => None,
            },
            Type::Basic(_) => Some(format!(
                "cannot define new methods on non-local type {base_str}"
            )),
            _ => Some(format!("invalid receiver type {}", self.type_str(recv_ty))),
        };
        if let Some(message) = message {
            self.error_at(base_expr, message);
        }
    }

    /// Checks every queued body and package-level function literal, in order.
    pub(crate) fn check_bodies(&mut self) {
        let mut index = 0;
        while index < self.delayed.len() {
            let item = self.delayed[index].clone();
            index += 1;
            match item {
                Delayed::Body(body) => {
                    let ast = self.ast;
                    let Decl::Func(fd) = &ast.files[body.file as usize].decls[body.decl as usize]
                    else {
                        continue;
                    };
                    let Some(block) = &fd.body else { continue };
                    self.cur_file = body.file as usize;
                    self.decl_ctx = Some(body.obj);
                    self.iota = None;
                    self.func_body(
                        FuncRef::Decl {
                            file: body.file,
                            decl: body.decl,
                        },
                        block,
                    );
                }
                Delayed::Lit(lit) => {
                    let ExprKind::FuncLit { body, .. } = &self.ast.expr(lit.lit).kind else {
                        continue;
                    };
                    self.cur_file = lit.file;
                    self.decl_ctx = lit.decl_ctx;
                    self.iota = lit.iota;
                    self.func_body(FuncRef::Lit(lit.lit), body);
                }
            }
            self.process_later();
        }
        self.delayed.clear();
        self.decl_ctx = None;
    }
}
