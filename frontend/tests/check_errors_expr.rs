//! Type checker error tests: Expressions: assignability, operators, constants, conversions, interfaces, channels.
//!
//! Each test is a program and exactly what `go build -gcflags=-e` (Go 1.27) printed for it.

mod check_support;

use check_support::assert_gc_errors;

#[test]
fn basic_messages() {
    let src = r##"package main

import "fmt"
import "os"

func main() {
	a := 1
	b := "x"
	_ = a + b
	var c int8 = 300
	const d byte = 256
	fmt.Sprintf("x")
	x, y := f()
	var z string = a
	if a {
	}
	_ = !a
}

func f() int { return 1 }
"##;
    let expected = r##"./x.go:4:8: "os" imported and not used
./x.go:9:6: invalid operation: a + b (mismatched types int and string)
./x.go:10:6: declared and not used: c
./x.go:10:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
./x.go:11:17: cannot use 256 (untyped int constant) as byte value in constant declaration (overflows)
./x.go:13:2: declared and not used: x
./x.go:13:5: declared and not used: y
./x.go:13:10: assignment mismatch: 2 variables but f returns 1 value
./x.go:14:6: declared and not used: z
./x.go:14:17: cannot use a (variable of type int) as string value in variable declaration
./x.go:15:5: non-boolean condition in if statement
./x.go:17:7: invalid operation: operator ! not defined on a (variable of type int)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn constants_and_operators() {
    let src = r##"package main

const (
	A = iota
	B
	C
	D = "s"
	E
	F = iota * 10
	G
)

const big = 1 << 100
const h int = big

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func main() {
	var x int8 = 127 + 1
	var u uint8 = 255
	u = -u
	var s uint
	_ = 1 << s
	var f float64 = 1 << s
	_ = 1.5 << 2
	_ = x << -1
	_ = 10 / 0.0
	_ = 10 % 0
	var z int
	_ = z / 0
	_ = 1.0 % 2
	_ = "a" - "b"
	_ = !1
	_ = ^1.5
	_ = -"s"
	_, _ = f, u
	_ = Monday + 1
	var w Weekday = Sunday * 2
	_ = w
	_ = string(65)
	_ = int8(200)
	_ = float32(1e300)
	_ = uint(-1)
	_ = int("s")
}
"##;
    let expected = r##"./x.go:14:15: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in constant declaration (overflows)
./x.go:24:15: cannot use 127 + 1 (untyped int constant 128) as int8 value in variable declaration (overflows)
./x.go:29:18: invalid operation: shifted operand 1 (type float64) must be integer
./x.go:30:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
./x.go:31:11: invalid operation: negative shift count -1 (untyped int constant)
./x.go:32:11: invalid operation: division by zero
./x.go:33:11: invalid operation: division by zero
./x.go:35:10: invalid operation: division by zero
./x.go:36:6: invalid operation: operator % not defined on 1.0 (untyped float constant 1)
./x.go:37:6: invalid operation: operator - not defined on "a" (untyped string constant)
./x.go:38:7: invalid operation: operator ! not defined on 1 (untyped int constant)
./x.go:39:7: invalid operation: operator ^ not defined on 1.5 (untyped float constant)
./x.go:40:7: invalid operation: operator - not defined on "s" (untyped string constant)
./x.go:46:11: constant 200 overflows int8
./x.go:47:14: cannot convert 1e300 (untyped float constant 1e+300) to type float32
./x.go:48:11: constant -1 overflows uint
./x.go:49:10: cannot convert "s" (untyped string constant) to type int
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn constant_values_in_messages() {
    let src = r##"package main

func main() {
	var s string = 1e6
	var t string = 2.0
	var u string = 1e-7
	var v string = 0.1
	var w string = 1234567.5
	var x string = 'a'
	var y int = "hello\x00\u00a0é\n"
	var z string = 1e1000000000
	var q string = 1 << 100
	var r string = 0x1p-2
	var r2 string = 1.0 / 3
	var r3 string = 1e-400
	_, _, _, _, _, _, _, _, _, _, _, _, _ = s, t, u, v, w, x, y, z, q, r, r2, r3, 0
}
"##;
    let expected = r##"./x.go:4:17: cannot use 1e6 (untyped float constant 1e+06) as string value in variable declaration
./x.go:5:17: cannot use 2.0 (untyped float constant 2) as string value in variable declaration
./x.go:6:17: cannot use 1e-7 (untyped float constant 1e-07) as string value in variable declaration
./x.go:7:17: cannot use 0.1 (untyped float constant) as string value in variable declaration
./x.go:8:17: cannot use 1234567.5 (untyped float constant 1.23457e+06) as string value in variable declaration
./x.go:9:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration
./x.go:10:14: cannot use "hello\x00\u00a0é\n" (untyped string constant) as int value in variable declaration
./x.go:11:17: malformed constant: 1e1000000000
./x.go:12:17: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as string value in variable declaration
./x.go:13:17: cannot use 0x1p-2 (untyped float constant 0.25) as string value in variable declaration
./x.go:14:18: cannot use 1.0 / 3 (untyped float constant 0.333333) as string value in variable declaration
./x.go:15:18: cannot use 1e-400 (untyped float constant) as string value in variable declaration
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn conversions_overflow_and_selectors() {
    let src = r##"package main

type I interface{ M() }
type T struct{}
type P struct{}

func (p *P) M() {}

type N int

func main() {
	var i I
	var t T
	var p P
	var n N
	i = t
	i = p
	var s string = n
	const c int8 = 100
	_ = c * 2
	_ = byte(256)
	var f int = 1.5
	_ = 1 << 600
	_ = 1 / 0
	var u uint = -1
	_ = f
	_, _, _ = i, s, u
	_ = 1e1000000
	var ff float32 = 1e300
	_ = ff
	var x int
	x.y = 1
	_ = t.z
	_ = undefinedthing
}
"##;
    let expected = r##"./x.go:16:6: cannot use t (variable of struct type T) as I value in assignment: T does not implement I (missing method M)
./x.go:17:6: cannot use p (variable of struct type P) as I value in assignment: P does not implement I (method M has pointer receiver)
./x.go:18:17: cannot use n (variable of int type N) as string value in variable declaration
./x.go:20:6: c * 2 (constant 200 of type int8) overflows int8
./x.go:21:11: constant 256 overflows byte
./x.go:22:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
./x.go:23:8: constant shift overflow
./x.go:24:10: invalid operation: division by zero
./x.go:25:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
./x.go:28:6: cannot use 1e1000000 (untyped float constant 1e+1000000) as float64 value in assignment to _ identifier (overflows)
./x.go:29:19: cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)
./x.go:32:4: x.y undefined (type int has no field or method y)
./x.go:33:8: t.z undefined (type T has no field or method z)
./x.go:34:6: undefined: undefinedthing
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn channels_and_comparisons() {
    let src = r##"package main

type S struct{ a []int }

func main() {
	x := 1
	<-x
	x <- 1
	var r <-chan int
	r <- 1
	var s chan<- int
	<-s
	var a, b []int
	_ = a == b
	var c, d S
	_ = c == d
	var e, f [2][]int
	_ = e == f
	_ = nil == nil
	var m map[[]int]int
	_ = m
	_ = &x.y
	_ = &1
	_ = *x
	_ = x < "a"
	var p *int
	_ = p < p
	var fn func()
	_ = fn == fn
}
"##;
    let expected = r##"./x.go:7:4: invalid operation: cannot receive from non-channel int x (variable of type int)
./x.go:8:2: invalid operation: cannot send to non-channel int x (variable of type int)
./x.go:10:2: invalid operation: cannot send to receive-only channel <-chan int r (variable of type <-chan int)
./x.go:12:4: invalid operation: cannot receive from send-only channel chan<- int s (variable of type chan<- int)
./x.go:14:6: invalid operation: a == b (slice can only be compared to nil)
./x.go:16:6: invalid operation: c == d (struct containing []int cannot be compared)
./x.go:18:6: invalid operation: e == f ([2][]int cannot be compared)
./x.go:19:13: invalid operation: nil == nil (operator == not defined on untyped nil)
./x.go:20:12: invalid map key type []int
./x.go:22:9: x.y undefined (type int has no field or method y)
./x.go:23:7: invalid operation: cannot take address of 1 (untyped int constant)
./x.go:24:7: invalid operation: cannot indirect x (variable of type int)
./x.go:25:10: invalid operation: x < "a" (mismatched types int and untyped string)
./x.go:27:6: invalid operation: p < p (operator < not defined on pointer)
./x.go:29:6: invalid operation: fn == fn (func can only be compared to nil)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn assignability_and_assertions() {
    let src = r##"package main

type T int

func (T) String() string { return "" }

type Stringer interface{ String() string }

type Impl struct{}

func (*Impl) String() string { return "" }

func take(s Stringer) {}

func main() {
	var t T
	take(t)
	take(&t)
	take(Impl{})
	take(&Impl{})
	take(nil)
	take(1)
	var s Stringer = t
	_ = s.(T)
	_ = s.(Impl)
	_ = s.(*Impl)
	var i interface{ Foo() }
	_ = i.(Stringer)
	var xx int = T(1)
	var yy T = 1
	var zz T = xx
	_, _, _ = xx, yy, zz
	var fl float64 = 1
	var in int = fl
	_ = in + fl
	_ = in + 1.5
	_ = 1 + "a"
	_ = in == fl
	_ = T(1) + 2
}
"##;
    let expected = r##"./x.go:19:7: cannot use Impl{} (value of struct type Impl) as Stringer value in argument to take: Impl does not implement Stringer (method String has pointer receiver)
./x.go:22:7: cannot use 1 (constant of type int) as Stringer value in argument to take: int does not implement Stringer (missing method String)
./x.go:25:6: impossible type assertion: s.(Impl)
	Impl does not implement Stringer (method String has pointer receiver)
./x.go:29:15: cannot use T(1) (constant 1 of int type T) as int value in variable declaration
./x.go:31:13: cannot use xx (variable of type int) as T value in variable declaration
./x.go:34:15: cannot use fl (variable of type float64) as int value in variable declaration
./x.go:35:6: invalid operation: in + fl (mismatched types int and float64)
./x.go:36:11: 1.5 (untyped float constant) truncated to int
./x.go:37:6: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)
./x.go:38:12: invalid operation: in == fl (mismatched types int and float64)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn interface_satisfaction_causes() {
    let src = r##"package main

import "fmt"

type I interface {
	M(int) string
}
type A struct{}

func (A) M(x string) string { return x }

type B struct{}

func (B) m(int) string { return "" }

type C struct{ M int }
type D struct{}

func (*D) M(int) string { return "" }

type E1 struct{ A }
type E2 struct{ A }
type F struct {
	E1
	E2
}

func use(I) {}

func main() {
	use(A{})
	use(B{})
	use(C{})
	use(D{})
	use(F{})
	var i I
	var j interface{ M(int) string; N() }
	j = i
	i = j
	var k fmt.Stringer = i
	_ = k
	var s string = i
	_ = s
	var any1 interface{} = 1
	var n int = any1
	_ = n
	var ch chan int
	var ro <-chan int = ch
	var so chan<- int = ro
	_ = so
	type MyChan chan int
	var mc MyChan = ch
	var ch2 chan int = mc
	_ = ch2
}
"##;
    let expected = r##"./x.go:31:6: cannot use A{} (value of struct type A) as I value in argument to use: A does not implement I (wrong type for method M)
		have M(string) string
		want M(int) string
./x.go:32:6: cannot use B{} (value of struct type B) as I value in argument to use: B does not implement I (missing method M)
		have m(int) string
		want M(int) string
./x.go:33:6: cannot use C{} (value of struct type C) as I value in argument to use: C does not implement I (C.M is a field, not a method)
./x.go:34:6: cannot use D{} (value of struct type D) as I value in argument to use: D does not implement I (method M has pointer receiver)
./x.go:35:6: cannot use F{} (value of struct type F) as I value in argument to use: F does not implement I (ambiguous selector F.M)
./x.go:38:6: cannot use i (variable of interface type I) as interface{M(int) string; N()} value in assignment: I does not implement interface{M(int) string; N()} (missing method N)
./x.go:40:23: cannot use i (variable of interface type I) as fmt.Stringer value in variable declaration: I does not implement fmt.Stringer (missing method String)
./x.go:42:17: cannot use i (variable of interface type I) as string value in variable declaration
./x.go:45:14: cannot use any1 (variable of type interface{}) as int value in variable declaration: need type assertion
./x.go:49:22: cannot use ro (variable of type <-chan int) as chan<- int value in variable declaration
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn embedding_and_assertions() {
    let src = r##"package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}
type I interface{ M() }
type J interface {
	M()
	N(int) string
}
type V struct{}

func (V) M()           {}
func (V) N(x int) int { return x }

func main() {
	var c C
	_ = c.X
	var j J = V{}
	var i I = 5
	var e error = "x"
	_, _, _ = j, i, e
	var v V
	_ = v.(I)
	var ii I
	_ = ii.(V)
	_ = ii.(int)
	switch ii.(type) {
	case int:
	}
	var w interface{ m() }
	_ = w
}
"##;
    let expected = r##"./x.go:21:8: ambiguous selector c.X
./x.go:22:12: cannot use V{} (value of struct type V) as J value in variable declaration: V does not implement J (wrong type for method N)
		have N(int) int
		want N(int) string
./x.go:23:12: cannot use 5 (constant of type int) as I value in variable declaration: int does not implement I (missing method M)
./x.go:24:16: cannot use "x" (constant of type string) as error value in variable declaration: string does not implement error (missing method Error)
./x.go:27:6: invalid operation: v (variable of struct type V) is not an interface
./x.go:30:6: impossible type assertion: ii.(int)
	int does not implement I (missing method M)
./x.go:32:7: impossible type switch case: int
	ii (variable of interface type I) cannot have dynamic type int (missing method M)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn nil_and_assignment_targets() {
    let src = r##"package main

import f "fmt"
import . "errors"
import _ "os"

func main() {
	_ = New("x")
	var x int = nil
	var p *int = nil
	_ = p == nil
	_ = x == nil
	var e error
	_ = e == nil
	_ = nil
	y := nil
	var s []int
	_ = s == s
	var m map[string]int
	m.x = 1
	m["a"].b = 1
	type S struct{ f int }
	ms := map[string]S{}
	ms["a"].f = 1
	_ = y
}
"##;
    let expected = r##"./x.go:3:8: "fmt" imported as f and not used
./x.go:9:14: cannot use nil as int value in variable declaration
./x.go:12:11: invalid operation: x == nil (mismatched types int and untyped nil)
./x.go:15:6: use of untyped nil in assignment to _ identifier
./x.go:16:7: use of untyped nil in assignment
./x.go:18:6: invalid operation: s == s (slice can only be compared to nil)
./x.go:20:4: m.x undefined (type map[string]int has no field or method x)
./x.go:21:9: m["a"].b undefined (type int has no field or method b)
./x.go:24:2: cannot assign to struct field ms["a"].f in map
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn alias_spellings_byte_rune_any() {
    let src = r##"package main

func main() {
	var x any
	var y int = x
	var z interface{}
	var w int = z
	var b byte = 1
	var s string = b
	var r = 'a'
	var t string = r
	var bs []byte
	var u string = bs
	var e error
	var v int = e
	_, _, _, _, _ = y, w, s, t, u
	_ = v
}

func takeByte(b byte) {}

func more() {
	var c uint8
	c = 256
	takeByte(1000)
	var r32 int32 = 1 << 40
	var rr rune = 1 << 40
	_, _ = r32, rr
}
"##;
    let expected = r##"./x.go:5:14: cannot use x (variable of interface type any) as int value in variable declaration: need type assertion
./x.go:7:14: cannot use z (variable of type interface{}) as int value in variable declaration: need type assertion
./x.go:9:17: cannot use b (variable of type byte) as string value in variable declaration
./x.go:11:17: cannot use r (variable of type rune) as string value in variable declaration
./x.go:13:17: cannot use bs (variable of type []byte) as string value in variable declaration
./x.go:15:14: cannot use e (variable of interface type error) as int value in variable declaration
./x.go:23:6: declared and not used: c
./x.go:24:6: cannot use 256 (untyped int constant) as uint8 value in assignment (overflows)
./x.go:25:11: cannot use 1000 (untyped int constant) as byte value in argument to takeByte (overflows)
./x.go:26:18: cannot use 1 << 40 (untyped int constant 1099511627776) as int32 value in variable declaration (overflows)
./x.go:27:16: cannot use 1 << 40 (untyped int constant 1099511627776) as rune value in variable declaration (overflows)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn shifts_indices_and_slices() {
    let src = r##"package main

import "fmt"

type S struct{ name string }

func takes(s string) {}
func gives() string { return 1 }

func main() {
	var s uint = 2
	x := 1.0 << s
	var y = 1.5 << s
	fmt.Println(1 << s)
	var i int64 = 1 << s
	var f32 float32 = 1 << s
	z := uint8(1) << 8
	var w uint8 = 1 << 8
	_ = 1 << 1.5
	_ = 1 << "a"
	_ = i << s
	_ = i >> 70
	const c uint8 = 255
	_ = c << 1
	_ = c + 1
	var n int = 5
	var str string
	str = n
	takes(n)
	_ = S{n}
	_ = S{name: n}
	_, _, _, _, _ = x, y, f32, z, w
	a := []int{1, 2, 3}
	_ = a[1.5]
	_ = a["x"]
	_ = a[-1]
	var m map[string]bool
	_ = m[1]
	_ = str[1:2:3]
	var arr [3]int
	_ = arr[1:4]
	_ = (&arr)[:5]
	_ = [3]int{}[:]
	_ = "abc"[:5]
	_ = n[0]
	_ = n[1:]
}
"##;
    let expected = r##"./x.go:8:30: cannot use 1 (untyped int constant) as string value in return statement
./x.go:12:7: invalid operation: shifted operand 1.0 (type float64) must be integer
./x.go:13:10: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
./x.go:16:20: invalid operation: shifted operand 1 (type float32) must be integer
./x.go:17:7: uint8(1) << 8 (constant 256 of type uint8) overflows uint8
./x.go:18:16: cannot use 1 << 8 (untyped int constant 256) as uint8 value in variable declaration (overflows)
./x.go:19:11: 1.5 (untyped float constant) truncated to uint
./x.go:20:11: cannot convert "a" (untyped string constant) to type uint
./x.go:24:6: c << 1 (constant 510 of type uint8) overflows uint8
./x.go:25:6: c + 1 (constant 256 of type uint8) overflows uint8
./x.go:28:8: cannot use n (variable of type int) as string value in assignment
./x.go:29:8: cannot use n (variable of type int) as string value in argument to takes
./x.go:30:8: cannot use n (variable of type int) as string value in struct literal
./x.go:31:14: cannot use n (variable of type int) as string value in struct literal
./x.go:34:8: 1.5 (untyped float constant) truncated to int
./x.go:35:8: cannot convert "x" (untyped string constant) to type int
./x.go:36:8: invalid argument: index -1 (constant of type int) must not be negative
./x.go:38:8: cannot use 1 (untyped int constant) as string value in map index
./x.go:39:14: invalid operation: 3-index slice of string
./x.go:41:12: invalid argument: index 4 out of bounds [0:4]
./x.go:42:14: invalid argument: index 5 out of bounds [0:4]
./x.go:43:6: cannot slice unaddressable value [3]int{} (value of type [3]int)
./x.go:44:13: invalid argument: index 5 out of bounds [0:4]
./x.go:45:7: cannot index n (variable of type int)
./x.go:46:6: cannot slice n (variable of type int)
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn addressability_and_assignment() {
    let src = r##"package main

type T struct{ x int }

func (t T) Val()  {}
func (t *T) Ptr() {}

type I interface {
	Val()
	Ptr()
}

func get() T { return T{} }

func main() {
	get().Ptr()
	get().x = 1
	T{}.x = 2
	var m = map[string]T{}
	m["a"].Ptr()
	m["a"].x++
	var i I = T{}
	var j I = &T{}
	_, _ = i, j
	var a []T
	a[0].Ptr()
	var arr [2]T
	arr[0].Ptr()
	const c = 1
	c++
	"s" = "t"
	len("x") = 1
	var f func()
	f = nil
	f()
	var ch chan<- int
	x := <-ch
	_ = x
	var s string
	s[0] = 'a'
	for i := range s {
		i = "x"
	}
}
"##;
    let expected = r##"./x.go:16:8: cannot call pointer method Ptr on T
./x.go:17:2: cannot assign to get().x (neither addressable nor a map index expression)
./x.go:18:2: cannot assign to T{}.x (neither addressable nor a map index expression)
./x.go:20:9: cannot call pointer method Ptr on T
./x.go:21:2: cannot assign to struct field m["a"].x in map
./x.go:22:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method Ptr has pointer receiver)
./x.go:30:2: cannot assign to c (neither addressable nor a map index expression)
./x.go:31:2: cannot assign to "s" (neither addressable nor a map index expression)
./x.go:32:2: cannot assign to len("x") (neither addressable nor a map index expression)
./x.go:37:9: invalid operation: cannot receive from send-only channel chan<- int ch (variable of type chan<- int)
./x.go:40:2: cannot assign to s[0] (neither addressable nor a map index expression)
./x.go:41:6: declared and not used: i
./x.go:42:7: cannot use "x" (untyped string constant) as int value in assignment
"##;
    assert_gc_errors(src, expected);
}

#[test]
fn invalid_types_cause_no_follow_on_errors() {
    let src = r##"package main

const (
	a uint8 = 254 + iota
	b
	c
)

type S struct {
	f Undefined
	g int
}

func main() {
	var s S
	_ = s.f + 1
	_ = s.g + "x"
	s.f.foo()
	var u Undefined2
	u.bar = 1
	_ = u + 1
	x := u
	_ = x
	var arr [3]Undef3
	_ = arr[0] + 1
}
"##;
    let expected = r##"./x.go:6:2: cannot use 254 + iota (untyped int constant 256) as uint8 value in constant declaration (overflows)
./x.go:10:4: undefined: Undefined
./x.go:17:6: invalid operation: s.g + "x" (mismatched types int and untyped string)
./x.go:19:8: undefined: Undefined2
./x.go:24:13: undefined: Undef3
"##;
    assert_gc_errors(src, expected);
}
