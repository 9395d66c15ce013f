//! Syntax and lexical errors: every case below was run through the real gc (Go 1.27's
//! `cmd/compile/internal/syntax` parser with gc's error filtering, spot-checked with `go build`),
//! and the expected lines are what it printed (without the `./x.go:` prefix). The few errors gc
//! reports from its type checker (`~x`, three range variables) and gosub's own messages for
//! unsupported generics are marked in the case names.

mod common;

/// (name, source, expected `line:col: message` lines)
const CASES: &[(&str, &str, &[&str])] = &[
    ("s_arg2", r#"package main

func main() {
	f(a
}
"#, &["4:5: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
    ("s_argnl", r#"package main

func main() {
	f(a
	)
}
"#, &["4:5: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
    ("s_assignop2", r#"package main

func main() {
	x := y += 2 += 3
}
"#, &["4:9: syntax error: unexpected += at end of statement"]),
    ("s_case_colon", r#"package main

func main() {
	switch {
	case 1
	}
}
"#, &["5:8: syntax error: unexpected newline, expected :"]),
    ("s_chan_recv", r#"package main

func main() {
	_ = f(<-chan<- int)
	_ = f(<-<-chan int)
}
"#, &["4:20: syntax error: unexpected int, expected chan", "5:20: syntax error: unexpected <-, expected chan"]),
    ("s_complit_if", r#"package main

func main() {
	if x == T{} {
	}
}
"#, &["4:14: syntax error: unexpected { at end of statement", "6:1: syntax error: non-declaration statement outside function body"]),
    ("s_complit_if2", r#"package main

func main() {
	if x == (T{}) {
	}
	for _, v := range []int{1} {
	}
}
"#, &[]),
    ("s_complit_paren", r#"package main

func main() {
	_ = (T){1}
}
"#, &["4:9: syntax error: cannot parenthesize type in composite literal"]),
    ("s_complit_switch", r#"package main

func main() {
	switch T{} {
	}
}
"#, &["4:13: syntax error: unexpected { at end of statement", "6:1: syntax error: non-declaration statement outside function body"]),
    ("s_defdef", r#"package main

func main() {
	x := 1 := 2
}
"#, &["4:9: syntax error: unexpected := at end of statement"]),
    ("s_defer_paren", r#"package main

func main() {
	defer (f())
	go (g)()
}
"#, &["4:8: expression in defer must not be parenthesized"]),
    ("s_dots", r#"package main

func main() {
	f(x...,y)
}
"#, &["4:9: syntax error: unexpected name y, expected )"]),
    ("s_else", r#"package main

func main() {
	if x {
	} else for {
	}
}
"#, &["5:9: syntax error: else must be followed by if or statement block"]),
    ("s_else2", r#"package main

func main() {
	for x := range y {
	} else {}
}
"#, &["5:4: syntax error: unexpected keyword else at end of statement", "6:1: syntax error: non-declaration statement outside function body"]),
    ("s_eof1", r#"package main

func main() {
	x := ["#, &["4:8: syntax error: unexpected EOF, expected expression"]),
    ("s_exprend", r#"package main

func main() {
	x := 1 +
}
"#, &["5:1: syntax error: unexpected }, expected expression"]),
    ("s_forcond", r#"package main

func main() {
	for i := 0; i < 10 {
	}
}
"#, &["4:21: syntax error: unexpected {, expected semicolon or newline", "5:2: syntax error: unexpected }, expected expression"]),
    ("s_forcond2", r#"package main

func main() {
	for i := 0; {
	}
}
"#, &["4:14: syntax error: unexpected {, expected for loop condition"]),
    ("s_fornl", r#"package main

func main() {
	for i := 0; i < 10; i++
	{
	}
}
"#, &["4:25: syntax error: unexpected newline, expected { after for clause"]),
    ("s_forparen", r#"package main

func main() {
	for x == 1 )
	}
}
"#, &["4:13: syntax error: unexpected ), expected {", "5:2: syntax error: unexpected }, expected expression", "6:1: syntax error: unexpected }, expected { after for clause"]),
    ("s_forpost", r#"package main

func main() {
	for ; ; i := 1 {
	}
}
"#, &["4:12: syntax error: cannot declare in post statement of for loop"]),
    ("s_forvar", r#"package main

func main() {
	for var i = 0; i < 1; {
	}
}
"#, &["4:10: syntax error: var declaration not allowed in for initializer"]),
    ("s_func", r#"package main

func main() {
	go func
}
"#, &["5:1: syntax error: unexpected }, expected ("]),
    ("s_goto_bad", r#"package main

func main() {
	goto 1
}
"#, &["4:7: syntax error: unexpected literal 1, expected name"]),
    ("s_ifassign", r#"package main

func main() {
	if x = 1 {
	}
}
"#, &["4:7: syntax error: cannot use assignment x = 1 as value"]),
    ("s_ifassign2", r#"package main

func main() {
	if a, b = 1, 2 {
	}
}
"#, &["4:10: syntax error: cannot use assignment a, b = 1, 2 as value"]),
    ("s_ifassign3", r#"package main

func main() {
	if x + 1 = y * 2 {
	}
}
"#, &["4:11: syntax error: cannot use assignment (x + 1) = (y * 2) as value"]),
    ("s_ifdef", r#"package main

func main() {
	if x := 1 {
	}
}
"#, &["4:7: syntax error: cannot use x := 1 as value"]),
    ("s_ifempty", r#"package main

func main() {
	if {
	}
}
"#, &["4:5: syntax error: missing condition in if statement"]),
    ("s_ifinc", r#"package main

func main() {
	if x++ {
	}
}
"#, &["4:6: syntax error: cannot use x++ as value"]),
    ("s_ifnl", r#"package main

func main() {
	if x := 1
	{
	}
}
"#, &["4:11: syntax error: unexpected newline, expected { after if clause"]),
    ("s_ifnl2", r#"package main

func main() {
	if x == 1
	{
	}
}
"#, &["4:11: syntax error: unexpected newline, expected { after if clause"]),
    ("s_ifop", r#"package main

func main() {
	if x += 1 {
	}
}
"#, &["4:7: syntax error: cannot use x += 1 as value"]),
    ("s_ifparen", r#"package main

func main() {
	if x == 1 )
	}
}
"#, &["4:12: syntax error: unexpected ), expected {", "5:2: syntax error: unexpected }, expected expression"]),
    ("s_ifsemi", r#"package main

func main() {
	if x := 1; {
	}
}
"#, &["4:11: syntax error: missing condition in if statement"]),
    ("s_ifsemi2", r#"package main

func main() {
	if ; {
	}
}
"#, &["4:5: syntax error: missing condition in if statement"]),
    ("s_ifsend", r#"package main

func main() {
	if c <- 1 {
	}
}
"#, &["4:7: syntax error: cannot use c <- 1 as value"]),
    ("s_index_bad", r#"package main

func main() {
	_ = a[1 2]
}
"#, &["4:10: syntax error: unexpected literal 2, expected comma, : or ]"]),
    ("s_index_empty", r#"package main

func main() {
	_ = a[]
}
"#, &["4:8: syntax error: unexpected ], expected operand"]),
    ("s_label", r#"package main

func main() {
	L:
	}
}
"#, &["6:1: syntax error: non-declaration statement outside function body"]),
    ("s_label2", r#"package main

func main() {
	L: )
}
"#, &["4:3: syntax error: missing statement after label", "5:1: syntax error: non-declaration statement outside function body"]),
    ("s_list", r#"package main

func main() {
	a, b
}
"#, &["4:6: syntax error: unexpected newline, expected := or = or comma"]),
    ("s_missing_stmt", r#"package main

func main() {
	for {
		break
		continue
	}
	goto
}
"#, &["9:1: syntax error: unexpected }, expected name"]),
    ("s_range3_checker", r#"package main

func main() {
	for a, b, c := range []int{} {
	}
}
"#, &["4:12: range clause permits at most two iteration variables"]),
    ("s_range_kw", r#"package main

func main() {
	x := y range
}
"#, &["4:9: syntax error: unexpected keyword range at end of statement"]),
    ("s_return_bad", r#"package main

func main() {
	return 1 2
}
"#, &["4:11: syntax error: unexpected literal 2 at end of statement"]),
    ("s_sel_bad", r#"package main

func main() {
	_ = a.1
}
"#, &["4:7: syntax error: unexpected literal .1 at end of statement"]),
    ("s_select_bad", r#"package main

func main() {
	select {
	foo
	}
}
"#, &["5:2: syntax error: unexpected name foo, expected case or default or }", "6:2: syntax error: unexpected }, expected :"]),
    ("s_select_nobrace", r#"package main

func main() {
	select x
}
"#, &["4:9: syntax error: missing { after select clause"]),
    ("s_slice3", r#"package main

func main() {
	_ = a[1::3]
	_ = a[1:2:]
}
"#, &["4:10: middle index required in 3-index slice", "5:12: final index required in 3-index slice"]),
    ("s_switch_bad", r#"package main

func main() {
	switch x {
	foo
	case 1:
	}
}
"#, &["5:2: syntax error: unexpected name foo, expected case or default or }", "6:2: syntax error: unexpected keyword case, expected :"]),
    ("s_switch_nobrace", r#"package main

func main() {
	switch x )
	}
}
"#, &["4:11: syntax error: unexpected ), expected {", "5:2: syntax error: unexpected }, expected expression"]),
    ("s_tilde_checker", r#"package main

func main() {
	x := ~1
	_ = x
}
"#, &["4:7: cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)"]),
    ("s_type", r#"package main

func main() {
	x := type
}
"#, &["4:7: syntax error: unexpected keyword type, expected expression", "5:1: syntax error: unexpected }, expected name"]),
    ("s_typeswitch", r#"package main

func main() {
	switch a, b := x.(type) {
	}
}
"#, &["4:14: syntax error: cannot use a, b := x.(type) as value"]),
    ("s_typeswitch2", r#"package main

func main() {
	switch x := y.(type); z {
	}
}
"#, &[]),
    ("s_unclosed", r#"package main

func main() {
	if x {
"#, &["5:1: syntax error: unexpected EOF, expected }"]),
    ("s_unclosed2", r#"package main

func main() {
	f(1,
"#, &["5:1: syntax error: unexpected EOF, expected )"]),
    ("s_var_in_if", r#"package main

func main() {
	if var x = 1; x {
	}
}
"#, &["4:9: syntax error: var declaration not allowed in if initializer"]),
    ("t_after", r#"package main

var x int y
"#, &["3:11: syntax error: unexpected name y after top level declaration"]),
    ("t_array_comma", r#"package main

type A [5,]int
"#, &["3:10: syntax error: unexpected comma; expected ]"]),
    ("t_badchar", r#"package main

var x = @
"#, &["3:9: invalid character U+0040 '@'"]),
    ("t_brace", r#"package main

func f()
{
}
"#, &["4:1: syntax error: unexpected semicolon or newline before {"]),
    ("t_chan_missing", r#"package main

var c chan
"#, &["4:1: syntax error: missing channel element type"]),
    ("t_const_define", r#"package main

const x := 1
"#, &["3:9: syntax error: unexpected :=, expected ="]),
    ("t_dots_missing", r#"package main

func f(a ...) {}
"#, &["3:13: syntax error: ... is missing type"]),
    ("t_dots_nonfinal", r#"package main

func f(a ...int, b int) {}
func g() (...int) {}
func (r ...T) m() {}
"#, &["3:10: can only use ... with final parameter", "4:11: invalid use of ...", "5:9: invalid use of ..."]),
    ("t_eof_in_func", r#"package main

func f() {
	x :="#, &["4:6: syntax error: unexpected EOF, expected expression"]),
    ("t_func_type_tparams", r#"package main

var f func[T any]()
"#, &["3:11: syntax error: function type must have no type parameters"]),
    ("t_funcname", r#"package main

func (r T) () {}
func 1() {}
"#, &["3:12: syntax error: unexpected (, expected name", "4:6: syntax error: unexpected literal 1, expected name or ("]),
    ("t_generic_func_gosub", r#"package main

func f[T any](x T) T { return x }
"#, &["3:7: generic functions are not supported"]),
    ("t_generic_inst_gosub", r#"package main

var x = f[int, string](1)
"#, &["3:10: generic functions are not supported"]),
    ("t_generic_type_gosub", r#"package main

type List[T any] struct { next *List[T] }
"#, &["3:10: generic types are not supported"]),
    ("t_iface_bad", r#"package main

type I interface {
	M() int
	1
}
"#, &["5:2: syntax error: unexpected literal 1, expected ~ term or type"]),
    ("t_iface_tparams", r#"package main

type I interface { M[T any]() }
"#, &["3:21: interface method must have no type parameters"]),
    ("t_import_int", r#"package main

import 1
"#, &["3:8: syntax error: import path must be a string"]),
    ("t_import_late", r#"package main

func f() {}
import "fmt"
"#, &["4:1: syntax error: imports must appear before other declarations"]),
    ("t_import_missing", r#"package main

import
"#, &["4:1: syntax error: missing import path"]),
    ("t_import_missing2", r#"package main

import (
	foo
)
"#, &["4:5: syntax error: missing import path"]),
    ("t_lbrace_expr", r#"package main

var x = {1}
"#, &["3:9: syntax error: unexpected {, expected expression"]),
    ("t_many", r#"package main

var x = 1 +
var y = )
func f( {
}
"#, &["4:1: syntax error: unexpected keyword var, expected expression", "5:9: syntax error: unexpected {, expected )"]),
    ("t_map_bad", r#"package main

var m map[int
"#, &["3:14: syntax error: unexpected newline, expected ]"]),
    ("t_multirecv", r#"package main

func (a, b T) f() {}
"#, &["3:15: method has multiple receivers"]),
    ("t_nondecl", r#"package main

x := 1
"#, &["3:1: syntax error: non-declaration statement outside function body"]),
    ("t_noreceiver", r#"package main

func () f() {}
"#, &["3:9: method has no receiver"]),
    ("t_package_missing", r#"func f() {}
"#, &["1:1: syntax error: package statement must be first"]),
    ("t_params_mixed", r#"package main

func f(a int, string) {}
"#, &["3:21: syntax error: missing parameter type"]),
    ("t_params_mixed2", r#"package main

func f(a, b int, c) {}
"#, &["3:19: syntax error: missing parameter type"]),
    ("t_paren_type_complit", r#"package main

var x = ([]int){1}
"#, &["3:16: syntax error: cannot parenthesize type in composite literal"]),
    ("t_semicolon_before_brace", r#"package main

func f()
{
	return
}
"#, &["4:1: syntax error: unexpected semicolon or newline before {"]),
    ("t_struct_bad", r#"package main

type S struct {
	1
	*(T)
	(T)
}
"#, &["4:2: syntax error: unexpected literal 1, expected field name or embedded type", "5:3: syntax error: cannot parenthesize embedded type", "6:2: syntax error: cannot parenthesize embedded type"]),
    ("t_struct_missing", r#"package main

type S struct {
	a int b int
}
"#, &["4:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"]),
    ("t_typedecl", r#"package main

type T
"#, &["3:7: syntax error: unexpected newline in type declaration"]),
    ("t_typedecl2", r#"package main

type T = 
"#, &["4:1: syntax error: unexpected EOF in type declaration"]),
    ("t_var_define", r#"package main

var x := 1
"#, &["3:7: syntax error: unexpected :=, expected ="]),
    ("t_var_notype", r#"package main

var x
"#, &["3:6: syntax error: unexpected newline, expected type"]),
];

#[test]
fn errors_match_gc() {
    let mut failures = Vec::new();
    for (name, src, expected) in CASES {
        let parsed = common::parse(src);
        let got: Vec<String> = parsed
            .rendered()
            .iter()
            .map(|l| l.trim_start_matches("./x.go:").to_string())
            .collect();
        if got != *expected {
            failures.push(format!(
                "{}:\n  expected {:?}\n  got      {:?}",
                name, expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn one_syntax_error_per_line_but_every_line_reported() {
    let parsed = common::parse("package p\n\nvar a = )\nvar b = ]\nvar c = }\n");
    assert_eq!(
        parsed.rendered(),
        [
            "./x.go:3:9: syntax error: unexpected ), expected expression",
            "./x.go:4:9: syntax error: unexpected ], expected expression",
            "./x.go:5:9: syntax error: unexpected }, expected expression",
        ]
    );
}

#[test]
fn errors_of_several_files_are_reported_per_file_in_order() {
    let mut map = middle::source::SourceMap::new();
    let a = map.add_file("./a.go".to_string(), "package p\n\nvar x = @\n".to_string());
    let b = map.add_file(
        "./b.go".to_string(),
        "package p\n\nfunc f() {\n\tif x {\n}\n".to_string(),
    );
    let (ast, diags) = frontend::parser::parse_files(&map, &[a, b]);
    let rendered: Vec<String> = diags.iter().map(|d| d.render(&map)).collect();
    assert_eq!(
        rendered,
        [
            "./a.go:3:9: invalid character U+0040 '@'",
            "./b.go:6:1: syntax error: unexpected EOF, expected }"
        ]
    );
    assert_eq!(ast.files.len(), 2);
    assert!(frontend::parser::stops_compilation(&diags));
}

#[test]
fn lexical_errors_alone_do_not_stop_compilation() {
    let parsed = common::parse("package p\n\nvar t = 09\nvar u = 1_\n");
    assert_eq!(parsed.diags.len(), 2);
    assert!(!frontend::parser::stops_compilation(&parsed.diags));
    let parsed = common::parse("package p\n\nfunc f() { defer (g()) }\n");
    assert_eq!(
        parsed.rendered(),
        ["./x.go:3:18: expression in defer must not be parenthesized"]
    );
    assert!(!frontend::parser::stops_compilation(&parsed.diags));
}

#[test]
fn type_checker_errors_are_dropped_when_there_are_syntax_errors() {
    let parsed = common::parse("package p\n\nfunc f() {\n\tx := ~1\n\tx = )\n}\n");
    assert_eq!(
        parsed.rendered(),
        ["./x.go:5:6: syntax error: unexpected ), expected expression"]
    );
    let parsed = common::parse("package p\n\nfunc f() {\n\tx := ~1\n}\n");
    assert_eq!(
        parsed.rendered(),
        ["./x.go:4:7: cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)"]
    );
}
