// run
// Panic: runtime error: index out of range [2] with length 2

// A catalogue of recovered runtime errors (bounds, slices, division, nil
// map/pointer/func, assertions, channels, makeslice, shifts, hashing) and a final
// uncaught out-of-range index.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Named interface{ Name() string }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Box struct{ inner *Sq }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%-10s error: %v\n", name, err)
		} else {
			fmt.Printf("%-10s value: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	idx := 5
	neg := -1
	zero := 0
	s := []int{1, 2, 3}
	str := "héllo"
	try("index", func() { _ = s[idx] })
	try("negindex", func() { _ = s[neg+0*idx:][neg] })
	try("slice3", func() { _ = s[1:2:idx] })
	try("slicelo", func() { _ = s[idx:] })
	try("slicehi", func() { _ = s[:idx] })
	try("slicerev", func() { lo := 2; _ = s[lo:1+zero] })
	try("strindex", func() { _ = str[idx+10] })
	try("strslice", func() { _ = str[3:idx+10] })
	try("divzero", func() { _ = 10 / zero })
	try("modzero", func() { _ = 10 % zero })
	try("nilmap", func() {
		var m map[string]int
		m["a"]++
	})
	try("nilptr", func() {
		var b Box
		fmt.Println(b.inner.s)
	})
	try("nilfunc", func() {
		var f func()
		f()
	})
	try("assert", func() {
		var x any = 3.5
		_ = x.(int)
	})
	try("assertif", func() {
		var x any = Sq{2}
		_ = x.(Named)
	})
	try("assertnil", func() {
		var sh Shape
		_ = sh.(Sq)
	})
	try("closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("closenil", func() {
		var c chan int
		close(c)
	})
	try("makeneg", func() { _ = make([]int, neg) })
	try("makelen", func() { _ = make([]int, 5+neg*idx) })
	try("shift", func() { _ = 1 << neg })
	try("uncomp", func() {
		a, b := any([]int{}), any([]int{})
		_ = a == b
	})
	try("unhash", func() {
		m := map[any]int{}
		m[[]int{}] = 1
	})
	try("custom", func() { panic(errors.New("my error")) })
	try("string", func() { panic("just a string") })
	try("int", func() { panic(42) })
	try("sprintf", func() { panic(fmt.Sprintf("formatted %d", 7)) })
	try("array", func() {
		var a [3]int
		a[idx%4] = 1
		a[idx-2] = 2
	})
	fmt.Println("done")
	var arr2 [2][2]int
	for i := range 3 {
		arr2[1][i] = 5
	}
	fmt.Println(arr2)
}

// Output:
// index      error: runtime error: index out of range [5] with length 3
// negindex   error: runtime error: slice bounds out of range [-1:]
// slice3     error: runtime error: slice bounds out of range [::5] with capacity 3
// slicelo    error: runtime error: slice bounds out of range [5:3]
// slicehi    error: runtime error: slice bounds out of range [:5] with capacity 3
// slicerev   error: runtime error: slice bounds out of range [2:1]
// strindex   error: runtime error: index out of range [15] with length 6
// strslice   error: runtime error: slice bounds out of range [:15] with length 6
// divzero    error: runtime error: integer divide by zero
// modzero    error: runtime error: integer divide by zero
// nilmap     error: assignment to entry in nil map
// nilptr     error: runtime error: invalid memory address or nil pointer dereference
// nilfunc    error: runtime error: invalid memory address or nil pointer dereference
// assert     error: interface conversion: interface {} is float64, not int
// assertif   error: interface conversion: main.Sq is not main.Named: missing method Name
// assertnil  error: interface conversion: main.Shape is nil, not main.Sq
// closed     error: send on closed channel
// closenil   error: close of nil channel
// makeneg    error: runtime error: makeslice: len out of range
// makelen    value: <nil>
// shift      error: runtime error: negative shift amount
// uncomp     error: runtime error: comparing uncomparable type []int
// unhash     error: runtime error: hash of unhashable type []int
// custom     error: my error
// string     value: just a string
// int        value: 42
// sprintf    value: formatted 7
// array      error: runtime error: index out of range [3] with length 3
// done
