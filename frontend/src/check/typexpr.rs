//! Type expressions: names, qualified names, pointers, arrays (with constant lengths), slices,
//! maps, channels, function types, structs and interfaces.
//!
//! Type expressions are not recorded in `expr_types` (they denote no value), but identifiers in
//! them are recorded in `uses`. Map key comparability needs complete types, so it is checked
//! later ([`Checker::process_later`]), as types2 does.

use std::collections::HashMap;

use middle::source::Pos;
use middle::types::{BasicKind, Field, InterfaceMethod, Type, TypeId};

use super::operand::Mode;
use super::Checker;
use crate::ast::{ExprId, ExprKind, FieldDecl, InterfaceElem};

impl Checker<'_> {
    /// Checks a type expression and returns the type (`INVALID` after an error), recording it
    /// in `type_exprs`.
    pub(crate) fn type_expr(&mut self, e: ExprId) -> TypeId {
        let ty = self.type_expr_inner(e);
        self.type_exprs.insert(e, ty);
        ty
    }

    fn type_expr_inner(&mut self, e: ExprId) -> TypeId {
        let ast = self.ast;
        let expr = ast.expr(e);
        match &expr.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.raw_expr_want_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => TypeId::INVALID,
                    Mode::NoValue => {
                        let message = format!("{} used as type", self.describe(&x));
                        self.error_op(&x, message);
                        TypeId::INVALID
                    }
                    _ => {
                        let message = format!("{} is not a type", self.describe(&x));
                        self.error_op(&x, message);
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(inner) => self.type_expr(*inner),
            ExprKind::Star(base) => {
                let base = self.type_expr(*base);
                if base == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.types.pointer(base)
            }
            ExprKind::ArrayType { len, dots, elem } => match (len, dots) {
                (None, false) => {
                    let elem = self.type_expr(*elem);
                    if elem == TypeId::INVALID {
                        return TypeId::INVALID;
                    }
                    self.types.slice(elem)
                }
                (None, true) => {
                    self.error_at(
                        e,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.type_expr(*elem);
                    TypeId::INVALID
                }
                (Some(len), _) => {
                    let n = self.array_length(*len);
                    let elem = self.type_expr(*elem);
                    match n {
                        Some(n) if elem != TypeId::INVALID => self.types.array(elem, n),
                        _ => TypeId::INVALID,
                    }
                }
            },
            ExprKind::MapType { key, value } => {
                let key_ty = self.type_expr(*key);
                let value_ty = self.type_expr(*value);
                if key_ty == TypeId::INVALID || value_ty == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.later_map_keys.push((*key, key_ty));
                self.types.intern(Type::Map(key_ty, value_ty))
            }
            ExprKind::ChanType { dir, elem } => {
                let elem = self.type_expr(*elem);
                if elem == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.types.intern(Type::Chan(*dir, elem))
            }
            ExprKind::FuncType(sig) => {
                let params = self.collect_signature(sig);
                params.sig
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Bad => TypeId::INVALID,
            _ => {
                let message = format!("{} is not a type", self.expr_str(e));
                self.error_at(e, message);
                TypeId::INVALID
            }
        }
    }

    /// Evaluates a constant array length (types2's `arrayLength`).
    fn array_length(&mut self, e: ExprId) -> Option<u64> {
        if let ExprKind::Ident(name) = &self.ast.expr(e).kind {
            match self.lookup(name) {
                None => {
                    self.error_at(
                        e,
                        format!("undefined array length {name} or missing type constraint"),
                    );
                    return None;
                }
                Some(obj) if !matches!(self.obj(obj).kind, super::info::ObjKind::Const(_)) => {
                    self.error_at(e, format!("invalid array length {name}"));
                    return None;
                }
                Some(_) => {}
            }
        }
        let x = self.expr(e);
        if x.mode != Mode::Constant {
            if x.is_valid() {
                let message = format!("array length {} must be constant", self.describe(&x));
                self.error_op(&x, message);
            }
            return None;
        }
        if self.is_untyped(x.ty) || self.is_integer(x.ty) {
            if let Some(n) = x.val.as_ref().and_then(|v| v.to_int()) {
                if crate::constant::fits_integer_kind(&n, BasicKind::Int) {
                    if let Some(n) = num_traits::ToPrimitive::to_u64(&n) {
                        return Some(n);
                    }
                }
            }
        }
        let what = if self.is_integer(x.ty) {
            "invalid array length"
        } else {
            "array length"
        };
        let suffix = if self.is_integer(x.ty) {
            ""
        } else {
            " must be integer"
        };
        let message = format!("{what} {}{suffix}", self.describe(&x));
        self.error_op(&x, message);
        None
    }

    /// The type of a struct type expression.
    fn struct_type(&mut self, decls: &[FieldDecl]) -> TypeId {
        let mut fields = Vec::new();
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for decl in decls {
            let ty = self.type_expr(decl.ty);
            if decl.names.is_empty() {
                let Some((name, name_pos)) = self.embedded_field_name(decl.ty) else {
                    continue;
                };
                self.check_embedded_field(decl.ty, ty);
                self.declare_field(&mut seen, &name, name_pos);
                fields.push(Field {
                    name,
                    ty,
                    embedded: true,
                });
            } else {
                for ident in &decl.names {
                    self.declare_field(&mut seen, &ident.name, ident.pos);
                    fields.push(Field {
                        name: ident.name.clone(),
                        ty,
                        embedded: false,
                    });
                }
            }
        }
        self.types.intern(Type::Struct(fields))
    }

    fn declare_field(&mut self, seen: &mut HashMap<String, Pos>, name: &str, pos: Pos) {
        if name == "_" {
            return;
        }
        if let Some(&other) = seen.get(name) {
            let parts = [
                (pos, format!("{name} redeclared")),
                (other, format!("other declaration of {name}")),
            ];
            self.error_parts(pos, &parts);
            return;
        }
        seen.insert(name.to_string(), pos);
    }

    /// The implicit name of an embedded field: `T` for `T`, `*T`, `pkg.T` and `*pkg.T`.
    fn embedded_field_name(&self, e: ExprId) -> Option<(String, Pos)> {
        let expr = self.ast.expr(e);
        match &expr.kind {
            ExprKind::Ident(name) => Some((name.clone(), expr.pos)),
            ExprKind::Selector { sel, .. } => Some((sel.name.clone(), sel.pos)),
            ExprKind::Star(base) => self.embedded_field_name(*base),
            ExprKind::Paren(inner) => self.embedded_field_name(*inner),
            _ => None,
        }
    }

    /// Reports embedded field types Go forbids (pointers to pointers or interfaces).
    fn check_embedded_field(&mut self, e: ExprId, ty: TypeId) {
        if ty == TypeId::INVALID {
            return;
        }
        let (base, is_ptr) = self.deref(ty);
        if self
            .types
            .named(base)
            .is_some_and(|n| n.underlying.is_none())
        {
            return;
        }
        let message = match self.types.under(base) {
            Type::Basic(BasicKind::UnsafePointer) => {
                Some("embedded field type cannot be unsafe.Pointer")
            }
            Type::Pointer(_) => Some("embedded field type cannot be a pointer"),
            Type::Interface(_) if is_ptr => {
                Some("embedded field type cannot be a pointer to an interface")
            }
            _ => None,
        };
        if let Some(message) = message {
            self.error_at(e, message);
        }
    }

    /// The type of an interface type expression: explicit methods, then embedded interfaces.
    fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        let mut positions: HashMap<String, Pos> = HashMap::new();
        let mut embedded = Vec::new();
        for elem in elems {
            match elem {
                InterfaceElem::Method { name, sig } => {
                    let sig_ty = self.collect_signature(sig).sig;
                    if name.name == "_" {
                        self.error(name.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    if let Some(&other) = positions.get(&name.name) {
                        let parts = [
                            (name.pos, format!("duplicate method {}", name.name)),
                            (other, format!("other declaration of method {}", name.name)),
                        ];
                        self.error_parts(name.pos, &parts);
                        continue;
                    }
                    positions.insert(name.name.clone(), name.pos);
                    methods.push(InterfaceMethod {
                        name: name.name.clone(),
                        sig: sig_ty,
                    });
                }
                InterfaceElem::Embedded(e) => embedded.push(*e),
            }
        }
        for e in embedded {
            let ty = self.type_expr(e);
            if ty == TypeId::INVALID {
                continue;
            }
            let embedded_methods = match self.types.under(ty) {
                Type::Interface(list) => list.clone(),
                Type::Basic(BasicKind::Invalid) => {
                    self.report_embedding_cycle(ty);
                    continue;
                }
                _ => {
                    self.error_at(e, "generic type constraints are not supported");
                    continue;
                }
            };
            let pos = self.start_pos(e);
            for m in embedded_methods {
                if let Some(existing) = methods.iter().find(|x| x.name == m.name) {
                    if !self.identical(existing.sig, m.sig) {
                        let other = positions.get(&m.name).copied().unwrap_or(pos);
                        let parts = [
                            (pos, format!("duplicate method {}", m.name)),
                            (other, format!("other declaration of method {}", m.name)),
                        ];
                        self.error_parts(pos, &parts);
                    }
                    continue;
                }
                positions.insert(m.name.clone(), pos);
                methods.push(m);
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.types.intern(Type::Interface(methods))
    }

    /// Reports an interface that embeds itself (directly or through other interfaces): the
    /// embedded named type is still being declared.
    fn report_embedding_cycle(&mut self, ty: TypeId) {
        let Some(&obj) = self.named_objs.get(&ty) else {
            return;
        };
        if self.types.named(ty).is_some_and(|n| n.underlying.is_some()) {
            return;
        }
        if let Some(start) = self.obj_path.iter().position(|&o| o == obj) {
            let cycle = self.obj_path[start..].to_vec();
            self.cycle_error(&cycle, 0);
            self.types.set_underlying(ty, TypeId::INVALID);
        }
    }

    /// Runs the checks that need complete types (map key comparability).
    pub(crate) fn process_later(&mut self) {
        let pending = std::mem::take(&mut self.later_map_keys);
        for (e, key) in pending {
            if !self.comparable(key) {
                let message = format!("invalid map key type {}", self.type_str(key));
                self.error_at(e, message);
            }
        }
    }
}
