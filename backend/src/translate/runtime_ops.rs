//! Instructions implemented by runtime calls: maps, channels, `select`, goroutines, `defer` and
//! `recover`.
//!
//! Keys and values cross into the runtime by address: the translator spills them into a frame
//! slot and passes its address; results come back as pointers into runtime-owned memory (a map
//! value slot, an iterator's current entry) from which the value is loaded, or the zero value is
//! used when the runtime returns null.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types as clif, InstBuilder, Value};
use middle::ir::{self as mir, Inst, Operand, Place, SelectCase};
use middle::types::{Type, TypeId};

use super::{SiteRepr, Translator, Val};

/// The largest first map table kept in a frame (a group of eight 32-byte entries, plus headers).
const MAP_FRAME_TABLE_MAX: u32 = 16 + 8 * 32;
use crate::descriptors;

impl Translator<'_, '_> {
    /// Translates the runtime-backed instructions; returns false for any other instruction.
    pub(super) fn runtime_inst(&mut self, inst: &Inst) -> bool {
        match inst {
            Inst::MakeMap {
                dst,
                ty,
                hint,
                site,
                ..
            } => self.make_map(dst, *ty, hint.as_ref(), *site),
            Inst::MapIndex {
                dst, ok, map, key, ..
            } => {
                let (vt, kt) = self.map_types(map);
                let m = self.operand(map).scalar();
                let kp = self.operand_addr(key, kt);
                let p =
                    self.call_rt("gosub_map_access", &[clif::I64; 2], &[clif::I64], &[m, kp])[0];
                let found = self.b.ins().icmp_imm_u(IntCC::NotEqual, p, 0);
                if let Some(d) = dst {
                    let v = self.load_or_zero(p, found, vt);
                    self.write_place(d, vt, v);
                }
                if let Some(o) = ok {
                    self.write_place(o, TypeId::BOOL, Val::Leaves(vec![found]));
                }
            }
            Inst::MapStore {
                map, key, value, ..
            } => {
                let (vt, kt) = self.map_types(map);
                let m = self.operand(map).scalar();
                let v = self.operand(value);
                let kp = self.operand_addr(key, kt);
                let p =
                    self.call_rt("gosub_map_assign", &[clif::I64; 2], &[clif::I64], &[m, kp])[0];
                self.store(p, vt, v);
            }
            Inst::MapDelete { map, key, .. } => {
                let (_, kt) = self.map_types(map);
                let m = self.operand(map).scalar();
                let kp = self.operand_addr(key, kt);
                self.call_rt("gosub_map_delete", &[clif::I64; 2], &[], &[m, kp]);
            }
            Inst::MapClear { map, .. } => {
                let m = self.operand(map).scalar();
                self.call_rt("gosub_map_clear", &[clif::I64], &[], &[m]);
            }
            Inst::MapIterInit { iter, map, .. } => {
                let it = self.place_addr(iter);
                let m = self.operand(map).scalar();
                self.call_rt("gosub_map_iter_init", &[clif::I64; 2], &[], &[it, m]);
            }
            Inst::MapIterNext {
                iter,
                key,
                value,
                ok,
                ..
            } => {
                let it = self.place_addr(iter);
                let r = self.call_rt("gosub_map_iter_next", &[clif::I64], &[clif::I8], &[it])[0];
                let found = self.b.ins().icmp_imm_u(IntCC::NotEqual, r, 0);
                for (dst, offset) in [(key, 0), (value, 8)] {
                    if let Some(d) = dst {
                        let ty = self.place_type(d);
                        let p = self.b.ins().load(clif::I64, super::mem(), it, offset);
                        let v = self.load_or_zero(p, found, ty);
                        self.write_place(d, ty, v);
                    }
                }
                self.write_place(ok, TypeId::BOOL, Val::Leaves(vec![found]));
            }
            Inst::MakeChan { dst, ty, size, .. } => {
                let desc = descriptors::type_desc(self.cx, *ty);
                let d = self.data_addr(desc);
                let n = match size {
                    Some(s) => self.index_value(s),
                    None => self.b.ins().iconst(clif::I64, 0),
                };
                let c = self.call_rt("gosub_chan_make", &[clif::I64; 2], &[clif::I64], &[d, n])[0];
                self.write_place(dst, *ty, Val::Leaves(vec![c]));
            }
            Inst::ChanSend { ch, value, .. } => {
                let elem = self.chan_elem(ch);
                let c = self.operand(ch).scalar();
                let vp = self.operand_addr(value, elem);
                self.call_rt("gosub_chan_send", &[clif::I64; 2], &[], &[c, vp]);
            }
            Inst::ChanRecv { dst, ok, ch, .. } => {
                let elem = self.chan_elem(ch);
                let c = self.operand(ch).scalar();
                let shape = self.shape(elem);
                let slot = self.slot(shape.size, shape.align.max(8));
                let buf = self.b.ins().stack_addr(clif::I64, slot, 0);
                let r = self.call_rt("gosub_chan_recv", &[clif::I64; 2], &[clif::I8], &[c, buf])[0];
                if let Some(d) = dst {
                    let v = self.load(buf, elem);
                    self.write_place(d, elem, v);
                }
                if let Some(o) = ok {
                    self.write_place(o, TypeId::BOOL, Val::Leaves(vec![r]));
                }
            }
            Inst::ChanClose { ch, .. } => {
                let c = self.operand(ch).scalar();
                self.call_rt("gosub_chan_close", &[clif::I64], &[], &[c]);
            }
            Inst::Select {
                cases,
                has_default,
                chosen,
                ..
            } => self.select(cases, *has_default, chosen),
            Inst::Go { closure, .. } => {
                let c = self.operand(closure).scalar();
                self.call_rt("gosub_go", &[clif::I64], &[], &[c]);
            }
            Inst::Defer { frame, closure, .. } => {
                let f = self.operand(frame).scalar();
                let c = self.operand(closure).scalar();
                self.call_rt("gosub_defer_push", &[clif::I64; 2], &[], &[f, c]);
            }
            Inst::Recover { dst, .. } => {
                let r = self.call_rt("gosub_recover", &[], &[clif::I64; 2], &[]);
                self.write_place(dst, TypeId::EMPTY_INTERFACE, Val::Leaves(r));
            }
            _ => return false,
        }
        true
    }

    /// The value and key types of a map operand.
    fn map_types(&self, map: &Operand) -> (TypeId, TypeId) {
        match self.types().under(self.operand_type(map)) {
            Type::Map(k, v) => (*v, *k),
            _ => (TypeId::INVALID, TypeId::INVALID),
        }
    }

    /// The element type of a channel operand.
    fn chan_elem(&self, ch: &Operand) -> TypeId {
        match self.types().under(self.operand_type(ch)) {
            Type::Chan(_, e) => *e,
            _ => TypeId::INVALID,
        }
    }

    /// The address of memory holding the operand's value (of type `ty`).
    fn operand_addr(&mut self, o: &Operand, ty: TypeId) -> Value {
        let v = self.operand(o);
        self.spill(ty, v)
    }

    /// The value of type `ty` at `p` when `present`, else its zero value (without reading `p`).
    fn load_or_zero(&mut self, p: Value, present: Value, ty: TypeId) -> Val {
        let size = self.shape(ty).size;
        let area = self.cx.zero_area(size);
        let zero = self.data_addr(area);
        let addr = self.b.ins().select(present, p, zero);
        match self.load(addr, ty) {
            // A memory-typed value must not alias the runtime's slot: copy it out.
            Val::Mem(a) => {
                let shape = self.shape(ty);
                let slot = self.slot(shape.size, shape.align.max(8));
                let copy = self.b.ins().stack_addr(clif::I64, slot, 0);
                self.copy_memory(copy, a, shape.size);
                Val::Mem(copy)
            }
            v => v,
        }
    }

    fn make_map(&mut self, dst: &Place, ty: TypeId, hint: Option<&Operand>, site: mir::AllocId) {
        let desc = descriptors::type_desc(self.cx, ty);
        let d = self.data_addr(desc);
        let h = match hint {
            Some(o) => self.index_value(o),
            None => self.b.ins().iconst(clif::I64, 0),
        };
        let m = match self.sites[site.index()].clone() {
            SiteRepr::Stack(slot, size) => {
                let hdr = self.b.ins().stack_addr(clif::I64, slot, 0);
                self.zero_memory(hdr, size);
                // The first table (one group of eight entries) also lives in the frame, as gc's
                // first bucket does, unless that group would be large.
                let group = self.map_group_bytes(ty);
                if group <= MAP_FRAME_TABLE_MAX {
                    let table = self.slot(group, 8);
                    let buf = self.b.ins().stack_addr(clif::I64, table, 0);
                    let len = self.b.ins().iconst(clif::I64, group as i64);
                    self.call_rt(
                        "gosub_map_init_buf",
                        &[clif::I64; 5],
                        &[],
                        &[hdr, d, h, buf, len],
                    );
                } else {
                    self.call_rt("gosub_map_init", &[clif::I64; 3], &[], &[hdr, d, h]);
                }
                hdr
            }
            SiteRepr::Heap(var) => {
                let m = self.call_rt("gosub_map_new", &[clif::I64; 2], &[clif::I64], &[d, h])[0];
                self.b.def_var(var, m);
                m
            }
            _ => self.call_rt("gosub_map_new", &[clif::I64; 2], &[clif::I64], &[d, h])[0],
        };
        self.write_place(dst, ty, Val::Leaves(vec![m]));
    }

    /// Bytes of a one-group map table for map type `ty` (the runtime's layout: a group-count
    /// word, a control word, then eight slots of key and value).
    fn map_group_bytes(&self, ty: TypeId) -> u32 {
        let (value, key) = match self.types().under(ty) {
            Type::Map(k, v) => (*v, *k),
            _ => return u32::MAX,
        };
        let (kl, vl) = (self.types().layout(key), self.types().layout(value));
        let value_offset = kl.size.next_multiple_of(vl.align.max(1));
        let slot = (value_offset + vl.size).next_multiple_of(kl.align.max(vl.align).max(1));
        (16 + 8 * slot) as u32
    }

    /// `select`: a case table `{ch, is_send, elem}` per case in a frame slot, one runtime call
    /// returning (chosen, received-ok), then the received values loaded into their destinations.
    fn select(&mut self, cases: &[SelectCase], has_default: bool, chosen: &Place) {
        let n = cases.len();
        let table_slot = self.slot(24 * n.max(1) as u32, 8);
        let table = self.b.ins().stack_addr(clif::I64, table_slot, 0);
        let mut buffers = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            let elem = self.chan_elem(&c.ch);
            let ch = self.operand(&c.ch).scalar();
            let (is_send, buf) = match &c.send {
                Some(v) => (1, self.operand_addr(v, elem)),
                None => {
                    let shape = self.shape(elem);
                    let slot = self.slot(shape.size, shape.align.max(8));
                    let buf = self.b.ins().stack_addr(clif::I64, slot, 0);
                    self.zero_memory(buf, shape.size);
                    buffers.push((i, buf, elem));
                    (0, buf)
                }
            };
            let flag = self.b.ins().iconst(clif::I64, is_send);
            let base = 24 * i as i32;
            self.b.ins().store(super::mem(), ch, table, base);
            self.b.ins().store(super::mem(), flag, table, base + 8);
            self.b.ins().store(super::mem(), buf, table, base + 16);
        }
        let count = self.b.ins().iconst(clif::I64, n as i64);
        let default = self.b.ins().iconst(clif::I64, has_default as i64);
        let r = self.call_rt(
            "gosub_select",
            &[clif::I64; 3],
            &[clif::I64; 2],
            &[table, count, default],
        );
        self.write_place(chosen, TypeId::INT, Val::Leaves(vec![r[0]]));
        for (i, buf, elem) in buffers {
            let c = &cases[i];
            if let Some(d) = &c.dst {
                let v = self.load(buf, elem);
                self.write_place(d, elem, v);
            }
            if let Some(o) = &c.ok {
                let is_this = self.b.ins().icmp_imm_s(IntCC::Equal, r[0], i as i64);
                let recv_ok = self.b.ins().icmp_imm_u(IntCC::NotEqual, r[1], 0);
                let ok = self.b.ins().band(is_this, recv_ok);
                self.write_place(o, TypeId::BOOL, Val::Leaves(vec![ok]));
            }
        }
    }
}
