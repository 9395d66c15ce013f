//! Arithmetic, comparisons and conversions with Go's semantics.
//!
//! Integer arithmetic wraps at the operand width. Division and remainder truncate toward zero,
//! panic on a zero divisor, and define `MinInt / -1` as `MinInt` (and its remainder as 0) where
//! the machine instruction would trap. Shifts by at least the width give 0 (or the sign for a
//! signed right shift); a negative signed shift count panics. Float-to-integer conversions
//! saturate instead of trapping. Strings compare through the runtime; structs, arrays and
//! interfaces compare leaf by leaf (interfaces by type word, then data through the runtime).

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types as clif, InstBuilder, Value};
use middle::ir::{BinOp, Operand, Rvalue, UnOp};
use middle::types::{BasicKind, Type, TypeId};

use super::{Translator, Val};

impl Translator<'_, '_> {
    /// Computes an rvalue whose result has type `dst_ty`.
    pub(super) fn rvalue(&mut self, r: &Rvalue, dst_ty: TypeId) -> Val {
        match r {
            Rvalue::Use(o) => self.operand(o),
            Rvalue::Unary(op, o) => {
                let ty = self.operand_type(o);
                let v = self.operand(o).scalar();
                let float = self.types().basic(ty).is_some_and(|k| k.is_float());
                Val::Leaves(vec![match op {
                    UnOp::Neg if float => self.b.ins().fneg(v),
                    UnOp::Neg => self.b.ins().ineg(v),
                    UnOp::Not => self.b.ins().bxor_imm_u(v, 1),
                    UnOp::BitNot => self.b.ins().bnot(v),
                }])
            }
            Rvalue::Binary(op, a, b) => self.binary(*op, a, b),
            Rvalue::Convert(o, from) => {
                let v = self.operand(o);
                self.convert(v, *from, dst_ty)
            }
            Rvalue::AddrOf(p) => Val::Leaves(vec![self.place_addr(p)]),
            Rvalue::Len(o) | Rvalue::Cap(o) => {
                let ty = self.operand_type(o);
                let v = self.operand(o);
                let len = matches!(r, Rvalue::Len(_));
                match self.types().under(ty) {
                    Type::Map(..) => {
                        // A map header keeps its count in its first word; a nil map has none.
                        let m = v.scalar();
                        let area = self.cx.zero_area(8);
                        let zero = self.data_addr(area);
                        let is_nil = self.b.ins().icmp_imm_u(IntCC::Equal, m, 0);
                        let addr = self.b.ins().select(is_nil, zero, m);
                        Val::Leaves(vec![self.b.ins().load(clif::I64, super::mem(), addr, 0)])
                    }
                    Type::Chan(..) => {
                        let sym = if len {
                            "gosub_chan_len"
                        } else {
                            "gosub_chan_cap"
                        };
                        Val::Leaves(self.call_rt(sym, &[clif::I64], &[clif::I64], &[v.scalar()]))
                    }
                    _ => Val::Leaves(vec![v.leaves()[if len { 1 } else { 2 }]]),
                }
            }
            Rvalue::DataPtr(o) | Rvalue::IfaceTab(o) => {
                Val::Leaves(vec![self.operand(o).leaves()[0]])
            }
            Rvalue::IfaceData(o) => Val::Leaves(vec![self.operand(o).leaves()[1]]),
            Rvalue::MakeSlice(p, l, c) => {
                let v = [p, l, c].map(|o| self.operand(o).scalar());
                Val::Leaves(v.to_vec())
            }
            Rvalue::MakeString(p, l) | Rvalue::MakeIface(p, l) => {
                let v = [p, l].map(|o| self.operand(o).scalar());
                Val::Leaves(v.to_vec())
            }
            Rvalue::ElemAddr(s, i) => {
                let elem = match self.types().under(self.operand_type(s)) {
                    Type::Slice(e) => *e,
                    _ => TypeId::UINT8,
                };
                let size = self.shape(elem).size as i64;
                let base = self.operand(s).leaves()[0];
                let idx = self.index_value(i);
                let off = self.b.ins().imul_imm_s(idx, size);
                Val::Leaves(vec![self.b.ins().iadd(base, off)])
            }
            Rvalue::StringByte(s, i) => {
                let base = self.operand(s).leaves()[0];
                let idx = self.index_value(i);
                let addr = self.b.ins().iadd(base, idx);
                Val::Leaves(vec![self.b.ins().load(clif::I8, super::mem(), addr, 0)])
            }
            Rvalue::Slice { x, lo, hi, max } => {
                self.slice(x, lo.as_ref(), hi.as_ref(), max.as_ref())
            }
            Rvalue::IfaceType(o) => {
                let ty = self.operand_type(o);
                let tab = self.operand(o).leaves()[0];
                Val::Leaves(vec![self.dynamic_type(tab, ty)])
            }
        }
    }

    /// The dynamic type descriptor of an interface whose type word is `tab` (null when nil).
    pub(super) fn dynamic_type(&mut self, tab: Value, iface_ty: TypeId) -> Value {
        if !self.is_nonempty_interface(iface_ty) {
            return tab;
        }
        let area = self.cx.zero_area(8);
        let zero = self.data_addr(area);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, tab, 0);
        let safe = self.b.ins().select(is_nil, zero, tab);
        self.b.ins().load(clif::I64, super::mem(), safe, 0)
    }

    fn basic_of(&self, ty: TypeId) -> Option<BasicKind> {
        self.types().basic(ty)
    }

    fn binary(&mut self, op: BinOp, a: &Operand, b: &Operand) -> Val {
        let ty = self.operand_type(a);
        let shift_ty = self.operand_type(b);
        let x = self.operand(a);
        let y = self.operand(b);
        if matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        ) {
            let r = self.compare(op, ty, x, y);
            return Val::Leaves(vec![r]);
        }
        let kind = self.basic_of(ty).unwrap_or(BasicKind::Int);
        let (x, y) = (x.scalar(), y.scalar());
        let v = if kind.is_float() {
            match op {
                BinOp::Add => self.b.ins().fadd(x, y),
                BinOp::Sub => self.b.ins().fsub(x, y),
                BinOp::Mul => self.b.ins().fmul(x, y),
                _ => self.b.ins().fdiv(x, y),
            }
        } else {
            let signed = !kind.is_unsigned();
            match op {
                BinOp::Add => self.b.ins().iadd(x, y),
                BinOp::Sub => self.b.ins().isub(x, y),
                BinOp::Mul => self.b.ins().imul(x, y),
                BinOp::Div | BinOp::Rem => self.divide(op == BinOp::Div, signed, x, y),
                BinOp::And => self.b.ins().band(x, y),
                BinOp::Or => self.b.ins().bor(x, y),
                BinOp::Xor => self.b.ins().bxor(x, y),
                BinOp::AndNot => self.b.ins().band_not(x, y),
                BinOp::Shl | BinOp::Shr => self.shift(op == BinOp::Shl, signed, x, y, shift_ty),
                _ => x,
            }
        };
        Val::Leaves(vec![v])
    }

    fn divide(&mut self, div: bool, signed: bool, x: Value, y: Value) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
        self.panic_if(is_zero, "gosub_panic_divide", &[]);
        if !signed {
            return if div {
                self.b.ins().udiv(x, y)
            } else {
                self.b.ins().urem(x, y)
            };
        }
        // Avoid the machine trap on MinInt / -1: divide by 1 instead and fix up the result.
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe = self.b.ins().select(minus_one, one, y);
        if div {
            let q = self.b.ins().sdiv(x, safe);
            let neg = self.b.ins().ineg(x);
            self.b.ins().select(minus_one, neg, q)
        } else {
            let r = self.b.ins().srem(x, safe);
            let zero = self.b.ins().iconst(ty, 0);
            self.b.ins().select(minus_one, zero, r)
        }
    }

    fn shift(
        &mut self,
        left: bool,
        signed: bool,
        x: Value,
        count: Value,
        count_ty: TypeId,
    ) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let bits = ty.bits() as i64;
        let count_signed = self.basic_of(count_ty).is_some_and(|k| !k.is_unsigned());
        let count = self.widen_int(count, count_ty);
        if count_signed {
            let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, count, 0);
            self.panic_if(negative, "gosub_panic_shift", &[]);
        }
        let too_big = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, count, bits);
        let narrow_count = if ty == clif::I64 {
            count
        } else {
            self.b.ins().ireduce(ty, count)
        };
        if left {
            let r = self.b.ins().ishl(x, narrow_count);
            let zero = self.b.ins().iconst(ty, 0);
            self.b.ins().select(too_big, zero, r)
        } else if signed {
            let max = self.b.ins().iconst(ty, bits - 1);
            let c = self.b.ins().select(too_big, max, narrow_count);
            self.b.ins().sshr(x, c)
        } else {
            let r = self.b.ins().ushr(x, narrow_count);
            let zero = self.b.ins().iconst(ty, 0);
            self.b.ins().select(too_big, zero, r)
        }
    }

    /// Compares two values of type `ty`, giving an i8 boolean.
    pub(super) fn compare(&mut self, op: BinOp, ty: TypeId, x: Val, y: Val) -> Value {
        let types = self.types();
        match types.under(ty).clone() {
            Type::Basic(BasicKind::String) => {
                let (xs, ys) = (x.leaves().to_vec(), y.leaves().to_vec());
                let args = [xs[0], xs[1], ys[0], ys[1]];
                if matches!(op, BinOp::Eq | BinOp::Ne) {
                    let lens_equal = self.b.ins().icmp(IntCC::Equal, xs[1], ys[1]);
                    let r =
                        self.call_rt("gosub_string_equal", &[clif::I64; 4], &[clif::I8], &args)[0];
                    let eq = self.b.ins().band(lens_equal, r);
                    return if op == BinOp::Eq {
                        eq
                    } else {
                        self.b.ins().bxor_imm_u(eq, 1)
                    };
                }
                let c =
                    self.call_rt("gosub_string_compare", &[clif::I64; 4], &[clif::I64], &args)[0];
                let cc = match op {
                    BinOp::Lt => IntCC::SignedLessThan,
                    BinOp::Le => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp_imm_s(cc, c, 0)
            }
            Type::Basic(k) if k.is_float() => {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, x.scalar(), y.scalar())
            }
            Type::Basic(k) if k.is_integer() => {
                let s = !k.is_unsigned();
                let cc = match op {
                    BinOp::Eq => IntCC::Equal,
                    BinOp::Ne => IntCC::NotEqual,
                    BinOp::Lt if s => IntCC::SignedLessThan,
                    BinOp::Le if s => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt if s => IntCC::SignedGreaterThan,
                    BinOp::Ge if s => IntCC::SignedGreaterThanOrEqual,
                    BinOp::Lt => IntCC::UnsignedLessThan,
                    BinOp::Le => IntCC::UnsignedLessThanOrEqual,
                    BinOp::Gt => IntCC::UnsignedGreaterThan,
                    _ => IntCC::UnsignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, x.scalar(), y.scalar())
            }
            Type::Interface(_) => {
                let (xs, ys) = (x.leaves().to_vec(), y.leaves().to_vec());
                let tx = self.dynamic_type(xs[0], ty);
                let ty2 = self.dynamic_type(ys[0], ty);
                let eq = self.call_rt(
                    "gosub_iface_equal",
                    &[clif::I64; 4],
                    &[clif::I8],
                    &[tx, xs[1], ty2, ys[1]],
                )[0];
                if op == BinOp::Ne {
                    self.b.ins().bxor_imm_u(eq, 1)
                } else {
                    eq
                }
            }
            Type::Struct(_) | Type::Array(..) => {
                let eq = self.aggregate_equal(ty, x, y);
                if op == BinOp::Ne {
                    self.b.ins().bxor_imm_u(eq, 1)
                } else {
                    eq
                }
            }
            _ => {
                // Pointers, channels, bools; maps, slices and funcs only against nil.
                let cc = if op == BinOp::Eq {
                    IntCC::Equal
                } else {
                    IntCC::NotEqual
                };
                self.b.ins().icmp(cc, x.scalar(), y.scalar())
            }
        }
    }

    /// Equality of two structs or arrays: every field or element compares equal.
    fn aggregate_equal(&mut self, ty: TypeId, x: Val, y: Val) -> Value {
        let shape = self.shape(ty);
        if !shape.ssa {
            let (xa, ya) = (self.spill(ty, x), self.spill(ty, y));
            let desc = {
                let d = crate::descriptors::type_desc(self.cx, ty);
                self.data_addr(d)
            };
            return self.call_rt(
                "gosub_value_equal",
                &[clif::I64; 3],
                &[clif::I8],
                &[desc, xa, ya],
            )[0];
        }
        let parts: Vec<(TypeId, std::ops::Range<usize>)> = match self.types().under(ty).clone() {
            Type::Struct(fields) => {
                let mut start = 0;
                fields
                    .iter()
                    .filter(|f| f.name != "_")
                    .map(|f| {
                        let n = self.shape(f.ty).leaves.len();
                        start += n;
                        (f.ty, start - n..start)
                    })
                    .collect()
            }
            Type::Array(elem, n) => {
                let k = self.shape(elem).leaves.len();
                (0..n as usize)
                    .map(|i| (elem, i * k..(i + 1) * k))
                    .collect()
            }
            _ => Vec::new(),
        };
        let mut result = self.b.ins().iconst(clif::I8, 1);
        for (fty, range) in parts {
            let xv = Val::Leaves(x.leaves()[range.clone()].to_vec());
            let yv = Val::Leaves(y.leaves()[range].to_vec());
            let eq = self.compare(BinOp::Eq, fty, xv, yv);
            result = self.b.ins().band(result, eq);
        }
        result
    }

    /// Puts a value in memory (if it is not already) and returns its address.
    pub(super) fn spill(&mut self, ty: TypeId, v: Val) -> Value {
        match v {
            Val::Mem(a) => a,
            Val::Leaves(_) => {
                let shape = self.shape(ty);
                let slot = self.slot(shape.size, shape.align.max(8));
                let addr = self.b.ins().stack_addr(clif::I64, slot, 0);
                self.store(addr, ty, v);
                addr
            }
        }
    }

    /// Converts a value of type `from` to type `to` (numeric conversions; identity otherwise).
    pub(super) fn convert(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let (fk, tk) = match (self.basic_of(from), self.basic_of(to)) {
            (Some(f), Some(t)) if f.is_numeric() && t.is_numeric() => (f, t),
            _ => return v,
        };
        let x = v.scalar();
        let src = self.b.func.dfg.value_type(x);
        let dst = crate::shape::basic_clif(tk);
        let r = if fk.is_integer() && tk.is_integer() {
            if dst.bits() < src.bits() {
                self.b.ins().ireduce(dst, x)
            } else if dst.bits() > src.bits() {
                if fk.is_unsigned() {
                    self.b.ins().uextend(dst, x)
                } else {
                    self.b.ins().sextend(dst, x)
                }
            } else {
                x
            }
        } else if fk.is_integer() {
            if fk.is_unsigned() {
                self.b.ins().fcvt_from_uint(dst, x)
            } else {
                self.b.ins().fcvt_from_sint(dst, x)
            }
        } else if tk.is_integer() {
            // Convert through 64 bits, then narrow: out-of-range values saturate rather than trap.
            let wide = if tk.is_unsigned() {
                self.b.ins().fcvt_to_uint_sat(clif::I64, x)
            } else {
                self.b.ins().fcvt_to_sint_sat(clif::I64, x)
            };
            if dst == clif::I64 {
                wide
            } else {
                self.b.ins().ireduce(dst, wide)
            }
        } else if dst.bits() > src.bits() {
            self.b.ins().fpromote(dst, x)
        } else if dst.bits() < src.bits() {
            self.b.ins().fdemote(dst, x)
        } else {
            x
        };
        Val::Leaves(vec![r])
    }
}
