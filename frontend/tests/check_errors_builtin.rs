//! Type checker error tests: Built-in functions, composite literals, calls and the provided standard library.
//!
//! Each test is a program and exactly what `go build -gcflags=-e` (Go 1.27) printed for it.

mod check_support;

use check_support::assert_gc_errors;

#[test]
fn builtins_and_unused_expressions() {
    let src = r##"package main

func f() (int, string) { return 0, "" }

func main() {
	var s []int
	len(s)
	s[0]
	int(1)
	defer len(s)
	go int(2)
	defer println()
	x := 1
	x
	f
	_ = max(1, "a")
	_ = min(1, 2.5)
	var i int
	var fl float64
	_ = max(i, fl)
	_ = max(s)
	clear(1)
	copy(s, "abc")
	var b []byte
	copy(b, "abc")
	copy(1, s)
	delete(s, 1)
	var m map[string]int
	delete(m, 1)
	_ = make([]int)
	_ = make(int)
	_ = make([]int, 10, 5)
	_ = make(map[int]int, 1, 2)
	_ = new(int, 2)
	close(1)
	var rc <-chan int
	close(rc)
	panic()
	_ = append()
	_ = append(1)
	_ = append(nil, 1)
	_ = []byte(1)
	_ = string(1.5)
	_ = len(f())
	var a, c = f(), 1
	_, _ = a, c
	print(f())
}
"##;
    let expected = r##"./x.go:7:2: len(s) (value of type int) is not used
./x.go:8:2: s[0] (variable of type int) is not used
./x.go:9:2: int(1) (constant 1 of type int) is not used
./x.go:10:8: defer discards result of len(s) (value of type int)
./x.go:11:5: go requires function call, not conversion int(2) (constant 2 of type int)
./x.go:14:2: x (variable of type int) is not used
./x.go:15:2: f (value of type func() (int, string)) is not used
./x.go:16:13: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of "a")
./x.go:20:13: invalid argument: mismatched types int (previous argument) and float64 (type of fl)
./x.go:21:10: invalid argument: s (variable of type []int) cannot be ordered
./x.go:22:8: invalid argument: cannot clear 1 (untyped int constant): argument must be (or constrained by) map or slice
./x.go:23:7: invalid copy: arguments s (variable of type []int) and "abc" (untyped string constant) have different element types int and byte
./x.go:26:7: invalid copy: argument must be a slice; have 1 (untyped int constant)
./x.go:27:9: invalid argument: s (variable of type []int) is not a map
./x.go:29:12: cannot use 1 (untyped int constant) as string value in argument to delete
./x.go:30:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1
./x.go:31:11: invalid argument: cannot make int: type must be slice, map, or channel
./x.go:32:18: invalid argument: length and capacity swapped
./x.go:33:6: invalid operation: make(map[int]int, 1, 2) expects 1 or 2 arguments; found 3
./x.go:34:6: invalid operation: too many arguments for new(int, 2) (expected 1, found 2)
./x.go:35:8: invalid operation: cannot close non-channel 1 (untyped int constant)
./x.go:37:8: invalid operation: cannot close receive-only channel rc (variable of type <-chan int)
./x.go:38:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
./x.go:39:6: invalid operation: not enough arguments for append() (expected 1, found 0)
./x.go:40:13: invalid append: argument must be a slice; have 1 (untyped int constant)
./x.go:41:13: invalid append: argument must be a slice; have untyped nil
./x.go:42:13: cannot convert 1 (untyped int constant) to type []byte
./x.go:43:13: cannot convert 1.5 (untyped float constant) to type string
./x.go:44:6: invalid operation: too many arguments for len(f()) (expected 1, found 2)
./x.go:45:13: multiple-value f() (value of type (int, string)) in single-value context
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn short_declarations_methods_and_calls() {
    let src = r##"package main

import "fmt"

type T struct{ a, b int }

func (t T) M() int    { return t.a }
func (t *T) P() int   { return t.b }
func two() (int, int) { return 1, 2 }

func main() {
	x := 1
	x := 2
	var y, z = two()
	a, b := 1
	fmt.Println(x, y, z, a, b)
	T{}.P()
	var t T
	t.P()
	_ = t.Q
	_ = T.P
	_ = (*T).M
	f := func(i int) string { return i }
	_ = f
	c := make(chan int)
	c <- "s"
	const k = 10
	k = 3
	fmt.Printf()
	fmt.Println("a"...)
	var s []int
	s = append(s, "x")
	_ = len(1)
	_ = cap(map[int]int{})
	var arr [3]int
	_ = arr[5]
	_ = s[1:0]
	_ = "abc"[5]
	println(nil)
}
"##;
    let expected = r##"./x.go:13:4: no new variables on left side of :=
./x.go:15:10: assignment mismatch: 2 variables but 1 value
./x.go:17:6: cannot call pointer method P on T
./x.go:20:8: t.Q undefined (type T has no field or method Q)
./x.go:21:8: invalid method expression T.P (needs pointer receiver (*T).P)
./x.go:23:35: cannot use i (variable of type int) as string value in return statement
./x.go:26:7: cannot use "s" (untyped string constant) as int value in send
./x.go:28:2: cannot assign to k (neither addressable nor a map index expression)
./x.go:29:2: not enough arguments in call to fmt.Printf
	have ()
	want (string, ...any)
./x.go:30:14: cannot use "a" (untyped string constant) as []any value in argument to fmt.Println
./x.go:32:16: cannot use "x" (untyped string constant) as int value in argument to append
./x.go:33:10: invalid argument: 1 (untyped int constant) for built-in len
./x.go:34:10: invalid argument: map[int]int{} (value of type map[int]int) for built-in cap
./x.go:36:10: invalid argument: index 5 out of bounds [0:3]
./x.go:37:10: invalid slice indices: 0 < 1
./x.go:38:12: invalid argument: index 5 out of bounds [0:3]
./x.go:39:10: use of untyped nil in argument to built-in println
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn composite_literals_and_std() {
    let src = r##"package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
)

type P struct{ X, Y int }
type Q struct {
	P
	Z int
}

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{X: 1, 2}
	_ = P{X: 1, X: 2}
	_ = P{W: 1}
	_ = P{x: 1}
	_ = Q{X: 1, P: P{}}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[string]int{1: 1}
	_ = []int{1: 1, 1: 2}
	_ = [2]int{1, 2, 3}
	_ = [...]int{5: 1}
	_ = []int{"a"}
	_ = map[int]int{1}
	_ = &P{}
	_ = &[]int{}
	var m runtime.MemStats
	runtime.ReadMemStats(m)
	runtime.ReadMemStats(&m)
	_ = m.Alloc + m.NumGC
	_ = errors.New(1)
	_ = strconv.Itoa("a")
	os.Exit("x")
	fmt.Println(m.Foo)
	_ = fmt.Sprint
	fmt.println()
	_ = runtime.GC()
}
"##;
    let expected = r##"./x.go:18:9: too few values in struct literal of type P
./x.go:19:14: too many values in struct literal of type P
./x.go:20:14: mixture of field:value and value elements in struct literal
./x.go:21:14: duplicate field name X in struct literal
./x.go:22:8: unknown field W in struct literal of type P
./x.go:23:8: unknown field x in struct literal of type P, but does have X
./x.go:24:14: cannot specify embedded field P and enclosed promoted field X
./x.go:25:29: duplicate key "a" in map literal
./x.go:26:21: cannot use 1 (untyped int constant) as string value in map literal
./x.go:27:18: duplicate index 1 in array or slice literal
./x.go:28:19: index 2 is out of bounds (>= 2)
./x.go:30:12: cannot use "a" (untyped string constant) as int value in array or slice literal
./x.go:31:18: missing key in map literal
./x.go:35:23: cannot use m (variable of struct type runtime.MemStats) as *runtime.MemStats value in argument to runtime.ReadMemStats
./x.go:37:6: invalid operation: m.Alloc + m.NumGC (mismatched types uint64 and uint32)
./x.go:38:17: cannot use 1 (untyped int constant) as string value in argument to errors.New
./x.go:39:19: cannot use "a" (untyped string constant) as int value in argument to strconv.Itoa
./x.go:40:10: cannot use "x" (untyped string constant) as int value in argument to os.Exit
./x.go:41:16: m.Foo undefined (type runtime.MemStats has no field or method Foo)
./x.go:43:6: undefined: fmt.println (but have Println)
./x.go:44:6: runtime.GC() (no value) used as value
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn variadic_calls_and_multi_values() {
    let src = r##"package main

import "fmt"

func v(xs ...int)        {}
func nv(a int)          {}
func two() (int, int)   { return 1, 2 }
func three(a, b, c int) {}

func main() {
	xs := []int{1}
	nv(xs...)
	v(1, xs...)
	v(xs)
	v("a", "b")
	s := []int{}
	s = append(s, s)
	s = append(s, 1, s...)
	b := append([]byte{}, "abc"...)
	b = append(b, 'x', "y")
	three(two())
	nv(two())
	v(two())
	v(two()...)
	fmt.Println(two())
	fmt.Println(two(), 1)
	var f func(string, ...interface{})
	f("x", 1, 2)
	f()
	fmt.Printf("%d", two())
	_ = b
}
"##;
    let expected = r##"./x.go:12:2: cannot use ... in call to non-variadic nv
./x.go:13:7: too many arguments in call to v
	have (number, []int...)
	want (...int)
./x.go:14:4: cannot use xs (variable of type []int) as int value in argument to v
./x.go:15:4: cannot use "a" (untyped string constant) as int value in argument to v
./x.go:15:9: cannot use "b" (untyped string constant) as int value in argument to v
./x.go:17:16: cannot use s (variable of type []int) as int value in argument to append
./x.go:18:19: too many arguments in call to append
	have ([]int, number, []int...)
	want ([]int, ...int)
./x.go:20:21: cannot use "y" (untyped string constant) as byte value in argument to append
./x.go:21:8: not enough arguments in call to three
	have (int, int)
	want (int, int, int)
./x.go:22:5: too many arguments in call to nv
	have (int, int)
	want (int)
./x.go:24:2: cannot use ... with 2-valued two()
./x.go:26:14: multiple-value two() (value of type (int, int)) in single-value context
./x.go:29:2: not enough arguments in call to f
	have ()
	want (string, ...interface{})
./x.go:30:19: multiple-value two() (value of type (int, int)) in single-value context
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn composite_literal_keys_and_fields() {
    let src = r##"package main

func nobody()

type T struct{ a, b int }

func main() {
	_ = int{1}
	_ = T{1}
	_ = map[string]int{"a"}
	_ = []int{1: 2, 3}
	_ = [2]int{5: 1}
	_ = [...]int{-1: 1}
	i := 1
	_ = []int{i: 1}
	_ = struct{ x int }{y: 1}
	_ = &T{c: 1}
	_ = T{a: 1, b: 2, a: 3}
	var p *T
	_ = p.a
	_ = (*p).b
	type E struct{ T }
	_ = E{a: 1}
	_ = E{T: T{}, a: 1}
	_ = T{"a", "b"}
	var x = nil
	_ = x
}
"##;
    let expected = r##"./x.go:8:6: invalid composite literal type int
./x.go:9:9: too few values in struct literal of type T
./x.go:10:21: missing key in map literal
./x.go:12:13: invalid argument: index 5 out of bounds [0:2]
./x.go:13:15: invalid argument: index -1 (constant of type int) must not be negative
./x.go:15:12: index i must be integer constant
./x.go:16:22: unknown field y in struct literal of type struct{x int}
./x.go:17:9: unknown field c in struct literal of type T
./x.go:18:20: duplicate field name a in struct literal
./x.go:24:16: cannot specify promoted field a and enclosing embedded field T
./x.go:25:8: cannot use "a" (untyped string constant) as int value in struct literal
./x.go:25:13: cannot use "b" (untyped string constant) as int value in struct literal
./x.go:26:10: use of untyped nil in variable declaration
"##;
    assert_gc_errors(src, expected);
}
