// errorcheck

// The same name cannot be declared twice in one block.
package main

var total int

var total string // ERROR "total redeclared in this block"

type T struct{}

func T() {} // ERROR "T redeclared in this block"

func helper() {}

func helper() {} // ERROR "helper redeclared in this block"

func area(w, h int) int {
	var w int // ERROR "w redeclared in this block"
	return w * h
}

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	{
		x := "inner scope: fine"
		_ = x
	}
	_ = x
}
