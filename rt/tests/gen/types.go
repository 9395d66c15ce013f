// The main-package types shared by the generators (mirrored in src/testtypes.rs).
//go:build ignore

package main

import "strconv"

type Point struct{ X, Y int }

type Person struct {
	Name string
	Age  int
}

type Temp int

func (t Temp) String() string { return "Temp(" + strconv.Itoa(int(t)) + ")" }

type MyErr struct{ Msg string }

func (e *MyErr) Error() string { return "myerr: " + e.Msg }

type Both int

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type GS int

func (GS) GoString() string { return "GS!" }
func (GS) String() string   { return "gs-string" }

type MyInt int
type MyStr string
type MyBytes []byte

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name string
	In   Inner
	P    *Point
	Any  any
	T    Temp
	E    error
}
