package failing

import "testing"

var deferred string

func TestPass(t *testing.T) {
	t.Log("not printed: the test passes")
}

func TestFail(t *testing.T) {
	defer func() { deferred = "ran" }()
	t.Errorf("bad %d", 1)
	t.Log("two\nlines")
	t.Fatal("fatal", 2)
	t.Log("not reached")
}

func TestDeferredRan(t *testing.T) {
	if deferred != "ran" {
		t.Error("the deferred call of TestFail did not run")
	}
}

func TestSkip(t *testing.T) {
	t.Skip("skipped")
	t.Error("not reached")
}

func BenchmarkFail(b *testing.B) {
	b.Fatalf("stop at N=%d", b.N)
}

func BenchmarkLog(b *testing.B) {
	b.Log("logged")
	for i := 0; i < b.N; i++ {
	}
}
