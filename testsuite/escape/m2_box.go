// errorcheck -0 -m=2 -l

// -m=2 for an interface conversion whose box escapes.

package escape

var sink any

func box(n int) {
	sink = n // ERROR "n escapes to heap in box:$" "  flow: \{heap\} ← &\{storage for n\}:$" "    from n \(spill\) at \./m2_box\.go:10:9$" "    from sink = n \(assign\) at \./m2_box\.go:10:7$" "n escapes to heap$"
}
