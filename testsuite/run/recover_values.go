// run

// recover returns the value passed to panic: strings, ints, custom
// structs, error values (custom and errors.New) and fmt.Errorf values;
// the recovered function returns normally to its caller, with zero or
// deferred-set results.
package main

import (
	"errors"
	"fmt"
)

type Fault struct {
	Code int
	Why  string
}

type TempErr struct{ retry int }

func (t *TempErr) Error() string { return fmt.Sprintf("temporary (retry in %d)", t.retry) }

func try(name string, f func()) (res string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			res = name + ": no panic"
		case string:
			res = name + ": string " + v
		case int:
			res = fmt.Sprintf("%s: int %d", name, v)
		case Fault:
			res = fmt.Sprintf("%s: fault %d %s", name, v.Code, v.Why)
		case *TempErr:
			res = fmt.Sprintf("%s: temp error %v retry=%d", name, v, v.retry)
		case error:
			res = name + ": error " + v.Error()
		default:
			res = fmt.Sprintf("%s: other %T %v", name, v, v)
		}
	}()
	f()
	return name + ": finished"
}

func level3(n int) int {
	if n > 2 {
		panic(Fault{n, "too deep"})
	}
	return n
}

func level2(n int) int { return level3(n+1) * 10 }
func level1(n int) int { return level2(n+1) + 1 }

func main() {
	fmt.Println(try("ok", func() {}))
	fmt.Println(try("str", func() { panic("boom") }))
	fmt.Println(try("int", func() { panic(42) }))
	fmt.Println(try("fault", func() { level1(1) }))
	fmt.Println(try("deep-ok", func() { fmt.Println("  level1(0) =", level1(0)) }))
	fmt.Println(try("temp", func() { panic(&TempErr{5}) }))
	fmt.Println(try("errnew", func() { panic(errors.New("plain error")) }))
	fmt.Println(try("errorf", func() { panic(fmt.Errorf("wrapped %d", 7)) }))
	fmt.Println(try("float", func() { panic(2.5) }))
	fmt.Println(try("slice", func() { panic([]int{1, 2}) }))

	// statements after the panic in the same function do not run, but
	// earlier defers do
	var log []string
	fmt.Println(try("order", func() {
		defer func() { log = append(log, "d1") }()
		defer func() { log = append(log, "d2") }()
		log = append(log, "body")
		panic("stop")
	}))
	fmt.Println(log)
}

// Output:
// ok: no panic
// str: string boom
// int: int 42
// fault: fault 3 too deep
//   level1(0) = 21
// deep-ok: no panic
// temp: temp error temporary (retry in 5) retry=5
// errnew: error plain error
// errorf: error wrapped 7
// float: other float64 2.5
// slice: other []int [1 2]
// order: string stop
// [body d2 d1]
