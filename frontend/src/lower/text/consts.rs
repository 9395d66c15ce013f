//! Constants as gc prints its literals, and escape analysis's constant propagation.
//!
//! A literal of its kind's default type prints bare (`5`, `"a"`, `1.5`, `true`), one of type
//! `rune` as a character (`'x'`), one of any other type as a conversion: `int32(5)`, `byte(98)`,
//! `T(4)`. gc keeps `byte` and `rune` apart from `uint8` and `int32`; the checker remembers which
//! expressions had them (`TypeInfo::byte_rune`).
//!
//! gc's escape analysis (`rewriteWithLiterals`) replaces the operand of an interface conversion
//! by a literal when the operand, looked through parentheses, conversions that keep the
//! representation and never-reassigned locals (`StaticValue`), is a constant; the literal has the
//! operand's type (`var b byte = 'b'` boxed prints `byte(98)`, `T(x)` prints `T(5)`). It does the
//! same for the size of `make([]T, n)` when not negative, and replaces `len(s)` of a local holding
//! a slice literal by the literal's length. Anything larger (`x + 1`, `len(s)` elsewhere) stays.

use middle::ir::Const;
use middle::types::TypeId;

use super::ExprText;
use crate::ast::{ExprId, ExprKind};
use crate::check::{Builtin, CallKind};
use crate::constant::{quote, ConstValue};

/// A literal's value: its text, the default type of its kind, and its value as a code point
/// when it is a non-negative integer (which prints as a character if its type is `rune`).
struct Literal {
    text: String,
    default: TypeId,
    code: Option<u32>,
}

impl ExprText<'_> {
    /// Writes the checker's constant `v`, the value of `e`.
    pub(super) fn constant(&self, out: &mut String, e: ExprId, v: &ConstValue) {
        let lit = match v {
            ConstValue::Bool(b) => Literal {
                text: b.to_string(),
                default: TypeId::BOOL,
                code: None,
            },
            ConstValue::Int(i) => Literal {
                text: i.to_string(),
                default: TypeId::INT,
                code: u32::try_from(i).ok(),
            },
            ConstValue::Float(_) => Literal {
                text: v.go_string(),
                default: TypeId::FLOAT64,
                code: None,
            },
            ConstValue::String(s) => Literal {
                text: quote(s),
                default: TypeId::STRING,
                code: None,
            },
        };
        self.literal(out, e, lit);
    }

    /// Writes `e` converted to an interface: a constant local (see the module comment) prints as
    /// its value, typed as `e`.
    pub(super) fn write_boxed(&self, out: &mut String, e: ExprId) {
        match self.static_const(e) {
            Some(c) if !self.info.consts.contains_key(&e) => self.ir_literal(out, e, c),
            _ => self.write(out, e, 0),
        }
    }

    /// Writes the size argument of `make([]T, ...)` that gc replaces by a literal: a constant
    /// local's value unless negative, or the length of a slice-literal local.
    pub(super) fn write_make_size(&self, out: &mut String, e: ExprId) {
        if let Some(n) = self.folded_len(e) {
            out.push_str(&n.to_string());
            return;
        }
        match self.static_const(e) {
            Some(c @ Const::Int(v, t)) if *v >= 0 || self.unsigned(*t) => {
                self.ir_literal(out, e, c)
            }
            _ => self.write(out, e, 0),
        }
    }

    /// The constant that `e` stands for through parentheses, representation-preserving
    /// conversions (not of floats, which round) and a never-reassigned local holding a constant.
    fn static_const(&self, e: ExprId) -> Option<&Const> {
        let vars = self.const_vars?;
        let e = self.strip(e);
        match &self.ast.expr(e).kind {
            ExprKind::Ident(_) => vars.get(self.info.uses.get(&e)?),
            ExprKind::Call { args, .. }
                if args.len() == 1
                    && matches!(self.info.calls.get(&e), Some(CallKind::Conversion(_))) =>
            {
                let types = &self.info.types;
                let to = types.underlying(self.ty(e));
                let no_op = types.underlying(self.ty(args[0])) == to
                    && !types.basic(to).is_some_and(|k| k.is_float());
                no_op.then(|| self.static_const(args[0])).flatten()
            }
            _ => None,
        }
    }

    /// The length gc folds `len(x)` to, for a local `x` holding a slice literal.
    fn folded_len(&self, e: ExprId) -> Option<i64> {
        let e = self.strip(e);
        let ExprKind::Call { args, .. } = &self.ast.expr(e).kind else {
            return None;
        };
        let (Some(CallKind::Builtin(Builtin::Len)), [x]) =
            (self.info.calls.get(&e), args.as_slice())
        else {
            return None;
        };
        let obj = self.info.uses.get(&self.strip(*x))?;
        self.slice_lens?.get(obj).copied()
    }

    fn unsigned(&self, t: TypeId) -> bool {
        self.info.types.basic(t).is_some_and(|k| k.is_unsigned())
    }

    /// Writes the propagated constant `c` as a literal of `e`'s type.
    fn ir_literal(&self, out: &mut String, e: ExprId, c: &Const) {
        let lit = match c {
            Const::Int(v, t) if self.unsigned(*t) => Literal {
                text: (*v as u64).to_string(),
                default: TypeId::INT,
                code: u32::try_from(*v as u64).ok(),
            },
            Const::Int(v, _) => Literal {
                text: v.to_string(),
                default: TypeId::INT,
                code: u32::try_from(*v).ok(),
            },
            Const::Float(v, _) => match num_rational::BigRational::from_float(*v) {
                Some(r) => Literal {
                    text: ConstValue::Float(r).go_string(),
                    default: TypeId::FLOAT64,
                    code: None,
                },
                None => return self.write(out, e, 0),
            },
            Const::Bool(b, _) => Literal {
                text: b.to_string(),
                default: TypeId::BOOL,
                code: None,
            },
            Const::Str(s, _) => Literal {
                text: quote(s),
                default: TypeId::STRING,
                code: None,
            },
            _ => return self.write(out, e, 0),
        };
        self.literal(out, e, lit);
    }

    /// Writes `lit` as a literal of `e`'s type.
    fn literal(&self, out: &mut String, e: ExprId, lit: Literal) {
        let types = &self.info.types;
        let ty = self.ty(e);
        let spelled = self.info.byte_rune.get(&e).copied();
        if spelled == Some("rune") || ty == TypeId::UNTYPED_RUNE {
            if let Some(c) = lit.code.filter(|c| *c <= char::MAX as u32) {
                out.push_str(&crate::lexer::quote_rune(
                    char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER),
                ));
                return;
            }
        }
        let bare = ty == lit.default
            || ty == TypeId::INVALID
            || types.basic(ty).is_some_and(|k| k.is_untyped())
            || types.is_interface(ty);
        if bare {
            out.push_str(&lit.text);
        } else {
            out.push_str(&spelled.map_or_else(|| types.type_string(ty, false, true), String::from));
            out.push('(');
            out.push_str(&lit.text);
            out.push(')');
        }
    }
}
