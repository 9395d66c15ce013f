// run

// A pipeline of stages connected by channels: generate -> square ->
// filter -> accumulate, each a goroutine closing its output; then a
// prime sieve built from a chain of filter goroutines.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func mapStage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filterStage(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func sieveFilter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%prime != 0 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	sq := mapStage(generate(20), func(x int) int { return x * x })
	odd := filterStage(sq, func(x int) bool { return x%2 == 1 })
	var vals []int
	sum := 0
	for v := range odd {
		vals = append(vals, v)
		sum += v
	}
	fmt.Println(vals)
	fmt.Println(sum)

	// prime sieve
	nums := make(chan int)
	go func() {
		for i := 2; i <= 100; i++ {
			nums <- i
		}
		close(nums)
	}()
	var ch <-chan int = nums
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = sieveFilter(ch, p)
	}
	fmt.Println(primes, len(primes))

	// stages composed in a loop
	var stage <-chan int = generate(5)
	for k := 1; k <= 3; k++ {
		stage = mapStage(stage, func(x int) int { return x*10 + k })
	}
	for v := range stage {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
