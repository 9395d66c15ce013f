// run

// Hash functions that depend on exact wrapping arithmetic: FNV-1a 32 and
// 64 bit, djb2, a CRC-32 computed bitwise with a table in an array, and
// Adler-32.
package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

var crcTable [256]uint32

func initCRC() {
	for i := 0; i < 256; i++ {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(s string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(s); i++ {
		c = crcTable[byte(c)^s[i]] ^ c>>8
	}
	return ^c
}

func adler32(s string) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for i := 0; i < len(s); i++ {
		a = (a + uint32(s[i])) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func main() {
	initCRC()
	inputs := [...]string{"", "a", "hello", "The quick brown fox jumps over the lazy dog", "日本語"}
	for _, s := range inputs {
		fmt.Printf("%-12.12q fnv32=%08x fnv64=%016x djb2=%d crc32=%08x adler=%08x\n",
			s, fnv32(s), fnv64(s), djb2(s), crc32(s), adler32(s))
	}
	// Simple hash-table style bucketing with a fixed array.
	var buckets [8]int
	for i := 0; i < 1000; i++ {
		buckets[fnv32(fmt.Sprint("key", i))%8]++
	}
	fmt.Println(buckets)
}

// Output:
// ""           fnv32=811c9dc5 fnv64=cbf29ce484222325 djb2=5381 crc32=00000000 adler=00000001
// "a"          fnv32=e40c292c fnv64=af63dc4c8601ec8c djb2=177670 crc32=e8b7be43 adler=00620062
// "hello"      fnv32=4f9f2cab fnv64=a430d84680aabd0b djb2=261238937 crc32=3610a686 adler=062c0215
// "The quick br" fnv32=048fff90 fnv64=f3f9b7f5e7e47110 djb2=885799134 crc32=414fa339 adler=5bdc0fda
// "日本語"        fnv32=805f5ce7 fnv64=ee9ee2b5c854ef87 djb2=3052633221 crc32=a80b52e5 adler=21240681
// [124 125 125 124 126 125 125 126]
