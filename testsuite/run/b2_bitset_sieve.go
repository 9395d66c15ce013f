// run

// A bitset on []uint64 (set, clear, toggle, popcount, union), a sieve of
// Eratosthenes, bit reversal, %b/%x formatting, number literal forms.
package main

import "fmt"

type BitSet struct {
	words []uint64
	n     int
}

func NewBitSet(n int) *BitSet {
	return &BitSet{make([]uint64, (n+63)/64), n}
}

func (b *BitSet) Set(i int)       { b.words[i>>6] |= 1 << (uint(i) & 63) }
func (b *BitSet) Clear(i int)     { b.words[i>>6] &^= 1 << (uint(i) & 63) }
func (b *BitSet) Has(i int) bool  { return b.words[i>>6]&(1<<(uint(i)&63)) != 0 }
func (b *BitSet) Toggle(i int)    { b.words[i>>6] ^= 1 << (uint(i) & 63) }

func (b *BitSet) Count() int {
	c := 0
	for _, w := range b.words {
		for w != 0 {
			w &= w - 1
			c++
		}
	}
	return c
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := NewBitSet(max(b.n, o.n))
	for i := range r.words {
		if i < len(b.words) {
			r.words[i] |= b.words[i]
		}
		if i < len(o.words) {
			r.words[i] |= o.words[i]
		}
	}
	return r
}

func (b *BitSet) Members() []int {
	var out []int
	for i := 0; i < b.n; i++ {
		if b.Has(i) {
			out = append(out, i)
		}
	}
	return out
}

func sieve(n int) *BitSet {
	composite := NewBitSet(n + 1)
	composite.Set(0)
	composite.Set(1)
	for i := 2; i*i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	primes := NewBitSet(n + 1)
	for i := 0; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func leadingZeros(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&(1<<63) == 0 {
		x <<= 1
		n++
	}
	return n
}

func main() {
	p := sieve(200)
	fmt.Println(p.Count(), p.Members()[:15])
	fmt.Println(p.Has(97), p.Has(91), p.Has(199), p.Has(200))
	evens := NewBitSet(70)
	for i := 0; i < 70; i += 2 {
		evens.Set(i)
	}
	evens.Clear(64)
	evens.Toggle(65)
	evens.Toggle(66)
	fmt.Println(evens.Count(), evens.Members()[30:])
	u := evens.Union(sieve(20))
	fmt.Println(u.n, u.Count(), u.Members()[:12])
	fmt.Printf("%032b\n%032b\n", uint32(0x1234abcd), reverseBits(0x1234abcd))
	fmt.Printf("%#x %d %d %d\n", reverseBits(1), leadingZeros(1), leadingZeros(1<<40), leadingZeros(0))
	fmt.Printf("%x %x\n", evens.words, p.words[0])
	var x uint8 = 0b1010_0101
	fmt.Printf("%08b %08b %08b %08b\n", x<<1, x>>1, ^x, x&^0x0f)
	fmt.Println(0o17, 0x_FF, 1_000_000, 0b11)
}

// Output:
// 46 [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47]
// true false true false
// 34 [60 62 65 68]
// 70 41 [0 2 3 4 5 6 7 8 10 11 12 13]
// 00010010001101001010101111001101
// 10110011110101010010110001001000
// 0x80000000 63 23 64
// [5555555555555555 12] 28208a20a08a28ac
// 01001010 01010010 01011010 10100000
// 15 255 1000000 3
