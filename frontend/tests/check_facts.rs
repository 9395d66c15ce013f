//! Type checker fact tests: programs that gc compiles without errors check cleanly, and the
//! facts recorded for the lowering (types of untyped constants in context, constant values,
//! selections, captures, variable flags, initialisation order, calls) are what Go's semantics
//! say.

mod check_support;

use check_support::{check_ok, Checked};
use frontend::ast::ExprId;
use frontend::check::{Builtin, CallKind, FuncRef, ObjId, ObjKind, Selection, StdFunc, VarInfo};
use frontend::constant::ConstValue;
use middle::types::{Type, TypeId};

/// The `nth` (0-based) expression whose source text is exactly `text`.
fn expr(c: &Checked, text: &str, nth: usize) -> ExprId {
    let found: Vec<ExprId> = c
        .ast
        .exprs
        .iter()
        .enumerate()
        .filter(|(_, e)| c.map.snippet(e.span) == text)
        .map(|(i, _)| ExprId(i as u32))
        .collect();
    *found
        .get(nth)
        .unwrap_or_else(|| panic!("expression {text:?} #{nth} not found"))
}

/// The type of the `nth` expression `text`, as Go prints it.
fn type_of(c: &Checked, text: &str, nth: usize) -> String {
    let e = expr(c, text, nth);
    c.info
        .types
        .type_string(c.info.expr_types[e.0 as usize], false, false)
}

/// The constant value of the `nth` expression `text`.
fn value_of(c: &Checked, text: &str, nth: usize) -> Option<ConstValue> {
    c.info.consts.get(&expr(c, text, nth)).cloned()
}

/// The object declared with `name` (the first one, in declaration order).
fn object(c: &Checked, name: &str) -> ObjId {
    let index = c
        .info
        .objects
        .iter()
        .position(|o| o.name == name && o.pos != middle::source::NO_POS)
        .unwrap_or_else(|| panic!("no object {name}"));
    ObjId(index as u32)
}

fn var_info(c: &Checked, name: &str) -> VarInfo {
    match &c.info.objects[object(c, name).0 as usize].kind {
        ObjKind::Var(info) => info.clone(),
        other => panic!("{name} is not a variable: {other:?}"),
    }
}

fn const_value(c: &Checked, name: &str) -> ConstValue {
    match &c.info.objects[object(c, name).0 as usize].kind {
        ObjKind::Const(v) => v.clone(),
        other => panic!("{name} is not a constant: {other:?}"),
    }
}

fn int(v: i64) -> ConstValue {
    ConstValue::int(v)
}

#[test]
fn untyped_constants_take_the_type_of_their_context() {
    let c = check_ok(
        r#"package main

import "fmt"

func main() {
	var f float64 = 1
	var s uint = 3
	x := 1 << s
	var b byte = 'a'
	var y float32 = 2.5 * 2
	fmt.Println(7, x, f, b, y)
	var i int
	_ = i < 40
	const big = 1 << 40
	z := big
	_ = z
}
"#,
    );
    assert_eq!(type_of(&c, "1", 0), "float64");
    assert_eq!(
        value_of(&c, "1", 0),
        Some(ConstValue::Float(num_rational::BigRational::from_integer(
            1.into()
        )))
    );
    // The untyped left operand of a non-constant shift takes the type of the shift's context.
    assert_eq!(type_of(&c, "1", 1), "int");
    assert_eq!(type_of(&c, "1 << s", 0), "int");
    assert_eq!(type_of(&c, "'a'", 0), "uint8");
    assert_eq!(value_of(&c, "'a'", 0), Some(int(97)));
    assert_eq!(type_of(&c, "2.5 * 2", 0), "float32");
    // Passed to `...any`, an untyped constant gets its default type.
    assert_eq!(type_of(&c, "7", 0), "int");
    assert_eq!(type_of(&c, "40", 0), "int");
    assert_eq!(type_of(&c, "i < 40", 0), "bool");
    assert_eq!(value_of(&c, "1 << 40", 0), Some(int(1 << 40)));
    assert_eq!(const_value(&c, "big"), int(1 << 40));
    assert_eq!(type_of(&c, "big", 0), "int");
    assert_eq!(value_of(&c, "big", 0), Some(int(1 << 40)));
}

#[test]
fn iota_and_implicit_repetition() {
    let c = check_ok(
        r#"package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E = "e"
	F
	G = iota
)

func main() {
	const local = iota + 5
	_ = local
}
"#,
    );
    assert_eq!(const_value(&c, "Tuesday"), int(2));
    let weekday = c.info.objects[object(&c, "Weekday").0 as usize].ty;
    assert_eq!(c.info.objects[object(&c, "Tuesday").0 as usize].ty, weekday);
    assert_eq!(const_value(&c, "KB"), int(1 << 10));
    assert_eq!(const_value(&c, "MB"), int(1 << 20));
    assert_eq!(const_value(&c, "GB"), int(1 << 30));
    assert_eq!(const_value(&c, "D"), int(10));
    assert_eq!(const_value(&c, "F"), ConstValue::String(b"e".to_vec()));
    assert_eq!(const_value(&c, "G"), int(4));
    assert_eq!(const_value(&c, "local"), int(5));
}

#[test]
fn constant_len_and_conversions() {
    let c = check_ok(
        r#"package main

func f() [3]int { return [3]int{} }

func main() {
	var a [4]int
	const n = len("héllo")
	m := len(a)
	k := len(f())
	s := string(rune(65))
	t := float64(1) / 3
	_, _, _, _ = m, k, s, t
}
"#,
    );
    assert_eq!(const_value(&c, "n"), int(6));
    assert_eq!(value_of(&c, "len(a)", 0), Some(int(4)));
    // A call in the argument makes len of an array non-constant.
    assert_eq!(value_of(&c, "len(f())", 0), None);
    assert_eq!(
        value_of(&c, "string(rune(65))", 0),
        Some(ConstValue::String(b"A".to_vec()))
    );
    assert_eq!(
        c.info.calls.get(&expr(&c, "len(a)", 0)),
        Some(&CallKind::Builtin(Builtin::Len))
    );
    assert_eq!(
        c.info.calls.get(&expr(&c, "rune(65)", 0)),
        Some(&CallKind::Conversion(TypeId::INT32))
    );
    let third = value_of(&c, "float64(1) / 3", 0).expect("constant");
    assert_eq!(third.to_f64(), 1.0 / 3.0);
}

#[test]
fn selections_through_embedded_fields() {
    let c = check_ok(
        r#"package main

type Inner struct{ V int }

func (i *Inner) Inc()    { i.V++ }
func (i Inner) Get() int { return i.V }

type Middle struct {
	pad int
	Inner
}

type Outer struct {
	name string
	*Middle
}

type Namer interface{ Name() string }

type WithNamer struct{ Namer }

func main() {
	o := Outer{Middle: &Middle{}}
	o.V = 1
	o.Inc()
	_ = o.Get()
	var in Inner
	in.Inc()
	p := &in
	_ = p.Get()
	var w WithNamer
	_ = w.Name
	f := (*Inner).Inc
	g := Inner.Get
	_, _ = f, g
}
"#,
    );
    let field = c
        .info
        .selections
        .get(&expr(&c, "o.V", 0))
        .expect("selection");
    assert_eq!(
        field,
        &Selection::Field {
            path: vec![1, 1, 0],
            derefs: vec![false, true, false]
        }
    );
    let inner = c.info.objects[object(&c, "Inner").0 as usize].ty;
    match c.info.selections.get(&expr(&c, "o.Inc", 0)) {
        Some(Selection::Method {
            path,
            derefs,
            named,
            index,
            take_address,
            deref_receiver,
        }) => {
            assert_eq!(
                (path.as_slice(), derefs.as_slice()),
                ([1, 1].as_slice(), [false, true].as_slice())
            );
            assert_eq!((*named, *index), (inner, 0));
            // The embedded Inner is reached through *Middle, so it is addressable.
            assert!(*take_address && !*deref_receiver);
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(matches!(
        c.info.selections.get(&expr(&c, "in.Inc", 0)),
        Some(Selection::Method {
            take_address: true,
            deref_receiver: false,
            ..
        })
    ));
    assert!(matches!(
        c.info.selections.get(&expr(&c, "p.Get", 0)),
        Some(Selection::Method {
            take_address: false,
            deref_receiver: true,
            index: 1,
            ..
        })
    ));
    assert!(matches!(
        c.info.selections.get(&expr(&c, "w.Name", 0)),
        Some(Selection::PromotedInterfaceMethod { index: 0, .. })
    ));
    assert_eq!(
        c.info.selections.get(&expr(&c, "(*Inner).Inc", 0)),
        Some(&Selection::MethodExpr {
            named: inner,
            index: 0
        })
    );
    assert_eq!(type_of(&c, "Inner.Get", 0), "func(Inner) int");
    match c.info.types.get(inner) {
        Type::Named(n) => {
            let names: Vec<(&str, bool)> = n
                .methods
                .iter()
                .map(|m| (m.name.as_str(), m.pointer_receiver))
                .collect();
            assert_eq!(names, [("Inc", true), ("Get", false)]);
        }
        other => panic!("unexpected {other:?}"),
    }
    // `in` has its address taken by the pointer-method call; `o` is neither address-taken nor
    // reassigned: its method and field are reached through the embedded pointer.
    assert!(var_info(&c, "in").address_taken);
    assert!(!var_info(&c, "o").address_taken);
    assert!(!var_info(&c, "o").reassigned);
}

#[test]
fn closures_record_captures_in_first_use_order() {
    let c = check_ok(
        r#"package main

func main() {
	a, b, c := 1, 2, 3
	outer := func() int {
		inner := func() int { return c + a }
		return b + inner()
	}
	_ = outer()
	d := 4
	f := func(d int) int { return d }
	_ = f(d)
}
"#,
    );
    let (a, b, cc) = (object(&c, "a"), object(&c, "b"), object(&c, "c"));
    let outer = expr(
        &c,
        "func() int {\n\t\tinner := func() int { return c + a }\n\t\treturn b + inner()\n\t}",
        0,
    );
    let inner = expr(&c, "func() int { return c + a }", 0);
    assert_eq!(c.info.captures.get(&inner), Some(&vec![cc, a]));
    assert_eq!(c.info.captures.get(&outer), Some(&vec![cc, a, b]));
    let f = expr(&c, "func(d int) int { return d }", 0);
    assert_eq!(c.info.captures.get(&f), Some(&vec![]));
    let param = var_info(&c, "d");
    assert_eq!(param.owner, Some(FuncRef::Decl { file: 0, decl: 0 }));
}

#[test]
fn variable_flags_follow_gc() {
    let c = check_ok(
        r#"package main

type T struct{ f int }

func (t *T) M() {}

func main() {
	plain := 1
	assigned := 1
	assigned = 2
	incremented := 0
	incremented++
	field := T{}
	field.f = 3
	addr := 0
	_ = &addr
	method := T{}
	method.M()
	arr := [3]int{}
	_ = arr[:]
	var declared int
	declared = 5
	var k int
	for k = range 3 {
	}
	for r := range 3 {
		_ = r
	}
	_, _, _, _, _, _, _, _ = plain, assigned, incremented, field, addr, method, declared, k
}
"#,
    );
    let flags = |name: &str| {
        let v = var_info(&c, name);
        (v.address_taken, v.reassigned)
    };
    assert_eq!(flags("plain"), (false, false));
    assert_eq!(flags("assigned"), (false, true));
    assert_eq!(flags("incremented"), (false, true));
    assert_eq!(flags("field"), (false, true));
    assert_eq!(flags("addr"), (true, false));
    assert_eq!(flags("method"), (true, false));
    assert_eq!(flags("arr"), (true, false));
    assert_eq!(flags("declared"), (false, true));
    assert_eq!(flags("k"), (false, true));
    assert_eq!(flags("r"), (false, false));
}

#[test]
fn initialization_order_follows_dependencies() {
    let c = check_ok(
        r#"package main

var a = b + c
var b = f()
var c = 1
var d, e = pair()
var unused int

func f() int { return c + 1 }
func pair() (int, int) { return a, 2 }

func main() {}
"#,
    );
    // Specs are (file, decl, spec): a is decl 0, b 1, c 2, d/e 3.
    assert_eq!(
        c.info.init_order,
        vec![(0, 2, 0), (0, 1, 0), (0, 0, 0), (0, 3, 0)]
    );
}

#[test]
fn comma_ok_calls_and_type_switch_variables() {
    let c = check_ok(
        r#"package main

import "fmt"

func main() {
	m := map[string]int{}
	v, ok := m["k"]
	var i interface{} = v
	s, isString := i.(string)
	ch := make(chan int)
	close(ch)
	r, open := <-ch
	fmt.Println(ok, s, isString, r, open)
	switch x := i.(type) {
	case int:
		_ = x + 1
	case string, error:
		_ = x
	}
}
"#,
    );
    for text in ["m[\"k\"]", "i.(string)", "<-ch"] {
        assert!(
            c.info.comma_ok.contains(&expr(&c, text, 0)),
            "{text} not comma-ok"
        );
    }
    let call = expr(&c, "fmt.Println(ok, s, isString, r, open)", 0);
    assert_eq!(
        c.info.calls.get(&call),
        Some(&CallKind::Std(StdFunc::FmtPrintln))
    );
    assert_eq!(
        c.info.calls.get(&expr(&c, "close(ch)", 0)),
        Some(&CallKind::Builtin(Builtin::Close))
    );
    // One variable per clause, keyed by the clause's `case` position, typed per clause.
    let clause_types: Vec<String> = c
        .info
        .defs
        .iter()
        .filter(|(_, &o)| c.info.objects[o.0 as usize].name == "x")
        .map(|(pos, &o)| {
            (
                pos.0,
                c.info
                    .types
                    .type_string(c.info.objects[o.0 as usize].ty, false, false),
            )
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_values()
        .collect();
    assert_eq!(clause_types, ["int", "interface{}"]);
}

#[test]
fn functions_methods_and_inits_are_listed_in_source_order() {
    let c = check_ok(
        r#"package main

type T struct{}

func (T) M() {}
func init()  {}
func helper() {}
func init()  {}
func main()  {}
"#,
    );
    let names: Vec<&str> = c
        .info
        .funcs
        .iter()
        .map(|(_, o)| c.info.objects[o.0 as usize].name.as_str())
        .collect();
    assert_eq!(names, ["M", "init", "helper", "init", "main"]);
    assert_eq!(
        c.info.inits,
        vec![
            FuncRef::Decl { file: 0, decl: 2 },
            FuncRef::Decl { file: 0, decl: 4 }
        ]
    );
}

#[test]
fn aliases_are_canonical_in_recorded_types() {
    let c = check_ok(
        r#"package main

import "fmt"

type Buf struct{ data []byte }

func (b *Buf) Write(p []byte) (int, error) { b.data = append(b.data, p...); return len(p), nil }

type Runes []rune

func main() {
	var buffer Buf
	bs := []byte("x")
	buffer.Write(bs)
	r := 'a'
	var a any = r
	rs := Runes{r}
	fmt.Println(a, rs, "s"[0])
}
"#,
    );
    // Interning in a copy of the table finds the existing canonical types.
    let mut types = c.info.types.clone();
    let before = types.len();
    let bytes = types.slice(TypeId::UINT8);
    let int32s = types.slice(TypeId::INT32);
    assert_eq!(types.len(), before);
    let var_ty = |name: &str| c.info.objects[object(&c, name).0 as usize].ty;
    assert_eq!(var_ty("bs"), bytes);
    assert_eq!(var_ty("r"), TypeId::INT32);
    assert_eq!(var_ty("a"), TypeId::EMPTY_INTERFACE);
    assert_eq!(
        c.info.expr_types[expr(&c, "\"s\"[0]", 0).0 as usize],
        TypeId::UINT8
    );
    let runes = var_ty("rs");
    assert_eq!(types.underlying(runes), int32s);
    let buf = var_ty("buffer");
    match types.get(buf) {
        Type::Named(n) => {
            let sig = &n.methods[0].sig;
            assert_eq!(
                types.type_string(*sig, false, false),
                "func([]uint8) (int, error)"
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    match types.under(buf) {
        Type::Struct(fields) => assert_eq!(fields[0].ty, bytes),
        other => panic!("unexpected {other:?}"),
    }
    let println = c.info.objects[c.info.uses[&expr(&c, "fmt.Println", 0)].0 as usize].ty;
    assert_eq!(
        types.type_string(println, false, false),
        "func(...interface{}) (int, error)"
    );
}

#[test]
fn declarations_std_members_and_type_expressions_are_recorded() {
    let c = check_ok(
        r#"package main

import (
	"fmt"
	"os"
)

func split(s string) (head byte, rest string) {
	for i, r := range s {
		_, _ = i, r
	}
	return s[0], s[1:]
}

func main() {
	n := len(os.Args)
	var ms []fmt.Stringer
	h, _ := split("ab")
	fmt.Println(n, ms, h)
}
"#,
    );
    let args = c.info.uses[&expr(&c, "os.Args", 0)];
    let obj = &c.info.objects[args.0 as usize];
    assert_eq!(obj.kind, ObjKind::StdVar(frontend::check::StdVar::OsArgs));
    assert_eq!(c.info.types.type_string(obj.ty, false, false), "[]string");
    // Parameters, named results and range variables are defined at their identifiers.
    let kinds: Vec<(String, String)> = ["s", "head", "rest", "i", "r"]
        .iter()
        .map(|name| {
            let o = &c.info.objects[object(&c, name).0 as usize];
            let pos = c
                .info
                .defs
                .iter()
                .find(|(_, &d)| c.info.objects[d.0 as usize].name == *name)
                .map(|(p, _)| *p);
            assert_eq!(pos, Some(o.pos), "{name} defined at its identifier");
            (
                name.to_string(),
                c.info.types.type_string(o.ty, false, false),
            )
        })
        .collect();
    let expected = [
        ("s", "string"),
        ("head", "uint8"),
        ("rest", "string"),
        ("i", "int"),
        ("r", "int32"),
    ];
    assert_eq!(kinds, expected.map(|(a, b)| (a.to_string(), b.to_string())));
    assert!(matches!(
        var_info(&c, "head").kind,
        frontend::check::VarKind::Result
    ));
    // Type expressions record the type they denote.
    let stringers = c.info.type_exprs[&expr(&c, "[]fmt.Stringer", 0)];
    assert_eq!(
        c.info.types.type_string(stringers, true, false),
        "[]fmt.Stringer"
    );
    assert_eq!(c.info.type_exprs[&expr(&c, "byte", 0)], TypeId::UINT8);
}
