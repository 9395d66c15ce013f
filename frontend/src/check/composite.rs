//! Composite literals (types2's `compositeLit`): structs (keyed, including promoted fields as Go
//! 1.27 allows, or positional), arrays (with indices and `[...]T`), slices and maps, with
//! element types elided inside an outer literal (a `*T` element type means `&T{...}`).
//!
//! For keyed struct elements the key identifier's field path is recorded in `selections` as a
//! [`Selection::Field`] (without dereferences), since field keys are not expressions.

use std::collections::HashSet;

use middle::source::Pos;
use middle::types::{Type, TypeId};

use super::info::Selection;
use super::lookup::Lookup;
use super::operand::{Mode, Operand, OperandExpr};
use super::Checker;
use crate::ast::{ExprId, ExprKind, KeyedElement};
use crate::constant::ConstValue;

impl Checker<'_> {
    /// Checks `T{elems}`; `hint` is the element type of an enclosing literal when `T` is elided.
    pub(crate) fn composite_lit(
        &mut self,
        e: ExprId,
        ty: Option<ExprId>,
        elems: &[KeyedElement],
        rbrace: Pos,
        hint: Option<TypeId>,
    ) -> Operand {
        let (typ, base, is_elem) = match (ty, hint) {
            (Some(ty), _) => {
                if let ExprKind::ArrayType {
                    len: None,
                    dots: true,
                    elem,
                } = &self.ast.expr(ty).kind
                {
                    // [...]T{...}: the length is the largest index plus one.
                    let elem = self.type_expr(*elem);
                    let n = self.indexed_elements(elems, elem, None);
                    let typ = if elem == TypeId::INVALID {
                        TypeId::INVALID
                    } else {
                        self.types.array(elem, n)
                    };
                    self.type_exprs.insert(ty, typ);
                    return Operand {
                        mode: Mode::Value,
                        expr: OperandExpr::Expr(e),
                        ty: typ,
                        val: None,
                    };
                }
                let t = self.type_expr(ty);
                (t, t, false)
            }
            (None, Some(hint)) => {
                let base = match self.types.under(hint) {
                    Type::Pointer(elem) => *elem,
                    _ => hint,
                };
                (hint, base, true)
            }
            (None, None) => {
                self.error_at(e, "missing type in composite literal");
                (TypeId::INVALID, TypeId::INVALID, false)
            }
        };
        if base == TypeId::INVALID {
            self.use_elements(elems);
            return Operand::invalid(e);
        }
        match self.types.under(base).clone() {
            Type::Struct(fields) => {
                if !elems.is_empty() {
                    if elems[0].key.is_some() {
                        self.keyed_struct_elements(elems, base);
                    } else {
                        self.positional_struct_elements(elems, &fields, base, rbrace);
                    }
                }
            }
            Type::Array(elem, len) => {
                self.indexed_elements(elems, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elements(elems, elem, None);
            }
            Type::Map(key, value) => self.map_elements(elems, key, value),
            _ => {
                self.use_elements(elems);
                let qualifier = if is_elem { " element" } else { "" };
                let message = format!(
                    "invalid composite literal{qualifier} type {}",
                    self.type_str(typ)
                );
                self.error_at(e, message);
                return Operand::invalid(e);
            }
        }
        Operand {
            mode: Mode::Value,
            expr: OperandExpr::Expr(e),
            ty: typ,
            val: None,
        }
    }

    /// Evaluates elements of an invalid literal for their side effects on errors and usage.
    fn use_elements(&mut self, elems: &[KeyedElement]) {
        let values: Vec<ExprId> = elems.iter().map(|el| el.value).collect();
        self.use_exprs(&values);
    }

    fn keyed_struct_elements(&mut self, elems: &[KeyedElement], base: TypeId) {
        let mut visited: Vec<(Vec<u32>, String)> = Vec::new();
        for el in elems {
            let Some(key) = el.key else {
                self.error_at(
                    el.value,
                    "mixture of field:value and value elements in struct literal",
                );
                continue;
            };
            let mut x = self.expr(el.value);
            let ExprKind::Ident(name) = &self.ast.expr(key).kind else {
                let message = format!(
                    "invalid field name {} in struct literal",
                    self.expr_str(key)
                );
                self.error_at(key, message);
                continue;
            };
            let under = self.types.underlying(base);
            let (path, field_ty, indirect) =
                match self.lookup_field_or_method(under, false, name, false) {
                    Lookup::Field { path, ty, indirect } => (path, ty, indirect),
                    Lookup::NotFound | Lookup::Ambiguous => {
                        let message = self.unknown_field_message(base, under, name);
                        self.error_at(key, message);
                        continue;
                    }
                    _ => {
                        self.error_at(key, format!("{name} is not a field"));
                        continue;
                    }
                };
            if indirect {
                self.error_at(
                    key,
                    format!("invalid implicit pointer indirection to reach {name}"),
                );
                continue;
            }
            let derefs = vec![false; path.len()];
            self.selections.insert(
                key,
                Selection::Field {
                    path: path.clone(),
                    derefs,
                },
            );
            self.assignment(&mut x, Some(field_ty), "struct literal");
            let clash = visited
                .iter()
                .find(|(p, _)| {
                    p.len().min(path.len()) > 0
                        && p[..p.len().min(path.len())] == path[..p.len().min(path.len())]
                })
                .cloned();
            match clash {
                Some((p, _)) if p == path => self.error_at(
                    key,
                    format!("duplicate field name {name} in struct literal"),
                ),
                Some((p, alt)) if p.len() < path.len() => self.error_at(
                    key,
                    format!(
                        "cannot specify promoted field {name} and enclosing embedded field {alt}"
                    ),
                ),
                Some((_, alt)) => self.error_at(
                    key,
                    format!(
                        "cannot specify embedded field {name} and enclosed promoted field {alt}"
                    ),
                ),
                None => visited.push((path, name.clone())),
            }
        }
    }

    /// `unknown field f in struct literal of type T` (types2's `lookupError` for literals).
    fn unknown_field_message(&self, base: TypeId, under: TypeId, name: &str) -> String {
        let t = self.type_str(base);
        let alt = self.lookup_field_or_method(under, false, name, true);
        match self.lookup_name(&alt, under) {
            Some(alt) => {
                format!("unknown field {name} in struct literal of type {t}, but does have {alt}")
            }
            None => format!("unknown field {name} in struct literal of type {t}"),
        }
    }

    fn positional_struct_elements(
        &mut self,
        elems: &[KeyedElement],
        fields: &[middle::types::Field],
        base: TypeId,
        rbrace: Pos,
    ) {
        for (i, el) in elems.iter().enumerate() {
            if let Some(key) = el.key {
                self.error_at(
                    key,
                    "mixture of field:value and value elements in struct literal",
                );
                continue;
            }
            let mut x = self.expr(el.value);
            let Some(field) = fields.get(i) else {
                let message = format!(
                    "too many values in struct literal of type {}",
                    self.type_str(base)
                );
                self.error_op(&x, message);
                break;
            };
            self.assignment(&mut x, Some(field.ty), "struct literal");
        }
        if elems.len() < fields.len() {
            let message = format!(
                "too few values in struct literal of type {}",
                self.type_str(base)
            );
            self.error(rbrace, message);
        }
    }

    /// Array and slice elements with optional constant indices; returns the length they need.
    fn indexed_elements(
        &mut self,
        elems: &[KeyedElement],
        elem_ty: TypeId,
        length: Option<u64>,
    ) -> u64 {
        let mut visited: HashSet<u64> = HashSet::new();
        let (mut index, mut max) = (0u64, 0u64);
        for el in elems {
            let mut valid_index = false;
            if let Some(key) = el.key {
                match self.index(key, length) {
                    Ok(Some(i)) => {
                        index = i;
                        valid_index = true;
                    }
                    Ok(None) => {
                        let message =
                            format!("index {} must be integer constant", self.expr_str(key));
                        self.error_at(key, message);
                    }
                    Err(()) => {}
                }
            } else if length.is_some_and(|len| index >= len) {
                let message = format!(
                    "index {index} is out of bounds (>= {})",
                    length.unwrap_or(0)
                );
                self.error_at(el.value, message);
            } else {
                valid_index = true;
            }
            if valid_index && !visited.insert(index) {
                let at = el
                    .key
                    .map_or(self.start_pos(el.value), |k| self.start_pos(k));
                self.error(
                    at,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_with_hint(el.value, Some(elem_ty));
            self.assignment(&mut x, Some(elem_ty), "array or slice literal");
        }
        max
    }

    fn map_elements(&mut self, elems: &[KeyedElement], key_ty: TypeId, value_ty: TypeId) {
        let key_is_interface = self.is_interface(key_ty);
        let mut visited: HashSet<(ConstKey, Option<TypeId>)> = HashSet::new();
        for el in elems {
            let Some(key) = el.key else {
                self.error_at(el.value, "missing key in map literal");
                continue;
            };
            let mut k = self.expr_with_hint(key, Some(key_ty));
            self.assignment(&mut k, Some(key_ty), "map literal");
            if !k.is_valid() {
                continue;
            }
            if k.mode == Mode::Constant {
                if let Some(v) = k.val.clone() {
                    let key = (
                        const_key(&v),
                        key_is_interface.then_some(self.unalias(k.ty)),
                    );
                    if !visited.insert(key) {
                        let message = format!("duplicate key {} in map literal", v.go_string());
                        self.error_op(&k, message);
                        continue;
                    }
                }
            }
            let mut x = self.expr_with_hint(el.value, Some(value_ty));
            self.assignment(&mut x, Some(value_ty), "map literal");
        }
    }
}

/// A constant as a hashable key: equal Go values (such as `1` and `1.0`) give equal keys.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    /// A boolean.
    Bool(bool),
    /// An integer, or a float with an integral value.
    Int(num_bigint::BigInt),
    /// A float with a fractional part.
    Float(num_rational::BigRational),
    /// A string.
    String(Vec<u8>),
}

/// The key of a constant value.
pub(crate) fn const_key(v: &ConstValue) -> ConstKey {
    match v {
        ConstValue::Bool(b) => ConstKey::Bool(*b),
        ConstValue::Int(i) => ConstKey::Int(i.clone()),
        ConstValue::Float(r) if r.is_integer() => ConstKey::Int(r.to_integer()),
        ConstValue::Float(r) => ConstKey::Float(r.clone()),
        ConstValue::String(s) => ConstKey::String(s.clone()),
    }
}
