// run
// Exit: 2
// Panic: runtime error: index out of range [5] with length 3

// Indexing an array with an out-of-range variable index panics with the
// index and the length in the message.
package main

import "fmt"

type Ring struct {
	buf [3]int
}

func (r *Ring) Set(i, v int) {
	r.buf[i] = v
}

func main() {
	var r Ring
	for i := 0; i < 6; i += 1 {
		if i == 5 {
			fmt.Println("setting", i)
		}
		if i < 3 || i == 5 {
			r.Set(i, i*i)
		}
	}
	fmt.Println(r.buf)
}

// Output:
// setting 5
