// run

// Width, precision and flags: '-' (left-justify), '+' (sign), '0' (zero
// padding), ' ' (space for sign), applied to integers, floats and strings,
// including a formatted table.
package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d]\n", 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%06d]\n", -42, -42, -42, -42, -42, -42)
	fmt.Printf("[%8.3f][%-8.2f][%08.3f][%+.1f][% .2f][%.0f][%.0f]\n", 3.14159, 3.14159, -3.14159, 2.0, 2.0, 2.5, 3.5)
	fmt.Printf("[%10.3e][%-12.2e][%+.3g][%8.4g]\n", 123456.789, 0.000123, 1234.5678, 0.000012345)
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s][%-6.4s]\n", "right", "left", "truncate", "ab-cd", "xyz")
	fmt.Printf("[%6q][%-8q][%3c][%-3c]\n", "a", "b", 'x', 'y')
	fmt.Printf("[%6x][%-6X][%08b][%#06x][%x]\n", 255, 255, 5, 255, -255)
	fmt.Printf("[%5t][%-7t]\n", true, false)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("[%6v][%-6v][%06v]\n", 12, 3.5, -7)
	fmt.Printf("[%3d][%3d]\n", 123456, -1234)

	items := [4]Item{{"apple", 3, 0.5}, {"bread", 1, 2.25}, {"cheese wheel", 2, 14.999}, {"tea", 10, 0.1}}
	fmt.Printf("%-12s %5s %8s\n", "item", "qty", "total")
	total := 0.0
	for _, it := range items {
		t := float64(it.Qty) * it.Price
		total += t
		fmt.Printf("%-12.12s %5d %8.2f\n", it.Name, it.Qty, t)
	}
	fmt.Printf("%-12s %5s %8.2f\n", "TOTAL", "", total)
	fmt.Printf("%+v\n", items[2])
	s := fmt.Sprintf("%08.3f|%+08d|%-8d|", -1.5, 33, -33)
	fmt.Println(s, len(s))
}

// Output:
// [   42][42   ][00042][+42][ 42][  +42][+42  ]
// [  -42][-42  ][-0042][-42][-42][-00042]
// [   3.142][3.14    ][-003.142][+2.0][ 2.00][2][4]
// [ 1.235e+05][1.23e-04    ][+1.23e+03][1.234e-05]
// [     right][left      ][tru][        ab][xyz   ]
// [   "a"]["b"     ][  x][y  ]
// [    ff][FF    ][00000101][0x0000ff][-ff]
// [ true][false  ]
// [     7][8   ][3.14]
// [    12][3.5   ][-00007]
// [123456][-1234]
// item           qty    total
// apple            3     1.50
// bread            1     2.25
// cheese wheel     2    30.00
// tea             10     1.00
// TOTAL                 34.75
// {Name:cheese wheel Qty:2 Price:14.999}
// -001.500|+0000033|-33     | 27
