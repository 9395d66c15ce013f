//! The type checker: resolves every name, computes every expression's type and constant value,
//! and reports gc's (types2's) error messages.
//!
//! # Approach
//!
//! The checker follows the structure of gc's `types2` closely, because gosub must report exactly
//! the messages gc reports, at the same positions, and the messages are a by-product of the
//! algorithm (which operand is blamed, which error is reported first, which follow-on errors are
//! suppressed). The phases are:
//!
//! 1. **Branches** ([`branches`]): gc's parser checks labels, `break`, `continue`, `goto` and
//!    `fallthrough` before type checking, so we do the same first, per function body.
//! 2. **Collection** ([`decl`]): every package-level name (imports per file, constants,
//!    variables, types, functions; methods attached to their receiver's base type) becomes an
//!    [`Object`] with a lazily checked declaration.
//! 3. **Package objects**: objects are checked in source order (types first, as types2 does); a
//!    reference to an unchecked object checks it on demand, and a reference to an object being
//!    checked is a cycle (reported as an invalid recursive type or initialisation cycle).
//!    Function bodies are queued and checked afterwards, in order.
//! 4. **Expressions** ([`expr`], [`binary`], [`call`], ...) produce an [`operand::Operand`]: a
//!    mode (constant, variable, value, type, ...), a type and, for constants, an exact value
//!    ([`crate::constant`]). An expression whose checking failed yields an invalid operand,
//!    which silently propagates so that one mistake produces one message.
//! 5. **Untyped values** ([`untyped`]): untyped constants (and comparison results and shifted
//!    untyped operands) are remembered until their context fixes their type; then the new type
//!    is pushed down the expression tree, checking representability on the way, exactly like
//!    types2's `updateExprType`. Whatever is still untyped at the end gets its default type.
//! 6. **Statements** ([`stmt`], [`switch`], [`range`]): scopes are a stack of maps; function
//!    literals are checked where they appear (package-level ones after the enclosing
//!    declaration), which makes capture analysis a simple comparison of nesting depths.
//! 7. **Wrap-up**: unused variables (per function, sorted by position), initialisation order
//!    ([`initorder`]), unused imports, the errors gc only finds when everything else compiled
//!    (missing function bodies, `main` presence), the final recording of untyped expressions
//!    and the replacement of the `byte`/`rune`/`any` aliases by their targets ([`alias`]).
//!
//! Diagnostics are returned in the order gc reports them (not sorted): gc prints the first ten
//! reported errors sorted by position, so the driver needs the reporting order to pick the same
//! ten.
//!
//! Everything the lowering needs is recorded in a [`TypeInfo`] (see [`info`], the contract).

mod alias;
mod assign;
mod binary;
mod branches;
mod builtins;
mod call;
mod composite;
mod convert;
mod decl;
mod expr;
mod exprstring;
mod index;
mod info;
mod initorder;
mod lookup;
mod objdecl;
mod objects;
mod operand;
mod predicates;
mod range;
mod report;
mod selector;
mod signature;
mod std_testing;
mod stdlib;
mod stmt;
mod switch;
mod terminating;
mod typestring;
mod typexpr;
mod universe;
mod untyped;

use std::collections::{HashMap, HashSet};

use middle::source::{Diagnostic, SourceMap};
use middle::types::{TypeId, TypeTable};

use crate::ast::{Ast, ExprId};
use crate::constant::ConstValue;

pub use info::*;
pub use std_testing::TESTMAIN_FILE;

use objects::{FuncCtx, ObjExtra, Scope};
use untyped::UntypedEntry;

/// Type-checks one package and returns the established facts with the diagnostics, in the
/// order gc reports them.
pub fn check_package(ast: &Ast, map: &SourceMap) -> (TypeInfo, Vec<Diagnostic>) {
    let mut checker = Checker::new(ast, map);
    checker.check_all();
    checker.finish()
}

/// Checks labels and branch statements only, as gc's parser does in files with syntax errors:
/// every function body not containing one of `parse_errors` is checked (for a driver that
/// stops after syntax errors; [`check_package`] includes this check).
pub fn check_branches(ast: &Ast, map: &SourceMap, parse_errors: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut checker = Checker::new(ast, map);
    let positions: Vec<middle::source::Pos> = parse_errors.iter().map(|d| d.pos).collect();
    checker.check_branches_except(&positions);
    checker.diags
}

/// The state of one package check.
pub(crate) struct Checker<'a> {
    /// The syntax tree being checked.
    ast: &'a Ast,
    /// Source positions, for messages that mention other positions.
    map: &'a SourceMap,
    /// The package's name (from the first file's package clause).
    pkg_name: String,
    /// The type table being filled.
    types: TypeTable,
    /// Every object (the contract's view).
    objects: Vec<Object>,
    /// Checker-private facts about each object, parallel to `objects`.
    extra: Vec<ObjExtra>,
    /// Final expression types, indexed by `ExprId`.
    expr_types: Vec<TypeId>,
    /// Types denoted by type expressions.
    type_exprs: HashMap<ExprId, TypeId>,
    /// Constant values of expressions.
    consts: HashMap<ExprId, ConstValue>,
    /// Identifier uses.
    uses: HashMap<ExprId, ObjId>,
    /// Declarations by position.
    defs: HashMap<middle::source::Pos, ObjId>,
    /// Resolved selectors.
    selections: HashMap<ExprId, Selection>,
    /// Call kinds.
    calls: HashMap<ExprId, CallKind>,
    /// Comma-ok expressions.
    comma_ok: HashSet<ExprId>,
    /// Function literal captures.
    captures: HashMap<ExprId, Vec<ObjId>>,
    /// Package-level variable initialisation order.
    init_order: Vec<(u32, u32, u32)>,
    /// Function declarations and their objects, in source order.
    funcs: Vec<(FuncRef, ObjId)>,
    /// `init` functions.
    inits: Vec<FuncRef>,
    /// Diagnostics in reporting order.
    diags: Vec<Diagnostic>,
    /// The predeclared names.
    universe: HashMap<String, ObjId>,
    /// Package-level names.
    pkg_scope: HashMap<String, ObjId>,
    /// Imported package names, per file.
    file_scopes: Vec<HashMap<String, ObjId>>,
    /// The file whose declarations are being checked.
    cur_file: usize,
    /// Local scopes, innermost last.
    scopes: Vec<Scope>,
    /// Enclosing function bodies, innermost last.
    func_stack: Vec<FuncCtx>,
    /// The package-level object whose declaration (initialiser or body) is being checked.
    decl_ctx: Option<ObjId>,
    /// The value of `iota` inside a constant declaration.
    iota: Option<i64>,
    /// Position to report errors at while checking an inherited constant initialiser.
    errpos: Option<middle::source::Pos>,
    /// Untyped expressions whose final type is not known yet.
    untyped: HashMap<ExprId, UntypedEntry>,
    /// Function bodies and package-level function literals waiting to be checked.
    delayed: Vec<objdecl::Delayed>,
    /// Package-level objects (including methods and blank names) in declaration order.
    pkg_objects: Vec<ObjId>,
    /// The objects being checked, outermost first (for cycle detection).
    obj_path: Vec<ObjId>,
    /// Objects whose type is determined (an `INVALID` type then means an error).
    type_known: HashSet<ObjId>,
    /// Methods by the type name object of their receiver base type, in source order.
    methods_of: HashMap<ObjId, Vec<ObjId>>,
    /// Import declarations, in source order.
    imports: Vec<decl::ImportEntry>,
    /// Dot-imported members per file, with the importing package name object.
    dot_imported: HashMap<(usize, ObjId), ObjId>,
    /// Provided standard-library members created so far, by `path.Name`.
    std_objects: HashMap<String, ObjId>,
    /// Declared right-hand side of each defined type (for the infinite-size check).
    named_rhs: HashMap<TypeId, TypeId>,
    /// The type name object of each defined type.
    named_objs: HashMap<TypeId, ObjId>,
    /// Defined types known to have finite size.
    validated: HashSet<TypeId>,
    /// Field name positions of struct types declared directly by a type declaration.
    field_positions: HashMap<(TypeId, String), middle::source::Pos>,
    /// Signatures (with parameter names) of every function and function literal.
    func_sigs: HashMap<FuncRef, signature::SigInfo>,
    /// Names of functions declared without a body.
    missing_bodies: Vec<middle::source::Pos>,
    /// Map key types whose comparability is checked once types are complete.
    later_map_keys: Vec<(ExprId, TypeId)>,
    /// The standard-library types gosub provides.
    std: stdlib::StdTypes,
    /// The alias types `byte`, `rune` and `any`.
    aliases: alias::Aliases,
    /// Methods declared on each defined type, added to the type table when checking ends.
    named_methods: HashMap<TypeId, Vec<middle::types::NamedMethod>>,
    /// The receive-or-call flag types2 uses for `range` over arrays.
    has_call_or_recv: bool,
}

impl<'a> Checker<'a> {
    fn new(ast: &'a Ast, map: &'a SourceMap) -> Checker<'a> {
        let pkg_name = ast
            .files
            .first()
            .map(|f| f.package.name.clone())
            .unwrap_or_default();
        let mut checker = Checker {
            ast,
            map,
            pkg_name,
            types: TypeTable::new(),
            objects: Vec::new(),
            extra: Vec::new(),
            expr_types: vec![TypeId::INVALID; ast.exprs.len()],
            type_exprs: HashMap::new(),
            consts: HashMap::new(),
            uses: HashMap::new(),
            defs: HashMap::new(),
            selections: HashMap::new(),
            calls: HashMap::new(),
            comma_ok: HashSet::new(),
            captures: HashMap::new(),
            init_order: Vec::new(),
            funcs: Vec::new(),
            inits: Vec::new(),
            diags: Vec::new(),
            universe: HashMap::new(),
            pkg_scope: HashMap::new(),
            file_scopes: vec![HashMap::new(); ast.files.len()],
            cur_file: 0,
            scopes: Vec::new(),
            func_stack: Vec::new(),
            decl_ctx: None,
            iota: None,
            errpos: None,
            untyped: HashMap::new(),
            delayed: Vec::new(),
            pkg_objects: Vec::new(),
            obj_path: Vec::new(),
            type_known: HashSet::new(),
            methods_of: HashMap::new(),
            imports: Vec::new(),
            dot_imported: HashMap::new(),
            std_objects: HashMap::new(),
            named_rhs: HashMap::new(),
            named_objs: HashMap::new(),
            validated: HashSet::new(),
            field_positions: HashMap::new(),
            func_sigs: HashMap::new(),
            later_map_keys: Vec::new(),
            missing_bodies: Vec::new(),
            std: stdlib::StdTypes {
                mem_stats: TypeId::INVALID,
                stringer: TypeId::INVALID,
                testing_b: TypeId::INVALID,
                testing_t: TypeId::INVALID,
            },
            aliases: alias::Aliases {
                byte: TypeId::UINT8,
                rune: TypeId::INT32,
                any: TypeId::EMPTY_INTERFACE,
            },
            named_methods: HashMap::new(),
            has_call_or_recv: false,
        };
        checker.aliases = alias::Aliases::new(&mut checker.types);
        checker.declare_universe();
        checker.std = stdlib::StdTypes::new(&mut checker.types);
        checker.declare_std_methods();
        checker
    }

    /// Runs every phase over the package.
    fn check_all(&mut self) {
        if self.check_import_paths() {
            return;
        }
        self.check_branches_except(&[]);
        self.collect_objects();
        self.check_package_objects();
        self.check_bodies();
        self.check_method_collisions();
        self.compute_init_order();
        self.report_unused_imports();
        self.report_late_errors();
        self.record_remaining_untyped();
    }

    /// Packs the recorded facts into the contract type.
    fn finish(mut self) -> (TypeInfo, Vec<Diagnostic>) {
        let byte_rune = self.byte_rune_exprs();
        self.canonicalize_info();
        let info = TypeInfo {
            types: self.types,
            objects: self.objects,
            expr_types: self.expr_types,
            type_exprs: self.type_exprs,
            consts: self.consts,
            byte_rune,
            uses: self.uses,
            defs: self.defs,
            selections: self.selections,
            calls: self.calls,
            comma_ok: self.comma_ok,
            captures: self.captures,
            init_order: self.init_order,
            funcs: self.funcs,
            inits: self.inits,
        };
        (info, self.diags)
    }
}
