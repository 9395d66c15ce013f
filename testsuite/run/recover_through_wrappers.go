// run

// recover() counts only when called directly by the deferred function,
// whatever wrapper gets it there: a deferred call with arguments, a method
// value, an interface method with a value receiver, a promoted method.
package main

import "fmt"

type T struct{ name string }

func (t T) Rec(tag string) {
	fmt.Println(t.name, tag, recover())
}

func (t *T) PRec() {
	fmt.Println("ptr", t.name, recover())
}

type Recoverer interface{ Rec(tag string) }

type Outer struct{ T }

func helper(tag string) { fmt.Println("helper", tag, recover()) }

func indirect() { helper("indirect") }

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "not recovered:", r)
		}
	}()
	f()
}

func main() {
	run("args", func() { defer helper("args"); panic(1) })
	run("method", func() { t := T{"m"}; defer t.Rec("call"); panic(2) })
	run("pointer", func() { t := &T{"p"}; defer t.PRec(); panic(3) })
	run("value", func() { f := T{"v"}.Rec; defer f("value"); panic(4) })
	run("iface", func() { var r Recoverer = T{"i"}; defer r.Rec("iface"); panic(5) })
	run("promoted", func() { o := Outer{T{"o"}}; defer o.Rec("promoted"); panic(6) })
	run("nested", func() { defer func() { indirect() }(); panic(7) })
	run("lit", func() { defer func() { helper("lit") }(); panic(8) })
	fmt.Println("done")
}

// Output:
// helper args 1
// m call 2
// ptr p 3
// v value 4
// i iface 5
// o promoted 6
// helper indirect <nil>
// nested not recovered: 7
// helper lit <nil>
// lit not recovered: 8
// done
