//! Method sets of concrete types converted to interfaces, and the entry points interface calls
//! (and fmt's `String`/`Error` lookups) use.
//!
//! An interface holds a data word: the value itself for pointer-shaped types, otherwise a pointer
//! to a box. Every method in a type's method set therefore needs an entry point taking that word
//! as its receiver. A pointer-receiver method of `*T`, or a method of a pointer-shaped type, can be
//! called directly; other methods (value receivers reached through a box, or methods promoted from
//! embedded fields) get a small synthetic wrapper that finds the real receiver and calls the
//! method. The method set follows Go's rules: `T` has the value-receiver methods of `T` and those
//! promoted through its embedded fields; `*T` also has the pointer-receiver ones; a shallower
//! method hides deeper ones, and two at the same depth cancel each other.

use middle::ir::{Callee, FuncKind, FunctionBuilder, Inst, MethodEntry, Operand, Place, Rvalue};
use middle::source::NO_POS;
use middle::types::{Type, TypeId};

use super::func::FnLowerer;

/// A method found in a method set, and how to reach its receiver.
#[derive(Clone, Debug)]
struct Found {
    name: String,
    sig: TypeId,
    named: TypeId,
    index: u32,
    pointer_receiver: bool,
    /// Embedded-field indices from the outer struct to the receiver.
    path: Vec<u32>,
    depth: usize,
    /// The method of an embedded interface: `named` is the interface type, `index` the
    /// method's index in it, and the call is dynamic.
    interface: bool,
}

impl FnLowerer<'_, '_> {
    /// Records the method set of `t` (a concrete type about to be stored in an interface).
    pub fn ensure_method_set(&mut self, t: TypeId) {
        if self.p.method_sets.contains_key(&t) || self.p.types.is_interface(t) {
            return;
        }
        self.p.method_sets.insert(t, Vec::new());
        let (base, is_pointer) = match self.p.types.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut found: Vec<Found> = Vec::new();
        self.collect_methods(base, is_pointer, Vec::new(), 0, &mut found);
        let mut entries = Vec::new();
        for m in found {
            let func = self.entry_point(t, is_pointer, &m);
            if let Some(func) = func {
                entries.push(MethodEntry {
                    name: m.name,
                    sig: m.sig,
                    func,
                });
            }
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        self.p.method_sets.insert(t, entries);
    }

    /// The entry point of method `name` in the method set of `t`: a function taking the
    /// interface data word (the value itself when `t` is pointer-shaped) and the arguments.
    pub fn method_entry(&mut self, t: TypeId, name: &str) -> Option<middle::ir::FuncId> {
        self.ensure_method_set(t);
        self.p
            .method_sets
            .get(&t)?
            .iter()
            .find(|m| m.name == name)
            .map(|m| m.func)
    }

    /// Collects the methods reachable from named-or-struct type `t` at embedding `depth`.
    fn collect_methods(
        &self,
        t: TypeId,
        addressable: bool,
        path: Vec<u32>,
        depth: usize,
        out: &mut Vec<Found>,
    ) {
        if depth > 8 {
            return;
        }
        if let Some(named) = self.p.types.named(t) {
            for (i, m) in named.methods.iter().enumerate() {
                if m.pointer_receiver && !addressable {
                    continue;
                }
                add_found(
                    out,
                    Found {
                        name: m.name.clone(),
                        sig: m.sig,
                        named: t,
                        index: i as u32,
                        pointer_receiver: m.pointer_receiver,
                        path: path.clone(),
                        depth,
                        interface: false,
                    },
                );
            }
        }
        if let Type::Struct(fields) = self.p.types.under(t).clone() {
            for (i, f) in fields.iter().enumerate() {
                if !f.embedded {
                    continue;
                }
                let mut p = path.clone();
                p.push(i as u32);
                match self.p.types.get(f.ty) {
                    _ if self.p.types.is_interface(f.ty) => {
                        let Type::Interface(methods) = self.p.types.under(f.ty) else {
                            continue;
                        };
                        for (index, m) in methods.iter().enumerate() {
                            let found = Found {
                                name: m.name.clone(),
                                sig: m.sig,
                                named: f.ty,
                                index: index as u32,
                                pointer_receiver: false,
                                path: p.clone(),
                                depth: depth + 1,
                                interface: true,
                            };
                            add_found(out, found);
                        }
                    }
                    Type::Pointer(e) => self.collect_methods(*e, true, p, depth + 1, out),
                    _ => self.collect_methods(f.ty, addressable, p, depth + 1, out),
                }
            }
        }
    }

    /// The function an interface call of `m` on a value of type `t` enters.
    fn entry_point(
        &mut self,
        t: TypeId,
        is_pointer: bool,
        m: &Found,
    ) -> Option<middle::ir::FuncId> {
        let method = if m.interface {
            Callee::Iface(Operand::int(0), m.index)
        } else {
            Callee::Direct(*self.p.method_funcs.get(&(m.named, m.index))?)
        };
        let direct = self.p.types.is_direct_iface(t);
        let callable_directly = m.path.is_empty()
            && ((is_pointer && m.pointer_receiver)
                || (direct && !is_pointer && !m.pointer_receiver));
        if let (true, Callee::Direct(f)) = (callable_directly, &method) {
            return Some(*f);
        }
        let key = (t, m.name.clone());
        if let Some(f) = self.p.wrappers.get(&key) {
            return Some(*f);
        }
        let id = self.p.reserve();
        self.p.wrappers.insert(key, id);
        let f = self.wrapper(t, direct, m, method);
        self.p.define(id, f);
        Some(id)
    }

    /// Builds `wrapper(word, args...) { return M(receiver(word), args...) }`; for an embedded
    /// interface's method (`method` an interface callee), the receiver is that interface value.
    fn wrapper(
        &mut self,
        t: TypeId,
        direct: bool,
        m: &Found,
        method: Callee,
    ) -> middle::ir::Function {
        let (params, results) = match self.p.types.under(m.sig) {
            Type::Func(s) => (s.params.clone(), s.results.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let tname = self.p.types.type_string(t, false, false);
        let name = format!("{tname}.{}", m.name);
        let symbol = format!("{}.{}·wrap", self.p.package, name);
        let mut b = FunctionBuilder::new(name, symbol, NO_POS, FuncKind::Synthetic);
        self.p.enter_wrapper(&mut b);
        let word_ty = if direct { t } else { self.p.types.pointer(t) };
        let word = b.add_param("", word_ty, NO_POS);
        let args: Vec<Operand> = params
            .iter()
            .map(|p| Operand::local(b.add_param("", *p, NO_POS)))
            .collect();
        let dsts: Vec<Place> = results
            .iter()
            .map(|r| Place::local(b.add_result("", *r, NO_POS)))
            .collect();
        // Walk from the data word to the receiver.
        let mut place = if direct {
            Place::local(word)
        } else {
            Place::deref(word)
        };
        let mut ty = t;
        if let Type::Pointer(e) = self.p.types.get(t) {
            if !direct {
                // Boxed pointer types do not occur (pointers are direct); keep the walk uniform.
                ty = *e;
            } else {
                place = Place::deref(word);
                ty = *e;
            }
        }
        for field in &m.path {
            let fty = match self.p.types.under(ty) {
                Type::Struct(fields) => fields
                    .get(*field as usize)
                    .map_or(TypeId::INVALID, |f| f.ty),
                _ => TypeId::INVALID,
            };
            place = place.field(*field);
            ty = fty;
            if let Type::Pointer(e) = self.p.types.get(fty) {
                let l = b.temp(fty);
                b.assign(Place::local(l), Rvalue::Use(Operand::Copy(place)), NO_POS);
                place = Place::deref(l);
                ty = *e;
            }
        }
        let recv = if m.pointer_receiver {
            let pty = self.p.types.pointer(ty);
            let l = b.temp(pty);
            b.assign(Place::local(l), Rvalue::AddrOf(place), NO_POS);
            Operand::local(l)
        } else {
            Operand::Copy(place)
        };
        let (callee, argv) = match method {
            Callee::Iface(_, index) => {
                let l = b.temp(ty);
                b.assign(Place::local(l), Rvalue::Use(recv), NO_POS);
                (Callee::Iface(Operand::local(l), index), args)
            }
            direct => (direct, std::iter::once(recv).chain(args).collect()),
        };
        b.push(Inst::Call {
            dsts,
            callee,
            args: argv,
            pos: NO_POS,
        });
        b.finish()
    }
}

/// Adds a method unless a shallower one of the same name exists; equal depths cancel.
fn add_found(out: &mut Vec<Found>, f: Found) {
    if let Some(i) = out.iter().position(|o| o.name == f.name) {
        if out[i].depth > f.depth {
            out[i] = f;
        } else if out[i].depth == f.depth && out[i].path != f.path {
            out.remove(i);
        }
        return;
    }
    out.push(f);
}
