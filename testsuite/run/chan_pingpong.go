// run

// Unbuffered channels synchronise two goroutines: a ping-pong rally
// with a ball pointer passed back and forth over two channels; the
// player that sees the limit closes its output, which ends the other's
// range loop; a done channel waits for both.
package main

import "fmt"

type Ball struct {
	hits int
	last string
}

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, limit int) {
	for ball := range in {
		if ball.hits >= limit {
			done <- name
			close(out)
			return
		}
		ball.hits++
		ball.last = name
		fmt.Println(name, ball.hits)
		out <- ball
	}
	done <- name + " (closed)"
}

func main() {
	toPing := make(chan *Ball)
	toPong := make(chan *Ball)
	done := make(chan string)
	ball := &Ball{}
	go player("ping", toPing, toPong, done, 6)
	go player("pong", toPong, toPing, done, 6)
	toPing <- ball
	first := <-done
	second := <-done
	fmt.Println("final hits", ball.hits, "last", ball.last)
	fmt.Println(first, "/", second)

	// request/response over a pair of unbuffered channels
	req := make(chan int)
	resp := make(chan int)
	go func() {
		for n := range req {
			resp <- n * n
		}
		close(resp)
	}()
	sum := 0
	for i := 1; i <= 5; i++ {
		req <- i
		sum += <-resp
	}
	close(req)
	_, ok := <-resp
	fmt.Println(sum, ok)
}

// Output:
// ping 1
// pong 2
// ping 3
// pong 4
// ping 5
// pong 6
// final hits 6 last pong
// ping / pong (closed)
// 55 false
