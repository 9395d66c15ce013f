// errorcheck -0 -m

// Inlining changes escape decisions in both directions of visibility:
// after inlining, the callee's allocations belong to the caller and are
// decided there (a constructor's &T{} and make stay on the caller's stack
// when the caller keeps them local, and escape when the caller leaks them);
// the same function compiled standalone reports its own decision once.

package escape

type Buf struct {
	data []byte
	n    int
}

func NewBuf() *Buf { // ERROR "can inline NewBuf$"
	return &Buf{data: make([]byte, 16)} // ERROR "&Buf\{\.\.\.\} escapes to heap$" "make\(\[\]byte, 16\) escapes to heap$"
}

func (b *Buf) Len() int { // ERROR "can inline \(\*Buf\)\.Len$" "b does not escape$"
	return len(b.data) + b.n
}

func localUse() int { // ERROR "can inline localUse$"
	b := NewBuf() // ERROR "inlining call to NewBuf$" "&Buf\{\.\.\.\} does not escape$" "make\(\[\]byte, 16\) does not escape$"
	return b.Len() // ERROR "inlining call to \(\*Buf\)\.Len$"
}

var shared *Buf

func globalUse() { // ERROR "can inline globalUse$"
	shared = NewBuf() // ERROR "inlining call to NewBuf$" "&Buf\{\.\.\.\} escapes to heap$" "make\(\[\]byte, 16\) escapes to heap$"
}

func sliceOf(n int) []int { // ERROR "can inline sliceOf$"
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func sliceLocal() int { // ERROR "can inline sliceLocal$"
	s := sliceOf(4) // ERROR "inlining call to sliceOf$" "make\(\[\]int, 4\) does not escape$"
	return len(s)
}
