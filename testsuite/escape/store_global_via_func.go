// errorcheck -0 -m -l

// A pointer to a local passed to a function that stores it globally: the
// callee's "leaking param" tag makes the caller's variable move.

package escape

type Registry struct {
	items []*int
}

var reg Registry
var last *int

func register(p *int) { // ERROR "leaking param: p$"
	reg.items = append(reg.items, p) // ERROR "append escapes to heap$"
}

func remember(p *int) { // ERROR "leaking param: p$"
	last = p
}

func rememberContent(pp **int) { // ERROR "leaking param content: pp$"
	last = *pp
}

func callRegister() {
	x := 1 // ERROR "moved to heap: x$"
	register(&x)
}

func callRemember() {
	y := 1 // ERROR "moved to heap: y$"
	remember(&y)
}

// Only the pointee of the argument leaks: z moves, q does not.
func callRememberContent() {
	z := 1 // ERROR "moved to heap: z$"
	q := &z
	rememberContent(&q)
}

// Through a method that stores its argument in a field of the receiver
// that is itself global.
func (r *Registry) Add(p *int) { // ERROR "leaking param content: r$" "leaking param: p$"
	r.items = append(r.items, p) // ERROR "append escapes to heap$"
}

func callAdd() {
	w := 1 // ERROR "moved to heap: w$"
	reg.Add(&w)
}
