//! Straight-line instructions: assignments, allocation, checks, slicing and the operations that
//! call into the runtime (concatenation, string conversions, `append`, `copy`, type assertions).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types as clif, InstBuilder, Value};
use middle::ir::{self as mir, AllocKind, Inst, Operand, StringConvKind};
use middle::types::{BasicKind, Type, TypeId};

use super::{SiteRepr, Translator, Val, DYNAMIC_MAKE_STACK_BYTES, RUNTIME_BUFFER_BYTES};
use crate::descriptors;

impl Translator<'_, '_> {
    /// Translates one instruction.
    pub(super) fn inst(&mut self, inst: &Inst) {
        match inst {
            Inst::Assign { dst, src, .. } => {
                let ty = self.place_type(dst);
                let v = self.rvalue(src, ty);
                self.write_place(dst, ty, v);
            }
            Inst::Alloc { site, count, .. } => self.alloc(*site, count.as_ref()),
            Inst::Call {
                dsts, callee, args, ..
            } => self.call(dsts, callee, args),
            Inst::BoundsCheck { index, len, .. } => {
                let i = self.index_value(index);
                let n = self.index_value(len);
                if self.checked.insert((i, n)) {
                    let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, n);
                    self.panic_if(bad, "gosub_panic_index", &[i, n]);
                }
            }
            Inst::NilCheck { ptr, .. } => {
                let p = self.operand(ptr).scalar();
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
                self.panic_if(bad, "gosub_panic_nil", &[]);
            }
            Inst::Concat {
                dst, parts, site, ..
            } => {
                let n = parts.len() as u32;
                let slot = self.slot(16 * n, 8);
                let arr = self.b.ins().stack_addr(clif::I64, slot, 0);
                for (i, p) in parts.iter().enumerate() {
                    let v = self.operand(p);
                    self.store_at(arr, 16 * i as i32, v.leaves());
                }
                let (buf, cap) = self.buffer(*site);
                let count = self.b.ins().iconst(clif::I64, n as i64);
                let r = self.call_rt(
                    "gosub_concat",
                    &[clif::I64; 4],
                    &[clif::I64; 2],
                    &[buf, cap, arr, count],
                );
                self.write_place(dst, TypeId::STRING, Val::Leaves(r));
            }
            Inst::StringConv {
                dst,
                kind,
                src,
                site,
                ..
            } => self.string_conv(dst, *kind, src, *site),
            Inst::Append {
                dst,
                slice,
                elems,
                spread,
                site,
                ..
            } => self.append(dst, slice, elems, spread.as_ref(), *site),
            Inst::SliceCopy {
                result, dst, src, ..
            } => {
                let elem = self.elem_type(self.operand_type(dst));
                let size = self.shape(elem).size as i64;
                let d = self.operand(dst).leaves().to_vec();
                let s = self.operand(src).leaves().to_vec();
                let lt = self.b.ins().icmp(IntCC::SignedLessThan, d[1], s[1]);
                let n = self.b.ins().select(lt, d[1], s[1]);
                let bytes = self.b.ins().imul_imm_s(n, size);
                self.call_rt(
                    "memmove",
                    &[clif::I64; 3],
                    &[clif::I64],
                    &[d[0], s[0], bytes],
                );
                if let Some(r) = result {
                    self.write_place(r, TypeId::INT, Val::Leaves(vec![n]));
                }
            }
            Inst::TypeAssert { dst, ok, x, ty, .. } => {
                self.type_assert(dst.as_ref(), ok.as_ref(), x, *ty)
            }
            other if self.runtime_inst(other) => {}
            other => {
                let what = format!("{other:?}");
                let name = what
                    .split([' ', '{'])
                    .next()
                    .unwrap_or("this instruction")
                    .to_string();
                self.cx.errors.push(format!(
                    "{}: code generation for {name} is not supported yet",
                    self.f.symbol
                ));
            }
        }
    }

    /// Stores scalar leaves consecutively as words at `base + offset`.
    fn store_at(&mut self, base: Value, offset: i32, leaves: &[Value]) {
        for (i, v) in leaves.iter().enumerate() {
            self.b
                .ins()
                .store(super::mem(), *v, base, offset + 8 * i as i32);
        }
    }

    /// The element type of a slice (or `byte` for a string).
    pub(super) fn elem_type(&self, ty: TypeId) -> TypeId {
        match self.types().under(ty) {
            Type::Slice(e) | Type::Array(e, _) => *e,
            Type::Pointer(p) => match self.types().under(*p) {
                Type::Array(e, _) => *e,
                _ => TypeId::UINT8,
            },
            _ => TypeId::UINT8,
        }
    }

    /// The "buffer already used" flag of a stack-placed runtime-buffer site.
    fn append_buffer_flag(&self, site: mir::AllocId) -> Option<cranelift_frontend::Variable> {
        self.buffer_flags.get(&site).copied()
    }

    /// The stack buffer (address, capacity) of a runtime-buffer site, or (0, 0) if heap-placed.
    fn buffer(&mut self, site: mir::AllocId) -> (Value, Value) {
        match self.sites[site.index()].clone() {
            SiteRepr::Buffer(Some(slot)) => {
                let a = self.b.ins().stack_addr(clif::I64, slot, 0);
                (
                    a,
                    self.b.ins().iconst(clif::I64, RUNTIME_BUFFER_BYTES as i64),
                )
            }
            _ => {
                let z = self.b.ins().iconst(clif::I64, 0);
                (z, z)
            }
        }
    }

    fn alloc(&mut self, site: mir::AllocId, count: Option<&Operand>) {
        let s = self.f.alloc(site);
        let elem = self.shape(s.ty);
        let has_ptr = self.types().has_pointers(s.ty) as i64;
        let align = elem.align.max(1) as i64;
        let bytes = match count {
            Some(c) => {
                let n = self.index_value(c);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
                let limit = mir::max_array_count(elem.size as u64);
                let huge = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, n, limit);
                let bad = self.b.ins().bor(negative, huge);
                self.panic_if(bad, "gosub_panic_makeslice", &[]);
                self.b.ins().imul_imm_s(n, elem.size as i64)
            }
            None => self.b.ins().iconst(clif::I64, elem.size as i64),
        };
        match self.sites[site.index()].clone() {
            SiteRepr::Stack(slot, size) => {
                let addr = self.b.ins().stack_addr(clif::I64, slot, 0);
                if count.is_some() && s.kind == AllocKind::Array {
                    let zero = self.b.ins().iconst(clif::I32, 0);
                    self.call_rt(
                        "memset",
                        &[clif::I64, clif::I32, clif::I64],
                        &[clif::I64],
                        &[addr, zero, bytes],
                    );
                } else {
                    self.zero_memory(addr, size);
                }
            }
            SiteRepr::StackOrHeap(slot, var) => {
                let fits = self.b.ins().icmp_imm_u(
                    IntCC::UnsignedLessThanOrEqual,
                    bytes,
                    DYNAMIC_MAKE_STACK_BYTES as i64,
                );
                let on_stack = self.b.create_block();
                let on_heap = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(fits, on_stack, &[], on_heap, &[]);
                self.b.switch_to_block(on_stack);
                let addr = self.b.ins().stack_addr(clif::I64, slot, 0);
                let zero = self.b.ins().iconst(clif::I32, 0);
                self.call_rt(
                    "memset",
                    &[clif::I64, clif::I32, clif::I64],
                    &[clif::I64],
                    &[addr, zero, bytes],
                );
                self.b.def_var(var, addr);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(on_heap);
                let a = self.heap_alloc(bytes, align, has_ptr);
                self.b.def_var(var, a);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            SiteRepr::Heap(var) => {
                let a = self.heap_alloc(bytes, align, has_ptr);
                self.b.def_var(var, a);
            }
            SiteRepr::Static(_) | SiteRepr::Buffer(_) => {}
        }
    }

    /// `alloc box; *box = v` for a heap-placed read-only box of an integer: `gosub_box_word`
    /// returns a shared read-only copy for values below 256 (gc's `staticuint64s`) and allocates
    /// otherwise. Returns false (doing nothing) when the pair is not of that shape.
    pub(super) fn box_small_integer(&mut self, alloc: &Inst, init: &Inst) -> bool {
        let Inst::Alloc {
            site, count: None, ..
        } = alloc
        else {
            return false;
        };
        let Inst::Assign {
            dst,
            src: mir::Rvalue::Use(value),
            ..
        } = init
        else {
            return false;
        };
        let s = self.f.alloc(*site);
        let is_int = self
            .types()
            .basic(s.ty)
            .is_some_and(|k| k.is_integer() || k == BasicKind::Bool);
        if !s.read_only
            || !is_int
            || *dst != mir::Place::alloc(*site)
            || !matches!(self.sites[site.index()], SiteRepr::Heap(_))
        {
            return false;
        }
        let SiteRepr::Heap(var) = self.sites[site.index()].clone() else {
            return false;
        };
        let size = self.shape(s.ty).size as i64;
        let ty = s.ty;
        let v = self.operand(value).scalar();
        let wide = self.widen_int(v, ty);
        let n = self.b.ins().iconst(clif::I64, size);
        let p = self.call_rt("gosub_box_word", &[clif::I64; 2], &[clif::I64], &[wide, n])[0];
        self.b.def_var(var, p);
        true
    }

    fn heap_alloc(&mut self, bytes: Value, align: i64, has_ptr: i64) -> Value {
        let a = self.b.ins().iconst(clif::I64, align);
        let p = self.b.ins().iconst(clif::I64, has_ptr);
        self.call_rt("gosub_alloc", &[clif::I64; 3], &[clif::I64], &[bytes, a, p])[0]
    }

    /// `x[lo:hi:max]` with Go's bounds checks.
    pub(super) fn slice(
        &mut self,
        x: &Operand,
        lo: Option<&Operand>,
        hi: Option<&Operand>,
        max: Option<&Operand>,
    ) -> Val {
        let xty = self.operand_type(x);
        let is_string = self.types().basic(xty) == Some(BasicKind::String);
        let xv = self.operand(x).leaves().to_vec();
        let (ptr, len, cap) = match self.types().under(xty).clone() {
            Type::Pointer(arr) => {
                let n = match self.types().under(arr) {
                    Type::Array(_, n) => *n as i64,
                    _ => 0,
                };
                let n = self.b.ins().iconst(clif::I64, n);
                (xv[0], n, n)
            }
            _ if is_string => (xv[0], xv[1], xv[1]),
            _ => (xv[0], xv[1], xv[2]),
        };
        let elem_size = if is_string {
            1
        } else {
            self.shape(self.elem_type(xty)).size as i64
        };
        // gc words the limit of a string or array (whose capacity is its length) as a length.
        let by_len = !matches!(self.types().under(xty), Type::Slice(_));
        let lo_v = match lo {
            Some(o) => self.index_value(o),
            None => self.b.ins().iconst(clif::I64, 0),
        };
        let hi_v = match hi {
            Some(o) => self.index_value(o),
            None => len,
        };
        let max_v = match max {
            Some(o) => self.index_value(o),
            None => cap,
        };
        if let Some(_m) = max {
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, max_v, cap);
            self.panic_if(
                bad,
                if by_len {
                    "gosub_panic_slice3_alen"
                } else {
                    "gosub_panic_slice3_acap"
                },
                &[max_v, cap],
            );
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, hi_v, max_v);
            self.panic_if(bad, "gosub_panic_slice3_b", &[hi_v, max_v]);
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, lo_v, hi_v);
            self.panic_if(bad, "gosub_panic_slice3_c", &[lo_v, hi_v]);
        } else {
            if hi.is_some() {
                let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, hi_v, cap);
                self.panic_if(
                    bad,
                    if by_len {
                        "gosub_panic_slice_alen"
                    } else {
                        "gosub_panic_slice_acap"
                    },
                    &[hi_v, cap],
                );
            }
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, lo_v, hi_v);
            self.panic_if(bad, "gosub_panic_slice_b", &[lo_v, hi_v]);
        }
        let off = self.b.ins().imul_imm_s(lo_v, elem_size);
        let new_ptr = self.b.ins().iadd(ptr, off);
        let new_len = self.b.ins().isub(hi_v, lo_v);
        if is_string {
            return Val::Leaves(vec![new_ptr, new_len]);
        }
        let new_cap = self.b.ins().isub(max_v, lo_v);
        Val::Leaves(vec![new_ptr, new_len, new_cap])
    }

    fn string_conv(
        &mut self,
        dst: &mir::Place,
        kind: StringConvKind,
        src: &Operand,
        site: mir::AllocId,
    ) {
        let src_ty = self.operand_type(src);
        let v = self.operand(src);
        let (buf, cap) = self.buffer(site);
        let dst_ty = self.place_type(dst);
        match kind {
            StringConvKind::RuneToString => {
                let r = self.widen_int(v.scalar(), src_ty);
                let out = self.call_rt(
                    "gosub_string_from_rune",
                    &[clif::I64; 2],
                    &[clif::I64; 2],
                    &[buf, r],
                );
                self.write_place(dst, dst_ty, Val::Leaves(out));
            }
            StringConvKind::BytesToString | StringConvKind::RunesToString => {
                let l = v.leaves();
                let sym = if kind == StringConvKind::BytesToString {
                    "gosub_string_from_bytes"
                } else {
                    "gosub_string_from_runes"
                };
                let out = self.call_rt(
                    sym,
                    &[clif::I64; 4],
                    &[clif::I64; 2],
                    &[buf, cap, l[0], l[1]],
                );
                self.write_place(dst, dst_ty, Val::Leaves(out));
            }
            StringConvKind::StringToBytes | StringConvKind::StringToRunes => {
                let l = v.leaves().to_vec();
                let slot = self.slot(24, 8);
                let out = self.b.ins().stack_addr(clif::I64, slot, 0);
                let sym = if kind == StringConvKind::StringToBytes {
                    "gosub_bytes_from_string"
                } else {
                    "gosub_runes_from_string"
                };
                self.call_rt(sym, &[clif::I64; 5], &[], &[out, buf, cap, l[0], l[1]]);
                let r = self.load(out, dst_ty);
                self.write_place(dst, dst_ty, r);
            }
        }
    }

    /// `append`: grow through the runtime when capacity is short, then store the new elements.
    fn append(
        &mut self,
        dst: &mir::Place,
        slice: &Operand,
        elems: &[Operand],
        spread: Option<&Operand>,
        site: mir::AllocId,
    ) {
        let sty = self.operand_type(slice);
        let elem = self.elem_type(sty);
        let esize = self.shape(elem).size as i64;
        let s = self.operand(slice).leaves().to_vec();
        let (src_ptr, add) = match spread {
            Some(o) => {
                let v = self.operand(o).leaves().to_vec();
                (Some(v[0]), v[1])
            }
            None => (None, self.b.ins().iconst(clif::I64, elems.len() as i64)),
        };
        let new_len = self.b.ins().iadd(s[1], add);
        let need_grow = self.b.ins().icmp(IntCC::UnsignedGreaterThan, new_len, s[2]);
        let grow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, clif::I64);
        self.b.append_block_param(done, clif::I64);
        self.b.set_cold_block(grow);
        let (p0, c0) = (s[0].into(), s[2].into());
        self.b.ins().brif(need_grow, grow, &[], done, &[p0, c0]);
        self.b.switch_to_block(grow);
        let slot = self.slot(24, 8);
        let out = self.b.ins().stack_addr(clif::I64, slot, 0);
        // The site's stack buffer is offered only until a growth has used it once (as gc's
        // per-site flag does): a second use could overwrite a slice still referring to it.
        let used = self.append_buffer_flag(site);
        let (buf, _) = self.buffer(site);
        let buf = match used {
            Some(flag) => {
                let f = self.b.use_var(flag);
                let zero = self.b.ins().iconst(clif::I64, 0);
                self.b.ins().select(f, zero, buf)
            }
            None => buf,
        };
        let es = self.b.ins().iconst(clif::I64, esize);
        let has_pointers = self.types().has_pointers(elem) as i64;
        let hp = self.b.ins().iconst(clif::I64, has_pointers);
        self.call_rt(
            "gosub_growslice",
            &[clif::I64; 8],
            &[],
            &[out, s[0], s[1], s[2], new_len, es, hp, buf],
        );
        let np = self.b.ins().load(clif::I64, super::mem(), out, 0);
        if let Some(flag) = used {
            let got_buffer = self.b.ins().icmp(IntCC::Equal, np, buf);
            let nonnull = self.b.ins().icmp_imm_u(IntCC::NotEqual, buf, 0);
            let now = self.b.ins().band(got_buffer, nonnull);
            let before = self.b.use_var(flag);
            let v = self.b.ins().bor(before, now);
            self.b.def_var(flag, v);
        }
        let nc = self.b.ins().load(clif::I64, super::mem(), out, 16);
        self.b.ins().jump(done, &[np.into(), nc.into()]);
        self.b.switch_to_block(done);
        let ptr = self.b.block_params(done)[0];
        let new_cap = self.b.block_params(done)[1];
        let old_bytes = self.b.ins().imul_imm_s(s[1], esize);
        let tail = self.b.ins().iadd(ptr, old_bytes);
        match src_ptr {
            Some(sp) => {
                let bytes = self.b.ins().imul_imm_s(add, esize);
                self.call_rt("memmove", &[clif::I64; 3], &[clif::I64], &[tail, sp, bytes]);
            }
            None => {
                for (i, e) in elems.iter().enumerate() {
                    let v = self.operand(e);
                    let at = self.b.ins().iadd_imm_s(tail, i as i64 * esize);
                    self.store(at, elem, v);
                }
            }
        }
        let dst_ty = self.place_type(dst);
        self.write_place(dst, dst_ty, Val::Leaves(vec![ptr, new_len, new_cap]));
    }

    fn type_assert(
        &mut self,
        dst: Option<&mir::Place>,
        ok: Option<&mir::Place>,
        x: &Operand,
        ty: TypeId,
    ) {
        let xty = self.operand_type(x);
        let xv = self.operand(x).leaves().to_vec();
        let dyn_type = self.dynamic_type(xv[0], xty);
        let target_is_iface = self.types().is_interface(ty);
        let (success, tab) = if target_is_iface {
            let want = descriptors::type_desc(self.cx, ty);
            let want = self.data_addr(want);
            let tab = self.call_rt(
                "gosub_assert_iface",
                &[clif::I64; 2],
                &[clif::I64],
                &[dyn_type, want],
            )[0];
            (self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0), tab)
        } else {
            let want = descriptors::type_desc(self.cx, ty);
            let want = self.data_addr(want);
            (self.b.ins().icmp(IntCC::Equal, dyn_type, want), want)
        };
        if ok.is_none() {
            let failed = self.b.ins().bxor_imm_u(success, 1);
            let want = descriptors::type_desc(self.cx, ty);
            let want = self.data_addr(want);
            let iface = descriptors::type_desc(self.cx, xty);
            let iface = self.data_addr(iface);
            self.panic_if(failed, "gosub_panic_assert", &[dyn_type, want, iface]);
        }
        if let Some(d) = dst {
            let value = if target_is_iface {
                Val::Leaves(vec![tab, xv[1]])
            } else if self.types().is_direct_iface(ty) {
                Val::Leaves(vec![xv[1]])
            } else {
                // Load through the box only when the assertion succeeded (the box may be absent).
                let shape = self.shape(ty);
                let area = self.cx.zero_area(shape.size);
                let zero = self.data_addr(area);
                let addr = self.b.ins().select(success, xv[1], zero);
                self.load(addr, ty)
            };
            let value = if ok.is_some() && (target_is_iface || self.types().is_direct_iface(ty)) {
                let zero = self.b.ins().iconst(clif::I64, 0);
                Val::Leaves(
                    value
                        .leaves()
                        .iter()
                        .map(|v| self.b.ins().select(success, *v, zero))
                        .collect(),
                )
            } else {
                value
            };
            self.write_place(d, ty, value);
        }
        if let Some(o) = ok {
            self.write_place(o, TypeId::BOOL, Val::Leaves(vec![success]));
        }
    }
}
