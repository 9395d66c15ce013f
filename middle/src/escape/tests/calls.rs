//! Leak tags, calls across and inside batches, unknown callees and runtime functions.

use super::*;
use crate::ir::{Const, Extern, LocalKind, PlaceBase};

fn global(g: GlobalId) -> Place {
    Place {
        base: PlaceBase::Global(g),
        proj: vec![],
    }
}

#[test]
fn tag_kinds() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let ppint = t.ptr(pint);
    let sink = t.global("sink", pint);
    // toHeap(p *int) { sink = p }
    let mut b = declared("toHeap", 0);
    let p = b.add_param("p", pint, Pos(1));
    b.assign(global(sink), Rvalue::Use(Operand::local(p)), Pos(2));
    t.add(b);
    // level1(pp **int) *int { return *pp }
    let mut b = declared("level1", 10);
    let pp = b.add_param("pp", ppint, Pos(11));
    let r = b.add_result("~r0", pint, Pos(12));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::deref(pp))),
        Pos(13),
    );
    t.add(b);
    // content(pp **int) { sink = *pp }
    let mut b = declared("content", 20);
    let pp = b.add_param("pp", ppint, Pos(21));
    b.assign(
        global(sink),
        Rvalue::Use(Operand::Copy(Place::deref(pp))),
        Pos(22),
    );
    t.add(b);
    // both(p *int) *int { sink = p; return p }   the heap wins
    let mut b = declared("both", 30);
    let p = b.add_param("p", pint, Pos(31));
    let r = b.add_result("~r0", pint, Pos(32));
    b.assign(global(sink), Rvalue::Use(Operand::local(p)), Pos(33));
    copy(&mut b, r, p, 34);
    t.add(b);
    // named(a *int, n int) (x *int) { x = a }  ints get nothing
    let mut b = declared("named", 40);
    let a = b.add_param("a", pint, Pos(41));
    b.add_param("n", TypeId::INT, Pos(42));
    let x = b.add_result("x", pint, Pos(43));
    copy(&mut b, x, a, 44);
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: leaking param: p",
            "11: leaking param: pp to result ~r0 level=1",
            "21: leaking param content: pp",
            "31: leaking param: p",
            "41: leaking param: a to result x level=0"
        ]
    );
}

#[test]
fn callers_apply_tags() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let sink = t.global("sink", pint);
    // id(p *int) *int { return p }
    let mut b = declared("id", 0);
    let p = b.add_param("p", pint, Pos(1));
    let r = b.add_result("~r0", pint, Pos(2));
    copy(&mut b, r, p, 3);
    let id = t.add(b);
    // f() { x := 1; _ = *id(&x); y := 1; sink = id(&y) }
    let mut b = declared("f", 10);
    let x = var(&mut b, "x", TypeId::INT, 11);
    let tx = addr_temp(&mut b, x, pint, 12);
    let rx = b.temp(pint);
    call(
        &mut b,
        vec![Place::local(rx)],
        Callee::Direct(id),
        vec![Operand::local(tx)],
        12,
    );
    let y = var(&mut b, "y", TypeId::INT, 20);
    let ty = addr_temp(&mut b, y, pint, 21);
    call(
        &mut b,
        vec![global(sink)],
        Callee::Direct(id),
        vec![Operand::local(ty)],
        21,
    );
    let f = t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: leaking param: p to result ~r0 level=0",
            "20: moved to heap: y"
        ]
    );
    assert_eq!(t.placement(f, x), Placement::Stack);
}

#[test]
fn recursion_uses_the_batch_graph() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    // returnA(p) *int { return p; return returnB(p) }; returnB(p) *int { return returnA(p) }
    let a_id = t.next_id();
    let b_id = FuncId(a_id.0 + 1);
    let mut b = declared("returnA", 0);
    let p = b.add_param("p", pint, Pos(1));
    let r = b.add_result("~r0", pint, Pos(2));
    copy(&mut b, r, p, 3);
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Direct(b_id),
        vec![Operand::local(p)],
        4,
    );
    t.set(a_id, b);
    let mut b = declared("returnB", 10);
    let p = b.add_param("p", pint, Pos(11));
    let r = b.add_result("~r0", pint, Pos(12));
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Direct(a_id),
        vec![Operand::local(p)],
        13,
    );
    t.set(b_id, b);
    // sumPtr(p *int, n int) int { return sumPtr(p, n-1) }: self recursion, no leak
    let mut b = declared("sumPtr", 20);
    let self_id = t.next_id();
    let p = b.add_param("p", pint, Pos(21));
    let n = b.add_param("n", TypeId::INT, Pos(22));
    let r = b.add_result("~r0", TypeId::INT, Pos(23));
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Direct(self_id),
        vec![Operand::local(p), Operand::local(n)],
        24,
    );
    t.add(b);
    // A parameter reaching the other function's result counts as a heap leak.
    assert_eq!(
        t.run(1),
        vec![
            "1: leaking param: p",
            "11: leaking param: p",
            "21: p does not escape"
        ]
    );
}

#[test]
fn sixth_result_is_the_heap() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let mut b = declared("sixth", 0);
    let p = b.add_param("p", pint, Pos(1));
    let mut last = None;
    for (i, name) in ["a", "b", "c", "d", "e", "f"].iter().enumerate() {
        last = Some(b.add_result(name, pint, Pos(2 + i as u32)));
    }
    copy(&mut b, last.unwrap(), p, 9);
    t.add(b);
    assert_eq!(t.run(1), vec!["1: leaking param: p"]);
}

#[test]
fn unknown_callees_send_arguments_to_the_heap() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[pint], &[TypeId::INT]);
    let iface = TypeId::EMPTY_INTERFACE;
    // callParam(f func(*int) int, i any) { x := 1; f(&x); i.M(&y) }
    let mut b = declared("callParam", 0);
    let f = b.add_param("f", fty, Pos(1));
    let i = b.add_param("i", iface, Pos(2));
    let x = var(&mut b, "x", TypeId::INT, 10);
    let tx = addr_temp(&mut b, x, pint, 11);
    let r = b.temp(TypeId::INT);
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Closure(Operand::local(f)),
        vec![Operand::local(tx)],
        11,
    );
    let y = var(&mut b, "y", TypeId::INT, 20);
    let ty = addr_temp(&mut b, y, pint, 21);
    call(
        &mut b,
        vec![],
        Callee::Iface(Operand::local(i), 0),
        vec![Operand::local(ty)],
        21,
    );
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: f does not escape",
            "2: leaking param: i",
            "10: moved to heap: x",
            "20: moved to heap: y"
        ]
    );
}

#[test]
fn a_local_holding_a_known_function_is_a_direct_call() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[pint], &[TypeId::INT]);
    // twice(p *int) int { return *p * 2 }
    let mut b = declared("twice", 0);
    let p = b.add_param("p", pint, Pos(1));
    let r = b.add_result("~r0", TypeId::INT, Pos(2));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::deref(p))),
        Pos(3),
    );
    let twice = t.add(b);
    // f := twice; v := 5; f(&v)
    let mut b = declared("caller", 10);
    let fv = b.new_local("f", fty, Pos(11), LocalKind::Var);
    b.assign(
        Place::local(fv),
        Rvalue::Use(Operand::Const(Const::FuncValue(twice, fty))),
        Pos(11),
    );
    let v = var(&mut b, "v", TypeId::INT, 12);
    let tv = addr_temp(&mut b, v, pint, 13);
    call(
        &mut b,
        vec![],
        Callee::Closure(Operand::local(fv)),
        vec![Operand::local(tv)],
        13,
    );
    let caller = t.add(b);
    assert_eq!(t.run(1), vec!["1: p does not escape"]);
    assert_eq!(t.placement(caller, v), Placement::Stack);
}

#[test]
fn runtime_functions_use_their_param_leaks() {
    let mut t = TestProgram::new();
    let iface = TypeId::EMPTY_INTERFACE;
    let arr = t.array(iface, 1);
    let parr = t.ptr(arr);
    let sany = t.slice(iface);
    let pint = t.ptr(TypeId::INT);
    // fmt.Println(x): box x, ... argument slice; panic(&y)
    let mut b = declared("f", 0);
    let x = b.add_param("x", TypeId::INT, Pos(1));
    let bx = object(&mut b, "x", TypeId::INT, 10);
    b.assign(Place::alloc(bx), Rvalue::Use(Operand::local(x)), Pos(10));
    let tb = addr_temp(&mut b, bx, pint, 10);
    let i = b.temp(iface);
    b.assign(
        Place::local(i),
        Rvalue::MakeIface(
            Operand::Const(Const::TypeDesc(TypeId::INT)),
            Operand::local(tb),
        ),
        Pos(10),
    );
    let dots = object(&mut b, "... argument", arr, 9);
    b.assign(
        Place::alloc(dots).index(Operand::int(0)),
        Rvalue::Use(Operand::local(i)),
        Pos(9),
    );
    let tp = addr_temp(&mut b, dots, parr, 9);
    let s = b.temp(sany);
    b.assign(
        Place::local(s),
        Rvalue::MakeSlice(Operand::local(tp), Operand::int(1), Operand::int(1)),
        Pos(9),
    );
    let n = b.temp(TypeId::INT);
    call(
        &mut b,
        vec![Place::local(n)],
        Callee::Extern(Extern::FmtPrintln),
        vec![Operand::local(s)],
        9,
    );
    let y = var(&mut b, "y", TypeId::INT, 20);
    let ty = addr_temp(&mut b, y, pint, 21);
    let iy = b.temp(iface);
    b.assign(
        Place::local(iy),
        Rvalue::MakeIface(Operand::Const(Const::TypeDesc(pint)), Operand::local(ty)),
        Pos(21),
    );
    call(
        &mut b,
        vec![],
        Callee::Extern(Extern::Panic),
        vec![Operand::local(iy)],
        21,
    );
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "9: ... argument does not escape",
            "10: x escapes to heap",
            "20: moved to heap: y"
        ]
    );
}

#[test]
fn interface_calls_with_one_concrete_type_are_devirtualized() {
    let mut t = TestProgram::new();
    let c = t.structure(&[TypeId::INT]);
    let pc = t.ptr(c);
    let sig = t.func_type(&[TypeId::INT], &[TypeId::INT]);
    let iface = t.program.types.intern(crate::types::Type::Interface(vec![
        crate::types::InterfaceMethod {
            name: "Inc".into(),
            sig,
        },
    ]));
    // func (c *C) Inc(d int) int { c.n += d; return c.n }
    let mut b = declared("(*C).Inc", 0);
    let recv = b.add_param("c", pc, Pos(1));
    b.add_param("d", TypeId::INT, Pos(2));
    let r = b.add_result("~r0", TypeId::INT, Pos(3));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::deref(recv).field(0))),
        Pos(4),
    );
    let inc = t.add(b);
    t.program.method_sets.insert(
        pc,
        vec![crate::ir::MethodEntry {
            name: "Inc".into(),
            sig,
            func: inc,
        }],
    );
    // c := C{}; var i Counter = &c; return i.Inc(1)          c stays
    // c2 := C{}; var j Counter = &c2; j = other; j.Inc(1)     c2 moves
    let mut b = declared("known", 10);
    let other = b.add_param("other", iface, Pos(11));
    let cv = var(&mut b, "c", c, 12);
    let tc = addr_temp(&mut b, cv, pc, 13);
    let i = b.new_local("i", iface, Pos(13), LocalKind::Var);
    let itab = Operand::Const(Const::Itab(pc, iface));
    b.assign(
        Place::local(i),
        Rvalue::MakeIface(itab.clone(), Operand::local(tc)),
        Pos(13),
    );
    let r = b.temp(TypeId::INT);
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Iface(Operand::local(i), 0),
        vec![Operand::int(1)],
        14,
    );
    let c2 = var(&mut b, "c2", c, 20);
    let tc2 = addr_temp(&mut b, c2, pc, 21);
    let j = b.new_local("j", iface, Pos(21), LocalKind::Var);
    b.assign(
        Place::local(j),
        Rvalue::MakeIface(itab, Operand::local(tc2)),
        Pos(21),
    );
    copy(&mut b, j, other, 22);
    call(
        &mut b,
        vec![Place::local(r)],
        Callee::Iface(Operand::local(j), 0),
        vec![Operand::int(1)],
        23,
    );
    let known = t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: c does not escape",
            "11: leaking param: other",
            "14: devirtualizing i.Inc to *struct{f0 int}",
            "20: moved to heap: c2"
        ]
    );
    assert_eq!(t.placement(known, cv), Placement::Stack);
}

#[test]
fn pointers_in_uintptr_temporaries_still_flow() {
    let mut t = TestProgram::new();
    let any = TypeId::EMPTY_INTERFACE;
    let sink = t.global("sink", any);
    // The lowering rebuilds an interface from its words, the data word typed uintptr.
    let mut b = declared("f", 0);
    let e = b.add_param("e", any, Pos(1));
    let data = b.temp(TypeId::UINTPTR);
    b.assign(
        Place::local(data),
        Rvalue::IfaceData(Operand::local(e)),
        Pos(2),
    );
    let copy_ = b.temp(TypeId::UINTPTR);
    copy(&mut b, copy_, data, 2);
    b.assign(
        Place {
            base: PlaceBase::Global(sink),
            proj: vec![],
        },
        Rvalue::MakeIface(
            Operand::Const(Const::TypeDesc(TypeId::INT)),
            Operand::local(copy_),
        ),
        Pos(3),
    );
    t.add(b);
    assert_eq!(t.run(1), vec!["1: leaking param: e"]);
}
