// run

// A tiny expression language: a tokenizer, a recursive-descent parser
// producing an AST of interface values, an evaluator with variables in a
// map, and a pretty printer; errors are returned as error values and
// parse errors raised with panic and recovered at the top.
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
type Bin struct {
	Op   byte
	L, R Expr
}
type Let struct {
	Name  string
	Value Expr
	Body  Expr
}

func (n Num) Eval(map[string]int) (int, error) { return int(n), nil }
func (n Num) String() string                   { return fmt.Sprint(int(n)) }

func (v Var) Eval(env map[string]int) (int, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %s", string(v))
}
func (v Var) String() string { return string(v) }

var ErrDivZero = errors.New("division by zero")

func (b *Bin) Eval(env map[string]int) (int, error) {
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
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (l *Let) Eval(env map[string]int) (int, error) {
	v, err := l.Value.Eval(env)
	if err != nil {
		return 0, err
	}
	inner := map[string]int{}
	for k, x := range env {
		inner[k] = x
	}
	inner[l.Name] = v
	return l.Body.Eval(inner)
}
func (l *Let) String() string {
	return "let " + l.Name + " = " + l.Value.String() + " in " + l.Body.String()
}

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, s[i:i+1])
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	if p.peek() == "let" {
		p.next()
		name := p.next()
		if p.next() != "=" {
			panic("expected =")
		}
		val := p.expr()
		if p.next() != "in" {
			panic("expected in")
		}
		return &Let{name, val, p.expr()}
	}
	e := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		e = &Bin{op, e, p.term()}
	}
	return e
}

func (p *parser) term() Expr {
	e := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		e = &Bin{op, e, p.factor()}
	}
	return e
}

func (p *parser) factor() Expr {
	t := p.next()
	switch {
	case t == "(":
		e := p.expr()
		if p.next() != ")" {
			panic("expected )")
		}
		return e
	case t == "":
		panic("unexpected end")
	case t[0] >= '0' && t[0] <= '9':
		n := 0
		for _, c := range t {
			n = n*10 + int(c-'0')
		}
		return Num(n)
	case t[0] >= 'a' && t[0] <= 'z':
		return Var(t)
	}
	panic(fmt.Sprintf("unexpected %q", t))
}

func parse(s string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse error: %v", r)
		}
	}()
	p := &parser{toks: tokenize(s)}
	e = p.expr()
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("trailing %q", p.peek())
	}
	return e, nil
}

func main() {
	env := map[string]int{"x": 6, "y": 7}
	progs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x * y - 2",
		"let z = x + 1 in z * z",
		"let a = 10 in let b = a / 3 in a - b * 3",
		"10 / (y - 7)",
		"w + 1",
		"(1 + 2",
		"3 $ 4",
		"1 2",
		"100 - 1 - 2 - 3",
	}
	for _, src := range progs {
		e, err := parse(src)
		if err != nil {
			fmt.Printf("%-40s %v\n", src, err)
			continue
		}
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-40s %s => error: %v\n", src, e, err)
			continue
		}
		fmt.Printf("%-40s %s => %d\n", src, e, v)
	}
}

// Output:
// 1 + 2 * 3                                (1 + (2 * 3)) => 7
// (1 + 2) * 3                              ((1 + 2) * 3) => 9
// x * y - 2                                ((x * y) - 2) => 40
// let z = x + 1 in z * z                   let z = (x + 1) in (z * z) => 49
// let a = 10 in let b = a / 3 in a - b * 3 let a = 10 in let b = (a / 3) in (a - (b * 3)) => 1
// 10 / (y - 7)                             (10 / (y - 7)) => error: division by zero
// w + 1                                    (w + 1) => error: undefined variable w
// (1 + 2                                   parse error: expected )
// 3 $ 4                                    trailing "$"
// 1 2                                      trailing "2"
// 100 - 1 - 2 - 3                          (((100 - 1) - 2) - 3) => 94
