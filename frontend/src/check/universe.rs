//! The universe scope: Go's predeclared types, constants, `nil` and built-in functions.

use middle::source::NO_POS;
use middle::types::TypeId;

use super::info::{Builtin, ObjKind};
use super::Checker;
use crate::constant::ConstValue;

/// The predeclared type names and their types (the aliases `byte`, `rune` and `any` are added
/// from [`super::alias::Aliases`]).
const TYPES: &[(&str, TypeId)] = &[
    ("bool", TypeId::BOOL),
    ("int", TypeId::INT),
    ("int8", TypeId::INT8),
    ("int16", TypeId::INT16),
    ("int32", TypeId::INT32),
    ("int64", TypeId::INT64),
    ("uint", TypeId::UINT),
    ("uint8", TypeId::UINT8),
    ("uint16", TypeId::UINT16),
    ("uint32", TypeId::UINT32),
    ("uint64", TypeId::UINT64),
    ("uintptr", TypeId::UINTPTR),
    ("float32", TypeId::FLOAT32),
    ("float64", TypeId::FLOAT64),
    ("complex64", TypeId::COMPLEX64),
    ("complex128", TypeId::COMPLEX128),
    ("string", TypeId::STRING),
    ("error", TypeId::ERROR),
];

/// The built-in functions by name.
const BUILTINS: &[(&str, Builtin)] = &[
    ("append", Builtin::Append),
    ("cap", Builtin::Cap),
    ("clear", Builtin::Clear),
    ("close", Builtin::Close),
    ("complex", Builtin::Complex),
    ("copy", Builtin::Copy),
    ("delete", Builtin::Delete),
    ("imag", Builtin::Imag),
    ("len", Builtin::Len),
    ("make", Builtin::Make),
    ("max", Builtin::Max),
    ("min", Builtin::Min),
    ("new", Builtin::New),
    ("panic", Builtin::Panic),
    ("print", Builtin::Print),
    ("println", Builtin::Println),
    ("real", Builtin::Real),
    ("recover", Builtin::Recover),
];

/// The name of a built-in function.
pub(crate) fn builtin_name(builtin: Builtin) -> &'static str {
    BUILTINS
        .iter()
        .find(|(_, b)| *b == builtin)
        .map_or("", |(name, _)| name)
}

impl Checker<'_> {
    /// Declares every predeclared object in the universe scope.
    pub(crate) fn declare_universe(&mut self) {
        let aliases = [
            ("byte", self.aliases.byte),
            ("rune", self.aliases.rune),
            ("any", self.aliases.any),
        ];
        for (name, ty) in TYPES.iter().copied().chain(aliases) {
            let obj = self.new_object(name, NO_POS, ty, ObjKind::TypeName);
            self.universe.insert(name.to_string(), obj);
        }
        for (name, value) in [("true", true), ("false", false)] {
            let obj = self.new_object(
                name,
                NO_POS,
                TypeId::UNTYPED_BOOL,
                ObjKind::Const(ConstValue::Bool(value)),
            );
            self.universe.insert(name.to_string(), obj);
        }
        let iota = self.new_object(
            "iota",
            NO_POS,
            TypeId::UNTYPED_INT,
            ObjKind::Const(ConstValue::int(0)),
        );
        self.universe.insert("iota".to_string(), iota);
        let nil = self.new_object("nil", NO_POS, TypeId::INVALID, ObjKind::Nil);
        self.universe.insert("nil".to_string(), nil);
        for &(name, builtin) in BUILTINS {
            let obj = self.new_object(name, NO_POS, TypeId::INVALID, ObjKind::Builtin(builtin));
            self.universe.insert(name.to_string(), obj);
        }
    }

    /// True if `obj` is the universe's `iota`.
    pub(crate) fn is_iota(&self, obj: super::info::ObjId) -> bool {
        self.universe.get("iota") == Some(&obj)
    }
}
