// run

// Calendar arithmetic with integers: leap years, day of the week by
// Zeller's congruence, days between dates, and a month calendar.
package main

import "fmt"

type Date struct {
	Y, M, D int
}

var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var weekdays = [7]string{"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	if m == 2 && leap(y) {
		return 29
	}
	return monthDays[m-1]
}

func zeller(d Date) int {
	y, m := d.Y, d.M
	if m < 3 {
		m += 12
		y--
	}
	k, j := y%100, y/100
	return (d.D + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
}

// ordinal counts days since 0001-01-01.
func ordinal(d Date) int {
	y := d.Y - 1
	n := y*365 + y/4 - y/100 + y/400
	for m := 1; m < d.M; m++ {
		n += daysIn(d.Y, m)
	}
	return n + d.D - 1
}

func (d Date) Add(days int) Date {
	for days > 0 {
		left := daysIn(d.Y, d.M) - d.D + 1
		if days < left {
			d.D += days
			break
		}
		days -= left
		d.D = 1
		d.M++
		if d.M > 12 {
			d.M = 1
			d.Y++
		}
	}
	return d
}

func main() {
	dates := [...]Date{{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {1900, 3, 1}, {2038, 1, 19}}
	for _, d := range dates {
		fmt.Printf("%04d-%02d-%02d %s day %d\n", d.Y, d.M, d.D, weekdays[zeller(d)], ordinal(d))
	}
	fmt.Println(ordinal(Date{2024, 12, 25}) - ordinal(Date{2024, 1, 1}))
	fmt.Println(Date{2023, 12, 30}.Add(400), Date{2024, 2, 28}.Add(1), Date{2024, 2, 28}.Add(2))

	fmt.Println("     February 2024")
	fmt.Println("Sa Su Mo Tu We Th Fr")
	first := zeller(Date{2024, 2, 1})
	line := ""
	for i := 0; i < first; i++ {
		line += "   "
	}
	col := first
	for d := 1; d <= daysIn(2024, 2); d++ {
		line += fmt.Sprintf("%2d", d)
		col++
		if col == 7 {
			fmt.Println(line)
			line, col = "", 0
		} else if d < daysIn(2024, 2) {
			line += " "
		}
	}
	if line != "" {
		fmt.Println(line)
	}
}

// Output:
// 2000-01-01 Sat day 730119
// 1969-07-20 Sun day 718997
// 2024-02-29 Thu day 738944
// 1900-03-01 Thu day 693654
// 2038-01-19 Tue day 744017
// 359
// {2025 2 2} {2024 2 29} {2024 3 1}
//      February 2024
// Sa Su Mo Tu We Th Fr
//                 1  2
//  3  4  5  6  7  8  9
// 10 11 12 13 14 15 16
// 17 18 19 20 21 22 23
// 24 25 26 27 28 29
