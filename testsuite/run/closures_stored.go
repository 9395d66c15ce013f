// run

// Closures stored in slices, maps and struct fields; closures over
// struct values and pointers; a command table dispatching by name;
// middleware-style wrapping.
package main

import "fmt"

type Account struct {
	Name    string
	Balance int
}

type Button struct {
	Label   string
	OnClick func() string
}

type Handler func(string) string

func logging(tag string, h Handler) Handler {
	return func(s string) string {
		return tag + "(" + h(s) + ")"
	}
}

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	ops["pow"] = func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r
	}
	for _, name := range []string{"add", "sub", "mul", "pow", "div"} {
		if f, ok := ops[name]; ok {
			fmt.Println(name, f(7, 3))
		} else {
			fmt.Println(name, "unknown")
		}
	}

	acct := &Account{"ann", 100}
	deposit := func(n int) { acct.Balance += n }
	snapshot := *acct
	report := func() string { return fmt.Sprintf("%s:%d", snapshot.Name, snapshot.Balance) }
	deposit(50)
	deposit(25)
	fmt.Println(acct.Balance, report())
	snapshot.Balance = 1
	fmt.Println(report())

	clicks := 0
	buttons := []Button{
		{"ok", func() string { clicks++; return "confirmed" }},
		{"cancel", func() string { clicks += 10; return "aborted" }},
	}
	for _, b := range buttons {
		fmt.Println(b.Label, b.OnClick())
	}
	buttons[0].OnClick()
	fmt.Println(clicks)

	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * x },
		func(x int) int { return x - 3 },
	}
	for _, start := range []int{0, 2, 5} {
		v := start
		for _, f := range pipeline {
			v = f(v)
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var h Handler = func(s string) string { return "<" + s + ">" }
	h = logging("a", h)
	h = logging("b", h)
	fmt.Println(h("x"))

	var nilF func()
	fmt.Println(nilF == nil, ops["nope"] == nil, buttons[1].OnClick != nil)

	// methods captured into a map via method values
	a2 := Account{"bo", 7}
	getters := map[string]func() string{
		"name": func() string { return a2.Name },
		"bal":  func() string { return fmt.Sprint(a2.Balance) },
	}
	a2.Balance = 8
	fmt.Println(getters["name"](), getters["bal"]())
}
