//! Type expressions: names, pointers, arrays and slices, maps, channels, function types,
//! structs and interfaces.
//!
//! Types are expressions in the [`Ast`](crate::ast::Ast) arena, positioned at their first token.
//! A parenthesised type `(T)` is just `T`. Instantiations (`T[int]`) are parsed so that nothing
//! cascades, and reported as unsupported.

use middle::source::Pos;
use middle::types::ChanDir;

use super::Parser;
use crate::ast::{BinaryOp, ExprId, ExprKind, FieldDecl, FuncType, Ident, InterfaceElem, LitKind};
use crate::lexer::decode_literal;
use crate::token::{Operator, TokenKind};

/// What `[` ... `]` after a name turned out to be in a field or parameter declaration.
pub(super) enum ArrayOrArgs {
    /// An array or slice type: the name is a field or parameter name.
    Type(ExprId),
    /// Type arguments (at the `[`): the name is an instantiated generic type.
    Args(Pos, ExprId),
}

impl Parser<'_, '_> {
    /// `Type`; reports "expected type" if there is none.
    pub(super) fn type_(&mut self) -> ExprId {
        match self.type_or_nil() {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    TokenKind::Comma,
                    TokenKind::Colon,
                    TokenKind::Semi,
                    TokenKind::Rparen,
                    TokenKind::Rbrack,
                    TokenKind::Rbrace,
                ]);
                bad
            }
        }
    }

    /// `Type`, or `None` (without an error) if the current token cannot start a type.
    pub(super) fn type_or_nil(&mut self) -> Option<ExprId> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let ty = self.type_or_nil_inner();
        self.leave();
        ty
    }

    /// [`Parser::type_or_nil`] within one nesting level.
    fn type_or_nil_inner(&mut self) -> Option<ExprId> {
        let pos = self.pos();
        let ty = match self.kind() {
            TokenKind::Star => {
                self.next();
                let elem = self.type_();
                self.push(pos, pos, ExprKind::Star(elem))
            }
            TokenKind::Arrow => {
                self.next();
                self.want(TokenKind::Chan);
                let elem = self.chan_elem();
                self.push(
                    pos,
                    pos,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        elem,
                    },
                )
            }
            TokenKind::Func => {
                self.next();
                let sig = self.func_type("function type", pos);
                self.push(pos, pos, ExprKind::FuncType(sig))
            }
            TokenKind::Lbrack => {
                self.next();
                if self.got(TokenKind::Rbrack) {
                    self.slice_type(pos)
                } else {
                    self.array_type(pos, None)
                }
            }
            TokenKind::Chan => {
                self.next();
                let dir = if self.got(TokenKind::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                self.push(pos, pos, ExprKind::ChanType { dir, elem })
            }
            TokenKind::Map => {
                self.next();
                self.want(TokenKind::Lbrack);
                let key = self.type_();
                self.want(TokenKind::Rbrack);
                let value = self.type_();
                self.push(pos, pos, ExprKind::MapType { key, value })
            }
            TokenKind::Struct => self.struct_type(),
            TokenKind::Interface => self.interface_type(),
            TokenKind::Name => self.qualified_name(None),
            TokenKind::Lparen => {
                self.next();
                let ty = self.type_();
                self.want(TokenKind::Rparen);
                ty
            }
            _ => return None,
        };
        Some(ty)
    }

    /// A signature after `func` (or after a method name); `pos` is recorded as its position.
    /// Type parameters are parsed and reported: in a function declaration (empty `context`) as
    /// unsupported generics, elsewhere as "CONTEXT must have no type parameters".
    pub(super) fn func_type(&mut self, context: &str, pos: Pos) -> FuncType {
        let lbrack = self.pos();
        if self.got(TokenKind::Lbrack) {
            if context.is_empty() {
                self.error_at(lbrack, "generic functions are not supported");
            } else {
                self.syntax_error_at(lbrack, &format!("{} must have no type parameters", context));
            }
            if self.kind() == TokenKind::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                self.param_list(None, TokenKind::Rbrack, true, false);
            }
        }
        self.want(TokenKind::Lparen);
        let fields = self.param_list(None, TokenKind::Rparen, false, true);
        let params = self.group_params(fields);
        let results = self.func_result();
        FuncType {
            pos,
            params,
            results,
        }
    }

    /// An array type after its `[` (at `pos`); `len` is an already parsed length.
    pub(super) fn array_type(&mut self, pos: Pos, len: Option<ExprId>) -> ExprId {
        let mut len = len;
        let mut dots = false;
        if len.is_none() {
            if self.got(TokenKind::DotDotDot) {
                dots = true;
            } else {
                self.xnest += 1;
                len = Some(self.expr());
                self.xnest -= 1;
            }
        }
        if self.kind() == TokenKind::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(TokenKind::Rbrack);
        let elem = self.type_();
        self.push(pos, pos, ExprKind::ArrayType { len, dots, elem })
    }

    /// A slice type after its `[]` (the `[` at `pos`).
    pub(super) fn slice_type(&mut self, pos: Pos) -> ExprId {
        let elem = self.type_();
        self.push(
            pos,
            pos,
            ExprKind::ArrayType {
                len: None,
                dots: false,
                elem,
            },
        )
    }

    /// A channel's element type.
    fn chan_elem(&mut self) -> ExprId {
        match self.type_or_nil() {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("missing channel element type");
                bad
            }
        }
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}"`.
    fn struct_type(&mut self) -> ExprId {
        let pos = self.pos();
        self.want(TokenKind::Struct);
        self.want(TokenKind::Lbrace);
        let mut fields = Vec::new();
        self.list(
            "struct type",
            TokenKind::Semi,
            TokenKind::Rbrace,
            &mut |p| {
                p.field_decl(&mut fields);
                false
            },
        );
        self.push(pos, pos, ExprKind::StructType(fields))
    }

    /// `FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]`.
    fn field_decl(&mut self, fields: &mut Vec<FieldDecl>) {
        let pos = self.pos();
        match self.kind() {
            TokenKind::Name => {
                let name = self.name();
                if matches!(
                    self.kind(),
                    TokenKind::Dot | TokenKind::Literal | TokenKind::Semi | TokenKind::Rbrace
                ) {
                    let ty = self.qualified_name(Some(name));
                    let tag = self.tag();
                    fields.push(FieldDecl {
                        pos,
                        names: Vec::new(),
                        ty,
                        tag,
                    });
                    return;
                }
                let names = self.name_list(name);
                let ty = if names.len() == 1 && self.kind() == TokenKind::Lbrack {
                    match self.array_or_type_args() {
                        ArrayOrArgs::Type(ty) => ty,
                        ArrayOrArgs::Args(lbrack, index) => {
                            let ty = self.instance(names.into_iter().next(), lbrack, index);
                            let tag = self.tag();
                            fields.push(FieldDecl {
                                pos,
                                names: Vec::new(),
                                ty,
                                tag,
                            });
                            return;
                        }
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                fields.push(FieldDecl {
                    pos,
                    names,
                    ty,
                    tag,
                });
            }
            TokenKind::Star => {
                self.next();
                let ty = if self.kind() == TokenKind::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let ty = self.qualified_name(None);
                    self.got(TokenKind::Rparen);
                    ty
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let ty = self.push(pos, pos, ExprKind::Star(ty));
                fields.push(FieldDecl {
                    pos,
                    names: Vec::new(),
                    ty,
                    tag,
                });
            }
            TokenKind::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.kind() == TokenKind::Star {
                    let star = self.pos();
                    self.next();
                    let elem = self.qualified_name(None);
                    self.push(star, star, ExprKind::Star(elem))
                } else {
                    self.qualified_name(None)
                };
                self.got(TokenKind::Rparen);
                let tag = self.tag();
                fields.push(FieldDecl {
                    pos,
                    names: Vec::new(),
                    ty,
                    tag,
                });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[TokenKind::Semi, TokenKind::Rbrace]);
            }
        }
    }

    /// An optional struct tag: the unquoted string (or the text of another literal).
    fn tag(&mut self) -> Option<String> {
        if self.kind() != TokenKind::Literal {
            return None;
        }
        let token = self.tok;
        let raw = self.text();
        self.next();
        if token.lit_kind != LitKind::String {
            return Some(raw.to_string());
        }
        Some(String::from_utf8_lossy(&decode_literal(LitKind::String, raw)).into_owned())
    }

    /// After a field or parameter name: `[N]E`, `[]E`, or type arguments `[A, B]`.
    pub(super) fn array_or_type_args(&mut self) -> ArrayOrArgs {
        let pos = self.pos();
        self.want(TokenKind::Lbrack);
        if self.got(TokenKind::Rbrack) {
            return ArrayOrArgs::Type(self.slice_type(pos));
        }
        let (first, comma) = self.type_list(false);
        self.want(TokenKind::Rbrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                return ArrayOrArgs::Type(self.push(
                    pos,
                    pos,
                    ExprKind::ArrayType {
                        len: Some(first),
                        dots: false,
                        elem,
                    },
                ));
            }
        }
        ArrayOrArgs::Args(pos, first)
    }

    /// The instantiation `name[index]` (the `[` at `lbrack`), reported as unsupported.
    pub(super) fn instance(&mut self, name: Option<Ident>, lbrack: Pos, index: ExprId) -> ExprId {
        let name = name.unwrap_or(Ident {
            name: "_".to_string(),
            pos: lbrack,
        });
        let lo = name.pos;
        let x = self.ident_expr(name);
        self.error_at(lbrack, "generic types are not supported");
        self.push(lbrack, lo, ExprKind::Index { x, index })
    }

    /// `InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}"`.
    fn interface_type(&mut self) -> ExprId {
        let pos = self.pos();
        self.want(TokenKind::Interface);
        self.want(TokenKind::Lbrace);
        let mut elems = Vec::new();
        self.list(
            "interface type",
            TokenKind::Semi,
            TokenKind::Rbrace,
            &mut |p| {
                let elem = if p.kind() == TokenKind::Name {
                    match p.method_spec() {
                        Ok(method) => method,
                        Err(embedded) => InterfaceElem::Embedded(p.embedded_elem(Some(embedded))),
                    }
                } else {
                    InterfaceElem::Embedded(p.embedded_elem(None))
                };
                elems.push(elem);
                false
            },
        );
        self.push(pos, pos, ExprKind::InterfaceType(elems))
    }

    /// An interface element starting with a name: a method, or (as `Err`) an embedded type.
    fn method_spec(&mut self) -> Result<InterfaceElem, ExprId> {
        const CONTEXT: &str = "interface method";
        let name = self.name();
        match self.kind() {
            TokenKind::Lparen => {
                let sig = self.func_type(CONTEXT, self.pos());
                Ok(InterfaceElem::Method { name, sig })
            }
            TokenKind::Lbrack => {
                let lbrack = self.pos();
                self.next();
                if self.kind() == TokenKind::Rbrack {
                    let rbrack = self.pos();
                    self.next();
                    if self.kind() == TokenKind::Lparen {
                        self.error_at(rbrack, "empty type parameter list");
                        let sig = self.func_type(CONTEXT, self.pos());
                        return Ok(InterfaceElem::Method { name, sig });
                    }
                    self.error_at(rbrack, "empty type argument list");
                    return Err(self.ident_expr(name));
                }
                let list = self.param_list(None, TokenKind::Rbrack, false, false);
                match list.first() {
                    None if self.kind() == TokenKind::Lparen => {
                        let sig = self.func_type(CONTEXT, self.pos());
                        Ok(InterfaceElem::Method { name, sig })
                    }
                    None => Err(self.ident_expr(name)),
                    Some(first) if first.name.is_some() => {
                        let sig = self.func_type(CONTEXT, self.pos());
                        self.error_at(lbrack, "interface method must have no type parameters");
                        Ok(InterfaceElem::Method { name, sig })
                    }
                    Some(first) => {
                        let index = match first.ty {
                            Some(ty) => ty,
                            None => self.bad_expr_at(lbrack),
                        };
                        Err(self.instance(Some(name), lbrack, index))
                    }
                }
            }
            _ => Err(self.qualified_name(Some(name))),
        }
    }

    /// `EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }`, given an already parsed first term.
    pub(super) fn embedded_elem(&mut self, first: Option<ExprId>) -> ExprId {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.kind() == TokenKind::Operator && self.tok.op == Operator::Binary(BinaryOp::Or) {
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            let lo = self.start_of(x);
            x = self.push(
                pos,
                lo,
                ExprKind::Binary {
                    op: BinaryOp::Or,
                    x,
                    y,
                },
            );
        }
        x
    }

    /// `EmbeddedTerm = [ "~" ] Type`. A `~T` term has no syntax tree node of its own and is
    /// represented by a [`ExprKind::Bad`] spanning it (only constraints, which need generics, can
    /// use it).
    fn embedded_term(&mut self) -> ExprId {
        if self.kind() == TokenKind::Operator && self.tok.op == Operator::Tilde {
            let pos = self.pos();
            self.next();
            self.type_();
            return self.push(pos, pos, ExprKind::Bad);
        }
        match self.type_or_nil() {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[
                    TokenKind::Operator,
                    TokenKind::Semi,
                    TokenKind::Rparen,
                    TokenKind::Rbrack,
                    TokenKind::Rbrace,
                ]);
                bad
            }
        }
    }

    /// `TypeName = identifier | PackageName "." identifier`, optionally instantiated; `name` is an
    /// already parsed first identifier.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> ExprId {
        let name = match name {
            Some(name) => name,
            None if self.kind() == TokenKind::Name => self.name(),
            None => {
                let name = Ident {
                    name: "_".to_string(),
                    pos: self.pos(),
                };
                self.syntax_error("expected name");
                self.advance(&[TokenKind::Dot, TokenKind::Semi, TokenKind::Rbrace]);
                name
            }
        };
        let lo = name.pos;
        let mut x = self.ident_expr(name);
        if self.kind() == TokenKind::Dot {
            let pos = self.pos();
            self.next();
            let sel = self.name();
            x = self.push(pos, lo, ExprKind::Selector { x, sel });
        }
        if self.kind() == TokenKind::Lbrack {
            let lbrack = self.pos();
            self.next();
            let index = if self.kind() == TokenKind::Rbrack {
                self.syntax_error("expected type argument list");
                self.bad_expr()
            } else {
                self.type_list(true).0
            };
            self.want(TokenKind::Rbrack);
            self.error_at(lbrack, "generic types are not supported");
            x = self.push(lbrack, lo, ExprKind::Index { x, index });
        }
        x
    }
}
