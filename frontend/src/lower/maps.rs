//! Maps: `make`, literals, index reads (with comma-ok), stores, `delete`, `clear`, `len` and
//! `range`. A map value is a pointer to a runtime header; `make` and map literals are allocation
//! sites for that header (gc reports them as `make(map[string]int) escapes to heap` and the like),
//! while the entries always live in the heap.

use middle::ir::{AllocKind, Const, Inst, Operand, Place, Terminator};
use middle::source::Pos;
use middle::types::{Type, TypeId};

use super::func::{FnLowerer, JumpTarget};
use crate::ast::{Block, ExprId, ExprKind};

/// Size of the runtime's map header, in pointer words (`MAP_HEADER_BYTES` in rt/src/abi.rs).
const MAP_HEADER_WORDS: u64 = 6;
/// Size of a map iterator, in pointer words (`MAP_ITER_BYTES` in rt/src/abi.rs).
const MAP_ITER_WORDS: u64 = 8;

impl FnLowerer<'_, '_> {
    /// The key and value types of a map type.
    pub fn map_parts(&self, ty: TypeId) -> (TypeId, TypeId) {
        match self.p.types.under(ty) {
            Type::Map(k, v) => (*k, *v),
            _ => (TypeId::INVALID, TypeId::INVALID),
        }
    }

    /// A new map of type `ty` (for `make` and map literals); `e` is the expression reported.
    pub fn make_map(&mut self, e: ExprId, ty: TypeId, hint: Option<Operand>) -> Operand {
        let pos = self.pos(e);
        let header = self.p.types.array(TypeId::UNSAFE_POINTER, MAP_HEADER_WORDS);
        let text = self.text(e);
        let site = self.b.new_alloc(header, AllocKind::Object, pos, text);
        let t = self.temp(ty);
        self.b.push(Inst::MakeMap {
            dst: Place::local(t),
            ty,
            hint,
            site,
            pos,
        });
        Operand::local(t)
    }

    /// A map literal `map[K]V{k: v, ...}`.
    pub fn map_literal(&mut self, e: ExprId) -> Operand {
        let ast = self.p.ast;
        let ExprKind::Composite { elems, .. } = &ast.expr(e).kind else {
            return Operand::Const(Const::Zero(self.ty(e)));
        };
        let ty = self.ty(e);
        let hint = if elems.is_empty() {
            None
        } else {
            Some(Operand::int(elems.len() as i64))
        };
        let m = self.make_map(e, ty, hint);
        let (kt, vt) = self.map_parts(ty);
        for el in elems {
            let Some(k) = el.key else { continue };
            let key = self.map_element(k, kt);
            let value = self.map_element(el.value, vt);
            self.b.push(Inst::MapStore {
                map: m.clone(),
                key,
                value,
                pos: el.pos,
            });
        }
        m
    }

    /// An element of a composite literal whose type may be elided.
    fn map_element(&mut self, e: ExprId, ty: TypeId) -> Operand {
        let t = self.temp(ty);
        self.assign_value_into(e, Place::local(t), ty);
        Operand::local(t)
    }

    /// `m[k]`, or `v, ok := m[k]` when `with_ok`.
    pub fn map_index(&mut self, m: ExprId, k: ExprId, with_ok: bool, pos: Pos) -> Vec<Operand> {
        let mty = self.ty(m);
        let (kt, vt) = self.map_parts(mty);
        let map = self.expr(m);
        let key = if self.p.types.is_interface(kt) {
            self.expr_to(k, kt)
        } else {
            self.string_view(k)
        };
        let t = self.temp(vt);
        let ok = with_ok.then(|| self.temp(TypeId::BOOL));
        self.b.push(Inst::MapIndex {
            dst: Some(Place::local(t)),
            ok: ok.map(Place::local),
            map,
            key,
            pos,
        });
        let mut out = vec![Operand::local(t)];
        out.extend(ok.map(Operand::local));
        out
    }

    /// If `e` is `m[k]` on a map, its map and key operands (evaluated now).
    pub fn map_target(&mut self, e: ExprId) -> Option<(Operand, Operand, TypeId)> {
        let inner = super::expr::strip_parens(self.p.ast, e);
        let ExprKind::Index { x, index } = self.p.ast.expr(inner).kind else {
            return None;
        };
        let mty = self.ty(x);
        let Type::Map(kt, vt) = self.p.types.under(mty).clone() else {
            return None;
        };
        let map = self.expr(x);
        let key = self.expr_to(index, kt);
        Some((map, key, vt))
    }

    /// `for k, v := range m { body }`.
    #[allow(clippy::too_many_arguments)]
    pub fn range_map(
        &mut self,
        label: Option<String>,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: &Block,
        pos: Pos,
    ) {
        let mty = self.ty(x);
        let (kt, vt) = self.map_parts(mty);
        let map = self.expr(x);
        let iter_ty = self.p.types.array(TypeId::UNSAFE_POINTER, MAP_ITER_WORDS);
        let iter = self.temp(iter_ty);
        self.b.push(Inst::MapIterInit {
            iter: Place::local(iter),
            map,
            pos,
        });
        let (head, body_block, exit) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.goto(head);
        self.b.switch_to(head);
        let (k, v, ok) = (self.temp(kt), self.temp(vt), self.temp(TypeId::BOOL));
        self.b.push(Inst::MapIterNext {
            iter: Place::local(iter),
            key: key.map(|_| Place::local(k)),
            value: value.map(|_| Place::local(v)),
            ok: Place::local(ok),
            pos,
        });
        self.b.terminate(Terminator::Branch {
            cond: Operand::local(ok),
            then: body_block,
            els: exit,
        });
        self.enter_loop_body(body_block);
        self.bind_range_var(key, define, Some(Operand::local(k)), pos);
        self.bind_range_var(value, define, Some(Operand::local(v)), pos);
        self.targets.push(JumpTarget {
            label,
            break_to: exit,
            continue_to: Some(head),
        });
        self.block(body);
        self.targets.pop();
        self.b.loop_depth -= 1;
        self.b.goto(head);
        self.b.switch_to(exit);
    }
}
