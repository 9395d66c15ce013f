//! Type checker error tests: Declarations: redeclarations, methods, init/main rules, cycles, constants and array lengths, initialiser counts, imports.
//!
//! Each test is a program and exactly what `go build -gcflags=-e` (Go 1.27) printed for it.

mod check_support;

use check_support::assert_gc_errors;

#[test]
fn redeclarations_and_duplicates() {
    let src = r##"package main

import "fmt"

type T struct{ a T }
type A = B
type B = A
type I interface{ M(); M() }

func f(x int) {
	var x int
	switch x {
	case 1:
	case 1:
	}
	var i interface{}
	switch i.(type) {
	case int:
	case int:
	}
}

func g() (int, string) {
	return 1
}

func main() {
	f(1, 2)
	f()
	fmt.Println()
}

func main() {}
"##;
    let expected = r##"./x.go:5:6: invalid recursive type: T refers to itself
./x.go:6:6: invalid recursive type A
	./x.go:6:6: A refers to B
	./x.go:7:6: B refers to A
./x.go:8:24: duplicate method M
	./x.go:8:19: other declaration of method M
./x.go:11:6: x redeclared in this block
	./x.go:10:8: other declaration of x
./x.go:14:7: duplicate case 1 (constant of type int) in expression switch
	./x.go:13:7: previous case
./x.go:19:7: duplicate case int in type switch
	./x.go:18:7: previous case
./x.go:24:9: not enough return values
	have (number)
	want (int, string)
./x.go:28:7: too many arguments in call to f
	have (number, number)
	want (int)
./x.go:29:2: not enough arguments in call to f
	have ()
	want (int)
./x.go:33:6: main redeclared in this block
	./x.go:27:6: other declaration of main
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn methods_init_and_main() {
    let src = r##"package main

type T struct{}

func (t T) M()  {}
func (t T) M()  {}
func (t *T) N() {}
func (x int) Z() {}
func (e error) E() {}

type P *T

func (p P) W() {}

type S struct{ M int }

func (s S) M() {}

func init() {}
func init(x int) {}

var init = 1

func main() int { return 1 }

func f() {
	init()
}
"##;
    let expected = r##"./x.go:6:12: method T.M already declared at ./x.go:5:12
./x.go:8:9: cannot define new methods on non-local type int
./x.go:9:9: cannot define new methods on non-local type error
./x.go:13:9: invalid receiver type P (pointer or interface type)
./x.go:17:12: field and method with the same name M
	./x.go:15:16: other declaration of M
./x.go:20:6: func init must have no arguments and no return values
./x.go:22:5: cannot declare init - must be func
./x.go:24:6: func main must have no arguments and no return values
./x.go:27:2: undefined: init
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn initialization_cycles_and_recursive_types() {
    let src = r##"package main

import "fmt"

var a = b + 1
var b = f()

func f() int { return a }

var (
	x, y = g()
	z    = x
)

func g() (int, int) { return 1, 2 }

var p, q int = 1

type Node struct {
	next *Node
	val  int
}

type Bad struct {
	self Bad
}

type Arr [2]Arr

func main() {
	fmt.Println(a, b, x, y, z, p, q)
	n := Node{}
	_ = n.next.next.val
	var count int
	inc := func() { count++ }
	inc()
	var unused int
	func() {
		var inner int
	}()
}
"##;
    let expected = r##"./x.go:5:5: initialization cycle for a
	./x.go:5:5: a refers to b
	./x.go:6:5: b refers to f
	./x.go:8:6: f refers to a
./x.go:17:16: assignment mismatch: 2 variables but 1 value
./x.go:24:6: invalid recursive type: Bad refers to itself
./x.go:28:6: invalid recursive type: Arr refers to itself
./x.go:37:6: declared and not used: unused
./x.go:39:7: declared and not used: inner
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn declaration_cycles() {
    let src = r##"package main

type I interface{ I }
type A B
type B A

var x = f()

func f() int { return x }

var y = y

const c = d
const d = c

func g() {
	_ = _
	var v int = "s"
}
"##;
    let expected = r##"./x.go:3:6: invalid recursive type: I refers to itself
./x.go:4:6: invalid recursive type A
	./x.go:4:6: A refers to B
	./x.go:5:6: B refers to A
./x.go:7:5: initialization cycle for x
	./x.go:7:5: x refers to f
	./x.go:9:6: f refers to x
./x.go:11:5: initialization cycle: y refers to itself
./x.go:13:7: initialization cycle for c
	./x.go:13:7: c refers to d
	./x.go:14:7: d refers to c
./x.go:17:6: cannot use _ as value or type
./x.go:18:6: declared and not used: v
./x.go:18:14: cannot use "s" (untyped string constant) as int value in variable declaration
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn constant_lengths_and_overflow() {
    let src = r##"package main

const c = len("abc")
const d = len([3]int{})

var arr [c]int
var arr2 [d]int

func g() int { return 1 }

var e = len([3]int{g()})

const s = "héllo"
const n = len(s)

var bad [g()]int
var bad2 [1.5]int
var bad3 [-1]int
var bad4 [...]int

type T struct{}

var bad5 [T]int

func main() {
	x := 3
	var a [x]int
	_ = a
	_ = arr
	_ = arr2
	_ = e
	_ = n
	const big = 1 << 62
	var y int32 = big
	_ = y
	var r rune = 'a'
	var by byte = 'é'
	_, _ = r, by
	var str string = 'x'
	_ = str
}
"##;
    let expected = r##"./x.go:16:10: array length g() (value of type int) must be constant
./x.go:17:11: array length 1.5 (untyped float constant) must be integer
./x.go:18:11: invalid array length -1 (untyped int constant)
./x.go:19:10: invalid use of [...] array (outside a composite literal)
./x.go:23:11: invalid array length T
./x.go:26:2: declared and not used: x
./x.go:27:9: invalid array length x
./x.go:34:16: cannot use big (untyped int constant 4611686018427387904) as int32 value in variable declaration (overflows)
./x.go:39:19: cannot use 'x' (untyped rune constant 120) as string value in variable declaration
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn initializer_counts_and_calls() {
    let src = r##"package main

func one() int { return 1 }
func none()    {}

var p, q int = 1, 2, 3
var r, s int = 1

func main() {
	var a, b int
	a, b = 1
	a, b = 1, 2, 3
	a = none()
	x := none()
	a()
	one()()
	var f func(int)
	f(1, 2)
	f()
	_, _ = a, b
	var t struct{ g func() }
	_ = t == t
	_ = x
	var u, v = 1, 2, 3
	var w, z int
	_, _, _, _ = u, v, w, z
	for i := 0; i < 3; i++ {
		i := "shadow"
		_ = i
	}
	if v := one(); v > 0 {
		v := "s"
		_ = v
	}
	var ptr *int
	ptr.x = 1
	var iface interface{ M() }
	iface.N()
	var ip *interface{ M() }
	ip.M()
	type E struct{}
	E.foo()
	var e E
	e.foo = 1
	_ = one + 1
	_ = none() + 1
}
"##;
    let expected = r##"./x.go:6:22: extra init expr 3
./x.go:7:16: assignment mismatch: 2 variables but 1 value
./x.go:11:9: assignment mismatch: 2 variables but 1 value
./x.go:12:9: assignment mismatch: 2 variables but 3 values
./x.go:13:6: none() (no value) used as value
./x.go:14:7: none() (no value) used as value
./x.go:15:2: invalid operation: cannot call a (variable of type int): int is not a function
./x.go:16:2: invalid operation: cannot call one() (value of type int): int is not a function
./x.go:18:7: too many arguments in call to f
	have (number, number)
	want (int)
./x.go:19:2: not enough arguments in call to f
	have ()
	want (int)
./x.go:22:6: invalid operation: t == t (struct containing func() cannot be compared)
./x.go:24:19: extra init expr 3
./x.go:36:6: ptr.x undefined (type *int has no field or method x)
./x.go:38:8: iface.N undefined (type interface{M()} has no field or method N)
./x.go:40:5: ip.M undefined (type *interface{M()} is pointer to interface, not interface)
./x.go:42:4: E.foo undefined (type E has no field or method foo)
./x.go:44:4: e.foo undefined (type E has no field or method foo)
./x.go:45:6: invalid operation: one + 1 (mismatched types func() int and untyped int)
./x.go:46:6: none() (no value) used as value
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn imports_unused_and_conflicting() {
    let src = r##"package main

import (
	f "fmt"
	. "errors"
	_ "os"
	"strconv"
	"runtime"
)

var runtime = 1

func main() {
	strconv.Itoa(1)
}
"##;
    let expected = r##"./x.go:4:2: "fmt" imported as f and not used
./x.go:5:2: "errors" imported and not used
./x.go:8:2: "runtime" imported and not used
./x.go:11:5: runtime already declared through import of package runtime ("runtime")
	./x.go:8:2: other declaration of runtime
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn interface_embedding_and_fields() {
    let src = r##"package main

import "fmt"

type I interface {
	A()
}
type J interface {
	I
	A()
	B() int
}
type K interface {
	J
	B() string
}
type M interface{ fmt.Stringer }

type S struct {
	a int `json:"a"`
	a string
	_ int
	_ int
}

type N int

func (n N) Double() N { return n * 2 }

type F func(int) int

func main() {
	var f F = func(x int) int { return x }
	g := func(x int) int { return x }
	f = g
	var h func(int) string = f
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return rec(n - 1)
	}
	if x := 5; x {
	}
	switch x := 5; {
	case x:
	}
	for ; ; {
		break
	}
	var n N = 3
	_ = n.Double().Double()
	_ = N.Double(n)
	_ = h
	var s S
	_ = s
	var m M
	_ = m.String()
}
"##;
    let expected = r##"./x.go:14:2: duplicate method B
	./x.go:15:2: other declaration of method B
./x.go:21:2: a redeclared
	./x.go:20:2: other declaration of a
./x.go:36:27: cannot use f (variable of func type F) as func(int) string value in variable declaration
./x.go:44:13: non-boolean condition in if statement
./x.go:47:7: invalid case x in switch on true (mismatched types int and bool)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn constant_declarations_and_typed_constants() {
    let src = r##"package main


func f() int { return 1 }

var v = iota

const a int = 1
const b float64 = a
const c = len([]int{})
const d = f()
const e = "a" + "b"
const g = 1 / 2.0
const h = 7 / 2
const i uint = 1 << 70
const j = -1.5 % 2
const k = 'a' * 2.5
const l string = 'x'
const m = 1 < 2
const n = "a" < "b"
const o = ^uint8(0)
const p = ^0
const q int8 = -128
const r = -q
const s = 1e20
const t int64 = s
const u float32 = 1e39
const w = 0.1 + 0.2 == 0.3

type Enum int

const (
	X Enum = iota * 100
	Y
	Z int = 1 << (iota + 60)
	W
)

func main() {
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, i, j, k, l, m, n, o, p
	_, _, _, _, _, _ = q, r, s, t, u, w
}
"##;
    let expected = r##"./x.go:6:9: cannot use iota outside constant declaration
./x.go:9:19: cannot use a (constant 1 of type int) as float64 value in constant declaration
./x.go:10:11: len([]int{}) (value of type int) is not constant
./x.go:11:11: f() (value of type int) is not constant
./x.go:15:16: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as uint value in constant declaration (overflows)
./x.go:16:11: invalid operation: operator % not defined on -1.5 (untyped float constant)
./x.go:18:18: cannot use 'x' (untyped rune constant 120) as string value in constant declaration
./x.go:24:11: -q (constant 128 of type int8) overflows int8
./x.go:26:17: cannot use s (untyped float constant 1e+20) as int64 value in constant declaration (truncated)
./x.go:27:19: cannot use 1e39 (untyped float constant 1e+39) as float32 value in constant declaration (overflows)
./x.go:36:2: cannot use 1 << (iota + 60) (untyped int constant 9223372036854775808) as int value in constant declaration (overflows)
"##;
    assert_gc_errors(src, expected);
}
