package main

type T struct{ a, b int }

var sink interface{}

func leak(p *T) { sink = p }

func main() {
	x := T{1, 2}
	leak(&x)
	s := []int{1, 2, 3}
	sink = s
	f := func() int { return x.a }
	sink = f
	a, b := "x", "y"
	sink = a + b
	m := map[string]int{"a": 1}
	sink = m
	p := &T{a: 1}
	sink = p
	y := new(int)
	sink = y
	sink = [2]T{{1, 2}, {3, 4}}
	var q *T
	q = &T{}
	sink = q
	sink = fmt(1, 2)
}

func fmt(args ...int) []int { return args }
