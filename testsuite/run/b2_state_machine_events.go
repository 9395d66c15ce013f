// run

// A table-driven state machine (struct map keys, hooks as closures,
// Stringer on an iota enum, %w errors) and a byte-level tokenizer state machine.
package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
	numStates
)

var stateNames = [...]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string {
	if s >= 0 && s < numStates {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event byte

const (
	Start Event = 'S'
	Pause Event = 'P'
	Resume Event = 'R'
	Stop Event = 'X'
)

var ErrBadTransition = errors.New("bad transition")

type transitionKey struct {
	from State
	ev   Event
}

type Machine struct {
	state State
	table map[transitionKey]State
	log   []string
	hooks map[State][]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{table: map[transitionKey]State{}, hooks: map[State][]func(State){}}
	m.table[transitionKey{Idle, Start}] = Running
	m.table[transitionKey{Running, Pause}] = Paused
	m.table[transitionKey{Paused, Resume}] = Running
	m.table[transitionKey{Running, Stop}] = Stopped
	m.table[transitionKey{Paused, Stop}] = Stopped
	return m
}

func (m *Machine) On(s State, f func(State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[transitionKey{m.state, e}]
	if !ok {
		return fmt.Errorf("%w: %v on %c", ErrBadTransition, m.state, e)
	}
	prev := m.state
	m.state = next
	m.log = append(m.log, fmt.Sprintf("%v-%c->%v", prev, e, next))
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

// a tokenizer state machine over a string
func tokenize(src string) []string {
	const (
		sNone = iota
		sNum
		sIdent
	)
	var toks []string
	st, start := sNone, 0
	flush := func(i int) {
		if st != sNone {
			toks = append(toks, src[start:i])
		}
		st = sNone
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c >= '0' && c <= '9':
			if st == sNone {
				st, start = sNum, i
			}
		case c >= 'a' && c <= 'z' || c == '_':
			if st == sNum {
				flush(i)
			}
			if st == sNone {
				st, start = sIdent, i
			}
		default:
			flush(i)
			if c != ' ' {
				toks = append(toks, string(c))
			}
		}
	}
	flush(len(src))
	return toks
}

func main() {
	m := NewMachine()
	resumes := 0
	m.On(Running, func(from State) {
		if from == Paused {
			resumes++
		}
	})
	m.On(Stopped, func(from State) { fmt.Println("stopped from", from) })
	for _, e := range []Event{Start, Pause, Pause, Resume, Pause, Resume, Start, Stop, Resume} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err, err == ErrBadTransition)
		}
	}
	fmt.Println(m.state, resumes, len(m.log))
	for _, l := range m.log {
		fmt.Println(" ", l)
	}
	fmt.Printf("%v %d %s %v\n", State(7), Paused, Stopped, []State{Idle, Running})
	fmt.Printf("%q\n", tokenize("x1 = foo_bar+42*(y - 7)"))
	fmt.Println(tokenize("12ab 3"), len(tokenize("")))
}

// Output:
// error: bad transition: Paused on P false
// error: bad transition: Running on S false
// stopped from Running
// error: bad transition: Stopped on R false
// Stopped 2 6
//   Idle-S->Running
//   Running-P->Paused
//   Paused-R->Running
//   Running-P->Paused
//   Paused-R->Running
//   Running-X->Stopped
// State(7) 2 Stopped [Idle Running]
// ["x1" "=" "foo_bar" "+" "42" "*" "(" "y" "-" "7" ")"]
// [12 ab 3] 0
