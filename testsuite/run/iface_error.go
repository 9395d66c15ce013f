// run

// The error interface: custom error types (value and pointer
// receivers), errors.New, fmt.Errorf with %v and %d, printing errors
// with Println/%v/%s, comparing errors to sentinel values, nil error
// results.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func lookup(db map[string]int, k string) (int, error) {
	if k == "" {
		return 0, ErrEmpty
	}
	v, ok := db[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func parse(lines []string) (int, error) {
	total := 0
	for i, l := range lines {
		n := 0
		for _, c := range l {
			if c < '0' || c > '9' {
				return 0, &ParseError{i + 1, fmt.Sprintf("bad char %q", c)}
			}
			n = n*10 + int(c-'0')
		}
		total += n
	}
	return total, nil
}

func status(n int) error {
	if n >= 400 {
		return Code(n)
	}
	return nil
}

func main() {
	db := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", ""} {
		v, err := lookup(db, k)
		if err != nil {
			fmt.Println("error:", err, err == ErrNotFound, err == ErrEmpty)
			continue
		}
		fmt.Println("value:", v)
	}

	if n, err := parse([]string{"12", "30", "7"}); err == nil {
		fmt.Println("sum", n)
	}
	_, err := parse([]string{"12", "3x"})
	fmt.Println(err)
	fmt.Printf("%v | %s\n", err, err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println(pe.Line, pe.Msg)
	}

	for _, n := range []int{200, 404, 500} {
		if e := status(n); e != nil {
			fmt.Println(n, e, e == Code(404))
		} else {
			fmt.Println(n, "ok", e == nil)
		}
	}

	wrapped := fmt.Errorf("loading config %q (attempt %d): %v", "app.toml", 3, ErrNotFound)
	fmt.Println(wrapped)
	fmt.Println(wrapped.Error() == "loading config \"app.toml\" (attempt 3): not found")

	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())

	errs := []error{ErrEmpty, Code(1), &ParseError{9, "eof"}, nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs[2])
}

// Output:
// value: 1
// error: not found true false
// error: empty key false true
// sum 49
// line 2: bad char 'x'
// line 2: bad char 'x' | line 2: bad char 'x'
// 2 bad char 'x'
// 200 ok true
// 404 code 404 true
// 500 code 500 false
// loading config "app.toml" (attempt 3): not found
// true
// false true true
// [empty key code 1 line 9: eof <nil>]
// line 9: eof
