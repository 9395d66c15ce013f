// errorcheck -0 -m -l

// select: sends in select cases escape their values like plain sends;
// received values are loads from the channel (heap).

package escape

func sendOrDefault(c chan *int) bool { // ERROR "c does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	select {
	case c <- &x:
		return true
	default:
		return false
	}
}

func recvOrDefault(c chan *int) *int { // ERROR "c does not escape$"
	select {
	case p := <-c:
		return p
	default:
		return nil
	}
}

func recvInto(c chan []byte, d chan bool) []byte { // ERROR "c does not escape$" "d does not escape$"
	var buf []byte
	select {
	case buf = <-c:
	case <-d:
		buf = make([]byte, 8) // ERROR "make\(\[\]byte, 8\) escapes to heap$"
	}
	return buf
}
