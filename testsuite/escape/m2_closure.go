// errorcheck -0 -m=2 -l

// -m=2 reports the capture mode of every closure variable.

package escape

func counter() func() int {
	n := 0 // ERROR "counter capturing by ref: n \(addr=false assign=true width=8\)$" "n escapes to heap in counter:$" "  flow: \{storage for func literal\} ← &n:$" "    from n \(captured by a closure\) at \./m2_closure\.go:10:3$" "    from n \(reference\) at \./m2_closure\.go:10:3$" "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap in counter:$" "  flow: ~r0 ← &\{storage for func literal\}:$" "    from func literal \(spill\) at \./m2_closure\.go:9:9$" "    from return func literal \(return\) at \./m2_closure\.go:9:2$" "func literal escapes to heap$"
		n++
		return n
	}
}

func reader() func() int {
	k := 1 // ERROR "reader capturing by value: k \(addr=false assign=false width=8\)$"
	return func() int { return k } // ERROR "func literal escapes to heap in reader:$" "  flow: ~r0 ← &\{storage for func literal\}:$" "    from func literal \(spill\) at \./m2_closure\.go:17:9$" "    from return func literal \(return\) at \./m2_closure\.go:17:2$" "func literal escapes to heap$"
}
