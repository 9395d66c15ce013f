// Command quote prints the strconv quoting results used as expectations in src/fmt/quote.rs.
//go:build ignore

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hi\n\t\"x\\"))
	fmt.Println(strconv.Quote("héllo, 世界"), strconv.QuoteToASCII("héllo, 世界"))
	fmt.Println(strconv.Quote("\xff\x00\x7f"), strconv.Quote("\u200b😀"), strconv.QuoteToASCII("😀"))
	fmt.Println(strconv.QuoteRune('\'') + strconv.QuoteRune(0x110000) + strconv.QuoteRuneToASCII(0x4E16))
	fmt.Println(strconv.CanBackquote("a\tb"), strconv.CanBackquote("a`b"), strconv.CanBackquote("a\nb"), strconv.CanBackquote("\ufeff"))
	fmt.Println(strconv.IsPrint(0x4E16), strconv.IsPrint(0x200B), strconv.IsPrint(0xAD), strconv.IsPrint(0xA0))
}
