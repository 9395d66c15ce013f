// run

// Buffered channels: len and cap, sends that do not block until full,
// a producer/consumer pair with a small buffer, and draining after
// close (values still received, then the zero value with ok=false).
package main

import "fmt"

type Job struct {
	ID   int
	Data string
}

func producer(n int, out chan<- Job) {
	for i := 1; i <= n; i++ {
		out <- Job{i, fmt.Sprintf("item-%02d", i)}
	}
	close(out)
}

func consumer(in <-chan Job, results chan<- string) {
	count, total := 0, 0
	for j := range in {
		count++
		total += j.ID
		if j.ID%4 == 0 {
			results <- j.Data
		}
	}
	results <- fmt.Sprint("consumed ", count, " total ", total)
	close(results)
}

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))

	jobs := make(chan Job, 2)
	results := make(chan string, 1)
	go producer(10, jobs)
	go consumer(jobs, results)
	for r := range results {
		fmt.Println(r)
	}

	// buffered channel used as a queue within one goroutine
	q := make(chan string, 8)
	for _, w := range []string{"a", "b", "c"} {
		q <- w
	}
	for len(q) > 0 {
		w := <-q
		fmt.Print(w)
		if w == "a" {
			q <- "d"
		}
	}
	fmt.Println()

	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	sc := make(chan struct{}, 2)
	sc <- struct{}{}
	fmt.Println(len(sc))
}

// Output:
// 0 3
// 2 3
// 1 1
// 3
// 2 3 4 0 false 0
// item-04
// item-08
// consumed 10 total 55
// abcd
// 0 0 true
// 1
