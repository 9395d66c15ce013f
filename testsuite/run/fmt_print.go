// run

// fmt.Print adds a space between operands only when neither is a string;
// fmt.Println always separates with spaces and ends with a newline.
package main

import "fmt"

type pt struct{ x, y int }

func main() {
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Println(1, 2, 3)
	fmt.Println("a", "b", 1, "c")
	fmt.Println()
	fmt.Println("")
	fmt.Println(int8(-5), uint16(7), int64(-1), uint64(1<<63), uintptr(9))
	fmt.Println('x', byte('x'), "x", 2.0, float32(2.5), -0.5)
	fmt.Println(pt{1, 2}, &pt{3, 4}, [2]pt{{5, 6}}, [3]bool{true})
	fmt.Println([2]string{"a b", ""}, [0]int{}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Print(pt{1, 2}, pt{3, 4}, "\n")
	fmt.Print([2]int{1, 2}, 3, "\n")
	fmt.Println(len(fmt.Sprintln("counted")), len(fmt.Sprint()), len(fmt.Sprintln()))
	s := fmt.Sprint("x", 1, 2, "y", 3)
	t := fmt.Sprintln("x", 1, 2, "y")
	fmt.Print(s, "|", t)
	fmt.Println(len(s), len(t))
}

// Output:
// 1 2 3
// ab1 2c3.5 true false
// 1x2
// 1 2 3
// a b 1 c
//
//
// -5 7 -1 9223372036854775808 9
// 120 120 x 2 2.5 -0.5
// {1 2} &{3 4} [{5 6} {0 0}] [true false false]
// [a b ] [] [[1 2] [3 4]]
// {1 2} {3 4}
// [1 2] 3
// 8 0 1
// x1 2y3|x 1 2 y
// 6 8
