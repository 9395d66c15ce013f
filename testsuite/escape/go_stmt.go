// errorcheck -0 -m -l

// go statements: the goroutine outlives the frame, so arguments and
// captured variables escape. The generated wrapper closure gets no
// diagnostic.

package escape

func work(p *int) { // ERROR "p does not escape$"
	*p++
}

func worker(c chan int, v int) { // ERROR "c does not escape$"
	c <- v
}

func goPointer() {
	x := 1 // ERROR "moved to heap: x$"
	go work(&x)
}

func goValues(c chan int) { // ERROR "leaking param: c$"
	go worker(c, 5)
}

func goClosure() {
	y := 0 // ERROR "moved to heap: y$"
	go func() { // ERROR "func literal escapes to heap$"
		y++
	}()
}

func goClosureArg() {
	z := 1 // ERROR "moved to heap: z$"
	go func(p *int) { // ERROR "p does not escape$" "func literal escapes to heap$"
		*p = 2
	}(&z)
}

// new(int) written directly as an argument is evaluated inside the
// generated wrapper (it has no side effects to order), so it is allocated by
// the goroutine and, work not leaking it, does not escape.
func goNew() {
	go work(new(int)) // ERROR "new\(int\) does not escape$"
}

// Through a variable, the pointer is a captured value of the wrapper.
func goNewVar() {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	go work(p)
}

func goAddrOfField() {
	var s struct{ a, b int } // ERROR "moved to heap: s$"
	go work(&s.b)
}

func total(xs []int) int { // ERROR "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

type Box struct{ v int }

func takeBox(b *Box) { // ERROR "b does not escape$"
	b.v++
}

// Slice, array and struct literal arguments are also built inside the
// wrapper (their non-constant elements are captured instead): the literal
// does not escape. &Box{} is not in that list: it is evaluated at the go
// statement and escapes with the wrapper.
func goSliceLit(n int) {
	go total([]int{1, n, 3}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}

func goPtrLit() {
	go takeBox(&Box{1}) // ERROR "&Box\{\.\.\.\} escapes to heap$"
}
