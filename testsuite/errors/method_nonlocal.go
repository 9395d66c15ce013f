// errorcheck

// Methods can only be declared on named types defined in the same
// package, and not on pointer or interface-less basic types from elsewhere.
package main

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

func (s string) Len() int { return len(s) } // ERROR "cannot define new methods on non-local type string"

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 } // fine

type Ptr *int

func (p Ptr) Get() int { return *p } // ERROR "invalid receiver type Ptr \(pointer or interface type\)"

func main() {
	var m MyInt = 2
	_ = m.Double()
}
