//! Go types, shared by the type checker and the IR.
//!
//! One [`TypeTable`] per compilation owns every type. Structural types (pointers, slices, structs,
//! ...) are interned, so two structurally identical types have the same [`TypeId`] and type identity
//! is id equality. Named types are never interned: each declaration makes a fresh one whose
//! underlying type is filled in once resolved (which allows recursive types). The untyped constant
//! kinds exist for the checker only; the IR verifier rejects them.
//!
//! Layout follows gc on 64-bit targets: `int`, `uint`, `uintptr` and pointers are 8 bytes, strings
//! are `{ptr, len}`, slices `{ptr, len, cap}`, interfaces `{type-or-itab, data}`, and maps, channels
//! and func values are single pointers. Struct fields are laid out in order with natural alignment.

use std::collections::HashMap;
use std::fmt::Write;

/// Index of a type in a [`TypeTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// The predeclared basic kinds (plus the checker-only untyped kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    /// A type that failed to check; absorbs further errors.
    Invalid,
    /// `bool`
    Bool,
    /// `int` (64-bit)
    Int,
    /// `int8`
    Int8,
    /// `int16`
    Int16,
    /// `int32` (and its alias `rune`)
    Int32,
    /// `int64`
    Int64,
    /// `uint` (64-bit)
    Uint,
    /// `uint8` (and its alias `byte`)
    Uint8,
    /// `uint16`
    Uint16,
    /// `uint32`
    Uint32,
    /// `uint64`
    Uint64,
    /// `uintptr` (64-bit)
    Uintptr,
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `complex64` (type-checks; code generation reports it unsupported)
    Complex64,
    /// `complex128` (type-checks; code generation reports it unsupported)
    Complex128,
    /// `string`
    String,
    /// `unsafe.Pointer`
    UnsafePointer,
    /// untyped boolean constant
    UntypedBool,
    /// untyped integer constant
    UntypedInt,
    /// untyped rune constant
    UntypedRune,
    /// untyped floating-point constant
    UntypedFloat,
    /// untyped string constant
    UntypedString,
    /// the untyped `nil`
    UntypedNil,
}

impl BasicKind {
    /// The name Go prints for this kind.
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    /// True for the integer kinds (typed or untyped, including runes).
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    /// True for the unsigned integer kinds.
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    /// True for the floating-point kinds (typed or untyped).
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    /// True for the complex kinds.
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128)
    }

    /// True for integer, float and complex kinds.
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    /// True for the untyped constant kinds.
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    /// Size in bytes of a value of this kind (untyped kinds have none).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            String | Complex128 => 16,
            _ => 0,
        }
    }

    /// Width in bits of an integer kind (0 for others).
    pub fn int_bits(self) -> u32 {
        if self.is_integer() && !self.is_untyped() {
            self.size() as u32 * 8
        } else {
            0
        }
    }
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// Field name (for an embedded field, the type's name).
    pub name: String,
    /// Field type.
    pub ty: TypeId,
    /// True for an embedded (anonymous) field.
    pub embedded: bool,
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Parameter types (the last is a slice type when `variadic`).
    pub params: Vec<TypeId>,
    /// Result types.
    pub results: Vec<TypeId>,
    /// True when the last parameter is `...T`.
    pub variadic: bool,
}

/// An interface method.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceMethod {
    /// Method name.
    pub name: String,
    /// Its signature (a `Func` type, without receiver).
    pub sig: TypeId,
}

/// Channel direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// A method declared on a named type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedMethod {
    /// Method name.
    pub name: String,
    /// True for a pointer receiver (`func (t *T) M()`).
    pub pointer_receiver: bool,
    /// The method's signature, without receiver.
    pub sig: TypeId,
    /// Frontend-assigned index of the method's declaration (its function in the IR).
    pub decl: u32,
}

/// A named (defined) type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedType {
    /// Package name (`main`), empty for predeclared `error`.
    pub package: String,
    /// Type name, e.g. `T`; for a type declared inside a function gc also uses the bare name.
    pub name: String,
    /// Underlying type; `None` until resolved.
    pub underlying: Option<TypeId>,
    /// Declared methods, in declaration order.
    pub methods: Vec<NamedMethod>,
}

/// The shape of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// A predeclared basic type or untyped constant kind.
    Basic(BasicKind),
    /// `*T`
    Pointer(TypeId),
    /// `[N]T`
    Array(TypeId, u64),
    /// `[]T`
    Slice(TypeId),
    /// `struct { ... }`
    Struct(Vec<Field>),
    /// `func(...) ...`
    Func(Signature),
    /// `interface { ... }` with its full method set, sorted by name.
    Interface(Vec<InterfaceMethod>),
    /// `map[K]V`
    Map(TypeId, TypeId),
    /// `chan T`, `chan<- T`, `<-chan T`
    Chan(ChanDir, TypeId),
    /// A defined type.
    Named(NamedType),
    /// The result list of a multi-value call (checker only).
    Tuple(Vec<TypeId>),
}

/// Owns every type of a compilation.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    interned: HashMap<Type, TypeId>,
}

macro_rules! predeclared {
    ($($name:ident = $idx:expr, $kind:ident;)*) => {
        impl TypeId {
            $(
                #[doc = concat!("The predeclared `", stringify!($kind), "` type.")]
                pub const $name: TypeId = TypeId($idx);
            )*
        }
        const PREDECLARED: &[BasicKind] = &[$(BasicKind::$kind),*];
    };
}

predeclared! {
    INVALID = 0, Invalid;
    BOOL = 1, Bool;
    INT = 2, Int;
    INT8 = 3, Int8;
    INT16 = 4, Int16;
    INT32 = 5, Int32;
    INT64 = 6, Int64;
    UINT = 7, Uint;
    UINT8 = 8, Uint8;
    UINT16 = 9, Uint16;
    UINT32 = 10, Uint32;
    UINT64 = 11, Uint64;
    UINTPTR = 12, Uintptr;
    FLOAT32 = 13, Float32;
    FLOAT64 = 14, Float64;
    COMPLEX64 = 15, Complex64;
    COMPLEX128 = 16, Complex128;
    STRING = 17, String;
    UNSAFE_POINTER = 18, UnsafePointer;
    UNTYPED_BOOL = 19, UntypedBool;
    UNTYPED_INT = 20, UntypedInt;
    UNTYPED_RUNE = 21, UntypedRune;
    UNTYPED_FLOAT = 22, UntypedFloat;
    UNTYPED_STRING = 23, UntypedString;
    UNTYPED_NIL = 24, UntypedNil;
}

impl TypeId {
    /// The empty interface `interface{}` (`any`), interned right after the basic kinds.
    pub const EMPTY_INTERFACE: TypeId = TypeId(25);
    /// The predeclared `error` type.
    pub const ERROR: TypeId = TypeId(26);
}

/// Size and alignment of a type, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Size in bytes (a multiple of `align`).
    pub size: u64,
    /// Alignment in bytes (a power of two).
    pub align: u64,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the predeclared types, `any` and `error`.
    pub fn new() -> TypeTable {
        let mut table = TypeTable {
            types: Vec::new(),
            interned: HashMap::new(),
        };
        for &kind in PREDECLARED {
            table.intern(Type::Basic(kind));
        }
        let any = table.intern(Type::Interface(Vec::new()));
        assert_eq!(any, TypeId::EMPTY_INTERFACE);
        let error = table.new_named(String::new(), "error".into());
        assert_eq!(error, TypeId::ERROR);
        let error_sig = table.intern(Type::Func(Signature {
            params: vec![],
            results: vec![TypeId::STRING],
            variadic: false,
        }));
        let error_iface = table.intern(Type::Interface(vec![InterfaceMethod {
            name: "Error".into(),
            sig: error_sig,
        }]));
        table.set_underlying(error, error_iface);
        table
    }

    /// Interns a structural type (use [`TypeTable::new_named`] for named types).
    pub fn intern(&mut self, ty: Type) -> TypeId {
        debug_assert!(
            !matches!(ty, Type::Named(_)),
            "named types are created with new_named"
        );
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    /// Creates a fresh named type whose underlying type is set later.
    pub fn new_named(&mut self, package: String, name: String) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(NamedType {
            package,
            name,
            underlying: None,
            methods: Vec::new(),
        }));
        id
    }

    /// Sets the underlying type of a named type (resolving `u` to its own underlying type).
    pub fn set_underlying(&mut self, named: TypeId, u: TypeId) {
        let u = self.underlying(u);
        match &mut self.types[named.0 as usize] {
            Type::Named(n) => n.underlying = Some(u),
            other => panic!("set_underlying on non-named type {other:?}"),
        }
    }

    /// Adds a method to a named type.
    pub fn add_method(&mut self, named: TypeId, method: NamedMethod) {
        match &mut self.types[named.0 as usize] {
            Type::Named(n) => n.methods.push(method),
            other => panic!("add_method on non-named type {other:?}"),
        }
    }

    /// The shape of `id`.
    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    /// Number of types in the table.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// True if the table is empty (never, after `new`).
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// `*elem`
    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    /// `[]elem`
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    /// `[len]elem`
    pub fn array(&mut self, elem: TypeId, len: u64) -> TypeId {
        self.intern(Type::Array(elem, len))
    }

    /// The underlying type: itself unless named (an unresolved named type yields `INVALID`).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(n) => n.underlying.unwrap_or(TypeId::INVALID),
            _ => id,
        }
    }

    /// The shape of the underlying type.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    /// The named type's data, if `id` is named.
    pub fn named(&self, id: TypeId) -> Option<&NamedType> {
        match self.get(id) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    /// True if the underlying type is an interface.
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    /// Size and alignment of `id` on a 64-bit target.
    pub fn layout(&self, id: TypeId) -> Layout {
        match self.under(id) {
            Type::Basic(k) => {
                let size = k.size();
                let align = match k {
                    BasicKind::String | BasicKind::Complex128 => 8,
                    BasicKind::Complex64 => 4,
                    _ => size.max(1),
                };
                Layout { size, align }
            }
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                Layout { size: 8, align: 8 }
            }
            Type::Slice(_) => Layout { size: 24, align: 8 },
            Type::Interface(_) => Layout { size: 16, align: 8 },
            Type::Array(elem, n) => {
                let e = self.layout(*elem);
                Layout {
                    size: e.size * n,
                    align: e.align,
                }
            }
            Type::Struct(fields) => self.struct_layout(fields).1,
            Type::Named(_) | Type::Tuple(_) => Layout { size: 0, align: 1 },
        }
    }

    /// Byte offsets of the fields of a struct type (`id` may be named).
    pub fn field_offsets(&self, id: TypeId) -> Vec<u64> {
        match self.under(id) {
            Type::Struct(fields) => self.struct_layout(fields).0,
            other => panic!("field_offsets of non-struct {other:?}"),
        }
    }

    fn struct_layout(&self, fields: &[Field]) -> (Vec<u64>, Layout) {
        let mut offset = 0u64;
        let mut align = 1u64;
        let mut offsets = Vec::with_capacity(fields.len());
        for f in fields {
            let l = self.layout(f.ty);
            offset = offset.next_multiple_of(l.align);
            offsets.push(offset);
            offset += l.size;
            align = align.max(l.align);
        }
        // gc pads a struct whose last field is zero-sized so &s.last never points past the object.
        if let Some(last) = fields.last() {
            if self.layout(last.ty).size == 0 && offset > 0 {
                offset += 1;
            }
        }
        (
            offsets,
            Layout {
                size: offset.next_multiple_of(align),
                align,
            },
        )
    }

    /// True if an interface holds a value of `id` directly in its data word instead of pointing to a
    /// box: pointer-shaped types (pointers, maps, channels, funcs, `unsafe.Pointer`) and structs or
    /// one-element arrays wrapping exactly one such value, as in gc.
    pub fn is_direct_iface(&self, id: TypeId) -> bool {
        match self.under(id) {
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => true,
            Type::Basic(BasicKind::UnsafePointer) => true,
            Type::Array(elem, 1) => self.is_direct_iface(*elem),
            Type::Struct(fields) => {
                let sized: Vec<&Field> = fields
                    .iter()
                    .filter(|f| self.layout(f.ty).size > 0)
                    .collect();
                sized.len() == 1 && self.layout(id).size == 8 && self.is_direct_iface(sized[0].ty)
            }
            _ => false,
        }
    }

    /// True if values of `id` contain pointers the collector must trace.
    pub fn has_pointers(&self, id: TypeId) -> bool {
        match self.under(id) {
            Type::Basic(k) => matches!(k, BasicKind::String | BasicKind::UnsafePointer),
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface(_) => true,
            Type::Array(elem, n) => *n > 0 && self.has_pointers(*elem),
            Type::Struct(fields) => fields.iter().any(|f| self.has_pointers(f.ty)),
            Type::Named(_) | Type::Tuple(_) => false,
        }
    }

    /// Go's type string. `qualify` prefixes named types with their package (`main.T`, as `%T`
    /// prints); otherwise names are bare (as the type checker's messages print them).
    /// `reflect_style` spaces struct and interface bodies as the reflect package does
    /// (`struct { A int }`) instead of the type checker's `struct{A int}`.
    pub fn type_string(&self, id: TypeId, qualify: bool, reflect_style: bool) -> String {
        let mut out = String::new();
        self.write_type(&mut out, id, qualify, reflect_style);
        out
    }

    fn write_type(&self, out: &mut String, id: TypeId, q: bool, r: bool) {
        match self.get(id) {
            Type::Basic(k) => out.push_str(k.name()),
            Type::Named(n) => {
                if q && !n.package.is_empty() {
                    out.push_str(&n.package);
                    out.push('.');
                }
                out.push_str(&n.name);
            }
            Type::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, q, r);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, q, r);
            }
            Type::Array(e, n) => {
                let _ = write!(out, "[{n}]");
                self.write_type(out, *e, q, r);
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, q, r);
                out.push(']');
                self.write_type(out, *v, q, r);
            }
            Type::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write_type(out, *e, q, r);
            }
            Type::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, q, r);
            }
            Type::Struct(fields) => {
                out.push_str(if r { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    out.push_str(if i > 0 {
                        "; "
                    } else if r {
                        " "
                    } else {
                        ""
                    });
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, q, r);
                }
                out.push_str(if r && !fields.is_empty() { " }" } else { "}" });
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    out.push_str(if r { "interface {}" } else { "interface{}" });
                    return;
                }
                out.push_str(if r { "interface { " } else { "interface{" });
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(out, sig, q, r);
                    }
                }
                out.push_str(if r { " }" } else { "}" });
            }
            Type::Tuple(elems) => {
                out.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *e, q, r);
                }
                out.push(')');
            }
        }
    }

    fn write_signature(&self, out: &mut String, sig: &Signature, q: bool, r: bool) {
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i == sig.params.len() - 1 {
                out.push_str("...");
                match self.get(*p) {
                    Type::Slice(e) => self.write_type(out, *e, q, r),
                    _ => self.write_type(out, *p, q, r),
                }
            } else {
                self.write_type(out, *p, q, r);
            }
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, sig.results[0], q, r);
            }
            _ => {
                out.push_str(" (");
                for (i, t) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *t, q, r);
                }
                out.push(')');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_gives_identity() {
        let mut t = TypeTable::new();
        let a = t.slice(TypeId::INT);
        let b = t.slice(TypeId::INT);
        assert_eq!(a, b);
        assert_eq!(t.type_string(a, true, true), "[]int");
    }

    #[test]
    fn struct_layout_matches_gc() {
        let mut t = TypeTable::new();
        let s = t.intern(Type::Struct(vec![
            Field {
                name: "a".into(),
                ty: TypeId::INT8,
                embedded: false,
            },
            Field {
                name: "b".into(),
                ty: TypeId::INT64,
                embedded: false,
            },
            Field {
                name: "c".into(),
                ty: TypeId::INT16,
                embedded: false,
            },
        ]));
        assert_eq!(t.layout(s), Layout { size: 24, align: 8 });
        assert_eq!(t.field_offsets(s), vec![0, 8, 16]);
        assert_eq!(
            t.type_string(s, true, true),
            "struct { a int8; b int64; c int16 }"
        );
        assert_eq!(
            t.type_string(s, false, false),
            "struct{a int8; b int64; c int16}"
        );
    }

    #[test]
    fn named_types_qualify() {
        let mut t = TypeTable::new();
        let n = t.new_named("main".into(), "T".into());
        t.set_underlying(n, TypeId::INT);
        let p = t.pointer(n);
        assert_eq!(t.type_string(p, true, true), "*main.T");
        assert_eq!(t.type_string(p, false, false), "*T");
        assert_eq!(t.type_string(TypeId::ERROR, true, true), "error");
        assert!(t.is_interface(TypeId::ERROR));
    }
}
