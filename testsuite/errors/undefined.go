// errorcheck

// References to names that are not declared anywhere.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	x := 1
	fmt.Println(x + y) // ERROR "undefined: y"
	z = 3              // ERROR "undefined: z"
	compute(x)         // ERROR "undefined: compute"
	var p Pointt       // ERROR "undefined: Pointt"
	fmt.Println(p)
	q := Point{1, 2}
	fmt.Println(q.Z)        // ERROR "q.Z undefined \(type Point has no field or method Z\)"
	fmt.Printline("hello") // ERROR "undefined: fmt.Printline"
}
