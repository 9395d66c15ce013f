//! Selector expressions `x.f` (types2's `selector`): qualified identifiers of imported
//! packages, struct fields and methods through embedded fields (recorded as a
//! [`Selection`] with the field path and implicit dereferences), method values with automatic
//! `&x` / `*p` receivers, and method expressions `T.M`.

use middle::types::{Signature, Type, TypeId};

use super::info::{ObjId, ObjKind, Selection};
use super::lookup::Lookup;
use super::operand::{Mode, Operand, OperandExpr};
use super::stdlib::{FUNCS, TYPES, VARS};
use super::Checker;
use crate::ast::{ExprId, ExprKind, Ident};

impl Checker<'_> {
    /// Checks `base.sel`.
    pub(crate) fn selector(
        &mut self,
        e: ExprId,
        base: ExprId,
        sel: &Ident,
        want_type: bool,
    ) -> Operand {
        if let ExprKind::Ident(name) = &self.ast.expr(base).kind {
            if let Some(pkg) = self.lookup(name) {
                if let ObjKind::PkgName(path) = self.obj(pkg).kind.clone() {
                    self.record_use(base, pkg);
                    self.extra_mut(pkg).used = true;
                    return self.qualified(e, &path, sel);
                }
            }
        }
        let x = self.expr_or_type(base);
        match x.mode {
            Mode::Builtin(_) => {
                let message = format!(
                    "invalid use of {} in selector expression",
                    self.describe(&x)
                );
                let pos = self.ast.expr(e).pos;
                self.error(pos, message);
                return Operand::invalid(e);
            }
            Mode::Invalid => return Operand::invalid(e),
            _ => {}
        }
        if x.ty == TypeId::INVALID {
            return Operand::invalid(e);
        }
        if want_type {
            let message = format!("{} is not a type", self.expr_str(e));
            self.error(sel.pos, message);
            return Operand::invalid(e);
        }
        let addressable = x.mode == Mode::Variable;
        let lookup = self.lookup_selector(x.ty, addressable, &sel.name);
        match lookup {
            Lookup::Field { path, ty, indirect } => {
                if x.mode == Mode::TypeExpr {
                    let message = format!(
                        "operand for field selector {} must be value of type {}",
                        sel.name,
                        self.type_str(x.ty)
                    );
                    self.error_at(base, message);
                    return Operand::invalid(e);
                }
                let derefs = self.path_derefs(x.ty, &path);
                self.selections.insert(e, Selection::Field { path, derefs });
                let mode = if x.mode == Mode::Variable || indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand {
                    mode,
                    expr: OperandExpr::Expr(e),
                    ty,
                    val: None,
                }
            }
            Lookup::Method {
                path,
                named,
                index,
                ptr_recv,
                sig,
            } => {
                if let Some(method) = self
                    .named_methods
                    .get(&named)
                    .and_then(|m| m.get(index as usize))
                    .map(|m| ObjId(m.decl))
                {
                    if (method.0 as usize) < self.objects.len() {
                        self.note_reference(method, false);
                    }
                }
                let derefs = self.path_derefs(x.ty, &path);
                let receiver = self.receiver_type_at(x.ty, &path);
                let take_address = ptr_recv && !self.is_pointer(receiver);
                let deref_receiver = !ptr_recv && self.is_pointer(receiver);
                if x.mode == Mode::TypeExpr {
                    let selection = if path.is_empty() {
                        Selection::MethodExpr { named, index }
                    } else {
                        Selection::PromotedMethodExpr {
                            path,
                            derefs,
                            named,
                            index,
                            take_address,
                            deref_receiver,
                        }
                    };
                    self.selections.insert(e, selection);
                    let ty = self.method_expr_type(x.ty, sig);
                    return Operand::value(e, ty);
                }
                if take_address && !derefs.iter().any(|&d| d) {
                    if let Some(v) = self.root_var(base) {
                        self.mark_address_taken(v);
                    }
                }
                self.selections.insert(
                    e,
                    Selection::Method {
                        path,
                        derefs,
                        named,
                        index,
                        take_address,
                        deref_receiver,
                    },
                );
                Operand::value(e, sig)
            }
            Lookup::InterfaceMethod {
                path, index, sig, ..
            } => {
                if x.mode == Mode::TypeExpr {
                    self.selections
                        .insert(e, Selection::InterfaceMethodExpr { index });
                    let ty = self.method_expr_type(x.ty, sig);
                    return Operand::value(e, ty);
                }
                let selection = if path.is_empty() {
                    Selection::InterfaceMethod { index }
                } else {
                    let derefs = self.path_derefs(x.ty, &path);
                    Selection::PromotedInterfaceMethod {
                        path,
                        derefs,
                        index,
                    }
                };
                self.selections.insert(e, selection);
                Operand::value(e, sig)
            }
            Lookup::Ambiguous => {
                let message = format!("ambiguous selector {}.{}", self.expr_str(base), sel.name);
                self.error(sel.pos, message);
                Operand::invalid(e)
            }
            Lookup::NeedsPointer => {
                let t = self.type_str(x.ty);
                let message = if x.mode == Mode::TypeExpr {
                    format!(
                        "invalid method expression {t}.{0} (needs pointer receiver (*{t}).{0})",
                        sel.name
                    )
                } else {
                    format!("cannot call pointer method {} on {t}", sel.name)
                };
                self.error(sel.pos, message);
                Operand::invalid(e)
            }
            Lookup::NotFound => {
                if self.types.underlying(x.ty) == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                let why = if self.is_interface_ptr(x.ty) {
                    format!(
                        "type {} is pointer to interface, not interface",
                        self.type_str(x.ty)
                    )
                } else {
                    self.lookup_error(x.ty, addressable, &sel.name)
                };
                let message = format!("{}.{} undefined ({why})", self.expr_str(base), sel.name);
                self.error(sel.pos, message);
                Operand::invalid(e)
            }
        }
    }

    /// Looks up a selector, handling named pointer types (fields only) as types2 does.
    fn lookup_selector(&self, ty: TypeId, addressable: bool, name: &str) -> Lookup {
        if self.is_defined(ty) {
            if let Type::Pointer(_) = self.types.under(ty) {
                let pointer = self.types.underlying(ty);
                return match self.lookup_field_or_method(pointer, false, name, false) {
                    Lookup::Method { .. }
                    | Lookup::InterfaceMethod { .. }
                    | Lookup::NeedsPointer => Lookup::NotFound,
                    other => other,
                };
            }
        }
        self.lookup_field_or_method(ty, addressable, name, false)
    }

    /// types2's `lookupError`: why `ty` has no `sel`, mentioning a differently spelled match.
    fn lookup_error(&self, ty: TypeId, addressable: bool, sel: &str) -> String {
        let t = self.type_str(ty);
        let alt = self.lookup_field_or_method(ty, addressable, sel, true);
        let what = match alt {
            Lookup::Field { .. } => "field",
            Lookup::Method { .. } | Lookup::InterfaceMethod { .. } => "method",
            _ => return format!("type {t} has no field or method {sel}"),
        };
        match self.lookup_name(&alt, ty) {
            Some(name) => {
                format!("type {t} has no field or method {sel}, but does have {what} {name}")
            }
            None => format!("type {t} has no field or method {sel}"),
        }
    }

    /// For each step of `path` from `ty`: whether the value reached before it is a pointer.
    pub(crate) fn path_derefs(&self, ty: TypeId, path: &[u32]) -> Vec<bool> {
        let mut derefs = Vec::with_capacity(path.len());
        let mut current = ty;
        for &i in path {
            let (base, is_ptr) = match self.types.under(current) {
                Type::Pointer(elem) => (*elem, true),
                _ => (current, false),
            };
            derefs.push(is_ptr);
            let Type::Struct(fields) = self.types.under(base) else {
                break;
            };
            let Some(field) = fields.get(i as usize) else {
                break;
            };
            current = field.ty;
        }
        derefs
    }

    /// The type of the value reached by following `path` from `ty` (the method receiver).
    fn receiver_type_at(&self, ty: TypeId, path: &[u32]) -> TypeId {
        if path.is_empty() {
            return ty;
        }
        self.field_at_path(ty, path).map_or(ty, |(_, t)| t)
    }

    /// The function type of a method expression: the receiver becomes the first parameter.
    fn method_expr_type(&mut self, recv: TypeId, sig: TypeId) -> TypeId {
        let Some(sig) = self.signature_of(sig) else {
            return TypeId::INVALID;
        };
        let mut params = vec![recv];
        params.extend(sig.params.iter().copied());
        self.types.intern(Type::Func(Signature {
            params,
            results: sig.results,
            variadic: sig.variadic,
        }))
    }

    /// `pkg.Name` for an imported package.
    fn qualified(&mut self, e: ExprId, path: &str, sel: &Ident) -> Operand {
        let Some(member) = self.std_member(path, &sel.name) else {
            let types = TYPES.iter().filter(|(p, _)| *p == path).map(|(_, n)| *n);
            let vars = VARS
                .iter()
                .filter(|(p, ..)| *p == path)
                .map(|(_, n, ..)| *n);
            let alternative = FUNCS
                .iter()
                .filter(|f| f.package == path)
                .map(|f| f.name)
                .chain(types)
                .chain(vars)
                .find(|n| n.eq_ignore_ascii_case(&sel.name));
            let text = self.expr_str(e);
            let message = match alternative {
                Some(alt) => format!("undefined: {text} (but have {alt})"),
                None => format!("undefined: {text}"),
            };
            self.error(sel.pos, message);
            return Operand::invalid(e);
        };
        if !super::std_testing::is_exported(&sel.name) && !self.in_generated_file(sel.pos) {
            let message = format!(
                "name {} not exported by package {}",
                sel.name,
                path.rsplit('/').next().unwrap_or(path)
            );
            self.error(sel.pos, message);
            return Operand::invalid(e);
        }
        self.record_use(e, member);
        let ty = self.obj(member).ty;
        let mode = match self.obj(member).kind {
            ObjKind::TypeName => Mode::TypeExpr,
            ObjKind::StdVar(_) => Mode::Variable,
            _ => Mode::Value,
        };
        Operand {
            mode,
            expr: OperandExpr::Expr(e),
            ty,
            val: None,
        }
    }
}
