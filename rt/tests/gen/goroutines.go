// The Go program tests/c/goroutines.c stands for (its expected output is gc's, with the
// runtime's placeholder tracebacks and goroutine numbers).
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	sum := 0
	for i := 1; i <= 100; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	v, ok := <-pong
	fmt.Println(sum, v, ok)
	var nilc chan int
	go func() { nilc <- 1 }()
	c := make(chan int)
	<-c
}

// Output (stderr after the first line):
// 10100 0 false
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// ...
//
// goroutine 3 [chan send (nil chan)]:   (gc: goroutine 19, main.main.func2())
// ...
