//! Package-level declarations: collecting every name into its scope (imports per file, the
//! rest per package), attaching methods to their receiver base types, and checking the objects
//! in types2's order (type definitions, then aliases, then everything else, in source order).
//! The per-kind checks live in [`objdecl`](super::objdecl).

use std::collections::HashMap;

use middle::source::{Pos, NO_POS};
use middle::types::TypeId;

use super::info::{FuncRef, ObjId, ObjKind, VarKind};
use super::objects::{DeclState, PkgDecl};
use super::stdlib::{import_status, ImportStatus};
use super::Checker;
use crate::ast::{Decl, ExprId, ExprKind, Ident};
use crate::constant::ConstValue;

/// An import declaration's object, for the unused-import check.
#[derive(Clone, Debug)]
pub(crate) struct ImportEntry {
    /// The package name object.
    pub obj: ObjId,
    /// The import path.
    pub path: String,
    /// The local name (`fmt`, an explicit name, `.` or `_`).
    pub name: String,
}

impl Checker<'_> {
    /// Collects every package-level object (types2's `collectObjects`).
    pub(crate) fn collect_objects(&mut self) {
        let ast = self.ast;
        let mut methods: Vec<(ObjId, String)> = Vec::new();
        for (file_index, file) in ast.files.iter().enumerate() {
            self.cur_file = file_index;
            for import in &file.imports {
                self.collect_import(file_index, import);
            }
            for (decl_index, decl) in file.decls.iter().enumerate() {
                let (fi, di) = (file_index as u32, decl_index as u32);
                match decl {
                    Decl::Const(specs) => {
                        let mut source: Option<u32> = None;
                        for (spec_index, spec) in specs.iter().enumerate() {
                            let si = spec_index as u32;
                            if spec.ty.is_some() || !spec.values.is_empty() || source.is_none() {
                                source = Some(si);
                            }
                            let src = source.unwrap_or(si);
                            for (name_index, ident) in spec.names.iter().enumerate() {
                                let obj = self.new_object(
                                    &ident.name,
                                    ident.pos,
                                    TypeId::INVALID,
                                    ObjKind::Const(ConstValue::int(0)),
                                );
                                let decl = PkgDecl::Const {
                                    file: fi,
                                    decl: di,
                                    spec: si,
                                    name: name_index as u32,
                                    source: src,
                                };
                                self.declare_pkg_obj(ident, obj, decl);
                            }
                            let values = &specs[src as usize].values;
                            let inherited = src != si;
                            self.arity(spec.pos, &spec.names, values, true, inherited);
                        }
                    }
                    Decl::Var(specs) => {
                        for (spec_index, spec) in specs.iter().enumerate() {
                            for (name_index, ident) in spec.names.iter().enumerate() {
                                let obj = self.new_var(
                                    &ident.name,
                                    ident.pos,
                                    TypeId::INVALID,
                                    VarKind::Global,
                                );
                                let decl = PkgDecl::Var {
                                    file: fi,
                                    decl: di,
                                    spec: spec_index as u32,
                                    name: name_index as u32,
                                };
                                self.declare_pkg_obj(ident, obj, decl);
                            }
                            if spec.ty.is_none() || !spec.values.is_empty() {
                                self.arity(spec.pos, &spec.names, &spec.values, false, false);
                            }
                        }
                    }
                    Decl::Type(specs) => {
                        for (spec_index, spec) in specs.iter().enumerate() {
                            let ty = if spec.alias {
                                TypeId::INVALID
                            } else {
                                self.types
                                    .new_named(self.pkg_name.clone(), spec.name.name.clone())
                            };
                            let obj = self.new_object(
                                &spec.name.name,
                                spec.name.pos,
                                ty,
                                ObjKind::TypeName,
                            );
                            let decl = PkgDecl::Type {
                                file: fi,
                                decl: di,
                                spec: spec_index as u32,
                            };
                            self.declare_pkg_obj(&spec.name, obj, decl);
                        }
                    }
                    Decl::Func(fd) => {
                        let func_ref = FuncRef::Decl { file: fi, decl: di };
                        let obj = self.new_object(
                            &fd.name.name,
                            fd.name.pos,
                            TypeId::INVALID,
                            ObjKind::Func(func_ref),
                        );
                        self.extra_mut(obj).decl = Some(PkgDecl::Func { file: fi, decl: di });
                        self.extra_mut(obj).state = DeclState::Unchecked;
                        self.pkg_objects.push(obj);
                        self.funcs.push((func_ref, obj));
                        self.record_def(fd.name.pos, obj);
                        match &fd.recv {
                            None => self.collect_plain_func(fd, obj, func_ref),
                            Some(recv) => {
                                if let Some(base) = self.receiver_base_name(recv.ty) {
                                    if fd.name.name != "_" {
                                        methods.push((obj, base));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.report_import_conflicts();
        for (method, base) in methods {
            if let Some(type_obj) = self.resolve_base_type_name(&base) {
                self.methods_of.entry(type_obj).or_default().push(method);
            }
        }
    }

    /// Reports imports of packages gosub cannot provide. Like the go command, which refuses to
    /// compile a package with unresolvable imports, the caller stops after such errors.
    pub(crate) fn check_import_paths(&mut self) -> bool {
        let ast = self.ast;
        let mut bad = false;
        for import in ast.files.iter().flat_map(|f| &f.imports) {
            match import_status(&import.path) {
                ImportStatus::Provided(_) => {}
                ImportStatus::Unsupported => {
                    self.error(
                        import.pos,
                        format!("package \"{}\" is not supported by gosub", import.path),
                    );
                    bad = true;
                }
                ImportStatus::NotInStd => {
                    self.error(import.pos, format!("package {} is not in std", import.path));
                    bad = true;
                }
            }
        }
        bad
    }

    /// Declares an import in its file's scope.
    fn collect_import(&mut self, file_index: usize, import: &crate::ast::Import) {
        let ImportStatus::Provided(name) = import_status(&import.path) else {
            return;
        };
        let (local, pos) = match &import.name {
            Some(ident) => (ident.name.clone(), ident.pos),
            None => (name.to_string(), import.pos),
        };
        if local == "init" {
            self.error(pos, "cannot import package as init - init must be a func");
            return;
        }
        let obj = self.new_object(
            &local,
            pos,
            TypeId::INVALID,
            ObjKind::PkgName(import.path.clone()),
        );
        if import.name.is_some() {
            self.record_def(pos, obj);
        }
        self.imports.push(ImportEntry {
            obj,
            path: import.path.clone(),
            name: local.clone(),
        });
        match local.as_str() {
            "_" => {}
            "." => self.dot_import(file_index, obj, &import.path),
            _ => {
                if let Some(&alt) = self.file_scopes[file_index].get(&local) {
                    self.report_redeclared(obj, alt);
                } else {
                    self.file_scopes[file_index].insert(local, obj);
                }
            }
        }
    }

    /// Makes the members of a provided package visible unqualified (`import . "fmt"`).
    fn dot_import(&mut self, file_index: usize, pkg_obj: ObjId, path: &str) {
        let funcs = super::stdlib::FUNCS
            .iter()
            .filter(|f| f.package == path)
            .map(|f| f.name);
        let types = super::stdlib::TYPES
            .iter()
            .filter(|(p, _)| *p == path)
            .map(|(_, n)| *n);
        let vars = super::stdlib::VARS
            .iter()
            .filter(|(p, ..)| *p == path)
            .map(|(_, n, ..)| *n);
        let names: Vec<&str> = funcs
            .chain(types)
            .chain(vars)
            .filter(|n| super::std_testing::is_exported(n))
            .collect();
        for name in names {
            let Some(member) = self.std_member(path, name) else {
                continue;
            };
            if let Some(&alt) = self.file_scopes[file_index].get(name) {
                let parts = [
                    (
                        self.obj(pkg_obj).pos,
                        format!("{name} redeclared in this block"),
                    ),
                    (self.obj(alt).pos, format!("other declaration of {name}")),
                ];
                let pos = self.obj(pkg_obj).pos;
                self.error_parts(pos, &parts);
                continue;
            }
            self.file_scopes[file_index].insert(name.to_string(), member);
            self.dot_imported.insert((file_index, member), pkg_obj);
        }
    }

    /// Reports package-level names that collide with a file's imports.
    fn report_import_conflicts(&mut self) {
        let mut conflicts = Vec::new();
        for scope in &self.file_scopes {
            let mut entries: Vec<(&String, &ObjId)> = scope.iter().collect();
            entries.sort_by_key(|(_, obj)| **obj);
            for (name, &obj) in entries {
                if let Some(&alt) = self.pkg_scope.get(name) {
                    conflicts.push((name.clone(), obj, alt));
                }
            }
        }
        for (name, obj, alt) in conflicts {
            let alt_pos = self.obj(alt).pos;
            let parts = match &self.obj(obj).kind {
                ObjKind::PkgName(path) => [
                    (
                        alt_pos,
                        format!(
                            "{name} already declared through import of package {} (\"{path}\")",
                            self.package_name_of(path)
                        ),
                    ),
                    (self.obj(obj).pos, format!("other declaration of {name}")),
                ],
                _ => {
                    let path = self
                        .dot_imported
                        .iter()
                        .find(|((_, m), _)| *m == obj)
                        .map(|(_, p)| self.obj(*p).kind.clone());
                    let path = match path {
                        Some(ObjKind::PkgName(p)) => p,
                        _ => String::new(),
                    };
                    [
                        (alt_pos, format!("{name} already declared through dot-import of package {} (\"{path}\")", self.package_name_of(&path))),
                        (NO_POS, String::new()),
                    ]
                }
            };
            let parts: Vec<(Pos, String)> = parts
                .into_iter()
                .filter(|(_, text)| !text.is_empty())
                .collect();
            self.error_parts(alt_pos, &parts);
        }
    }

    /// The package name of a provided import path.
    fn package_name_of(&self, path: &str) -> &'static str {
        match import_status(path) {
            ImportStatus::Provided(name) => name,
            _ => "",
        }
    }

    /// Handles a function declaration without receiver: `init`/`main` rules and declaration.
    fn collect_plain_func(&mut self, fd: &crate::ast::FuncDecl, obj: ObjId, func_ref: FuncRef) {
        let name = fd.name.name.as_str();
        let special = name == "init" || (name == "main" && self.pkg_name == "main");
        if special && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) {
            self.error(
                fd.name.pos,
                format!("func {name} must have no arguments and no return values"),
            );
        }
        if name == "init" {
            if fd.body.is_none() {
                self.error(fd.name.pos, "func init must have a body");
            }
            self.inits.push(func_ref);
        } else {
            self.declare_pkg_scope(obj);
        }
    }

    /// Declares a package-level const, var or type object with its lazy declaration.
    fn declare_pkg_obj(&mut self, ident: &Ident, obj: ObjId, decl: PkgDecl) {
        self.extra_mut(obj).decl = Some(decl);
        self.extra_mut(obj).state = DeclState::Unchecked;
        self.record_def(ident.pos, obj);
        if ident.name == "init" {
            self.error(ident.pos, "cannot declare init - must be func");
            return;
        }
        if ident.name == "main" && self.pkg_name == "main" {
            self.error(ident.pos, "cannot declare main - must be func");
            return;
        }
        self.pkg_objects.push(obj);
        self.declare_pkg_scope(obj);
    }

    /// Inserts an object into the package scope, reporting redeclarations.
    fn declare_pkg_scope(&mut self, obj: ObjId) {
        let name = self.obj(obj).name.clone();
        if name == "_" {
            return;
        }
        if let Some(&alt) = self.pkg_scope.get(&name) {
            self.report_redeclared(obj, alt);
            return;
        }
        self.pkg_scope.insert(name, obj);
    }

    /// types2's `arity`: too many or too few initialisers in a const or var spec.
    pub(crate) fn arity(
        &mut self,
        pos: Pos,
        names: &[Ident],
        values: &[ExprId],
        is_const: bool,
        inherited: bool,
    ) {
        let (l, r) = (names.len(), values.len());
        if l < r {
            let extra = values[l];
            if inherited {
                let at = self.ast.expr(extra).pos;
                let message = format!("extra init expr at {}", self.pos_string(at));
                self.error(pos, message);
            } else {
                let message = format!("extra init expr {}", self.expr_str(extra));
                self.error_at(extra, message);
            }
        } else if l > r && (is_const || r != 1) {
            let ident = &names[r];
            self.error(ident.pos, format!("missing init expr for {}", ident.name));
        }
    }

    /// The base type name of a receiver type expression (`T`, `*T`, `(T)`).
    fn receiver_base_name(&self, e: ExprId) -> Option<String> {
        match &self.ast.expr(e).kind {
            ExprKind::Ident(name) => Some(name.clone()),
            ExprKind::Paren(inner) | ExprKind::Star(inner) => self.receiver_base_name(*inner),
            _ => None,
        }
    }

    /// Resolves a receiver base type name to a package-level type name (through aliases).
    fn resolve_base_type_name(&self, name: &str) -> Option<ObjId> {
        let ast = self.ast;
        let mut name = name.to_string();
        let mut seen = Vec::new();
        loop {
            let obj = *self.pkg_scope.get(&name)?;
            if !matches!(self.obj(obj).kind, ObjKind::TypeName) || seen.contains(&obj) {
                return None;
            }
            let Some(PkgDecl::Type { file, decl, spec }) = self.extra(obj).decl else {
                return None;
            };
            let Decl::Type(specs) = &ast.files[file as usize].decls[decl as usize] else {
                return None;
            };
            let spec = &specs[spec as usize];
            if !spec.alias {
                return Some(obj);
            }
            seen.push(obj);
            let mut target = spec.ty;
            while let ExprKind::Paren(inner) | ExprKind::Star(inner) = &ast.expr(target).kind {
                target = *inner;
            }
            match &ast.expr(target).kind {
                ExprKind::Ident(next) => name = next.clone(),
                _ => return None,
            }
        }
    }

    /// Checks every package-level object: type definitions, aliases, then the rest.
    pub(crate) fn check_package_objects(&mut self) {
        let objects = self.pkg_objects.clone();
        let is_type = |c: &Self, o: ObjId| matches!(c.obj(o).kind, ObjKind::TypeName);
        let is_alias = |c: &Self, o: ObjId| c.obj(o).ty == TypeId::INVALID;
        let definitions: Vec<ObjId> = objects
            .iter()
            .copied()
            .filter(|&o| is_type(self, o) && !is_alias(self, o))
            .collect();
        let aliases: Vec<ObjId> = objects
            .iter()
            .copied()
            .filter(|&o| is_type(self, o) && is_alias(self, o))
            .collect();
        let others: Vec<ObjId> = objects
            .iter()
            .copied()
            .filter(|&o| !is_type(self, o))
            .collect();
        for obj in definitions.into_iter().chain(aliases).chain(others) {
            self.obj_decl(obj);
            self.process_later();
        }
    }

    /// Reports fields and methods of the same name on each declared struct type.
    pub(crate) fn check_method_collisions(&mut self) {
        let mut types: Vec<ObjId> = self.methods_of.keys().copied().collect();
        types.sort();
        for type_obj in types {
            let named = self.obj(type_obj).ty;
            let middle::types::Type::Struct(fields) = self.types.under(named).clone() else {
                continue;
            };
            let Some(list) = self.named_methods.get(&named) else {
                continue;
            };
            let methods: HashMap<String, u32> =
                list.iter().map(|m| (m.name.clone(), m.decl)).collect();
            for field in fields.iter().filter(|f| f.name != "_") {
                if let Some(&decl) = methods.get(&field.name) {
                    let method_pos = self.obj(ObjId(decl)).pos;
                    let field_pos = self
                        .field_positions
                        .get(&(named, field.name.clone()))
                        .copied()
                        .unwrap_or(NO_POS);
                    let parts = [
                        (
                            method_pos,
                            format!("field and method with the same name {}", field.name),
                        ),
                        (field_pos, format!("other declaration of {}", field.name)),
                    ];
                    self.error_parts(method_pos, &parts);
                }
            }
        }
    }

    /// Reports imports never referred to.
    pub(crate) fn report_unused_imports(&mut self) {
        for entry in self.imports.clone() {
            if entry.name == "_" || self.extra(entry.obj).used {
                continue;
            }
            let elem = entry
                .path
                .rsplit('/')
                .next()
                .unwrap_or(&entry.path)
                .to_string();
            let pos = self.obj(entry.obj).pos;
            if entry.name == "." || entry.name == elem {
                self.error(pos, format!("\"{}\" imported and not used", entry.path));
            } else {
                self.error(
                    pos,
                    format!("\"{}\" imported as {} and not used", entry.path, entry.name),
                );
            }
        }
    }

    /// Reports what gc only finds after type checking succeeded: functions without bodies
    /// (found by the compiler's back end), else a `main` package without `func main` (found by
    /// the linker).
    pub(crate) fn report_late_errors(&mut self) {
        if !self.diags.is_empty() {
            return;
        }
        if !self.missing_bodies.is_empty() {
            for pos in std::mem::take(&mut self.missing_bodies) {
                self.error(pos, "missing function body");
            }
            return;
        }
        if self.pkg_name != "main" {
            return;
        }
        let has_main = self
            .pkg_scope
            .get("main")
            .is_some_and(|&o| matches!(self.obj(o).kind, ObjKind::Func(_)));
        if !has_main {
            self.error(NO_POS, "function main is undeclared in the main package");
        }
    }
}
