//! Type strings as types2 prints them in messages: named types of the package being checked are
//! bare (`T`), those of other packages qualified (`runtime.MemStats`), bodies compact
//! (`struct{a int}`).
//!
//! types2 keeps `byte` and `rune` as distinct aliases of `uint8` and `int32` and prints whichever
//! spelling produced a type. gosub's type table interns them as one type, so the spelling is
//! chosen per package ([`Spelling`]): `byte`/`rune` unless the package spells the type only as
//! `uint8`/`int32`. (Untyped rune constants and string iteration default to `rune`, which is why
//! `rune` wins when both spellings are absent.) The empty interface is likewise `any` unless the
//! package only writes it as `interface{}`.

use middle::types::{BasicKind, ChanDir, Signature, Type, TypeId};

use super::Checker;
use crate::ast::{Ast, ExprKind};

/// How `uint8` and `int32` are spelled in messages.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Spelling {
    /// Print `uint8` as `uint8` rather than `byte`.
    uint8_as_uint8: bool,
    /// Print `int32` as `int32` rather than `rune`.
    int32_as_int32: bool,
    /// Print the empty interface as `interface{}` rather than `any`.
    empty_as_interface: bool,
}

impl Spelling {
    /// Chooses the spelling from the identifiers the package uses.
    pub fn from_ast(ast: &Ast) -> Spelling {
        let (mut byte, mut uint8, mut rune, mut int32, mut any, mut empty) = (false, false, false, false, false, false);
        for expr in &ast.exprs {
            match &expr.kind {
                ExprKind::Ident(name) => match name.as_str() {
                    "byte" => byte = true,
                    "uint8" => uint8 = true,
                    "rune" => rune = true,
                    "int32" => int32 = true,
                    "any" => any = true,
                    _ => {}
                },
                ExprKind::InterfaceType(elems) if elems.is_empty() => empty = true,
                _ => {}
            }
        }
        Spelling { uint8_as_uint8: uint8 && !byte, int32_as_int32: int32 && !rune, empty_as_interface: empty && !any }
    }

    /// The name of a basic kind under this spelling.
    pub fn basic_name(self, kind: BasicKind) -> &'static str {
        match kind {
            BasicKind::Uint8 if !self.uint8_as_uint8 => "byte",
            BasicKind::Int32 if !self.int32_as_int32 => "rune",
            other => other.name(),
        }
    }
}

impl Checker<'_> {
    /// The type as types2 prints it in messages.
    pub(crate) fn type_str(&self, ty: TypeId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, ty);
        out
    }

    fn write_type(&self, out: &mut String, ty: TypeId) {
        match self.types.get(ty) {
            Type::Basic(kind) => out.push_str(self.spelling.basic_name(*kind)),
            Type::Named(named) => {
                if !named.package.is_empty() && named.package != self.pkg_name {
                    out.push_str(&named.package);
                    out.push('.');
                }
                out.push_str(&named.name);
            }
            Type::Pointer(elem) => {
                out.push('*');
                self.write_type(out, *elem);
            }
            Type::Slice(elem) => {
                out.push_str("[]");
                self.write_type(out, *elem);
            }
            Type::Array(elem, len) => {
                out.push_str(&format!("[{len}]"));
                self.write_type(out, *elem);
            }
            Type::Map(key, value) => {
                out.push_str("map[");
                self.write_type(out, *key);
                out.push(']');
                self.write_type(out, *value);
            }
            Type::Chan(dir, elem) => {
                let parenthesize = *dir == ChanDir::Both && matches!(self.types.get(*elem), Type::Chan(ChanDir::Recv, _));
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if parenthesize {
                    out.push('(');
                }
                self.write_type(out, *elem);
                if parenthesize {
                    out.push(')');
                }
            }
            Type::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig);
            }
            Type::Struct(fields) => {
                out.push_str("struct{");
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !field.embedded {
                        out.push_str(&field.name);
                        out.push(' ');
                    }
                    self.write_type(out, field.ty);
                }
                out.push('}');
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    out.push_str(if self.spelling.empty_as_interface { "interface{}" } else { "any" });
                    return;
                }
                out.push_str("interface{");
                for (i, method) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(&method.name);
                    if let Type::Func(sig) = self.types.get(method.sig) {
                        self.write_signature(out, sig);
                    }
                }
                out.push('}');
            }
            Type::Tuple(elems) => {
                out.push('(');
                for (i, elem) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *elem);
                }
                out.push(')');
            }
        }
    }

    /// Writes `(params) results` of a signature.
    pub(crate) fn write_signature(&self, out: &mut String, sig: &Signature) {
        out.push('(');
        for (i, param) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                match self.types.get(*param) {
                    Type::Slice(elem) => self.write_type(out, *elem),
                    _ => self.write_type(out, *param),
                }
            } else {
                self.write_type(out, *param);
            }
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, sig.results[0]);
            }
            _ => {
                out.push_str(" (");
                for (i, result) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *result);
                }
                out.push(')');
            }
        }
    }
}
