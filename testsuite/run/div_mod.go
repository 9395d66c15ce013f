// run

// Integer division truncates toward zero; the remainder has the sign of the
// dividend. Includes the most-negative / -1 edge case.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	pairs := [...][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {100, 10}, {-1, 3}}
	for _, p := range pairs {
		q, r := divmod(p[0], p[1])
		fmt.Printf("%d / %d = %d, %d %% %d = %d, check %t\n", p[0], p[1], q, p[0], p[1], r, q*p[1]+r == p[0])
	}

	var a8, b8 int8 = -128, -1
	fmt.Println("int8 -128/-1 =", a8/b8, "rem", a8%b8)
	var a16, b16 int16 = -32768, -1
	fmt.Println("int16 -32768/-1 =", a16/b16, "rem", a16%b16)
	var a32, b32 int32 = -2147483648, -1
	fmt.Println("int32 min/-1 =", a32/b32, "rem", a32%b32)
	var a64, b64 int64 = -9223372036854775808, -1
	fmt.Println("int64 min/-1 =", a64/b64, "rem", a64%b64)

	// Constant divisors (the compiler may strength-reduce these).
	for _, v := range [...]int32{-9, -8, -7, -1, 0, 1, 7, 8, 9, 1000001, -1000001} {
		fmt.Println(v, v/2, v%2, v/8, v%8, v/7, v%7, v/-3, v%-3)
	}
	for _, v := range [...]uint32{0, 1, 7, 8, 9, 4294967295} {
		fmt.Println(v, v/2, v%2, v/8, v%8, v/7, v%7)
	}
	var op int64 = -17
	op /= 4
	fmt.Println(op)
	op %= 2
	fmt.Println(op)
}

// Output:
// 7 / 2 = 3, 7 % 2 = 1, check true
// -7 / 2 = -3, -7 % 2 = -1, check true
// 7 / -2 = -3, 7 % -2 = 1, check true
// -7 / -2 = 3, -7 % -2 = -1, check true
// 0 / 5 = 0, 0 % 5 = 0, check true
// 5 / 7 = 0, 5 % 7 = 5, check true
// -5 / 7 = 0, -5 % 7 = -5, check true
// 100 / 10 = 10, 100 % 10 = 0, check true
// -1 / 3 = 0, -1 % 3 = -1, check true
// int8 -128/-1 = -128 rem 0
// int16 -32768/-1 = -32768 rem 0
// int32 min/-1 = -2147483648 rem 0
// int64 min/-1 = -9223372036854775808 rem 0
// -9 -4 -1 -1 -1 -1 -2 3 0
// -8 -4 0 -1 0 -1 -1 2 -2
// -7 -3 -1 0 -7 -1 0 2 -1
// -1 0 -1 0 -1 0 -1 0 -1
// 0 0 0 0 0 0 0 0 0
// 1 0 1 0 1 0 1 0 1
// 7 3 1 0 7 1 0 -2 1
// 8 4 0 1 0 1 1 -2 2
// 9 4 1 1 1 1 2 -3 0
// 1000001 500000 1 125000 1 142857 2 -333333 2
// -1000001 -500000 -1 -125000 -1 -142857 -2 333333 -2
// 0 0 0 0 0 0 0
// 1 0 1 0 1 0 1
// 7 3 1 0 7 1 0
// 8 4 0 1 0 1 1
// 9 4 1 1 1 1 2
// 4294967295 2147483647 1 536870911 7 613566756 3
// -4
// 0
