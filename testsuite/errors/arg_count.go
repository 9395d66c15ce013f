// errorcheck

// Calls must pass exactly as many arguments as the function has
// parameters.
package main

func add(a, b int) int { return a + b }

func greet(name string) {}

type Acc struct{ n int }

func (a *Acc) Add(v int) { a.n += v }

func main() {
	_ = add(1)       // ERROR "not enough arguments in call to add"
	_ = add(1, 2, 3) // ERROR "too many arguments in call to add"
	greet()          // ERROR "not enough arguments in call to greet"
	var acc Acc
	acc.Add(1, 2) // ERROR "too many arguments in call to acc.Add"
	acc.Add()     // ERROR "not enough arguments in call to acc.Add"
	_ = add(1, 2)
}
