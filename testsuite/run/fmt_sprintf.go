// run

// fmt.Sprintf builds strings: report lines, padding helpers, hex dumps,
// and values of several types combined into one string.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int64
	Frozen  bool
}

func money(cents int64) string {
	sign := ""
	if cents < 0 {
		sign = "-"
		cents = -cents
	}
	return fmt.Sprintf("%s$%d.%02d", sign, cents/100, cents%100)
}

func hexdump(s string) string {
	out := ""
	for i := 0; i < len(s); i += 8 {
		line := fmt.Sprintf("%04x ", i)
		for j := i; j < i+8; j++ {
			if j < len(s) {
				line += fmt.Sprintf(" %02x", s[j])
			} else {
				line += " .."
			}
		}
		out += line + "\n"
	}
	return out
}

func main() {
	accts := [3]Account{{"ann", 123456, false}, {"bob", -2050, true}, {"cy", 7, false}}
	for i, a := range accts {
		line := fmt.Sprintf("%d. %-5s %12s frozen=%t", i+1, a.Owner, money(a.Balance), a.Frozen)
		fmt.Println(line)
	}
	fmt.Print(hexdump("Hello, world!\x00\x7f"))
	s := fmt.Sprintf("%v|%+v|%T", accts[1], accts[1], accts[1])
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%d-%s-%v-%c", 1, "two", 3.0, '4') + "!")
	msg := fmt.Sprintf("%s has %d items costing %.2f (%t)", "cart", 3, 9.5, true)
	fmt.Println(msg, len(msg))
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3), fmt.Sprint() == "")
	fmt.Printf("%q\n", fmt.Sprintln("end", 1))
	fmt.Println(fmt.Sprintf("%5.1f%%", 99.44))
}

// Output:
// 1. ann       $1234.56 frozen=false
// 2. bob        -$20.50 frozen=true
// 3. cy           $0.07 frozen=false
// 0000  48 65 6c 6c 6f 2c 20 77
// 0008  6f 72 6c 64 21 00 7f ..
// {bob -2050 true}|{Owner:bob Balance:-2050 Frozen:true}|main.Account
// 1-two-3-4!
// cart has 3 items costing 9.50 (true) 36
// 1 2ab3 true
// "end 1\n"
//  99.4%
