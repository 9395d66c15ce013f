// errorcheck

// gc stops after 10 errors and prints "too many errors" (with the position
// of the tenth error): the 11th and 12th mistakes are never reported.
package main

func main() {
	var a int = "1"  // ERROR "cannot use .1. \(untyped string constant\) as int value in variable declaration"
	var b int = "2"  // ERROR "cannot use .2. \(untyped string constant\) as int value"
	var c int = "3"  // ERROR "cannot use .3. \(untyped string constant\) as int value"
	var d int = "4"  // ERROR "cannot use .4. \(untyped string constant\) as int value"
	var e int = "5"  // ERROR "cannot use .5. \(untyped string constant\) as int value"
	var f int = "6"  // ERROR "cannot use .6. \(untyped string constant\) as int value"
	var g int = "7"  // ERROR "cannot use .7. \(untyped string constant\) as int value"
	var h int = "8"  // ERROR "cannot use .8. \(untyped string constant\) as int value"
	var i int = "9"  // ERROR "cannot use .9. \(untyped string constant\) as int value"
	var j int = "10" // ERROR "cannot use .10. \(untyped string constant\) as int value" "too many errors"
	var k int = "11"
	var l int = "12"
	_, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k, l
}
