//! Size limits, what is (not) reported, self-assignments and `-m=2` explanations.

use super::*;
use crate::ir::{Const, LocalKind, PlaceBase};

#[test]
fn size_limits() {
    let mut t = TestProgram::new();
    let big_var = t.array(TypeId::UINT8, 128 * 1024 + 1);
    let ok_var = t.array(TypeId::UINT8, 128 * 1024);
    let big_obj = t.array(TypeId::UINT8, 64 * 1024 + 1);
    let ok_obj = t.array(TypeId::UINT8, 64 * 1024);
    let empty = t.structure(&[]);
    let pbig = t.ptr(big_obj);
    let sbytes = t.slice(TypeId::UINT8);
    let mut b = declared("f", 0);
    var(&mut b, "big", big_var, 10);
    let ok = var(&mut b, "ok", ok_var, 11);
    object(&mut b, "new(B65537)", big_obj, 12);
    object(&mut b, "new(B65536)", ok_obj, 13);
    // A slice literal of any size may stay.
    let lit = object(&mut b, "[]byte{...}", big_obj, 14);
    let tl = addr_temp(&mut b, lit, pbig, 14);
    let s = b.new_local("s", sbytes, Pos(14), LocalKind::Var);
    b.assign(
        Place::local(s),
        Rvalue::MakeSlice(Operand::local(tl), Operand::int(1), Operand::int(1)),
        Pos(14),
    );
    let make = |b: &mut FunctionBuilder, text: &str, elem, count: Option<u64>, pos| {
        let a = b.new_alloc(elem, crate::ir::AllocKind::Array, Pos(pos), text.into());
        b.func_mut().allocs[a.index()].const_count = count;
        b.push(Inst::Alloc {
            site: a,
            count: Some(Operand::int(count.unwrap_or(3) as i64)),
            pos: Pos(pos),
        });
    };
    make(&mut b, "make([]int64, 8192)", TypeId::INT64, Some(8192), 20);
    make(&mut b, "make([]int64, 8193)", TypeId::INT64, Some(8193), 21);
    make(&mut b, "make([]int64, n)", TypeId::INT64, None, 22);
    make(&mut b, "make([]struct {}, n)", empty, None, 23);
    let f = t.add(b);
    assert_eq!(
        t.run(1),
        vec![
            "10: moved to heap: big",
            "12: new(B65537) escapes to heap",
            "13: new(B65536) does not escape",
            "14: []byte{...} does not escape",
            "20: make([]int64, 8192) does not escape",
            "21: make([]int64, 8193) escapes to heap",
            "22: make([]int64, n) does not escape",
            "23: make([]struct {}, n) escapes to heap"
        ]
    );
    assert_eq!(t.placement(f, ok), Placement::Stack);
}

#[test]
fn large_box_is_heap_but_says_it_does_not_escape() {
    let mut t = TestProgram::new();
    let big = t.array(TypeId::UINT8, 2000);
    let pbig = t.ptr(big);
    let any = TypeId::EMPTY_INTERFACE;
    let mut b = declared("f", 0);
    let v = b.add_param("v", big, Pos(1));
    let bx = object(&mut b, "v", big, 10);
    b.assign(Place::alloc(bx), Rvalue::Use(Operand::local(v)), Pos(10));
    let tb = addr_temp(&mut b, bx, pbig, 10);
    let i = b.new_local("i", any, Pos(11), LocalKind::Var);
    b.assign(
        Place::local(i),
        Rvalue::MakeIface(Operand::Const(Const::TypeDesc(big)), Operand::local(tb)),
        Pos(11),
    );
    let f = t.add(b);
    assert_eq!(t.run(1), vec!["10: v does not escape"]);
    assert_eq!(t.placement(f, bx), Placement::Heap);
}

#[test]
fn synthetic_functions_and_moved_parameters_are_silent() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let ppint = t.ptr(pint);
    let mut b = FunctionBuilder::new(
        "wrapper".into(),
        "main.wrapper".into(),
        Pos(0),
        FuncKind::Synthetic,
    );
    let p = b.add_param("p", pint, Pos(1));
    let r = b.add_result("~r0", pint, Pos(2));
    copy(&mut b, r, p, 3);
    var(&mut b, "x", TypeId::INT, 4);
    t.add(b);
    // addrOfPointerParam(p *int) **int { return &p }: moved, no tag
    let mut b = declared("addrOfPointerParam", 10);
    let p = b.add_param("p", pint, Pos(11));
    let r = b.add_result("~r0", ppint, Pos(12));
    let site = var(&mut b, "p", pint, 11);
    b.assign(Place::alloc(site), Rvalue::Use(Operand::local(p)), Pos(11));
    b.assign(Place::local(r), Rvalue::AddrOf(Place::alloc(site)), Pos(13));
    let f = t.add(b);
    assert_eq!(t.run(1), vec!["11: moved to heap: p"]);
    assert_eq!(t.placement(f, site), Placement::Heap);
}

#[test]
fn self_assignments_are_ignored_and_reported() {
    let mut t = TestProgram::new();
    let bytes = t.slice(TypeId::UINT8);
    let buffer = t.structure(&[bytes, bytes]);
    let pbuf = t.ptr(buffer);
    let mut map = SourceMap::new();
    let text = "func (b *Buffer) Skip(n int) {\n\tb.buf = b.buf[n:] // ERROR \"x\"\n}\n";
    map.add_file("./x.go".into(), text.into());
    let eq = text.find('=').unwrap() as u32;
    let mut b = FunctionBuilder::new(
        "(*Buffer).Skip".into(),
        "main.(*Buffer).Skip".into(),
        Pos(17),
        FuncKind::Declared,
    );
    let recv = b.add_param("b", pbuf, Pos(7));
    let n = b.add_param("n", TypeId::INT, Pos(23));
    let old = b.temp(bytes);
    b.assign(
        Place::local(old),
        Rvalue::Use(Operand::Copy(Place::deref(recv).field(0))),
        Pos(eq),
    );
    let new = b.temp(bytes);
    b.assign(
        Place::local(new),
        Rvalue::Slice {
            x: Operand::local(old),
            lo: Some(Operand::local(n)),
            hi: None,
            max: None,
        },
        Pos(eq),
    );
    b.assign(
        Place::deref(recv).field(0),
        Rvalue::Use(Operand::local(new)),
        Pos(eq),
    );
    // b.buf = b.buf[n:] again, but from the other field through the array: still a self-assignment.
    b.assign(
        Place::deref(recv).field(1),
        Rvalue::Use(Operand::local(new)),
        Pos(eq),
    );
    t.add(b);
    let options = PassOptions {
        inline: false,
        diagnostics: 1,
    };
    let diags = super::super::analyze(&mut t.program, &options, &map);
    let rendered: Vec<String> = diags.iter().map(|d| d.render(&map)).collect();
    assert_eq!(
        rendered,
        vec![
            "./x.go:2:8: (*Buffer).Skip ignoring self-assignment in b.buf = b.buf[n:]",
            "./x.go:2:8: (*Buffer).Skip ignoring self-assignment in b.buf = b.buf[n:]",
            "./x.go:1:8: b does not escape"
        ]
    );
}

#[test]
fn level_two_explains_the_flow() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let sink = t.global("sink", pint);
    // func f() *int { x := 1; return &x }
    let mut b = declared("f", 0);
    let r = b.add_result("~r0", pint, Pos(1));
    let x = var(&mut b, "x", TypeId::INT, 10);
    b.assign(Place::local(r), Rvalue::AddrOf(Place::alloc(x)), Pos(20));
    t.add(b);
    // func leak(p *int) { sink = p }
    let mut b = declared("leak", 100);
    let p = b.add_param("p", pint, Pos(101));
    b.assign(
        Place {
            base: PlaceBase::Global(sink),
            proj: vec![],
        },
        Rvalue::Use(Operand::local(p)),
        Pos(110),
    );
    t.add(b);
    let lines = t.run(2);
    assert_eq!(lines[0], "10: x escapes to heap in f:");
    assert_eq!(lines[1], "10:   flow: ~r0 ← &x:");
    assert!(lines[2].starts_with("10:     from "), "{lines:?}");
    assert!(lines.contains(&"10: moved to heap: x".to_string()));
    assert!(lines.contains(&"101: parameter p leaks to {heap} for leak with derefs=0:".to_string()));
    assert!(lines.contains(&"101:   flow: {heap} ← p:".to_string()));
    assert!(lines.contains(&"101: leaking param: p".to_string()));
}

#[test]
fn element_to_element_copy_is_a_self_assignment() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let spint = t.slice(pint);
    let ppint = t.ptr(pint);
    // func shiftDown(s []*int) { s[0] = s[1] }
    let mut b = declared("shiftDown", 0);
    let s = b.add_param("s", spint, Pos(1));
    let src = b.temp(ppint);
    b.assign(
        Place::local(src),
        Rvalue::ElemAddr(Operand::local(s), Operand::int(1)),
        Pos(10),
    );
    let dst = b.temp(ppint);
    b.assign(
        Place::local(dst),
        Rvalue::ElemAddr(Operand::local(s), Operand::int(0)),
        Pos(10),
    );
    b.assign(
        Place::deref(dst),
        Rvalue::Use(Operand::Copy(Place::deref(src))),
        Pos(10),
    );
    t.add(b);
    let lines = t.run(1);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0], "1: s does not escape");
    assert!(
        lines[1].starts_with("10: shiftDown ignoring self-assignment in "),
        "{lines:?}"
    );
}

#[test]
fn swapping_elements_through_copied_pointers_is_a_self_assignment() {
    let mut t = TestProgram::new();
    let pint = t.ptr(TypeId::INT);
    let arr = t.array(pint, 4);
    let parr = t.ptr(arr);
    // func swap(a *[4]*int, i, j int) { a[i], a[j] = a[j], a[i] }, with the pointer copied
    // into temporaries as the lowering does for tuple assignments.
    let mut b = declared("swap", 0);
    let a = b.add_param("a", parr, Pos(1));
    let i = b.add_param("i", TypeId::INT, Pos(2));
    let j = b.add_param("j", TypeId::INT, Pos(3));
    let (d0, d1) = (b.temp(parr), b.temp(parr));
    copy(&mut b, d0, a, 10);
    copy(&mut b, d1, a, 10);
    let (v0, v1) = (b.temp(pint), b.temp(pint));
    b.assign(
        Place::local(v0),
        Rvalue::Use(Operand::Copy(Place::deref(a).index(Operand::local(j)))),
        Pos(10),
    );
    b.assign(
        Place::local(v1),
        Rvalue::Use(Operand::Copy(Place::deref(a).index(Operand::local(i)))),
        Pos(10),
    );
    b.assign(
        Place::deref(d0).index(Operand::local(i)),
        Rvalue::Use(Operand::local(v0)),
        Pos(10),
    );
    b.assign(
        Place::deref(d1).index(Operand::local(j)),
        Rvalue::Use(Operand::local(v1)),
        Pos(10),
    );
    t.add(b);
    let lines = t.run(1);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], "1: a does not escape");
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.starts_with("10: swap ignoring self-assignment in ")),
        "{lines:?}"
    );
}
