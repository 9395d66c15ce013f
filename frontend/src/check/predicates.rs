//! Type predicates used throughout the checker (types2's `predicates.go`): classification of
//! basic types, comparability, `nil`-ability, default types of untyped constants.
//!
//! Type identity is [`Checker::identical`]: `TypeId` equality (the type table interns structural
//! types and every named type is distinct) looking through the aliases `byte`, `rune`, `any`.

use std::collections::HashSet;

use middle::types::{BasicKind, ChanDir, Type, TypeId};

use super::Checker;

impl Checker<'_> {
    /// The basic kind of `ty`'s underlying type, if basic.
    pub(crate) fn kind(&self, ty: TypeId) -> Option<BasicKind> {
        self.types.basic(ty)
    }

    /// True for the untyped constant kinds (and untyped nil).
    pub(crate) fn is_untyped(&self, ty: TypeId) -> bool {
        matches!(self.types.get(ty), Type::Basic(k) if k.is_untyped())
    }

    /// True for integer types (typed or untyped).
    pub(crate) fn is_integer(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| k.is_integer())
    }

    /// True for unsigned integer types.
    pub(crate) fn is_unsigned(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| k.is_unsigned())
    }

    /// True for floating-point types (typed or untyped).
    pub(crate) fn is_float(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| k.is_float())
    }

    /// True for complex types.
    pub(crate) fn is_complex(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| k.is_complex())
    }

    /// True for numeric types (typed or untyped).
    pub(crate) fn is_numeric(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| k.is_numeric())
    }

    /// True for string types (typed or untyped).
    pub(crate) fn is_string(&self, ty: TypeId) -> bool {
        matches!(
            self.kind(ty),
            Some(BasicKind::String | BasicKind::UntypedString)
        )
    }

    /// True for boolean types (typed or untyped).
    pub(crate) fn is_boolean(&self, ty: TypeId) -> bool {
        matches!(
            self.kind(ty),
            Some(BasicKind::Bool | BasicKind::UntypedBool)
        )
    }

    /// True for numeric or string types.
    pub(crate) fn is_numeric_or_string(&self, ty: TypeId) -> bool {
        self.is_numeric(ty) || self.is_string(ty)
    }

    /// True for types whose values are ordered (`<` applies).
    pub(crate) fn is_ordered(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| {
            k.is_integer()
                || k.is_float()
                || matches!(k, BasicKind::String | BasicKind::UntypedString)
        })
    }

    /// True for types constants can have (booleans, numbers, strings).
    pub(crate) fn is_const_type(&self, ty: TypeId) -> bool {
        self.kind(ty).is_some_and(|k| {
            k.is_numeric()
                || matches!(k, BasicKind::Bool | BasicKind::String)
                || (k.is_untyped() && k != BasicKind::UntypedNil)
        })
    }

    /// True for pointer types.
    pub(crate) fn is_pointer(&self, ty: TypeId) -> bool {
        matches!(self.types.under(ty), Type::Pointer(_))
    }

    /// True for interface types.
    pub(crate) fn is_interface(&self, ty: TypeId) -> bool {
        self.types.is_interface(ty)
    }

    /// True for types with a name (basic and defined types, `byte` and `rune`).
    pub(crate) fn has_name(&self, ty: TypeId) -> bool {
        matches!(
            self.types.get(self.unalias(ty)),
            Type::Basic(_) | Type::Named(_)
        )
    }

    /// True if `nil` is a value of `ty`.
    pub(crate) fn has_nil(&self, ty: TypeId) -> bool {
        match self.types.under(ty) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// True if values of `ty` can be compared with `==`.
    pub(crate) fn comparable(&self, ty: TypeId) -> bool {
        self.incomparable_part(ty).is_none()
    }

    /// The (innermost) type that makes `ty` incomparable, if any.
    pub(crate) fn incomparable_part(&self, ty: TypeId) -> Option<TypeId> {
        self.incomparable_in(ty, &mut HashSet::new())
    }

    /// Depth-first search for an incomparable component; `seen` holds types already found
    /// comparable (so shared components are visited once).
    fn incomparable_in(&self, ty: TypeId, seen: &mut HashSet<TypeId>) -> Option<TypeId> {
        if !seen.insert(ty) {
            return None;
        }
        match self.types.under(ty) {
            Type::Basic(k) => (*k == BasicKind::UntypedNil).then_some(ty),
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => None,
            Type::Struct(fields) => fields.iter().find_map(|f| self.incomparable_in(f.ty, seen)),
            Type::Array(elem, _) => self.incomparable_in(*elem, seen),
            _ => Some(ty),
        }
    }

    /// The default type of an untyped type (itself for typed types and untyped nil).
    pub(crate) fn default_type(&self, ty: TypeId) -> TypeId {
        match self.types.get(ty) {
            Type::Basic(BasicKind::UntypedBool) => TypeId::BOOL,
            Type::Basic(BasicKind::UntypedInt) => TypeId::INT,
            Type::Basic(BasicKind::UntypedRune) => self.aliases.rune,
            Type::Basic(BasicKind::UntypedFloat) => TypeId::FLOAT64,
            Type::Basic(BasicKind::UntypedString) => TypeId::STRING,
            _ => ty,
        }
    }

    /// The element type of a channel type, with its direction.
    pub(crate) fn chan_of(&self, ty: TypeId) -> Option<(ChanDir, TypeId)> {
        match self.types.under(ty) {
            Type::Chan(dir, elem) => Some((*dir, *elem)),
            _ => None,
        }
    }

    /// The signature of a function type.
    pub(crate) fn signature_of(&self, ty: TypeId) -> Option<middle::types::Signature> {
        match self.types.under(ty) {
            Type::Func(sig) => Some(sig.clone()),
            _ => None,
        }
    }

    /// The base type if `ty` is a pointer, else `ty` (types2's `deref`), with whether it was.
    pub(crate) fn deref(&self, ty: TypeId) -> (TypeId, bool) {
        match self.types.get(ty) {
            Type::Pointer(elem) => (*elem, true),
            _ => (ty, false),
        }
    }

    /// The array type `ty` or `*ty` points to, if any (types2's `arrayPtrDeref` on underlying types).
    pub(crate) fn array_of_maybe_ptr(&self, ty: TypeId) -> Option<(TypeId, u64)> {
        let u = self.types.underlying(ty);
        let target = match self.types.get(u) {
            Type::Pointer(elem) => self.types.underlying(*elem),
            _ => u,
        };
        match self.types.get(target) {
            Type::Array(elem, len) => Some((*elem, *len)),
            _ => None,
        }
    }

    /// The tuple type of a list of result types.
    pub(crate) fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.types.intern(Type::Tuple(elems))
    }

    /// The elements of a tuple type.
    pub(crate) fn tuple_elems(&self, ty: TypeId) -> Option<Vec<TypeId>> {
        match self.types.get(ty) {
            Type::Tuple(elems) => Some(elems.clone()),
            _ => None,
        }
    }

    /// True if `ty` is `[]byte` or `[]rune` (by underlying types).
    pub(crate) fn is_bytes_or_runes(&self, ty: TypeId) -> bool {
        match self.types.under(ty) {
            Type::Slice(elem) => {
                matches!(self.kind(*elem), Some(BasicKind::Uint8 | BasicKind::Int32))
            }
            _ => false,
        }
    }
}
