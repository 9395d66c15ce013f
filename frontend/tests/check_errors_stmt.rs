//! Type checker error tests: Statements: returns, calls, labels and branches, switches, selects, range loops, unused values.
//!
//! Each test is a program and exactly what `go build -gcflags=-e` (Go 1.27) printed for it.

mod check_support;

use check_support::assert_gc_errors;

#[test]
fn returns_and_calls() {
    let src = r##"package main

func f(a int, b string) (int, error) {
	if a > 0 {
		return 1
	}
	return 1, nil, 2
}

func g() int {
	for {
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func k(x int) int {
	if x > 0 {
		return 1
	}
}

func l() (r int) {
	{
		r := 2
		_ = r
		return
	}
}

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	go f
	defer int(1)
	defer recover()
	go func() {}
	var x int
	x.y()
	g()
	h(1)
	k(1)
	l()
}
"##;
    let expected = r##"./x.go:5:10: not enough return values
	have (number)
	want (int, error)
./x.go:7:17: too many return values
	have (number, nil, number)
	want (int, error)
./x.go:28:1: missing return
./x.go:34:3: result parameter r not in scope at return
	./x.go:32:3: inner declaration of var r int
./x.go:39:4: not enough arguments in call to f
	have (number)
	want (int, string)
./x.go:40:12: too many arguments in call to f
	have (number, string, number)
	want (int, string)
./x.go:41:4: cannot use "a" (untyped string constant) as int value in argument to f
./x.go:41:9: cannot use 1 (untyped int constant) as string value in argument to f
./x.go:42:5: expression in go must be function call
./x.go:43:8: defer requires function call, not conversion int(1) (constant 1 of type int)
./x.go:45:5: expression in go must be function call
./x.go:47:4: x.y undefined (type int has no field or method y)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn labels_and_fallthrough() {
    let src = r##"package main

func main() {
L1:
	for i := 0; i < 3; i++ {
		continue L1
	}
L2:
	x := 1
	_ = x
	goto L3
	var y int
	_ = y
L3:
	switch {
	case true:
		fallthrough
	case false:
		break
		fallthrough
	default:
		fallthrough
	}
	select {
	default:
		fallthrough
	}
	{
	L4:
	}
	goto L4
	goto L5
L6:
	if true {
		break L6
	}
	for {
		continue L2
	}
}
"##;
    let expected = r##"./x.go:11:7: goto L3 jumps over declaration of y at ./x.go:12:6
./x.go:22:3: cannot fallthrough final case in switch
./x.go:26:3: fallthrough statement out of place
./x.go:31:7: goto L4 jumps into block starting at ./x.go:28:2
./x.go:32:7: label L5 not defined
./x.go:35:9: invalid break label L6
./x.go:38:12: invalid continue label L2
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn switch_select_and_range() {
    let src = r##"package main

import "fmt"

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int, string:
		fmt.Println(v)
	case nil:
	}
	switch w := i.(type) {
	case int:
	}
	switch i.(type) {
	case int:
	case int:
	case nil, nil:
	}
	x := 5
	switch x.(type) {
	}
	switch _ := i.(type) {
	}
	ch := make(chan int)
	select {
	case v := <-ch:
		_ = v
	case ch <- 1:
	case x > 1:
	default:
	default:
	}
	for k, v := range map[string]int{} {
		_, _ = k, v
	}
	for i := range 10 {
		_ = i
	}
	for range 3.5 {
	}
	for a, b := range 10 {
	}
	for a, b := range []int{} {
	}
	var f func(yield func(int) bool)
	for x := range f {
		_ = x
	}
	for x, y := range ch {
	}
	var sendonly chan<- int
	for range sendonly {
	}
	var p *[3]int
	for i, v := range p {
		_, _ = i, v
	}
	for i := range "abc" {
		var r rune = i
		_ = r
	}
}
"##;
    let expected = r##"./x.go:12:9: w declared and not used
./x.go:17:7: duplicate case int in type switch
	./x.go:16:7: previous case
./x.go:18:12: duplicate case nil in type switch
	./x.go:18:7: previous case
./x.go:21:9: x (variable of type int) is not an interface
./x.go:23:9: no new variable on left side of :=
./x.go:30:9: select case must be send or receive (possibly with assignment)
./x.go:32:2: multiple defaults (first at ./x.go:31:2)
./x.go:40:12: cannot range over 3.5 (untyped float constant)
./x.go:42:6: declared and not used: a
./x.go:42:9: range over 10 (untyped int constant) permits only one iteration variable
./x.go:44:6: declared and not used: a
./x.go:44:9: declared and not used: b
./x.go:50:6: declared and not used: x
./x.go:50:9: range over ch (variable of type chan int) permits only one iteration variable
./x.go:53:12: cannot range over sendonly (variable of type chan<- int): receive from send-only channel chan<- int
./x.go:60:16: cannot use i (variable of type int) as rune value in variable declaration
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn goto_and_label_scopes() {
    let src = r##"package main

func a() {
	goto L
	v := 1
	_ = v
L:
}

func b() {
	goto M
	{
	M:
	}
}

func c() {
L:
L:
	for {
		break L
	}
}

func d() {
	for {
		func() {
			break
		}()
	}
}

func e(x int) int {
	switch x {
	case 1:
		fallthrough
	}
	return 0
}

func main() {
	a()
	b()
	c()
	d()
	e(1)
}
"##;
    let expected = r##"./x.go:4:7: goto L jumps over declaration of v at ./x.go:5:4
./x.go:11:7: goto M jumps into block starting at ./x.go:12:2
./x.go:19:1: label L already defined at ./x.go:18:1
./x.go:21:9: invalid break label L
./x.go:28:4: break is not in a loop, switch, or select
./x.go:36:3: cannot fallthrough final case in switch
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn unused_values_and_labels() {
    let src = r##"package main

import "fmt"

func main() {
	fmt.Sprintf("x")
	a := 1
	a + 2
L:
	for {
		break
	}
	var s string = 1
}
"##;
    let expected = r##"./x.go:8:2: a + 2 (value of type int) is not used
./x.go:9:1: label L defined and not used
./x.go:13:6: declared and not used: s
./x.go:13:17: cannot use 1 (untyped int constant) as string value in variable declaration
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn branch_errors_with_type_errors() {
    let src = r##"package main

import "fmt"
import "os"

func main() {
	var s string = 1
	for {
		continue L
	}
	goto M
	break
}
"##;
    let expected = r##"./x.go:3:8: "fmt" imported and not used
./x.go:4:8: "os" imported and not used
./x.go:7:6: declared and not used: s
./x.go:7:17: cannot use 1 (untyped int constant) as string value in variable declaration
./x.go:9:12: continue label not defined: L
./x.go:11:7: label M not defined
./x.go:12:2: break is not in a loop, switch, or select
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn unused_variables_and_uses() {
    let src = r##"package main

type T struct{ f int }

func main() {
	a := 1
	a = 2
	b := 1
	b += 1
	c := 1
	c++
	d := T{}
	d.f = 1
	e := []int{1}
	e[0] = 2
	var f int
	func() { f = 3 }()
	g, h := 1, 2
	g, h = h, g
	var i *int
	*i = 1
	var j, k int
	j, k = 1, 2
	_ = k
	var l int
	_ = func() int { return l }
	var m int
	(m) = 1
	for n := 0; n < 1; {
	}
	var p map[string]int
	p["x"] = 1
}
"##;
    let expected = r##"./x.go:6:2: declared and not used: a
./x.go:16:6: declared and not used: f
./x.go:22:6: declared and not used: j
./x.go:27:6: declared and not used: m
"##;
    assert_gc_errors(src, expected);
}
