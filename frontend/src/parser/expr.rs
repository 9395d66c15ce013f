//! Expressions: binary operators by precedence climbing, unary operators, primary expressions
//! (selectors, indexing, slicing, type assertions, calls, composite literals) and operands.
//!
//! Positions follow gc: a binary expression at its operator, a unary one at its operator, a
//! call at `(`, an index or slice at `[`, a selector or assertion at `.`, a composite literal at
//! `{`. `&(x)` drops the parentheses like gc does. A `<-` followed by a channel type is a
//! receive-only channel type (`<-chan T`), re-associated after the operand is parsed, since only
//! then is it known whether `<-chan T(x)` receives from a conversion.

use middle::source::Pos;
use middle::types::ChanDir;

use super::Parser;
use crate::ast::{BasicLit, BinaryOp, ExprId, ExprKind, KeyedElement, UnaryOp};
use crate::lexer::decode_literal;
use crate::token::{Operator, TokenKind};

impl Parser<'_, '_> {
    /// `Expression`.
    pub(super) fn expr(&mut self) -> ExprId {
        self.binary_expr(None, 0)
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression`, for operators binding tighter
    /// than `prec`; `x` is an already parsed left operand.
    pub(super) fn binary_expr(&mut self, x: Option<ExprId>, prec: u8) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while matches!(self.kind(), TokenKind::Operator | TokenKind::Star) && self.tok.prec > prec {
            let Operator::Binary(op) = self.tok.op else {
                break;
            };
            let pos = self.pos();
            let tprec = self.tok.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            let lo = self.start_of(x);
            x = self.push(pos, lo, ExprKind::Binary { op, x, y });
        }
        x
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr`.
    pub(super) fn unary_expr(&mut self) -> ExprId {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    /// [`Parser::unary_expr`] within one nesting level.
    fn unary_expr_inner(&mut self) -> ExprId {
        let pos = self.pos();
        match self.kind() {
            TokenKind::Operator | TokenKind::Star => {
                let op = self.tok.op;
                let unary = match op {
                    Operator::Binary(BinaryOp::Mul) => None,
                    Operator::Binary(BinaryOp::Add) => Some(UnaryOp::Plus),
                    Operator::Binary(BinaryOp::Sub) => Some(UnaryOp::Neg),
                    Operator::Binary(BinaryOp::Xor) => Some(UnaryOp::BitNot),
                    Operator::Binary(BinaryOp::And) => Some(UnaryOp::Addr),
                    Operator::Not => Some(UnaryOp::Not),
                    Operator::Tilde => None,
                    _ => return self.pexpr(None),
                };
                self.next();
                let mut x = self.unary_expr();
                let kind = match (op, unary) {
                    (Operator::Tilde, _) => {
                        self.defer_error(
                            pos,
                            "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                        );
                        ExprKind::Bad
                    }
                    (_, Some(UnaryOp::Addr)) => {
                        x = self.unparen(x);
                        ExprKind::Unary {
                            op: UnaryOp::Addr,
                            x,
                        }
                    }
                    (_, Some(op)) => ExprKind::Unary { op, x },
                    (_, None) => ExprKind::Star(x),
                };
                self.push(pos, pos, kind)
            }
            TokenKind::Arrow => {
                self.next();
                let x = self.unary_expr();
                if matches!(self.expr_ref(x).kind, ExprKind::ChanType { .. }) {
                    self.make_recv_chan(x, pos);
                    return x;
                }
                self.push(
                    pos,
                    pos,
                    ExprKind::Unary {
                        op: UnaryOp::Recv,
                        x,
                    },
                )
            }
            _ => self.pexpr(None),
        }
    }

    /// Turns the channel type `x` preceded by `<-` (at `arrow`) into a receive-only channel:
    /// `<-(chan E)` becomes `<-chan E`, `<-(chan<- E)` becomes `<-chan (<-E)`.
    fn make_recv_chan(&mut self, x: ExprId, arrow: Pos) {
        let mut dir = ChanDir::Send;
        let mut t = x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: d, elem } = self.expr_ref(t).kind else {
                break;
            };
            dir = d;
            if d == ChanDir::Recv {
                self.syntax_error("unexpected <-, expected chan");
            }
            if let Some(node) = self.ast.exprs.get_mut(t.0 as usize) {
                node.kind = ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    elem,
                };
            }
            t = elem;
        }
        if dir == ChanDir::Send {
            let printed = super::print::expr_string(self.ast, t);
            self.syntax_error(&format!("unexpected {}, expected chan", printed));
        }
        // gc keeps the position of `chan` here (unlike `<-chan T` in a type context, which is at
        // the `<-`); the span does start at the `<-`.
        if let Some(node) = self.ast.exprs.get_mut(x.0 as usize) {
            node.span.lo = arrow;
        }
    }

    /// `Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | type literal`.
    fn operand(&mut self) -> ExprId {
        let pos = self.pos();
        match self.kind() {
            TokenKind::Name => {
                let name = self.name();
                self.ident_expr(name)
            }
            TokenKind::Literal => self.basic_lit(),
            TokenKind::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(TokenKind::Rparen);
                self.push(pos, pos, ExprKind::Paren(x))
            }
            TokenKind::Func => {
                self.next();
                let sig = self.func_type("function type", pos);
                if self.kind() == TokenKind::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.push(pos, pos, ExprKind::FuncLit { sig, body });
                }
                self.push(pos, pos, ExprKind::FuncType(sig))
            }
            TokenKind::Lbrack
            | TokenKind::Chan
            | TokenKind::Map
            | TokenKind::Struct
            | TokenKind::Interface => self.type_(),
            _ => {
                let bad = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[TokenKind::Rparen, TokenKind::Rbrack, TokenKind::Rbrace]);
                bad
            }
        }
    }

    /// The current literal token as an expression; a malformed literal (already reported by
    /// the lexer) becomes [`ExprKind::Bad`], which later phases treat as already diagnosed.
    pub(super) fn basic_lit(&mut self) -> ExprId {
        let token = self.tok;
        let raw = self.text();
        self.next();
        if token.bad {
            return self.push(token.pos, token.pos, ExprKind::Bad);
        }
        let value = decode_literal(token.lit_kind, raw);
        let lit = BasicLit {
            kind: token.lit_kind,
            raw: raw.to_string(),
            value,
        };
        self.push(token.pos, token.pos, ExprKind::Lit(lit))
    }

    /// `PrimaryExpr`: an operand (or the given `x`) followed by selectors, indices, slices, type
    /// assertions, calls and composite literal bodies.
    pub(super) fn pexpr(&mut self, x: Option<ExprId>) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        loop {
            let pos = self.pos();
            let lo = self.start_of(x);
            match self.kind() {
                TokenKind::Dot => {
                    self.next();
                    match self.kind() {
                        TokenKind::Name => {
                            let sel = self.name();
                            x = self.push(pos, lo, ExprKind::Selector { x, sel });
                        }
                        TokenKind::Lparen => {
                            self.next();
                            let ty = if self.got(TokenKind::Type) {
                                None
                            } else {
                                Some(self.type_())
                            };
                            self.want(TokenKind::Rparen);
                            x = self.push(pos, lo, ExprKind::TypeAssert { x, ty });
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[TokenKind::Semi, TokenKind::Rparen]);
                        }
                    }
                }
                TokenKind::Lbrack => x = self.index_or_slice(x, pos),
                TokenKind::Lparen => {
                    self.next();
                    let (args, ellipsis, rparen) = self.arg_list();
                    x = self.push(
                        pos,
                        lo,
                        ExprKind::Call {
                            fun: x,
                            args,
                            ellipsis,
                            rparen,
                        },
                    );
                }
                TokenKind::Lbrace => {
                    let t = self.unparen(x);
                    let complit_ok = match &self.expr_ref(t).kind {
                        ExprKind::Ident(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !self.is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType(_)
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if t != x {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// `x[i]`, `x[i:j]` or `x[i:j:k]` (at the `[`, at `pos`).
    fn index_or_slice(&mut self, x: ExprId, pos: Pos) -> ExprId {
        let lo = self.start_of(x);
        self.next();
        let mut first = None;
        if self.kind() != TokenKind::Colon {
            let (index, comma) = if self.kind() == TokenKind::Rbrack {
                self.syntax_error("expected operand");
                (self.bad_expr(), false)
            } else {
                self.type_list(false)
            };
            if comma || self.kind() == TokenKind::Rbrack {
                self.want(TokenKind::Rbrack);
                if comma {
                    let what = if self.kind() == TokenKind::Lbrace {
                        "types"
                    } else {
                        "functions"
                    };
                    self.error_at(pos, format!("generic {} are not supported", what));
                }
                return self.push(pos, lo, ExprKind::Index { x, index });
            }
            first = Some(index);
        }
        if !self.got(TokenKind::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[TokenKind::Comma, TokenKind::Colon, TokenKind::Rbrack]);
        }
        self.xnest += 1;
        let mut hi = None;
        let mut max = None;
        if self.kind() != TokenKind::Colon && self.kind() != TokenKind::Rbrack {
            hi = Some(self.expr());
        }
        if self.kind() == TokenKind::Colon {
            if hi.is_none() {
                self.error_at(self.pos(), "middle index required in 3-index slice");
                hi = Some(self.bad_expr());
            }
            self.next();
            if self.kind() != TokenKind::Rbrack {
                max = Some(self.expr());
            } else {
                self.error_at(self.pos(), "final index required in 3-index slice");
                max = Some(self.bad_expr());
            }
        }
        self.xnest -= 1;
        self.want(TokenKind::Rbrack);
        self.push(
            pos,
            lo,
            ExprKind::Slice {
                x,
                lo: first,
                hi,
                max,
            },
        )
    }

    /// Whether `x` must syntactically be a value (not a type).
    pub(super) fn is_value(&self, x: ExprId) -> bool {
        match &self.expr_ref(x).kind {
            ExprKind::Lit(_)
            | ExprKind::Composite { .. }
            | ExprKind::FuncLit { .. }
            | ExprKind::Slice { .. }
            | ExprKind::TypeAssert { .. }
            | ExprKind::Call { .. }
            | ExprKind::Unary { .. }
            | ExprKind::Binary { .. } => true,
            ExprKind::Paren(inner) => self.is_value(*inner),
            ExprKind::Index { x, index } => self.is_value(*x) || self.is_value(*index),
            _ => false,
        }
    }

    /// `Element = Expression | LiteralValue`.
    fn bare_complit_expr(&mut self) -> ExprId {
        if self.kind() == TokenKind::Lbrace {
            return self.complit(None);
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}"` for a literal of type `ty`.
    pub(super) fn complit(&mut self, ty: Option<ExprId>) -> ExprId {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.complit_inner(ty);
        self.leave();
        x
    }

    /// [`Parser::complit`] within one nesting level.
    fn complit_inner(&mut self, ty: Option<ExprId>) -> ExprId {
        let pos = self.pos();
        let lo = ty.map_or(pos, |t| self.start_of(t));
        self.xnest += 1;
        self.want(TokenKind::Lbrace);
        let mut elems = Vec::new();
        let rbrace = self.list(
            "composite literal",
            TokenKind::Comma,
            TokenKind::Rbrace,
            &mut |p| {
                let e = p.bare_complit_expr();
                if p.kind() == TokenKind::Colon {
                    let colon = p.pos();
                    p.next();
                    let value = p.bare_complit_expr();
                    elems.push(KeyedElement {
                        pos: colon,
                        key: Some(e),
                        value,
                    });
                } else {
                    let epos = p.expr_ref(e).pos;
                    elems.push(KeyedElement {
                        pos: epos,
                        key: None,
                        value: e,
                    });
                }
                false
            },
        );
        self.xnest -= 1;
        self.push(pos, lo, ExprKind::Composite { ty, elems, rbrace })
    }

    /// The arguments of a call after its `(`: the arguments, the position of a final `...`, and
    /// the position of the `)`.
    fn arg_list(&mut self) -> (Vec<ExprId>, Option<Pos>, Pos) {
        self.xnest += 1;
        let mut args = Vec::new();
        let mut ellipsis = None;
        let rparen = self.list(
            "argument list",
            TokenKind::Comma,
            TokenKind::Rparen,
            &mut |p| {
                args.push(p.expr());
                if p.kind() == TokenKind::DotDotDot {
                    ellipsis = Some(p.pos());
                    p.next();
                    return true;
                }
                false
            },
        );
        self.xnest -= 1;
        (args, ellipsis, rparen)
    }

    /// A non-empty comma-separated list of types (the first may be an expression unless
    /// `strict`), as in an index or instantiation; returns the first element and whether a comma
    /// was seen.
    pub(super) fn type_list(&mut self, strict: bool) -> (ExprId, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut comma = false;
        if self.got(TokenKind::Comma) {
            comma = true;
            if self.type_or_nil().is_some() {
                while self.got(TokenKind::Comma) {
                    if self.type_or_nil().is_none() {
                        break;
                    }
                }
            }
        }
        self.xnest -= 1;
        (first, comma)
    }
}
