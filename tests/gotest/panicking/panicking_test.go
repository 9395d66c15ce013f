package panicking

import "testing"

var ran []string

func TestFirst(t *testing.T) {
	ran = append(ran, t.Name())
	t.Log("passing tests print nothing")
}

// TestCount fails when it runs a second time (-count 2).
func TestCount(t *testing.T) {
	ran = append(ran, t.Name())
	if len(ran) > 2 {
		t.Fatalf("ran %v", ran)
	}
}

func TestPanic(t *testing.T) {
	t.Log("before the panic")
	var m map[string]int
	m["a"] = 1
}

func TestNotReached(t *testing.T) {
	t.Error("a panic ends the test binary")
}
