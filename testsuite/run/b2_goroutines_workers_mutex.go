// run

// Worker goroutines with directional channels, generator/filter pipeline,
// a channel used as a mutex, select over several channels with a labelled break.
package main

import "fmt"

type result struct {
	id, sum int
}

func worker(id int, jobs <-chan []int, out chan<- result, done chan<- struct{}) {
	for job := range jobs {
		s := 0
		for _, v := range job {
			s += v
		}
		out <- result{id, s}
	}
	done <- struct{}{}
}

func generator(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

type Mutex chan struct{}

func (m Mutex) Lock()   { m <- struct{}{} }
func (m Mutex) Unlock() { <-m }

func main() {
	jobs := make(chan []int, 10)
	out := make(chan result, 10)
	done := make(chan struct{})
	const nw = 3
	for i := 0; i < nw; i++ {
		go worker(i, jobs, out, done)
	}
	for i := 1; i <= 6; i++ {
		job := make([]int, i)
		for j := range job {
			job[j] = j * i
		}
		jobs <- job
	}
	close(jobs)
	for i := 0; i < nw; i++ {
		<-done
	}
	close(out)
	total, count := 0, 0
	for r := range out {
		total += r.sum
		count++
	}
	fmt.Println("total", total, "count", count)

	sum := 0
	for v := range filter(generator(20), func(x int) bool { return x%3 == 0 }) {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)

	mu := make(Mutex, 1)
	counter := 0
	fin := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 100; k++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			fin <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-fin
	}
	fmt.Println("counter", counter)

	a, b := make(chan string), make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- fmt.Sprint("a", i)
			b <- fmt.Sprint("b", i)
		}
		close(quit)
	}()
	var got []string
loop:
	for {
		select {
		case s := <-a:
			got = append(got, s)
		case s := <-b:
			got = append(got, s)
		case <-quit:
			break loop
		}
	}
	fmt.Println(got, len(got))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("default taken")
	}
	bc := make(chan int, 3)
	bc <- 1
	bc <- 2
	fmt.Println(len(bc), cap(bc))
	close(bc)
	v, ok := <-bc
	fmt.Println(v, ok)
	<-bc
	v, ok = <-bc
	fmt.Println(v, ok)
}

// Output:
// total 175 count 6
// 0 3 6 9 12 15 18 sum 63
// counter 800
// [a0 b0 a1 b1 a2 b2] 6
// default taken
// 2 3
// 1 true
// 0 false
