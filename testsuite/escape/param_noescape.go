// errorcheck -0 -m -l

// Parameters that are only read, compared, measured or passed to other
// non-escaping parameters do not escape.

package escape

type T struct {
	a int
	p *int
}

func read(p *int) int { // ERROR "p does not escape$"
	return *p
}

func compare(p, q *int) bool { // ERROR "p does not escape$" "q does not escape$"
	return p == q
}

func isNil(p *T) bool { // ERROR "p does not escape$"
	return p == nil
}

func lengths(s []int, m map[int]int, str string, c chan int) int { // ERROR "s does not escape$" "m does not escape$" "str does not escape$" "c does not escape$"
	return len(s) + len(m) + len(str) + cap(c)
}

func sum(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func passAlong(s []int, p *int) int { // ERROR "s does not escape$" "p does not escape$"
	return sum(s) + read(p)
}

func writeField(t *T) { // ERROR "t does not escape$"
	t.a = 1
	t.p = nil
}

func lookup(m map[string]int, k string) int { // ERROR "m does not escape$" "k does not escape$"
	return m[k]
}

func index(s []*int, i int) int { // ERROR "s does not escape$"
	return *s[i]
}
