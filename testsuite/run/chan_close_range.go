// run

// close and range over channels: a generator goroutine closes its
// channel, range stops; a channel of channels; closing signals
// many receivers (broadcast); receive from a closed channel returns the
// zero value immediately.
package main

import "fmt"

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func primes(limit int) <-chan int {
	out := make(chan int)
	go func() {
		for n := 2; n <= limit; n++ {
			isP := true
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					isP = false
					break
				}
			}
			if isP {
				out <- n
			}
		}
		close(out)
	}()
	return out
}

func main() {
	for w := range gen("alpha", "beta", "gamma") {
		fmt.Print(w, " ")
	}
	fmt.Println()

	var ps []int
	for p := range primes(60) {
		ps = append(ps, p)
	}
	fmt.Println(ps, len(ps))

	// broadcast by closing: each waiter reports back on its own channel
	start := make(chan struct{})
	replies := make([]chan int, 5)
	for i := range replies {
		replies[i] = make(chan int)
		go func() {
			<-start
			replies[i] <- i * i
		}()
	}
	close(start)
	for _, r := range replies {
		fmt.Print(<-r, " ")
	}
	fmt.Println()

	// channel of channels: each request carries its reply channel
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 3
		}
	}()
	total := 0
	for i := 1; i <= 4; i++ {
		rc := make(chan int)
		reqs <- request{i, rc}
		total += <-rc
	}
	close(reqs)
	fmt.Println(total)

	c := make(chan string, 1)
	c <- "last"
	close(c)
	a, ok1 := <-c
	b, ok2 := <-c
	fmt.Printf("%q %v %q %v\n", a, ok1, b, ok2)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("closed channel never blocks")
}
