//! Unit tests: small programs built with [`FunctionBuilder`], inlined, checked for the shape of
//! the result, the `-m` lines, and IR validity (`verify_program`).
//!
//! Positions are plain offsets, so a diagnostic at `Pos(n)` is written `n: message` here.

mod devirt;

use std::collections::HashMap;

use super::splice::substitute;
use crate::ir::*;
use crate::source::{Pos, SourceMap};
use crate::types::{Type, TypeId, TypeTable};
use crate::PassOptions;

fn program() -> Program {
    Program {
        package: "main".into(),
        types: TypeTable::new(),
        funcs: Vec::new(),
        globals: Vec::new(),
        init: None,
        main: None,
        method_sets: HashMap::new(),
    }
}

/// A declared function named `name` at `Pos(pos)` with gc's verdict `cost`.
fn builder(name: &str, pos: u32) -> FunctionBuilder {
    FunctionBuilder::new(
        name.into(),
        format!("main.{name}"),
        Pos(pos),
        FuncKind::Declared,
    )
}

fn verdict(f: &mut Function, verdict: Result<u32, &str>) {
    let pos = f.pos;
    f.inline = Some(InlineInfo {
        verdict: verdict.map_err(str::to_string),
        pos,
        text: "func() {  }".into(),
        big: false,
    });
}

fn add(p: &mut Program, mut f: Function, cost: Result<u32, &str>) -> FuncId {
    verdict(&mut f, cost);
    p.funcs.push(f);
    FuncId(p.funcs.len() as u32 - 1)
}

/// `func add(a, b int) int { return a + b }` with cost 4.
fn add_fn(p: &mut Program) -> FuncId {
    let mut b = builder("add", 10);
    let x = b.add_param("a", TypeId::INT, Pos(11));
    let y = b.add_param("b", TypeId::INT, Pos(12));
    let r = b.add_result("~r0", TypeId::INT, Pos(13));
    b.assign(
        Place::local(r),
        Rvalue::Binary(BinOp::Add, Operand::local(x), Operand::local(y)),
        Pos(14),
    );
    b.terminate(Terminator::Return);
    add(p, b.finish(), Ok(4))
}

/// `func NAME() int { return callee(1, 2) }` (no arguments if the callee takes none) with the
/// call at `Pos(call)`.
fn caller_of(
    p: &mut Program,
    name: &str,
    callee: FuncId,
    call: u32,
    cost: Result<u32, &str>,
) -> FuncId {
    let args = if p.func(callee).params.is_empty() {
        vec![]
    } else {
        vec![Operand::int(1), Operand::int(2)]
    };
    let mut b = builder(name, call - 5);
    let r = b.add_result("~r0", TypeId::INT, Pos(call - 4));
    let t = b.temp(TypeId::INT);
    b.push(Inst::Call {
        dsts: vec![Place::local(t)],
        callee: Callee::Direct(callee),
        args,
        pos: Pos(call),
    });
    b.assign(Place::local(r), Rvalue::Use(Operand::local(t)), Pos(call));
    b.terminate(Terminator::Return);
    add(p, b.finish(), cost)
}

/// Runs the inliner at `-m` and checks the result is valid IR; returns the lines as `pos: msg`.
fn inline(p: &mut Program) -> Vec<String> {
    let options = PassOptions {
        inline: true,
        diagnostics: 1,
    };
    let diags = super::inline_program(p, &options, &SourceMap::new());
    if let Err(errors) = verify_program(p) {
        panic!("invalid IR after inlining:\n{}", errors.join("\n"));
    }
    diags
        .iter()
        .map(|d| format!("{}: {}", d.pos.0, d.message))
        .collect()
}

/// The direct callees of `f`, in order.
fn calls(p: &Program, f: FuncId) -> Vec<Callee> {
    p.func(f)
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| {
            if let Inst::Call { callee, .. } = i {
                Some(callee.clone())
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn a_leaf_is_inlined_and_reported() {
    let mut p = program();
    let add = add_fn(&mut p);
    let main = caller_of(
        &mut p,
        "main",
        add,
        100,
        Err("function too complex: cost 90 exceeds budget 80"),
    );
    let lines = inline(&mut p);
    assert_eq!(lines, ["10: can inline add", "100: inlining call to add"]);
    assert!(calls(&p, main).is_empty());
    // The copy's locals keep their names but are no longer parameters; the callee keeps its body.
    let f = p.func(main);
    let a = f
        .locals
        .iter()
        .find(|l| l.name == "a")
        .expect("copied parameter");
    assert_eq!((a.kind, a.pos), (LocalKind::Var, Pos(100)));
    assert_eq!(p.func(add).blocks.len(), 1);
}

#[test]
fn nested_calls_are_inlined_and_reported_at_the_outer_call() {
    let mut p = program();
    let add = add_fn(&mut p);
    let mid = caller_of(&mut p, "mid", add, 50, Ok(10));
    let top = caller_of(&mut p, "top", mid, 100, Ok(14));
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "10: can inline add",
            "45: can inline mid",
            "95: can inline top",
            "50: inlining call to add",
            "100: inlining call to mid",
            "100: inlining call to add"
        ]
    );
    assert!(calls(&p, top).is_empty());
    assert!(calls(&p, mid).is_empty());
}

#[test]
fn calls_are_not_inlined_over_budget_or_when_not_inlinable() {
    let mut p = program();
    let add = add_fn(&mut p);
    p.funcs[add.index()].inline.as_mut().unwrap().verdict = Ok(81);
    let marked = add_fn(&mut p);
    p.funcs[marked.index()].inline.as_mut().unwrap().verdict = Err("marked go:noinline".into());
    let a = caller_of(&mut p, "a", add, 100, Ok(90));
    let b = caller_of(&mut p, "b", marked, 200, Ok(90));
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "10: can inline add",
            "95: can inline a",
            "195: can inline b"
        ]
    );
    assert_eq!(calls(&p, a), [Callee::Direct(add)]);
    assert_eq!(calls(&p, b), [Callee::Direct(marked)]);
}

/// `func r(n int) int { if n == 0 { return 0 }; return r(n-1) }`.
fn recursive_fn(p: &mut Program) -> FuncId {
    let id = FuncId(p.funcs.len() as u32);
    let mut b = builder("r", 10);
    let n = b.add_param("n", TypeId::INT, Pos(11));
    let r = b.add_result("~r0", TypeId::INT, Pos(12));
    let c = b.temp(TypeId::BOOL);
    b.assign(
        Place::local(c),
        Rvalue::Binary(BinOp::Eq, Operand::local(n), Operand::int(0)),
        Pos(13),
    );
    let (zero, rec) = (b.new_block(), b.new_block());
    b.terminate(Terminator::Branch {
        cond: Operand::local(c),
        then: zero,
        els: rec,
    });
    b.switch_to(zero);
    b.assign(Place::local(r), Rvalue::Use(Operand::int(0)), Pos(14));
    b.terminate(Terminator::Return);
    b.switch_to(rec);
    let m = b.temp(TypeId::INT);
    b.assign(
        Place::local(m),
        Rvalue::Binary(BinOp::Sub, Operand::local(n), Operand::int(1)),
        Pos(15),
    );
    b.push(Inst::Call {
        dsts: vec![Place::local(r)],
        callee: Callee::Direct(id),
        args: vec![Operand::local(m)],
        pos: Pos(16),
    });
    b.terminate(Terminator::Return);
    add(p, b.finish(), Ok(71))
}

#[test]
fn a_recursive_function_is_inlined_one_level() {
    let mut p = program();
    let r = recursive_fn(&mut p);
    let mut b = builder("main", 95);
    let t = b.temp(TypeId::INT);
    b.push(Inst::Call {
        dsts: vec![Place::local(t)],
        callee: Callee::Direct(r),
        args: vec![Operand::int(3)],
        pos: Pos(100),
    });
    let main = add(
        &mut p,
        b.finish(),
        Err("function too complex: cost 200 exceeds budget 80"),
    );
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "10: can inline r",
            "16: inlining call to r",
            "100: inlining call to r"
        ]
    );
    // One level: the copy's own recursive call stays, in the caller and in r itself.
    assert_eq!(calls(&p, main), [Callee::Direct(r)]);
    assert_eq!(calls(&p, r), [Callee::Direct(r)]);
    // At -m=2 the call left alone says why.
    let mut p2 = program();
    let r = recursive_fn(&mut p2);
    let diags = super::inline_program(
        &mut p2,
        &PassOptions {
            inline: true,
            diagnostics: 2,
        },
        &SourceMap::new(),
    );
    assert!(
        diags
            .iter()
            .any(|d| d.pos == Pos(16)
                && d.message == "cannot inline r into r: repeated recursive cycle"),
        "{diags:?}"
    );
    assert_eq!(calls(&p2, r), [Callee::Direct(r)]);
}

#[test]
fn a_method_keeps_gc_name_and_receiver() {
    let mut p = program();
    let t = p.types.intern(Type::Struct(vec![crate::types::Field {
        name: "n".into(),
        ty: TypeId::INT,
        embedded: false,
    }]));
    let pt = p.types.pointer(t);
    let mut b = builder("(*Counter).Inc", 10);
    let c = b.add_param("c", pt, Pos(11));
    b.assign(
        Place::deref(c).field(0),
        Rvalue::Binary(
            BinOp::Add,
            Operand::Copy(Place::deref(c).field(0)),
            Operand::int(1),
        ),
        Pos(12),
    );
    let inc = add(&mut p, b.finish(), Ok(4));
    let mut b = builder("use", 95);
    let site = b.new_alloc(t, AllocKind::Var, Pos(96), "c".into());
    b.push(Inst::Alloc {
        site,
        count: None,
        pos: Pos(96),
    });
    let ptr = b.temp(pt);
    b.assign(
        Place::local(ptr),
        Rvalue::AddrOf(Place::alloc(site)),
        Pos(99),
    );
    b.push(Inst::Call {
        dsts: vec![],
        callee: Callee::Direct(inc),
        args: vec![Operand::local(ptr)],
        pos: Pos(100),
    });
    let main = add(&mut p, b.finish(), Ok(10));
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "10: can inline (*Counter).Inc",
            "95: can inline use",
            "100: inlining call to (*Counter).Inc"
        ]
    );
    assert!(calls(&p, main).is_empty());
}

#[test]
fn results_reach_the_call_destinations_and_named_results_start_at_zero() {
    let mut p = program();
    // func two() (q int, ~r1 int) { q++; ~r1 = 7; return }
    let mut b = builder("two", 10);
    let q = b.add_result("q", TypeId::INT, Pos(11));
    let r1 = b.add_result("~r1", TypeId::INT, Pos(12));
    b.assign(
        Place::local(q),
        Rvalue::Binary(BinOp::Add, Operand::local(q), Operand::int(1)),
        Pos(13),
    );
    b.assign(Place::local(r1), Rvalue::Use(Operand::int(7)), Pos(14));
    let two = add(&mut p, b.finish(), Ok(8));
    let mut b = builder("main", 95);
    let (x, y) = (b.temp(TypeId::INT), b.temp(TypeId::INT));
    b.push(Inst::Call {
        dsts: vec![Place::local(x), Place::local(y)],
        callee: Callee::Direct(two),
        args: vec![],
        pos: Pos(100),
    });
    let main = add(&mut p, b.finish(), Ok(10));
    inline(&mut p);
    let f = p.func(main);
    let local_named = |n: &str| LocalId(f.locals.iter().position(|l| l.name == n).unwrap() as u32);
    let (q, r1) = (local_named("q"), local_named("~r1"));
    let insts: Vec<&Inst> = f.blocks.iter().flat_map(|b| &b.insts).collect();
    let zeroes_q = Inst::Assign {
        dst: Place::local(q),
        src: Rvalue::Use(Operand::Const(Const::Zero(TypeId::INT))),
        pos: Pos(100),
        text: None,
    };
    assert!(insts.contains(&&zeroes_q));
    assert!(!insts.iter().any(|i| matches!(i, Inst::Assign { dst, src: Rvalue::Use(Operand::Const(Const::Zero(_))), .. } if *dst == Place::local(r1))));
    for (dst, r) in [(x, q), (y, r1)] {
        let delivers = Inst::Assign {
            dst: Place::local(dst),
            src: Rvalue::Use(Operand::local(r)),
            pos: Pos(100),
            text: None,
        };
        assert!(
            insts.contains(&&delivers),
            "result {r} is not delivered to {dst}"
        );
    }
}

#[test]
fn loop_depths_shift_to_the_call_site() {
    let mut p = program();
    // func fill() { for { x := new(int) } } : a loop body at depth 2 with a site.
    let mut b = builder("fill", 10);
    let body = b.new_block();
    b.goto(body);
    b.loop_depth = 2;
    let body2 = b.new_block();
    b.switch_to(body);
    b.goto(body2);
    b.switch_to(body2);
    let site = b.new_alloc(TypeId::INT, AllocKind::Object, Pos(12), "new(int)".into());
    b.push(Inst::Alloc {
        site,
        count: None,
        pos: Pos(12),
    });
    b.goto(body);
    let fill = add(&mut p, b.finish(), Ok(10));
    // Called from a loop body (depth 2).
    let mut b = builder("main", 95);
    b.loop_depth = 2;
    let inner = b.new_block();
    b.goto(inner);
    b.switch_to(inner);
    b.push(Inst::Call {
        dsts: vec![],
        callee: Callee::Direct(fill),
        args: vec![],
        pos: Pos(100),
    });
    let main = add(
        &mut p,
        b.finish(),
        Err("function too complex: cost 100 exceeds budget 80"),
    );
    inline(&mut p);
    let f = p.func(main);
    let copied = f
        .allocs
        .iter()
        .find(|s| s.text == "new(int)")
        .expect("copied site");
    assert_eq!((copied.pos, copied.loop_depth), (Pos(100), 3));
    let depths: Vec<u32> = f.blocks.iter().map(|b| b.loop_depth).collect();
    assert!(
        depths.contains(&3) && depths.iter().all(|d| *d <= 3),
        "{depths:?}"
    );
}

#[test]
fn a_closure_called_through_a_local_is_inlined_and_its_object_removed() {
    let mut p = program();
    let fty = p.types.intern(Type::Func(crate::types::Signature {
        params: vec![TypeId::INT],
        results: vec![TypeId::INT],
        variadic: false,
    }));
    let obj = p.types.intern(Type::Struct(vec![
        crate::types::Field {
            name: "F".into(),
            ty: TypeId::UINTPTR,
            embedded: false,
        },
        crate::types::Field {
            name: "c0".into(),
            ty: TypeId::INT,
            embedded: false,
        },
    ]));
    // main.func1: func(v int) int { return v + k }, k captured by value.
    let main_id = FuncId(1);
    let mut b = FunctionBuilder::new(
        "main.func1".into(),
        "main.main.func1".into(),
        Pos(30),
        FuncKind::Closure { parent: main_id },
    );
    let v = b.add_param("v", TypeId::INT, Pos(31));
    let r = b.add_result("~r0", TypeId::INT, Pos(32));
    b.assign(
        Place::local(r),
        Rvalue::Binary(
            BinOp::Add,
            Operand::local(v),
            Operand::Copy(Place {
                base: PlaceBase::Capture(0),
                proj: vec![],
            }),
        ),
        Pos(33),
    );
    b.func_mut().captures.push(Capture {
        name: "k".into(),
        ty: TypeId::INT,
        mode: CaptureMode::ByValue,
    });
    let lit = add(&mut p, b.finish(), Ok(4));
    // main: k := 5; f := func literal; return f(1)
    let mut b = builder("main", 20);
    let r = b.add_result("~r0", TypeId::INT, Pos(21));
    let k = b.new_local("k", TypeId::INT, Pos(22), LocalKind::Var);
    b.assign(Place::local(k), Rvalue::Use(Operand::int(5)), Pos(22));
    let site = b.new_alloc(obj, AllocKind::Object, Pos(30), "func literal".into());
    b.push(Inst::Alloc {
        site,
        count: None,
        pos: Pos(30),
    });
    b.assign(
        Place::alloc(site).field(0),
        Rvalue::Use(Operand::Const(Const::FuncAddr(lit))),
        Pos(30),
    );
    b.assign(
        Place::alloc(site).field(1),
        Rvalue::Use(Operand::local(k)),
        Pos(30),
    );
    let t = b.temp(fty);
    b.assign(Place::local(t), Rvalue::AddrOf(Place::alloc(site)), Pos(30));
    let f = b.new_local("f", fty, Pos(28), LocalKind::Var);
    b.assign(Place::local(f), Rvalue::Use(Operand::local(t)), Pos(28));
    let out = b.temp(TypeId::INT);
    b.push(Inst::Call {
        dsts: vec![Place::local(out)],
        callee: Callee::Closure(Operand::local(f)),
        args: vec![Operand::int(1)],
        pos: Pos(40),
    });
    b.assign(Place::local(r), Rvalue::Use(Operand::local(out)), Pos(41));
    let main = add(&mut p, b.finish(), Ok(41));
    assert_eq!(main, main_id);
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "30: can inline main.func1",
            "20: can inline main",
            "40: inlining call to main.func1"
        ]
    );
    let f = p.func(main);
    assert!(calls(&p, main).is_empty());
    // The capture reads k itself, and the closure object is gone (and no longer reported).
    let insts: Vec<&Inst> = f.blocks.iter().flat_map(|b| &b.insts).collect();
    assert!(insts.iter().any(|i| matches!(i, Inst::Assign { src: Rvalue::Binary(BinOp::Add, _, Operand::Copy(p)), .. } if *p == Place::local(k))));
    assert!(!insts
        .iter()
        .any(|i| matches!(i, Inst::Alloc { site: s, .. } if *s == site)));
    assert!(f.alloc(site).text.is_empty());
}

#[test]
fn constant_arguments_rewrite_site_text_and_size() {
    let mut p = program();
    // func sliceOf(n int) []int { return make([]int, n) }
    let st = p.types.slice(TypeId::INT);
    let pint = p.types.pointer(TypeId::INT);
    let mut b = builder("sliceOf", 10);
    let n = b.add_param("n", TypeId::INT, Pos(11));
    let r = b.add_result("~r0", st, Pos(12));
    let site = b.new_alloc(
        TypeId::INT,
        AllocKind::Array,
        Pos(13),
        "make([]int, n)".into(),
    );
    b.push(Inst::Alloc {
        site,
        count: Some(Operand::local(n)),
        pos: Pos(13),
    });
    let ptr = b.temp(pint);
    b.assign(
        Place::local(ptr),
        Rvalue::AddrOf(Place::alloc(site)),
        Pos(13),
    );
    b.assign(
        Place::local(r),
        Rvalue::MakeSlice(Operand::local(ptr), Operand::local(n), Operand::local(n)),
        Pos(13),
    );
    let slice_of = add(&mut p, b.finish(), Ok(3));
    let mut b = builder("main", 95);
    let s = b.temp(st);
    b.push(Inst::Call {
        dsts: vec![Place::local(s)],
        callee: Callee::Direct(slice_of),
        args: vec![Operand::int(4)],
        pos: Pos(100),
    });
    let main = add(&mut p, b.finish(), Ok(13));
    inline(&mut p);
    let copy = p
        .func(main)
        .allocs
        .iter()
        .find(|s| s.kind == AllocKind::Array)
        .expect("copied make");
    assert_eq!(
        (copy.text.as_str(), copy.const_count, copy.pos),
        ("make([]int, 4)", Some(4), Pos(100))
    );
}

#[test]
fn substitution_replaces_whole_identifiers_only() {
    assert_eq!(substitute("make([]int, n)", "n", "4"), "make([]int, 4)");
    assert_eq!(
        substitute("n + nn + p.n + \"n\"", "n", "7"),
        "7 + nn + p.n + \"n\""
    );
    assert_eq!(substitute("x", "x", "\"v\""), "\"v\"");
}

#[test]
fn an_interface_call_with_one_concrete_type_is_devirtualized_and_inlined() {
    let mut p = program();
    let sq = p.types.new_named("main".into(), "Sq".into());
    let st = p.types.intern(Type::Struct(vec![crate::types::Field {
        name: "s".into(),
        ty: TypeId::INT,
        embedded: false,
    }]));
    p.types.set_underlying(sq, st);
    let psq = p.types.pointer(sq);
    let sig = p.types.intern(Type::Func(crate::types::Signature {
        params: vec![],
        results: vec![TypeId::INT],
        variadic: false,
    }));
    let shape = p
        .types
        .intern(Type::Interface(vec![crate::types::InterfaceMethod {
            name: "Area".into(),
            sig,
        }]));
    // func (q *Sq) Area() int { return q.s }
    let mut b = builder("(*Sq).Area", 10);
    let q = b.add_param("q", psq, Pos(11));
    let r = b.add_result("~r0", TypeId::INT, Pos(12));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::deref(q).field(0))),
        Pos(13),
    );
    let area = add(&mut p, b.finish(), Ok(3));
    p.method_sets.insert(
        psq,
        vec![MethodEntry {
            name: "Area".into(),
            sig,
            func: area,
        }],
    );
    // func main() int { v := Sq{}; var s Shape = &v; return s.Area() }
    let mut b = builder("main", 95);
    let r = b.add_result("~r0", TypeId::INT, Pos(96));
    let v = b.new_alloc(sq, AllocKind::Var, Pos(97), "v".into());
    b.push(Inst::Alloc {
        site: v,
        count: None,
        pos: Pos(97),
    });
    let pv = b.temp(psq);
    b.assign(Place::local(pv), Rvalue::AddrOf(Place::alloc(v)), Pos(98));
    let s = b.new_local("s", shape, Pos(98), LocalKind::Var);
    b.assign(
        Place::local(s),
        Rvalue::MakeIface(Operand::Const(Const::Itab(psq, shape)), Operand::local(pv)),
        Pos(98),
    );
    b.push(Inst::Call {
        dsts: vec![Place::local(r)],
        callee: Callee::Iface(Operand::local(s), 0),
        args: vec![],
        pos: Pos(100),
    });
    let main = add(&mut p, b.finish(), Ok(70));
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "10: can inline (*Sq).Area",
            "95: can inline main",
            "100: devirtualizing s.Area to *Sq",
            "100: inlining call to (*Sq).Area"
        ]
    );
    assert!(calls(&p, main).is_empty());
}

#[test]
fn a_closure_returned_by_an_inlined_function_is_inlined_under_gc_name() {
    let mut p = program();
    let fty = p.types.intern(Type::Func(crate::types::Signature {
        params: vec![],
        results: vec![TypeId::INT],
        variadic: false,
    }));
    let obj = p.types.intern(Type::Struct(vec![
        crate::types::Field {
            name: "F".into(),
            ty: TypeId::UINTPTR,
            embedded: false,
        },
        crate::types::Field {
            name: "c0".into(),
            ty: TypeId::INT,
            embedded: false,
        },
    ]));
    // func adder(k int) func() int { return func() int { return k } }
    let adder = FuncId(1);
    let mut b = FunctionBuilder::new(
        "adder.func1".into(),
        "main.adder.func1".into(),
        Pos(20),
        FuncKind::Closure { parent: adder },
    );
    let r = b.add_result("~r0", TypeId::INT, Pos(21));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place {
            base: PlaceBase::Capture(0),
            proj: vec![],
        })),
        Pos(22),
    );
    b.func_mut().captures.push(Capture {
        name: "k".into(),
        ty: TypeId::INT,
        mode: CaptureMode::ByValue,
    });
    let lit = add(&mut p, b.finish(), Ok(2));
    let mut b = builder("adder", 10);
    let k = b.add_param("k", TypeId::INT, Pos(11));
    let r = b.add_result("~r0", fty, Pos(12));
    let site = b.new_alloc(obj, AllocKind::Object, Pos(20), "func literal".into());
    b.push(Inst::Alloc {
        site,
        count: None,
        pos: Pos(20),
    });
    b.assign(
        Place::alloc(site).field(0),
        Rvalue::Use(Operand::Const(Const::FuncAddr(lit))),
        Pos(20),
    );
    b.assign(
        Place::alloc(site).field(1),
        Rvalue::Use(Operand::local(k)),
        Pos(20),
    );
    let t = b.temp(fty);
    b.assign(Place::local(t), Rvalue::AddrOf(Place::alloc(site)), Pos(20));
    b.assign(Place::local(r), Rvalue::Use(Operand::local(t)), Pos(20));
    assert_eq!(add(&mut p, b.finish(), Ok(17)), adder);
    // func use() int { f := adder(3); return f() }
    let mut b = builder("use", 95);
    let r = b.add_result("~r0", TypeId::INT, Pos(96));
    let f = b.new_local("f", fty, Pos(97), LocalKind::Var);
    b.push(Inst::Call {
        dsts: vec![Place::local(f)],
        callee: Callee::Direct(adder),
        args: vec![Operand::int(3)],
        pos: Pos(100),
    });
    b.push(Inst::Call {
        dsts: vec![Place::local(r)],
        callee: Callee::Closure(Operand::local(f)),
        args: vec![],
        pos: Pos(110),
    });
    let user = add(
        &mut p,
        b.finish(),
        Err("function too complex: cost 85 exceeds budget 80"),
    );
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "20: can inline adder.func1",
            "10: can inline adder",
            "100: inlining call to adder",
            "20: can inline adder.func1",
            "110: inlining call to adder.func1"
        ]
    );
    assert!(calls(&p, user).is_empty());
    // The closure object came with adder's body: it stays (gc reports it), at the call's position.
    let copy = p
        .func(user)
        .allocs
        .iter()
        .find(|s| s.text == "func literal")
        .expect("copied closure object");
    assert_eq!(copy.pos, Pos(100));
    // It runs a copy of adder.func1 nested in `use`, which escape analysis analyses with `use`.
    let code = p
        .func(user)
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find_map(|i| match i {
            Inst::Assign {
                src: Rvalue::Use(Operand::Const(Const::FuncAddr(code))),
                ..
            } => Some(*code),
            _ => None,
        });
    let code = code.expect("the copy's code address");
    assert_ne!(code, lit);
    let (name, kind) = (&p.func(code).name, p.func(code).kind);
    assert_eq!(
        (name.as_str(), kind),
        ("adder.func1", FuncKind::Closure { parent: user })
    );
    assert_ne!(p.func(code).symbol, p.func(lit).symbol);
}

#[test]
fn errors_new_is_inlined_as_an_errorstring_site_at_the_call() {
    let mut p = program();
    // func newErr() error { return errors.New("boom") }
    let mut b = builder("newErr", 5);
    let r = b.add_result("~r0", TypeId::ERROR, Pos(6));
    let text = Operand::Const(Const::Str(b"boom".to_vec(), TypeId::STRING));
    b.push(Inst::Call {
        dsts: vec![Place::local(r)],
        callee: Callee::Extern(Extern::ErrorsNew),
        args: vec![text],
        pos: Pos(30),
    });
    b.terminate(Terminator::Return);
    let f = add(&mut p, b.finish(), Ok(3));
    assert_eq!(
        inline(&mut p),
        ["5: can inline newErr", "30: inlining call to errors.New"]
    );
    assert_eq!(calls(&p, f), [Callee::Extern(Extern::ErrorsStringItab)]);
    let site = p
        .func(f)
        .allocs
        .iter()
        .find(|s| s.text == "&errors.errorString{...}")
        .expect("errorString site");
    assert_eq!(site.pos, Pos(30));
}
