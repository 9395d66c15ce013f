//! Simple statements and the headers of `if`, `for` and `switch`.
//!
//! A simple statement is parsed as an expression list and classified by the next token. In a
//! header, parsing happens with `xnest = -1` so that a `{` after a bare type name opens the body
//! rather than a composite literal. The header grammar `[init ;] cond` (and `init; cond; post`
//! for `for`) is parsed by trying a simple statement and looking at what follows; a statement
//! in the condition's place that is not an expression is gc's "cannot use x := 1 as value".

use middle::source::Pos;

use super::print::{expr_list_string, expr_string};
use super::Parser;
use crate::ast::{AssignOp, ExprId, ExprKind, Ident, Stmt, StmtKind};
use crate::token::{Operator, SemiKind, TokenKind};

/// A parsed simple statement (or a `range` clause, or a type switch guard, which only headers
/// produce).
pub(super) enum Simple {
    /// An expression statement.
    Expr(ExprId),
    /// `ch <- value` (at the `<-`).
    Send { pos: Pos, ch: ExprId, value: ExprId },
    /// `x++` / `x--` (at the operator).
    IncDec { pos: Pos, x: ExprId, inc: bool },
    /// `lhs op rhs` (at the operator).
    Assign {
        pos: Pos,
        op: AssignOp,
        lhs: Vec<ExprId>,
        rhs: Vec<ExprId>,
    },
    /// `lhs := range x` (at `range`).
    Range {
        pos: Pos,
        lhs: Vec<ExprId>,
        define: bool,
        x: ExprId,
    },
    /// `v := x.(type)` in a `switch` header; `guard` is the `x.(type)` expression.
    TypeGuard { bind: Ident, guard: ExprId },
}

/// The condition part of a statement header.
pub(super) enum Cond {
    /// None written (or not usable).
    Absent,
    /// An expression (possibly an unbound `x.(type)`).
    Expr(ExprId),
    /// A bound type switch guard `v := x.(type)`.
    Guard { bind: Ident, guard: ExprId },
}

/// A parsed statement header.
pub(super) struct Header {
    /// The init statement (for `for`, also a `range` clause).
    pub(super) init: Option<Simple>,
    /// The condition (or switch tag).
    pub(super) cond: Cond,
    /// The post statement of a `for` loop.
    pub(super) post: Option<Simple>,
}

impl Parser<'_, '_> {
    /// `SimpleStmt`, given an already parsed left-hand side. `keyword` is the statement whose
    /// header is being parsed (`for` allows `range`, `switch` allows `v := x.(type)`).
    pub(super) fn simple_stmt(
        &mut self,
        lhs: Option<Vec<ExprId>>,
        keyword: Option<TokenKind>,
    ) -> Simple {
        if keyword == Some(TokenKind::For) && self.kind() == TokenKind::Range {
            return self.range_clause(Vec::new(), false);
        }
        let lhs = match lhs {
            Some(lhs) => lhs,
            None => self.expr_list(),
        };
        if let [x] = lhs[..] {
            if self.kind() != TokenKind::Assign && self.kind() != TokenKind::Define {
                let pos = self.pos();
                match self.kind() {
                    TokenKind::AssignOp => {
                        let Operator::Binary(op) = self.tok.op else {
                            return Simple::Expr(x);
                        };
                        self.next();
                        let rhs = self.expr();
                        return Simple::Assign {
                            pos,
                            op: AssignOp::Op(op),
                            lhs,
                            rhs: vec![rhs],
                        };
                    }
                    TokenKind::IncOp => {
                        let inc = self.tok.op == Operator::Binary(crate::ast::BinaryOp::Add);
                        self.next();
                        return Simple::IncDec { pos, x, inc };
                    }
                    TokenKind::Arrow => {
                        self.next();
                        let value = self.expr();
                        return Simple::Send { pos, ch: x, value };
                    }
                    _ => return Simple::Expr(x),
                }
            }
        }
        match self.kind() {
            TokenKind::Assign | TokenKind::Define => {
                let pos = self.pos();
                let define = self.kind() == TokenKind::Define;
                self.next();
                if keyword == Some(TokenKind::For) && self.kind() == TokenKind::Range {
                    return self.range_clause(lhs, define);
                }
                let rhs = self.expr_list();
                if keyword == Some(TokenKind::Switch) && define {
                    if let (Some(bind), [guard]) = (self.single_name(&lhs), &rhs[..]) {
                        if matches!(
                            self.expr_ref(*guard).kind,
                            ExprKind::TypeAssert { ty: None, .. }
                        ) {
                            return Simple::TypeGuard {
                                bind,
                                guard: *guard,
                            };
                        }
                    }
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Assign { pos, op, lhs, rhs }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[TokenKind::Semi, TokenKind::Rbrace]);
                let first = match lhs.first() {
                    Some(&x) => x,
                    None => self.bad_expr(),
                };
                Simple::Expr(first)
            }
        }
    }

    /// The identifier if `list` is exactly one (unparenthesised) name.
    pub(super) fn single_name(&self, list: &[ExprId]) -> Option<Ident> {
        let [x] = list else { return None };
        let expr = self.expr_ref(*x);
        match &expr.kind {
            ExprKind::Ident(name) => Some(Ident {
                name: name.clone(),
                pos: expr.pos,
            }),
            _ => None,
        }
    }

    /// `range x` (at `range`) with the variables already parsed.
    fn range_clause(&mut self, lhs: Vec<ExprId>, define: bool) -> Simple {
        let pos = self.pos();
        self.next();
        let x = self.expr();
        Simple::Range {
            pos,
            lhs,
            define,
            x,
        }
    }

    /// The header of an `if`, `for` or `switch` statement, starting at its keyword.
    pub(super) fn header(&mut self, keyword: TokenKind) -> Header {
        self.want(keyword);
        let mut header = Header {
            init: None,
            cond: Cond::Absent,
            post: None,
        };
        if self.kind() == TokenKind::Lbrace {
            if keyword == TokenKind::If {
                self.syntax_error("missing condition in if statement");
                header.cond = Cond::Expr(self.bad_expr());
            }
            return header;
        }

        let outer = self.xnest;
        self.xnest = -1;
        if self.kind() != TokenKind::Semi {
            if self.got(TokenKind::Var) {
                let word = if keyword == TokenKind::For {
                    "for"
                } else if keyword == TokenKind::If {
                    "if"
                } else {
                    "switch"
                };
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    word
                ));
            }
            let init = self.simple_stmt(None, Some(keyword));
            let is_range = matches!(init, Simple::Range { .. });
            header.init = Some(init);
            if is_range {
                self.xnest = outer;
                return header;
            }
        }

        let mut cond_stmt = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if self.kind() != TokenKind::Lbrace {
            if self.kind() == TokenKind::Semi {
                semi = Some((self.pos(), self.tok.semi));
                self.next();
            } else {
                self.want(TokenKind::Lbrace);
                if self.kind() != TokenKind::Lbrace {
                    self.advance(&[TokenKind::Lbrace, TokenKind::Rbrace]);
                }
            }
            if keyword == TokenKind::For {
                self.for_rest(&mut cond_stmt, &mut header);
            } else if self.kind() != TokenKind::Lbrace {
                cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond_stmt = header.init.take();
        }

        header.cond = match cond_stmt {
            None => match semi {
                Some((pos, kind)) if keyword == TokenKind::If => {
                    if kind != SemiKind::Semicolon {
                        let msg =
                            format!("unexpected {}, expected {{ after if clause", kind.as_str());
                        self.syntax_error_at(pos, &msg);
                    } else {
                        self.syntax_error_at(pos, "missing condition in if statement");
                    }
                    Cond::Expr(self.bad_expr_at(pos))
                }
                _ => Cond::Absent,
            },
            Some(Simple::Expr(x)) => Cond::Expr(x),
            Some(Simple::TypeGuard { bind, guard }) => Cond::Guard { bind, guard },
            Some(other) => {
                let pos = self.simple_pos(&other);
                let msg = format!("cannot use {} as value", self.describe_simple(&other));
                self.syntax_error_at(pos, &msg);
                Cond::Absent
            }
        };
        self.xnest = outer;
        header
    }

    /// The condition and post statement of a three-clause `for` header (after the first `;`).
    fn for_rest(&mut self, cond_stmt: &mut Option<Simple>, header: &mut Header) {
        if self.kind() != TokenKind::Semi {
            if self.kind() == TokenKind::Lbrace {
                self.syntax_error("expected for loop condition");
                return;
            }
            *cond_stmt = Some(self.simple_stmt(None, None));
        }
        self.want(TokenKind::Semi);
        if self.kind() != TokenKind::Lbrace {
            let post = self.simple_stmt(None, None);
            if let Simple::Assign {
                pos,
                op: AssignOp::Define,
                ..
            } = post
            {
                self.syntax_error_at(pos, "cannot declare in post statement of for loop");
            }
            header.post = Some(post);
        }
    }

    /// The position gc reports for a simple statement.
    fn simple_pos(&self, s: &Simple) -> Pos {
        match s {
            Simple::Expr(x) | Simple::TypeGuard { guard: x, .. } => self.expr_ref(*x).pos,
            Simple::Send { pos, .. }
            | Simple::IncDec { pos, .. }
            | Simple::Assign { pos, .. }
            | Simple::Range { pos, .. } => *pos,
        }
    }

    /// A simple statement as gc prints it in "cannot use ... as value".
    fn describe_simple(&self, s: &Simple) -> String {
        let ast = &*self.ast;
        match s {
            Simple::Expr(x) => expr_string(ast, *x),
            Simple::Send { ch, value, .. } => {
                format!("{} <- {}", expr_string(ast, *ch), expr_string(ast, *value))
            }
            Simple::IncDec { x, inc, .. } => {
                format!("{}{}", expr_string(ast, *x), if *inc { "++" } else { "--" })
            }
            Simple::Assign {
                op: AssignOp::Assign,
                lhs,
                rhs,
                ..
            } => {
                format!(
                    "assignment {} = {}",
                    self.emphasize(lhs),
                    self.emphasize(rhs)
                )
            }
            Simple::Assign { op, lhs, rhs, .. } => {
                let op = match op {
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                    _ => ":=".to_string(),
                };
                format!(
                    "{} {} {}",
                    expr_list_string(ast, lhs),
                    op,
                    expr_list_string(ast, rhs)
                )
            }
            Simple::Range { lhs, define, x, .. } => {
                let range = format!("range {}", expr_string(ast, *x));
                if lhs.is_empty() {
                    range
                } else {
                    let op = if *define { ":=" } else { "=" };
                    format!("{} {} {}", expr_list_string(ast, lhs), op, range)
                }
            }
            Simple::TypeGuard { bind, guard } => {
                format!("{} := {}", bind.name, expr_string(ast, *guard))
            }
        }
    }

    /// An expression list as gc prints an assignment side, with a lone binary expression in
    /// parentheses.
    fn emphasize(&self, list: &[ExprId]) -> String {
        let printed = expr_list_string(self.ast, list);
        match list {
            [x] if matches!(self.expr_ref(*x).kind, ExprKind::Binary { .. }) => {
                format!("({})", printed)
            }
            _ => printed,
        }
    }

    /// A simple statement as a statement node.
    pub(super) fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Expr(x) => Stmt {
                pos: self.expr_ref(x).pos,
                kind: StmtKind::Expr(x),
            },
            Simple::Send { pos, ch, value } => Stmt {
                pos,
                kind: StmtKind::Send { ch, value },
            },
            Simple::IncDec { pos, x, inc } => Stmt {
                pos,
                kind: StmtKind::IncDec { x, inc },
            },
            Simple::Assign { pos, op, lhs, rhs } => Stmt {
                pos,
                kind: StmtKind::Assign { lhs, op, rhs },
            },
            Simple::Range { pos, x, .. } => Stmt {
                pos,
                kind: StmtKind::Expr(x),
            },
            Simple::TypeGuard { bind, guard } => {
                let pos = self.expr_ref(guard).pos;
                let lhs = vec![self.ident_expr(bind)];
                Stmt {
                    pos,
                    kind: StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        rhs: vec![guard],
                    },
                }
            }
        }
    }
}
