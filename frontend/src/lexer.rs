//! The lexer: Go source text to [`Token`]s, one at a time, with gc's error messages.
//!
//! # Approach
//!
//! The lexer walks the UTF-8 text one character at a time. [`Lexer::next_token`] skips white
//! space, remembers where the token starts and dispatches on the first character: letters start
//! identifiers (or keywords), digits and `.digit` start numbers (`number`), quotes start string
//! and rune literals (`literal`), and everything else is punctuation (`operators`), decided
//! with at most one character of lookahead (two for `...`). Tokens carry byte positions in the
//! [`SourceMap`]'s offset space, so `line:col` comes out exactly as gc prints it (byte columns).
//!
//! Automatic semicolon insertion is Go's rule, implemented the way gc does it: after a token that
//! may end a statement (an identifier, a literal, `break`, `continue`, `fallthrough`, `return`,
//! `++`, `--`, `)`, `]`, `}`) the lexer sets `nlsemi`; while it is set, a newline (or the end of
//! the file, or a `/* */` comment that spans lines) is returned as a semicolon token instead of
//! being skipped. The semicolon records whether it was a newline, the end of the file or a real
//! `;`, because syntax errors say "unexpected newline".
//!
//! Lexical errors never stop the lexer: it reports gc's message at gc's position (the offending
//! character, or the token start for "not terminated" errors), marks a malformed literal as
//! `bad`, and continues. NUL characters and byte order marks after the first byte are reported
//! and skipped, like gc's source reader does.
//!
//! [`SourceMap`]: middle::source::SourceMap

mod literal;
mod number;
mod operators;
#[cfg(test)]
mod tests;

use middle::source::{Diagnostic, Pos};

use crate::ast::BinaryOp;
use crate::token::{Operator, SemiKind, Token, TokenKind};

pub use literal::{decode_literal, quote_rune};

/// The current character at the end of the input.
const EOF_CH: i32 = -1;

/// Scans one file into tokens.
pub struct Lexer<'a> {
    /// The file text.
    src: &'a str,
    /// Offset of the file's first byte in the source map.
    base: u32,
    /// The current character, or [`EOF_CH`].
    ch: i32,
    /// Byte offset of the current character.
    ch_off: usize,
    /// Byte offset just past the current character.
    next_off: usize,
    /// Byte offset of the current token's first byte.
    start: usize,
    /// A newline or the end of the file now becomes a semicolon.
    nlsemi: bool,
    /// Errors found so far (drained by [`Lexer::take_diagnostics`]).
    diags: Vec<Diagnostic>,
    /// `//go:` directive comments seen so far.
    directives: Vec<Directive>,
}

/// A `//go:name args` compiler directive comment (such as `//go:noinline`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// Position of the `//`.
    pub pos: Pos,
    /// The text after `//`, e.g. `go:noinline` (without a trailing carriage return).
    pub text: String,
    /// Nothing but white space precedes it on its line (gc ignores misplaced directives).
    pub line_start: bool,
}

/// Every `//go:` directive comment of a file, in order. gc attaches the directives written
/// between two declarations to the second one (`//go:noinline` before a `func`).
pub fn go_directives(src: &str, base: u32) -> Vec<Directive> {
    let mut lexer = Lexer::new(src, base);
    while lexer.next_token().kind != TokenKind::Eof {}
    lexer.directives
}

/// Scans a whole file: every token up to and including the end-of-file token, and the errors.
pub fn tokenize(src: &str, base: u32) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(src, base);
    let mut tokens = Vec::new();
    loop {
        let token = lexer.next_token();
        tokens.push(token);
        if token.kind == TokenKind::Eof {
            break;
        }
    }
    (tokens, lexer.take_diagnostics())
}

impl<'a> Lexer<'a> {
    /// A lexer for `src`, whose first byte is at offset `base` in the source map.
    pub fn new(src: &'a str, base: u32) -> Lexer<'a> {
        let mut lexer = Lexer {
            src,
            base,
            ch: EOF_CH,
            ch_off: 0,
            next_off: 0,
            start: 0,
            nlsemi: false,
            diags: Vec::new(),
            directives: Vec::new(),
        };
        lexer.nextch();
        lexer
    }

    /// The errors reported since the last call, in the order found.
    pub fn take_diagnostics(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.diags)
    }

    /// The source text of a token produced by this lexer.
    pub fn text(&self, token: &Token) -> &'a str {
        let lo = token.pos.0.saturating_sub(self.base) as usize;
        let hi = token.end.0.saturating_sub(self.base) as usize;
        self.src.get(lo..hi).unwrap_or("")
    }

    /// The position of byte offset `off` of this file.
    fn pos_at(&self, off: usize) -> Pos {
        Pos(self.base + off as u32)
    }

    /// Reports `msg` at byte offset `off`.
    fn error_at(&mut self, off: usize, msg: impl Into<String>) {
        let pos = self.pos_at(off);
        self.diags.push(Diagnostic::error(pos, msg));
    }

    /// Reports `msg` at the current character.
    fn error_here(&mut self, msg: impl Into<String>) {
        self.error_at(self.ch_off, msg);
    }

    /// Advances to the next character, reporting and skipping NULs and misplaced byte order marks.
    fn nextch(&mut self) {
        loop {
            self.ch_off = self.next_off;
            let Some(c) = self
                .src
                .get(self.ch_off..)
                .and_then(|rest| rest.chars().next())
            else {
                self.ch = EOF_CH;
                return;
            };
            self.next_off = self.ch_off + c.len_utf8();
            if c == '\0' {
                self.error_here("invalid NUL character");
                continue;
            }
            if c == '\u{feff}' {
                if self.ch_off > 0 {
                    self.error_here("invalid BOM in the middle of the file");
                }
                continue;
            }
            self.ch = c as i32;
            return;
        }
    }

    /// The current character as a `char` (`'\0'` at the end of the input).
    fn current(&self) -> char {
        u32::try_from(self.ch)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or('\0')
    }

    /// True if the current character is the ASCII character `c`.
    fn at(&self, c: char) -> bool {
        self.ch == c as i32
    }

    /// Finishes a token of `kind` that started at `self.start` and ends before the current char.
    fn finish(&self, kind: TokenKind) -> Token {
        Token::new(kind, self.pos_at(self.start), self.pos_at(self.ch_off))
    }

    /// Finishes an operator token.
    fn finish_op(&self, kind: TokenKind, op: Operator) -> Token {
        let mut token = self.finish(kind);
        token.op = op;
        token.prec = match op {
            Operator::Binary(b) => b.precedence(),
            _ => 0,
        };
        token
    }

    /// Scans the next token. After the end of the file it keeps returning [`TokenKind::Eof`].
    pub fn next_token(&mut self) -> Token {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            while self.at(' ') || self.at('\t') || self.at('\r') || (self.at('\n') && !nlsemi) {
                self.nextch();
            }
            self.start = self.ch_off;
            let c = self.current();
            if c.is_ascii_alphabetic() || c == '_' || (self.ch >= 0x80 && self.at_ident_char(true))
            {
                self.nextch();
                return self.ident();
            }
            if self.ch == EOF_CH {
                if nlsemi {
                    let mut token = self.finish(TokenKind::Semi);
                    token.semi = SemiKind::Eof;
                    return token;
                }
                return self.finish(TokenKind::Eof);
            }
            if c == '/' {
                self.nextch();
                if self.at('/') {
                    while self.ch != EOF_CH && !self.at('\n') {
                        self.nextch();
                    }
                    self.record_directive();
                    continue;
                }
                if self.at('*') {
                    self.nextch();
                    self.skip_general_comment();
                    let spans_lines = self
                        .src
                        .get(self.start..self.ch_off)
                        .is_some_and(|t| t.contains('\n'));
                    if spans_lines && nlsemi {
                        let mut token = Token::new(
                            TokenKind::Semi,
                            self.pos_at(self.start),
                            self.pos_at(self.start),
                        );
                        token.semi = SemiKind::Newline;
                        return token;
                    }
                    continue;
                }
                return self.finish_assign_op(BinaryOp::Div);
            }
            if let Some(token) = self.punctuation(c) {
                return token;
            }
            self.error_here(format!("invalid character {}", format_unicode(c)));
            self.nextch();
        }
    }

    /// Records the line comment just skipped (from `self.start`) if it is a `//go:` directive.
    fn record_directive(&mut self) {
        let Some(comment) = self.src.get(self.start..self.ch_off) else {
            return;
        };
        let Some(text) = comment.strip_prefix("//").filter(|t| t.starts_with("go:")) else {
            return;
        };
        let line_begin = self.src[..self.start].rfind('\n').map_or(0, |i| i + 1);
        let line_start = self.src[line_begin..self.start]
            .chars()
            .all(|c| c == ' ' || c == '\t');
        let text = text.strip_suffix('\r').unwrap_or(text).to_string();
        self.directives.push(Directive {
            pos: self.pos_at(self.start),
            text,
            line_start,
        });
    }

    /// Skips the rest of a `/* */` comment (the opening is consumed).
    fn skip_general_comment(&mut self) {
        while self.ch != EOF_CH {
            if self.at('*') {
                self.nextch();
                if self.at('/') {
                    self.nextch();
                    return;
                }
                continue;
            }
            self.nextch();
        }
        self.error_at(self.start, "comment not terminated");
    }

    /// Scans the rest of an identifier or keyword (its first character is consumed).
    fn ident(&mut self) -> Token {
        while self.current().is_ascii_alphanumeric()
            || self.at('_')
            || (self.ch >= 0x80 && self.at_ident_char(false))
        {
            self.nextch();
        }
        let text = self.src.get(self.start..self.ch_off).unwrap_or("");
        match TokenKind::keyword(text) {
            Some(kind) => {
                self.nlsemi = matches!(
                    kind,
                    TokenKind::Break
                        | TokenKind::Continue
                        | TokenKind::Fallthrough
                        | TokenKind::Return
                );
                self.finish(kind)
            }
            None => {
                self.nlsemi = true;
                self.finish(TokenKind::Name)
            }
        }
    }

    /// Whether the current (non-ASCII or ASCII) character continues an identifier; reports
    /// characters that are accepted only to give a better error.
    fn at_ident_char(&mut self, first: bool) -> bool {
        let c = self.current();
        if self.ch == EOF_CH {
            return false;
        }
        if is_letter(c) || c == '_' {
            return true;
        }
        if is_decimal_digit(c) {
            if first {
                self.error_here(format!(
                    "identifier cannot begin with digit {}",
                    format_unicode(c)
                ));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error_here(format!(
                "invalid character {} in identifier",
                format_unicode(c)
            ));
            return true;
        }
        false
    }
}

/// An approximation of Go's `unicode.IsLetter` (category L): alphabetic but not a number
/// (Rust's `is_alphabetic` also includes letter numbers such as `Ⅻ`).
fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

/// An approximation of Go's `unicode.IsDigit` (category Nd): numeric, not a letter number, and
/// not one of the common "other number" blocks (superscripts, fractions, circled numbers...).
fn is_decimal_digit(c: char) -> bool {
    if !c.is_numeric() || c.is_alphabetic() {
        return false;
    }
    let other_number = matches!(c as u32,
        0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x9F4..=0x9F9 | 0xBF0..=0xBF2 | 0xF2A..=0xF33
        | 0x1369..=0x137C | 0x17F0..=0x17F9 | 0x2070..=0x2089 | 0x2150..=0x218F | 0x2460..=0x24FF
        | 0x2776..=0x2793 | 0x3192..=0x3195 | 0x3220..=0x3229 | 0x3248..=0x325F | 0x3280..=0x3289
        | 0x32B1..=0x32BF | 0x10107..=0x10133 | 0x1F100..=0x1F10C);
    !other_number
}

/// Formats a character like Go's `%#U`: `U+0040 '@'`, or just `U+0007` when not printable.
pub fn format_unicode(c: char) -> String {
    if is_printable(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// An approximation of Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    let format_or_private = matches!(u,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    !format_or_private
}
