// run

// Error values flowing through several layers: errors.New sentinels,
// fmt.Errorf adding context with %v, %s, %d and %q, custom error
// structs, early returns, and collecting multiple errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNegative = errors.New("negative value")
var ErrTooBig = errors.New("value too big")

type FieldError struct {
	Field string
	Err   error
}

func (f FieldError) Error() string { return f.Field + ": " + f.Err.Error() }

func atoi(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty string")
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	n := 0
	for i, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("invalid digit %q at %d", c, i)
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, nil
}

func validate(field, raw string, limit int) (int, error) {
	n, err := atoi(raw)
	if err != nil {
		return 0, FieldError{field, err}
	}
	if n < 0 {
		return 0, FieldError{field, ErrNegative}
	}
	if n > limit {
		return 0, FieldError{field, fmt.Errorf("%v (limit %d, got %d)", ErrTooBig, limit, n)}
	}
	return n, nil
}

func main() {
	form := [][2]string{
		{"age", "42"}, {"height", "1x0"}, {"weight", "-5"}, {"count", "100000"},
		{"name", ""}, {"score", "77"},
	}
	var errs []error
	sum := 0
	for _, f := range form {
		n, err := validate(f[0], f[1], 1000)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sum += n
	}
	fmt.Println("sum", sum, "errors", len(errs))
	for i, e := range errs {
		fmt.Printf("%d: %v\n", i, e)
		if fe, ok := e.(FieldError); ok && fe.Err == ErrNegative {
			fmt.Println("   negative in", fe.Field)
		}
	}
	summary := fmt.Errorf("%d of %d fields invalid: first %s", len(errs), len(form), errs[0])
	fmt.Println(summary)
	fmt.Println(strconv.Itoa(sum) + " total")
	var nilErr error
	fmt.Printf("[%v]\n", nilErr)
}

// Output:
// sum 119 errors 4
// 0: height: invalid digit 'x' at 1
// 1: weight: negative value
//    negative in weight
// 2: count: value too big (limit 1000, got 100000)
// 3: name: empty string
// 4 of 6 fields invalid: first height: invalid digit 'x' at 1
// 119 total
// [<nil>]
