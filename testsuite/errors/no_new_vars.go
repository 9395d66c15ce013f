// errorcheck

// := must declare at least one new variable on its left side.
package main

func pair() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, c := pair()
	b, c := pair() // ERROR "no new variables on left side of :="
	b, d := pair() // fine: d is new
	for i := 0; i < 1; i++ {
		i := i // fine: new scope
		_ = i
	}
	_, _, _, _ = a, b, c, d
}
