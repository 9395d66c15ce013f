// run

// Method values bound at evaluation time (pointer vs value receivers),
// method expressions, a dispatcher of handler funcs, interface method values.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	history []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("invalid deposit %d", n)
	}
	a.Balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("insufficient funds: have %d, need %d", a.Balance, n)
	}
	a.Balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %d (%d ops)", a.Owner, a.Balance, len(a.history))
}

type Command struct {
	name string
	arg  int
}

type Handler func(int) error

type Dispatcher struct {
	handlers map[string]Handler
	order    []string
}

func (d *Dispatcher) Handle(name string, h Handler) {
	if d.handlers == nil {
		d.handlers = make(map[string]Handler)
	}
	if _, dup := d.handlers[name]; !dup {
		d.order = append(d.order, name)
	}
	d.handlers[name] = h
}

func (d *Dispatcher) Run(cmds []Command) (ok, failed int) {
	for _, c := range cmds {
		h, found := d.handlers[c.name]
		if !found {
			fmt.Println("no handler for", c.name)
			failed++
			continue
		}
		if err := h(c.arg); err != nil {
			fmt.Println("error:", err)
			failed++
		} else {
			ok++
		}
	}
	return
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	acct := &Account{Owner: "ann"}
	var d Dispatcher
	d.Handle("dep", acct.Deposit)
	d.Handle("wd", acct.Withdraw)
	d.Handle("double", func(int) error { return acct.Deposit(acct.Balance) })
	ok, failed := d.Run([]Command{{"dep", 100}, {"wd", 30}, {"wd", 500}, {"dep", -5}, {"double", 0}, {"xfer", 1}})
	fmt.Println(ok, failed, acct.Summary(), acct.history)
	fmt.Println(d.order)

	summary := acct.Summary // bound to a copy now
	acct.Deposit(1)
	fmt.Println(summary(), "|", acct.Summary())

	l := Logger{"[a] "}
	logf := l.Log
	l.prefix = "[b] "
	logf("bound early")
	l.Log("direct")

	methodExpr := (*Account).Deposit
	valExpr := Account.Summary
	other := Account{Owner: "bob"}
	_ = methodExpr(&other, 7)
	fmt.Println(valExpr(other))
	fns := []func(string){l.Log, Logger{"[c] "}.Log, func(s string) { fmt.Println("anon", s) }}
	for i, f := range fns {
		f(fmt.Sprint("msg", i))
	}
	type op struct {
		name string
		fn   func(int, int) int
	}
	ops := []op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	acc := 1
	for _, o := range ops {
		acc = o.fn(acc, 3)
		fmt.Print(o.name, "=", acc, " ")
	}
	fmt.Println()
	var iface interface{ Summary() string } = other
	sm := iface.Summary
	other.Owner = "changed"
	fmt.Println(sm())
}
