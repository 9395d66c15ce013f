//! gc's static devirtualization: an interface call whose receiver can only hold values of one
//! concrete type becomes a direct call of that type's method, which may then be inlined.
//!
//! gc (`devirtualize.StaticCall` with Go 1.26's concrete-type analysis) follows the receiver
//! back through conversions to an interface, type assertions and local variables: every
//! assignment of a variable must give the same concrete type, assignments of nil being ignored.
//! Only automatic variables are followed: a parameter or result is unknown (an address-taken
//! variable is a site here, never a local), but the parameters and results of an inlined callee
//! are its caller's variables, so the value passed to an inlined `unknown(Sq{4})` or made by an
//! inlined `errors.New` is known. A closure's by-value capture is the variable its creator
//! stored in the closure object. The type must implement the receiver's whole interface
//! (`any(0).(interface{ M() })` is left alone).
//!
//! gc asserts the concrete type with a nil check on the type word (`UseNilPanic`), so calling a
//! method of a nil interface still panics; the check is emitted where a nil can reach the
//! receiver (a nil assignment, a failed comma-ok assertion). The value an inlined `errors.New`
//! makes has the runtime's itab as type word and type `*errors.errorString`, whose `Error` comes
//! from [`super::stdlib`] and is always inlined.

use std::collections::{HashMap, HashSet};

use crate::ir::*;
use crate::source::{Diagnostic, Pos};
use crate::types::{Type, TypeId};

use super::resolve::{whole_local, Def, Defs};
use super::stdlib::ERROR_STRING_PTR_TEXT;
use super::{Inliner, MAX_INSTRUCTIONS};

/// What gc prints for a receiver that is a compiler temporary (gc numbers them: `.autotmp_2`).
const AUTOTMP: &str = ".autotmp";

/// What a devirtualized call runs.
pub enum Method {
    /// A method-set entry of the program.
    Func(FuncId),
    /// A library method's body, to inline.
    Std(Box<Function>),
}

/// The concrete type an interface operand holds.
#[derive(Clone, Copy)]
struct Concrete {
    /// The type.
    ty: TypeId,
    /// True if the operand may be nil instead.
    maybe_nil: bool,
}

/// A function whose values are followed: its body, its writes and its id.
#[derive(Clone, Copy)]
struct Scope<'s> {
    f: &'s Function,
    defs: &'s Defs,
    id: FuncId,
}

/// The function and site that create each closure created at exactly one site of `program`.
pub fn closure_creators(program: &Program) -> HashMap<FuncId, (FuncId, AllocId)> {
    let mut sites: HashMap<FuncId, Vec<(FuncId, AllocId)>> = HashMap::new();
    for (i, f) in program.funcs.iter().enumerate() {
        let defs = Defs::new(f);
        for a in 0..f.allocs.len() {
            let site = AllocId(a as u32);
            if let Some(code) = defs.closure_code(site) {
                sites
                    .entry(code)
                    .or_default()
                    .push((FuncId(i as u32), site));
            }
        }
    }
    sites
        .into_iter()
        .filter_map(|(code, list)| match list.as_slice() {
            [one] => Some((code, *one)),
            _ => None,
        })
        .collect()
}

impl<'a> Inliner<'a> {
    /// Rewrites an interface call whose receiver statically holds one concrete type into a call
    /// of that type's method with the data word as first argument (a direct call of a
    /// method-set entry; a library method keeps its callee and must be inlined), and reports
    /// it. Returns the method and the instructions to emit before the call.
    pub(super) fn devirtualize(
        &mut self,
        call: &mut Inst,
        depth: u32,
    ) -> Option<(Method, Vec<Inst>)> {
        let Inst::Call {
            callee: Callee::Iface(recv, index),
            args,
            pos,
            ..
        } = call
        else {
            return None;
        };
        let scope = Scope {
            f: &self.f,
            defs: &self.defs,
            id: self.id,
        };
        let concrete = self.concrete_of(scope, recv, &mut HashSet::new())??;
        let iface = operand_type(&self.program.types, &self.f, &self.program.globals, recv);
        let (method, name) = self.method(concrete.ty, iface, *index)?;
        let body = match &method {
            Method::Func(entry) => self.program.funcs.get(entry.index())?,
            Method::Std(body) => body,
        };
        let word_ty = body.local(*body.params.first()?).ty;
        if self.level > 0 {
            let text = receiver_text(self.program, &self.f, &self.defs, recv);
            let ty = if concrete.ty == self.stdlib.error_string_ptr() {
                ERROR_STRING_PTR_TEXT.to_string()
            } else {
                self.program.types.type_string(concrete.ty, false, false)
            };
            self.diags.push(Diagnostic::note(
                *pos,
                format!("devirtualizing {text}.{name} to {ty}"),
            ));
            self.retext_devirtualized(*pos, &text, &name, concrete.ty, &ty);
        }
        let mut pre = Vec::new();
        if concrete.maybe_nil {
            let tab = temp(&mut self.f, TypeId::UINTPTR, *pos, depth);
            pre.push(Inst::Assign {
                dst: Place::local(tab),
                src: Rvalue::IfaceTab(recv.clone()),
                pos: *pos,
                text: None,
            });
            pre.push(Inst::NilCheck {
                ptr: Operand::local(tab),
                pos: *pos,
            });
        }
        let word = temp(&mut self.f, word_ty, *pos, depth);
        pre.push(Inst::Assign {
            dst: Place::local(word),
            src: Rvalue::IfaceData(recv.clone()),
            pos: *pos,
            text: None,
        });
        args.insert(0, Operand::local(word));
        if let (Method::Func(entry), Inst::Call { callee, .. }) = (&method, call) {
            *callee = Callee::Direct(*entry);
        }
        self.changed = true;
        Some((method, pre))
    }

    /// Rewrites the text of the sites made at a devirtualized call `text.name(args)` (the box of
    /// its result) the way gc prints the call after devirtualizing it: `(*T).M(text.(*T), args)`
    /// for a method declared on `T` itself.
    fn retext_devirtualized(
        &mut self,
        pos: Pos,
        text: &str,
        name: &str,
        concrete: TypeId,
        concrete_text: &str,
    ) {
        let types = &self.program.types;
        let (base, pointer) = match types.get(concrete) {
            Type::Pointer(e) => (*e, true),
            _ => (concrete, false),
        };
        let Some(named) = types.named(base) else {
            return;
        };
        let Some(method) = named.methods.iter().find(|m| m.name == name) else {
            return;
        };
        let method_expr = if method.pointer_receiver && pointer {
            format!("(*{}).{name}", named.name)
        } else {
            format!("{}.{name}", named.name)
        };
        let call = format!("{text}.{name}(");
        for site in self.f.allocs.iter_mut().filter(|s| s.pos == pos) {
            let Some(args) = site
                .text
                .strip_prefix(&call)
                .and_then(|r| r.strip_suffix(')'))
            else {
                continue;
            };
            let args = if args.is_empty() {
                String::new()
            } else {
                format!(", {args}")
            };
            site.text = format!("{method_expr}({text}.({concrete_text}){args})");
        }
    }

    /// The concrete type interface operand `op` of `scope` holds: `None` if unknown, `Some(None)`
    /// if it only ever holds nil (or is a local already followed, which gc treats as a
    /// self-assignment).
    fn concrete_of(
        &self,
        scope: Scope,
        op: &Operand,
        seen: &mut HashSet<LocalId>,
    ) -> Option<Option<Concrete>> {
        if let Operand::Copy(Place {
            base: PlaceBase::Capture(j),
            proj,
        }) = op
        {
            return proj.is_empty().then(|| self.captured(scope, *j)).flatten();
        }
        let (f, defs) = (scope.f, scope.defs);
        let l = whole_local(op)?;
        if !matches!(f.local(l).kind, LocalKind::Var | LocalKind::Temp) {
            return None;
        }
        if !seen.insert(l) {
            return Some(None);
        }
        let mut found: Option<Concrete> = None;
        let mut maybe_nil = false;
        for def in defs.all(l)? {
            let this = match def {
                Def::Copy(Operand::Const(Const::Zero(_))) => None,
                Def::Copy(inner) => self.concrete_of(scope, inner, seen)?,
                Def::Assert(x, comma_ok) => {
                    maybe_nil |= comma_ok;
                    self.concrete_of(scope, x, seen)?
                }
                Def::Iface(tab, data) => match tab {
                    Operand::Const(Const::Itab(ty, _) | Const::TypeDesc(ty)) => Some(Concrete {
                        ty: *ty,
                        maybe_nil: false,
                    }),
                    _ => match defs.single(whole_local(tab)?)? {
                        // A conversion between interface types.
                        Def::TypeWord(x) => self.concrete_of(scope, x, seen)?,
                        // The runtime's type word of `*errors.errorString`, the data word's type.
                        Def::ErrorsItab => Some(Concrete {
                            ty: f.local(whole_local(data)?).ty,
                            maybe_nil: false,
                        }),
                        _ => return None,
                    },
                },
                _ => return None,
            };
            match this {
                None => maybe_nil = true,
                Some(c) if found.is_some_and(|first| first.ty != c.ty) => return None,
                Some(c) => {
                    maybe_nil |= c.maybe_nil;
                    found = Some(c);
                }
            }
        }
        Some(found.map(|c| Concrete { maybe_nil, ..c }))
    }

    /// The concrete type of by-value capture `j` of closure `scope`: that of the value its
    /// creator stored in the closure object (as inlined into so far, or as lowered if inlining
    /// the closure made the object dead).
    fn captured(&self, scope: Scope, j: u32) -> Option<Option<Concrete>> {
        if scope.f.captures.get(j as usize)?.mode != CaptureMode::ByValue {
            return None;
        }
        let (id, site) = *self.creators.get(&scope.id)?;
        let versions = [
            self.program.funcs.get(id.index()),
            self.originals.get(id.index()),
        ];
        versions.into_iter().flatten().find_map(|f| {
            let defs = Defs::new(f);
            let Some(Rvalue::Use(value)) = defs.field(site, j + 1) else {
                return None;
            };
            Some(self.concrete_of(Scope { f, defs: &defs, id }, value, &mut HashSet::new()))
        })?
    }

    /// What concrete type `ty` runs for method `index` of interface `iface`, and the method's
    /// name, if `ty` implements `iface`.
    fn method(&self, ty: TypeId, iface: TypeId, index: u32) -> Option<(Method, String)> {
        let types = &self.program.types;
        let Type::Interface(methods) = types.under(iface) else {
            return None;
        };
        let name = methods.get(index as usize)?.name.clone();
        if ty == self.stdlib.error_string_ptr() {
            // `*errors.errorString` has `error`'s method set.
            let Type::Interface(error) = types.under(TypeId::ERROR) else {
                return None;
            };
            let fits = methods.iter().all(|m| error.contains(m)) && self.size <= MAX_INSTRUCTIONS;
            return fits.then(|| (Method::Std(Box::new(self.stdlib.error_method())), name));
        }
        let set = self.program.method_sets.get(&ty)?;
        let implements = methods
            .iter()
            .all(|m| set.iter().any(|e| e.name == m.name && e.sig == m.sig));
        let entry = set.iter().find(|e| e.name == name).filter(|_| implements)?;
        Some((Method::Func(entry.func), name))
    }
}

/// A new temporary of `f`.
fn temp(f: &mut Function, ty: TypeId, pos: Pos, depth: u32) -> LocalId {
    f.locals.push(LocalDecl {
        name: String::new(),
        ty,
        pos,
        kind: LocalKind::Temp,
        loop_depth: depth,
    });
    LocalId(f.locals.len() as u32 - 1)
}

/// The text gc prints for an interface receiver: the variable's name, or the expression that
/// made it (`i.(Setter)`, `Setter(&s)`, `Counter(V{...})`).
fn receiver_text(program: &Program, f: &Function, defs: &Defs, recv: &Operand) -> String {
    if let Operand::Copy(Place {
        base: PlaceBase::Capture(j),
        ..
    }) = recv
    {
        // The captures of the thunks of `go` and `defer` are gc's temporaries.
        return f
            .captures
            .get(*j as usize)
            .map(|c| c.name.clone())
            .filter(|n| !n.starts_with('.'))
            .unwrap_or_else(|| AUTOTMP.into());
    }
    let Some(l) = whole_local(recv) else {
        return AUTOTMP.into();
    };
    let local = f.local(l);
    if !local.name.is_empty() {
        return local.name.clone();
    }
    match defs.single(l) {
        Some(Def::Assert(x, false)) => format!(
            "{}.({})",
            receiver_text(program, f, defs, x),
            type_text(program, local.ty)
        ),
        Some(Def::Iface(_, data)) => {
            conversion_text(program, f, defs, local.ty, data).unwrap_or_else(|| AUTOTMP.into())
        }
        _ => AUTOTMP.into(),
    }
}

/// The text of a conversion to interface type `iface` with data word `data`: a value's box
/// prints as the conversion itself; a pointer is the address of a variable or an object.
fn conversion_text(
    program: &Program,
    f: &Function,
    defs: &Defs,
    iface: TypeId,
    data: &Operand,
) -> Option<String> {
    let Def::Site(a) = defs.single(whole_local(data)?)? else {
        return None;
    };
    let site = f.alloc(*a);
    let text = match site.kind {
        _ if site.text.is_empty() => return None,
        AllocKind::Var => format!("{}(&{})", type_text(program, iface), site.text),
        _ if site.read_only => site.text.clone(),
        _ => format!("{}({})", type_text(program, iface), site.text),
    };
    Some(text)
}

/// A type as gc prints it in an expression (`any` for the empty interface).
fn type_text(program: &Program, ty: TypeId) -> String {
    match program.types.get(ty) {
        Type::Interface(methods) if methods.is_empty() => "any".into(),
        _ => program.types.type_string(ty, false, true),
    }
}
