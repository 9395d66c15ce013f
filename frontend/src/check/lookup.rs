//! Field and method lookup through embedded fields (types2's `lookupFieldOrMethod`), method
//! sets, and interface satisfaction with types2's explanations (`missing method M`, `method M
//! has pointer receiver`, `wrong type for method M`, ...).
//!
//! Lookup is breadth-first over embedding depth: the shallowest match wins, two matches at the
//! same depth are ambiguous, and each named type is visited once.

use middle::types::{Type, TypeId};

use super::Checker;

/// The result of looking up a selector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// A struct field.
    Field {
        /// Field indices from the operand's type to the field.
        path: Vec<u32>,
        /// The field's type.
        ty: TypeId,
        /// A pointer was followed on the way.
        indirect: bool,
    },
    /// A method declared on a named type.
    Method {
        /// Field indices to the embedded receiver.
        path: Vec<u32>,
        /// The named type declaring it.
        named: TypeId,
        /// Index in its method list.
        index: u32,
        /// The method has a pointer receiver.
        ptr_recv: bool,
        /// Its signature.
        sig: TypeId,
    },
    /// A method of an (embedded) interface.
    InterfaceMethod {
        /// Field indices to the embedded interface (empty if the operand is the interface).
        path: Vec<u32>,
        /// The interface type (possibly named).
        iface: TypeId,
        /// Index in its sorted method list.
        index: u32,
        /// Its signature.
        sig: TypeId,
    },
    /// Nothing of that name.
    NotFound,
    /// Several matches at the same depth.
    Ambiguous,
    /// A pointer-receiver method on a value that is not addressable.
    NeedsPointer,
}

/// An embedded type still to be searched at the next depth.
#[derive(Clone, Debug)]
struct Embedded {
    /// The embedded type (pointer removed).
    ty: TypeId,
    /// Field indices leading to it.
    path: Vec<u32>,
    /// A pointer was followed on the way.
    indirect: bool,
    /// The type was reached more than once at this depth (any match is ambiguous).
    multiples: bool,
}

impl Checker<'_> {
    /// Looks up field or method `name` in `ty`; `addressable` says whether the operand is.
    pub(crate) fn lookup_field_or_method(
        &self,
        ty: TypeId,
        addressable: bool,
        name: &str,
        fold_case: bool,
    ) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        let matches = |candidate: &str| {
            if fold_case {
                candidate.eq_ignore_ascii_case(name)
            } else {
                candidate == name
            }
        };
        let (start, is_ptr) = self.deref(ty);
        if is_ptr && self.is_interface(start) {
            return Lookup::NotFound;
        }
        let mut current = vec![Embedded {
            ty: start,
            path: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<(Lookup, bool)> = None;
            for entry in &current {
                let mut t = entry.ty;
                if self.types.named(t).is_some() {
                    if seen.contains(&t) {
                        continue;
                    }
                    seen.push(t);
                    let methods = self.named_methods.get(&t).map_or(&[][..], |m| m.as_slice());
                    if let Some(index) = methods.iter().position(|m| matches(&m.name)) {
                        if found.is_some() || entry.multiples {
                            return Lookup::Ambiguous;
                        }
                        let method = &methods[index];
                        let lookup = Lookup::Method {
                            path: entry.path.clone(),
                            named: t,
                            index: index as u32,
                            ptr_recv: method.pointer_receiver,
                            sig: method.sig,
                        };
                        found = Some((lookup, entry.indirect));
                        continue;
                    }
                    t = self.types.underlying(t);
                }
                match self.types.get(t) {
                    Type::Struct(fields) => {
                        for (i, field) in fields.iter().enumerate() {
                            let mut path = entry.path.clone();
                            path.push(i as u32);
                            if matches(&field.name) {
                                if found.is_some() || entry.multiples {
                                    return Lookup::Ambiguous;
                                }
                                found = Some((
                                    Lookup::Field {
                                        path,
                                        ty: field.ty,
                                        indirect: entry.indirect,
                                    },
                                    entry.indirect,
                                ));
                                continue;
                            }
                            if found.is_none() && field.embedded {
                                let (field_ty, ptr) = self.deref(field.ty);
                                next.push(Embedded {
                                    ty: field_ty,
                                    path,
                                    indirect: entry.indirect || ptr,
                                    multiples: entry.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(index) = methods.iter().position(|m| matches(&m.name)) {
                            if found.is_some() || entry.multiples {
                                return Lookup::Ambiguous;
                            }
                            let lookup = Lookup::InterfaceMethod {
                                path: entry.path.clone(),
                                iface: entry.ty,
                                index: index as u32,
                                sig: methods[index].sig,
                            };
                            found = Some((lookup, entry.indirect));
                        }
                    }
                    _ => {}
                }
            }
            if let Some((lookup, indirect)) = found {
                if let Lookup::Method { ptr_recv: true, .. } = lookup {
                    if !indirect && !addressable {
                        return Lookup::NeedsPointer;
                    }
                }
                return lookup;
            }
            current = consolidate_multiples(next);
        }
        Lookup::NotFound
    }

    /// The name of the field or method `lookup` found (for fold-case alternatives).
    pub(crate) fn lookup_name(&self, lookup: &Lookup, ty: TypeId) -> Option<String> {
        match lookup {
            Lookup::Method { named, index, .. } => self
                .named_methods
                .get(named)
                .and_then(|m| m.get(*index as usize))
                .map(|m| m.name.clone()),
            Lookup::InterfaceMethod { iface, index, .. } => match self.types.under(*iface) {
                Type::Interface(methods) => Some(methods[*index as usize].name.clone()),
                _ => None,
            },
            Lookup::Field { path, .. } => self.field_at_path(ty, path).map(|(name, _)| name),
            _ => None,
        }
    }

    /// The name and type of the field reached by `path` from `ty`.
    pub(crate) fn field_at_path(&self, ty: TypeId, path: &[u32]) -> Option<(String, TypeId)> {
        let mut current = ty;
        let mut result = None;
        for &i in path {
            let (base, _) = self.deref(current);
            let Type::Struct(fields) = self.types.under(base) else {
                return None;
            };
            let field = fields.get(i as usize)?;
            result = Some((field.name.clone(), field.ty));
            current = field.ty;
        }
        result
    }

    /// The methods of an interface type.
    pub(crate) fn interface_methods(&self, ty: TypeId) -> Vec<middle::types::InterfaceMethod> {
        match self.types.under(ty) {
            Type::Interface(methods) => methods.clone(),
            _ => Vec::new(),
        }
    }

    /// Checks that `v` implements interface `t`; on failure returns types2's cause
    /// (`T does not implement I (missing method M)`).
    pub(crate) fn implements(&self, v: TypeId, t: TypeId) -> Result<(), String> {
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        if vu == TypeId::INVALID || tu == TypeId::INVALID {
            return Ok(());
        }
        if let Type::Pointer(base) = self.types.get(vu) {
            if self.types.underlying(*base) == TypeId::INVALID {
                return Ok(());
            }
        }
        let (vs, ts) = (self.type_str(v), self.type_str(t));
        if !self.is_interface(t) {
            let detail = if self.is_interface_ptr(t) {
                format!("type {ts} is pointer to interface, not interface")
            } else {
                format!("{ts} is not an interface")
            };
            return Err(format!("{vs} does not implement {ts} ({detail})"));
        }
        if self.interface_methods(t).is_empty() {
            return Ok(());
        }
        match self.missing_method(v, t, true) {
            Some(cause) => Err(format!("{vs} does not implement {ts} {cause}")),
            None => Ok(()),
        }
    }

    /// True for a pointer to an interface.
    pub(crate) fn is_interface_ptr(&self, ty: TypeId) -> bool {
        matches!(self.types.under(ty), Type::Pointer(base) if self.is_interface(*base))
    }

    /// For `x.(T)`: `None` if the assertion may succeed, else the cause (types2's
    /// `assertableTo`).
    pub(crate) fn assertable_to(&self, iface: TypeId, t: TypeId) -> Option<String> {
        if self.is_interface(t) || self.types.underlying(t) == TypeId::INVALID {
            return None;
        }
        self.missing_method(t, iface, false)
    }

    /// The first method of interface `t` that `v` lacks, as types2 explains it.
    pub(crate) fn missing_method(
        &self,
        v: TypeId,
        t: TypeId,
        static_check: bool,
    ) -> Option<String> {
        let methods = self.interface_methods(t);
        if self.is_interface(v) {
            let have = self.interface_methods(v);
            for m in &methods {
                match have.iter().find(|h| h.name == m.name) {
                    None if !static_check => continue,
                    None => return Some(self.not_found_cause(v, t, &m.name)),
                    Some(h) if !self.identical(h.sig, m.sig) => {
                        return Some(self.wrong_sig_cause(&m.name, h.sig, m.sig))
                    }
                    Some(_) => {}
                }
            }
            return None;
        }
        for m in &methods {
            match self.lookup_field_or_method(v, false, &m.name, false) {
                Lookup::Ambiguous => {
                    return Some(format!(
                        "(ambiguous selector {}.{})",
                        self.type_str(v),
                        m.name
                    ))
                }
                Lookup::NeedsPointer => {
                    return Some(format!("(method {} has pointer receiver)", m.name))
                }
                Lookup::NotFound => {
                    let alt = self.lookup_field_or_method(v, false, &m.name, true);
                    if let Lookup::Method { sig, .. } | Lookup::InterfaceMethod { sig, .. } = &alt {
                        if let Some(name) = self.lookup_name(&alt, v) {
                            if name == m.name {
                                return Some(format!("(unexported method {})", m.name));
                            }
                            let (have, want) = (
                                self.func_string(&name, *sig),
                                self.func_string(&m.name, m.sig),
                            );
                            return Some(format!(
                                "(missing method {})\n\t\thave {have}\n\t\twant {want}",
                                m.name
                            ));
                        }
                    }
                    return Some(self.not_found_cause(v, t, &m.name));
                }
                Lookup::Field { .. } => {
                    return Some(format!(
                        "({}.{} is a field, not a method)",
                        self.type_str(v),
                        m.name
                    ))
                }
                Lookup::Method { sig, .. } | Lookup::InterfaceMethod { sig, .. } => {
                    if !self.identical(sig, m.sig) {
                        return Some(self.wrong_sig_cause(&m.name, sig, m.sig));
                    }
                }
            }
        }
        None
    }

    fn not_found_cause(&self, v: TypeId, t: TypeId, name: &str) -> String {
        if self.is_interface_ptr(v) {
            format!(
                "(type {} is pointer to interface, not interface)",
                self.type_str(v)
            )
        } else if self.is_interface_ptr(t) {
            format!(
                "(type {} is pointer to interface, not interface)",
                self.type_str(t)
            )
        } else {
            format!("(missing method {name})")
        }
    }

    fn wrong_sig_cause(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let (have, want) = (self.func_string(name, have), self.func_string(name, want));
        if have == want {
            return format!("(wrong type for method {name})");
        }
        format!("(wrong type for method {name})\n\t\thave {have}\n\t\twant {want}")
    }

    /// `M(int) string`: a method name with its signature, without parameter names.
    fn func_string(&self, name: &str, sig: TypeId) -> String {
        let mut out = name.to_string();
        if let Type::Func(sig) = self.types.get(sig) {
            self.write_signature(&mut out, sig);
        }
        out
    }
}

/// Merges entries for the same type, marking them as appearing several times.
fn consolidate_multiples(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut result: Vec<Embedded> = Vec::new();
    for entry in list {
        match result.iter_mut().find(|e| e.ty == entry.ty) {
            Some(existing) => existing.multiples = true,
            None => result.push(entry),
        }
    }
    result
}
