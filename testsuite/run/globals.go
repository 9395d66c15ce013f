// run

// Package-level data: arrays, structs and nested composite literals
// initialised statically, then read and modified through functions,
// methods and pointers.
package main

import "fmt"

type Op struct {
	Name string
	Prec int
	Left bool
}

var ops = [...]Op{
	{"+", 1, true},
	{"-", 1, true},
	{"*", 2, true},
	{"/", 2, true},
	{"^", 3, false},
}

var table = [4][4]uint8{
	{1, 2, 3, 4},
	{5, 6, 7, 8},
	{9, 10, 11, 12},
	{13, 14, 15, 16},
}

var config = struct {
	Name    string
	Retries int
	Ratio   float64
	Limits  [2]int
}{"svc", 3, 0.75, [2]int{10, 100}}

var (
	counter int64
	hist    [10]int
	last    *Op
)

func lookup(name string) *Op {
	for i := range ops {
		if ops[i].Name == name {
			return &ops[i]
		}
	}
	return nil
}

func record(v int) {
	counter++
	hist[v%10]++
}

func trace() int {
	t := 0
	for i := range table {
		t += int(table[i][i])
	}
	return t
}

func main() {
	fmt.Println(len(ops), ops[2], ops[4].Left)
	last = lookup("^")
	last.Prec = 4
	fmt.Println(ops[4], lookup("%") == nil, lookup("-").Prec)
	fmt.Println(trace())
	for i := range table {
		table[i][3-i] = 0
	}
	fmt.Println(table, trace())
	fmt.Printf("%+v\n", config)
	config.Retries *= 2
	config.Limits[1] += 5
	fmt.Println(config.Retries, config.Limits)
	for i := 0; i < 95; i += 3 {
		record(i * i)
	}
	fmt.Println(counter, hist)
}

// Output:
// 5 {* 2 true} false
// {^ 4 false} true 1
// 34
// [[1 2 3 0] [5 6 0 8] [9 0 11 12] [0 14 15 16]] 34
// {Name:svc Retries:3 Ratio:0.75 Limits:[10 100]}
// 6 [10 105]
// 32 [4 6 0 0 6 3 6 0 0 7]
