// run

// Interface embedding: ReadWriter made of Reader and Writer, a type
// implementing all methods satisfies each, assigning the wider
// interface to narrower ones, and asserting back up.
package main

import "fmt"

type Reader interface {
	Read() (byte, bool)
}

type Writer interface {
	Write(b byte)
}

type ReadWriter interface {
	Reader
	Writer
}

type Namer interface {
	Name() string
}

type NamedReadWriter interface {
	ReadWriter
	Namer
}

type Buffer struct {
	data []byte
	pos  int
}

func (b *Buffer) Read() (byte, bool) {
	if b.pos >= len(b.data) {
		return 0, false
	}
	c := b.data[b.pos]
	b.pos++
	return c, true
}

func (b *Buffer) Write(c byte) { b.data = append(b.data, c) }

func (b *Buffer) Name() string { return "buffer" }

type Upper struct{ out Writer }

func (u Upper) Write(c byte) {
	if c >= 'a' && c <= 'z' {
		c -= 32
	}
	u.out.Write(c)
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		c, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(c)
		n++
	}
}

func main() {
	src := &Buffer{data: []byte("hello, interfaces")}
	dst := &Buffer{}
	var rw ReadWriter = dst
	n := copyAll(Upper{rw}, src)
	fmt.Println(n, string(dst.data))

	var r Reader = rw
	c, ok := r.Read()
	fmt.Println(string(rune(c)), ok)

	var nrw NamedReadWriter = &Buffer{data: []byte("xy")}
	var w Writer = nrw
	w.Write('z')
	fmt.Println(nrw.Name(), copyAll(&Buffer{}, nrw))

	// asserting a narrow interface to a wider one
	if full, ok := w.(NamedReadWriter); ok {
		fmt.Println("writer is also", full.Name())
	}
	var up Writer = Upper{dst}
	_, isRW := up.(ReadWriter)
	_, isW := up.(Writer)
	fmt.Println(isRW, isW)

	things := []interface{}{src, Upper{dst}, 42, "s"}
	for i, t := range things {
		_, a := t.(Reader)
		_, b := t.(Writer)
		_, c := t.(Namer)
		fmt.Println(i, a, b, c)
	}
}

// Output:
// 17 HELLO, INTERFACES
// H true
// buffer 3
// writer is also buffer
// false true
// 0 true true true
// 1 false true false
// 2 false false false
// 3 false false false
