// errorcheck -0 -m -l

// Package-level initializers: static data needs no allocation and gets no
// diagnostic; initializers that run code (in the package's init function)
// are analysed like any function, everything they store being global.

package escape

type T struct{ n int }

var a = &T{1}
var b = new(int) // ERROR "new\(int\) escapes to heap$"
var c = []int{1, 2, 3}
var d = map[string]int{"x": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"

func size() int { return 4 }

var e = make([]int, size()) // ERROR "make\(\[\]int, size\(\)\) escapes to heap$"
var f = &T{size()}

var g = func() int { return 1 }

var h any = 5
var i any = size()
