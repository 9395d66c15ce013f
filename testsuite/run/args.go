// run
// Args: alpha beta 42 -7

// Program arguments through os.Args: count them and sum the numeric ones.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	start := 0
	if neg {
		start = 1
		if len(s) == 1 {
			return 0, false
		}
	}
	n := 0
	for i := start; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func main() {
	fmt.Println("args:", len(os.Args)-1)
	sum := 0
	for i := 1; i < len(os.Args); i++ {
		a := os.Args[i]
		if n, ok := atoi(a); ok {
			sum += n
			fmt.Printf("%d: number %d\n", i, n)
		} else {
			fmt.Printf("%d: word %q (%d bytes)\n", i, a, len(a))
		}
	}
	fmt.Println("sum:", sum)
}

// Output:
// args: 4
// 1: word "alpha" (5 bytes)
// 2: word "beta" (4 bytes)
// 3: number 42
// 4: number -7
// sum: 35
