// run

// A bank server goroutine owning its state, driven by request channels
// carrying reply channels, with concurrent clients and a ping-pong pipeline.
package main

import (
	"errors"
	"fmt"
)

type request struct {
	kind   string
	from   int
	to     int
	amount int
	reply  chan error
}

type snapshot struct {
	balances []int
	reply    chan []int
}

var errFunds = errors.New("insufficient funds")

func bank(n int, reqs <-chan request, snaps <-chan snapshot, quit <-chan struct{}, done chan<- int) {
	bal := make([]int, n)
	ops := 0
	for {
		select {
		case r := <-reqs:
			ops++
			switch r.kind {
			case "deposit":
				bal[r.to] += r.amount
				r.reply <- nil
			case "transfer":
				if bal[r.from] < r.amount {
					r.reply <- fmt.Errorf("transfer %d->%d of %d: %w", r.from, r.to, r.amount, errFunds)
					continue
				}
				bal[r.from] -= r.amount
				bal[r.to] += r.amount
				r.reply <- nil
			default:
				r.reply <- errors.New("bad request " + r.kind)
			}
		case s := <-snaps:
			cp := make([]int, len(bal))
			copy(cp, bal)
			s.reply <- cp
		case <-quit:
			done <- ops
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	snaps := make(chan snapshot)
	quit := make(chan struct{})
	done := make(chan int)
	go bank(3, reqs, snaps, quit, done)

	call := func(kind string, from, to, amt int) error {
		r := request{kind, from, to, amt, make(chan error, 1)}
		reqs <- r
		return <-r.reply
	}
	fmt.Println(call("deposit", 0, 0, 100), call("deposit", 0, 1, 50))
	fmt.Println(call("transfer", 0, 2, 30))
	fmt.Println(call("transfer", 2, 1, 31))
	fmt.Println(call("withdraw", 0, 0, 1))

	// concurrent clients, results collected deterministically
	const clients = 4
	results := make([]chan string, clients)
	for c := 0; c < clients; c++ {
		results[c] = make(chan string, 1)
		go func(c int) {
			ok, fail := 0, 0
			for i := 0; i < 25; i++ {
				if err := call("transfer", c%3, (c+1)%3, 1); err != nil {
					fail++
				} else {
					ok++
				}
			}
			results[c] <- fmt.Sprintf("client %d: %d attempts", c, ok+fail)
		}(c)
	}
	for _, ch := range results {
		fmt.Println(<-ch)
	}
	s := snapshot{reply: make(chan []int)}
	snaps <- s
	bal := <-s.reply
	sum := 0
	for _, b := range bal {
		sum += b
	}
	fmt.Println("total conserved:", sum)
	close(quit)
	fmt.Println("ops:", <-done)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	go func() {
		for i := 1; i <= 5; i++ {
			ping <- i
		}
		close(ping)
	}()
	var got []int
	for v := range pong {
		got = append(got, v)
	}
	fmt.Println(got)
}

// Output:
// <nil> <nil>
// <nil>
// transfer 2->1 of 31: insufficient funds
// bad request withdraw
// client 0: 25 attempts
// client 1: 25 attempts
// client 2: 25 attempts
// client 3: 25 attempts
// total conserved: 150
// ops: 105
// [2 4 6 8 10]
