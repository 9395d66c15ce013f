// run

// Deferred closures can read and modify named results after the return
// statement has assigned them: doubling results, turning panics into
// errors, counting, and a transaction-like rollback.
package main

import (
	"errors"
	"fmt"
)

func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func tripleDefer() (s string) {
	defer func() { s += "3" }()
	defer func() { s += "2" }()
	defer func() { s += "1" }()
	s = "start:"
	return s + "ret:"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

type Tx struct {
	log       []string
	committed bool
}

func (t *Tx) Do(step string, fail bool) (err error) {
	t.log = append(t.log, "begin "+step)
	defer func() {
		if err != nil {
			t.log = append(t.log, "rollback "+step)
		} else {
			t.log = append(t.log, "commit "+step)
			t.committed = true
		}
	}()
	if fail {
		return errors.New(step + " failed")
	}
	return nil
}

func counted() (n int, err error) {
	defer func() {
		if err == nil {
			n += 100
		}
	}()
	for i := 0; i < 5; i++ {
		n += i
	}
	return n, nil
}

func main() {
	fmt.Println(double(4), double(-1))
	fmt.Println(tripleDefer())
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)

	tx := &Tx{}
	fmt.Println(tx.Do("a", false), tx.Do("b", true))
	fmt.Println(tx.log, tx.committed)
	fmt.Println(counted())
}

// Output:
// 10 0
// start:ret:123
// 3 <nil>
// -1 recovered: runtime error: integer divide by zero
// <nil> b failed
// [begin a commit a begin b rollback b] true
// 110 <nil>
