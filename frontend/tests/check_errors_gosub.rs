//! Type checker tests for gosub's own limits and for gc behaviours that surprise: imports gosub
//! does not provide, complex numbers, generic constraints, a `main` package without `main`,
//! and the order in which diagnostics are returned (gc's reporting order, which decides which
//! ten errors gc prints).

mod check_support;

use check_support::{assert_gc_errors, check, render_sorted};
use middle::source::NO_POS;

#[test]
fn imports_gosub_cannot_provide() {
    // gc's go command says `package foo is not in std` for unknown paths; a real Go package
    // gosub lacks gets gosub's own message. Nothing else is checked after such errors.
    let src = r#"package main

import (
	"fmt"
	"foo/bar"
	"net/http"
)

func main() {
	var x int = "no further errors"
}
"#;
    let expected = "./x.go:5:2: package foo/bar is not in std\n./x.go:6:2: package \"net/http\" is not supported by gosub\n";
    assert_gc_errors(src, expected);
}

#[test]
fn complex_numbers_are_reported_where_used() {
    let src = r#"package main

func main() {
	var c complex128
	z := 2i
	_ = real(z)
	_ = c
}
"#;
    let expected =
        "./x.go:4:8: complex numbers are not supported\n./x.go:5:7: complex numbers are not supported\n./x.go:6:6: complex numbers are not supported\n";
    assert_gc_errors(src, expected);
}

#[test]
fn interface_type_constraints_are_reported() {
    let src = r#"package main

type Number interface{ int }

func main() {}
"#;
    assert_gc_errors(
        src,
        "./x.go:3:24: generic type constraints are not supported\n",
    );
}

#[test]
fn main_package_without_main_is_reported_without_position() {
    // gc's linker reports this (as `runtime.main_main·f: function main is undeclared in the
    // main package`), so only when nothing else failed.
    let checked = check("package main\n\nfunc helper() {}\n");
    assert_eq!(checked.diags.len(), 1);
    assert_eq!(checked.diags[0].pos, NO_POS);
    assert_eq!(
        checked.diags[0].message,
        "function main is undeclared in the main package"
    );
    let with_error = check("package main\n\nvar x int = \"s\"\n");
    assert_eq!(
        render_sorted(&with_error.map, &with_error.diags),
        "./x.go:3:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"
    );
    let library = check("package lib\n\nfunc helper() {}\n");
    assert!(library.diags.is_empty());
}

#[test]
fn unused_call_results_are_not_errors() {
    // gc (unlike vet) accepts calls whose results are unused; other expressions are errors.
    let src = r#"package main

import "fmt"

func main() {
	fmt.Sprintf("x")
	x := 1
	x + 1
}
"#;
    assert_gc_errors(src, "./x.go:8:2: x + 1 (value of type int) is not used\n");
}

#[test]
fn diagnostics_come_in_reporting_order() {
    // gc prints the first ten errors *reported*, sorted: branch errors come first, then body
    // errors with each body's unused variables last, then unused imports.
    let src = r#"package main

import "os"

func main() {
	var unused int
	var s string = 1
L:
	for {
	}
}
"#;
    let checked = check(src);
    let order: Vec<String> = checked
        .diags
        .iter()
        .map(|d| d.render(&checked.map))
        .collect();
    assert_eq!(
        order,
        [
            "./x.go:8:1: label L defined and not used",
            "./x.go:7:17: cannot use 1 (untyped int constant) as string value in variable declaration",
            "./x.go:6:6: declared and not used: unused",
            "./x.go:7:6: declared and not used: s",
            "./x.go:3:8: \"os\" imported and not used",
        ]
    );
}

#[test]
fn missing_function_bodies_are_reported_only_when_all_else_compiles() {
    // gc finds a missing body after type checking, so type errors hide it.
    assert_gc_errors(
        "package main\n\nfunc nobody()\n\nfunc main() {\n\tnobody()\n}\n",
        "./x.go:3:6: missing function body\n",
    );
    let with_error =
        "package main\n\nfunc nobody()\n\nfunc main() {\n\tnobody()\n\tvar x int = \"s\"\n}\n";
    let expected = "./x.go:7:6: declared and not used: x\n./x.go:7:14: cannot use \"s\" (untyped string constant) as int value in variable declaration\n";
    assert_gc_errors(with_error, expected);
}

#[test]
fn branch_errors_alone_for_files_with_syntax_errors() {
    // gc checks labels while parsing: bodies parsed without error are checked even when the file
    // has syntax errors elsewhere; bodies containing one are not.
    let src = "package main\n\nfunc main() {\n\tL:\n\t}\n}\n\nfunc f() {\n\tgoto 1\n}\n";
    let mut map = middle::source::SourceMap::new();
    let id = map.add_file("./x.go".to_string(), src.to_string());
    let (ast, parse_diags) = frontend::parser::parse_files(&map, &[id]);
    assert!(parse_diags
        .iter()
        .any(|d| d.message.starts_with("syntax error")));
    let branch = frontend::check::check_branches(&ast, &map, &parse_diags);
    assert_eq!(
        render_sorted(&map, &branch),
        "./x.go:4:2: label L defined and not used\n"
    );
}
