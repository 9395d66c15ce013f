// run

// select patterns: producers with a done channel, fan-in merge, non-blocking
// sends and receives, nil channels, a pipeline of stage goroutines.
package main

import "fmt"

type msg struct {
	from int
	text string
}

func producer(id, n int, out chan<- msg, done <-chan struct{}) {
	for i := 0; i < n; i++ {
		select {
		case out <- msg{id, fmt.Sprintf("p%d-%d", id, i)}:
		case <-done:
			return
		}
	}
}

func merge(chs ...<-chan int) <-chan int {
	out := make(chan int)
	remaining := len(chs)
	fin := make(chan bool)
	for _, c := range chs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			fin <- true
		}(c)
	}
	go func() {
		for remaining > 0 {
			<-fin
			remaining--
		}
		close(out)
	}()
	return out
}

func counterSrc(start, n int) <-chan int {
	c := make(chan int, n)
	for i := 0; i < n; i++ {
		c <- start + i
	}
	close(c)
	return c
}

func main() {
	out := make(chan msg)
	done := make(chan struct{})
	for id := 0; id < 3; id++ {
		go producer(id, 4, out, done)
	}
	counts := map[int]int{}
	for i := 0; i < 12; i++ {
		m := <-out
		counts[m.from]++
	}
	close(done)
	fmt.Println(counts)

	sum := 0
	cnt := 0
	for v := range merge(counterSrc(0, 10), counterSrc(100, 5), counterSrc(1000, 1)) {
		sum += v
		cnt++
	}
	fmt.Println(sum, cnt)

	buf := make(chan int, 2)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent", sent, len(buf))
	var recvd []int
	for {
		select {
		case v, ok := <-buf:
			if !ok {
				fmt.Println("closed")
			}
			recvd = append(recvd, v)
			continue
		default:
		}
		break
	}
	fmt.Println(recvd)

	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channels block")
	}

	results := make([]int, 5)
	sem := make(chan int)
	for i := range results {
		go func() {
			results[i] = i * i
			sem <- i
		}()
	}
	got := 0
	for range results {
		got += <-sem
	}
	fmt.Println(results, got)

	stages := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 3 },
		func(x int) int { return x - 2 },
	}
	in := make(chan int)
	var cur <-chan int = in
	for _, f := range stages {
		next := make(chan int)
		go func(src <-chan int, dst chan<- int, f func(int) int) {
			for v := range src {
				dst <- f(v)
			}
			close(dst)
		}(cur, next, f)
		cur = next
	}
	go func() {
		for i := 0; i < 4; i++ {
			in <- i
		}
		close(in)
	}()
	for v := range cur {
		fmt.Print(v, " ")
	}
	fmt.Println()
	unbuf := make(chan string)
	go func() { unbuf <- "hello"; close(unbuf) }()
	a, ok1 := <-unbuf
	b, ok2 := <-unbuf
	fmt.Printf("%q %v %q %v\n", a, ok1, b, ok2)
}
