// run

// go and defer of builtin and library calls: the arguments are evaluated at
// the statement, the call happens later; a deferred recover() itself
// recovers nothing.
package main

import "fmt"

func closer(ch chan int) {
	defer close(ch)
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func printer(x int, s []string) {
	defer fmt.Println("deferred x =", x, "s =", s)
	defer fmt.Printf("%d items\n", len(s))
	defer println("println goes to stderr", x)
	x = 100
	s[0] = "changed"
}

func deleter(m map[string]int) {
	defer delete(m, "gone")
	fmt.Println(len(m))
}

func copier(dst, src []int) {
	defer copy(dst, src)
	src[0] = 42
}

func panicker() (err error) {
	defer func() {
		err = fmt.Errorf("recovered: %v", recover())
	}()
	defer panic(fmt.Sprint("deferred ", "!!!"))
	return nil
}

func noRecover() {
	defer func() { fmt.Println("outer got", recover()) }()
	defer recover()
	panic("still panicking")
}

func main() {
	ch := make(chan int)
	go closer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	printer(1, []string{"a", "b"})
	m := map[string]int{"gone": 1, "kept": 2}
	deleter(m)
	fmt.Println(m)
	dst := make([]int, 2)
	copier(dst, []int{1, 2})
	fmt.Println(dst)
	fmt.Println(panicker())
	noRecover()
	done := make(chan bool)
	go func() {
		defer close(done)
		fmt.Println("in goroutine")
	}()
	<-done
}

// Output:
// got 0
// got 1
// got 2
// 2 items
// deferred x = 1 s = [changed b]
// 2
// map[kept:2]
// [42 2]
// recovered: deferred !!!
// outer got still panicking
// in goroutine
