//! Addresses, stores, dereference levels and loop depth inside one function.

use super::*;
use crate::ir::{Placement, Proj};

#[test]
fn returned_address_moves_variable_local_use_does_not() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    // func ret() *int { x := 1; return &x }
    let mut b = declared("ret", 10);
    let r = b.add_result("~r0", pint, Pos(11));
    let x = var(&mut b, "x", TypeId::INT, 20);
    b.assign(Place::alloc(x), Rvalue::Use(Operand::int(1)), Pos(21));
    b.assign(Place::local(r), Rvalue::AddrOf(Place::alloc(x)), Pos(22));
    let ret = t.add(b);
    // func use() int { y := 1; p := &y; *p = 2; return y }
    let mut b = declared("use", 100);
    let r = b.add_result("~r0", TypeId::INT, Pos(101));
    let y = var(&mut b, "y", TypeId::INT, 110);
    let p = b.new_local("p", pint, Pos(111), crate::ir::LocalKind::Var);
    b.assign(Place::local(p), Rvalue::AddrOf(Place::alloc(y)), Pos(112));
    b.assign(Place::deref(p), Rvalue::Use(Operand::int(2)), Pos(113));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::alloc(y))),
        Pos(114),
    );
    let use_ = t.add(b);
    assert_eq!(t.run(1), vec!["20: moved to heap: x"]);
    assert_eq!(t.placement(ret, x), Placement::Heap);
    assert_eq!(t.placement(use_, y), Placement::Stack);
}

#[test]
fn any_store_through_a_pointer_is_a_heap_store() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let node = t.structure(&[pint]);
    let pnode = t.ptr(node);
    // y := 2; n := &Node{}; n.val = &y      (n does not escape, y does)
    // z := 3; var m Node; m.val = &z        (a store into a variable is local)
    let mut b = declared("f", 0);
    let y = var(&mut b, "y", TypeId::INT, 10);
    let obj = object(&mut b, "&Node{}", node, 20);
    let n = addr_temp(&mut b, obj, pnode, 20);
    b.assign(
        Place::deref(n).field(0),
        Rvalue::AddrOf(Place::alloc(y)),
        Pos(30),
    );
    let z = var(&mut b, "z", TypeId::INT, 40);
    let m = var(&mut b, "m", node, 50);
    b.assign(
        Place::alloc(m).field(0),
        Rvalue::AddrOf(Place::alloc(z)),
        Pos(60),
    );
    let f = t.add(b);
    assert_eq!(
        t.run(1),
        vec!["10: moved to heap: y", "20: &Node{} does not escape"]
    );
    assert_eq!(t.placement(f, obj), Placement::Stack);
    assert_eq!(t.placement(f, z), Placement::Stack);
}

#[test]
fn globals_are_the_heap() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let gp = t.global("gp", pint);
    let gi = t.global("gi", TypeId::INT);
    let mut b = declared("f", 0);
    let x = var(&mut b, "x", TypeId::INT, 10);
    b.assign(
        Place {
            base: crate::ir::PlaceBase::Global(gp),
            proj: vec![],
        },
        Rvalue::AddrOf(Place::alloc(x)),
        Pos(11),
    );
    // The value of v (not its address) goes to a global: v stays.
    let v = var(&mut b, "v", TypeId::INT, 20);
    b.assign(
        Place {
            base: crate::ir::PlaceBase::Global(gi),
            proj: vec![],
        },
        Rvalue::Use(Operand::Copy(Place::alloc(v))),
        Pos(21),
    );
    let f = t.add(b);
    assert_eq!(t.run(1), vec!["10: moved to heap: x"]);
    assert_eq!(t.placement(f, v), Placement::Stack);
}

#[test]
fn dereference_levels_decide() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let ppint = t.ptr(pint);
    let sink = t.global("sink", pint);
    let sinkpp = t.global("sinkpp", ppint);
    let global = |g| Place {
        base: crate::ir::PlaceBase::Global(g),
        proj: vec![],
    };
    // x1 := 1; p1 := &x1; r1 := &p1; sink = *r1      -> x1 moves, p1 stays
    // x2 := 1; p2 := &x2; r2 := &p2; sinkpp = r2     -> both move
    let mut b = declared("f", 0);
    let x1 = var(&mut b, "x1", TypeId::INT, 10);
    let p1 = var(&mut b, "p1", pint, 11);
    b.assign(Place::alloc(p1), Rvalue::AddrOf(Place::alloc(x1)), Pos(12));
    let r1 = addr_temp(&mut b, p1, ppint, 13);
    b.assign(
        global(sink),
        Rvalue::Use(Operand::Copy(Place::deref(r1))),
        Pos(14),
    );
    let x2 = var(&mut b, "x2", TypeId::INT, 20);
    let p2 = var(&mut b, "p2", pint, 21);
    b.assign(Place::alloc(p2), Rvalue::AddrOf(Place::alloc(x2)), Pos(22));
    let r2 = addr_temp(&mut b, p2, ppint, 23);
    b.assign(global(sinkpp), Rvalue::Use(Operand::local(r2)), Pos(24));
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "10: moved to heap: x1",
            "20: moved to heap: x2",
            "21: moved to heap: p2"
        ]
    );
}

#[test]
fn loop_depth_outlives() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    // var p *int; for { x := i; p = &x; y := i; q := &y; _ = *q }
    let mut b = declared("f", 0);
    let p = b.new_local("p", pint, Pos(5), crate::ir::LocalKind::Var);
    b.loop_depth = 2;
    let body = b.new_block();
    b.goto(body);
    b.switch_to(body);
    let x = var(&mut b, "x", TypeId::INT, 10);
    b.assign(Place::local(p), Rvalue::AddrOf(Place::alloc(x)), Pos(11));
    let y = var(&mut b, "y", TypeId::INT, 20);
    let q = b.new_local("q", pint, Pos(21), crate::ir::LocalKind::Var);
    b.assign(Place::local(q), Rvalue::AddrOf(Place::alloc(y)), Pos(22));
    let f = t.add(b);
    assert_eq!(t.run(1), vec!["10: moved to heap: x"]);
    assert_eq!(t.placement(f, y), Placement::Stack);
}

#[test]
fn no_field_sensitivity_but_pointer_free_reads_carry_nothing() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let pair = t.structure(&[pint, pint, TypeId::INT]);
    let sink = t.global("sink", pint);
    let si = t.global("si", TypeId::INT);
    // var p Pair; p.a = &x; p.b = &y; sink = p.b; si = p.n     -> both move
    let mut b = declared("f", 0);
    let x = var(&mut b, "x", TypeId::INT, 10);
    let y = var(&mut b, "y", TypeId::INT, 20);
    let p = b.new_local("p", pair, Pos(30), crate::ir::LocalKind::Var);
    b.assign(
        Place::local(p).field(0),
        Rvalue::AddrOf(Place::alloc(x)),
        Pos(31),
    );
    b.assign(
        Place::local(p).field(1),
        Rvalue::AddrOf(Place::alloc(y)),
        Pos(32),
    );
    b.assign(
        Place {
            base: crate::ir::PlaceBase::Global(sink),
            proj: vec![],
        },
        Rvalue::Use(Operand::Copy(Place::local(p).field(1))),
        Pos(33),
    );
    b.assign(
        Place {
            base: crate::ir::PlaceBase::Global(si),
            proj: vec![],
        },
        Rvalue::Use(Operand::Copy(Place::local(p).field(2))),
        Pos(34),
    );
    t.add(b);
    assert_eq!(
        t.run(1),
        vec!["10: moved to heap: x", "20: moved to heap: y"]
    );
    // A read of an int field of a pointer parameter does not leak it.
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let st = t.structure(&[TypeId::INT, pint]);
    let pst = t.ptr(st);
    let mut b = declared("get", 0);
    let tp = b.add_param("t", pst, Pos(5));
    let r = b.add_result("~r0", TypeId::INT, Pos(6));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place {
            base: crate::ir::PlaceBase::Deref(tp),
            proj: vec![Proj::Field(0)],
        })),
        Pos(7),
    );
    t.add(b);
    assert_eq!(t.run(1), vec!["5: t does not escape"]);
}

#[test]
fn slices_elements_and_reslicing() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let spint = t.slice(pint);
    let sint = t.slice(TypeId::INT);
    let ppint = t.ptr(pint);
    // func load(s []*int) *int { return s[0] }      level=1
    let mut b = declared("load", 0);
    let s = b.add_param("s", spint, Pos(5));
    let r = b.add_result("~r0", pint, Pos(6));
    let e = b.temp(ppint);
    b.assign(
        Place::local(e),
        Rvalue::ElemAddr(Operand::local(s), Operand::int(0)),
        Pos(7),
    );
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::deref(e))),
        Pos(7),
    );
    t.add(b);
    // func sub(s []int) []int { return s[1:] }        level=0
    let mut b = declared("sub", 100);
    let s = b.add_param("s", sint, Pos(105));
    let r = b.add_result("~r0", sint, Pos(106));
    b.assign(
        Place::local(r),
        Rvalue::Slice {
            x: Operand::local(s),
            lo: Some(Operand::int(1)),
            hi: None,
            max: None,
        },
        Pos(107),
    );
    t.add(b);
    // func store(s []*int) { y := 1; s[0] = &y }       y moves, s does not escape
    let mut b = declared("store", 200);
    let s = b.add_param("s", spint, Pos(205));
    let y = var(&mut b, "y", TypeId::INT, 210);
    let e = b.temp(ppint);
    b.assign(
        Place::local(e),
        Rvalue::ElemAddr(Operand::local(s), Operand::int(0)),
        Pos(211),
    );
    b.assign(Place::deref(e), Rvalue::AddrOf(Place::alloc(y)), Pos(211));
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "5: leaking param: s to result ~r0 level=1",
            "105: leaking param: s to result ~r0 level=0",
            "205: s does not escape",
            "210: moved to heap: y"
        ]
    );
}

#[test]
fn code_behind_a_constant_false_branch_is_dead() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let sink = t.global("sink", pint);
    // z := 1; if false { sink = &z; p := new(int) }
    let mut b = declared("f", 0);
    let z = var(&mut b, "z", TypeId::INT, 10);
    let (then, done) = (b.new_block(), b.new_block());
    let cond = Operand::Const(crate::ir::Const::Bool(false, TypeId::BOOL));
    b.terminate(crate::ir::Terminator::Branch {
        cond,
        then,
        els: done,
    });
    b.switch_to(then);
    b.assign(
        Place {
            base: crate::ir::PlaceBase::Global(sink),
            proj: vec![],
        },
        Rvalue::AddrOf(Place::alloc(z)),
        Pos(11),
    );
    object(&mut b, "new(int)", TypeId::INT, 12);
    b.goto(done);
    b.switch_to(done);
    let f = t.add(b);
    assert_eq!(t.run(1), Vec::<String>::new());
    assert_eq!(t.placement(f, z), Placement::Stack);
}

#[test]
fn a_site_made_on_a_control_flow_cycle_is_inside_a_loop() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    // A backward-goto loop whose depth the lowering did not raise: var p *int; loop: x := 0; p = &x; goto loop
    let mut b = declared("f", 0);
    let p = b.new_local("p", pint, Pos(5), crate::ir::LocalKind::Var);
    let head = b.new_block();
    b.goto(head);
    b.switch_to(head);
    let x = var(&mut b, "x", TypeId::INT, 10);
    b.assign(Place::local(p), Rvalue::AddrOf(Place::alloc(x)), Pos(11));
    let exit = b.new_block();
    let cond = b.temp(TypeId::BOOL);
    b.terminate(crate::ir::Terminator::Branch {
        cond: Operand::local(cond),
        then: head,
        els: exit,
    });
    let f = t.add(b);
    assert_eq!(t.run(1), vec!["10: moved to heap: x"]);
    assert_eq!(t.placement(f, x), Placement::Heap);
}
