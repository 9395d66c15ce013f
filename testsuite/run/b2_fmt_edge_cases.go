// run

// fmt edge cases: panicking String methods, nil pointer Stringers, Error vs
// String precedence, GoStringer, bad verbs, comparing and hashing uncomparable values.
package main

import (
	"errors"
	"fmt"
)

type Loud struct{ n int }

func (l Loud) String() string {
	if l.n < 0 {
		panic("negative loud")
	}
	return fmt.Sprintf("LOUD(%d)", l.n)
}

type PtrStr struct{ s string }

func (p *PtrStr) String() string {
	if p == nil {
		return "nil PtrStr"
	}
	return "ptr:" + p.s
}

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Fmtr int

func (f Fmtr) GoString() string { return "Fmtr!" }

type Celsius struct{ Deg float64 }

func (c *Celsius) String() string { return fmt.Sprintf("%.1fC", c.Deg) }

type Holder struct {
	L  Loud
	PS *PtrStr
	C  Celsius
}

func compare(a, b any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func hashKey(k any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	m := map[any]int{}
	m[k] = 1
	return fmt.Sprint(len(m))
}

func main() {
	fmt.Println(Loud{3}, []Loud{{1}, {2}})
	fmt.Println(Loud{-1})
	fmt.Printf("%v|%s|%d\n", Loud{-2}, Loud{4}, Loud{5})
	var np *PtrStr
	fmt.Println(np, &PtrStr{"x"}, PtrStr{"val"})
	fmt.Printf("%v %s\n", np, []*PtrStr{nil})
	fmt.Println(Both{}, error(Both{}))
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	fmt.Printf("%v %#v %d\n", Fmtr(3), Fmtr(3), Fmtr(3))
	c := Celsius{36.6}
	fmt.Println(c, &c)
	h := Holder{Loud{1}, nil, Celsius{1}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println(compare(1, 1), compare("a", "b"), compare([2]int{}, [2]int{}))
	fmt.Println(compare([]int{1}, []int{1}))
	fmt.Println(compare(struct{ F any }{[]int{}}, struct{ F any }{[]int{}}))
	fmt.Println(compare(1, "1"), compare(map[int]int{}, 3))
	fmt.Println(hashKey(5), hashKey([]int{1}), hashKey(map[string]int{}))
	fmt.Println(hashKey(struct{ S []int }{}))
	fmt.Println(hashKey(func() {}))
	err := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", errors.New("root")))
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%x\n", err, err, errors.New("q"), errors.New("hex"))
	fmt.Printf("%v %v\n", fmt.Errorf("no wrap %d", 1), fmt.Errorf("%w and %w", errors.New("a"), errors.New("b")))
	fmt.Printf("%s %v\n", fmt.Sprint(nil), []error{nil, errors.New("e")})
	fmt.Printf("%d %s %v\n", nil, nil, nil)
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z %-z\n", 1, "s")
	fmt.Printf("%.2s|%.0d|%.3d|%+.3d\n", "日本語", 0, 7, 7)
	fmt.Printf("%c|%c|%c\n", 65, 0x65E5, -1)
	fmt.Printf("%U %#U %x %X\n", 0x1F600, 'A', "日", "日")
	fmt.Printf("%6.2q|%-8q|%08q\n", "abc", "a", "b")
	fmt.Printf("%#o %#b %#X %O\n", 8, 5, 255, 8)
	fmt.Printf("%+v %+d %+x\n", -0.0, 0, -1)
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%e %.0e %g %g\n", 0.0, 5.5, 1e-320, float32(1e-40))
	fmt.Printf("%5t|%-7t|%v\n", false, true, !false)
	fmt.Printf("%v %s\n", [3]byte{1, 2, 3}, [3]byte{'a', 'b', 'c'})
	fmt.Printf("%x % X %#x\n", [2]byte{0xab, 0xcd}, []byte{1, 2}, []byte{})
}
