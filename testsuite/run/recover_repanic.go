// run
// Exit: 2
// Panic: first failure [recovered, repanicked]

// A deferred function recovers, logs, cleans up and panics again with
// the same value; outer defers still run; the program dies with the
// re-panicked value.
package main

import "fmt"

func cleanup(step string) {
	fmt.Println("cleanup", step)
}

func work() {
	defer cleanup("work")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("work recovered:", r)
			panic(r)
		}
	}()
	fmt.Println("working")
	panic("first failure")
}

func middle() {
	defer func() {
		fmt.Println("middle deferred, recover not called")
	}()
	work()
	fmt.Println("unreachable middle")
}

func main() {
	defer fmt.Println("main deferred")
	middle()
	fmt.Println("unreachable main")
}

// Output:
// working
// work recovered: first failure
// cleanup work
// middle deferred, recover not called
// main deferred
