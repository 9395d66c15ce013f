//! Tokens: what the [lexer](crate::lexer) hands to the [parser](crate::parser).
//!
//! The token set mirrors gc's `cmd/compile/internal/syntax` scanner rather than the Go
//! specification's list of operators, because gc's syntax error messages are phrased in terms of
//! these tokens ("unexpected newline, expected comma or )"). Binary and unary operators share one
//! [`TokenKind::Operator`] kind and carry an [`Operator`] and a precedence; `*` is a kind of its
//! own ([`TokenKind::Star`]) because it is both a binary operator and the pointer/dereference
//! prefix; `op=` and `++`/`--` are [`TokenKind::AssignOp`] and [`TokenKind::IncOp`] carrying the
//! underlying operator. A semicolon token remembers whether it was written or inserted at a
//! newline or at the end of the file, since messages say "unexpected newline".

use middle::source::Pos;

use crate::ast::{BinaryOp, LitKind};

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// End of file.
    Eof,
    /// An identifier.
    Name,
    /// A basic literal (number, rune or string).
    Literal,
    /// A unary or binary operator other than `*` (see [`Token::op`]).
    Operator,
    /// `op=` (see [`Token::op`]).
    AssignOp,
    /// `++` or `--` (see [`Token::op`]: `Add` or `Sub`).
    IncOp,
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `<-`
    Arrow,
    /// `*`
    Star,
    /// `(`
    Lparen,
    /// `[`
    Lbrack,
    /// `{`
    Lbrace,
    /// `)`
    Rparen,
    /// `]`
    Rbrack,
    /// `}`
    Rbrace,
    /// `,`
    Comma,
    /// `;`, written or automatically inserted (see [`Token::semi`]).
    Semi,
    /// `:`
    Colon,
    /// `.`
    Dot,
    /// `...`
    DotDotDot,
    /// `break`
    Break,
    /// `case`
    Case,
    /// `chan`
    Chan,
    /// `const`
    Const,
    /// `continue`
    Continue,
    /// `default`
    Default,
    /// `defer`
    Defer,
    /// `else`
    Else,
    /// `fallthrough`
    Fallthrough,
    /// `for`
    For,
    /// `func`
    Func,
    /// `go`
    Go,
    /// `goto`
    Goto,
    /// `if`
    If,
    /// `import`
    Import,
    /// `interface`
    Interface,
    /// `map`
    Map,
    /// `package`
    Package,
    /// `range`
    Range,
    /// `return`
    Return,
    /// `select`
    Select,
    /// `struct`
    Struct,
    /// `switch`
    Switch,
    /// `type`
    Type,
    /// `var`
    Var,
}

/// Every keyword with its token kind.
const KEYWORDS: [(&str, TokenKind); 25] = [
    ("break", TokenKind::Break),
    ("case", TokenKind::Case),
    ("chan", TokenKind::Chan),
    ("const", TokenKind::Const),
    ("continue", TokenKind::Continue),
    ("default", TokenKind::Default),
    ("defer", TokenKind::Defer),
    ("else", TokenKind::Else),
    ("fallthrough", TokenKind::Fallthrough),
    ("for", TokenKind::For),
    ("func", TokenKind::Func),
    ("go", TokenKind::Go),
    ("goto", TokenKind::Goto),
    ("if", TokenKind::If),
    ("import", TokenKind::Import),
    ("interface", TokenKind::Interface),
    ("map", TokenKind::Map),
    ("package", TokenKind::Package),
    ("range", TokenKind::Range),
    ("return", TokenKind::Return),
    ("select", TokenKind::Select),
    ("struct", TokenKind::Struct),
    ("switch", TokenKind::Switch),
    ("type", TokenKind::Type),
    ("var", TokenKind::Var),
];

impl TokenKind {
    /// The keyword spelled `word`, if it is one.
    pub fn keyword(word: &str) -> Option<TokenKind> {
        KEYWORDS
            .iter()
            .find(|(text, _)| *text == word)
            .map(|(_, kind)| *kind)
    }

    /// The token as gc names it in messages (`comma`, `semicolon or newline`, `)`,
    /// `keyword range`...).
    pub fn describe(self) -> String {
        use TokenKind::*;
        let text = match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => "comma",
            Semi => "semicolon or newline",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            _ => {
                let word = KEYWORDS
                    .iter()
                    .find(|(_, kind)| *kind == self)
                    .map_or("?", |(text, _)| text);
                return format!("keyword {}", word);
            }
        };
        text.to_string()
    }

    /// A bit unique to this kind, for token sets.
    pub fn bit(self) -> u64 {
        1u64 << (self as u32)
    }
}

/// An operator carried by [`TokenKind::Operator`], [`TokenKind::Star`], [`TokenKind::AssignOp`]
/// and [`TokenKind::IncOp`] tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// No operator (tokens that carry none).
    None,
    /// `!`
    Not,
    /// `~`
    Tilde,
    /// A binary operator (which may also be unary: `+ - ^ * &`).
    Binary(BinaryOp),
}

impl Operator {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::None => "",
            Operator::Not => "!",
            Operator::Tilde => "~",
            Operator::Binary(op) => op.as_str(),
        }
    }
}

/// How a semicolon token came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written as `;`.
    Semicolon,
    /// Inserted at a newline (or a general comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

impl SemiKind {
    /// The word gc uses for it in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            SemiKind::Semicolon => "semicolon",
            SemiKind::Newline => "newline",
            SemiKind::Eof => "EOF",
        }
    }
}

/// One token with its position; the text is `source[pos - base .. end - base]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What kind of token.
    pub kind: TokenKind,
    /// Position of its first byte.
    pub pos: Pos,
    /// Position one past its last byte.
    pub end: Pos,
    /// The operator, for operator tokens.
    pub op: Operator,
    /// Binary precedence of `op` (0 for `!`, `~` and tokens without operator).
    pub prec: u8,
    /// The literal kind, for [`TokenKind::Literal`].
    pub lit_kind: LitKind,
    /// For literals: the literal is malformed (an error was reported).
    pub bad: bool,
    /// For semicolons: how it came about.
    pub semi: SemiKind,
}

impl Token {
    /// A token of `kind` covering `pos..end` with no operator or literal payload.
    pub fn new(kind: TokenKind, pos: Pos, end: Pos) -> Token {
        Token {
            kind,
            pos,
            end,
            op: Operator::None,
            prec: 0,
            lit_kind: LitKind::Int,
            bad: false,
            semi: SemiKind::Semicolon,
        }
    }
}
