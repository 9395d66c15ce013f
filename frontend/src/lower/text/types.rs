//! Types as gc prints them in expressions (composite literals, conversions, `make`, `new`,
//! type assertions).
//!
//! gc prints the type, not the type expression: names as written (it keeps `byte`, `rune` and
//! `any`), an alias as the type it stands for (`A{...}` for `type A = []int` prints
//! `[]int{...}`), array lengths evaluated, struct types as `struct { a int; T; F any "tag" }`.
//! A conversion to a type without a name parenthesises it: `([]byte)(s)`.

use middle::source::NO_POS;
use middle::types::{ChanDir, Type, TypeId};

use super::ExprText;
use crate::ast::{Decl, ExprId, ExprKind};
use crate::check::ObjKind;
use crate::constant::quote;

impl ExprText<'_> {
    /// Writes the type the type expression `t` denotes.
    pub(super) fn write_type(&self, out: &mut String, t: ExprId) {
        match &self.ast.expr(t).kind {
            ExprKind::Ident(n) => match self.alias_target(t) {
                Some(Ok(decl)) => self.write_type(out, decl),
                Some(Err(ty)) => out.push_str(&self.info.types.type_string(ty, false, true)),
                None => out.push_str(n),
            },
            ExprKind::Paren(x) => self.write_type(out, *x),
            ExprKind::Selector { x, sel } => {
                self.write_type(out, *x);
                out.push('.');
                out.push_str(&sel.name);
            }
            ExprKind::Star(x) => {
                out.push('*');
                self.write_type(out, *x);
            }
            ExprKind::ArrayType { len, elem, .. } => {
                out.push('[');
                match (
                    len,
                    self.info
                        .type_exprs
                        .get(&t)
                        .map(|ty| self.info.types.under(*ty)),
                ) {
                    (_, Some(Type::Array(_, n))) => out.push_str(&n.to_string()),
                    (Some(l), _) => self.write(out, *l, 0),
                    (None, _) => {}
                }
                out.push(']');
                self.write_type(out, *elem);
            }
            ExprKind::MapType { key, value } => {
                out.push_str("map[");
                self.write_type(out, *key);
                out.push(']');
                self.write_type(out, *value);
            }
            ExprKind::ChanType { dir, elem } => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write_type(out, *elem);
            }
            ExprKind::StructType(fields) => {
                out.push_str("struct {");
                let mut first = true;
                for f in fields {
                    let names: Vec<Option<&str>> = if f.names.is_empty() {
                        vec![None]
                    } else {
                        f.names.iter().map(|n| Some(n.name.as_str())).collect()
                    };
                    for name in names {
                        out.push_str(if first { " " } else { "; " });
                        first = false;
                        if let Some(name) = name {
                            out.push_str(name);
                            out.push(' ');
                        }
                        self.write_type(out, f.ty);
                        if let Some(tag) = &f.tag {
                            out.push(' ');
                            out.push_str(&quote(tag.as_bytes()));
                        }
                    }
                }
                out.push_str(if first { "}" } else { " }" });
            }
            _ => match self.info.type_exprs.get(&t) {
                Some(ty) => out.push_str(&self.info.types.type_string(*ty, false, true)),
                None => out.push_str(&crate::parser::print::expr_string(self.ast, t)),
            },
        }
    }

    /// The type `ty` as a conversion prints it: `int`, `(*int)`.
    pub(super) fn type_name(&self, ty: TypeId) -> String {
        let text = self.info.types.type_string(ty, false, true);
        match self.info.types.get(ty) {
            Type::Named(_) | Type::Basic(_) => text,
            _ => format!("({text})"),
        }
    }

    /// True if gc prints the type `t` denotes by its name, so a conversion to it needs no
    /// parentheses.
    pub(super) fn is_type_name(&self, t: ExprId) -> bool {
        match &self.ast.expr(t).kind {
            ExprKind::Ident(_) => match self.alias_target(t) {
                Some(Ok(decl)) => self.is_type_name(decl),
                Some(Err(ty)) => matches!(self.info.types.get(ty), Type::Named(_) | Type::Basic(_)),
                None => true,
            },
            ExprKind::Paren(x) => self.is_type_name(*x),
            ExprKind::Selector { .. } => true,
            _ => false,
        }
    }

    /// For the name of an alias: the type expression of its package-level declaration, or the
    /// type it denotes when declared in a function.
    fn alias_target(&self, t: ExprId) -> Option<Result<ExprId, TypeId>> {
        let obj = &self.info.objects[self.info.uses.get(&t)?.0 as usize];
        let defined = self
            .info
            .types
            .named(obj.ty)
            .is_some_and(|n| n.name == obj.name);
        if obj.kind != ObjKind::TypeName || obj.pos == NO_POS || defined {
            return None;
        }
        let specs = self
            .ast
            .files
            .iter()
            .flat_map(|f| &f.decls)
            .filter_map(|d| match d {
                Decl::Type(specs) => Some(specs),
                _ => None,
            });
        let decl = specs.flatten().find(|s| s.alias && s.name.pos == obj.pos);
        Some(decl.map(|s| s.ty).ok_or(obj.ty))
    }
}
