//! Calls and conversions as gc prints them.
//!
//! A method call (on a value, not an interface) is a call of the method expression with the
//! receiver first, without the implicit `&` or `*` but with the embedded fields it goes through:
//! `r.Get()` prints `B.Get(r.B)`, `l.String()` prints `(*List).String(l)`. An argument passed
//! to an interface parameter is boxed (so constant propagation applies), the packed arguments
//! of a variadic call print as `... argument...` (`nil...` when there are none), a multi-value
//! argument as its temporaries (see `autotmp`). A conversion of a constant string to `[]rune`
//! is a slice literal (`[]rune{...}`); other conversions print the type, parenthesised unless
//! it has a name. `make` and `new` print their type as a type.

use middle::types::{BasicKind, Type};

use super::{ExprText, PRIMARY};
use crate::ast::{ExprId, ExprKind};
use crate::check::{Builtin, CallKind, Selection};
use crate::constant::ConstValue;

impl ExprText<'_> {
    /// Writes the call `e` of `fun` (`spread` for a final `...`).
    pub(super) fn write_call(
        &self,
        out: &mut String,
        e: ExprId,
        fun: ExprId,
        args: &[ExprId],
        spread: bool,
    ) {
        match (self.info.calls.get(&e), args) {
            (Some(CallKind::Conversion(_)), [arg]) => self.write_conversion(out, e, fun, *arg),
            (Some(CallKind::Builtin(b @ (Builtin::Make | Builtin::New))), [ty, sizes @ ..]) => {
                out.push_str(if *b == Builtin::Make { "make(" } else { "new(" });
                self.write_type(out, *ty);
                let slice = matches!(self.info.types.under(self.ty(e)), Type::Slice(_));
                for (i, a) in sizes.iter().enumerate() {
                    out.push_str(", ");
                    if slice && i + 1 == sizes.len() {
                        self.write_make_size(out, *a);
                    } else {
                        self.write(out, *a, 0);
                    }
                }
                out.push(')');
            }
            (Some(CallKind::Builtin(Builtin::Panic)), [arg]) => {
                out.push_str("panic(");
                self.write_boxed(out, *arg);
                out.push(')');
            }
            _ => self.write_func_call(out, fun, args, spread),
        }
    }

    /// `T(x)`, `([]byte)(s)`, or the slice literal `[]rune{...}` of a constant string.
    fn write_conversion(&self, out: &mut String, e: ExprId, fun: ExprId, arg: ExprId) {
        let to = self.ty(e);
        if let (Some(ConstValue::String(s)), Type::Slice(elem)) =
            (self.info.consts.get(&arg), self.info.types.under(to))
        {
            if self.info.types.basic(*elem) == Some(BasicKind::Int32) {
                self.write_type(out, fun);
                out.push_str(if s.is_empty() { "{}" } else { "{...}" });
                return;
            }
        }
        let named = self.is_type_name(fun);
        if !named {
            out.push('(');
        }
        self.write_type(out, fun);
        if !named {
            out.push(')');
        }
        out.push('(');
        if self.boxes(self.ty(arg), to) {
            self.write_boxed(out, arg);
        } else {
            self.write(out, arg, 0);
        }
        out.push(')');
    }

    /// A call of a function, function value or method.
    fn write_func_call(&self, out: &mut String, fun: ExprId, args: &[ExprId], spread: bool) {
        let fun = self.strip(fun);
        let mut first = true;
        match self.method_callee(fun) {
            Some((callee, x)) => {
                out.push_str(&callee);
                out.push('(');
                self.write_selected(out, fun, x, 0);
                first = false;
            }
            None => {
                self.write(out, fun, PRIMARY);
                out.push('(');
            }
        }
        let sig = match self.info.types.under(self.ty(fun)) {
            Type::Func(sig) => Some(sig),
            _ => None,
        };
        let packed_from = sig
            .filter(|s| s.variadic && !spread)
            .map(|s| s.params.len() - 1);
        let results = self.temp_results(args);
        let count = results
            .as_ref()
            .map_or(args.len(), |(_, types)| types.len());
        for i in 0..count {
            if !first {
                out.push_str(", ");
            }
            first = false;
            if packed_from == Some(i) {
                out.push_str("... argument...");
                break;
            }
            let param = sig.and_then(|s| s.params.get(i)).copied();
            match &results {
                // gc's first temporary carries the statement that fills them: `int(.autotmp_0)`.
                Some((n, types)) => match param {
                    Some(p) if self.boxes(types[i], p) || i > 0 => {
                        out.push_str(&format!(".autotmp_{}", n + i as u32))
                    }
                    _ => out.push_str(&format!("{}(.autotmp_{n})", self.type_name(types[0]))),
                },
                None => match param {
                    Some(p) if self.boxes(self.ty(args[i]), p) => self.write_boxed(out, args[i]),
                    _ => self.write(out, args[i], 0),
                },
            }
        }
        if packed_from == Some(count) {
            // No packed arguments: gc passes a nil slice.
            out.push_str(if first { "nil..." } else { ", nil..." });
        }
        if spread {
            out.push_str("...");
        }
        out.push(')');
    }

    /// For the arguments `g()` of a multi-value call gc holds in temporaries: the first one's
    /// number and the results' types.
    fn temp_results(&self, args: &[ExprId]) -> Option<(u32, Vec<middle::types::TypeId>)> {
        let [g] = args else { return None };
        let n = self.temps?.get(&self.strip(*g))?;
        match self.info.types.get(self.ty(*g)) {
            Type::Tuple(types) => Some((*n, types.clone())),
            _ => None,
        }
    }

    /// For the callee `x.M` of a method call (not through an interface): the method expression
    /// gc calls (`T.M`, `(*T).M`) and the receiver operand `x`.
    fn method_callee(&self, fun: ExprId) -> Option<(String, ExprId)> {
        let ExprKind::Selector { x, .. } = &self.ast.expr(fun).kind else {
            return None;
        };
        let Some(Selection::Method { named, index, .. }) = self.info.selections.get(&fun) else {
            return None;
        };
        let nt = self.info.types.named(*named)?;
        let method = nt.methods.get(*index as usize)?;
        let callee = if method.pointer_receiver {
            format!("(*{}).{}", nt.name, method.name)
        } else {
            format!("{}.{}", nt.name, method.name)
        };
        Some((callee, *x))
    }
}
