// Command sizeclass prints gc's rounded allocation sizes, observed through cap() after growing
// an empty slice by n bytes (pointer-free) or n/8 pointers, and through []byte(s) conversions.
// The numbers are the expectations in src/sizeclass.rs and src/strings.rs.
//go:build ignore

package main

import (
	"fmt"
	"strings"
	"unsafe"
)

var sink []byte

func main() {
	for _, n := range []int{1, 5, 9, 33, 1000, 1025, 32761, 32768, 32769, 100000} {
		b := append([]byte(nil), make([]byte, n)...)
		fmt.Printf("bytes %d -> %d\n", n, cap(b))
	}
	p := append([]*int(nil), make([]*int, 125)...)
	fmt.Printf("pointers 1000 -> %d\n", cap(p)*8)
	sink = []byte(strings.Repeat("x", 5))
	fmt.Printf("[]byte(\"hello\") escaping cap %d\n", cap(sink))
	r := []rune(strings.Repeat("é", 3))
	fmt.Printf("[]rune 3 runes cap %d (%d bytes)\n", cap(r), unsafe.Sizeof(r[0])*uintptr(cap(r)))
}
