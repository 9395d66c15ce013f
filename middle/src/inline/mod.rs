//! The inliner: gc's inlining of small functions into their callers, before escape analysis.
//!
//! # Which functions
//!
//! gc judges each function once (`CanInline`): its cost is roughly its number of syntax nodes,
//! and it is inlinable within a budget of 80 (800 for a function literal) unless it contains
//! `defer`, `go` or `recover()` or is marked `//go:noinline`. The cost is a property of the
//! syntax tree, so the frontend computes the verdict (`frontend::lower::inline_cost`) and stores
//! it in [`Function::inline`]; this pass reports it (`can inline f`) and acts on it.
//!
//! # Which calls
//!
//! Every function is visited once, its calls in order, and the calls that come in with an
//! inlined body are considered right after it (gc considers them in a later round of its
//! interleaved inliner; the decisions are the same, since a decision depends only on the code
//! before the call, and the driver orders `-m` lines by position). A call is inlined when its
//! callee is statically known ([`resolve`]: a direct call, a func value assigned once, a closure
//! built in the caller; [`devirt`]: an interface call gc devirtualizes), the callee is inlinable, its cost fits the call site
//! (80; 20 inside a "big" function; twice that for a closure, 800 for a closure called once),
//! and the callee is not already on the chain of calls inlined to reach this one: a recursive
//! function is inlined one level, into its callers and into itself.
//!
//! What is copied is always the callee's body as lowered, before any inlining into it, and its
//! calls are then considered at the new site (gc copies the saved body too). That gives gc's
//! recursion limit and gc's diagnostics: each nested call is reported again at the outermost
//! call's position. Standard-library functions gosub implements in the runtime (`fmt.Println`,
//! `strconv.Itoa`, ...) have no body here; where gc would inline them the pass reports it and
//! leaves the call, except for those whose inlining shows an allocation to the caller
//! (`errors.New`, `fmt.Errorf`, and the `Error` method of the error `errors.New` makes), whose
//! bodies [`stdlib`] writes in IR.
//!
//! # How
//!
//! [`splice`] replaces a call by a renumbered copy of the callee's blocks, locals and sites (in
//! place when the body is one block), moving each instruction of the caller once however many
//! calls its block has; [`clone`] gives the closures a copied body creates copies of their own,
//! nested in the caller, as gc does; [`resolve`] finds targets and binds a closure's captures
//! to the caller's variables; [`devirt`] turns interface calls into direct ones; [`results`]
//! words (or folds) the interface boxes of inlined calls' results; [`cleanup`] drops the closure
//! objects that inlining left unused, as gc's `deadlocals` pass does; [`report`] words the `-m`
//! lines; [`walk`] enumerates places by use. The callee keeps
//! its own body (other callers, func values and interface calls still reach it), and the
//! program stays valid IR.

mod cleanup;
mod clone;
mod devirt;
mod report;
mod resolve;
mod results;
mod splice;
mod stdlib;
pub(crate) mod walk;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

use crate::ir::*;
use crate::source::{Diagnostic, Pos, SourceMap};
use crate::PassOptions;

use clone::Clones;
use devirt::Method;
use resolve::{Defs, Target};
use splice::{Body, Splice};
use stdlib::StdBodies;

/// gc's budget for a callee at an ordinary call site.
const MAX_COST: u32 = 80;
/// The budget inside a "big" caller.
const BIG_CALLER_MAX_COST: u32 = 20;
/// The budget for a closure called from one place only.
const CLOSURE_CALLED_ONCE_MAX_COST: u32 = 800;
/// No function grows past this many instructions by inlining (a guard, far above what gc's
/// budgets allow).
const MAX_INSTRUCTIONS: usize = 200_000;

/// Inlines small functions into their callers and returns the `-m` inlining diagnostics.
pub fn inline_program(
    program: &mut Program,
    options: &PassOptions,
    map: &SourceMap,
) -> Vec<Diagnostic> {
    let level = options.diagnostics;
    let mut diags = if level > 0 && options.inline {
        report::verdicts(program, level)
    } else {
        Vec::new()
    };
    let stdlib = StdBodies::new(&mut program.types);
    let originals = program.funcs.clone();
    let called_once = closures_called_once(program);
    let method_values = method_value_wrappers(program);
    let creators = devirt::closure_creators(program);
    // The closures copied into a function are appended after it is done and are not inlined
    // into (see `clone`).
    for i in 0..originals.len() {
        let f = &program.funcs[i];
        if f.kind == FuncKind::Synthetic {
            continue;
        }
        if level >= 2 && f.inline.as_ref().is_some_and(|info| info.big) {
            diags.push(report::big_function(f));
        }
        let mut inliner = Inliner {
            inline: options.inline,
            id: FuncId(i as u32),
            clones: Clones::new(program.funcs.len()),
            program,
            map,
            originals: &originals,
            stdlib: &stdlib,
            called_once: &called_once,
            creators: &creators,
            defs: Defs::new(f),
            size: f.blocks.iter().map(|b| b.insts.len()).sum(),
            changed: false,
            f: f.clone(),
            own_sites: f.allocs.len(),
            announced: HashSet::new(),
            opaque: HashSet::new(),
            results: HashMap::new(),
            method_value: method_values.contains(&FuncId(i as u32)),
            level: if method_values.contains(&FuncId(i as u32)) {
                0
            } else {
                level
            },
            diags: Vec::new(),
        };
        let changed = inliner.run();
        let Inliner {
            mut f,
            own_sites,
            clones,
            diags: mut own_diags,
            results,
            ..
        } = inliner;
        diags.append(&mut own_diags);
        if changed {
            results::rewrite_boxes(&mut f, &results, &program.types);
            cleanup::remove_dead_closures(&mut f, own_sites);
            program.funcs[i] = f;
        }
        program.funcs.extend(clones.into_funcs());
    }
    diags
}

/// The closures that exactly one call site of the program calls statically.
fn closures_called_once(program: &Program) -> HashSet<FuncId> {
    let mut counts: HashMap<FuncId, u32> = HashMap::new();
    for f in &program.funcs {
        let defs = Defs::new(f);
        for inst in f.blocks.iter().flat_map(|b| &b.insts) {
            if let Inst::Call {
                callee: Callee::Closure(op),
                ..
            } = inst
            {
                if let Some(Target::Closure { code, .. }) =
                    resolve::resolve(&defs, op, &HashSet::new())
                {
                    *counts.entry(code).or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n == 1)
        .map(|(f, _)| f)
        .collect()
}

/// The compiler-made closures of method values (`t.M`): closures without a verdict of their
/// own whose objects are reported sites. Calls inlined into them are not reported (gc reports
/// them at `<autogenerated>`), unlike those in the thunks of `go` and `defer` and in the
/// outlined bodies of functions with `defer`, whose closure objects are never reported.
fn method_value_wrappers(program: &Program) -> HashSet<FuncId> {
    let mut out = HashSet::new();
    for f in &program.funcs {
        let defs = Defs::new(f);
        for (a, site) in f.allocs.iter().enumerate() {
            let Some(code) = defs.closure_code(AllocId(a as u32)) else {
                continue;
            };
            if !site.text.is_empty()
                && program
                    .funcs
                    .get(code.index())
                    .is_some_and(|c| c.inline.is_none())
            {
                out.insert(code);
            }
        }
    }
    out
}

/// Inlines into one function.
struct Inliner<'a> {
    /// Whether calls are inlined; without (`-l`), interface calls are only devirtualized, as
    /// gc still does.
    inline: bool,
    /// Whether the function is a method value's wrapper.
    method_value: bool,
    program: &'a Program,
    map: &'a SourceMap,
    /// Every function's body before inlining: what gets copied.
    originals: &'a [Function],
    /// The bodies of the library functions inlined at their calls.
    stdlib: &'a StdBodies,
    /// The id of the function being inlined into.
    id: FuncId,
    /// The closures copied into it so far.
    clones: Clones,
    called_once: &'a HashSet<FuncId>,
    /// Where each closure created at one site is created (function, site).
    creators: &'a HashMap<FuncId, (FuncId, AllocId)>,
    /// The function being inlined into.
    f: Function,
    /// Its writes, kept up to date.
    defs: Defs,
    /// Its number of instructions, roughly (what inlining added).
    size: usize,
    /// Whether the function was changed.
    changed: bool,
    /// The number of sites of the function's own code (later ones came with inlined bodies).
    own_sites: usize,
    /// Closure copies already reported as inlinable.
    announced: HashSet<FuncId>,
    /// The copies of multi-value callees' results, which gc's `StaticValue` does not see through.
    opaque: HashSet<LocalId>,
    /// The temporaries receiving the result of an inlined call, with how gc names it.
    results: HashMap<LocalId, results::InlinedResult>,
    level: u8,
    diags: Vec<Diagnostic>,
}

/// A call the inliner decided to inline.
struct Plan<'a> {
    /// The program's function called (none for a library function).
    callee: Option<FuncId>,
    /// The body to copy.
    body: Cow<'a, Function>,
    captures: splice::CaptureBinding,
}

impl<'a> Inliner<'a> {
    /// Inlines every qualifying call of the function's reachable blocks; returns whether
    /// anything changed.
    fn run(&mut self) -> bool {
        let reachable = reachable_blocks(&self.f);
        for b in (0..self.f.blocks.len()).filter(|b| reachable[*b]) {
            self.inline_block(BlockId(b as u32), &Rc::new(Vec::new()));
        }
        self.changed
    }

    /// Inlines the qualifying calls of `block`, reached through the inlined calls `chain`, in
    /// order; the calls of each inlined body are considered right after it is inlined. Every
    /// instruction is moved once, into the block that ends up holding it.
    fn inline_block(&mut self, block: BlockId, chain: &Rc<Vec<FuncId>>) {
        let depth = self.f.blocks[block.index()].loop_depth;
        let insts = std::mem::take(&mut self.f.blocks[block.index()].insts);
        let mut stream: VecDeque<(Inst, Rc<Vec<FuncId>>)> =
            insts.into_iter().map(|i| (i, chain.clone())).collect();
        let mut current = block;
        let mut out = Vec::with_capacity(stream.len());
        while let Some((inst, chain)) = stream.pop_front() {
            if !matches!(inst, Inst::Call { .. }) {
                out.push(inst);
                continue;
            }
            let (pre, call, plan) = self.plan(inst, &chain, depth);
            self.defs.add(self.f.locals.len(), &pre);
            out.extend(pre);
            let (
                Some(plan),
                Inst::Call {
                    dsts, args, pos, ..
                },
            ) = (plan, &call)
            else {
                out.push(call);
                continue;
            };
            let callee = plan.body;
            let into_literal =
                matches!(self.f.kind, FuncKind::Closure { .. }) && self.f.inline.is_some();
            let name = |c: &Function| clone::copy_name(&callee.name, &c.name, into_literal);
            let funcs = self
                .clones
                .copy_created(self.originals, &callee, self.id, &name);
            let first_site = self.f.allocs.len();
            let splice = Splice {
                callee: &callee,
                captures: plan.captures,
                funcs: &funcs,
                block: current,
                dsts: dsts.clone(),
                args: args.clone(),
                pos: *pos,
            };
            let spliced = splice::splice(&mut self.f, splice);
            if self.program.init == Some(self.id)
                && args.iter().all(|a| matches!(a, Operand::Const(_)))
            {
                // gc's static initialisation turns a package variable initialised by an
                // inlined call with constant arguments into data: its sites are not reported.
                self.f.allocs[first_site..]
                    .iter_mut()
                    .for_each(|site| site.text.clear());
            }
            self.defs.remove_call(dsts);
            self.defs.add(
                self.f.locals.len(),
                spliced.entry.iter().chain(&spliced.deliveries),
            );
            self.defs.add_sites(&self.f, first_site);
            self.size += callee
                .blocks
                .iter()
                .map(|b| b.insts.len() + 1)
                .sum::<usize>();
            self.changed = true;
            if callee.results.len() > 1 {
                self.opaque
                    .extend(callee.results.iter().map(|r| LocalId(spliced.locals + r.0)));
            }
            if let ([dst], [result]) = (dsts.as_slice(), callee.results.as_slice()) {
                if let Some(t) = dst
                    .as_local()
                    .filter(|t| dst.proj.is_empty() && self.f.local(*t).kind == LocalKind::Temp)
                {
                    self.results.insert(
                        t,
                        results::InlinedResult::new(
                            self.map,
                            *pos,
                            &callee.name,
                            &callee.local(*result).name,
                        ),
                    );
                }
            }
            let inner = Rc::new(chain.iter().copied().chain(plan.callee).collect::<Vec<_>>());
            out.extend(spliced.entry);
            match spliced.body {
                Body::Inline(body) => {
                    self.defs.add(self.f.locals.len(), &body);
                    for d in spliced.deliveries.into_iter().rev() {
                        stream.push_front((d, chain.clone()));
                    }
                    for inst in body.into_iter().rev() {
                        stream.push_front((inst, inner.clone()));
                    }
                }
                Body::Blocks { blocks, cont } => {
                    let copies = &self.f.blocks[blocks.clone()];
                    self.defs
                        .add(self.f.locals.len(), copies.iter().flat_map(|b| &b.insts));
                    self.f.blocks[current.index()].insts = std::mem::take(&mut out);
                    let live = reachable_blocks(&callee);
                    for (b, live) in blocks.zip(live) {
                        if live {
                            self.inline_block(BlockId(b as u32), &inner);
                        }
                    }
                    current = cont;
                    out = spliced.deliveries;
                }
            }
        }
        self.f.blocks[current.index()].insts = out;
    }

    /// Decides whether `call` (in a block at loop depth `depth`, reached through the inlined
    /// calls `chain`) is to be inlined, and reports the decision. Returns the instructions to
    /// emit before it (the data word of a devirtualized call, the capture pointers of a
    /// closure), the call (rewritten if devirtualized), and the plan if it is inlined.
    fn plan(
        &mut self,
        mut call: Inst,
        chain: &[FuncId],
        depth: u32,
    ) -> (Vec<Inst>, Inst, Option<Plan<'a>>) {
        let mut pre = Vec::new();
        let Inst::Call { callee, pos, .. } = &call else {
            return (pre, call, None);
        };
        let pos = *pos;
        if pos == crate::source::NO_POS {
            // A compiler-made call (of an `init` function by the package initialiser).
            return (pre, call, None);
        }
        if !self.inline {
            // gc's devirtualization does not look into method value wrappers.
            if matches!(callee, Callee::Iface(..)) && !self.method_value {
                if let Some((Method::Func(_), load)) = self.devirtualize(&mut call, depth) {
                    pre.extend(load);
                }
            }
            return (pre, call, None);
        }
        let (target, silent) = match callee.clone() {
            Callee::Extern(e) => {
                let body = self
                    .stdlib_call(e, pos)
                    .then(|| self.stdlib.body(e, &self.arg_types(&call)))
                    .flatten();
                let plan = body
                    .filter(|b| self.signature_matches(&call, b))
                    .map(|b| Plan {
                        callee: None,
                        body: Cow::Owned(b),
                        captures: Vec::new(),
                    });
                return (pre, call, plan);
            }
            Callee::Direct(g) => (Target::Func(g), false),
            Callee::Closure(op) => match resolve::resolve(&self.defs, &op, &self.opaque) {
                Some(t) => (t, false),
                None => return (pre, call, None),
            },
            Callee::Iface(..) => match self.devirtualize(&mut call, depth) {
                Some((Method::Func(entry), load)) => {
                    pre.extend(load);
                    // A wrapper that loads the receiver from the box is inlined without a word.
                    (
                        Target::Func(entry),
                        self.originals.get(entry.index()).is_some_and(is_wrapper),
                    )
                }
                Some((Method::Std(body), load)) => {
                    pre.extend(load);
                    self.report_call(&body, None, pos);
                    return (
                        pre,
                        call,
                        Some(Plan {
                            callee: None,
                            body: Cow::Owned(*body),
                            captures: Vec::new(),
                        }),
                    );
                }
                None => return (pre, call, None),
            },
        };
        let (code, site) = match target {
            Target::Func(g) => (g, None),
            Target::Closure { code, site } => (code, Some(site)),
        };
        let Some(callee) = self.body(code) else {
            return (pre, call, None);
        };
        let fits = silent || self.fits(&callee, code, chain, pos);
        if !fits
            || self.size > MAX_INSTRUCTIONS
            || !self.signature_matches(&call, &callee)
            || (site.is_none() && !callee.captures.is_empty())
        {
            return (pre, call, None);
        }
        let captures = match site {
            Some(site) => {
                let (binding, loads) = resolve::bind_captures(
                    self.program,
                    &mut self.f,
                    &self.defs,
                    site,
                    &callee,
                    pos,
                    depth,
                );
                pre.extend(loads);
                binding
            }
            None => Vec::new(),
        };
        if !silent {
            self.report_call(&callee, Some(code), pos);
        }
        (
            pre,
            call,
            Some(Plan {
                callee: Some(code),
                body: callee,
                captures,
            }),
        )
    }

    /// The body to copy for a call of `code`: its body as lowered, or a closure copy's.
    fn body(&self, code: FuncId) -> Option<Cow<'a, Function>> {
        match self.clones.get(code) {
            Some(copy) => Some(Cow::Owned(copy.clone())),
            None => self.originals.get(code.index()).map(Cow::Borrowed),
        }
    }

    /// True if gc would inline `callee` here: inlinable, within the site's budget, and not
    /// already being inlined on this chain.
    fn fits(&mut self, callee: &Function, code: FuncId, chain: &[FuncId], pos: Pos) -> bool {
        let Some(Ok(cost)) = callee.inline.as_ref().map(|i| &i.verdict) else {
            return false;
        };
        let big = self.f.inline.as_ref().is_some_and(|i| i.big);
        let mut max = if big { BIG_CALLER_MAX_COST } else { MAX_COST };
        if matches!(callee.kind, FuncKind::Closure { .. }) {
            max *= 2;
            if self.called_once.contains(&code) {
                max = max.max(CLOSURE_CALLED_ONCE_MAX_COST);
            }
        }
        if *cost > max {
            return false;
        }
        if chain.contains(&code) {
            if self.level >= 2 {
                let message = format!(
                    "cannot inline {} into {}: repeated recursive cycle",
                    callee.name, self.f.name
                );
                self.diags.push(Diagnostic::note(pos, message));
            }
            return false;
        }
        true
    }

    /// True if the call's arguments and destinations fit the callee's parameters and results
    /// (always, for checked code; a mismatch is left alone rather than miscompiled).
    fn signature_matches(&self, call: &Inst, callee: &Function) -> bool {
        let Inst::Call { dsts, args, .. } = call else {
            return false;
        };
        if args.len() != callee.params.len() || dsts.len() > callee.results.len() {
            return false;
        }
        let types = &self.program.types;
        let arg_types_match = args.iter().zip(&callee.params).all(|(a, p)| {
            let t = operand_type(types, &self.f, &self.program.globals, a);
            types.underlying(t) == types.underlying(callee.local(*p).ty)
        });
        let result_types_match = dsts.iter().zip(&callee.results).all(|(d, r)| {
            let t = place_type(types, &self.f, &self.program.globals, d);
            types.underlying(t) == types.underlying(callee.local(*r).ty)
        });
        arg_types_match && result_types_match
    }

    /// `inlining call to f` (preceded, for a closure that came in with inlined code, by its
    /// `can inline` line, as gc judges that copy anew); `code` is none for a library method.
    fn report_call(&mut self, callee: &Function, code: Option<FuncId>, pos: Pos) {
        if self.level == 0 {
            return;
        }
        if code.is_some_and(|c| self.clones.get(c).is_some() && self.announced.insert(c)) {
            self.diags
                .extend(report::verdict_named(callee, &callee.name, self.level));
        }
        self.diags.push(Diagnostic::note(
            pos,
            format!("inlining call to {}", callee.name),
        ));
    }

    /// True if gc inlines a call of standard-library function `e` here (gosub implements it in
    /// the runtime, and has its body only for some: [`stdlib`]); reports it.
    fn stdlib_call(&mut self, e: Extern, pos: Pos) -> bool {
        let big = self.f.inline.as_ref().is_some_and(|i| i.big);
        let names = report::stdlib_inlined(e, if big { BIG_CALLER_MAX_COST } else { MAX_COST });
        if self.level > 0 {
            for name in names {
                self.diags
                    .push(Diagnostic::note(pos, format!("inlining call to {name}")));
            }
        }
        !names.is_empty()
    }

    /// The types of a call's arguments.
    fn arg_types(&self, call: &Inst) -> Vec<crate::types::TypeId> {
        let Inst::Call { args, .. } = call else {
            return Vec::new();
        };
        args.iter()
            .map(|a| operand_type(&self.program.types, &self.f, &self.program.globals, a))
            .collect()
    }
}

/// Which blocks can run, branches on constants taking their one way (gc drops the code under
/// `if false`, so never inlines calls there).
fn reachable_blocks(f: &Function) -> Vec<bool> {
    let mut seen = vec![false; f.blocks.len()];
    let mut stack = vec![0usize];
    while let Some(b) = stack.pop() {
        if b >= seen.len() || seen[b] {
            continue;
        }
        seen[b] = true;
        match &f.blocks[b].term {
            Terminator::Goto(t) => stack.push(t.index()),
            Terminator::Branch {
                cond: Operand::Const(Const::Bool(c, _)),
                then,
                els,
            } => stack.push(if *c { then.index() } else { els.index() }),
            Terminator::Branch { then, els, .. } => stack.extend([then.index(), els.index()]),
            Terminator::Return | Terminator::Unreachable => {}
        }
    }
    seen
}

/// True for a compiler-made method wrapper (one block that loads the receiver and calls the
/// method), which a devirtualized call reaches.
fn is_wrapper(f: &Function) -> bool {
    f.kind == FuncKind::Synthetic
        && f.inline.is_none()
        && f.captures.is_empty()
        && f.blocks.len() == 1
}
