//! Assignability and assignments (types2's `assignments.go`): the `cannot use x (...) as T value
//! in <context>` family, variable initialisation, assignment targets, multi-value assignments
//! with their count mismatches, `:=` declarations, and the `reassigned` / `address_taken`
//! facts about the variables involved.

use middle::source::Pos;
use middle::types::{ChanDir, Type, TypeId};

use super::info::{ObjId, ObjKind, Selection, VarKind};
use super::operand::{Mode, Operand};
use super::untyped::ConversionError;
use super::Checker;
use crate::ast::{ExprId, ExprKind};

impl Checker<'_> {
    /// Checks that `x` is assignable to `t`; the error carries types2's cause, if any.
    pub(crate) fn assignable(&self, x: &Operand, t: TypeId) -> Result<(), String> {
        if !x.is_valid() || t == TypeId::INVALID {
            return Ok(());
        }
        let v = x.ty;
        if self.identical(v, t) {
            return Ok(());
        }
        if self.is_untyped(v) {
            return self
                .implicit_type_and_value(x, t)
                .map(|_| ())
                .map_err(|_| String::new());
        }
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        if self.identical(vu, tu) && (!self.has_name(v) || !self.has_name(t)) {
            return Ok(());
        }
        if self.is_interface(t) || self.is_interface_ptr(tu) {
            return self.implements(v, t);
        }
        if self.is_interface(v) && self.implements(t, v).is_ok() {
            return Err("need type assertion".to_string());
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.types.get(vu), self.types.get(tu))
        {
            if self.identical(*ve, *te) && (!self.has_name(v) || !self.has_name(t)) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// Checks that `x` can be assigned to a value of type `target` (`None`: any type, as for
    /// `x := v`) in `context`, converting untyped values (types2's `assignment`).
    pub(crate) fn assignment(&mut self, x: &mut Operand, target: Option<TypeId>, context: &str) {
        if x.mode == Mode::Value && matches!(self.types.get(x.ty), Type::Tuple(_)) {
            let message = format!(
                "multiple-value {} in single-value context",
                self.describe(x)
            );
            self.error_op(x, message);
            x.invalidate();
            return;
        }
        match x.mode {
            Mode::Invalid => return,
            Mode::Nil
            | Mode::Constant
            | Mode::Variable
            | Mode::MapIndex
            | Mode::Value
            | Mode::CommaOk => {}
            _ => {
                let t = target
                    .map(|t| self.type_str(t))
                    .unwrap_or_else(|| "<nil>".to_string());
                let message = format!("cannot assign {} to {t} in {context}", self.describe(x));
                self.error_op(x, message);
                x.invalidate();
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let mut goal = target;
            if x.is_nil() {
                if target.is_none() {
                    let message = format!("use of untyped nil in {context}");
                    self.error_op(x, message);
                    x.invalidate();
                    return;
                }
            } else if target.is_none_or(|t| self.is_interface(t)) {
                goal = Some(self.default_type(x.ty));
            }
            let goal = goal.unwrap_or(x.ty);
            match self.implicit_type_and_value(x, goal) {
                Err(code) => {
                    let suffix = match code {
                        ConversionError::Truncated => " (truncated)",
                        ConversionError::Overflows => " (overflows)",
                        ConversionError::Invalid => "",
                    };
                    let message = format!(
                        "cannot use {} as {} value in {context}{suffix}",
                        self.describe(x),
                        self.type_str(goal)
                    );
                    self.error_op(x, message);
                    x.invalidate();
                    return;
                }
                Ok((new_ty, val)) => {
                    if let Some(val) = val {
                        x.val = Some(val);
                    }
                    if new_ty != x.ty {
                        x.ty = new_ty;
                        if let Some(e) = x.expr_id() {
                            self.update_expr_type(e, new_ty, false);
                        }
                    }
                }
            }
        }
        let Some(target) = target else { return };
        if let Err(cause) = self.assignable(x, target) {
            let mut message = format!(
                "cannot use {} as {} value in {context}",
                self.describe(x),
                self.type_str(target)
            );
            if !cause.is_empty() {
                message.push_str(": ");
                message.push_str(&cause);
            }
            self.error_op(x, message);
            x.invalidate();
        }
    }

    /// Initialises a variable of declared type `declared` (or of `x`'s type) with `x`; returns
    /// the variable's type (types2's `initVar`).
    pub(crate) fn init_var(
        &mut self,
        declared: Option<TypeId>,
        x: &mut Operand,
        context: &str,
    ) -> TypeId {
        if !x.is_valid() || x.ty == TypeId::INVALID || declared == Some(TypeId::INVALID) {
            x.invalidate();
            return declared.unwrap_or(TypeId::INVALID);
        }
        let ty = match declared {
            Some(t) => t,
            None => {
                if x.ty == TypeId::UNTYPED_NIL {
                    let message = format!("use of untyped nil in {context}");
                    self.error_op(x, message);
                    x.invalidate();
                    return TypeId::INVALID;
                }
                self.default_type(x.ty)
            }
        };
        self.assignment(x, Some(ty), context);
        ty
    }

    /// Checks an assignment target; `None` for the blank identifier, `Some(INVALID)` after an
    /// error (types2's `lhsVar`).
    fn lhs_var(&mut self, lhs: ExprId) -> Option<TypeId> {
        let inner = self.unparen(lhs);
        if let ExprKind::Ident(name) = &self.ast.expr(inner).kind {
            if name == "_" {
                return None;
            }
        }
        let saved = self.lhs_var_used_flag(inner);
        let x = self.expr(lhs);
        self.restore_used_flag(saved);
        if !x.is_valid() || x.ty == TypeId::INVALID {
            return Some(TypeId::INVALID);
        }
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            if let ExprKind::Selector { x: base, .. } = &self.ast.expr(inner).kind {
                let (base_op, _) = self.raw_expr(*base, None);
                if base_op.mode == Mode::MapIndex {
                    let message = format!(
                        "cannot assign to struct field {} in map",
                        self.expr_str(inner)
                    );
                    self.error_at(lhs, message);
                    return Some(TypeId::INVALID);
                }
            }
            let message = format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                self.expr_str(lhs)
            );
            self.error_at(lhs, message);
            return Some(TypeId::INVALID);
        }
        if let Some(v) = self.root_var(lhs) {
            self.mark_reassigned(v);
        }
        Some(x.ty)
    }

    /// The `used` flag of the local variable a plain identifier target refers to, to restore
    /// after evaluating the target.
    pub(crate) fn lhs_var_used_flag(&self, e: ExprId) -> Option<(ObjId, bool)> {
        let ExprKind::Ident(name) = &self.ast.expr(e).kind else {
            return None;
        };
        let obj = self.lookup(name)?;
        match self.obj(obj).kind {
            ObjKind::Var(_) => Some((obj, self.extra(obj).used)),
            _ => None,
        }
    }

    /// Restores a flag saved by [`Checker::lhs_var_used_flag`].
    pub(crate) fn restore_used_flag(&mut self, saved: Option<(ObjId, bool)>) {
        if let Some((obj, used)) = saved {
            self.extra_mut(obj).used = used;
        }
    }

    /// Assigns `x` (or, if `None`, the value of `rhs`) to `lhs` (types2's `assignVar`).
    pub(crate) fn assign_var(
        &mut self,
        lhs: ExprId,
        rhs: Option<ExprId>,
        x: Option<&mut Operand>,
        context: &str,
    ) {
        let target = self.lhs_var(lhs);
        if target == Some(TypeId::INVALID) {
            match x {
                Some(x) => x.invalidate(),
                None => {
                    if let Some(rhs) = rhs {
                        self.use_exprs(&[rhs]);
                    }
                }
            }
            return;
        }
        let context = if target.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        match x {
            Some(x) => self.assignment(x, target, context),
            None => {
                let Some(rhs) = rhs else { return };
                let mut x = self.expr(rhs);
                self.assignment(&mut x, target, context);
            }
        }
    }

    /// Checks `lhs... = rhs...` (types2's `assignVars`).
    pub(crate) fn assign_vars(&mut self, lhs: &[ExprId], rhs: &[ExprId]) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1
            && matches!(
                self.ast.expr(self.unparen(rhs[0])).kind,
                ExprKind::Call { .. }
            );
        if l == r && !is_call {
            for (&l, &r) in lhs.iter().zip(rhs) {
                self.assign_var(l, Some(r), None, context);
            }
            return;
        }
        if r != 1 {
            let ok_lhs = self.use_lhs(lhs);
            let ok_rhs = self.use_exprs(rhs);
            if ok_lhs && ok_rhs {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (mut values, comma_ok) = self.multi_expr(rhs[0], l == 2);
        if values.len() == l {
            for (i, &target) in lhs.iter().enumerate() {
                self.assign_var(target, None, Some(&mut values[i]), context);
            }
            if comma_ok && values.iter().all(|v| v.is_valid()) {
                self.comma_ok.insert(self.unparen(rhs[0]));
            }
            return;
        }
        if values[0].is_valid() {
            self.assign_error(rhs, l, values.len());
        }
        self.use_lhs(lhs);
    }

    /// Initialises variables of the given (declared or inferred) types from `rhs`, or checks a
    /// return statement when `return_pos` is set; returns the variables' types (types2's
    /// `initVars`).
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[Option<TypeId>],
        rhs: &[ExprId],
        return_pos: Option<Pos>,
    ) -> Vec<TypeId> {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if return_pos.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let invalid_rest = |lhs: &[Option<TypeId>]| {
            lhs.iter()
                .map(|t| t.unwrap_or(TypeId::INVALID))
                .collect::<Vec<_>>()
        };
        let is_call = r == 1
            && matches!(
                self.ast.expr(self.unparen(rhs[0])).kind,
                ExprKind::Call { .. }
            );
        if l == r && !is_call {
            let mut types = Vec::with_capacity(l);
            for (i, &declared) in lhs.iter().enumerate() {
                let mut x = self.expr(rhs[i]);
                types.push(self.init_var(declared, &mut x, context));
            }
            return types;
        }
        if r != 1 {
            if self.use_exprs(rhs) {
                match return_pos {
                    Some(pos) => {
                        let values: Vec<Operand> =
                            rhs.iter().map(|&e| self.recorded_operand(e)).collect();
                        self.return_error(pos, lhs, &values);
                    }
                    None => self.assign_error(rhs, l, r),
                }
            }
            return invalid_rest(lhs);
        }
        let (mut values, comma_ok) = self.multi_expr(rhs[0], l == 2 && return_pos.is_none());
        if values.len() == l {
            let mut types = Vec::with_capacity(l);
            for (i, &declared) in lhs.iter().enumerate() {
                types.push(self.init_var(declared, &mut values[i], context));
            }
            if comma_ok && values.iter().all(|v| v.is_valid()) {
                self.comma_ok.insert(self.unparen(rhs[0]));
            }
            return types;
        }
        if values[0].is_valid() {
            match return_pos {
                Some(pos) => self.return_error(pos, lhs, &values),
                None => self.assign_error(rhs, l, values.len()),
            }
        }
        invalid_rest(lhs)
    }

    /// An operand for an already checked expression, rebuilt from the recorded facts.
    fn recorded_operand(&self, e: ExprId) -> Operand {
        let ty = match self.untyped.get(&e) {
            Some(entry) => entry.ty,
            None => self
                .expr_types
                .get(e.0 as usize)
                .copied()
                .unwrap_or(TypeId::INVALID),
        };
        Operand::value(e, ty)
    }

    /// `assignment mismatch: 2 variables but f returns 1 value`.
    fn assign_error(&mut self, rhs: &[ExprId], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(&rhs0) = rhs.first() else { return };
        let inner = self.unparen(rhs0);
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &self.ast.expr(inner).kind {
                let message = format!(
                    "assignment mismatch: {vars} but {} returns {vals}",
                    self.expr_str(*fun)
                );
                self.error_at(rhs0, message);
                return;
            }
        }
        self.error_at(rhs0, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// `not enough return values` / `too many return values` with the have/want lines.
    fn return_error(&mut self, return_pos: Pos, lhs: &[Option<TypeId>], rhs: &[Operand]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, qualifier) = if r > l {
            (rhs[l].start_pos(self.ast), "too many")
        } else if r > 0 {
            (rhs[r - 1].start_pos(self.ast), "not enough")
        } else {
            (return_pos, "not enough")
        };
        let have: Vec<TypeId> = rhs.iter().map(|x| x.ty).collect();
        let want: Vec<TypeId> = lhs.iter().map(|t| t.unwrap_or(TypeId::INVALID)).collect();
        let message = format!(
            "{qualifier} return values\n\thave {}\n\twant {}",
            self.types_summary(&have, false, false),
            self.types_summary(&want, false, false)
        );
        self.error(at, message);
    }

    /// `(int, string)`, with untyped numeric types as `number` (types2's `typesSummary`).
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == TypeId::INVALID {
                "unknown type".to_string()
            } else if self.is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.basic_name(t)
                        .trim_start_matches("untyped ")
                        .to_string()
                }
            } else {
                self.type_str(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(elem) = self.types.get(t) {
                        s = self.type_str(*elem);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    /// `a, b := x, y` (types2's `shortVarDecl`).
    pub(crate) fn short_var_decl(&mut self, pos: Pos, lhs: &[ExprId], rhs: &[ExprId]) {
        let mut seen: Vec<String> = Vec::new();
        let mut lhs_vars: Vec<Option<ObjId>> = Vec::with_capacity(lhs.len());
        let mut new_vars = Vec::new();
        let mut has_err = false;
        for &e in lhs {
            let ExprKind::Ident(name) = &self.ast.expr(e).kind else {
                self.use_lhs(&[e]);
                let message = format!("non-name {} on left side of :=", self.expr_str(e));
                self.error_at(e, message);
                has_err = true;
                lhs_vars.push(None);
                continue;
            };
            if name != "_" {
                if seen.contains(name) {
                    self.error_at(e, format!("{name} repeated on left side of :="));
                    has_err = true;
                    lhs_vars.push(None);
                    continue;
                }
                seen.push(name.clone());
            }
            if let Some(alt) = self.lookup_innermost(name) {
                self.record_use(e, alt);
                if matches!(self.obj(alt).kind, ObjKind::Var(_)) {
                    self.note_reference(alt, true);
                    lhs_vars.push(Some(alt));
                } else {
                    self.error_at(e, format!("cannot assign to {name}"));
                    has_err = true;
                    lhs_vars.push(None);
                }
                continue;
            }
            let pos = self.ast.expr(e).pos;
            let obj = self.new_var(name, pos, TypeId::INVALID, VarKind::Local);
            self.record_def(pos, obj);
            if name != "_" {
                new_vars.push(obj);
            }
            lhs_vars.push(Some(obj));
        }
        let declared: Vec<Option<TypeId>> = lhs_vars
            .iter()
            .map(|v| v.filter(|o| !new_vars.contains(o)).map(|o| self.obj(o).ty))
            .collect();
        let types = self.init_vars(&declared, rhs, None);
        for (v, ty) in lhs_vars.iter().zip(types) {
            if let Some(obj) = v {
                if new_vars.contains(obj) {
                    self.set_obj_type(*obj, ty);
                } else {
                    self.mark_reassigned(*obj);
                }
            }
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
            return;
        }
        for obj in new_vars {
            if self.declare_local(obj) {
                self.add_local(obj);
            }
        }
    }

    /// The variable whose storage `e` denotes, through parentheses, field selections without
    /// implicit dereferences and array indexing (gc's `OuterValue`).
    pub(crate) fn root_var(&self, e: ExprId) -> Option<ObjId> {
        match &self.ast.expr(e).kind {
            ExprKind::Paren(inner) => self.root_var(*inner),
            ExprKind::Ident(_) => {
                let obj = *self.uses.get(&e)?;
                matches!(self.obj(obj).kind, ObjKind::Var(_)).then_some(obj)
            }
            ExprKind::Selector { x, .. } => match self.selections.get(&e)? {
                Selection::Field { derefs, .. } if !derefs.iter().any(|&d| d) => self.root_var(*x),
                _ => None,
            },
            ExprKind::Index { x, .. } => {
                let base_ty = self.expr_types.get(x.0 as usize).copied()?;
                matches!(self.types.under(base_ty), Type::Array(..))
                    .then(|| self.root_var(*x))
                    .flatten()
            }
            _ => None,
        }
    }
}

/// `1 variable`, `2 values`.
fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
