package allocs

import "testing"

// 1 alloc/op of 4 bytes. gosub counts 8 B/op, the smallest size class; gc's tiny allocator
// packs four such objects into one 16-byte block and counts the block: 4 B/op.
func BenchmarkGlobalSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		GSmall = &Small{a: int32(i)}
	}
}

// 1 alloc/op, 64 B/op.
func BenchmarkGlobalMedium(b *testing.B) {
	for i := 0; i < b.N; i++ {
		GMedium = &Medium{}
	}
}

// 1 alloc/op, 4 KiB/op.
func BenchmarkGlobalLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		GLarge = &Large{}
	}
}

// A 64-byte struct used locally: on the stack, 0 allocs/op.
func BenchmarkLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		t := Medium{}
		t.a[i&7] = int64(i)
		Sink += int(t.a[0])
	}
}

// make([]int, n) with a variable n that does not escape: gc keeps only 32 bytes on the stack,
// so 256 bytes go to the heap; gosub's 1 KiB stack buffer holds them.
func BenchmarkMakeLocal(b *testing.B) {
	n := Length
	for i := 0; i < b.N; i++ {
		s := make([]int, n)
		s[i%n] = i
		Sink += s[0]
	}
}

// Small integers (0..255) in an interface need no allocation (gc's staticuint64s).
func BenchmarkBoxSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		GAny = i & 0xff
	}
}

// Other integers are boxed: 1 alloc/op, 8 B/op.
func BenchmarkBoxLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		GAny = i + 1000
	}
}

// A concatenation that escapes: 1 alloc/op (12 bytes, size class 16).
func BenchmarkConcat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		GString = Hello + World
	}
}

// Growing a slice to 100 elements by append: one allocation per growth (capacities 1, 2, 4,
// ..., 128: 8 allocs/op, 2040 B/op).
func BenchmarkAppend(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var s []int
		for j := 0; j < 100; j++ {
			s = append(s, j)
		}
		GSlice = s
	}
}

// A map of 8 entries that escapes.
func BenchmarkMapInsert(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		for j := 0; j < 8; j++ {
			m[j] = i
		}
		GMap = m
	}
}

// The same loop as BenchmarkGlobalMedium, written with b.Loop.
func BenchmarkLoopMedium(b *testing.B) {
	for b.Loop() {
		GMedium = &Medium{}
	}
}
