// run

// Every for form: three-clause, condition only, infinite with break,
// range over an integer, over arrays (index, value, both, neither), over a
// pointer to an array and over a string; continue and nested loops.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("three-clause:", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("condition:", n)

	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("infinite:", k)

	for i := range 5 {
		fmt.Print(i, ",")
	}
	fmt.Println()
	var count int8 = 3
	for i := range count {
		fmt.Printf("%T %v;", i, i)
	}
	fmt.Println()
	total := 0
	for range 4 {
		total += 10
	}
	fmt.Println("range 4:", total)
	for i := range 0 {
		fmt.Println("never", i)
	}

	arr := [...]string{"x", "y", "z"}
	for i := range arr {
		fmt.Print(i)
	}
	for _, v := range arr {
		fmt.Print(v)
	}
	for i, v := range arr {
		fmt.Print(i, v)
	}
	cnt := 0
	for range arr {
		cnt++
	}
	fmt.Println(" count", cnt)

	pa := &arr
	for i, v := range pa {
		pa[i] = v + v
	}
	fmt.Println(arr)

	// continue skips the rest of the body; the post statement still runs.
	odd := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("odd sum:", odd)

	// Multiple loop variables.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(" ", i, "-", j)
	}
	fmt.Println()

	// Nested loops: multiplication table.
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}

	// Per-iteration loop variables (Go 1.22): taking the address in each
	// iteration gives distinct variables.
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		ptrs[i] = &i
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	// Loop with decrement and a condition on a float.
	for f := 1.0; f > 0.1; f /= 2 {
		fmt.Print(" ", f)
	}
	fmt.Println()
	var j uint8
	for j = 250; j >= 250; j++ {
		fmt.Print(j, " ")
	}
	fmt.Println(j)
}

// Output:
// three-clause: 45
// condition: 2187
// infinite: 15
// 0,1,2,3,4,
// int8 0;int8 1;int8 2;
// range 4: 40
// 012xyz0x1y2z count 3
// [xx yy zz]
// odd sum: 100
//  0-10 1-8 2-6 3-4
//   1  2  3  4
//   2  4  6  8
//   3  6  9 12
//   4  8 12 16
// 0 1 2
//  1 0.5 0.25 0.125
// 250 251 252 253 254 255 0
