//! go, defer, maps, channels, append, strings and type assertions.

use super::*;
use crate::ir::{LocalKind, StringConvKind};

/// `work(p *int) { *p = 1 }` and `f` doing `x := 1; go/defer work(&x)` through a wrapper closure
/// capturing `&x` by value, at `loop_depth`. Returns the program, `f`, `x` and the wrapper site.
fn run_go_defer(loop_depth: u32, go: bool) -> (TestProgram, FuncId, AllocId, AllocId) {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[], &[]);
    let mut b = declared("work", 0);
    let p = b.add_param("p", pint, Pos(1));
    b.assign(Place::deref(p), Rvalue::Use(Operand::int(1)), Pos(2));
    let work = t.add(b);
    let f = t.next_id();
    let wrapper = FuncId(f.0 + 1);
    let mut b = declared("f", 10);
    let frame = object(&mut b, "", TypeId::UINTPTR, 10);
    let tf = addr_temp(&mut b, frame, pint, 10);
    b.loop_depth = loop_depth;
    let block = b.new_block();
    b.goto(block);
    b.switch_to(block);
    let x = var(&mut b, "x", TypeId::INT, 11);
    let tx = addr_temp(&mut b, x, pint, 12);
    let obj_ty = t.structure(&[TypeId::UINTPTR, pint]);
    let w = object(&mut b, "", obj_ty, 12);
    b.assign(
        Place::alloc(w).field(0),
        Rvalue::Use(Operand::Const(crate::ir::Const::FuncAddr(wrapper))),
        Pos(12),
    );
    b.assign(
        Place::alloc(w).field(1),
        Rvalue::Use(Operand::local(tx)),
        Pos(12),
    );
    let c = addr_temp(&mut b, w, fty, 12);
    b.push(if go {
        Inst::Go {
            closure: Operand::local(c),
            pos: Pos(12),
        }
    } else {
        Inst::Defer {
            frame: Operand::local(tf),
            closure: Operand::local(c),
            pos: Pos(12),
        }
    });
    t.add(b);
    let mut b = literal("f.func1", 12, f);
    b.func_mut().captures.push(crate::ir::Capture {
        name: ".c0".into(),
        ty: pint,
        mode: crate::ir::CaptureMode::ByValue,
    });
    let arg = Operand::Copy(Place {
        base: crate::ir::PlaceBase::Capture(0),
        proj: vec![],
    });
    call(&mut b, vec![], Callee::Direct(work), vec![arg], 12);
    t.add(b);
    (t, f, x, w)
}

#[test]
fn go_closures_escape() {
    let (mut t, f, x, w) = run_go_defer(1, true);
    assert_eq!(
        t.run(1),
        vec!["1: p does not escape", "11: moved to heap: x"]
    );
    assert_eq!(t.placement(f, x), Placement::Heap);
    assert_eq!(t.placement(f, w), Placement::Heap);
}

#[test]
fn deferred_closures_live_as_long_as_their_frame() {
    let (mut t, f, x, w) = run_go_defer(1, false);
    assert_eq!(t.run(1), vec!["1: p does not escape"]);
    assert_eq!(t.placement(f, x), Placement::Stack);
    assert_eq!(t.placement(f, w), Placement::Stack);
    let (mut t, f, _, w) = run_go_defer(2, false);
    assert_eq!(
        t.run(1),
        vec!["1: p does not escape", "11: moved to heap: x"]
    );
    assert_eq!(t.placement(f, w), Placement::Heap);
}

#[test]
fn map_keys_and_values_escape_lookup_keys_do_not() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let mty = t.program.types.intern(crate::types::Type::Map(pint, pint));
    let mut b = declared("f", 0);
    let m = b.new_local("m", mty, Pos(1), LocalKind::Var);
    let site = b.new_alloc(
        TypeId::UINTPTR,
        crate::ir::AllocKind::Object,
        Pos(2),
        "make(map[*int]*int)".into(),
    );
    b.push(Inst::MakeMap {
        dst: Place::local(m),
        ty: mty,
        hint: None,
        site,
        pos: Pos(2),
    });
    let k = var(&mut b, "k", TypeId::INT, 10);
    let tk = addr_temp(&mut b, k, pint, 11);
    let v = var(&mut b, "v", TypeId::INT, 12);
    let tv = addr_temp(&mut b, v, pint, 13);
    b.push(Inst::MapStore {
        map: Operand::local(m),
        key: Operand::local(tk),
        value: Operand::local(tv),
        pos: Pos(14),
    });
    let l = var(&mut b, "l", TypeId::INT, 20);
    let tl = addr_temp(&mut b, l, pint, 21);
    let out = b.temp(pint);
    b.push(Inst::MapIndex {
        dst: Some(Place::local(out)),
        ok: None,
        map: Operand::local(m),
        key: Operand::local(tl),
        pos: Pos(22),
    });
    let f = t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "2: make(map[*int]*int) does not escape",
            "10: moved to heap: k",
            "12: moved to heap: v"
        ]
    );
    assert_eq!(t.placement(f, l), Placement::Stack);
}

#[test]
fn channel_sends_escape() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let cty = t
        .program
        .types
        .intern(crate::types::Type::Chan(crate::types::ChanDir::Both, pint));
    let mut b = declared("f", 0);
    let c = b.add_param("c", cty, Pos(1));
    let x = var(&mut b, "x", TypeId::INT, 10);
    let tx = addr_temp(&mut b, x, pint, 11);
    b.push(Inst::ChanSend {
        ch: Operand::local(c),
        value: Operand::local(tx),
        pos: Pos(12),
    });
    let got = b.temp(pint);
    b.push(Inst::ChanRecv {
        dst: Some(Place::local(got)),
        ok: None,
        ch: Operand::local(c),
        pos: Pos(13),
    });
    t.add(b);
    assert_eq!(
        t.run(1),
        vec!["1: c does not escape", "10: moved to heap: x"]
    );
}

#[test]
fn append_flows_slice_to_result_and_pointer_elements_to_heap() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let spint = t.slice(pint);
    let sint = t.slice(TypeId::INT);
    // appendParamPtr(s []*int, p *int) []*int { return append(s, p) }
    let mut b = declared("appendPtr", 0);
    let s = b.add_param("s", spint, Pos(1));
    let p = b.add_param("p", pint, Pos(2));
    let r = b.add_result("~r0", spint, Pos(3));
    let site = b.new_alloc(
        pint,
        crate::ir::AllocKind::RuntimeBuffer,
        Pos(4),
        "append".into(),
    );
    b.push(Inst::Append {
        dst: Place::local(r),
        slice: Operand::local(s),
        elems: vec![Operand::local(p)],
        spread: None,
        site,
        pos: Pos(4),
    });
    t.add(b);
    // appendLocal(n int) int { var s []int; for { s = append(s, i) }; return len(s) }
    let mut b = declared("appendLocal", 10);
    let s = b.new_local("s", sint, Pos(11), LocalKind::Var);
    b.loop_depth = 2;
    let body = b.new_block();
    b.goto(body);
    b.switch_to(body);
    let site = b.new_alloc(
        TypeId::INT,
        crate::ir::AllocKind::RuntimeBuffer,
        Pos(12),
        "append".into(),
    );
    b.push(Inst::Append {
        dst: Place::local(s),
        slice: Operand::local(s),
        elems: vec![Operand::int(1)],
        spread: None,
        site,
        pos: Pos(12),
    });
    let f = t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: leaking param content: s",
            "1: leaking param: s to result ~r0 level=0",
            "2: leaking param: p",
            "4: append escapes to heap",
            "12: append does not escape"
        ]
    );
    assert_eq!(t.placement(f, site), Placement::Stack);
}

#[test]
fn string_results_are_their_sites_and_unmutated_bytes_are_zero_copy() {
    let mut t = TestProgram::new();
    let bytes = t.slice(TypeId::UINT8);
    let gs = t.global("gs", TypeId::STRING);
    let mut b = declared("f", 0);
    let a = b.add_param("a", TypeId::STRING, Pos(1));
    let c = b.add_param("c", TypeId::STRING, Pos(2));
    // gs = a + c
    let site = b.new_alloc(
        TypeId::UINT8,
        crate::ir::AllocKind::RuntimeBuffer,
        Pos(10),
        "a + c".into(),
    );
    let dst = Place {
        base: crate::ir::PlaceBase::Global(gs),
        proj: vec![],
    };
    b.push(Inst::Concat {
        dst,
        parts: vec![Operand::local(a), Operand::local(c)],
        site,
        pos: Pos(10),
    });
    // b1 := []byte(a) (read only); b2 := []byte(c); b2[0] = 1
    let conv = |b: &mut FunctionBuilder, src, pos: u32| {
        let site = b.new_alloc(
            TypeId::UINT8,
            crate::ir::AllocKind::RuntimeBuffer,
            Pos(pos),
            "([]byte)(s)".into(),
        );
        let l = b.new_local("b", bytes, Pos(pos), LocalKind::Var);
        b.push(Inst::StringConv {
            dst: Place::local(l),
            kind: StringConvKind::StringToBytes,
            src: Operand::local(src),
            site,
            pos: Pos(pos),
        });
        l
    };
    conv(&mut b, a, 20);
    let b2 = conv(&mut b, c, 30);
    let pu8 = t.ptr(TypeId::UINT8);
    let e = b.temp(pu8);
    b.assign(
        Place::local(e),
        Rvalue::ElemAddr(Operand::local(b2), Operand::int(0)),
        Pos(31),
    );
    b.assign(
        Place::deref(e),
        Rvalue::Use(Operand::Const(crate::ir::Const::Int(1, TypeId::UINT8))),
        Pos(31),
    );
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: a does not escape",
            "2: c does not escape",
            "10: a + c escapes to heap",
            "20: ([]byte)(s) does not escape",
            "20: zero-copy string->[]byte conversion",
            "30: ([]byte)(s) does not escape"
        ]
    );
}

#[test]
fn type_assertions_dereference_boxed_values() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let pair = t.structure(&[pint, pint]);
    let any = TypeId::EMPTY_INTERFACE;
    // assertPtr(i any) *int { return i.(*int) }            level=0
    let mut b = declared("assertPtr", 0);
    let i = b.add_param("i", any, Pos(1));
    let r = b.add_result("~r0", pint, Pos(2));
    b.push(Inst::TypeAssert {
        dst: Some(Place::local(r)),
        ok: None,
        x: Operand::local(i),
        ty: pint,
        pos: Pos(3),
    });
    t.add(b);
    // assertBoxed(i any) *int { return i.(Pair).a }          level=1
    let mut b = declared("assertBoxed", 10);
    let i = b.add_param("i", any, Pos(11));
    let r = b.add_result("~r0", pint, Pos(12));
    let v = b.temp(pair);
    b.push(Inst::TypeAssert {
        dst: Some(Place::local(v)),
        ok: None,
        x: Operand::local(i),
        ty: pair,
        pos: Pos(13),
    });
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::local(v).field(0))),
        Pos(14),
    );
    t.add(b);
    // assertValue(i any) int { return i.(int) }               nothing
    let mut b = declared("assertValue", 20);
    let i = b.add_param("i", any, Pos(21));
    let r = b.add_result("~r0", TypeId::INT, Pos(22));
    b.push(Inst::TypeAssert {
        dst: Some(Place::local(r)),
        ok: None,
        x: Operand::local(i),
        ty: TypeId::INT,
        pos: Pos(23),
    });
    t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "1: leaking param: i to result ~r0 level=0",
            "11: leaking param: i to result ~r0 level=1",
            "21: i does not escape"
        ]
    );
}

#[test]
fn recovered_values_are_heap_data() {
    let mut t = TestProgram::new();
    let any = TypeId::EMPTY_INTERFACE;
    let mut b = declared("f", 0);
    let r = b.add_result("r", any, Pos(1));
    b.push(Inst::Recover {
        dst: Place::local(r),
        pos: Pos(2),
    });
    t.add(b);
    assert_eq!(t.run(1), Vec::<String>::new());
}

#[test]
fn a_closure_deferred_by_an_outlined_body_stays_in_its_frame() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let fty = t.func_type(&[], &[]);
    // f makes the frame and runs body; body defers a closure over its own x. The body runs its
    // deferred calls before returning (a panic runs them on top of its frame), so the closure
    // and x stay in body's frame.
    let f = t.next_id();
    let body = FuncId(f.0 + 1);
    let deferred = FuncId(f.0 + 2);
    let mut b = declared("f", 0);
    let frame = object(&mut b, "", TypeId::UINTPTR, 1);
    let tf = addr_temp(&mut b, frame, pint, 1);
    let obj_ty = t.structure(&[TypeId::UINTPTR, pint]);
    let bs = object(&mut b, "", obj_ty, 2);
    b.assign(
        Place::alloc(bs).field(0),
        Rvalue::Use(Operand::Const(crate::ir::Const::FuncAddr(body))),
        Pos(2),
    );
    b.assign(
        Place::alloc(bs).field(1),
        Rvalue::Use(Operand::local(tf)),
        Pos(2),
    );
    let tb = addr_temp(&mut b, bs, fty, 2);
    call(
        &mut b,
        vec![],
        Callee::Extern(crate::ir::Extern::RunDeferring),
        vec![Operand::local(tb), Operand::local(tf)],
        3,
    );
    t.add(b);
    let mut b = literal("f.body", 2, f);
    b.func_mut().captures.push(crate::ir::Capture {
        name: ".frame".into(),
        ty: pint,
        mode: crate::ir::CaptureMode::ByValue,
    });
    let x = var(&mut b, "x", TypeId::INT, 10);
    let tx = addr_temp(&mut b, x, pint, 11);
    let ds = object(&mut b, "", obj_ty, 11);
    b.assign(
        Place::alloc(ds).field(0),
        Rvalue::Use(Operand::Const(crate::ir::Const::FuncAddr(deferred))),
        Pos(11),
    );
    b.assign(
        Place::alloc(ds).field(1),
        Rvalue::Use(Operand::local(tx)),
        Pos(11),
    );
    let td = addr_temp(&mut b, ds, fty, 11);
    let frame_ptr = Operand::Copy(Place {
        base: crate::ir::PlaceBase::Capture(0),
        proj: vec![],
    });
    b.push(Inst::Defer {
        frame: frame_ptr,
        closure: Operand::local(td),
        pos: Pos(11),
    });
    let body_id = t.add(b);
    let mut b = literal("f.body.func1", 11, body);
    b.func_mut().captures.push(crate::ir::Capture {
        name: ".c0".into(),
        ty: pint,
        mode: crate::ir::CaptureMode::ByValue,
    });
    t.add(b);
    assert_eq!(t.run(1), Vec::<String>::new());
    assert_eq!(t.placement(body_id, ds), Placement::Stack);
    assert_eq!(t.placement(f, frame), Placement::Stack);
}
