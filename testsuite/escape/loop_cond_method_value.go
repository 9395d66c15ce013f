// errorcheck -0 -m -l

// A for loop's condition and post statement run once per iteration, like
// its body: what they allocate stays on the stack when it does not outlive
// the iteration. A method value of a value method reached through a
// pointer copies the receiver first, so the closure captures a plain
// value and does not escape when it is only called.

package escape

type A struct{ n int }

func (a A) Get() int { return a.n }

func uses(p []int) int { return len(p) } // ERROR "p does not escape$"

func useT(t *A) int { return t.n } // ERROR "t does not escape$"

func cond(n int) {
	for i := 0; uses([]int{i}) < n; i++ { // ERROR "\[\]int\{\.\.\.\} does not escape$"
	}
	for i := 0; useT(&A{i}) < n; i++ { // ERROR "&A\{\.\.\.\} does not escape$"
	}
}

func post(n int) int {
	total := 0
	for i := 0; i < n; total += uses(make([]int, i)) { // ERROR "make\(\[\]int, i\) does not escape$"
		i++
	}
	return total
}

func methodValues(p *A, q **A) int { // ERROR "p does not escape$" "q does not escape$"
	f := p.Get // ERROR "p.Get does not escape$"
	g := (*q).Get // ERROR "\(\*q\).Get does not escape$"
	return f() + g()
}
