// run

// A garbage-heavy program with 8 workers: trees live only on blocked goroutines' stacks and
// in buffered channels while collections run.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val         int
	name        string
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val, name: fmt.Sprint("leaf", val)}
	}
	return &node{left: build(depth-1, val*2), right: build(depth-1, val*2+1), val: val}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	s := n.val + len(n.name)
	return s + n.left.sum() + n.right.sum()
}

type result struct {
	worker int
	tree   *node
	data   []string
}

func worker(id int, jobs <-chan int, out chan<- result) {
	for job := range jobs {
		depth := 6 + job%5
		// Lots of garbage, and a live tree held only by this goroutine's stack while it blocks.
		keep := build(depth, job)
		for i := 0; i < 20; i++ {
			_ = build(depth, i)
		}
		strs := make([]string, 0)
		for i := 0; i < 50; i++ {
			strs = append(strs, fmt.Sprintf("j%d-%d", job, i))
		}
		out <- result{id, keep, strs}
	}
}

func main() {
	jobs := make(chan int, 8)
	out := make(chan result, 8)
	for w := 0; w < 8; w++ {
		go worker(w, jobs, out)
	}
	go func() {
		for i := 0; i < 200; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	total := 0
	held := []result{}
	for i := 0; i < 200; i++ {
		r := <-out
		total += r.tree.sum()
		for _, s := range r.data {
			total += len(s)
		}
		if r.tree.val%20 == 0 {
			held = append(held, r)
			runtime.GC()
		}
	}
	check := 0
	for _, r := range held {
		check += r.tree.sum() + len(r.data)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(total, check, len(held), ms.NumGC > 5, ms.HeapAlloc < 64<<20)
}

// Output:
// 7574479078 4947180 10 true true
