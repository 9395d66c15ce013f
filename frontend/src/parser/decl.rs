//! Source files and declarations: the package clause, imports, `const`, `var`, `type` and
//! `func` declarations.
//!
//! Declarations are accepted in any order at the top level (imports after other declarations
//! are reported but kept), and anything else there is "non-declaration statement outside
//! function body", after which the parser resumes at the next declaration keyword. A grouped
//! declaration `var ( ... )` is a semicolon-separated list closed by `)`; constants get their
//! `iota` from their index in the group.

use middle::source::Pos;

use super::Parser;
use crate::ast::{
    Block, ConstSpec, Decl, File, FuncDecl, FuncType, Ident, Import, LitKind, TypeSpec, VarSpec,
};
use crate::lexer::decode_literal;
use crate::token::TokenKind;

/// The tokens that start a top-level declaration (where parsing resumes after an error).
const DECL_START: [TokenKind; 5] = [
    TokenKind::Import,
    TokenKind::Const,
    TokenKind::Type,
    TokenKind::Var,
    TokenKind::Func,
];

impl Parser<'_, '_> {
    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`. The flag is
    /// false when the package clause had errors: gc then gives up on the file (and, after
    /// reporting its errors, on the compilation).
    pub(super) fn file(&mut self) -> (File, bool) {
        let pos = self.pos();
        let mut file = File {
            pos,
            package: Ident {
                name: "_".to_string(),
                pos,
            },
            imports: Vec::new(),
            decls: Vec::new(),
        };
        if !self.got(TokenKind::Package) {
            self.syntax_error("package statement must be first");
            return (file, false);
        }
        file.package = self.name();
        self.want(TokenKind::Semi);
        if self.errors > 0 {
            return (file, false);
        }

        let mut prev = TokenKind::Import;
        let mut last_was_bodyless_func = false;
        while self.kind() != TokenKind::Eof {
            if self.kind() == TokenKind::Import && prev != TokenKind::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.kind();
            match self.kind() {
                TokenKind::Import => {
                    self.next();
                    let mut imports = Vec::new();
                    self.group(&mut |p| p.import_spec(&mut imports));
                    file.imports.extend(imports);
                    last_was_bodyless_func = false;
                }
                TokenKind::Const | TokenKind::Type | TokenKind::Var => {
                    let decl = self.decl();
                    file.decls.push(decl);
                    last_was_bodyless_func = false;
                }
                TokenKind::Func => {
                    let func_pos = self.pos();
                    self.next();
                    let func = self.func_decl(func_pos);
                    last_was_bodyless_func = func.body.is_none();
                    file.decls.push(Decl::Func(func));
                }
                _ => {
                    if self.kind() == TokenKind::Lbrace && last_was_bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&DECL_START);
                    continue;
                }
            }
            if self.kind() != TokenKind::Eof && !self.got(TokenKind::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&DECL_START);
            }
        }
        (file, true)
    }

    /// `f | "(" { f ";" } ")"`: a single spec or a parenthesised group of them.
    fn group(&mut self, f: &mut dyn FnMut(&mut Self)) {
        if self.got(TokenKind::Lparen) {
            self.list(
                "grouped declaration",
                TokenKind::Semi,
                TokenKind::Rparen,
                &mut |p| {
                    f(p);
                    false
                },
            );
        } else {
            f(self);
        }
    }

    /// A `const`, `var` or `type` declaration (at its keyword), top level or local.
    pub(super) fn decl(&mut self) -> Decl {
        let keyword = self.kind();
        self.next();
        match keyword {
            TokenKind::Const => {
                let mut specs = Vec::new();
                self.group(&mut |p| {
                    let iota = specs.len() as u32;
                    specs.push(p.const_spec(iota));
                });
                Decl::Const(specs)
            }
            TokenKind::Type => {
                let mut specs = Vec::new();
                self.group(&mut |p| specs.push(p.type_spec()));
                Decl::Type(specs)
            }
            _ => {
                let mut specs = Vec::new();
                self.group(&mut |p| specs.push(p.var_spec()));
                Decl::Var(specs)
            }
        }
    }

    /// `ImportSpec = [ "." | PackageName ] ImportPath`.
    fn import_spec(&mut self, imports: &mut Vec<Import>) {
        let name = match self.kind() {
            TokenKind::Name => Some(self.name()),
            TokenKind::Dot => {
                let dot = Ident {
                    name: ".".to_string(),
                    pos: self.pos(),
                };
                self.next();
                Some(dot)
            }
            _ => None,
        };
        if self.kind() != TokenKind::Literal {
            self.syntax_error("missing import path");
            self.advance(&[TokenKind::Semi, TokenKind::Rparen]);
            return;
        }
        let token = self.tok;
        let raw = self.text();
        self.next();
        if !token.bad && token.lit_kind != LitKind::String {
            self.syntax_error_at(token.pos, "import path must be a string");
        }
        let path = String::from_utf8_lossy(&decode_literal(token.lit_kind, raw)).into_owned();
        imports.push(Import {
            pos: token.pos,
            name,
            path,
        });
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ]`.
    fn const_spec(&mut self, iota: u32) -> ConstSpec {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(
            self.kind(),
            TokenKind::Eof | TokenKind::Semi | TokenKind::Rparen
        ) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ConstSpec {
            pos,
            names,
            ty,
            values,
            iota,
        }
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`.
    fn type_spec(&mut self) -> TypeSpec {
        let pos = self.pos();
        let name = self.name();
        let mut alias = false;
        let ty = if self.kind() == TokenKind::Lbrack {
            self.type_spec_bracket(&mut alias)
        } else {
            alias = self.got_assign();
            self.type_or_nil()
        };
        let ty = match ty {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[TokenKind::Semi, TokenKind::Rparen]);
                bad
            }
        };
        TypeSpec {
            pos,
            name,
            alias,
            ty,
        }
    }

    /// The type of `type T [...`: an array or slice type, or (reported as unsupported) a type
    /// parameter list followed by the type.
    fn type_spec_bracket(&mut self, alias: &mut bool) -> Option<crate::ast::ExprId> {
        let lbrack = self.pos();
        self.next();
        match self.kind() {
            TokenKind::Name => {
                let name = self.name();
                let mut x = self.ident_expr(name.clone());
                if self.kind() != TokenKind::Lbrack {
                    self.xnest += 1;
                    let primary = self.pexpr(Some(x));
                    x = self.binary_expr(Some(primary), 0);
                    self.xnest -= 1;
                }
                let force = self.kind() == TokenKind::Comma;
                match self.extract_name(x, force) {
                    Some((param, param_type))
                        if param_type.is_some() || self.kind() != TokenKind::Rbrack =>
                    {
                        self.error_at(lbrack, "generic types are not supported");
                        self.param_list(Some((param, param_type)), TokenKind::Rbrack, true, false);
                        *alias = self.got_assign();
                        self.type_or_nil()
                    }
                    _ => Some(self.array_type(lbrack, Some(x))),
                }
            }
            TokenKind::Rbrack => {
                self.next();
                Some(self.slice_type(lbrack))
            }
            _ => Some(self.array_type(lbrack, None)),
        }
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList )`.
    fn var_spec(&mut self) -> VarSpec {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        VarSpec {
            pos,
            names,
            ty,
            values,
        }
    }

    /// `FunctionDecl` or `MethodDecl` after the `func` keyword at `func_pos`.
    fn func_decl(&mut self, func_pos: Pos) -> FuncDecl {
        let mut recv = None;
        let has_recv = self.got(TokenKind::Lparen);
        if has_recv {
            let fields = self.param_list(None, TokenKind::Rparen, false, false);
            match fields.len() {
                0 => self.error_at(self.pos(), "method has no receiver"),
                1 => {}
                _ => self.error_at(self.pos(), "method has multiple receivers"),
            }
            recv = fields
                .into_iter()
                .next()
                .map(|field| self.single_param(field));
        }

        let (name, sig) = if self.kind() == TokenKind::Name {
            let name = self.name();
            let sig_pos = self.pos();
            (name, self.func_type("", sig_pos))
        } else {
            let pos = self.pos();
            let name = Ident {
                name: "_".to_string(),
                pos,
            };
            let msg = if has_recv {
                "expected name"
            } else {
                "expected name or ("
            };
            self.syntax_error(msg);
            self.advance(&[TokenKind::Lbrace, TokenKind::Semi]);
            (
                name,
                FuncType {
                    pos,
                    params: Vec::new(),
                    results: Vec::new(),
                },
            )
        };

        let body = if self.kind() == TokenKind::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        FuncDecl {
            pos: func_pos,
            recv,
            name,
            sig,
            body,
        }
    }

    /// A function body (at its `{`).
    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let body = self.block_stmt("");
        self.fnest -= 1;
        body
    }
}
