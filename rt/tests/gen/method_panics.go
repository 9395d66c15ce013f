// Command method_panics prints how fmt reports String/Error methods that panic; the output is
// the expectation in src/fmt/mod.rs (guard_tests).
//go:build ignore

package main

import (
	"fmt"
	"strconv"
)

type Temp int

func (t Temp) String() string { return "Temp(" + strconv.Itoa(int(t)) + ")" }

type Deref struct{ N int }

func (p *Deref) String() string { return "Deref(" + strconv.Itoa(p.N) + ")" }

type Bad int

func (Bad) String() string { s := []int{1, 2, 3}; i := 5; return fmt.Sprint(s[i]) }

type Boom int

func (Boom) Error() string { panic(Temp(4)) }

func main() {
	fmt.Printf("%v|%v|%v|%s|%10v|%d\n", (*Deref)(nil), &Deref{7}, Bad(0), Boom(0), (*Deref)(nil), 1)
}
