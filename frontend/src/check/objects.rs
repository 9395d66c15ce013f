//! Objects and scopes: creating objects, declaring them in the right scope (with types2's
//! redeclaration message), resolving identifiers through local, file, package and universe
//! scopes, and the bookkeeping that follows a use (the `used` flag for unused-variable errors,
//! closure captures, and package-level dependencies for initialisation order).

use std::collections::HashMap;

use middle::source::{Pos, NO_POS};
use middle::types::TypeId;

use super::info::{FuncRef, ObjId, ObjKind, Object, VarInfo, VarKind};
use super::Checker;
use crate::ast::ExprId;

/// How far the checking of a package-level object has progressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DeclState {
    /// Not checked yet (only package-level objects start here).
    Unchecked,
    /// Being checked: a reference now is a cycle.
    InProgress,
    /// Fully checked.
    Done,
}

/// The declaration of a package-level object, for lazy checking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PkgDecl {
    /// Name `name` of const spec `spec`; `source` is the spec providing type and values (itself,
    /// or the last spec with values for implicit repetition).
    Const {
        file: u32,
        decl: u32,
        spec: u32,
        name: u32,
        source: u32,
    },
    /// Name `name` of var spec `spec`.
    Var {
        file: u32,
        decl: u32,
        spec: u32,
        name: u32,
    },
    /// Type spec `spec`.
    Type { file: u32, decl: u32, spec: u32 },
    /// A function or method declaration.
    Func { file: u32, decl: u32 },
}

/// Checker-private facts about an object.
#[derive(Clone, Debug)]
pub(crate) struct ObjExtra {
    /// The object was used (variables: read; imports: referenced).
    pub used: bool,
    /// Its package-level declaration, if any.
    pub decl: Option<PkgDecl>,
    /// Checking progress.
    pub state: DeclState,
    /// For local objects: the depth of the function (in `func_stack`) declaring it.
    pub depth: usize,
    /// Package-level variables and functions its declaration refers to (initialisation order).
    pub deps: Vec<ObjId>,
}

/// One local scope.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scope {
    /// The names declared in it.
    pub names: HashMap<String, ObjId>,
}

/// A function body being checked.
#[derive(Clone, Debug)]
pub(crate) struct FuncCtx {
    /// Which body.
    pub func: FuncRef,
    /// The signature (a `Func` type).
    pub sig: TypeId,
    /// Result parameter objects (named or synthesised), for `return` checks.
    pub results: Vec<ObjId>,
    /// True if the results are named.
    pub named_results: bool,
    /// Index in `Checker::scopes` of the function's outermost scope.
    pub scope_base: usize,
    /// Variables captured from enclosing functions (literals only), in first-use order.
    pub captures: Vec<ObjId>,
    /// Local variables declared in this body, for the unused-variable check.
    pub locals: Vec<ObjId>,
}

/// A package-level function literal whose body is checked after its declaration.
#[derive(Clone, Debug)]
pub(crate) struct DelayedLit {
    /// The literal.
    pub lit: ExprId,
    /// The package-level object it belongs to.
    pub decl_ctx: Option<ObjId>,
    /// The file it is in.
    pub file: usize,
    /// `iota` at the literal (for literals in constant declarations).
    pub iota: Option<i64>,
}

/// A function declaration body waiting to be checked.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PendingBody {
    /// The function's object.
    pub obj: ObjId,
    /// File index.
    pub file: u32,
    /// Declaration index.
    pub decl: u32,
}

impl Checker<'_> {
    /// Creates an object and returns its id.
    pub(crate) fn new_object(&mut self, name: &str, pos: Pos, ty: TypeId, kind: ObjKind) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(Object {
            name: name.to_string(),
            pos,
            ty,
            kind,
        });
        let depth = self.func_stack.len();
        self.extra.push(ObjExtra {
            used: false,
            decl: None,
            state: DeclState::Done,
            depth,
            deps: Vec::new(),
        });
        id
    }

    /// Creates a variable object owned by the current function (or a global).
    pub(crate) fn new_var(&mut self, name: &str, pos: Pos, ty: TypeId, kind: VarKind) -> ObjId {
        let owner = self.func_stack.last().map(|f| f.func);
        let info = VarInfo {
            kind,
            address_taken: false,
            reassigned: false,
            owner,
        };
        self.new_object(name, pos, ty, ObjKind::Var(info))
    }

    /// The object with this id.
    pub(crate) fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    /// Sets an object's type.
    pub(crate) fn set_obj_type(&mut self, id: ObjId, ty: TypeId) {
        self.objects[id.0 as usize].ty = ty;
    }

    /// Private facts about an object.
    pub(crate) fn extra(&self, id: ObjId) -> &ObjExtra {
        &self.extra[id.0 as usize]
    }

    /// Mutable private facts about an object.
    pub(crate) fn extra_mut(&mut self, id: ObjId) -> &mut ObjExtra {
        &mut self.extra[id.0 as usize]
    }

    /// Records that the identifier at `pos` declares `obj`.
    pub(crate) fn record_def(&mut self, pos: Pos, obj: ObjId) {
        self.defs.insert(pos, obj);
    }

    /// Records that expression `e` refers to `obj`.
    pub(crate) fn record_use(&mut self, e: ExprId, obj: ObjId) {
        self.uses.insert(e, obj);
    }

    /// Declares `obj` in the innermost local scope, reporting a redeclaration as types2 does;
    /// returns false if it was not declared. Blank names are never declared.
    pub(crate) fn declare_local(&mut self, obj: ObjId) -> bool {
        let name = self.obj(obj).name.clone();
        if name == "_" {
            return false;
        }
        let Some(scope) = self.scopes.last_mut() else {
            return false;
        };
        if let Some(&alt) = scope.names.get(&name) {
            self.report_redeclared(obj, alt);
            return false;
        }
        scope.names.insert(name, obj);
        true
    }

    /// Reports `x redeclared in this block` with the other declaration.
    pub(crate) fn report_redeclared(&mut self, obj: ObjId, alt: ObjId) {
        let name = self.obj(obj).name.clone();
        let pos = self.obj(obj).pos;
        let alt_pos = self.obj(alt).pos;
        let mut parts = vec![(pos, format!("{name} redeclared in this block"))];
        if alt_pos != NO_POS {
            parts.push((alt_pos, format!("other declaration of {name}")));
        }
        self.error_parts(pos, &parts);
    }

    /// Opens a local scope.
    pub(crate) fn open_scope(&mut self) {
        self.scopes.push(Scope::default());
    }

    /// Closes the innermost local scope.
    pub(crate) fn close_scope(&mut self) {
        self.scopes.pop();
    }

    /// Resolves a name: local scopes (innermost first), the current file's imports, the package,
    /// the universe.
    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        for scope in self.scopes.iter().rev() {
            if let Some(&obj) = scope.names.get(name) {
                return Some(obj);
            }
        }
        if let Some(&obj) = self
            .file_scopes
            .get(self.cur_file)
            .and_then(|s| s.get(name))
        {
            return Some(obj);
        }
        if let Some(&obj) = self.pkg_scope.get(name) {
            return Some(obj);
        }
        self.universe.get(name).copied()
    }

    /// Looks a name up in the innermost scope only.
    pub(crate) fn lookup_innermost(&self, name: &str) -> Option<ObjId> {
        self.scopes.last().and_then(|s| s.names.get(name).copied())
    }

    /// Bookkeeping for a reference to `obj`: marks variables used (unless `as_lhs`), records
    /// captures for variables of enclosing functions, and package-level dependencies.
    pub(crate) fn note_reference(&mut self, obj: ObjId, as_lhs: bool) {
        let is_var = matches!(self.obj(obj).kind, ObjKind::Var(_));
        if is_var && !as_lhs {
            self.extra_mut(obj).used = true;
        }
        let extra = self.extra(obj);
        if extra.decl.is_some() {
            // A package-level object: a dependency of the declaration being checked.
            if let Some(ctx) = self.decl_ctx {
                let is_dep = matches!(
                    self.obj(obj).kind,
                    ObjKind::Const(_) | ObjKind::Var(_) | ObjKind::Func(_)
                );
                if is_dep && !self.extra(ctx).deps.contains(&obj) {
                    self.extra_mut(ctx).deps.push(obj);
                }
            }
            return;
        }
        if !is_var {
            return;
        }
        let owner_depth = extra.depth;
        // Every function literal between the variable's function and here captures it.
        for depth in owner_depth + 1..=self.func_stack.len() {
            let ctx = &mut self.func_stack[depth - 1];
            if matches!(ctx.func, FuncRef::Lit(_)) && !ctx.captures.contains(&obj) {
                ctx.captures.push(obj);
            }
        }
    }

    /// Marks a variable as assigned after its declaration.
    pub(crate) fn mark_reassigned(&mut self, obj: ObjId) {
        if let ObjKind::Var(info) = &mut self.objects[obj.0 as usize].kind {
            info.reassigned = true;
        }
    }

    /// Marks a variable as having its address taken.
    pub(crate) fn mark_address_taken(&mut self, obj: ObjId) {
        if let ObjKind::Var(info) = &mut self.objects[obj.0 as usize].kind {
            info.address_taken = true;
        }
    }
}
