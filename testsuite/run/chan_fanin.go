// run

// Fan-in: several producer goroutines send tagged values into one
// channel; a counter of finished producers closes it. The consumer
// aggregates per producer so the output does not depend on the
// interleaving.
package main

import "fmt"

type Msg struct {
	From  string
	Seq   int
	Value int
}

func produce(name string, n, mult int, out chan<- Msg, done chan<- string) {
	for i := 1; i <= n; i++ {
		out <- Msg{name, i, i * mult}
	}
	done <- name
}

func fanIn(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	remaining := make(chan bool)
	for _, in := range inputs {
		go func() {
			for v := range in {
				out <- v
			}
			remaining <- true
		}()
	}
	go func() {
		for range inputs {
			<-remaining
		}
		close(out)
	}()
	return out
}

func count(from, to int) <-chan int {
	c := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	msgs := make(chan Msg)
	done := make(chan string)
	names := []string{"alpha", "beta", "gamma"}
	for i, n := range names {
		go produce(n, 3+i, (i+1)*10, msgs, done)
	}
	go func() {
		for range names {
			<-done
		}
		close(msgs)
	}()

	sums := map[string]int{}
	lastSeq := map[string]int{}
	inOrder := true
	for m := range msgs {
		sums[m.From] += m.Value
		if m.Seq != lastSeq[m.From]+1 {
			inOrder = false
		}
		lastSeq[m.From] = m.Seq
	}
	for _, n := range names {
		fmt.Println(n, sums[n], lastSeq[n])
	}
	fmt.Println("per-producer order kept:", inOrder)
	fmt.Println(sums)

	total, n := 0, 0
	for v := range fanIn(count(1, 10), count(100, 105), count(-3, -1)) {
		total += v
		n++
	}
	fmt.Println(total, n)
}

// Output:
// alpha 60 3
// beta 200 4
// gamma 450 5
// per-producer order kept: true
// map[alpha:60 beta:200 gamma:450]
// 664 19
