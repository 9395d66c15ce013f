//! Punctuation and operators: one character of lookahead decides between `<`, `<=`, `<<`,
//! `<<=` and `<-`, between `+`, `+=` and `++`, and so on (two characters for `...`).

use super::Lexer;
use crate::ast::BinaryOp;
use crate::token::{Operator, SemiKind, Token, TokenKind};

impl Lexer<'_> {
    /// Finishes a binary operator that may be followed by `=` to form an op-assignment.
    pub(super) fn finish_assign_op(&mut self, op: BinaryOp) -> Token {
        if self.at('=') {
            self.nextch();
            return self.finish_op(TokenKind::AssignOp, Operator::Binary(op));
        }
        self.finish_op(TokenKind::Operator, Operator::Binary(op))
    }

    /// Scans a token starting with the (non-letter, non-`/`) character `c`; `None` if `c` cannot
    /// start a token.
    pub(super) fn punctuation(&mut self, c: char) -> Option<Token> {
        use TokenKind as K;
        let token = match c {
            '\n' => {
                self.nextch();
                let mut token = self.finish(K::Semi);
                token.semi = SemiKind::Newline;
                token
            }
            '0'..='9' => self.number(false),
            '"' => self.std_string(),
            '`' => self.raw_string(),
            '\'' => self.rune_lit(),
            '(' | '[' | '{' | ',' | ';' | ')' | ']' | '}' => {
                self.nextch();
                let kind = match c {
                    '(' => K::Lparen,
                    '[' => K::Lbrack,
                    '{' => K::Lbrace,
                    ',' => K::Comma,
                    ';' => K::Semi,
                    ')' => K::Rparen,
                    ']' => K::Rbrack,
                    _ => K::Rbrace,
                };
                self.nlsemi = matches!(kind, K::Rparen | K::Rbrack | K::Rbrace);
                self.finish(kind)
            }
            ':' => {
                self.nextch();
                if self.at('=') {
                    self.nextch();
                    return Some(self.finish(K::Define));
                }
                self.finish(K::Colon)
            }
            '.' => {
                self.nextch();
                if self.current().is_ascii_digit() {
                    return Some(self.number(true));
                }
                if self.at('.') && self.src.as_bytes().get(self.next_off) == Some(&b'.') {
                    self.nextch();
                    self.nextch();
                    return Some(self.finish(K::DotDotDot));
                }
                self.finish(K::Dot)
            }
            '+' | '-' => {
                self.nextch();
                let op = if c == '+' {
                    BinaryOp::Add
                } else {
                    BinaryOp::Sub
                };
                if self.at(c) {
                    self.nextch();
                    self.nlsemi = true;
                    return Some(self.finish_op(K::IncOp, Operator::Binary(op)));
                }
                self.finish_assign_op(op)
            }
            '*' => {
                self.nextch();
                if self.at('=') {
                    self.nextch();
                    return Some(self.finish_op(K::AssignOp, Operator::Binary(BinaryOp::Mul)));
                }
                self.finish_op(K::Star, Operator::Binary(BinaryOp::Mul))
            }
            '%' => {
                self.nextch();
                self.finish_assign_op(BinaryOp::Rem)
            }
            '^' => {
                self.nextch();
                self.finish_assign_op(BinaryOp::Xor)
            }
            '&' | '|' => self.and_or(c),
            '<' | '>' => self.less_greater(c),
            '=' | '!' => {
                self.nextch();
                if self.at('=') {
                    self.nextch();
                    let op = if c == '=' { BinaryOp::Eq } else { BinaryOp::Ne };
                    return Some(self.finish_op(K::Operator, Operator::Binary(op)));
                }
                if c == '=' {
                    self.finish(K::Assign)
                } else {
                    self.finish_op(K::Operator, Operator::Not)
                }
            }
            '~' => {
                self.nextch();
                self.finish_op(K::Operator, Operator::Tilde)
            }
            _ => return None,
        };
        Some(token)
    }

    /// Scans `&`, `&&`, `&^`, `|`, `||` and their op-assignments.
    fn and_or(&mut self, c: char) -> Token {
        self.nextch();
        if self.at(c) {
            self.nextch();
            let op = if c == '&' {
                BinaryOp::AndAnd
            } else {
                BinaryOp::OrOr
            };
            return self.finish_op(TokenKind::Operator, Operator::Binary(op));
        }
        if c == '|' {
            return self.finish_assign_op(BinaryOp::Or);
        }
        if self.at('^') {
            self.nextch();
            return self.finish_assign_op(BinaryOp::AndNot);
        }
        self.finish_assign_op(BinaryOp::And)
    }

    /// Scans `<`, `<=`, `<<`, `<-`, `>`, `>=`, `>>` and the shift op-assignments.
    fn less_greater(&mut self, c: char) -> Token {
        self.nextch();
        let (cmp_eq, shift, cmp) = if c == '<' {
            (BinaryOp::Le, BinaryOp::Shl, BinaryOp::Lt)
        } else {
            (BinaryOp::Ge, BinaryOp::Shr, BinaryOp::Gt)
        };
        if self.at('=') {
            self.nextch();
            return self.finish_op(TokenKind::Operator, Operator::Binary(cmp_eq));
        }
        if self.at(c) {
            self.nextch();
            return self.finish_assign_op(shift);
        }
        if c == '<' && self.at('-') {
            self.nextch();
            return self.finish(TokenKind::Arrow);
        }
        self.finish_op(TokenKind::Operator, Operator::Binary(cmp))
    }
}
