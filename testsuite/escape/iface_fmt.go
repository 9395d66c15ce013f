// errorcheck -0 -m -l

// fmt's functions take ...any and are not analysable as non-leaking: the
// implicit slice ("... argument") does not escape, but every boxed
// argument escapes, and pointers passed in leak.

package escape

import "fmt"

type T struct{ a, b int }

func printInt(x int) {
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func printMany(x int, s string, t T) { // ERROR "leaking param: s$"
	fmt.Println(x, s, t) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$" "t escapes to heap$"
}

func printPointer() {
	t := T{1, 2} // ERROR "moved to heap: t$"
	fmt.Println(&t) // ERROR "\.\.\. argument does not escape$"
}

func printConst() {
	fmt.Println("const", 1) // ERROR "\.\.\. argument does not escape$" ".const. escapes to heap$" "1 escapes to heap$"
}

func printf(x int) {
	fmt.Printf("%d\n", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func printfNoArgs() {
	fmt.Printf("plain\n")
}

func printlnNoArgs() {
	fmt.Println()
}

func errorf(name string) error { // ERROR "leaking param: name$"
	return fmt.Errorf("bad %s", name) // ERROR "\.\.\. argument does not escape$" "name escapes to heap$"
}
