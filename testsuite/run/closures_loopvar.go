// run

// Go 1.22 loop variable semantics: each iteration of a for-clause and
// range loop has its own variable, so closures and pointers captured in
// the loop see distinct values; a variable declared outside the loop is
// shared.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// modifying the per-iteration copy inside the body affects the next
	// iteration's start value (copied at the end of the iteration)
	var seen []int
	var gets []func() int
	for i := 0; i < 10; i++ {
		gets = append(gets, func() int { return i })
		i += 2
		seen = append(seen, i)
	}
	fmt.Println(seen)
	for _, g := range gets {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	names := []string{"ann", "bob", "cy"}
	var greet []func() string
	for idx, n := range names {
		greet = append(greet, func() string { return fmt.Sprint(idx, "-", n) })
	}
	for _, g := range greet {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// shared variable declared outside
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range over int (Go 1.22) with closures
	var sq []func() int
	for k := range 4 {
		sq = append(sq, func() int { return k * k })
	}
	for _, f := range sq {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// closures incrementing their own copy
	var incs []func() int
	for i := range 3 {
		incs = append(incs, func() int { i++; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2](), incs[0]())
}
