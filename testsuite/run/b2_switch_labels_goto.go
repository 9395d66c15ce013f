// run

// Type switches with nil, multi-type and interface cases, labelled
// continue/break, fallthrough, goto loops, switch with init, range over int.
package main

import "fmt"

type Token struct {
	Kind string
	Val  any
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		if x == "" {
			return "empty string"
		}
		return "string " + x
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type named string

func (n named) String() string { return "<" + string(n) + ">" }

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		fallthrough
	case score >= 65:
		return "C"
	}
	return "F"
}

func countdown(n int) []int {
	var out []int
	i := n
loop:
	if i > 0 {
		out = append(out, i)
		i--
		goto loop
	}
	return out
}

func weekday(d int) (name string) {
	switch d % 7 {
	case 0:
		name = "Sun"
	case 6:
		name = "Sat"
	default:
		name = "weekday"
		if d%7 == 5 {
			name = "Fri"
			break
		}
		name += fmt.Sprint(d % 7)
	}
	return
}

func main() {
	vals := []any{nil, 3, int64(4), "", "hi", []int{1, 2}, fmt.Errorf("bad"), named("n"), func() int { return 9 }, 2.5, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	grid := [][]int{{1, 2, 3}, {-1, 50, 60}, {7, 8, 9}, {200, 5}, {5}}
	for _, t := range []int{8, 50, 5, 3} {
		i, j, ok := findPair(grid, t)
		fmt.Println(t, i, j, ok)
	}
	for _, s := range []int{95, 85, 72, 66, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(countdown(5), len(countdown(0)))
	for d := 0; d < 8; d++ {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	n := 0
	for i := range 10 {
		switch {
		case i%2 == 0:
			continue
		case i == 7:
			break
		default:
			n += i
		}
	}
	fmt.Println(n)
	x := 3
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 6:
		fmt.Println("six")
		fallthrough
	case 7:
		fmt.Println("seven-ish")
	default:
		fmt.Println("default")
	}
	var k int
	for k = 0; k < 100; k += 7 {
		if k*k > 500 {
			break
		}
	}
	fmt.Println(k)
}
