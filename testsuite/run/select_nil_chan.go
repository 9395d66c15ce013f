// run

// nil channels in select are never ready: used to switch cases on and
// off. A merge loop of two sorted streams turns off each input when it
// closes; a send case is enabled only when there is something to send.
package main

import "fmt"

func stream(xs ...int) chan int {
	c := make(chan int)
	go func() {
		for _, x := range xs {
			c <- x
		}
		close(c)
	}()
	return c
}

// mergeSorted reads one value at a time from each input, always
// emitting the smaller pending value.
func mergeSorted(a, b chan int) []int {
	var out []int
	var pa, pb int
	haveA, haveB := false, false
	for a != nil || b != nil || haveA || haveB {
		// only receive on inputs with no pending value
		ra, rb := a, b
		if haveA {
			ra = nil
		}
		if haveB {
			rb = nil
		}
		if ra != nil || rb != nil {
			select {
			case v, ok := <-ra:
				if !ok {
					a = nil
				} else {
					pa, haveA = v, true
				}
			case v, ok := <-rb:
				if !ok {
					b = nil
				} else {
					pb, haveB = v, true
				}
			}
			continue
		}
		if haveA && (!haveB || pa <= pb) {
			out = append(out, pa)
			haveA = false
		} else {
			out = append(out, pb)
			haveB = false
		}
	}
	return out
}

func main() {
	fmt.Println(mergeSorted(stream(1, 4, 9, 12), stream(2, 3, 10, 11, 20, 30)))
	fmt.Println(mergeSorted(stream(), stream(5, 6)))

	// send case enabled only while the queue is non-empty
	queue := []string{"a", "b", "c"}
	out := make(chan string, 10)
	stop := make(chan bool, 1)
	sent := 0
	for sent < 5 {
		var sendCh chan string
		var next string
		if len(queue) > 0 {
			sendCh = out
			next = queue[0]
		} else {
			stop <- true
		}
		select {
		case sendCh <- next:
			queue = queue[1:]
			sent++
		case <-stop:
			queue = append(queue, fmt.Sprint("refill", sent))
			sent++
		}
	}
	close(out)
	for s := range out {
		fmt.Print(s, " ")
	}
	fmt.Println(len(queue))
}

// Output:
// [1 2 3 4 9 10 11 12 20 30]
// [5 6]
// a b c refill3 0
