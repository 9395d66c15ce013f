// run

// Channels and select: unbuffered ping-pong, worker pools over buffered channels,
// fan-in with select, default and nil-channel cases, close and range, a chain of 1000
// goroutines. Deterministic under any schedule.
package main

import "fmt"

type msg struct {
	id   int
	text string
	data []int
}

func pingPong(n int) int {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	total := 0
	for i := 0; i < n; i++ {
		ping <- i
		total += <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)
	return total
}

func producerConsumer() {
	jobs := make(chan msg, 4)
	results := make(chan string, 4)
	done := make(chan bool)
	for w := 0; w < 3; w++ {
		go func(w int) {
			for j := range jobs {
				sum := 0
				for _, d := range j.data {
					sum += d
				}
				results <- fmt.Sprintf("job %d %s sum=%d", j.id, j.text, sum)
			}
			done <- true
		}(w)
	}
	go func() {
		for i := 0; i < 10; i++ {
			jobs <- msg{i, fmt.Sprint("t", i), []int{i, i * 2, i * 3}}
		}
		close(jobs)
	}()
	go func() {
		for i := 0; i < 3; i++ {
			<-done
		}
		close(results)
	}()
	count := 0
	seen := map[string]bool{}
	for r := range results {
		seen[r] = true
		count++
	}
	fmt.Println("results:", count, len(seen), seen["job 7 t7 sum=42"])
}

func fanIn() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < 5; i++ {
			b <- fmt.Sprint("s", i)
		}
	}()
	go func() {
		for i := 0; i < 10; i++ {
			quit <- struct{}{}
		}
		close(quit)
	}()
	ints, strs, ticks, n := 0, 0, 0, 0
	for n < 10 {
		select {
		case v := <-a:
			ints += v
			n++
		case s := <-b:
			strs += len(s) - 1
			n++
		case _, ok := <-quit:
			if ok {
				ticks++
			}
		}
	}
	fmt.Println("fan-in:", ints, strs, ticks <= 10)
}

func selectDefault() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("empty: default")
	}
	c <- 7
	select {
	case c <- 8:
		fmt.Println("unexpected send")
	default:
		fmt.Println("full: default")
	}
	select {
	case v, ok := <-c:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("unexpected default")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("unexpected nil send")
	case <-nilc:
		fmt.Println("unexpected nil recv")
	default:
		fmt.Println("nil channels never ready")
	}
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed:", v, ok)
	}
	fmt.Println(len(c), cap(c), len(nilc), cap(nilc))
}

func bufferedFIFO() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	go func() {
		c <- "c"
		c <- "d"
		c <- "e"
		close(c)
	}()
	for s := range c {
		fmt.Print(s, " ")
	}
	fmt.Println()
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
}

func chain(n int) int {
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			v := <-in
			out <- v + 1
		}(in, out)
		in = out
	}
	first <- 0
	return <-in
}

func selectSendRecv() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i * 10
		}
	}()
	got := 0
	out := make(chan int, 1)
	for got < 3 {
		select {
		case v := <-c:
			fmt.Println("recv", v)
			got++
		case <-out:
			fmt.Println("unexpected")
		default:
		}
	}
}

type counter struct{ n int }

func main() {
	fmt.Println("ping-pong:", pingPong(1000))
	producerConsumer()
	fanIn()
	selectDefault()
	bufferedFIFO()
	fmt.Println("chain:", chain(1000))
	selectSendRecv()
	c := &counter{}
	done := make(chan *counter)
	go func() {
		c.n += 5
		done <- c
	}()
	fmt.Println("counter:", (<-done).n)
	var fs []func() int
	res := make(chan int, 3)
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		go func(f func() int) { res <- f() }(f)
	}
	fmt.Println(<-res + <-res + <-res)
}

// Output:
// pong closed: true
// ping-pong: 500500
// results: 10 10 true
// fan-in: 10 5 true
// empty: default
// full: default
// got 7 true
// nil channels never ready
// closed: 0 false
// 0 1 0 0
// 2 3
// a b c d e
// "" false
// chain: 1000
// recv 0
// recv 10
// recv 20
// counter: 5
// 5
