// run

// select with default: non-blocking receive and send, polling a result
// channel while doing other work, a try-lock built from a buffered
// channel of size one.
package main

import "fmt"

type TryLock struct{ ch chan struct{} }

func NewTryLock() *TryLock { return &TryLock{make(chan struct{}, 1)} }

func (l *TryLock) TryLock() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

func (l *TryLock) Unlock() { <-l.ch }

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(tryRecv(c))
	c <- 7
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))

	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channels never ready")
	}

	l := NewTryLock()
	fmt.Println(l.TryLock(), l.TryLock())
	l.Unlock()
	fmt.Println(l.TryLock())

	// poll for a result while counting "work"; the result is sent by a
	// goroutine that waits for our go-ahead, so the count is fixed
	result := make(chan string)
	goAhead := make(chan bool)
	go func() {
		<-goAhead
		result <- "computed"
	}()
	work := 0
	for {
		select {
		case r := <-result:
			fmt.Println(r, "after", work, "units of work")
			return
		default:
			work++
			if work == 5 {
				goAhead <- true
				fmt.Println(<-result, "received directly at", work)
				return
			}
		}
	}
}

// Output:
// 0 false
// 7 true
// 0 false
// nil channels never ready
// true false
// true
// computed received directly at 5
