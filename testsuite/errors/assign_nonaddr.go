// errorcheck

// Only addressable values (and map index expressions) can be assigned to
// or have their address taken.
package main

type P struct{ X int }

func get() P   { return P{} }
func num() int { return 1 }

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	get().X = 5 // ERROR "cannot assign to get\(\).X \(neither addressable nor a map index expression\)"
	num() = 2   // ERROR "cannot assign to num\(\) \(neither addressable nor a map index expression\)"
	_ = &num()  // ERROR "invalid operation: cannot take address of num\(\) \(value of type int\)"
	_ = &5      // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	x := 1
	x + 1 = 3 // ERROR "cannot assign to x \+ 1 \(neither addressable nor a map index expression\)"
	_ = s
}
