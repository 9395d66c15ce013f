// run

// Topological scheduling with priorities over a map of tasks, results
// from worker goroutines reassembled in order, a semaphore channel.
package main

import "fmt"

type Task struct {
	ID       int
	Priority int
	Deps     []int
}

type Event struct {
	Task   int
	Worker int
	Result string
}

func topo(tasks map[int]*Task) ([]int, error) {
	indeg := map[int]int{}
	children := map[int][]int{}
	ids := []int{}
	for id, t := range tasks {
		ids = append(ids, id)
		indeg[id] += 0
		for _, d := range t.Deps {
			indeg[id]++
			children[d] = append(children[d], id)
		}
	}
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	var queue, order []int
	for _, id := range ids {
		if indeg[id] == 0 {
			queue = append(queue, id)
		}
	}
	for len(queue) > 0 {
		best := 0
		for i, id := range queue {
			if tasks[id].Priority > tasks[queue[best]].Priority || (tasks[id].Priority == tasks[queue[best]].Priority && id < queue[best]) {
				best = i
			}
		}
		id := queue[best]
		queue = append(queue[:best], queue[best+1:]...)
		order = append(order, id)
		for _, c := range children[id] {
			indeg[c]--
			if indeg[c] == 0 {
				queue = append(queue, c)
			}
		}
	}
	if len(order) != len(tasks) {
		return order, fmt.Errorf("cycle detected: %d of %d scheduled", len(order), len(tasks))
	}
	return order, nil
}

func runStage(ids []int, workers int) []Event {
	in := make(chan int)
	out := make(chan Event, len(ids))
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			n := 0
			for id := range in {
				out <- Event{id, w, fmt.Sprintf("task%d^2=%d", id, id*id)}
				n++
			}
			done <- n
		}(w)
	}
	for _, id := range ids {
		in <- id
	}
	close(in)
	total := 0
	for w := 0; w < workers; w++ {
		total += <-done
	}
	close(out)
	res := make([]Event, len(ids))
	pos := map[int]int{}
	for i, id := range ids {
		pos[id] = i
	}
	for ev := range out {
		res[pos[ev.Task]] = ev
	}
	if total != len(ids) {
		panic("lost tasks")
	}
	return res
}

func main() {
	tasks := map[int]*Task{
		1: {1, 5, nil},
		2: {2, 1, []int{1}},
		3: {3, 9, []int{1}},
		4: {4, 3, []int{2, 3}},
		5: {5, 7, nil},
		6: {6, 0, []int{4, 5}},
	}
	order, err := topo(tasks)
	fmt.Println(order, err)
	evs := runStage(order, 3)
	for _, e := range evs {
		fmt.Println(e.Task, e.Result)
	}
	tasks[1].Deps = []int{6}
	order, err = topo(tasks)
	fmt.Println(order, err)
	results := make(chan string)
	sem := make(chan struct{}, 2)
	for i := 0; i < 5; i++ {
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			results <- fmt.Sprint("job", i)
		}()
	}
	got := map[string]bool{}
	for i := 0; i < 5; i++ {
		got[<-results] = true
	}
	fmt.Println(len(got), got["job0"], got["job4"], got)
}

// Output:
// [5 1 3 2 4 6] <nil>
// 5 task5^2=25
// 1 task1^2=1
// 3 task3^2=9
// 2 task2^2=4
// 4 task4^2=16
// 6 task6^2=36
// [5] cycle detected: 1 of 6 scheduled
// 5 true true map[job0:true job1:true job2:true job3:true job4:true]
