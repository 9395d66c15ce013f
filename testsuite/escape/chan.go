// errorcheck -0 -m -l

// Channels: make(chan) is always a heap allocation and gets no diagnostic
// at all; values sent on a channel escape; received values are loads.

package escape

func makeLocal() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func sendPointer(c chan *int) { // ERROR "c does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	c <- &x
}

func sendValue(c chan int) { // ERROR "c does not escape$"
	y := 2
	c <- y
}

func sendNew(c chan *int) { // ERROR "c does not escape$"
	c <- new(int) // ERROR "new\(int\) escapes to heap$"
}

func sendSlice(c chan []int) { // ERROR "c does not escape$"
	c <- make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

func recvOnly(c chan *int) int { // ERROR "c does not escape$"
	p := <-c
	return *p
}

// Sending an interface boxes the value onto the heap.
func sendIface(c chan any, v int) { // ERROR "c does not escape$"
	c <- v // ERROR "v escapes to heap$"
}

func closeIt(c chan int) { // ERROR "c does not escape$"
	close(c)
}

func selectSend(c chan *int, d chan int) int { // ERROR "c does not escape$" "d does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	select {
	case c <- &z:
		return 0
	case v := <-d:
		return v
	}
}
