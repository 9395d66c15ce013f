// errorcheck -0 -m -l

// Slice to array conversions copy ([N]T(s)); slice to array pointer
// conversions alias ((*[N]T)(s)) and leak the slice like re-slicing.

package escape

func toArray(s []int) [4]int { // ERROR "s does not escape$"
	return [4]int(s)
}

func toArrayPtr(s []int) *[4]int { // ERROR "leaking param: s to result ~r0 level=0$"
	return (*[4]int)(s)
}

func toArrayPtrLocal(s []int) int { // ERROR "s does not escape$"
	p := (*[4]int)(s)
	return p[0]
}

func localSliceToArrayPtr() *[2]int {
	s := make([]int, 2) // ERROR "make\(\[\]int, 2\) escapes to heap$"
	return (*[2]int)(s)
}

func arrayPtrToSlice() []int {
	a := new([3]int) // ERROR "new\(\[3\]int\) escapes to heap$"
	return a[:]
}
