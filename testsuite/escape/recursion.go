// errorcheck -0 -m -l

// Recursive functions are analysed as one strongly connected component:
// recursive calls use the flows of the same batch, not finished tags.

package escape

var sink *int

type List struct {
	next *List
	val  int
}

func length(l *List) int { // ERROR "l does not escape$"
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func last(l *List) *List { // ERROR "leaking param: l to result ~r0 level=0$"
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func leakDeep(p *int, n int) { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return
	}
	leakDeep(p, n-1)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func buildList(n int) *List {
	if n == 0 {
		return nil
	}
	return &List{next: buildList(n - 1), val: n} // ERROR "&List\{\.\.\.\} escapes to heap$"
}

func sumLocal(n int) int {
	x := n
	return sumPtr(&x, n)
}

func sumPtr(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p
	}
	return sumPtr(p, n-1)
}
