// errorcheck -0 -m -l

// Builtins that read their operands (len, cap, min, max, clear, print,
// println, delete, close) do not make anything escape.

package escape

func lengths(s []int, m map[int]*int) int { // ERROR "s does not escape$" "m does not escape$"
	return len(s) + cap(s) + len(m)
}

func minmax(a, b int) int {
	return min(a, b) + max(a, b, 3)
}

func clearAll(s []*int, m map[int]*int) { // ERROR "s does not escape$" "m does not escape$"
	clear(s)
	clear(m)
}

func printPtr() {
	x := 1
	println(&x)
	print(x, "\n")
}

func printIface(v any) { // ERROR "v does not escape$"
	println(v)
}

func printBox(n int) {
	println(any(n)) // ERROR "any\(n\) does not escape$"
}

func newAndLen() int {
	p := new([8]int) // ERROR "new\(\[8\]int\) does not escape$"
	return len(p)
}
