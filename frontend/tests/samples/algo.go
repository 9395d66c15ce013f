// Package algo exercises statements: loops, labels, switches, select, goroutines and defers.
package algo

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() (v int, ok bool) {
	if n := len(*s); n > 0 {
		v, *s = (*s)[n-1], (*s)[:n-1]
		return v, true
	}
	return 0, false
}

func Sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func Loops(n int) int {
	count := 0
	for i := 0; i < n; i++ {
		count++
	}
	for count > 0 {
		count--
	}
	for {
		break
	}
	for range n {
		count += 2
	}
	for i := range 10 {
		count -= i
	}
	var k, v int
	for k, v = range []int{4, 5, 6} {
		count += k * v
	}
	for i, j := 0, n; i < j; i, j = i+1, j-1 {
		count ^= i &^ j
	}
	return count
}

func Labels(grid [][]int) (found bool) {
outer:
	for i, row := range grid {
		for j := range row {
			switch {
			case grid[i][j] < 0:
				continue outer
			case grid[i][j] == 0:
				found = true
				break outer
			}
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	{
		i := "shadow"
		_ = i
	}
	;
	return
}

func Grade(score int) (g string) {
	switch s := score / 10; s {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	default:
		g = "F"
	}
	if score < 0 {
		g = "?"
	} else if score > 100 {
		g = "!"
	} else if x := score % 2; x == 0 {
		g += "even"
	} else {
		g += "odd"
	}
	return g
}

func Pipeline(in <-chan int, out chan<- int, quit chan struct{}) {
	defer close(out)
	done := make(chan bool, 1)
	go func(c chan<- bool) {
		c <- true
	}(done)
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			out <- v * 2
		case x := <-done:
			_ = x
		case out <- 0:
		case <-quit:
			return
		default:
		}
	}
}

func Bits(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	y := x<<3 | x>>2&0xff ^ ^x
	y <<= 1
	y >>= 2
	y |= 1
	y &^= 4
	y %= 7
	y /= 3
	n += int(y) + -n + +n
	return n
}

func Logic(a, b, c bool) bool {
	return a && b || !c && (a || b) == c != false
}

func Compare(x, y float64) int {
	if x < y || x <= y-1 {
		return -1
	} else if x > y && x >= y+1 {
		return 1
	}
	return 0
}

func Runner(tasks []func() error) (errs []error) {
	results := make(chan error, len(tasks))
	for _, t := range tasks {
		go func() { results <- t() }()
	}
	for range tasks {
		if err := <-results; err != nil {
			errs = append(errs, err)
		}
	}
	defer fmt.Println("ran", len(tasks), "tasks")
	return errs
}
