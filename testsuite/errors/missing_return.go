// errorcheck

// Functions with results must end in a terminating statement.
package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func loop(x int) int {
	for x > 0 {
		return x
	}
} // ERROR "missing return"

func sw(x int) string {
	switch x {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
} // ERROR "missing return"

func brk() int {
	for {
		break
	}
} // ERROR "missing return"

// These are fine: every path ends in a terminating statement.
func ok1(x int) int {
	if x > 0 {
		return 1
	} else {
		return 0
	}
}

func ok2() int {
	for {
	}
}

func ok3(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func main() {
	_, _, _, _ = sign(1), loop(1), sw(1), brk()
	_, _, _ = ok1(1), ok2(), ok3(1)
}
