// run

// Type switches: concrete types, multiple types per case (variable keeps
// the interface type), nil case, interface types in cases, default,
// and switches without a bound variable.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (c *Circle) Area() float64 {
	if c == nil {
		return -1
	}
	return 3 * c.R * c.R
}

type MyInt int

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16, int32:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", int(x)*2)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x))
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool, float64:
		return fmt.Sprintf("bool or float %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

type E struct{}

func (E) Error() string { return "E!" }

func kind(v interface{}) string {
	switch v.(type) {
	case int, uint:
		return "integer"
	case string:
		return "text"
	}
	return "?"
}

func main() {
	var nilShape Shape
	var nilCircle *Circle
	vals := []interface{}{
		nil, 41, int8(-3), int32(7), MyInt(21), "héllo", []int{1, 2, 3},
		E{}, Rect{2, 3}, &Circle{1}, func() int { return 9 }, true, 2.5,
		uint(4), nilShape, nilCircle, map[string]int{}, [2]int{},
	}
	for i, v := range vals {
		fmt.Println(i, classify(v))
	}
	fmt.Println(kind(1), kind(uint(1)), kind("x"), kind(1.0))

	shapes := []Shape{Rect{1, 1}, &Circle{2}, Rect{3, 4}}
	total := 0.0
	for _, s := range shapes {
		switch s := s.(type) {
		case Rect:
			total += s.W + s.H
		case *Circle:
			total += s.R
		}
	}
	fmt.Println(total)
}

// Output:
// 0 nil
// 1 int 42
// 2 small int -3 (int8)
// 3 small int 7 (int32)
// 4 MyInt 42
// 5 string of len 6
// 6 slice sum 6
// 7 error: E!
// 8 shape area 6.0
// 9 shape area 3.0
// 10 func returning 9
// 11 bool or float true
// 12 bool or float 2.5
// 13 other uint
// 14 nil
// 15 shape area -1.0
// 16 other map[string]int
// 17 other [2]int
// integer integer text ?
// 11
