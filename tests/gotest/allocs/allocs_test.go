package allocs

import "testing"

var sink int

func BenchmarkAllocOnce(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Global = &T{a: i}
	}
}

func BenchmarkAllocTwice(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Global = &T{a: i}
		Global = &T{b: i}
	}
}

func BenchmarkNoAlloc(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Sum(i)
	}
}

func BenchmarkLoop(b *testing.B) {
	Global = &T{} // setup before the loop is not measured
	for b.Loop() {
		Global = &T{}
	}
}

func BenchmarkTimerStopped(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		Global = &T{}
		b.StartTimer()
	}
}

func TestSum(t *testing.T) {
	if got := Sum(2); got != 3 {
		t.Errorf("Sum(2) = %d, want 3", got)
	}
}

// SetBytes adds MB/s; ReportAllocs adds B/op and allocs/op even without -benchmem.
func BenchmarkSetBytes(b *testing.B) {
	b.SetBytes(1 << 20)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Global = &T{a: i}
	}
}
