// run

// Assigning to the blank identifier still evaluates the operand: reading
// through a nil pointer panics although the value is discarded.

package main

import "fmt"

type T struct {
	s int
	a [3]int
	q *T
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

var gp *T

func main() {
	try("field", func() { var p *T; _ = p.s })
	try("deref", func() { var p *T; _ = *p })
	try("pointer to array", func() { var ap *[3]int; _ = ap[1] })
	try("field array", func() { var p *T; _ = p.a[2] })
	try("chain", func() { p := &T{}; _ = p.q.s })
	try("global", func() { _ = gp.s })
	try("several", func() { var p *T; x := 1; x, _ = 2, p.s; fmt.Println(x) })
	try("var", func() { var p *T; var _ = p.s })
	try("non-nil", func() { p := &T{s: 3}; _ = p.s; _ = *p; _ = p.a[1] })
}

// Output:
// field: runtime error: invalid memory address or nil pointer dereference
// deref: runtime error: invalid memory address or nil pointer dereference
// pointer to array: runtime error: invalid memory address or nil pointer dereference
// field array: runtime error: invalid memory address or nil pointer dereference
// chain: runtime error: invalid memory address or nil pointer dereference
// global: runtime error: invalid memory address or nil pointer dereference
// several: runtime error: invalid memory address or nil pointer dereference
// var: runtime error: invalid memory address or nil pointer dereference
// non-nil: <nil>
