//! What the type checker hands to the lowering: the facts it established about the tree.
//!
//! Everything is keyed by [`ExprId`] (expressions) or by declaration position (names being
//! declared), so the lowering can walk the syntax tree and look facts up as it goes.

use std::collections::HashMap;

use middle::source::Pos;
use middle::types::{TypeId, TypeTable};

use crate::ast::ExprId;
use crate::constant::ConstValue;

/// Index of an [`Object`] in [`TypeInfo::objects`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Where a variable lives, as declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A package-level variable.
    Global,
    /// A local variable (including `:=`, range and type-switch variables).
    Local,
    /// A function parameter.
    Param,
    /// A method receiver.
    Receiver,
    /// A named (or, for unnamed results, synthesised `~r0`...) result parameter.
    Result,
}

/// Facts about a variable that the lowering and closure conversion need (gc's `Addrtaken` and
/// `Assigned` flags).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarInfo {
    /// How it was declared.
    pub kind: VarKind,
    /// Its address is taken: `&x`, `x.M()` with a pointer-receiver `M` on addressable `x`, or
    /// slicing an array variable `x[:]`.
    pub address_taken: bool,
    /// It is assigned somewhere other than its declaration (`=`, op-assign, `++`, range with `=`).
    pub reassigned: bool,
    /// The function or function literal declaring it (`None` for globals).
    pub owner: Option<FuncRef>,
}

/// A function body: a top-level function/method declaration or a function literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FuncRef {
    /// `ast.files[file].decls[decl]`, a `Decl::Func`.
    Decl {
        /// File index.
        file: u32,
        /// Declaration index within the file.
        decl: u32,
    },
    /// A function literal expression.
    Lit(ExprId),
}

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `append`
    Append,
    /// `cap`
    Cap,
    /// `clear`
    Clear,
    /// `close`
    Close,
    /// `complex`
    Complex,
    /// `copy`
    Copy,
    /// `delete`
    Delete,
    /// `imag`
    Imag,
    /// `len`
    Len,
    /// `make`
    Make,
    /// `max`
    Max,
    /// `min`
    Min,
    /// `new`
    New,
    /// `panic`
    Panic,
    /// `print`
    Print,
    /// `println`
    Println,
    /// `real`
    Real,
    /// `recover`
    Recover,
}

/// A function of a standard-library package that gosub provides itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StdFunc {
    /// `fmt.Print(a ...any) (int, error)`
    FmtPrint,
    /// `fmt.Println(a ...any) (int, error)`
    FmtPrintln,
    /// `fmt.Printf(format string, a ...any) (int, error)`
    FmtPrintf,
    /// `fmt.Sprint(a ...any) string`
    FmtSprint,
    /// `fmt.Sprintln(a ...any) string`
    FmtSprintln,
    /// `fmt.Sprintf(format string, a ...any) string`
    FmtSprintf,
    /// `fmt.Errorf(format string, a ...any) error`
    FmtErrorf,
    /// `os.Exit(code int)`
    OsExit,
    /// `runtime.ReadMemStats(m *runtime.MemStats)`
    RuntimeReadMemStats,
    /// `runtime.GC()`
    RuntimeGC,
    /// `errors.New(text string) error`
    ErrorsNew,
    /// `strconv.Itoa(i int) string`
    StrconvItoa,
    /// A function or method (of `testing.B` / `testing.T`) that is one runtime call taking the
    /// Go arguments in order (the receiver first, a `...any` as one slice); see
    /// `check/std_testing.rs`.
    Runtime(middle::ir::Extern),
}

/// A package-level variable of a standard-library package that gosub provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StdVar {
    /// `os.Args []string`
    OsArgs,
}

/// What a name denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A variable.
    Var(VarInfo),
    /// A constant with its value.
    Const(ConstValue),
    /// A type name; the object's `ty` is the type.
    TypeName,
    /// A top-level function or method declaration.
    Func(FuncRef),
    /// A predeclared function.
    Builtin(Builtin),
    /// A standard-library function gosub provides.
    Std(StdFunc),
    /// A standard-library variable gosub provides; the object's `ty` is its type.
    StdVar(StdVar),
    /// An imported package (its import path).
    PkgName(String),
    /// The predeclared `nil`.
    Nil,
}

/// A named entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    /// Its name.
    pub name: String,
    /// Where it is declared (`NO_POS` for predeclared objects).
    pub pos: Pos,
    /// Its type (`INVALID` for packages, builtins and `nil`).
    pub ty: TypeId,
    /// What it denotes.
    pub kind: ObjKind,
}

/// How a selector expression `x.f` was resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A struct field. `path` holds the field index at each level, through embedded fields, ending
    /// with the selected field; `derefs[i]` is true when the value reached before step `i` is a
    /// pointer that must be dereferenced (Go's automatic `(*p).f`).
    Field {
        /// Field indices from `x`'s type down to the selected field.
        path: Vec<u32>,
        /// Implicit dereference before each step.
        derefs: Vec<bool>,
    },
    /// A method value or call `x.M`: `path`/`derefs` lead through embedded fields to the receiver
    /// (empty when `M` is declared on `x`'s own type), then the method of `named` is called.
    Method {
        /// Field indices to the embedded receiver.
        path: Vec<u32>,
        /// Implicit dereference before each step.
        derefs: Vec<bool>,
        /// The named type declaring the method.
        named: TypeId,
        /// Index into that type's `NamedType::methods`.
        index: u32,
        /// The receiver needs `&` taken (pointer method on an addressable value).
        take_address: bool,
        /// The receiver needs `*` applied (value method on a pointer).
        deref_receiver: bool,
    },
    /// A method of an interface type: `x.M` where `x` is an interface value.
    InterfaceMethod {
        /// Index into the interface's sorted method list.
        index: u32,
    },
    /// A method expression `T.M` or `(*T).M`.
    MethodExpr {
        /// The named type declaring the method.
        named: TypeId,
        /// Index into that type's `NamedType::methods`.
        index: u32,
    },
    /// A method of an interface embedded in a struct, `x.M` promoted through
    /// embedded fields: `path`/`derefs` lead to the embedded interface value, then its method
    /// `index` is called dynamically.
    PromotedInterfaceMethod {
        /// Field indices to the embedded interface.
        path: Vec<u32>,
        /// Implicit dereference before each step.
        derefs: Vec<bool>,
        /// Index into the interface's sorted method list.
        index: u32,
    },
    /// A method expression `I.M` of an interface type `I`: a function whose first
    /// parameter is the interface value.
    InterfaceMethodExpr {
        /// Index into the interface's sorted method list.
        index: u32,
    },
    /// A method expression `T.M` (or `(*T).M`) where `M` is promoted from an
    /// embedded field: the receiver (first parameter) is `T`, `path`/`derefs` lead from it to the
    /// embedded value whose method is called.
    PromotedMethodExpr {
        /// Field indices to the embedded receiver.
        path: Vec<u32>,
        /// Implicit dereference before each step.
        derefs: Vec<bool>,
        /// The named type declaring the method.
        named: TypeId,
        /// Index into that type's `NamedType::methods`.
        index: u32,
        /// The embedded receiver needs `&` taken (pointer method on a value field).
        take_address: bool,
        /// The embedded receiver needs `*` applied (value method through a pointer field).
        deref_receiver: bool,
    },
}

/// What a call expression is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// A conversion `T(x)` to the given type.
    Conversion(TypeId),
    /// A call of a predeclared function.
    Builtin(Builtin),
    /// A call of a standard-library function gosub provides.
    Std(StdFunc),
    /// A call of a function value, function, method or closure.
    Call,
}

/// Everything the checker established about a package.
#[derive(Clone, Debug)]
pub struct TypeInfo {
    /// Every type.
    pub types: TypeTable,
    /// Every object; `ObjId` indexes this.
    pub objects: Vec<Object>,
    /// The final type of every expression, indexed by `ExprId` (untyped constants carry the type
    /// they were converted to by their context, or their default type). `INVALID` where checking
    /// failed or the expression denotes no value (a type, a package).
    pub expr_types: Vec<TypeId>,
    /// The type denoted by every type expression (parameter and result types, receiver types,
    /// conversion targets, composite literal types, `make`/`new` arguments, type switch cases,
    /// `x.(T)` targets, declared variable types), keyed by the type expression's id.
    pub type_exprs: HashMap<ExprId, TypeId>,
    /// The value of every constant expression, already converted to its final type.
    pub consts: HashMap<ExprId, ConstValue>,
    /// Expressions whose type is the alias `byte` or `rune` (canonicalised to `uint8` and `int32`
    /// in `expr_types`), with that name: gc prints their constants as `byte(98)` and `'x'`.
    pub byte_rune: HashMap<ExprId, &'static str>,
    /// The object an identifier expression (or a qualified `pkg.Name` selector) refers to.
    pub uses: HashMap<ExprId, ObjId>,
    /// The object declared by the identifier at a position (including the per-clause variable of
    /// a type switch, keyed by the clause's `case` position).
    pub defs: HashMap<Pos, ObjId>,
    /// How each (non-package) selector expression resolved; also, for each keyed element of a
    /// struct literal, the key identifier's field (a `Selection::Field` without dereferences,
    /// whose path may go through embedded fields).
    pub selections: HashMap<ExprId, Selection>,
    /// What each call expression is.
    pub calls: HashMap<ExprId, CallKind>,
    /// Expressions used in a two-value "comma ok" form (`v, ok := m[k]`, `x.(T)`, `<-ch`); the
    /// expression itself, without enclosing parentheses.
    pub comma_ok: std::collections::HashSet<ExprId>,
    /// Variables of enclosing functions referenced by each function literal, in first-use order.
    pub captures: HashMap<ExprId, Vec<ObjId>>,
    /// Package-level variable initialisation in Go's dependency order: each step assigns the
    /// `VarSpec` at `(file, decl, spec)` of the package.
    pub init_order: Vec<(u32, u32, u32)>,
    /// Every function and method declaration with its object, in source order. (A method's
    /// `NamedMethod::decl` in the type table is its object's `ObjId` number.)
    pub funcs: Vec<(FuncRef, ObjId)>,
    /// `init` functions in source order.
    pub inits: Vec<FuncRef>,
}
