// run

// 100k goroutines alive at once, each sending one value.
package main

import "fmt"

func main() {
	const n = 100000
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { c <- i }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println(sum)
}

// Output:
// 4999950000
