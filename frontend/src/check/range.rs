//! `for key, value := range x` (types2's `rangeStmt`): ranging over integers (`range n`),
//! strings, arrays, pointers to arrays, slices, maps, channels and iterator functions, declaring
//! or assigning the iteration variables.

use middle::types::{ChanDir, Type, TypeId};

use super::info::VarKind;
use super::operand::Operand;
use super::Checker;
use crate::ast::{Block, ExprId, ExprKind, Stmt};

/// The iteration variable types of a range operand.
struct RangeTypes {
    /// The first iteration variable's type, if the operand has one.
    key: Option<TypeId>,
    /// The second iteration variable's type, if the operand has one.
    value: Option<TypeId>,
}

impl Checker<'_> {
    /// Checks a range loop.
    pub(crate) fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        range: ExprId,
        body: &Block,
    ) {
        self.has_call_or_recv = false;
        let mut x = self.expr(range);
        let mut types = RangeTypes {
            key: None,
            value: None,
        };
        if x.is_valid() {
            match self.range_key_val(x.ty) {
                Err(cause) => {
                    let desc = self.describe(&x);
                    let message = if cause.is_empty() {
                        format!("cannot range over {desc}")
                    } else {
                        format!("cannot range over {desc}: {cause}")
                    };
                    self.error_op(&x, message);
                }
                Ok(t) => {
                    if let (None, Some(key)) = (t.key, key) {
                        let message = format!(
                            "range over {} permits no iteration variables",
                            self.describe(&x)
                        );
                        self.error_at(key, message);
                    } else if let (None, Some(value)) = (t.value, value) {
                        let message = format!(
                            "range over {} permits only one iteration variable",
                            self.describe(&x)
                        );
                        self.error_at(value, message);
                    }
                    types = t;
                }
            }
        }
        self.open_scope();
        let over_int = self.is_integer(x.ty);
        let targets = [(key, types.key), (value, types.value)];
        if define {
            let mut vars = Vec::new();
            for (lhs, ty) in targets {
                let Some(lhs) = lhs else { continue };
                let ExprKind::Ident(name) = &self.ast.expr(lhs).kind else {
                    let message = format!("cannot declare {}", self.expr_str(lhs));
                    self.error_at(lhs, message);
                    continue;
                };
                let pos = self.ast.expr(lhs).pos;
                let obj = self.new_var(name, pos, TypeId::INVALID, VarKind::Local);
                self.record_def(pos, obj);
                if name != "_" {
                    vars.push(obj);
                }
                match ty {
                    Some(ty) if ty != TypeId::INVALID => {
                        let var_ty = if over_int {
                            self.init_var(None, &mut x, "range clause")
                        } else {
                            let mut y = Operand::value(lhs, ty);
                            self.init_var(None, &mut y, "assignment")
                        };
                        self.set_obj_type(obj, var_ty);
                    }
                    _ => self.extra_mut(obj).used = true,
                }
            }
            if vars.is_empty() {
                self.error(s.pos, "no new variables on left side of :=");
            }
            for obj in vars {
                if self.declare_local(obj) {
                    self.add_local(obj);
                }
            }
        } else if key.is_some() {
            for (lhs, ty) in targets {
                let (Some(lhs), Some(ty)) = (lhs, ty) else {
                    continue;
                };
                if ty == TypeId::INVALID {
                    continue;
                }
                if over_int {
                    self.assign_var(lhs, None, Some(&mut x), "range clause");
                    if x.is_valid() && !self.is_integer(x.ty) {
                        let message = format!(
                            "cannot use iteration variable of type {}",
                            self.type_str(x.ty)
                        );
                        self.error_at(lhs, message);
                    }
                } else {
                    let mut y = Operand::value(lhs, ty);
                    self.assign_var(lhs, None, Some(&mut y), "assignment");
                }
            }
        } else if over_int {
            self.assignment(&mut x, None, "range clause");
        }
        self.block(body);
        self.close_scope();
    }

    /// The iteration variable types for ranging over `ty`, or the reason it cannot be ranged
    /// over (types2's `rangeKeyVal`).
    fn range_key_val(&self, ty: TypeId) -> Result<RangeTypes, String> {
        let u = self.types.underlying(ty);
        if let Type::Chan(ChanDir::Send, _) = self.types.get(u) {
            return Err(format!(
                "receive from send-only channel {}",
                self.type_str(ty)
            ));
        }
        if let Some((elem, _)) = self.array_of_maybe_ptr(u) {
            return Ok(RangeTypes {
                key: Some(TypeId::INT),
                value: Some(elem),
            });
        }
        match self.types.get(u).clone() {
            Type::Basic(_) if self.is_string(u) => Ok(RangeTypes {
                key: Some(TypeId::INT),
                value: Some(self.aliases.rune),
            }),
            Type::Basic(_) if self.is_integer(u) => Ok(RangeTypes {
                key: Some(ty),
                value: None,
            }),
            Type::Slice(elem) => Ok(RangeTypes {
                key: Some(TypeId::INT),
                value: Some(elem),
            }),
            Type::Map(key, value) => Ok(RangeTypes {
                key: Some(key),
                value: Some(value),
            }),
            Type::Chan(_, elem) => Ok(RangeTypes {
                key: Some(elem),
                value: None,
            }),
            Type::Func(sig) => {
                let bad =
                    |cause: &str| Err(format!("func must be func(yield func(...) bool): {cause}"));
                if sig.params.len() != 1 {
                    return bad("wrong argument count");
                }
                if !sig.results.is_empty() {
                    return bad("unexpected results");
                }
                let Some(yield_sig) = self.signature_of(sig.params[0]) else {
                    return bad("argument is not func");
                };
                if yield_sig.params.len() > 2 {
                    return bad("yield func has too many parameters");
                }
                if yield_sig.results != [TypeId::BOOL] {
                    if yield_sig.results.len() == 1 && self.is_boolean(yield_sig.results[0]) {
                        return bad("yield func returns user-defined boolean, not bool");
                    }
                    return bad("yield func does not return bool");
                }
                if yield_sig.variadic {
                    return Err(format!(
                        "yield func of type {} cannot be variadic",
                        self.type_str(sig.params[0])
                    ));
                }
                Ok(RangeTypes {
                    key: yield_sig.params.first().copied(),
                    value: yield_sig.params.get(1).copied(),
                })
            }
            _ => Err(String::new()),
        }
    }
}
