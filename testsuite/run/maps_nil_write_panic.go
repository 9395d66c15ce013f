// run
// Exit: 2
// Panic: assignment to entry in nil map

// Reading a nil map is fine, writing to it panics.
package main

import "fmt"

type Registry struct {
	names map[string]int
}

func (r *Registry) Lookup(n string) (int, bool) {
	v, ok := r.names[n]
	return v, ok
}

func (r *Registry) Register(n string, id int) {
	r.names[n] = id
}

func main() {
	var r Registry
	v, ok := r.Lookup("x")
	fmt.Println(v, ok, len(r.names))
	for k := range r.names {
		fmt.Println("never", k)
	}
	r.Register("x", 1)
	fmt.Println("unreachable")
}

// Output:
// 0 false 0
