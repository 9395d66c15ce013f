//! Devirtualization through a type assertion, and of the error an inlined `errors.New` makes.

use super::{add, builder, calls, inline, program};
use crate::ir::*;
use crate::source::Pos;
use crate::types::{Field, InterfaceMethod, Signature, Type, TypeId};

/// True if `f` has a nil check.
fn has_nil_check(p: &Program, f: FuncId) -> bool {
    p.func(f)
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .any(|i| matches!(i, Inst::NilCheck { .. }))
}

#[test]
fn a_comma_ok_assertion_is_followed_and_keeps_a_nil_check() {
    let mut p = program();
    let s = p.types.new_named("main".into(), "S".into());
    let st = p.types.intern(Type::Struct(vec![Field {
        name: "n".into(),
        ty: TypeId::INT,
        embedded: false,
    }]));
    p.types.set_underlying(s, st);
    let ps = p.types.pointer(s);
    let sig = p.types.intern(Type::Func(Signature {
        params: vec![],
        results: vec![TypeId::INT],
        variadic: false,
    }));
    let getter = p.types.intern(Type::Interface(vec![InterfaceMethod {
        name: "Get".into(),
        sig,
    }]));
    let any = p.types.intern(Type::Interface(vec![]));
    // func (s *S) Get() int { return s.n }
    let mut b = builder("(*S).Get", 10);
    let recv = b.add_param("s", ps, Pos(11));
    let r = b.add_result("~r0", TypeId::INT, Pos(12));
    b.assign(
        Place::local(r),
        Rvalue::Use(Operand::Copy(Place::deref(recv).field(0))),
        Pos(13),
    );
    let get = add(&mut p, b.finish(), Ok(3));
    p.method_sets.insert(
        ps,
        vec![MethodEntry {
            name: "Get".into(),
            sig,
            func: get,
        }],
    );
    // func main() int { v := S{}; var i any = &v; g, ok := i.(Getter); return g.Get() }
    let mut b = builder("main", 95);
    let r = b.add_result("~r0", TypeId::INT, Pos(96));
    let v = b.new_alloc(s, AllocKind::Var, Pos(97), "v".into());
    b.push(Inst::Alloc {
        site: v,
        count: None,
        pos: Pos(97),
    });
    let pv = b.temp(ps);
    b.assign(Place::local(pv), Rvalue::AddrOf(Place::alloc(v)), Pos(98));
    let i = b.new_local("i", any, Pos(98), LocalKind::Var);
    b.assign(
        Place::local(i),
        Rvalue::MakeIface(Operand::Const(Const::TypeDesc(ps)), Operand::local(pv)),
        Pos(98),
    );
    let (g, ok) = (
        b.new_local("g", getter, Pos(99), LocalKind::Var),
        b.temp(TypeId::BOOL),
    );
    b.push(Inst::TypeAssert {
        dst: Some(Place::local(g)),
        ok: Some(Place::local(ok)),
        x: Operand::local(i),
        ty: getter,
        pos: Pos(99),
    });
    b.push(Inst::Call {
        dsts: vec![Place::local(r)],
        callee: Callee::Iface(Operand::local(g), 0),
        args: vec![],
        pos: Pos(100),
    });
    let main = add(&mut p, b.finish(), Ok(70));
    let lines = inline(&mut p);
    assert_eq!(
        lines,
        [
            "10: can inline (*S).Get",
            "95: can inline main",
            "100: devirtualizing g.Get to *S",
            "100: inlining call to (*S).Get"
        ]
    );
    assert!(calls(&p, main).is_empty());
    // g is nil when the assertion fails: calling its method must still panic.
    assert!(has_nil_check(&p, main));
}

#[test]
fn the_error_of_an_inlined_errors_new_has_its_error_method_inlined() {
    let mut p = program();
    // func f() string { err := errors.New("boom"); return err.Error() }
    let mut b = builder("f", 5);
    let r = b.add_result("~r0", TypeId::STRING, Pos(6));
    let err = b.new_local("err", TypeId::ERROR, Pos(7), LocalKind::Var);
    let text = Operand::Const(Const::Str(b"boom".to_vec(), TypeId::STRING));
    b.push(Inst::Call {
        dsts: vec![Place::local(err)],
        callee: Callee::Extern(Extern::ErrorsNew),
        args: vec![text],
        pos: Pos(30),
    });
    b.push(Inst::Call {
        dsts: vec![Place::local(r)],
        callee: Callee::Iface(Operand::local(err), 0),
        args: vec![],
        pos: Pos(40),
    });
    let f = add(&mut p, b.finish(), Ok(10));
    let lines = inline(&mut p);
    let want = [
        "5: can inline f",
        "30: inlining call to errors.New",
        "40: devirtualizing err.Error to *errors.errorString",
        "40: inlining call to errors.(*errorString).Error",
    ];
    assert_eq!(lines, want);
    assert_eq!(calls(&p, f), [Callee::Extern(Extern::ErrorsStringItab)]);
    assert!(!has_nil_check(&p, f));
}
