// asm

// Calls to small functions are inlined (gc's budget of 80 nodes): the
// caller's listing has no call instruction left.

package main

func square(x int) int { return x * x }

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

//go:noinline
func sumSquares(n int) int {
	// amd64:-"call" arm64:-"\\bbl\\b"
	t := 0
	for i := 0; i < n; i++ {
		t += clamp(square(i), 0, 100)
	}
	return t
}

func main() {
	println(sumSquares(12))
}
