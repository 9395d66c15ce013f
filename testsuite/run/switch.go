// run

// Expression and tagless switches: multiple values per case, fallthrough,
// default in the middle, init statements, break inside a switch, and cases
// evaluated top to bottom and left to right.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	default:
		if c >= '0' && c <= '9' {
			return "digit"
		}
		return "other"
	case 'y':
		return "sometimes"
	}
}

func size(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n < 100:
		return "medium"
	}
	return "large"
}

var log string

func val(s string, v int) int {
	log += s
	return v
}

func main() {
	s := "ay 7?"
	for i := 0; i < len(s); i++ {
		c := s[i]
		fmt.Print(" ", kind(c))
	}
	fmt.Println()
	for _, n := range [...]int{-1, 0, 5, 50, 500} {
		fmt.Print(" ", size(n))
	}
	fmt.Println()

	// fallthrough continues into the next case body unconditionally.
	for n := 0; n < 5; n++ {
		fmt.Print(n, ":")
		switch n {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" le-one")
		case 2:
			fmt.Print(" two")
			fallthrough
		default:
			fmt.Print(" default")
			fallthrough
		case 4:
			fmt.Print(" four-or-after")
		}
		fmt.Println()
	}

	// Cases are evaluated in order until one matches.
	switch val("x", 2) {
	case val("a", 1), val("b", 2), val("c", 3):
		fmt.Println("matched b")
	case val("d", 2):
		fmt.Println("not reached")
	}
	fmt.Println(log)

	// Init statement and break.
	switch x := 5 * 5; {
	case x > 20:
		if x == 25 {
			fmt.Println("twenty-five")
			break
		}
		fmt.Println("not printed")
	default:
		fmt.Println("small")
	}

	// No matching case and no default: nothing happens.
	switch 3 {
	case 1, 2:
		fmt.Println("no")
	}

	// Switch on strings.
	for _, cmd := range [...]string{"start", "stop", "pause", ""} {
		switch cmd {
		case "start":
			fmt.Println("starting")
		case "stop", "pause":
			fmt.Println("halting:", cmd)
		default:
			fmt.Printf("unknown %q\n", cmd)
		}
	}
}

// Output:
//  vowel sometimes space digit other
//  negative zero small medium large
// 0: zero le-one
// 1: le-one
// 2: two default four-or-after
// 3: default four-or-after
// 4: four-or-after
// matched b
// xab
// twenty-five
// starting
// halting: stop
// halting: pause
// unknown ""
