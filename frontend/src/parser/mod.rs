//! The parser: tokens to the [`ast`](crate::ast), with gc's syntax errors and recovery.
//!
//! # Approach
//!
//! A hand-written recursive-descent parser with one token of lookahead, structured like gc's
//! `cmd/compile/internal/syntax` parser because it must say exactly what gc says about broken
//! programs, at the same positions, and recover in the same places (a different recovery point
//! reports a different cascade of follow-up errors). One parse function per production:
//! declarations in `decl`, statements in `stmt` (with the `if`/`for`/`switch` headers in
//! `header`), expressions in `expr`, type expressions in `types` and parameter lists in
//! `params`. Expressions go into the shared [`Ast`] arena as they are built; every node gets
//! gc's position (the operator of a binary expression, the `(` of a call...) and its full span.
//!
//! Two classic Go parsing problems are solved the way gc solves them:
//!
//! - *Composite literals in statement headers.* In `if x == T{} {` the first `{` could open the
//!   block. The parser tracks an expression nesting level `xnest`: headers set it to -1, and
//!   every bracket, parenthesis, call and literal raises it. A `{` after a bare type name
//!   (`T`, `pkg.T`, `T[i]`) starts a composite literal only when `xnest >= 0`, that is, outside
//!   a header or inside parentheses within one. Literal types that cannot be expressions
//!   (`[]int`, `map[K]V`, `struct{...}`) always start one.
//! - *Simple statements.* A statement starting with an expression list is parsed as the list
//!   first and classified by the token that follows (`:=`, `=`, `op=`, `++`, `<-`, `:` for a
//!   label), which also gives the header of `for` its three forms and `range` clauses.
//!
//! # Errors
//!
//! A syntax error is "syntax error: unexpected TOKEN, expected WHAT" (or "... in CONTEXT", or a
//! plain "syntax error: WHAT") at the current token. After an error the parser skips tokens to
//! a synchronisation point: the tokens the interrupted production may be followed by, plus,
//! inside a function body, every keyword that starts a statement. Like gc, at most one syntax
//! error is kept per line, errors at the end of a file that already has errors are dropped, and
//! lexical errors are interleaved in the order they are found. Generic code is not supported:
//! type parameter lists and instantiations are parsed (so nothing cascades) and reported as
//! "generic functions are not supported" / "generic types are not supported".
//!
//! A few errors that gc reports from its type checker but that the syntax tree cannot express
//! (`~x` as an expression, more than two `range` variables) are reported here, and only when the
//! package has no syntax error, as gc would.
//!
//! # What the tree leaves out
//!
//! [`ExprKind::Bad`] marks every place where an error was reported, including malformed
//! literals; it also stands for a `~T` term in an interface (no node exists for it; only
//! constraints, which need generics, use one). The `x.(type)` node of a type switch and the
//! parentheses of `&(x)` stay in the arena without being referenced. Statements, unary
//! expressions, types and literals may nest at most [`MAX_NESTING`] deep.

mod decl;
mod expr;
mod header;
mod params;
pub mod print;
mod stmt;
mod types;

use middle::source::{Diagnostic, FileId, Pos, SourceMap, Span};

use crate::ast::{Ast, Expr, ExprId, ExprKind, Ident};
use crate::lexer::Lexer;
use crate::token::{Token, TokenKind};

/// Parses `files` (in this order) into one [`Ast`], returning the tree and every lexical and
/// syntax error in gc's words, sorted by position (see [`stops_compilation`]).
pub fn parse_files(map: &SourceMap, files: &[FileId]) -> (Ast, Vec<Diagnostic>) {
    let mut ast = Ast::default();
    let mut log = ErrorLog::new(map);
    let mut given_up = false;
    for &id in files {
        let source = map.file(id);
        // After a file whose package clause failed, gc exits without reporting later files.
        let mut ignored = ErrorLog::new(map);
        let sink = if given_up { &mut ignored } else { &mut log };
        let (file, complete) = {
            let mut parser = Parser::new(&source.text, source.base, &mut ast, sink);
            parser.file()
        };
        given_up |= !complete;
        ast.files.push(file);
    }
    (ast, log.finish())
}

/// True if `diag` is a syntax error. gc stops after parsing when there is one; lexical errors
/// (such as "invalid digit '9' in octal literal") do not stop it from type checking.
pub fn is_syntax_error(diag: &Diagnostic) -> bool {
    diag.message.starts_with("syntax error")
}

/// True if the diagnostics of [`parse_files`] mean that compilation stops after parsing, as gc
/// does: there is a syntax error, or unsupported generic code. Otherwise the remaining
/// diagnostics (lexical errors, misplaced `...`, parenthesised `go`/`defer` operands) are
/// reported together with the type checker's.
pub fn stops_compilation(diags: &[Diagnostic]) -> bool {
    diags
        .iter()
        .any(|d| is_syntax_error(d) || d.message.starts_with("generic "))
}

/// Collects diagnostics, filtering them the way gc's error reporting does.
struct ErrorLog<'m> {
    /// For resolving lines.
    map: &'m SourceMap,
    /// Kept diagnostics, in the order reported.
    diags: Vec<Diagnostic>,
    /// File and line of the last syntax error: gc keeps one syntax error per line.
    last_syntax: Option<(Option<FileId>, u32)>,
    /// File, line and text of the last other error: gc drops repeats on one line.
    last_other: Option<(Option<FileId>, u32, String)>,
    /// Errors gc reports from its type checker, kept only if there is no syntax error.
    deferred: Vec<Diagnostic>,
}

impl<'m> ErrorLog<'m> {
    /// An empty log.
    fn new(map: &'m SourceMap) -> ErrorLog<'m> {
        ErrorLog {
            map,
            diags: Vec::new(),
            last_syntax: None,
            last_other: None,
            deferred: Vec::new(),
        }
    }

    /// Records a diagnostic unless gc would drop it.
    fn report(&mut self, diag: Diagnostic) {
        let key = (self.map.file_of(diag.pos), self.map.line_col(diag.pos).line);
        if diag.message.starts_with("syntax error") {
            if self.last_syntax == Some(key) {
                return;
            }
            self.last_syntax = Some(key);
        } else {
            if self
                .last_other
                .as_ref()
                .is_some_and(|(f, l, m)| (*f, *l) == key && *m == diag.message)
            {
                return;
            }
            self.last_other = Some((key.0, key.1, diag.message.clone()));
        }
        self.diags.push(diag);
    }

    /// The kept diagnostics, sorted by position (stable), without exact duplicates.
    fn finish(mut self) -> Vec<Diagnostic> {
        if !self.diags.iter().any(is_syntax_error) {
            self.diags.append(&mut self.deferred);
        }
        self.diags.sort_by_key(|d| d.pos);
        self.diags.dedup();
        self.diags
    }
}

/// Keywords that start statements: good places to resume after an error inside a function.
const STOP_SET: [TokenKind; 14] = [
    TokenKind::Break,
    TokenKind::Const,
    TokenKind::Continue,
    TokenKind::Defer,
    TokenKind::Fallthrough,
    TokenKind::For,
    TokenKind::Go,
    TokenKind::Goto,
    TokenKind::If,
    TokenKind::Return,
    TokenKind::Select,
    TokenKind::Switch,
    TokenKind::Type,
    TokenKind::Var,
];

/// The state of parsing one file.
struct Parser<'a, 'm> {
    /// The token source.
    lexer: Lexer<'a>,
    /// The current token.
    tok: Token,
    /// End of the last consumed token (the end of the expression being built).
    prev_end: Pos,
    /// The arena expressions are added to.
    ast: &'a mut Ast,
    /// Where errors go.
    log: &'a mut ErrorLog<'m>,
    /// Number of errors reported in this file (before filtering).
    errors: usize,
    /// Function nesting depth (the stop set applies inside functions).
    fnest: u32,
    /// Expression nesting level for the composite literal ambiguity (-1 in statement headers).
    xnest: i32,
    /// Current recursion depth of statements, unary expressions, types and literals.
    depth: u32,
}

/// How deeply statements, expressions, types and composite literals may nest. gc has no limit
/// (its stacks grow); a recursive descent parser on a fixed stack needs one so that absurd
/// input is an error rather than a stack overflow. Real programs stay far below it.
pub const MAX_NESTING: u32 = 1000;

impl<'a, 'm> Parser<'a, 'm> {
    /// A parser positioned at the first token of `src`.
    fn new(src: &'a str, base: u32, ast: &'a mut Ast, log: &'a mut ErrorLog<'m>) -> Parser<'a, 'm> {
        let lexer = Lexer::new(src, base);
        let start = Pos(base);
        let mut parser = Parser {
            lexer,
            tok: Token::new(TokenKind::Eof, start, start),
            prev_end: start,
            ast,
            log,
            errors: 0,
            fnest: 0,
            xnest: 0,
            depth: 0,
        };
        parser.next();
        parser
    }

    // ---- tokens ----

    /// Consumes the current token.
    fn next(&mut self) {
        self.prev_end = self.tok.end;
        self.tok = self.lexer.next_token();
        for diag in self.lexer.take_diagnostics() {
            self.errors += 1;
            self.log.report(diag);
        }
    }

    /// The current token's kind.
    fn kind(&self) -> TokenKind {
        self.tok.kind
    }

    /// The current token's position.
    fn pos(&self) -> Pos {
        self.tok.pos
    }

    /// The current token's text.
    fn text(&self) -> &'a str {
        self.lexer.text(&self.tok)
    }

    /// Consumes the current token if it is `kind`.
    fn got(&mut self, kind: TokenKind) -> bool {
        if self.kind() == kind {
            self.next();
            return true;
        }
        false
    }

    /// Consumes a token of `kind` or reports "expected KIND" and skips one token.
    fn want(&mut self, kind: TokenKind) {
        if !self.got(kind) {
            self.syntax_error(&format!("expected {}", kind.describe()));
            self.advance(&[]);
        }
    }

    /// Like `got(Assign)`, but also accepts `:=` after reporting it.
    fn got_assign(&mut self) -> bool {
        match self.kind() {
            TokenKind::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            TokenKind::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    // ---- errors ----

    /// Reports `msg` at `pos` as is.
    fn error_at(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors += 1;
        self.log.report(Diagnostic::error(pos, msg));
    }

    /// Records an error gc reports from its type checker (kept only if nothing else fails).
    fn defer_error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.log.deferred.push(Diagnostic::error(pos, msg));
    }

    /// Reports a syntax error at `pos`. Messages starting with "in ", "at ", "after " or
    /// "expected " are prefixed with "unexpected TOKEN"; others are reported plainly.
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.kind() == TokenKind::Eof && self.errors > 0 {
            return;
        }
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            self.error_at(pos, format!("syntax error: {}", msg));
            return;
        };
        let tok = self.describe_current();
        self.error_at(pos, format!("syntax error: unexpected {}{}", tok, suffix));
    }

    /// Reports a syntax error at the current token.
    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos(), msg);
    }

    /// The current token as gc names it after "unexpected".
    fn describe_current(&self) -> String {
        let op = self.tok.op.as_str();
        match self.kind() {
            TokenKind::Name => format!("name {}", self.text()),
            TokenKind::Semi => self.tok.semi.as_str().to_string(),
            TokenKind::Literal => format!("literal {}", self.text()),
            TokenKind::Operator | TokenKind::Star => op.to_string(),
            TokenKind::AssignOp => format!("{}=", op),
            TokenKind::IncOp => format!("{}{}", op, op),
            kind => kind.describe(),
        }
    }

    /// Skips tokens until one in `follow` (or, inside a function, a statement keyword) or the
    /// end of the file. With an empty `follow`, skips exactly one token (unless at the end).
    fn advance(&mut self, follow: &[TokenKind]) {
        let mut set = TokenKind::Eof.bit();
        if !follow.is_empty() {
            if self.fnest > 0 {
                set |= STOP_SET.iter().fold(0, |acc, k| acc | k.bit());
            }
            set |= follow.iter().fold(0, |acc, k| acc | k.bit());
        }
        while set & self.kind().bit() == 0 {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    /// Parses `[ f { sep f } [sep] ] close`; `f` returns true to stop accepting elements.
    /// Returns the position of the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: TokenKind,
        close: TokenKind,
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.kind() != TokenKind::Eof && self.kind() != close && !done {
            done = f(self);
            if !self.got(sep) && self.kind() != close {
                let msg = format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    sep.describe(),
                    close.describe()
                );
                self.syntax_error(&msg);
                self.advance(&[TokenKind::Rparen, TokenKind::Rbrack, TokenKind::Rbrace]);
                if self.kind() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    /// Enters one level of nesting. Past [`MAX_NESTING`] it reports an error, skips the rest of
    /// the file (so every caller unwinds at once) and returns false.
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_NESTING {
            if self.kind() != TokenKind::Eof {
                self.error_at(self.pos(), "syntax error: nesting too deep");
                while self.kind() != TokenKind::Eof {
                    self.next();
                }
            }
            return false;
        }
        self.depth += 1;
        true
    }

    /// Leaves a level entered with [`Parser::enter`].
    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ---- building nodes ----

    /// Adds an expression at `pos` spanning from `lo` to the end of the last consumed token.
    fn push(&mut self, pos: Pos, lo: Pos, kind: ExprKind) -> ExprId {
        let hi = self.prev_end.max(lo);
        self.ast.push(Expr {
            pos,
            span: Span::new(lo, hi),
            kind,
        })
    }

    /// The expression `id`.
    fn expr_ref(&self, id: ExprId) -> &Expr {
        self.ast.expr(id)
    }

    /// Where the expression `id` starts.
    fn start_of(&self, id: ExprId) -> Pos {
        self.expr_ref(id).span.lo
    }

    /// A placeholder expression at the current token.
    fn bad_expr(&mut self) -> ExprId {
        let pos = self.pos();
        self.bad_expr_at(pos)
    }

    /// A placeholder expression at `pos`.
    fn bad_expr_at(&mut self, pos: Pos) -> ExprId {
        self.ast.push(Expr {
            pos,
            span: Span::new(pos, pos),
            kind: ExprKind::Bad,
        })
    }

    /// An identifier expression for `name`.
    fn ident_expr(&mut self, name: Ident) -> ExprId {
        let hi = Pos(name.pos.0 + name.name.len() as u32);
        let pos = name.pos;
        self.ast.push(Expr {
            pos,
            span: Span::new(pos, hi),
            kind: ExprKind::Ident(name.name),
        })
    }

    /// Strips parentheses.
    fn unparen(&self, mut id: ExprId) -> ExprId {
        while let ExprKind::Paren(inner) = self.expr_ref(id).kind {
            id = inner;
        }
        id
    }

    // ---- common productions ----

    /// `identifier`; reports "expected name" (and skips a token) if missing.
    fn name(&mut self) -> Ident {
        if self.kind() == TokenKind::Name {
            let name = Ident {
                name: self.text().to_string(),
                pos: self.pos(),
            };
            self.next();
            return name;
        }
        let name = Ident {
            name: "_".to_string(),
            pos: self.pos(),
        };
        self.syntax_error("expected name");
        self.advance(&[]);
        name
    }

    /// `IdentifierList`, given its first name.
    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut names = vec![first];
        while self.got(TokenKind::Comma) {
            names.push(self.name());
        }
        names
    }

    /// `ExpressionList`.
    fn expr_list(&mut self) -> Vec<ExprId> {
        let mut list = vec![self.expr()];
        while self.got(TokenKind::Comma) {
            list.push(self.expr());
        }
        list
    }
}
