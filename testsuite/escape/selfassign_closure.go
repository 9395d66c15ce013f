// errorcheck -0 -m -l

// gc's self-assignment rule applies inside closures too, to captured
// slices and pointers: storing into an object what it already holds does
// not make the captured variable leak.

package escape

type buf struct {
	b []byte
	p *int
}

func outer(a []int) { // ERROR "a does not escape$"
	f := func(i, j int) { // ERROR "func literal does not escape$"
		a[i] = a[j] // ERROR "outer.func1 ignoring self-assignment in a\[i\] = a\[j\]$"
	}
	f(1, 2)
}

func reslice(b *buf) { // ERROR "b does not escape$"
	f := func(n int) { // ERROR "func literal does not escape$"
		b.b = b.b[n:] // ERROR "reslice.func1 ignoring self-assignment in b.b = b.b\[n:\]$"
	}
	f(1)
}
