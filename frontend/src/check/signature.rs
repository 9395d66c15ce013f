//! Function signatures: parameter and result lists (with variadic `...T`), receivers, and the
//! entry into a function body, which declares the receiver, parameters and named results in the
//! function's outermost scope (the body's statements share that scope, as in Go).

use middle::types::{Signature, Type, TypeId};

use super::info::{FuncRef, ObjId, VarKind};
use super::objects::FuncCtx;
use super::Checker;
use crate::ast::{FuncType, Ident, Param};

/// One parameter, result or receiver.
#[derive(Clone, Debug)]
pub(crate) struct ParamEntry {
    /// Its name, if named.
    pub name: Option<Ident>,
    /// Its type (`[]T` for a variadic `...T`).
    pub ty: TypeId,
}

/// A checked signature with its parameter names.
#[derive(Clone, Debug)]
pub(crate) struct SigInfo {
    /// The function type (without receiver).
    pub sig: TypeId,
    /// The receiver, for methods.
    pub recv: Option<ParamEntry>,
    /// Parameters.
    pub params: Vec<ParamEntry>,
    /// Results.
    pub results: Vec<ParamEntry>,
}

impl Checker<'_> {
    /// Checks the parameter and result types of a signature.
    pub(crate) fn collect_signature(&mut self, ft: &FuncType) -> SigInfo {
        let (params, variadic) = self.collect_params(&ft.params, true);
        let (results, _) = self.collect_params(&ft.results, false);
        let sig = Signature {
            params: params.iter().map(|p| p.ty).collect(),
            results: results.iter().map(|p| p.ty).collect(),
            variadic,
        };
        let sig = self.types.intern(Type::Func(sig));
        SigInfo {
            sig,
            recv: None,
            params,
            results,
        }
    }

    fn collect_params(
        &mut self,
        groups: &[Param],
        allow_variadic: bool,
    ) -> (Vec<ParamEntry>, bool) {
        let mut entries = Vec::new();
        let mut variadic = false;
        for (i, group) in groups.iter().enumerate() {
            let mut ty = self.type_expr(group.ty);
            // A misplaced `...` was reported by the parser; the parameter then has type T.
            if group.variadic && allow_variadic && i + 1 == groups.len() && group.names.len() <= 1 {
                variadic = true;
                if ty != TypeId::INVALID {
                    ty = self.types.slice(ty);
                }
            }
            if group.names.is_empty() {
                entries.push(ParamEntry { name: None, ty });
            }
            for name in &group.names {
                entries.push(ParamEntry {
                    name: Some(name.clone()),
                    ty,
                });
            }
        }
        (entries, variadic)
    }

    /// Checks a method receiver's type.
    pub(crate) fn collect_receiver(&mut self, recv: &Param) -> ParamEntry {
        let ty = self.type_expr(recv.ty);
        ParamEntry {
            name: recv.names.first().cloned(),
            ty,
        }
    }

    /// Enters the body of `func`: pushes its context and declares its receiver, parameters and
    /// named results.
    pub(crate) fn enter_func(&mut self, func: FuncRef) {
        let info = self.func_sigs.get(&func).cloned();
        let sig = info.as_ref().map_or(TypeId::INVALID, |i| i.sig);
        let named_results = info
            .as_ref()
            .is_some_and(|i| i.results.iter().any(|r| r.name.is_some()));
        self.func_stack.push(FuncCtx {
            func,
            sig,
            results: Vec::new(),
            named_results,
            scope_base: self.scopes.len(),
            captures: Vec::new(),
            locals: Vec::new(),
        });
        self.open_scope();
        let Some(info) = info else { return };
        if let Some(recv) = &info.recv {
            self.declare_param(recv, VarKind::Receiver);
        }
        for param in &info.params {
            self.declare_param(param, VarKind::Param);
        }
        let mut results = Vec::new();
        for result in &info.results {
            if let Some(obj) = self.declare_param(result, VarKind::Result) {
                results.push(obj);
            }
        }
        if let Some(ctx) = self.func_stack.last_mut() {
            ctx.results = results;
        }
    }

    fn declare_param(&mut self, param: &ParamEntry, kind: VarKind) -> Option<ObjId> {
        let name = param.name.as_ref()?;
        let obj = self.new_var(&name.name, name.pos, param.ty, kind);
        self.record_def(name.pos, obj);
        self.declare_local(obj);
        Some(obj)
    }

    /// Leaves the current function body, returning its context.
    pub(crate) fn leave_func(&mut self) -> Option<FuncCtx> {
        let ctx = self.func_stack.pop()?;
        self.scopes.truncate(ctx.scope_base);
        Some(ctx)
    }
}
