//! The predeclared aliases `byte`, `rune` and `any`, and type identity in their presence.
//!
//! gc's messages print whichever spelling produced a type (`[]byte` vs `[]uint8`, `any` vs
//! `interface{}`), but the shared type table interns `byte` and `uint8` as one type. So while
//! checking, the three aliases are distinct named types of the table (with the empty package,
//! underlying `uint8`, `int32` and `interface{}`), and the checker compares types with
//! [`Checker::identical`], which looks through them. When checking ends, every type recorded in
//! the [`TypeInfo`](super::TypeInfo) is canonicalised ([`Checker::canonicalize_info`]): aliases
//! are replaced by their targets everywhere, so the lowering never sees them.

use std::collections::HashMap;

use middle::types::{Field, InterfaceMethod, NamedMethod, Signature, Type, TypeId};

use super::info::CallKind;
use super::Checker;

/// The alias types of one check.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Aliases {
    /// `byte` (for `uint8`).
    pub byte: TypeId,
    /// `rune` (for `int32`).
    pub rune: TypeId,
    /// `any` (for `interface{}`).
    pub any: TypeId,
}

impl Aliases {
    /// Creates the alias types in `types`.
    pub fn new(types: &mut middle::types::TypeTable) -> Aliases {
        let mut alias = |name: &str, target: TypeId| {
            let t = types.new_named(String::new(), name.to_string());
            types.set_underlying(t, target);
            t
        };
        Aliases {
            byte: alias("byte", TypeId::UINT8),
            rune: alias("rune", TypeId::INT32),
            any: alias("any", TypeId::EMPTY_INTERFACE),
        }
    }
}

impl Checker<'_> {
    /// True for the alias types `byte`, `rune` and `any`.
    pub(crate) fn is_alias_type(&self, ty: TypeId) -> bool {
        ty == self.aliases.byte || ty == self.aliases.rune || ty == self.aliases.any
    }

    /// The type an alias stands for (`ty` itself otherwise).
    pub(crate) fn unalias(&self, ty: TypeId) -> TypeId {
        if self.is_alias_type(ty) {
            self.types.underlying(ty)
        } else {
            ty
        }
    }

    /// True for a defined (named, non-alias) type.
    pub(crate) fn is_defined(&self, ty: TypeId) -> bool {
        self.types.named(ty).is_some() && !self.is_alias_type(ty)
    }

    /// Go's type identity, looking through the aliases.
    pub(crate) fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let (a, b) = (self.unalias(a), self.unalias(b));
        if a == b {
            return true;
        }
        match (self.types.get(a), self.types.get(b)) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical(*x, *y)
            }
            (Type::Array(x, n), Type::Array(y, m)) => n == m && self.identical(*x, *y),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.identical(*k1, *k2) && self.identical(*v1, *v2)
            }
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && self.identical(*x, *y),
            (Type::Func(s1), Type::Func(s2)) => self.identical_signatures(s1, s2),
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && self.identical(x.ty, y.ty)
                    })
            }
            (Type::Interface(m1), Type::Interface(m2)) => {
                m1.len() == m2.len()
                    && m1
                        .iter()
                        .zip(m2)
                        .all(|(x, y)| x.name == y.name && self.identical(x.sig, y.sig))
            }
            (Type::Tuple(x), Type::Tuple(y)) => self.identical_lists(x, y),
            _ => false,
        }
    }

    fn identical_signatures(&self, a: &Signature, b: &Signature) -> bool {
        a.variadic == b.variadic
            && self.identical_lists(&a.params, &b.params)
            && self.identical_lists(&a.results, &b.results)
    }

    fn identical_lists(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| self.identical(*x, *y))
    }

    /// The expressions of type `byte` or `rune`, with that name (canonicalisation erases it).
    pub(crate) fn byte_rune_exprs(&self) -> HashMap<crate::ast::ExprId, &'static str> {
        let name = |t: TypeId| match t {
            t if t == self.aliases.byte => Some("byte"),
            t if t == self.aliases.rune => Some("rune"),
            _ => None,
        };
        self.expr_types
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((crate::ast::ExprId(i as u32), name(*t)?)))
            .collect()
    }

    /// `ty` with every alias replaced by its target (memoised in `memo`).
    fn canonical(&mut self, ty: TypeId, memo: &mut HashMap<TypeId, TypeId>) -> TypeId {
        if let Some(&c) = memo.get(&ty) {
            return c;
        }
        let c = match self.types.get(ty).clone() {
            Type::Named(_) if self.is_alias_type(ty) => self.types.underlying(ty),
            Type::Named(_) | Type::Basic(_) => ty,
            Type::Pointer(e) => {
                let e = self.canonical(e, memo);
                self.types.pointer(e)
            }
            Type::Slice(e) => {
                let e = self.canonical(e, memo);
                self.types.slice(e)
            }
            Type::Array(e, n) => {
                let e = self.canonical(e, memo);
                self.types.array(e, n)
            }
            Type::Map(k, v) => {
                let (k, v) = (self.canonical(k, memo), self.canonical(v, memo));
                self.types.intern(Type::Map(k, v))
            }
            Type::Chan(d, e) => {
                let e = self.canonical(e, memo);
                self.types.intern(Type::Chan(d, e))
            }
            Type::Func(sig) => {
                let params = sig
                    .params
                    .iter()
                    .map(|&p| self.canonical(p, memo))
                    .collect();
                let results = sig
                    .results
                    .iter()
                    .map(|&r| self.canonical(r, memo))
                    .collect();
                self.types.intern(Type::Func(Signature {
                    params,
                    results,
                    variadic: sig.variadic,
                }))
            }
            Type::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|f| Field {
                        ty: self.canonical(f.ty, memo),
                        ..f
                    })
                    .collect();
                self.types.intern(Type::Struct(fields))
            }
            Type::Interface(methods) => {
                let methods = methods
                    .into_iter()
                    .map(|m| InterfaceMethod {
                        sig: self.canonical(m.sig, memo),
                        ..m
                    })
                    .collect();
                self.types.intern(Type::Interface(methods))
            }
            Type::Tuple(elems) => {
                let elems = elems.iter().map(|&e| self.canonical(e, memo)).collect();
                self.types.intern(Type::Tuple(elems))
            }
        };
        memo.insert(ty, c);
        c
    }

    /// Replaces aliases by their targets in every recorded fact, fills in the underlying types
    /// and method lists of the defined types, and adds the methods to the type table.
    pub(crate) fn canonicalize_info(&mut self) {
        let mut memo = HashMap::new();
        for i in 0..self.expr_types.len() {
            self.expr_types[i] = self.canonical(self.expr_types[i], &mut memo);
        }
        let keys: Vec<_> = self.type_exprs.keys().copied().collect();
        for e in keys {
            let t = self.canonical(self.type_exprs[&e], &mut memo);
            self.type_exprs.insert(e, t);
        }
        for i in 0..self.objects.len() {
            self.objects[i].ty = self.canonical(self.objects[i].ty, &mut memo);
        }
        let calls: Vec<_> = self
            .calls
            .iter()
            .filter_map(|(&e, k)| {
                if let CallKind::Conversion(t) = k {
                    Some((e, *t))
                } else {
                    None
                }
            })
            .collect();
        for (e, t) in calls {
            let t = self.canonical(t, &mut memo);
            self.calls.insert(e, CallKind::Conversion(t));
        }
        for i in 0..self.types.len() as u32 {
            let named = TypeId(i);
            if !self.is_defined(named) {
                continue;
            }
            if let Some(u) = self.types.named(named).and_then(|n| n.underlying) {
                let u = self.canonical(u, &mut memo);
                self.types.set_underlying(named, u);
            }
        }
        let mut declaring: Vec<TypeId> = self.named_methods.keys().copied().collect();
        declaring.sort();
        for named in declaring {
            for method in self.named_methods[&named].clone() {
                let sig = self.canonical(method.sig, &mut memo);
                self.types.add_method(named, NamedMethod { sig, ..method });
            }
        }
    }
}
