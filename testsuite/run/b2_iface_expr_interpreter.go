// run

// A tiny prefix-expression interpreter: interfaces implemented by value
// and pointer types, recursive Eval with errors, sentinel error comparison.
package main

import (
	"errors"
	"fmt"
)

type Expr interface {
	Eval(env map[string]int) (int, error)
	String() string
}

type Num int
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Let struct {
	Name string
	Val  Expr
	Body Expr
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(map[string]int) (int, error) { return int(n), nil }
func (n Num) String() string                    { return fmt.Sprint(int(n)) }

func (v Var) Eval(env map[string]int) (int, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("unbound variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]int) (int, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *BinOp) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func (l *Let) Eval(env map[string]int) (int, error) {
	v, err := l.Val.Eval(env)
	if err != nil {
		return 0, err
	}
	inner := make(map[string]int, len(env)+1)
	for k, x := range env {
		inner[k] = x
	}
	inner[l.Name] = v
	return l.Body.Eval(inner)
}
func (l *Let) String() string { return "let " + l.Name + " = " + l.Val.String() + " in " + l.Body.String() }

// parse a tiny prefix language: tokens separated by spaces
type parser struct {
	toks []string
	pos  int
}

func (p *parser) next() string {
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *parser) parse() Expr {
	t := p.next()
	switch t {
	case "+", "-", "*", "/":
		l := p.parse()
		r := p.parse()
		return &BinOp{t[0], l, r}
	case "let":
		name := p.next()
		val := p.parse()
		body := p.parse()
		return &Let{name, val, body}
	}
	n, neg := 0, false
	for i, c := range t {
		if i == 0 && c == '-' && len(t) > 1 {
			neg = true
			continue
		}
		if c < '0' || c > '9' {
			return Var(t)
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return Num(n)
}

func tokens(s string) []string {
	var out []string
	cur := ""
	for _, c := range s + " " {
		if c == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
		} else {
			cur += string(c)
		}
	}
	return out
}

func main() {
	progs := []string{
		"+ 1 * 2 3",
		"let x 5 * x x",
		"let x 2 let y + x 1 * x y",
		"/ 10 - 3 3",
		"+ z 1",
		"- -4 7",
		"let a 100 / a let a 7 a",
	}
	env := map[string]int{"z0": 0}
	for _, src := range progs {
		p := &parser{toks: tokens(src)}
		e := p.parse()
		v, err := e.Eval(env)
		if err == ErrDivZero {
			fmt.Printf("%-28s => div0!\n", e)
			continue
		}
		fmt.Printf("%-28s => %d, %v\n", e.String(), v, err)
	}
	var e Expr = Num(3)
	fmt.Printf("%v %T %s %d\n", e, e, Var("q"), Num(-2))
}

// Output:
// (1 + (2 * 3))                => 7, <nil>
// let x = 5 in (x * x)         => 25, <nil>
// let x = 2 in let y = (x + 1) in (x * y) => 6, <nil>
// (10 / (3 - 3))               => div0!
// (z + 1)                      => 0, unbound variable "z"
// (-4 - 7)                     => -11, <nil>
// let a = 100 in (a / let a = 7 in a) => 14, <nil>
// 3 main.Num q -2
