//! Function literals: captures are the creator's variables, direct calls see the body, results
//! of closures called out of sight outlive everything.

use super::*;
use crate::ir::{Capture, CaptureMode, Const, LocalKind, PlaceBase};

/// Builds the closure object of `code` in `b`: stores the code address and each capture
/// (`(place, by_ref)`), and returns a temporary holding the func value.
fn closure_object(
    b: &mut FunctionBuilder,
    t: &mut TestProgram,
    code: FuncId,
    captures: &[(Place, bool)],
    fty: TypeId,
    pos: u32,
) -> (AllocId, LocalId) {
    let mut fields = vec![TypeId::UINTPTR];
    fields.extend(captures.iter().map(|_| TypeId::UNSAFE_POINTER));
    let obj_ty = t.structure(&fields);
    let site = object(b, "func literal", obj_ty, pos);
    b.assign(
        Place::alloc(site).field(0),
        Rvalue::Use(Operand::Const(Const::FuncAddr(code))),
        Pos(pos),
    );
    for (i, (place, by_ref)) in captures.iter().enumerate() {
        let rv = if *by_ref {
            Rvalue::AddrOf(place.clone())
        } else {
            Rvalue::Use(Operand::Copy(place.clone()))
        };
        b.assign(Place::alloc(site).field(i as u32 + 1), rv, Pos(pos));
    }
    let v = b.temp(fty);
    b.assign(
        Place::local(v),
        Rvalue::AddrOf(Place::alloc(site)),
        Pos(pos),
    );
    (site, v)
}

fn capture(name: &str, ty: TypeId, mode: CaptureMode) -> Capture {
    Capture {
        name: name.into(),
        ty,
        mode,
    }
}

fn cap(i: u32) -> Place {
    Place {
        base: PlaceBase::Capture(i),
        proj: vec![],
    }
}

#[test]
fn counter_closure_escapes_with_its_reference_capture() {
    let mut t = TestProgram::new();
    let fty = t.func_type(&[], &[TypeId::INT]);
    // func counter() func() int { n := 0; return func() int { n++; return n } }
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("counter", 0);
    let r = b.add_result("~r0", fty, Pos(1));
    let n = var(&mut b, "n", TypeId::INT, 10);
    let (lit, v) = closure_object(&mut b, &mut t, inner, &[(Place::alloc(n), true)], fty, 20);
    copy(&mut b, r, v, 21);
    t.add(b);
    let mut c = literal("counter.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture("n", TypeId::INT, CaptureMode::ByRef));
    let cr = c.add_result("~r0", TypeId::INT, Pos(22));
    c.assign(
        cap(0),
        Rvalue::Binary(
            crate::ir::BinOp::Add,
            Operand::Copy(cap(0)),
            Operand::int(1),
        ),
        Pos(23),
    );
    c.assign(
        Place::local(cr),
        Rvalue::Use(Operand::Copy(cap(0))),
        Pos(24),
    );
    t.add(c);
    assert_eq!(
        t.run(1),
        vec!["10: moved to heap: n", "20: func literal escapes to heap"]
    );
    assert_eq!(t.placement(outer, lit), Placement::Heap);
}

#[test]
fn closure_called_directly_keeps_everything_local() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[], &[pint]);
    // func f() int { var u int; p := func() *int { return &u }(); *p = 42; return u }
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let u = var(&mut b, "u", TypeId::INT, 10);
    let (lit, v) = closure_object(&mut b, &mut t, inner, &[(Place::alloc(u), true)], fty, 20);
    let p = b.new_local("p", pint, Pos(30), LocalKind::Var);
    call(
        &mut b,
        vec![Place::local(p)],
        Callee::Closure(Operand::local(v)),
        vec![],
        31,
    );
    b.assign(Place::deref(p), Rvalue::Use(Operand::int(42)), Pos(32));
    t.add(b);
    let mut c = literal("f.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture("u", TypeId::INT, CaptureMode::ByRef));
    let cr = c.add_result("~r0", pint, Pos(22));
    c.assign(Place::local(cr), Rvalue::AddrOf(cap(0)), Pos(23));
    t.add(c);
    assert_eq!(t.run(1), vec!["20: func literal does not escape"]);
    assert_eq!(t.placement(outer, u), Placement::Stack);
    assert_eq!(t.placement(outer, lit), Placement::Stack);
}

#[test]
fn results_of_a_closure_called_out_of_sight_outlive_everything() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[], &[pint]);
    let callee_ty = t.func_type(&[fty], &[pint]);
    // func f(apply func(func() *int) *int) *int { var u int; return apply(func() *int { return &u }) }
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let apply = b.add_param("apply", callee_ty, Pos(1));
    let r = b.add_result("~r0", pint, Pos(2));
    let u = var(&mut b, "u", TypeId::INT, 10);
    let (_, v) = closure_object(&mut b, &mut t, inner, &[(Place::alloc(u), true)], fty, 20);
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Closure(Operand::local(apply)),
        vec![Operand::local(v)],
        30,
    );
    t.add(b);
    let mut c = literal("f.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture("u", TypeId::INT, CaptureMode::ByRef));
    let cr = c.add_result("~r0", pint, Pos(22));
    c.assign(Place::local(cr), Rvalue::AddrOf(cap(0)), Pos(23));
    t.add(c);
    assert_eq!(
        t.run(1),
        vec![
            "1: apply does not escape",
            "10: moved to heap: u",
            "20: func literal escapes to heap"
        ]
    );
}

#[test]
fn closure_local_stored_in_parent_variable_escapes() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[], &[]);
    // var p *int; func() { z := 3; p = &z }(); return *p
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let p = var(&mut b, "p", pint, 5);
    let (_, v) = closure_object(&mut b, &mut t, inner, &[(Place::alloc(p), true)], fty, 20);
    call(
        &mut b,
        vec![],
        Callee::Closure(Operand::local(v)),
        vec![],
        30,
    );
    t.add(b);
    let mut c = literal("f.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture("p", pint, CaptureMode::ByRef));
    let z = var(&mut c, "z", TypeId::INT, 21);
    c.assign(cap(0), Rvalue::AddrOf(Place::alloc(z)), Pos(22));
    let ct = t.add(c);
    assert_eq!(
        t.run(1),
        vec!["20: func literal does not escape", "21: moved to heap: z"]
    );
    assert_eq!(t.placement(outer, crate::ir::AllocId(0)), Placement::Stack);
    assert_eq!(t.placement(ct, z), Placement::Heap);
}

#[test]
fn by_value_capture_copies_the_value_into_the_closure() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[], &[TypeId::INT]);
    // y := 1; p := &y; return func() int { return *p }   -> y moves (through the copy of p)
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let r = b.add_result("~r0", fty, Pos(1));
    let y = var(&mut b, "y", TypeId::INT, 10);
    let p = b.new_local("p", pint, Pos(11), LocalKind::Var);
    b.assign(Place::local(p), Rvalue::AddrOf(Place::alloc(y)), Pos(11));
    let (_, v) = closure_object(&mut b, &mut t, inner, &[(Place::local(p), false)], fty, 20);
    copy(&mut b, r, v, 21);
    t.add(b);
    let mut c = literal("f.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture("p", pint, CaptureMode::ByValue));
    let cr = c.add_result("~r0", TypeId::INT, Pos(22));
    let q = c.temp(pint);
    c.assign(Place::local(q), Rvalue::Use(Operand::Copy(cap(0))), Pos(23));
    c.assign(
        Place::local(cr),
        Rvalue::Use(Operand::Copy(Place::deref(q))),
        Pos(23),
    );
    t.add(c);
    assert_eq!(
        t.run(1),
        vec!["10: moved to heap: y", "20: func literal escapes to heap"]
    );
}

#[test]
fn unresolvable_captures_force_the_closure_to_the_heap() {
    let mut t = TestProgram::new();
    let fty = t.func_type(&[], &[TypeId::INT]);
    // A closure object whose capture field is never filled from a known place.
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let (lit, _) = closure_object(&mut b, &mut t, inner, &[], fty, 20);
    t.add(b);
    let mut c = literal("f.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture("x", TypeId::INT, CaptureMode::ByRef));
    t.add(c);
    assert_eq!(t.run(1), vec!["20: func literal escapes to heap"]);
    assert_eq!(t.placement(outer, lit), Placement::Heap);
}

#[test]
fn capture_free_literal_is_static_but_reported() {
    let mut t = TestProgram::new();
    let fty = t.func_type(&[], &[TypeId::INT]);
    let gf = t.global("gf", fty);
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let obj_ty = t.structure(&[TypeId::UINTPTR]);
    let site = b.new_alloc(
        obj_ty,
        crate::ir::AllocKind::Object,
        Pos(20),
        "func literal".into(),
    );
    b.func_mut().allocs[site.index()].static_value = Some(Const::FuncAddr(inner));
    let v = addr_temp(&mut b, site, fty, 20);
    b.assign(
        Place {
            base: PlaceBase::Global(gf),
            proj: vec![],
        },
        Rvalue::Use(Operand::local(v)),
        Pos(21),
    );
    t.add(b);
    t.add(literal("f.func1", 20, outer));
    assert_eq!(t.run(1), vec!["20: func literal escapes to heap"]);
}

#[test]
fn captures_filled_with_constants_carry_nothing() {
    let mut t = TestProgram::new();
    let fty = t.func_type(&[], &[TypeId::INT]);
    // A wrapper closure over the constant 5, called where it is made.
    let outer = t.next_id();
    let inner = FuncId(outer.0 + 1);
    let mut b = declared("f", 0);
    let obj_ty = t.structure(&[TypeId::UINTPTR, TypeId::INT]);
    let site = object(&mut b, "func literal", obj_ty, 20);
    b.assign(
        Place::alloc(site).field(0),
        Rvalue::Use(Operand::Const(Const::FuncAddr(inner))),
        Pos(20),
    );
    b.assign(
        Place::alloc(site).field(1),
        Rvalue::Use(Operand::int(5)),
        Pos(20),
    );
    let v = addr_temp(&mut b, site, fty, 20);
    let r = b.temp(TypeId::INT);
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Closure(Operand::local(v)),
        vec![],
        21,
    );
    t.add(b);
    let mut c = literal("f.func1", 20, outer);
    c.func_mut()
        .captures
        .push(capture(".c0", TypeId::INT, CaptureMode::ByValue));
    let cr = c.add_result("~r0", TypeId::INT, Pos(22));
    c.assign(
        Place::local(cr),
        Rvalue::Use(Operand::Copy(cap(0))),
        Pos(23),
    );
    t.add(c);
    assert_eq!(t.run(1), vec!["20: func literal does not escape"]);
    assert_eq!(t.placement(outer, site), Placement::Stack);
}
