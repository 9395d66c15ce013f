// run

// select with several ready channels picks one at random; the program
// makes the output deterministic by counting what was received (totals
// do not depend on the choice). Also select on send and receive cases
// and a loop until all channels are drained and closed (set to nil).
package main

import "fmt"

func main() {
	a := make(chan int, 10)
	b := make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- 1
		b <- 100
	}
	sum, fromA, fromB := 0, 0, 0
	for i := 0; i < 20; i++ {
		select {
		case v := <-a:
			sum += v
			fromA++
		case v := <-b:
			sum += v
			fromB++
		}
	}
	fmt.Println(sum, fromA, fromB)

	// drain two closed channels, disabling each with nil when exhausted
	x := make(chan string, 3)
	y := make(chan string, 3)
	x <- "x1"
	x <- "x2"
	y <- "y1"
	close(x)
	close(y)
	var got []string
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			got = append(got, v)
		}
	}
	// sort for determinism
	for i := range got {
		for j := i + 1; j < len(got); j++ {
			if got[j] < got[i] {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	fmt.Println(got)

	// select with a send case: send succeeds when buffer has room
	out := make(chan int, 2)
	in := make(chan int)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case out <- i:
			sent++
		case v := <-in:
			fmt.Println("unexpected", v)
		default:
			fmt.Println("full at", i)
		}
	}
	fmt.Println(sent, <-out, <-out)

	// a select with a single case behaves like the plain operation
	one := make(chan string, 1)
	one <- "only"
	select {
	case s := <-one:
		fmt.Println(s)
	}
}

// Output:
// 1010 10 10
// [x1 x2 y1]
// full at 2
// full at 3
// full at 4
// 2 0 1
// only
