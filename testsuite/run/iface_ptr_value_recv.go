// run

// Method sets: a value-receiver method is in the method set of both T
// and *T, a pointer-receiver method only of *T. Interfaces holding a
// value get a copy; interfaces holding a pointer see later changes.
package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type Valuer interface{ Value() int }

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()       { c.n++ }
func (c *PtrCounter) Value() int { return c.n }

type ValCounter struct{ n int }

func (c ValCounter) Inc()       { c.n++ } // modifies a copy
func (c ValCounter) Value() int { return c.n }

func bump(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Value()
}

func main() {
	p := &PtrCounter{}
	fmt.Println(bump(p, 3), p.n)

	v := ValCounter{10}
	fmt.Println(bump(v, 3), v.n)
	fmt.Println(bump(&v, 3), v.n)

	// a value stored in an interface is copied
	var vi Valuer = v
	v.n = 99
	fmt.Println(vi.Value(), v.Value())

	// a pointer stored in an interface aliases
	var pi Valuer = &v
	v.n = 123
	fmt.Println(pi.Value())

	pc := PtrCounter{5}
	var ci Counter = &pc
	ci.Inc()
	pc.Inc() // addressable value: (&pc).Inc()
	fmt.Println(ci.Value(), pc.Value())

	counters := []Counter{&PtrCounter{}, ValCounter{}, &ValCounter{1}, &pc}
	for i, c := range counters {
		c.Inc()
		c.Inc()
		fmt.Println(i, c.Value())
	}
	fmt.Println(pc.n)

	// struct fields of interface type
	type holder struct {
		c Counter
	}
	h := holder{&PtrCounter{}}
	h2 := h // copies the interface, shares the pointer
	h2.c.Inc()
	fmt.Println(h.c.Value(), h2.c.Value())
}

// Output:
// 3 3
// 10 10
// 10 10
// 10 99
// 123
// 7 7
// 0 2
// 1 0
// 2 1
// 3 9
// 9
// 1 1
