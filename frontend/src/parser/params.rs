//! Parameter lists (also receivers, results and type parameter lists) and the analysis of
//! `type T[...` that decides between an array type and a type parameter list.
//!
//! In `(a, b int, c string)` the names `a` and `b` share one type, while in `(int, string)` the
//! same shape of list holds two types. The list is therefore parsed as loose entries (a name, a
//! type, or both) and resolved afterwards, like gc does: if no entry has both a name and a type,
//! every lone name is a type; otherwise types are distributed right to left to the names before
//! them, and an entry left with only a type (or only a name) is "mixed named and unnamed
//! parameters". The resolved entries are then grouped into [`Param`]s, one per shared type.

use middle::source::Pos;

use super::types::ArrayOrArgs;
use super::Parser;
use crate::ast::{BinaryOp, ExprId, ExprKind, Ident, Param};
use crate::token::{Operator, TokenKind};

/// One entry of a parameter list as parsed: a name, a type, or both.
pub(super) struct Field {
    /// Where the entry starts.
    pos: Pos,
    /// The name, if any.
    pub(super) name: Option<Ident>,
    /// The type, if any (for `...T`, `T`).
    pub(super) ty: Option<ExprId>,
    /// Position of the `...` when written as `...T`.
    dots: Option<Pos>,
    /// Where the type starts (the `...` of a variadic type).
    type_start: Pos,
}

impl Parser<'_, '_> {
    /// True if the current token is the operator `op`.
    fn at_op(&self, op: Operator) -> bool {
        self.kind() == TokenKind::Operator && self.tok.op == op
    }

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type` (one entry); `name` is an already
    /// parsed first name. `follow` is the closing token (`]` for type parameter lists, where
    /// type set terms are accepted).
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: TokenKind) -> Option<Field> {
        let type_sets_ok = follow == TokenKind::Rbrack;
        let pos = name.as_ref().map_or(self.pos(), |n| n.pos);
        let mut f = Field {
            pos,
            name: None,
            ty: None,
            dots: None,
            type_start: pos,
        };
        let or = Operator::Binary(BinaryOp::Or);
        if name.is_none() && type_sets_ok && self.at_op(Operator::Tilde) {
            f.ty = Some(self.embedded_elem(None));
            return Some(f);
        }
        if self.kind() == TokenKind::Name || name.is_some() {
            let name = match name {
                Some(name) => name,
                None => self.name(),
            };
            if self.kind() == TokenKind::Lbrack {
                match self.array_or_type_args() {
                    ArrayOrArgs::Type(ty) => {
                        f.name = Some(name);
                        f.ty = Some(ty);
                    }
                    ArrayOrArgs::Args(lbrack, index) => {
                        f.ty = Some(self.instance(Some(name), lbrack, index))
                    }
                }
                if type_sets_ok && self.at_op(or) {
                    f.ty = Some(self.embedded_elem(f.ty));
                }
                return Some(self.with_type_start(f));
            }
            if self.kind() == TokenKind::Dot {
                f.ty = Some(self.qualified_name(Some(name)));
                if type_sets_ok && self.at_op(or) {
                    f.ty = Some(self.embedded_elem(f.ty));
                }
                return Some(self.with_type_start(f));
            }
            if type_sets_ok && self.at_op(or) {
                let x = self.ident_expr(name);
                f.ty = Some(self.embedded_elem(Some(x)));
                return Some(self.with_type_start(f));
            }
            f.name = Some(name);
        }
        if self.kind() == TokenKind::DotDotDot {
            let dots = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    f.ty = Some(elem);
                    f.dots = Some(dots);
                    f.type_start = dots;
                }
                None => {
                    f.ty = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }
        if type_sets_ok && self.at_op(Operator::Tilde) {
            f.ty = Some(self.embedded_elem(None));
            return Some(self.with_type_start(f));
        }
        f.ty = self.type_or_nil();
        if type_sets_ok && self.at_op(or) && f.ty.is_some() {
            f.ty = Some(self.embedded_elem(f.ty));
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(self.with_type_start(f));
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[TokenKind::Comma, follow]);
        None
    }

    /// Sets the entry's type start from its (non-variadic) type.
    fn with_type_start(&self, mut f: Field) -> Field {
        if let Some(ty) = f.ty {
            f.type_start = self.start_of(ty);
        }
        f
    }

    /// `ParameterList` after its opening `(` or `[`, up to and including `close`. `first` is an
    /// already parsed first name (and type). With `require_names` (type parameter lists) every
    /// entry must be named; `dots_ok` (function parameters) allows a final `...T`.
    pub(super) fn param_list(
        &mut self,
        first: Option<(Ident, Option<ExprId>)>,
        close: TokenKind,
        require_names: bool,
        dots_ok: bool,
    ) -> Vec<Field> {
        let (mut name, mut typ) = match first {
            Some((name, typ)) => (Some(name), typ),
            None => (None, None),
        };
        if let (Some(n), Some(t)) = (&name, typ) {
            if self.kind() == close {
                self.next();
                let start = self.start_of(t);
                return vec![Field {
                    pos: n.pos,
                    name,
                    ty: Some(t),
                    dots: None,
                    type_start: start,
                }];
            }
        }

        let mut list: Vec<Field> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", TokenKind::Comma, close, &mut |p| {
            let field = match (typ.take(), name.take()) {
                (Some(t), n) => {
                    let pos = n.as_ref().map_or(p.pos(), |n| n.pos);
                    let start = p.start_of(t);
                    Some(Field {
                        pos,
                        name: n,
                        ty: Some(t),
                        dots: None,
                        type_start: start,
                    })
                }
                (None, n) => p.param_decl_or_nil(n, close),
            };
            if let Some(field) = field {
                if field.name.is_some() && field.ty.is_some() {
                    named += 1;
                }
                if field.ty.is_some() {
                    typed += 1;
                }
                list.push(field);
            }
            false
        });
        if list.is_empty() {
            return list;
        }

        if named == 0 && !require_names {
            for field in &mut list {
                if let Some(n) = field.name.take() {
                    field.type_start = n.pos;
                    field.ty = Some(self.ident_expr(n));
                }
            }
        } else if named != list.len() {
            let mut err_pos = None;
            let mut typ: Option<(ExprId, Option<Pos>)> = None;
            for field in list.iter_mut().rev() {
                if let Some(t) = field.ty {
                    typ = Some((t, field.dots));
                    if field.name.is_none() {
                        err_pos = Some(field.type_start);
                        field.name = Some(Ident {
                            name: "_".to_string(),
                            pos: field.type_start,
                        });
                    }
                } else if let Some((t, dots)) = typ {
                    field.ty = Some(t);
                    field.dots = dots;
                } else {
                    let pos = field.name.as_ref().map_or(field.pos, |n| n.pos);
                    err_pos = Some(pos);
                    field.ty = Some(self.bad_expr_at(pos));
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = end;
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if !require_names {
                    "missing parameter name"
                } else if list.len() == 1 {
                    "missing type parameter name or invalid array length"
                } else {
                    "missing type parameter name"
                };
                self.syntax_error_at(pos, msg);
            }
        }

        let count = list.len();
        let mut first_misuse = true;
        for (i, field) in list.iter_mut().enumerate() {
            let Some(dots) = field.dots else { continue };
            if !dots_ok || i + 1 < count {
                if first_misuse {
                    first_misuse = false;
                    let msg = if dots_ok {
                        "can only use ... with final parameter"
                    } else {
                        "invalid use of ..."
                    };
                    self.error_at(dots, msg);
                }
                field.dots = None;
            }
        }
        list
    }

    /// `Result = Parameters | Type`.
    pub(super) fn func_result(&mut self) -> Vec<Param> {
        if self.got(TokenKind::Lparen) {
            let fields = self.param_list(None, TokenKind::Rparen, false, false);
            return self.group_params(fields);
        }
        let pos = self.pos();
        match self.type_or_nil() {
            Some(ty) => vec![Param {
                pos,
                names: Vec::new(),
                ty,
                variadic: false,
            }],
            None => Vec::new(),
        }
    }

    /// Groups resolved entries into [`Param`]s: consecutive names sharing one type form a group.
    pub(super) fn group_params(&mut self, fields: Vec<Field>) -> Vec<Param> {
        let mut params: Vec<Param> = Vec::new();
        for field in fields {
            let ty = match field.ty {
                Some(ty) => ty,
                None => self.bad_expr_at(field.pos),
            };
            if let Some(name) = field.name {
                if let Some(last) = params.last_mut() {
                    if !last.names.is_empty()
                        && last.ty == ty
                        && last.variadic == field.dots.is_some()
                    {
                        last.names.push(name);
                        continue;
                    }
                }
                params.push(Param {
                    pos: name.pos,
                    names: vec![name],
                    ty,
                    variadic: field.dots.is_some(),
                });
            } else {
                params.push(Param {
                    pos: field.pos,
                    names: Vec::new(),
                    ty,
                    variadic: field.dots.is_some(),
                });
            }
        }
        params
    }

    /// One entry as a parameter group of its own (a method receiver).
    pub(super) fn single_param(&mut self, field: Field) -> Param {
        let mut params = self.group_params(vec![field]);
        params.pop().unwrap_or_else(|| {
            let pos = self.pos();
            let ty = self.bad_expr_at(pos);
            Param {
                pos,
                names: Vec::new(),
                ty,
                variadic: false,
            }
        })
    }

    /// Splits the expression `x` parsed after `type T[` into a type parameter name and an
    /// optional constraint, if it has that shape (`P`, `P *C`, `P C|D`, `P(C)`); `force` accepts
    /// shapes that could also be array lengths (a comma followed).
    pub(super) fn extract_name(
        &mut self,
        x: ExprId,
        force: bool,
    ) -> Option<(Ident, Option<ExprId>)> {
        let node = self.expr_ref(x).clone();
        match node.kind {
            ExprKind::Ident(name) => Some((
                Ident {
                    name,
                    pos: node.pos,
                },
                None,
            )),
            ExprKind::Binary {
                op: BinaryOp::Mul,
                x: lhs,
                y,
            } => {
                let lhs = self.expr_ref(lhs).clone();
                match lhs.kind {
                    ExprKind::Ident(name) if force || self.is_type_elem(y) => {
                        let star = self.push(node.pos, node.pos, ExprKind::Star(y));
                        Some((Ident { name, pos: lhs.pos }, Some(star)))
                    }
                    _ => None,
                }
            }
            ExprKind::Binary {
                op: BinaryOp::Or,
                x: lhs,
                y,
            } => {
                let force = force || self.is_type_elem(y);
                match self.extract_name(lhs, force) {
                    Some((name, Some(left))) => {
                        let lo = self.start_of(left);
                        let union = self.push(
                            node.pos,
                            lo,
                            ExprKind::Binary {
                                op: BinaryOp::Or,
                                x: left,
                                y,
                            },
                        );
                        Some((name, Some(union)))
                    }
                    _ => None,
                }
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis: None,
                ..
            } if args.len() == 1 => {
                let fun = self.expr_ref(fun).clone();
                match (fun.kind, args.first()) {
                    (ExprKind::Ident(name), Some(&arg)) if force || self.is_type_elem(arg) => {
                        Some((Ident { name, pos: fun.pos }, Some(arg)))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether `x` is syntactically a type element that cannot be a value expression.
    fn is_type_elem(&self, x: ExprId) -> bool {
        match &self.expr_ref(x).kind {
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => true,
            ExprKind::Star(inner) | ExprKind::Paren(inner) | ExprKind::Unary { x: inner, .. } => {
                self.is_type_elem(*inner)
            }
            ExprKind::Binary { x, y, .. } => self.is_type_elem(*x) || self.is_type_elem(*y),
            ExprKind::Bad => true,
            _ => false,
        }
    }
}
