//! Run-time checks the lowering emits in gc's words: index bounds (also for indices that are
//! constant only after gc-style constant propagation of locals), the length check of a
//! slice-to-array conversion, `make`'s length and capacity checks, and the nil check of a
//! pointer read whose value is discarded (`_ = p.f`).

use middle::ir::{
    max_array_count, BinOp, Callee, Const, Extern, Inst, Operand, Place, PlaceBase, Rvalue,
    Terminator,
};
use middle::source::{Diagnostic, Pos};
use middle::types::{Type, TypeId};

use super::expr::strip_parens;
use super::func::FnLowerer;
use crate::ast::{BinaryOp, ExprId, ExprKind};

/// The value of an integer constant operand.
fn const_int(o: &Operand) -> Option<i64> {
    match o {
        Operand::Const(Const::Int(v, _)) => Some(*v),
        _ => None,
    }
}

impl FnLowerer<'_, '_> {
    /// Whether index expression `e` is provably in `0..max` by its form alone (gc's `bounded`):
    /// a small constant, `x & c` or `x &^ c` with a mask below `max`, an unsigned `x % c` with
    /// `c <= max`, an unsigned `x >> c` or `x / c` small enough, or an unsigned type whose
    /// every value is below `max`. gc skips the bounds check of such an index into an array
    /// (or a constant string) and says `index bounds check elided` with `-m`.
    pub fn bounded_index(&self, e: ExprId, max: i64) -> bool {
        let e = strip_parens(self.p.ast, e);
        let Some(kind) = self
            .p
            .types
            .basic(self.p.types.underlying(self.ty(e)))
            .filter(|k| k.is_integer())
        else {
            return false;
        };
        // gc's "small" constants fit in 32 bits.
        let small = |x: ExprId| {
            self.p
                .info
                .consts
                .get(&strip_parens(self.p.ast, x))
                .and_then(|c| c.to_i64())
                .filter(|v| i64::from(*v as i32) == *v)
        };
        if let Some(v) = small(e) {
            return (0..max).contains(&v);
        }
        let unsigned = kind.is_unsigned();
        let mut bits = 8 * self.p.types.layout(self.ty(e)).size as i64;
        if let ExprKind::Binary { op, x, y } = &self.p.ast.expr(e).kind {
            match op {
                BinaryOp::And | BinaryOp::AndNot => {
                    let mask = match (small(*x), small(*y)) {
                        (Some(v), _) => Some(v),
                        (None, Some(v)) if *op == BinaryOp::And => Some(v),
                        (None, Some(v)) if unsigned && bits < 64 => Some(!v & ((1i64 << bits) - 1)),
                        (None, Some(v)) => Some(!v),
                        _ => None,
                    };
                    if mask.is_some_and(|v| (0..max).contains(&v)) {
                        return true;
                    }
                }
                BinaryOp::Rem if unsigned && small(*y).is_some_and(|v| 0 <= v && v <= max) => {
                    return true
                }
                BinaryOp::Div if unsigned => {
                    if let Some(mut v) = small(*y) {
                        while bits > 0 && v >= 2 {
                            bits -= 1;
                            v >>= 1;
                        }
                    }
                }
                BinaryOp::Shr if unsigned => {
                    if let Some(v) = small(*y) {
                        if v > bits {
                            return true;
                        }
                        bits -= v;
                    }
                }
                _ => {}
            }
        }
        unsigned && bits <= 62 && (1i64 << bits) <= max
    }

    /// Checks index `i` (the value of expression `e`) against `len`, the constant `max` when
    /// known: an index [`bounded_index`](Self::bounded_index) proves in range needs no check,
    /// which `-m` reports as gc does. Returns the index to use.
    pub fn index_into(
        &mut self,
        e: ExprId,
        i: Operand,
        len: Operand,
        max: Option<i64>,
        pos: Pos,
    ) -> Operand {
        if max.is_some_and(|n| self.bounded_index(e, n)) {
            if !self
                .p
                .info
                .consts
                .contains_key(&strip_parens(self.p.ast, e))
            {
                self.p
                    .diags
                    .push(Diagnostic::note(pos, "index bounds check elided"));
            }
            return i;
        }
        self.checked_index(i, len, pos)
    }

    /// Checks `0 <= i < len` (unless both are constants and it holds) and returns the index to
    /// use. A constant index out of range (a constant local, which gc propagates, or checks at
    /// run time) is moved into a temporary, so no place ever holds an out-of-range constant.
    pub fn checked_index(&mut self, i: Operand, len: Operand, pos: Pos) -> Operand {
        let index = match (&i, const_int(&len)) {
            (Operand::Const(Const::Int(k, _)), Some(n)) if (0..n).contains(k) => return i,
            (Operand::Const(Const::Int(_, ty)), _) => {
                let ty = *ty;
                Operand::local(self.in_local(ty, i, pos))
            }
            _ => i,
        };
        self.b.push(Inst::BoundsCheck {
            index: index.clone(),
            len,
            pos,
        });
        index
    }

    /// `[n]T(s)` or `(*[n]T)(s)` for a slice `s` of type `from` (`None` for any other
    /// conversion): panics unless `len(s) >= n`; the pointer shares `s`'s array, the array is a
    /// copy of its first `n` elements.
    pub fn slice_to_array(
        &mut self,
        s: &Operand,
        from: TypeId,
        target: TypeId,
        pos: Pos,
    ) -> Option<Operand> {
        let types = &self.p.types;
        if !matches!(types.under(from), Type::Slice(_)) {
            return None;
        }
        let (array, by_pointer) = match types.under(target) {
            Type::Pointer(a) => (*a, true),
            _ => (target, false),
        };
        let Type::Array(_, n) = *types.under(array) else {
            return None;
        };
        if n > 0 {
            let len = self.materialize(TypeId::INT, Rvalue::Len(s.clone()), pos);
            let long_enough = self.materialize(
                TypeId::BOOL,
                Rvalue::Binary(BinOp::Ge, len.clone(), Operand::int(n as i64)),
                pos,
            );
            self.panic_unless(
                long_enough,
                Extern::PanicSliceConvert,
                vec![len, Operand::int(n as i64)],
                pos,
            );
        }
        let ptr_ty = if by_pointer {
            target
        } else {
            self.p.types.pointer(array)
        };
        let ptr = self.temp(ptr_ty);
        self.b
            .assign(Place::local(ptr), Rvalue::DataPtr(s.clone()), pos);
        if by_pointer {
            return Some(Operand::local(ptr));
        }
        let copy = self.temp(target);
        self.b.assign(
            Place::local(copy),
            Rvalue::Use(Operand::Copy(Place::deref(ptr))),
            pos,
        );
        Some(Operand::local(copy))
    }

    /// gc's `makeslice` checks of `make([]elem, len, cap)` (both `int`): a negative or too large
    /// length panics first, then a capacity that is negative, too large or below the length.
    pub fn make_slice_checks(&mut self, len: &Operand, cap: &Operand, elem: TypeId, pos: Pos) {
        let max = max_array_count(self.p.types.layout(elem).size);
        if let (Some(l), Some(c)) = (const_int(len), const_int(cap)) {
            if 0 <= l && l <= c && c <= max {
                return;
            }
        }
        let unsigned = |l: &mut Self, o: &Operand| {
            l.materialize(TypeId::UINT, Rvalue::Convert(o.clone(), TypeId::INT), pos)
        };
        let (ulen, ucap) = (unsigned(self, len), unsigned(self, cap));
        let umax = Operand::Const(Const::Int(max, TypeId::UINT));
        let len_ok = self.materialize(
            TypeId::BOOL,
            Rvalue::Binary(BinOp::Le, ulen.clone(), umax.clone()),
            pos,
        );
        self.panic_unless(len_ok, Extern::PanicMakesliceLen, vec![], pos);
        // The length is in range now, so unsigned comparisons also catch a negative capacity.
        let cap_ok = self.materialize(
            TypeId::BOOL,
            Rvalue::Binary(BinOp::Le, ulen, ucap.clone()),
            pos,
        );
        self.panic_unless(cap_ok, Extern::PanicMakesliceCap, vec![], pos);
        let cap_ok = self.materialize(TypeId::BOOL, Rvalue::Binary(BinOp::Le, ucap, umax), pos);
        self.panic_unless(cap_ok, Extern::PanicMakesliceCap, vec![], pos);
    }

    /// Evaluates a discarded value (`_ = x`) for its panics: gc evaluates the operand, so a read
    /// through a nil pointer panics although nothing is loaded.
    pub fn discard(&mut self, v: &Operand, pos: Pos) {
        if let Operand::Copy(Place {
            base: PlaceBase::Deref(p),
            ..
        }) = v
        {
            self.b.push(Inst::NilCheck {
                ptr: Operand::local(*p),
                pos,
            });
        }
    }

    /// Continues where `ok` holds; otherwise calls the runtime's `panic` with `args`.
    fn panic_unless(&mut self, ok: Operand, panic: Extern, args: Vec<Operand>, pos: Pos) {
        let (fail, cont) = (self.b.new_block(), self.b.new_block());
        self.b.terminate(Terminator::Branch {
            cond: ok,
            then: cont,
            els: fail,
        });
        self.b.switch_to(fail);
        self.b.push(Inst::Call {
            dsts: vec![],
            callee: Callee::Extern(panic),
            args,
            pos,
        });
        self.b.terminate(Terminator::Unreachable);
        self.b.switch_to(cont);
    }
}
