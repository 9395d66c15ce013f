// asm

// Inlining makes escape analysis see through calls: once the method is
// inlined, the pointer receiver does not leave the caller, so &Counter{}
// stays in the frame and there is neither a call nor an allocation.

package main

type Counter struct{ n int }

func (c *Counter) Add(k int) { c.n += k }

func (c *Counter) Value() int { return c.n }

//go:noinline
func count(n int) int {
	// amd64:-"call",-"gosub_alloc" arm64:-"\\bbl\\b",-"gosub_alloc"
	c := &Counter{}
	for i := 0; i < n; i++ {
		c.Add(i)
	}
	return c.Value()
}

func main() {
	println(count(10))
}
