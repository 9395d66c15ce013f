//! Splicing a copy of a callee's body into its caller in place of a call.
//!
//! The copy renumbers the callee's locals, allocation sites and blocks past the caller's own.
//! Each parameter's copy is assigned its argument (and named results are zeroed: Go code may
//! read them before assigning), then comes the body, then the results' copies are assigned to
//! the call's destinations. A body of one block that ends by returning is emitted in place of
//! the call, adding no blocks; any other body is a set of copied blocks between the call's
//! block, cut after the call, and a new *continuation* block that receives the rest, with
//! every copied `return` jumping to the continuation.
//!
//! Parameters and results become ordinary variables (keeping their names: gc reports inlined
//! code with the callee's names), loop depths shift so that the callee's depth-1 code runs at the
//! call's depth, and every position becomes the call's position, because gc reports code
//! inlined at a call at the outermost call's position (`&Point{...} does not escape` at the
//! `NewPoint(` of the caller). A site's text changes where gc's constant propagation changes
//! it: a parameter bound to a constant argument and never reassigned prints as the constant
//! (`make([]int, n)` inlined as `sliceOf(4)` prints `make([]int, 4)` and has a constant size).
//!
//! A closure's captured variables (`PlaceBase::Capture`) are replaced by what the caller knows
//! them to be (see [`CaptureBinding`]), and the closure objects the body creates run the
//! caller's own copies of their code (see [`super::clone`]).

use std::collections::{HashMap, HashSet};

use crate::ir::*;
use crate::source::Pos;

use super::clone::{remap_const, remap_inst};

/// What a copied closure body's `Capture(i)` becomes in the caller: a place (projections of the
/// capture are appended to it).
pub type CaptureBinding = Vec<Place>;

/// How a copied body lands in the caller.
#[derive(Debug)]
pub enum Body {
    /// The callee's only block, which ends by returning: its instructions, to emit in place of
    /// the call (no new blocks).
    Inline(Vec<Inst>),
    /// Copies of the callee's blocks. The call's block now jumps to the first; every copied
    /// `return` jumps to `cont`, a new block with no instructions yet and the call block's old
    /// terminator.
    Blocks {
        /// The copied blocks.
        blocks: std::ops::Range<usize>,
        /// The block for the code after the call.
        cont: BlockId,
    },
}

/// Where a splice put things.
#[derive(Debug)]
pub struct Spliced {
    /// The parameters' assignments (and named results' zeroing), to emit first.
    pub entry: Vec<Inst>,
    /// The body.
    pub body: Body,
    /// The assignments of the results to the call's destinations, to emit after the body.
    pub deliveries: Vec<Inst>,
    /// The id of the copy of the callee's first local (the others follow in order).
    pub locals: u32,
}

/// What to splice: the callee, its captures and the call being replaced.
pub struct Splice<'a> {
    /// The function whose body is copied.
    pub callee: &'a Function,
    /// The caller-side places of the callee's captures (empty for a function without).
    pub captures: CaptureBinding,
    /// The caller's copies of the closures the body creates.
    pub funcs: &'a HashMap<FuncId, FuncId>,
    /// The block holding the call (split after it if the body needs blocks of its own).
    pub block: BlockId,
    /// The call's destinations.
    pub dsts: Vec<Place>,
    /// The call's arguments, matching the callee's parameters.
    pub args: Vec<Operand>,
    /// The call's position, which every copied instruction gets.
    pub pos: Pos,
}

/// Copies `s.callee` into `caller` for the call `s` describes (see [`Spliced`] for what the
/// caller emits where).
pub fn splice(caller: &mut Function, s: Splice) -> Spliced {
    let callee = s.callee;
    let b = s.block.index();
    let depth = caller.blocks[b].loop_depth;
    let shift = |d: u32| d.saturating_sub(1) + depth;
    let renumber = Renumber {
        locals: caller.locals.len() as u32,
        allocs: caller.allocs.len() as u32,
        blocks: caller.blocks.len() as u32,
        captures: s.captures,
        funcs: s.funcs,
        pos: s.pos,
    };
    let const_params = constant_parameters(callee, &s.args);
    for l in &callee.locals {
        let kind = if matches!(l.kind, LocalKind::Param | LocalKind::Result) {
            LocalKind::Var
        } else {
            l.kind
        };
        caller.locals.push(LocalDecl {
            name: l.name.clone(),
            ty: l.ty,
            pos: s.pos,
            kind,
            loop_depth: shift(l.loop_depth),
        });
    }
    for site in &callee.allocs {
        let mut site = site.clone();
        site.pos = s.pos;
        site.loop_depth = shift(site.loop_depth);
        site.placement = Placement::Heap;
        if let Some(c) = &mut site.static_value {
            remap_const(c, s.funcs);
        }
        for c in &const_params {
            site.text = substitute(&site.text, &callee.local(c.param).name, &c.text);
        }
        caller.allocs.push(site);
    }
    // Array sites whose count is a parameter bound to an integer constant have a constant size.
    for block in &callee.blocks {
        for inst in &block.insts {
            let Inst::Alloc {
                site,
                count: Some(Operand::Copy(p)),
                ..
            } = inst
            else {
                continue;
            };
            let Some(l) = p.as_local().filter(|_| p.proj.is_empty()) else {
                continue;
            };
            if let Some(n) = const_params
                .iter()
                .find(|c| c.param == l)
                .and_then(|c| c.count)
            {
                caller.allocs[(renumber.allocs + site.0) as usize].const_count = Some(n);
            }
        }
    }
    let mut entry = Vec::new();
    for (param, arg) in callee.params.iter().zip(s.args) {
        entry.push(Inst::Assign {
            dst: Place::local(renumber.local(*param)),
            src: Rvalue::Use(arg),
            pos: s.pos,
            text: None,
        });
    }
    for r in &callee.results {
        let decl = callee.local(*r);
        if !decl.name.starts_with("~r") {
            entry.push(Inst::Assign {
                dst: Place::local(renumber.local(*r)),
                src: Rvalue::Use(Operand::Const(Const::Zero(decl.ty))),
                pos: s.pos,
                text: None,
            });
        }
    }
    let deliveries = s
        .dsts
        .into_iter()
        .zip(&callee.results)
        .map(|(dst, r)| Inst::Assign {
            dst,
            src: Rvalue::Use(Operand::local(renumber.local(*r))),
            pos: s.pos,
            text: None,
        })
        .collect();
    let body = match callee.blocks.as_slice() {
        [only] if matches!(only.term, Terminator::Return) => {
            let mut insts = only.insts.clone();
            for inst in &mut insts {
                renumber.inst(inst);
            }
            Body::Inline(insts)
        }
        blocks => {
            let cont = BlockId(renumber.blocks + blocks.len() as u32);
            for block in blocks {
                let mut copy = block.clone();
                copy.loop_depth = shift(block.loop_depth);
                for inst in &mut copy.insts {
                    renumber.inst(inst);
                }
                copy.term = match copy.term {
                    Terminator::Return => Terminator::Goto(cont),
                    Terminator::Goto(t) => Terminator::Goto(renumber.block(t)),
                    Terminator::Branch {
                        mut cond,
                        then,
                        els,
                    } => {
                        renumber.operand(&mut cond);
                        Terminator::Branch {
                            cond,
                            then: renumber.block(then),
                            els: renumber.block(els),
                        }
                    }
                    Terminator::Unreachable => Terminator::Unreachable,
                };
                caller.blocks.push(copy);
            }
            let term = std::mem::replace(
                &mut caller.blocks[b].term,
                Terminator::Goto(BlockId(renumber.blocks)),
            );
            caller.blocks.push(Block {
                insts: Vec::new(),
                term,
                loop_depth: depth,
            });
            let first = renumber.blocks as usize;
            Body::Blocks {
                blocks: first..first + blocks.len(),
                cont,
            }
        }
    };
    Spliced {
        entry,
        body,
        deliveries,
        locals: renumber.locals,
    }
}

/// A parameter that receives a constant and is never reassigned, which gc's constant
/// propagation replaces by the constant.
struct ConstParam {
    /// The callee's parameter.
    param: LocalId,
    /// The constant as gc prints it.
    text: String,
    /// Its value, for a non-negative integer.
    count: Option<u64>,
}

/// The callee's parameters bound to constants by this call.
fn constant_parameters(callee: &Function, args: &[Operand]) -> Vec<ConstParam> {
    let written = written_locals(callee);
    callee
        .params
        .iter()
        .zip(args)
        .filter(|(p, _)| {
            !written.contains(p) && !matches!(callee.local(**p).name.as_str(), "" | "_")
        })
        .filter_map(|(p, a)| {
            let Operand::Const(c) = a else { return None };
            let count = match c {
                Const::Int(v, _) => u64::try_from(*v).ok(),
                _ => None,
            };
            Some(ConstParam {
                param: *p,
                text: const_text(c)?,
                count,
            })
        })
        .collect()
}

/// Locals some instruction of `f` writes.
fn written_locals(f: &Function) -> HashSet<LocalId> {
    let mut out = HashSet::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        super::walk::for_each_written_local(inst, &mut |l| {
            out.insert(l);
        });
    }
    out
}

/// `text` with every whole identifier `name` (not a field after `.`, not inside a string
/// literal) replaced by `value`.
pub fn substitute(text: &str, name: &str, value: &str) -> String {
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = String::new();
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        let c = bytes[i];
        if in_string {
            if c == b'\\' && i + 1 < bytes.len() {
                out.push_str(&text[i..i + 2]);
                i += 2;
                continue;
            }
            in_string = c != b'"';
        } else if c == b'"' {
            in_string = true;
        } else if is_ident(c) && (i == 0 || (!is_ident(bytes[i - 1]) && bytes[i - 1] != b'.')) {
            let end = (i..bytes.len())
                .find(|j| !is_ident(bytes[*j]))
                .unwrap_or(bytes.len());
            if &text[i..end] == name {
                out.push_str(value);
            } else {
                out.push_str(&text[i..end]);
            }
            i = end;
            continue;
        }
        let len = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + len]);
        i += len;
    }
    out
}

/// A constant as gc prints it in an expression (integers, booleans and strings).
pub fn const_text(c: &Const) -> Option<String> {
    match c {
        Const::Int(v, _) => Some(v.to_string()),
        Const::Bool(b, _) => Some(b.to_string()),
        Const::Str(bytes, _) => Some(quote(bytes)),
        _ => None,
    }
}

/// A Go string literal for `bytes`, as gc prints constants.
fn quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for c in String::from_utf8_lossy(bytes).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Maps the callee's ids to the caller's.
struct Renumber<'a> {
    locals: u32,
    allocs: u32,
    blocks: u32,
    captures: CaptureBinding,
    funcs: &'a HashMap<FuncId, FuncId>,
    pos: Pos,
}

impl Renumber<'_> {
    fn local(&self, l: LocalId) -> LocalId {
        LocalId(self.locals + l.0)
    }

    fn block(&self, b: BlockId) -> BlockId {
        BlockId(self.blocks + b.0)
    }

    fn site(&self, a: &mut AllocId) {
        a.0 += self.allocs;
    }

    fn place(&self, p: &mut Place) {
        for proj in &mut p.proj {
            if let Proj::Index(o) = proj {
                self.operand(o);
            }
        }
        match &mut p.base {
            PlaceBase::Local(l) | PlaceBase::Deref(l) => *l = self.local(*l),
            PlaceBase::Alloc(a) => self.site(a),
            PlaceBase::Global(_) => {}
            PlaceBase::Capture(i) => {
                if let Some(bound) = self.captures.get(*i as usize) {
                    let mut proj = bound.proj.clone();
                    proj.append(&mut p.proj);
                    *p = Place {
                        base: bound.base.clone(),
                        proj,
                    };
                }
            }
        }
    }

    fn operand(&self, o: &mut Operand) {
        if let Operand::Copy(p) = o {
            self.place(p);
        }
    }

    fn inst(&self, inst: &mut Inst) {
        super::walk::for_each_place_mut(inst, &mut |p, _| self.place(p));
        super::walk::for_each_site_mut(inst, &mut |a| self.site(a));
        remap_inst(inst, self.funcs);
        *inst.pos_mut() = self.pos;
    }
}
