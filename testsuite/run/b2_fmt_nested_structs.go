// run

// Printing nested structs, embedded fields, maps, arrays, Stringers on
// float types, unexported fields and func fields with %v, %+v, %#v and %T.
package main

import "fmt"

type Address struct {
	Street string
	Zip    int
}

type Contact struct {
	Email string
	Phone []string
}

type Person struct {
	Name string
	Age  int
	Address
	Contact  Contact
	Tags     map[string]bool
	Scores   [3]float64
	Friends  []Person
	Meta     any
	private  int8
	Callback func() `json:"-"`
}

type Temp float32

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float32(t)) }

type Wrapper struct {
	T   Temp
	TP  []Temp
	E   error
	Raw []byte
	R   rune
	U   uintptr
}

type empty struct{}

func main() {
	p := Person{
		Name:    "Ada",
		Age:     36,
		Address: Address{"1 Loop St", 12345},
		Contact: Contact{"ada@example.com", []string{"555-1234"}},
		Tags:    map[string]bool{"math": true, "eng": false},
		Scores:  [3]float64{9.5, 8, 10},
		Friends: []Person{{Name: "Bob", Age: 40}},
		Meta:    map[string]int{"k": 1},
		private: -3,
	}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p.Friends[0])
	fmt.Printf("%#v\n", p.Address)
	fmt.Printf("%#v\n", p.Contact)
	fmt.Printf("%#v\n", p.Scores)
	fmt.Printf("%#v\n", p.Meta)
	fmt.Printf("%v %+v\n", p.Street, p.Address)
	w := Wrapper{T: 21.5, TP: []Temp{1, 2.25}, Raw: []byte("az"), R: 'λ', U: 255}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%s|%d|%x\n", w.Raw, w.Raw, w.Raw)
	fmt.Println(w.T, w.TP, w.R, w.U)
	fmt.Printf("%v %+v %#v %T\n", empty{}, empty{}, empty{}, empty{})
	fmt.Printf("%v %#v\n", []empty{{}, {}}, [0]int{})
	fmt.Printf("%v|%6v|%-6v|%06v\n", int16(-5), uint8(7), "ab", 42)
	fmt.Printf("%v %v\n", [2][2]int{{1, 2}, {3, 4}}, [][]string{{"a"}, {}, nil})
	fmt.Printf("%d %s %v\n", []Temp{1.5}, []Temp{1.5}, map[Temp]int{2: 1, 1: 2})
	fmt.Printf("%v %+v\n", struct {
		A *int
		B []int
	}{nil, nil}, struct{ M map[int]int }{})
	type inner struct{ X, Y int }
	type outer struct {
		I  inner
		IS []inner
		IM map[string]inner
	}
	o := outer{inner{1, 2}, []inner{{3, 4}}, map[string]inner{"z": {5, 6}, "a": {7, 8}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.IS)
	fmt.Printf("%T %T %T\n", o, o.IM, p.Callback)
	fmt.Printf("%5.2f|%-8.3v|%x\n", []float64{1.234, 5}, 3.14159, 3.5)
	fmt.Printf("%q %v %d\n", 'x', 'x', "x"[0])
	fmt.Printf("%t %v\n", []bool{true, false}, map[bool]int{true: 1, false: 0})
}

// Output:
// {Ada 36 {1 Loop St 12345} {ada@example.com [555-1234]} map[eng:false math:true] [9.5 8 10] [{Bob 40 { 0} { []} map[] [0 0 0] [] <nil> 0 <nil>}] map[k:1] -3 <nil>}
// {Name:Bob Age:40 Address:{Street: Zip:0} Contact:{Email: Phone:[]} Tags:map[] Scores:[0 0 0] Friends:[] Meta:<nil> private:0 Callback:<nil>}
// main.Address{Street:"1 Loop St", Zip:12345}
// main.Contact{Email:"ada@example.com", Phone:[]string{"555-1234"}}
// [3]float64{9.5, 8, 10}
// map[string]int{"k":1}
// 1 Loop St {Street:1 Loop St Zip:12345}
// {21.5° [1.0° 2.2°] <nil> [97 122] 955 255}
// {T:21.5° TP:[1.0° 2.2°] E:<nil> Raw:[97 122] R:955 U:255}
// az|[97 122]|617a
// 21.5° [1.0° 2.2°] 955 255
// {} {} main.empty{} main.empty
// [{} {}] [0]int{}
// -5|     7|ab    |000042
// [[1 2] [3 4]] [[a] [] []]
// [%!d(main.Temp=1.5)] [1.5°] map[1.0°:2 2.0°:1]
// {<nil> []} {M:map[]}
// {{1 2} [{3 4}] map[a:{7 8} z:{5 6}]}
// {I:{X:1 Y:2} IS:[{X:3 Y:4}] IM:map[a:{X:7 Y:8} z:{X:5 Y:6}]}
// []main.inner{main.inner{X:3, Y:4}}
// main.outer map[string]main.inner func()
// [ 1.23  5.00]|3.14    |0x1.cp+01
// 'x' 120 120
// [true false] map[false:0 true:1]
