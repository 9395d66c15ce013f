//! Type strings as types2 prints them in messages: named types of the package being checked are
//! bare (`T`), those of other packages qualified (`runtime.MemStats`), bodies compact
//! (`struct{a int}`), and the aliases `byte`, `rune` and `any` by their own names (see
//! [`alias`](super::alias)).

use middle::types::{ChanDir, Signature, Type, TypeId};

use super::Checker;

impl Checker<'_> {
    /// The type as types2 prints it in messages.
    pub(crate) fn type_str(&self, ty: TypeId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, ty);
        out
    }

    fn write_type(&self, out: &mut String, ty: TypeId) {
        match self.types.get(ty) {
            Type::Basic(kind) => out.push_str(kind.name()),
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
                let parenthesize = *dir == ChanDir::Both
                    && matches!(self.types.get(*elem), Type::Chan(ChanDir::Recv, _));
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
                    out.push_str("interface{}");
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
