//! gc's verdicts on small functions, checked against the numbers gc 1.27 prints with `-m=2`
//! (`can inline f with cost N`, `cannot inline f: reason`).

use middle::source::SourceMap;

/// Compiles `src` (a package `p`) and returns each judged function's name and verdict.
fn verdicts(src: &str) -> Vec<(String, Result<u32, String>)> {
    let mut map = SourceMap::new();
    let file = map.add_file("./p.go".into(), src.into());
    let (program, diags) = crate::compile_package(&map, &[file]);
    let Some(program) = program else {
        panic!("does not compile: {diags:?}")
    };
    program
        .funcs
        .iter()
        .filter_map(|f| Some((f.name.clone(), f.inline.as_ref()?.verdict.clone())))
        .collect()
}

fn cost_of(src: &str, name: &str) -> Result<u32, String> {
    let all = verdicts(src);
    match all.iter().find(|(n, _)| n == name) {
        Some((_, v)) => v.clone(),
        None => panic!("no verdict for {name} in {all:?}"),
    }
}

/// Checks `(function source, gc's cost)` pairs, each compiled on its own after `prelude`.
fn check(prelude: &str, cases: &[(&str, u32)]) {
    for (func, want) in cases {
        let name = func
            .trim_start_matches("func ")
            .split(['(', ' '])
            .next()
            .unwrap_or_default();
        let src = format!("package p\n\n{prelude}\n\n{func}\n");
        assert_eq!(cost_of(&src, name), Ok(*want), "{func}");
    }
}

#[test]
fn statements_cost_what_gc_charges() {
    let prelude = "var g int";
    check(
        prelude,
        &[
            ("func define1() int { x := 1; return x }", 7),
            ("func varDecl() int { var x int; return x }", 6),
            ("func opAssign(x int) int { x += 3; x++; return x }", 8),
            ("func ifElse(x int) int { if x > 0 { return 1 } else { return 2 } }", 8),
            ("func ifInit(x int) int { if y := x; y > 0 { return 1 }; return 0 }", 13),
            ("func forLoop(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }", 22),
            ("func rangeSlice(xs []int) int { t := 0; for _, x := range xs { t += x }; return t }", 16),
            ("func rangeArrayKeys(a [3][3]int) int { t := 0; for i := range a[1] { t += i }; return t }", 15),
            ("func switchS(x int) int { switch x { case 1: return 2; case 2, 3: return 4 }; return 0 }", 13),
            ("func constSwitch() { switch 3 { case 1, 3: g = 1; case 4: g = 2 } }", 5),
            ("func labels(n int) int { L: for { if n > 0 { break L }; n-- }; return n }", 12),
            ("func useMulti() int { a, b := two(); return a + b }\nfunc two() (int, int) { return 1, 2 }", 16),
            ("func retMulti() (int, int) { return two() }\nfunc two() (int, int) { return 1, 2 }", 15),
            ("func sel(c chan int) { select { case v, ok := <-c: _, _ = v, ok; default: } }", 26),
        ],
    );
}

#[test]
fn expressions_cost_what_gc_charges() {
    let prelude = "type T struct{ a, b int }\nfunc (t *T) M() int { return t.a }\ntype I interface{ M() int }";
    check(
        prelude,
        &[
            ("func compLit() T { return T{1, 2} }", 6),
            ("func sliceLit() []int { return []int{1, 2, 3} }", 6),
            ("func fieldAddr(t *T) *int { return &t.a }", 2),
            ("func fieldAddr2(t *T) *int { return &t.b }", 4),
            ("func sliceLen(xs []int) []int { return xs[:len(xs)] }", 3),
            ("func slice0(xs []int) []int { return xs[0:2] }", 4),
            (
                "func conv(x int) (int64, int32) { return int64(x), int32(x) }",
                4,
            ),
            ("func convIface(x int) any { return x }", 3),
            ("func concat(a, b, c string) string { return a + b + c }", 5),
            (
                "func closure() func() int { return func() int { return 1 } }",
                17,
            ),
            ("func methodCall(t *T) int { return t.M() }", 6),
            ("func ifaceCall(i I) int { return i.M() }", 61),
            ("func funcValue(f func() int) int { return f() }", 20),
            ("func panics(x int) { panic(x) }", 3),
            ("func cmpIface(i any) bool { return i == 3 }", 5),
        ],
    );
}

#[test]
fn calls_cost_the_callee_when_gc_would_inline_it() {
    let src = "package p\n\nimport \"fmt\"\n\nfunc add(a, b int) int { return a + b }\nfunc callAdd() int { return add(1, 2) }\n\
               func big() { for i := 0; i < 100; i++ { println(i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i) } }\n\
               func callBig() { big() }\nfunc printV(x int) { fmt.Println(\"v\", x) }\nfunc viaLocal() int { k := 5; f := func(v int) int { return v + k }; return f(1) + f(2) }\n";
    assert_eq!(cost_of(src, "callAdd"), Ok(9));
    assert_eq!(
        cost_of(src, "big"),
        Err("function too complex: cost 90 exceeds budget 80".into())
    );
    assert_eq!(cost_of(src, "callBig"), Ok(59));
    assert_eq!(cost_of(src, "printV"), Ok(80));
    assert_eq!(cost_of(src, "viaLocal"), Ok(41));
    assert_eq!(cost_of(src, "viaLocal.func1"), Ok(4));
}

#[test]
fn some_functions_are_never_inlinable() {
    let src = "package p\n\nfunc f() int { return 1 }\n\n//go:noinline\nfunc marked() int { return 1 }\n\
               func deferring() { defer f() }\nfunc spawning() { go f() }\nfunc recovering() any { return recover() }\n\
               func recursive(n int) int { if n == 0 { return 0 }; return recursive(n-1) + 1 }\n";
    assert_eq!(cost_of(src, "marked"), Err("marked go:noinline".into()));
    assert_eq!(cost_of(src, "deferring"), Err("unhandled op DEFER".into()));
    assert_eq!(cost_of(src, "spawning"), Err("unhandled op GO".into()));
    assert_eq!(cost_of(src, "recovering"), Err("call to recover".into()));
    // A recursive call is not inlinable while its function is being judged: 57 extra.
    assert_eq!(cost_of(src, "recursive"), Ok(71));
}
