// run

// A worker pool: N workers read jobs from a channel and send results
// carrying the job index; main collects them into a slice by index, so
// the output is deterministic whatever the scheduling. A done channel
// counts finished workers.
package main

import "fmt"

type Result struct {
	Index  int
	Input  int
	Output int
	Worker int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan [2]int, results chan<- Result, done chan<- int) {
	handled := 0
	for j := range jobs {
		results <- Result{Index: j[0], Input: j[1], Output: collatzSteps(j[1]), Worker: id}
		handled++
	}
	done <- handled
}

func main() {
	inputs := []int{27, 97, 871, 6171, 77031, 1, 2, 3, 7, 9, 12, 18, 25, 54, 73, 100}
	jobs := make(chan [2]int)
	results := make(chan Result, len(inputs))
	done := make(chan int)
	const workers = 4
	for w := 1; w <= workers; w++ {
		go worker(w, jobs, results, done)
	}
	go func() {
		for i, n := range inputs {
			jobs <- [2]int{i, n}
		}
		close(jobs)
	}()
	handled := 0
	for w := 0; w < workers; w++ {
		handled += <-done
	}
	close(results)

	ordered := make([]Result, len(inputs))
	usedWorkers := map[int]bool{}
	for r := range results {
		ordered[r.Index] = r
		usedWorkers[r.Worker] = true
	}
	for _, r := range ordered {
		fmt.Printf("%6d -> %3d\n", r.Input, r.Output)
	}
	fmt.Println("handled", handled, "workers used >= 1:", len(usedWorkers) >= 1)

	best := ordered[0]
	for _, r := range ordered[1:] {
		if r.Output > best.Output {
			best = r
		}
	}
	fmt.Println("longest:", best.Input, best.Output)
}

// Output:
//     27 -> 111
//     97 -> 118
//    871 -> 178
//   6171 -> 261
//  77031 -> 350
//      1 ->   0
//      2 ->   1
//      3 ->   7
//      7 ->  16
//      9 ->  19
//     12 ->   9
//     18 ->  20
//     25 ->  23
//     54 -> 112
//     73 -> 115
//    100 ->  25
// handled 16 workers used >= 1: true
// longest: 77031 350
