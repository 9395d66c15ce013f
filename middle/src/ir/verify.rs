//! The IR verifier: structural and type checks run between passes in debug builds and tests.
//!
//! It checks that every id is in range, that places are well formed (a dereference goes through a
//! pointer, a field projection through a struct, an index through an array, within its bounds
//! when constant), that assignments move values between types with identical underlying types,
//! that no untyped constant kind survived the frontend, and that calls pass as many arguments as
//! the callee takes. A failure is a compiler bug, reported as a list of messages naming the
//! function and block.

use super::*;
use crate::types::{Type, TypeTable};

/// Checks a whole program; returns every problem found.
pub fn verify_program(p: &Program) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    for (i, f) in p.funcs.iter().enumerate() {
        let mut v = Verifier {
            p,
            f,
            errors: &mut errors,
            where_: String::new(),
        };
        v.function(FuncId(i as u32));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

struct Verifier<'a> {
    p: &'a Program,
    f: &'a Function,
    errors: &'a mut Vec<String>,
    where_: String,
}

impl Verifier<'_> {
    fn err(&mut self, msg: String) {
        self.errors
            .push(format!("{}: {}: {}", self.f.symbol, self.where_, msg));
    }

    fn types(&self) -> &TypeTable {
        &self.p.types
    }

    fn function(&mut self, _id: FuncId) {
        if self.f.blocks.is_empty() {
            self.where_ = "entry".into();
            self.err("function has no blocks".into());
            return;
        }
        for (i, l) in self.f.locals.iter().enumerate() {
            if self.types().basic(l.ty).is_some_and(|k| k.is_untyped())
                || l.ty.0 as usize >= self.types().len()
            {
                self.where_ = format!("l{i}");
                self.err(format!("local has invalid type {:?}", l.ty));
            }
        }
        for (bi, b) in self.f.blocks.iter().enumerate() {
            for (ii, inst) in b.insts.iter().enumerate() {
                self.where_ = format!("b{bi}[{ii}]");
                self.inst(inst);
            }
            self.where_ = format!("b{bi} terminator");
            match &b.term {
                Terminator::Goto(t) => self.block_ref(*t),
                Terminator::Branch { cond, then, els } => {
                    if let Some(t) = self.operand(cond) {
                        if self.types().basic(t) != Some(crate::types::BasicKind::Bool) {
                            self.err("branch condition is not a bool".into());
                        }
                    }
                    self.block_ref(*then);
                    self.block_ref(*els);
                }
                Terminator::Return | Terminator::Unreachable => {}
            }
        }
    }

    fn block_ref(&mut self, b: BlockId) {
        if b.index() >= self.f.blocks.len() {
            self.err(format!("jump to missing block {b}"));
        }
    }

    /// Types an assignment may mix: identical underlying types, or channels of one element
    /// type whatever their directions (Go's implicit `chan T` to `<-chan T` conversion).
    fn same(&self, a: TypeId, b: TypeId) -> bool {
        let (ua, ub) = (self.types().underlying(a), self.types().underlying(b));
        if a == b || ua == ub {
            return true;
        }
        matches!((self.types().get(ua), self.types().get(ub)), (Type::Chan(_, x), Type::Chan(_, y)) if x == y)
    }

    fn expect(&mut self, what: &str, have: Option<TypeId>, want: TypeId) {
        if let Some(have) = have {
            if !self.same(have, want) {
                let (h, w) = (
                    self.types().type_string(have, true, false),
                    self.types().type_string(want, true, false),
                );
                self.err(format!("{what}: have {h}, want {w}"));
            }
        }
    }

    fn inst(&mut self, inst: &Inst) {
        match inst {
            Inst::Assign { dst, src, .. } => {
                let dt = self.place(dst);
                let st = self.rvalue(src, dt);
                if let (Some(dt), Some(st)) = (dt, st) {
                    self.expect("assignment", Some(st), dt);
                }
            }
            Inst::Alloc { site, count, .. } => match self.f.allocs.get(site.index()) {
                None => self.err(format!("missing alloc site {site}")),
                Some(s) => {
                    if s.kind == AllocKind::RuntimeBuffer || s.static_value.is_some() {
                        self.err(format!(
                            "alloc of a site that is never allocated directly: {site}"
                        ));
                    }
                    if (s.kind == AllocKind::Array) != count.is_some() {
                        self.err(format!(
                            "alloc {site}: count given iff the site is an array"
                        ));
                    }
                    if let Some(c) = count {
                        self.operand(c);
                    }
                }
            },
            Inst::Call {
                dsts, callee, args, ..
            } => {
                for d in dsts {
                    self.place(d);
                }
                for a in args {
                    self.operand(a);
                }
                match callee {
                    Callee::Direct(fid) => match self.p.funcs.get(fid.index()) {
                        None => self.err(format!("call of missing function {fid}")),
                        Some(callee) => {
                            if callee.params.len() != args.len() {
                                self.err(format!(
                                    "call of {} with {} args, want {}",
                                    callee.symbol,
                                    args.len(),
                                    callee.params.len()
                                ));
                            }
                            if dsts.len() > callee.results.len() {
                                self.err(format!(
                                    "call of {} takes {} results, has {}",
                                    callee.symbol,
                                    dsts.len(),
                                    callee.results.len()
                                ));
                            }
                        }
                    },
                    Callee::Closure(o) | Callee::Iface(o, _) => {
                        self.operand(o);
                    }
                    Callee::Extern(e) => {
                        let sig = e.sig();
                        if sig.params.len() != args.len() {
                            self.err(format!(
                                "call of {} with {} args, want {}",
                                sig.symbol,
                                args.len(),
                                sig.params.len()
                            ));
                        }
                    }
                }
            }
            Inst::BoundsCheck { index, len, .. } => {
                self.operand(index);
                self.operand(len);
            }
            Inst::NilCheck { ptr, .. } => {
                self.operand(ptr);
            }
            Inst::Concat {
                dst, parts, site, ..
            } => {
                self.place(dst);
                for o in parts {
                    self.operand(o);
                }
                self.buffer_site(*site);
            }
            Inst::StringConv { dst, src, site, .. } => {
                self.place(dst);
                self.operand(src);
                self.buffer_site(*site);
            }
            Inst::Append {
                dst,
                slice,
                elems,
                spread,
                site,
                ..
            } => {
                self.place(dst);
                self.operand(slice);
                for o in elems.iter().chain(spread) {
                    self.operand(o);
                }
                self.buffer_site(*site);
            }
            Inst::SliceCopy {
                result, dst, src, ..
            } => {
                if let Some(r) = result {
                    self.place(r);
                }
                self.operand(dst);
                self.operand(src);
            }
            Inst::TypeAssert { dst, ok, x, .. } => {
                for pl in dst.iter().chain(ok) {
                    self.place(pl);
                }
                self.operand(x);
            }
            Inst::MakeMap { site, .. } => {
                if self.f.allocs.get(site.index()).is_none() {
                    self.err(format!("missing alloc site {site}"));
                }
                self.places_and_operands(inst);
            }
            _ => self.places_and_operands(inst),
        }
    }

    /// Checks every place an instruction mentions.
    fn places_and_operands(&mut self, inst: &Inst) {
        let mut places = Vec::new();
        inst.for_each_place(&mut |p: &Place| places.push(p.clone()));
        for p in &places {
            self.place(p);
        }
    }

    fn buffer_site(&mut self, site: AllocId) {
        match self.f.allocs.get(site.index()) {
            Some(s) if s.kind == AllocKind::RuntimeBuffer => {}
            _ => self.err(format!("{site} is not a runtime-buffer site")),
        }
    }

    /// The type of a place, checking it on the way.
    fn place(&mut self, pl: &Place) -> Option<TypeId> {
        let mut t = match &pl.base {
            PlaceBase::Local(l) => self.f.locals.get(l.index()).map(|d| d.ty),
            PlaceBase::Alloc(a) => self.f.allocs.get(a.index()).map(|s| s.ty),
            PlaceBase::Global(g) => self.p.globals.get(g.index()).map(|g| g.ty),
            PlaceBase::Capture(i) => self.f.captures.get(*i as usize).map(|c| c.ty),
            PlaceBase::Deref(l) => match self
                .f
                .locals
                .get(l.index())
                .map(|d| self.types().under(d.ty).clone())
            {
                Some(Type::Pointer(elem)) => Some(elem),
                Some(_) => {
                    self.err(format!("dereference of non-pointer local {l}"));
                    return None;
                }
                None => None,
            },
        };
        if t.is_none() {
            self.err(format!("place refers to a missing entity: {:?}", pl.base));
            return None;
        }
        for pr in &pl.proj {
            let cur = t?;
            t = match (self.types().under(cur).clone(), pr) {
                (Type::Struct(fields), Proj::Field(i)) => fields.get(*i as usize).map(|f| f.ty),
                (Type::Array(elem, n), Proj::Index(o)) => {
                    if matches!(o, Operand::Const(Const::Int(k, _)) if !(0..n as i64).contains(k)) {
                        self.err(format!(
                            "constant index {o:?} out of range for an array of length {n}"
                        ));
                    }
                    self.operand(o);
                    Some(elem)
                }
                (shape, pr) => {
                    self.err(format!("projection {pr:?} on {shape:?}"));
                    None
                }
            };
        }
        t
    }

    fn operand(&mut self, o: &Operand) -> Option<TypeId> {
        match o {
            Operand::Copy(pl) => self.place(pl),
            Operand::Const(c) => match c {
                Const::Int(_, t)
                | Const::Float(_, t)
                | Const::Bool(_, t)
                | Const::Str(_, t)
                | Const::Zero(t)
                | Const::FuncValue(_, t) => {
                    if self.types().basic(*t).is_some_and(|k| k.is_untyped()) {
                        self.err("untyped constant in IR".into());
                    }
                    Some(*t)
                }
                Const::FuncAddr(_) | Const::TypeDesc(_) | Const::Itab(..) => Some(TypeId::UINTPTR),
            },
        }
    }

    /// The type an rvalue produces (`None` when it takes the destination's type).
    fn rvalue(&mut self, r: &Rvalue, dst: Option<TypeId>) -> Option<TypeId> {
        match r {
            Rvalue::Use(o) => self.operand(o),
            Rvalue::Unary(_, o) => self.operand(o),
            Rvalue::Binary(op, a, b) => {
                let ta = self.operand(a);
                self.operand(b);
                match op {
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => dst,
                    _ => ta,
                }
            }
            Rvalue::AddrOf(pl) => {
                if matches!(pl.base, PlaceBase::Local(_)) {
                    self.err("address of a local (locals are not in memory)".into());
                }
                self.place(pl);
                dst
            }
            Rvalue::Convert(o, _)
            | Rvalue::Len(o)
            | Rvalue::Cap(o)
            | Rvalue::DataPtr(o)
            | Rvalue::IfaceTab(o)
            | Rvalue::IfaceData(o)
            | Rvalue::IfaceType(o) => {
                self.operand(o);
                dst
            }
            Rvalue::MakeSlice(a, b, c) => {
                for o in [a, b, c] {
                    self.operand(o);
                }
                dst
            }
            Rvalue::MakeString(a, b)
            | Rvalue::ElemAddr(a, b)
            | Rvalue::StringByte(a, b)
            | Rvalue::MakeIface(a, b) => {
                self.operand(a);
                self.operand(b);
                dst
            }
            Rvalue::Slice { x, lo, hi, max } => {
                let t = self.operand(x);
                for o in [lo, hi, max].into_iter().flatten() {
                    self.operand(o);
                }
                match t.map(|t| self.types().under(t).clone()) {
                    Some(Type::Pointer(_)) => dst,
                    _ => t,
                }
            }
        }
    }
}
