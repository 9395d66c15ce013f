// run

// Assignments: :=, multiple assignment with swaps and rotations evaluated
// before assigning, every op-assign operator, ++ and --, blank identifier.
package main

import "fmt"

func three() (int, string, bool) { return 3, "three", true }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	fmt.Println(x, y, z)

	// Index expressions on the left use the old values.
	arr := [4]int{10, 20, 30, 40}
	i := 0
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	arr[1], arr[2] = arr[2], arr[1]
	fmt.Println(arr)

	n, s, ok := three()
	_, s2, _ := three()
	fmt.Println(n, s, ok, s2)

	// Redeclaration with at least one new variable on the left.
	n, m := 30, 40
	fmt.Println(n, m)

	v := 100
	v += 5
	fmt.Print(v, " ")
	v -= 10
	fmt.Print(v, " ")
	v *= 3
	fmt.Print(v, " ")
	v /= 4
	fmt.Print(v, " ")
	v %= 50
	fmt.Print(v, " ")
	v <<= 3
	fmt.Print(v, " ")
	v >>= 1
	fmt.Print(v, " ")
	v &= 0x3c
	fmt.Print(v, " ")
	v |= 0x101
	fmt.Print(v, " ")
	v ^= 0xff
	fmt.Print(v, " ")
	v &^= 0x1f0
	fmt.Println(v)

	c := 0
	c++
	c++
	c--
	fmt.Println(c)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	f := 1.5
	f++
	f *= 2
	fmt.Println(f)
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)

	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	p.X += 10
	fmt.Println(p)
	var grid [2][2]int
	grid[0][1]++
	grid[1][0] += 5
	grid[1][0] *= 2
	fmt.Println(grid)
}

// Output:
// 2 1
// 2 3 1
// 2 [99 20 30 40]
// [99 30 20 40]
// 3 three true three
// 30 40
// 105 95 285 71 21 168 84 20 277 490 10
// 1
// 255
// 5
// abab
// {12 1}
// [[0 1] [10 0]]
