// run

// Sieve of Eratosthenes over a [N]bool array, prime counting, twin primes
// and a prime factorisation helper.
package main

import "fmt"

const N = 10000

var composite [N + 1]bool

func sieve() {
	composite[0], composite[1] = true, true
	for i := 2; i*i <= N; i++ {
		if !composite[i] {
			for j := i * i; j <= N; j += i {
				composite[j] = true
			}
		}
	}
}

func factor(n int) string {
	s := ""
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			if s != "" {
				s += "*"
			}
			s += fmt.Sprint(p)
			n /= p
		}
	}
	if n > 1 {
		if s != "" {
			s += "*"
		}
		s += fmt.Sprint(n)
	}
	return s
}

func main() {
	sieve()
	count, twins, last := 0, 0, 0
	for i := 2; i <= N; i++ {
		if !composite[i] {
			count++
			if i-last == 2 {
				twins++
			}
			last = i
		}
	}
	fmt.Println("primes up to", N, ":", count)
	fmt.Println("twin pairs:", twins, "largest prime:", last)
	fmt.Print("first primes:")
	shown := 0
	for i := 0; shown < 15; i++ {
		if !composite[i] {
			fmt.Print(" ", i)
			shown++
		}
	}
	fmt.Println()
	for _, n := range [...]int{360, 9973, 1001, 65536, 999999, 600851475143} {
		fmt.Println(n, "=", factor(n))
	}
}

// Output:
// primes up to 10000 : 1229
// twin pairs: 206 largest prime: 9973
// first primes: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
// 360 = 2*2*2*3*3*5
// 9973 = 9973
// 1001 = 7*11*13
// 65536 = 2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2
// 999999 = 3*3*3*7*11*13*37
// 600851475143 = 71*839*1471*6857
