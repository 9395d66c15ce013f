//! Statements: blocks, statement lists, labels, `if`/`for`/`switch`/`select`, branches,
//! `go`/`defer`/`return`, local declarations and simple statements.
//!
//! A statement list ends at `}`, `case`, `default` or the end of the file; statements are
//! separated by semicolons (usually inserted at newlines), and anything else after a statement
//! is "unexpected X at end of statement", after which parsing resumes at the next semicolon,
//! `}`, clause keyword or statement keyword.

use super::header::{Cond, Simple};
use super::Parser;
use crate::ast::{BinaryOp, Block, CaseClause, CommClause, ExprKind, Ident, Stmt, StmtKind};
use crate::token::{Operator, TokenKind};

impl Parser<'_, '_> {
    /// `Statement`, or `None` if the current token cannot start one.
    pub(super) fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let stmt = self.stmt_or_nil_inner();
        self.leave();
        stmt
    }

    /// [`Parser::stmt_or_nil`] within one nesting level.
    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        let pos = self.pos();
        if self.kind() == TokenKind::Name {
            let lhs = self.expr_list();
            if self.kind() == TokenKind::Colon {
                if let Some(label) = self.single_name(&lhs) {
                    return self.labeled_stmt(label);
                }
            }
            let simple = self.simple_stmt(Some(lhs), None);
            return Some(self.simple_to_stmt(simple));
        }
        let stmt = match self.kind() {
            TokenKind::Var | TokenKind::Const | TokenKind::Type => {
                let decl = self.decl();
                Stmt {
                    pos,
                    kind: StmtKind::Decl(decl),
                }
            }
            TokenKind::Lbrace => {
                let block = self.block_stmt("");
                Stmt {
                    pos,
                    kind: StmtKind::Block(block),
                }
            }
            TokenKind::Operator | TokenKind::Star => {
                let unary = matches!(
                    self.tok.op,
                    Operator::Binary(
                        BinaryOp::Add
                            | BinaryOp::Sub
                            | BinaryOp::Mul
                            | BinaryOp::And
                            | BinaryOp::Xor
                    ) | Operator::Not
                );
                if !unary {
                    return None;
                }
                let simple = self.simple_stmt(None, None);
                self.simple_to_stmt(simple)
            }
            TokenKind::Literal
            | TokenKind::Func
            | TokenKind::Lparen
            | TokenKind::Lbrack
            | TokenKind::Struct
            | TokenKind::Map
            | TokenKind::Chan
            | TokenKind::Interface
            | TokenKind::Arrow => {
                let simple = self.simple_stmt(None, None);
                self.simple_to_stmt(simple)
            }
            TokenKind::For => self.for_stmt(),
            TokenKind::Switch => self.switch_stmt(),
            TokenKind::Select => self.select_stmt(),
            TokenKind::If => self.if_stmt(),
            TokenKind::Fallthrough => {
                self.next();
                Stmt {
                    pos,
                    kind: StmtKind::Fallthrough,
                }
            }
            TokenKind::Break | TokenKind::Continue => {
                let is_break = self.kind() == TokenKind::Break;
                self.next();
                let label = if self.kind() == TokenKind::Name {
                    Some(self.name())
                } else {
                    None
                };
                let kind = if is_break {
                    StmtKind::Break(label)
                } else {
                    StmtKind::Continue(label)
                };
                Stmt { pos, kind }
            }
            TokenKind::Go | TokenKind::Defer => self.call_stmt(),
            TokenKind::Goto => {
                self.next();
                let label = self.name();
                Stmt {
                    pos,
                    kind: StmtKind::Goto(label),
                }
            }
            TokenKind::Return => {
                self.next();
                let results = if self.kind() != TokenKind::Semi && self.kind() != TokenKind::Rbrace
                {
                    self.expr_list()
                } else {
                    Vec::new()
                };
                Stmt {
                    pos,
                    kind: StmtKind::Return(results),
                }
            }
            TokenKind::Semi => Stmt {
                pos,
                kind: StmtKind::Empty,
            },
            _ => return None,
        };
        Some(stmt)
    }

    /// `StatementList = { Statement ";" }`, up to `}`, `case`, `default` or the end.
    pub(super) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = Vec::new();
        while !matches!(
            self.kind(),
            TokenKind::Eof | TokenKind::Rbrace | TokenKind::Case | TokenKind::Default
        ) {
            let Some(stmt) = self.stmt_or_nil() else {
                break;
            };
            list.push(stmt);
            if !self.got(TokenKind::Semi) && self.kind() != TokenKind::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[
                    TokenKind::Semi,
                    TokenKind::Rbrace,
                    TokenKind::Case,
                    TokenKind::Default,
                ]);
                self.got(TokenKind::Semi);
            }
        }
        list
    }

    /// `Block = "{" StatementList "}"`; `context` names the statement for "expected { after ...".
    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let pos = self.pos();
        if !self.got(TokenKind::Lbrace) {
            self.syntax_error(&format!("expected {{ after {}", context));
            self.advance(&[TokenKind::Name, TokenKind::Rbrace]);
            let rbrace = self.pos();
            if self.got(TokenKind::Rbrace) {
                return Block {
                    pos,
                    stmts: Vec::new(),
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(TokenKind::Rbrace);
        Block { pos, stmts, rbrace }
    }

    /// `LabeledStmt = Label ":" Statement` after the label.
    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let colon = self.pos();
        self.want(TokenKind::Colon);
        let pos = label.pos;
        if self.kind() == TokenKind::Rbrace {
            let empty = Stmt {
                pos: self.pos(),
                kind: StmtKind::Empty,
            };
            return Some(Stmt {
                pos,
                kind: StmtKind::Labeled {
                    label,
                    stmt: Box::new(empty),
                },
            });
        }
        match self.stmt_or_nil() {
            Some(stmt) => Some(Stmt {
                pos,
                kind: StmtKind::Labeled {
                    label,
                    stmt: Box::new(stmt),
                },
            }),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// `go` or `defer` followed by a (not parenthesised) call.
    fn call_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let is_go = self.kind() == TokenKind::Go;
        self.next();
        let mut x = self.pexpr(None);
        if matches!(self.expr_ref(x).kind, ExprKind::Paren(_)) {
            let xpos = self.expr_ref(x).pos;
            let word = if is_go { "go" } else { "defer" };
            self.error_at(
                xpos,
                format!("expression in {} must not be parenthesized", word),
            );
            x = self.unparen(x);
        }
        let kind = if is_go {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        Stmt { pos, kind }
    }

    /// `IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ]`. An
    /// `else if` chain is parsed in a loop (not recursively), so long chains cost no stack.
    fn if_stmt(&mut self) -> Stmt {
        let mut chain = Vec::new();
        let mut els = None;
        loop {
            let pos = self.pos();
            let header = self.header(TokenKind::If);
            let then = self.block_stmt("if clause");
            chain.push((pos, header, then));
            if !self.got(TokenKind::Else) {
                break;
            }
            match self.kind() {
                TokenKind::If => continue,
                TokenKind::Lbrace => {
                    let block = self.block_stmt("");
                    els = Some(Box::new(Stmt {
                        pos: block.pos,
                        kind: StmtKind::Block(block),
                    }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[TokenKind::Name, TokenKind::Rbrace]);
                }
            }
            break;
        }
        let mut built: Option<Stmt> = None;
        while let Some((pos, header, then)) = chain.pop() {
            let init = header.init.map(|s| Box::new(self.simple_to_stmt(s)));
            let cond = match header.cond {
                Cond::Expr(x) | Cond::Guard { guard: x, .. } => x,
                Cond::Absent => self.bad_expr_at(pos),
            };
            let els = match built.take() {
                Some(inner) => Some(Box::new(inner)),
                None => els.take(),
            };
            built = Some(Stmt {
                pos,
                kind: StmtKind::If {
                    init,
                    cond,
                    then,
                    els,
                },
            });
        }
        built.unwrap_or_else(|| Stmt {
            pos: self.pos(),
            kind: StmtKind::Empty,
        })
    }

    /// `ForStmt`: a plain, three-clause or `range` loop.
    fn for_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let header = self.header(TokenKind::For);
        let body = self.block_stmt("for clause");
        if let Some(Simple::Range { lhs, define, x, .. }) = header.init {
            if let Some(&third) = lhs.get(2) {
                let third_pos = self.start_of(third);
                self.defer_error(
                    third_pos,
                    "range clause permits at most two iteration variables",
                );
            }
            let key = lhs.first().copied();
            let value = lhs.get(1).copied();
            return Stmt {
                pos,
                kind: StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                },
            };
        }
        let init = header.init.map(|s| Box::new(self.simple_to_stmt(s)));
        let post = header.post.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = match header.cond {
            Cond::Expr(x) | Cond::Guard { guard: x, .. } => Some(x),
            Cond::Absent => None,
        };
        Stmt {
            pos,
            kind: StmtKind::For {
                init,
                cond,
                post,
                body,
            },
        }
    }

    /// `SwitchStmt`: an expression switch or a type switch.
    fn switch_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let header = self.header(TokenKind::Switch);
        if !self.got(TokenKind::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::Rbrace]);
        }
        let mut cases = Vec::new();
        while self.kind() != TokenKind::Eof && self.kind() != TokenKind::Rbrace {
            cases.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(TokenKind::Rbrace);

        let init = header.init.map(|s| Box::new(self.simple_to_stmt(s)));
        let (bind, guard) = match header.cond {
            Cond::Absent => {
                return Stmt {
                    pos,
                    kind: StmtKind::Switch {
                        init,
                        tag: None,
                        cases,
                        rbrace,
                    },
                }
            }
            Cond::Expr(x) => (None, x),
            Cond::Guard { bind, guard } => (Some(bind), guard),
        };
        match self.expr_ref(guard).kind {
            ExprKind::TypeAssert { x, ty: None } => Stmt {
                pos,
                kind: StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    cases,
                    rbrace,
                },
            },
            _ => Stmt {
                pos,
                kind: StmtKind::Switch {
                    init,
                    tag: Some(guard),
                    cases,
                    rbrace,
                },
            },
        }
    }

    /// `SelectStmt = "select" "{" { CommClause } "}"`.
    fn select_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        self.want(TokenKind::Select);
        if !self.got(TokenKind::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.kind() != TokenKind::Eof && self.kind() != TokenKind::Rbrace {
            clauses.push(self.comm_clause());
        }
        self.want(TokenKind::Rbrace);
        Stmt {
            pos,
            kind: StmtKind::Select(clauses),
        }
    }

    /// `case exprs:` or `default:` and the clause body.
    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let mut exprs = Vec::new();
        let mut is_default = false;
        match self.kind() {
            TokenKind::Case => {
                self.next();
                exprs = self.expr_list();
            }
            TokenKind::Default => {
                self.next();
                is_default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::Rbrace,
                ]);
            }
        }
        let colon = self.pos();
        self.want(TokenKind::Colon);
        let body = self.stmt_list();
        CaseClause {
            pos,
            exprs,
            is_default,
            body,
            colon,
        }
    }

    /// `case send-or-receive:` or `default:` and the clause body.
    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let mut comm = None;
        match self.kind() {
            TokenKind::Case => {
                self.next();
                let simple = self.simple_stmt(None, None);
                comm = Some(Box::new(self.simple_to_stmt(simple)));
            }
            TokenKind::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::Rbrace,
                ]);
            }
        }
        self.want(TokenKind::Colon);
        let body = self.stmt_list();
        CommClause { pos, comm, body }
    }
}
