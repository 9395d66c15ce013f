// run

// fmt prints maps with keys sorted: ints, strings, floats, bools,
// structs; %v, %+v, Sprint, nested and empty maps, nil map.
package main

import "fmt"

type Pair struct {
	A int
	B string
}

func main() {
	m := map[int]string{}
	for _, k := range []int{42, -7, 0, 1000, 3, 15} {
		m[k] = fmt.Sprint("v", k)
	}
	fmt.Println(m)
	fmt.Printf("%v\n", m)

	s := map[string]int{"zeta": 26, "alpha": 1, "Mu": 12, "beta": 2, "": 0}
	fmt.Println(s)
	fmt.Printf("%d entries: %v\n", len(s), s)

	f := map[float64]bool{3.5: true, -1: false, 0.25: true}
	fmt.Println(f)

	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)

	st := map[Pair]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3}
	fmt.Println(st)
	fmt.Printf("%+v\n", st)

	nested := map[string]map[int]bool{
		"odd":  {1: true, 3: true, 5: true},
		"even": {4: true, 2: true},
		"none": {},
	}
	fmt.Println(nested)

	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap))
	str := fmt.Sprint(map[rune]int{'b': 2, 'a': 1})
	fmt.Println(str, len(str))

	sl := map[string][]int{"x": {3, 2, 1}, "w": nil}
	fmt.Println(sl)
	ps := map[string]*Pair{"p": nil}
	fmt.Println(ps)
}

// Output:
// map[-7:v-7 0:v0 3:v3 15:v15 42:v42 1000:v1000]
// map[-7:v-7 0:v0 3:v3 15:v15 42:v42 1000:v1000]
// map[:0 Mu:12 alpha:1 beta:2 zeta:26]
// 5 entries: map[:0 Mu:12 alpha:1 beta:2 zeta:26]
// map[-1:false 0.25:true 3.5:true]
// map[false:0 true:1]
// map[{1 a}:3 {1 z}:2 {2 b}:1]
// map[{A:1 B:a}:3 {A:1 B:z}:2 {A:2 B:b}:1]
// map[even:map[2:true 4:true] none:map[] odd:map[1:true 3:true 5:true]]
// map[] 0
// map[97:1 98:2] 14
// map[w:[] x:[3 2 1]]
// map[p:<nil>]
