//! Operands: the result of checking an expression (types2's `operand`), and their description
//! in messages (`x (variable of type int)`, `1 (untyped int constant)`, `nil`).

use middle::source::Pos;
use middle::types::{Type, TypeId};

use super::info::Builtin;
use super::Checker;
use crate::ast::{Ast, ExprId};
use crate::constant::ConstValue;

/// What an operand denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Checking failed (an error was reported).
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A predeclared function, not called.
    Builtin(Builtin),
    /// A type.
    TypeExpr,
    /// A constant; `val` holds its value.
    Constant,
    /// An addressable variable.
    Variable,
    /// A map index expression (assignable; comma-ok on the right of an assignment).
    MapIndex,
    /// A computed value.
    Value,
    /// The untyped `nil` (or `nil` converted to a type).
    Nil,
    /// A value that may be used in a comma-ok assignment (type assertion, receive).
    CommaOk,
}

impl Mode {
    /// The word types2 uses for the mode in operand descriptions.
    fn describe(self) -> &'static str {
        match self {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::Nil => "nil",
            Mode::CommaOk => "comma, ok expression",
        }
    }
}

/// The expression an operand stands for, as messages print it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OperandExpr {
    /// A source expression.
    Expr(ExprId),
    /// A synthesised name at a position, like types2's dummy `1st function result`.
    Named(String, Pos),
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    /// What it denotes.
    pub mode: Mode,
    /// Which expression it came from.
    pub expr: OperandExpr,
    /// Its type (`INVALID` when invalid).
    pub ty: TypeId,
    /// Its value, for constants.
    pub val: Option<ConstValue>,
}

impl Operand {
    /// An invalid operand for expression `e`.
    pub fn invalid(e: ExprId) -> Operand {
        Operand {
            mode: Mode::Invalid,
            expr: OperandExpr::Expr(e),
            ty: TypeId::INVALID,
            val: None,
        }
    }

    /// A value operand of type `ty` for `e`.
    pub fn value(e: ExprId, ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            expr: OperandExpr::Expr(e),
            ty,
            val: None,
        }
    }

    /// A value operand described by a synthesised name.
    pub fn named(name: impl Into<String>, pos: Pos, ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            expr: OperandExpr::Named(name.into(), pos),
            ty,
            val: None,
        }
    }

    /// True unless checking failed.
    pub fn is_valid(&self) -> bool {
        self.mode != Mode::Invalid
    }

    /// Marks the operand invalid.
    pub fn invalidate(&mut self) {
        self.mode = Mode::Invalid;
    }

    /// The source expression, if any.
    pub fn expr_id(&self) -> Option<ExprId> {
        match self.expr {
            OperandExpr::Expr(e) => Some(e),
            _ => None,
        }
    }

    /// True for the (possibly typed) `nil`.
    pub fn is_nil(&self) -> bool {
        self.mode == Mode::Nil
    }

    /// The position errors about this operand are reported at.
    pub fn start_pos(&self, ast: &Ast) -> Pos {
        match &self.expr {
            OperandExpr::Expr(e) => ast.expr(*e).span.lo,
            OperandExpr::Named(_, pos) => *pos,
        }
    }
}

impl Checker<'_> {
    /// Describes an operand as types2's `operandString` does.
    pub(crate) fn describe(&self, x: &Operand) -> String {
        if x.mode == Mode::Nil {
            return match x.ty {
                TypeId::INVALID => "nil (with invalid type)".to_string(),
                TypeId::UNTYPED_NIL => "nil".to_string(),
                ty => format!("nil (of type {})", self.type_str(ty)),
            };
        }
        let expr = match &x.expr {
            OperandExpr::Expr(e) => self.expr_str(*e),
            OperandExpr::Named(name, _) => name.clone(),
        };
        let mut out = String::new();
        if !expr.is_empty() {
            out.push_str(&expr);
            out.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.is_untyped(x.ty) {
                    out.push_str(self.basic_name(x.ty));
                    out.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        out.push_str(x.mode.describe());
        if x.mode == Mode::Constant {
            if let Some(v) = &x.val {
                let s = v.go_string();
                if s != expr {
                    out.push(' ');
                    out.push_str(&s);
                }
            }
        }
        if has_type {
            if x.ty != TypeId::INVALID {
                let mut desc = String::new();
                if self.is_defined(x.ty) || x.ty == self.aliases.any {
                    match self.composite_kind(x.ty) {
                        Some(kind) => desc = format!("{kind} "),
                        None => desc = format!("{} ", self.basic_name(self.types.underlying(x.ty))),
                    }
                }
                out.push_str(&format!(" of {desc}type {}", self.type_str(x.ty)));
            } else {
                out.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            out.push(')');
        }
        out
    }

    /// types2's `compositeKind`: the kind word for non-basic types (`struct`, `slice`, ...).
    pub(crate) fn composite_kind(&self, ty: TypeId) -> Option<&'static str> {
        match self.types.under(ty) {
            Type::Basic(_) | Type::Named(_) => None,
            Type::Array(..) => Some("array"),
            Type::Slice(_) => Some("slice"),
            Type::Struct(_) => Some("struct"),
            Type::Pointer(_) => Some("pointer"),
            Type::Func(_) => Some("func"),
            Type::Interface(_) => Some("interface"),
            Type::Map(..) => Some("map"),
            Type::Chan(..) => Some("chan"),
            Type::Tuple(_) => Some("tuple"),
        }
    }

    /// The name of a basic type.
    pub(crate) fn basic_name(&self, ty: TypeId) -> &'static str {
        match self.types.get(ty) {
            Type::Basic(k) => k.name(),
            _ => "",
        }
    }
}
