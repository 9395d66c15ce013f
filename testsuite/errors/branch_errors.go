// errorcheck

// break, continue, goto and labels used where they are not allowed.
package main

func main() {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	for i := 0; i < 3; i++ {
		break missing // ERROR "break label not defined: missing"
	}
unused: // ERROR "label unused defined and not used"
	for {
		goto nowhere // ERROR "label nowhere not defined"
	}
}

func jumpOver() {
	goto skip // ERROR "goto skip jumps over declaration of x at ./branch_errors.go:24:4"
	x := 1
skip:
	_ = x
}

func intoBlock() {
	goto inside // ERROR "goto inside jumps into block starting at ./branch_errors.go:31:2"
	{
	inside:
	}
}

func labelNotLoop() {
L:
	if true {
		for {
			continue L // ERROR "invalid continue label L"
		}
	}
}
