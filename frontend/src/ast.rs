//! The syntax tree produced by the parser and read by the type checker and the lowering.
//!
//! Expressions live in one arena per package ([`Ast::exprs`]) and are referred to by [`ExprId`], so
//! later phases can attach facts to an expression (its type, its constant value) in a side table
//! indexed by the id. Statements and declarations are ordinary owned trees.
//!
//! Positions follow gc's `cmd/compile/internal/syntax` package exactly, because `-m` and error
//! messages print them: every node has a `pos` that is the position gc reports for it, and
//! expressions also carry their full `span` (first byte to one past the last byte). gc's node
//! positions are: a name or literal at its first byte; a binary operation at its operator; a unary
//! operation (`&x`, `-x`, `<-c`, `*p`) at its operator; a call `f(x)` at its `(`; an index `a[i]`
//! and a slice `a[i:j]` at its `[`; a selector `x.f` at its `.`; a type assertion `x.(T)` at its
//! `.`; a composite literal `T{...}` at its `{`; a function literal at `func`; a parenthesised
//! expression at its `(`; a key-value element at its `:`; type expressions at their first token
//! (`[`, `*`, `map`, `chan`, `func`, `struct`, `interface`). Statements: an assignment, `:=`,
//! op-assignment or inc/dec at its operator; a send at its `<-`; `return`, `go`, `defer`, `if`,
//! `for`, `switch`, `select`, `break`, `continue`, `goto`, `fallthrough` at their keyword; a case
//! clause at `case`/`default`; a labelled statement at its label; an expression statement at the
//! expression's position; a block at its `{`.

use middle::source::{Pos, Span};

/// Index of an expression in [`Ast::exprs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// A parsed package: its files and the arena of all their expressions.
#[derive(Clone, Debug, Default)]
pub struct Ast {
    /// The files, in the order given on the command line (sorted by name for a directory).
    pub files: Vec<File>,
    /// Every expression of every file.
    pub exprs: Vec<Expr>,
}

impl Ast {
    /// Adds an expression to the arena.
    pub fn push(&mut self, expr: Expr) -> ExprId {
        self.exprs.push(expr);
        ExprId(self.exprs.len() as u32 - 1)
    }

    /// The expression with this id.
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.0 as usize]
    }
}

/// An identifier occurrence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    /// The name (`_` for the blank identifier).
    pub name: String,
    /// Position of its first byte.
    pub pos: Pos,
}

/// One source file.
#[derive(Clone, Debug)]
pub struct File {
    /// Position of the `package` keyword.
    pub pos: Pos,
    /// The package clause's name.
    pub package: Ident,
    /// Import declarations.
    pub imports: Vec<Import>,
    /// Top-level declarations other than imports, in source order.
    pub decls: Vec<Decl>,
}

/// One imported package.
#[derive(Clone, Debug)]
pub struct Import {
    /// Position of the path literal.
    pub pos: Pos,
    /// Explicit local name (`f "fmt"`, `_ "x"`, `. "x"`), if any.
    pub name: Option<Ident>,
    /// The import path, unquoted (`fmt`).
    pub path: String,
}

/// A top-level or local declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    /// `var ...`
    Var(Vec<VarSpec>),
    /// `const ...`
    Const(Vec<ConstSpec>),
    /// `type ...`
    Type(Vec<TypeSpec>),
    /// `func ...` (top level only)
    Func(FuncDecl),
}

/// `x, y T = a, b` in a `var` declaration.
#[derive(Clone, Debug)]
pub struct VarSpec {
    /// Position of the first name.
    pub pos: Pos,
    /// Declared names.
    pub names: Vec<Ident>,
    /// Declared type, if written.
    pub ty: Option<ExprId>,
    /// Initial values (empty if none).
    pub values: Vec<ExprId>,
}

/// One line of a `const` declaration.
#[derive(Clone, Debug)]
pub struct ConstSpec {
    /// Position of the first name.
    pub pos: Pos,
    /// Declared names.
    pub names: Vec<Ident>,
    /// Declared type, if written.
    pub ty: Option<ExprId>,
    /// Values as written; empty means "repeat the previous spec's type and values" (Go's implicit
    /// repetition), which the checker resolves.
    pub values: Vec<ExprId>,
    /// The value of `iota` for this spec (its index within the `const` group).
    pub iota: u32,
}

/// `type T U` or `type T = U`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    /// Position of the name.
    pub pos: Pos,
    /// The declared name.
    pub name: Ident,
    /// True for an alias declaration (`=`).
    pub alias: bool,
    /// The type expression.
    pub ty: ExprId,
}

/// A function or method declaration.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub pos: Pos,
    /// The receiver, for a method.
    pub recv: Option<Param>,
    /// The function name.
    pub name: Ident,
    /// Parameters and results.
    pub sig: FuncType,
    /// The body; `None` for a declaration without body (reported by the checker).
    pub body: Option<Block>,
}

/// A parameter or result group: `a, b int` (or an unnamed `int`).
#[derive(Clone, Debug)]
pub struct Param {
    /// Position of the first name, or of the type when unnamed.
    pub pos: Pos,
    /// Names; empty for an unnamed parameter.
    pub names: Vec<Ident>,
    /// The type expression (for `...T`, the element type `T`).
    pub ty: ExprId,
    /// True for a final `...T` parameter.
    pub variadic: bool,
}

/// A function signature as written.
#[derive(Clone, Debug)]
pub struct FuncType {
    /// Position of the `func` keyword (or of the `(` for a method in an interface or a declaration).
    pub pos: Pos,
    /// Parameter groups.
    pub params: Vec<Param>,
    /// Result groups (one unnamed group for a single unparenthesised result).
    pub results: Vec<Param>,
}

/// A struct field declaration: `a, b int`, an embedded `T` or `*T`, with an optional tag.
#[derive(Clone, Debug)]
pub struct FieldDecl {
    /// Position of the first name (or of the type when embedded).
    pub pos: Pos,
    /// Names; empty for an embedded field.
    pub names: Vec<Ident>,
    /// The field type.
    pub ty: ExprId,
    /// The tag string, unquoted, if present.
    pub tag: Option<String>,
}

/// An element of an interface type.
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method {
        /// The method name.
        name: Ident,
        /// Its signature.
        sig: FuncType,
    },
    /// An embedded interface (or a type-set term, which the checker rejects).
    Embedded(ExprId),
}

/// A `{ ... }` block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Position of `{`.
    pub pos: Pos,
    /// The statements.
    pub stmts: Vec<Stmt>,
    /// Position of `}`.
    pub rbrace: Pos,
}

/// The kind of a basic literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    /// `42`, `0x2a`, `0o52`, `0b101010`, `1_000`
    Int,
    /// `1.5`, `1e9`, `0x1p-2`
    Float,
    /// `2i` (the checker reports complex numbers as unsupported)
    Imag,
    /// `'a'`, `'\n'`, `'\u00e9'`
    Rune,
    /// `"..."` or a raw string
    String,
}

/// A basic literal.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicLit {
    /// Which kind of literal.
    pub kind: LitKind,
    /// The literal exactly as written (used by error messages and to print `-m` expressions).
    pub raw: String,
    /// The decoded value: for strings the bytes after escape processing (may be invalid UTF-8,
    /// hence bytes), for runes the code point as UTF-8 bytes; for numbers the `raw` text with `_`
    /// separators removed.
    pub value: Vec<u8>,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct KeyedElement {
    /// Position of the `:` when keyed, else of the value.
    pub pos: Pos,
    /// The key (field name, index or map key), if keyed.
    pub key: Option<ExprId>,
    /// The value.
    pub value: ExprId,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnaryOp {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Plus => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

/// Binary operators (also used by op-assignments).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `||`
    OrOr,
    /// `&&`
    AndAnd,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&`
    And,
    /// `&^`
    AndNot,
}

impl BinaryOp {
    /// The operator as written in Go.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }

    /// Go's precedence (5 binds tightest).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            OrOr => 1,
            AndAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        }
    }

    /// True for `==`, `!=`, `<`, `<=`, `>`, `>=`.
    pub fn is_comparison(self) -> bool {
        self.precedence() == 3
    }
}

/// An expression node.
#[derive(Clone, Debug)]
pub struct Expr {
    /// The position gc reports for this node (see the module comment).
    pub pos: Pos,
    /// The source range of the whole expression.
    pub span: Span,
    /// What it is.
    pub kind: ExprKind,
}

/// Expression (and type expression) shapes.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name.
    Ident(String),
    /// A basic literal.
    Lit(BasicLit),
    /// `T{...}`; `ty` is `None` for an elided type inside an outer literal.
    Composite {
        /// The literal's type, if written.
        ty: Option<ExprId>,
        /// The elements.
        elems: Vec<KeyedElement>,
        /// Position of `}`.
        rbrace: Pos,
    },
    /// `func(...) ... { ... }`
    FuncLit {
        /// Its signature.
        sig: FuncType,
        /// Its body.
        body: Block,
    },
    /// `(x)`
    Paren(ExprId),
    /// `x.sel`
    Selector {
        /// The operand (a package name, value or type).
        x: ExprId,
        /// The selected name.
        sel: Ident,
    },
    /// `x[index]`
    Index {
        /// The indexed operand.
        x: ExprId,
        /// The index.
        index: ExprId,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]`
    Slice {
        /// The sliced operand.
        x: ExprId,
        /// Low bound.
        lo: Option<ExprId>,
        /// High bound.
        hi: Option<ExprId>,
        /// Capacity bound (three-index form).
        max: Option<ExprId>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        /// The interface operand.
        x: ExprId,
        /// The asserted type.
        ty: Option<ExprId>,
    },
    /// `f(args)` (also conversions `T(x)` and builtin calls).
    Call {
        /// The callee (function, method value, type or builtin).
        fun: ExprId,
        /// Arguments.
        args: Vec<ExprId>,
        /// Position of a final `...`, if present (`f(xs...)`).
        ellipsis: Option<Pos>,
        /// Position of `)`.
        rparen: Pos,
    },
    /// `*x`: a dereference, or a pointer type.
    Star(ExprId),
    /// A unary operation other than `*`.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        x: ExprId,
    },
    /// A binary operation.
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        x: ExprId,
        /// Right operand.
        y: ExprId,
    },
    /// `[N]T`, `[...]T` (len `None`, `dots` true) or `[]T` (len `None`, `dots` false).
    ArrayType {
        /// The length expression.
        len: Option<ExprId>,
        /// True for `[...]T`.
        dots: bool,
        /// Element type.
        elem: ExprId,
    },
    /// `struct { ... }`
    StructType(Vec<FieldDecl>),
    /// `func(...) ...` as a type.
    FuncType(FuncType),
    /// `interface { ... }`
    InterfaceType(Vec<InterfaceElem>),
    /// `map[K]V`
    MapType {
        /// Key type.
        key: ExprId,
        /// Value type.
        value: ExprId,
    },
    /// `chan T`, `chan<- T`, `<-chan T`
    ChanType {
        /// Direction.
        dir: middle::types::ChanDir,
        /// Element type.
        elem: ExprId,
    },
    /// A placeholder left where a syntax error was reported.
    Bad,
}

/// A statement node.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// The position gc reports for this statement (see the module comment).
    pub pos: Pos,
    /// What it is.
    pub kind: StmtKind,
}

/// The operator of an assignment statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=`
    Op(BinaryOp),
}

/// One `case`/`default` clause of an expression switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Position of `case` or `default`.
    pub pos: Pos,
    /// The case expressions; empty for `default`.
    pub exprs: Vec<ExprId>,
    /// True for `default`.
    pub is_default: bool,
    /// The clause body.
    pub body: Vec<Stmt>,
    /// Position of the `:`.
    pub colon: Pos,
}

/// One clause of a `select` statement.
#[derive(Clone, Debug)]
pub struct CommClause {
    /// Position of `case` or `default`.
    pub pos: Pos,
    /// The send or receive statement; `None` for `default`.
    pub comm: Option<Box<Stmt>>,
    /// The clause body.
    pub body: Vec<Stmt>,
}

/// Statement shapes.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `;` (also an empty statement before `}`)
    Empty,
    /// An expression evaluated for its effects.
    Expr(ExprId),
    /// `ch <- v`
    Send {
        /// The channel.
        ch: ExprId,
        /// The value sent.
        value: ExprId,
    },
    /// `x++` / `x--`
    IncDec {
        /// The operand.
        x: ExprId,
        /// True for `++`.
        inc: bool,
    },
    /// `lhs op rhs`
    Assign {
        /// Left-hand sides.
        lhs: Vec<ExprId>,
        /// The operator.
        op: AssignOp,
        /// Right-hand sides.
        rhs: Vec<ExprId>,
    },
    /// `go call`
    Go(ExprId),
    /// `defer call`
    Defer(ExprId),
    /// `return results`
    Return(Vec<ExprId>),
    /// `break [label]`
    Break(Option<Ident>),
    /// `continue [label]`
    Continue(Option<Ident>),
    /// `goto label`
    Goto(Ident),
    /// `fallthrough`
    Fallthrough,
    /// A nested block.
    Block(Block),
    /// `if init; cond { then } else els`
    If {
        /// The init statement.
        init: Option<Box<Stmt>>,
        /// The condition.
        cond: ExprId,
        /// The then-branch.
        then: Block,
        /// The else-branch: a `Block` or another `If` statement.
        els: Option<Box<Stmt>>,
    },
    /// `switch init; tag { cases }`
    Switch {
        /// The init statement.
        init: Option<Box<Stmt>>,
        /// The tag; `None` for a tagless switch.
        tag: Option<ExprId>,
        /// The clauses.
        cases: Vec<CaseClause>,
        /// Position of `}`.
        rbrace: Pos,
    },
    /// `switch init; bind := x.(type) { cases }`
    TypeSwitch {
        /// The init statement.
        init: Option<Box<Stmt>>,
        /// The bound name in `v := x.(type)`, if any.
        bind: Option<Ident>,
        /// The interface operand `x`.
        x: ExprId,
        /// The clauses; their `exprs` are types (or the identifier `nil`).
        cases: Vec<CaseClause>,
        /// Position of `}`.
        rbrace: Pos,
    },
    /// `select { cases }`
    Select(Vec<CommClause>),
    /// `for init; cond; post { body }` (all parts optional)
    For {
        /// The init statement.
        init: Option<Box<Stmt>>,
        /// The condition.
        cond: Option<ExprId>,
        /// The post statement.
        post: Option<Box<Stmt>>,
        /// The body.
        body: Block,
    },
    /// `for key, value := range x { body }` (or `=`, or no variables)
    Range {
        /// The key variable or expression.
        key: Option<ExprId>,
        /// The value variable or expression.
        value: Option<ExprId>,
        /// True for `:=`.
        define: bool,
        /// The ranged-over operand.
        x: ExprId,
        /// The body.
        body: Block,
    },
    /// `label: stmt`
    Labeled {
        /// The label.
        label: Ident,
        /// The labelled statement.
        stmt: Box<Stmt>,
    },
    /// A local `var`, `const` or `type` declaration.
    Decl(Decl),
}
