// errorcheck -0 -m -l

// The parameter tag kinds: to the heap, to a result with level=0
// (the pointer itself), level=1 (what it points to), content only,
// and no escape.

package escape

var sink *int
var sinkpp **int

type T struct {
	p  *int
	pp **int
}

func toHeap(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func toResultLevel0(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func toResultLevel1(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func toResultLevel1Field(t *T) *int { // ERROR "leaking param: t to result ~r0 level=1$"
	return t.p
}

func toResultLevel2(t *T) *int { // ERROR "leaking param: t to result ~r0 level=2$"
	return *t.pp
}

func contentToHeap(pp **int) { // ERROR "leaking param content: pp$"
	sink = *pp
}

func contentFieldToHeap(t *T) { // ERROR "leaking param content: t$"
	sinkpp = t.pp
}

func noEscape(p *int) int { // ERROR "p does not escape$"
	return *p + 1
}

// Both heap and result: the heap wins, reported once.
func heapAndResult(p *int) *int { // ERROR "leaking param: p$"
	sink = p
	return p
}

// Content to heap and itself to a result.
func contentAndResult(pp **int) **int { // ERROR "leaking param content: pp$" "leaking param: pp to result ~r0 level=0$"
	sink = *pp
	return pp
}

// Value struct param holding a pointer: "leaking param" / to result, too.
func valueStruct(t T) *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return t.p
}

// Non-pointer params never get tags or diagnostics.
func ints(a, b int) int {
	return a + b
}
