// run
// Exit: 2
// Panic: outer

// gc exits with status 2 after printing to standard error:
//   panic: outer
//   	panic: wrapped: inner
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
	}()
	panic(errors.New("outer"))
}
