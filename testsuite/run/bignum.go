// run

// Arbitrary-precision arithmetic on decimal digit arrays: factorial of 50,
// 2^200 and a Fibonacci number with 100+ digits.
package main

import "fmt"

const maxDigits = 200

// Num holds digits little-endian in base 10000.
type Num struct {
	d [maxDigits]uint32
	n int
}

func small(v uint32) Num {
	var x Num
	x.n = 1
	x.d[0] = v
	return x
}

func (x *Num) mulSmall(m uint32) {
	var carry uint64
	for i := 0; i < x.n; i++ {
		p := uint64(x.d[i])*uint64(m) + carry
		x.d[i] = uint32(p % 10000)
		carry = p / 10000
	}
	for carry > 0 {
		x.d[x.n] = uint32(carry % 10000)
		x.n++
		carry /= 10000
	}
}

func add(a, b Num) Num {
	var r Num
	var carry uint32
	n := a.n
	if b.n > n {
		n = b.n
	}
	for i := 0; i < n; i++ {
		s := a.d[i] + b.d[i] + carry
		r.d[i] = s % 10000
		carry = s / 10000
	}
	r.n = n
	if carry > 0 {
		r.d[n] = carry
		r.n++
	}
	return r
}

func (x Num) String() string {
	s := fmt.Sprint(x.d[x.n-1])
	for i := x.n - 2; i >= 0; i-- {
		s += fmt.Sprintf("%04d", x.d[i])
	}
	return s
}

func main() {
	f := small(1)
	for i := uint32(2); i <= 50; i++ {
		f.mulSmall(i)
	}
	fmt.Println("50! =", f.String())
	p := small(1)
	for i := 0; i < 200; i++ {
		p.mulSmall(2)
	}
	fmt.Println("2^200 =", p.String())
	a, b := small(0), small(1)
	for i := 0; i < 500; i++ {
		a, b = b, add(a, b)
	}
	s := a.String()
	fmt.Println("fib(500) has", len(s), "digits:", s)
}

// Output:
// 50! = 30414093201713378043612608166064768844377641568960512000000000000
// 2^200 = 1606938044258990275541962092341162602522202993782792835301376
// fib(500) has 105 digits: 139423224561697880139724382870407283950070256587697307264108962948325571622863290691557658876222521294125
