// errorcheck -0 -m -l

// gc ignores "self-assignments" of the form x.f = x.f[i:j] (and similar
// reslicing of a field into itself through the same base): they cannot
// make anything escape. Without that rule every *Buffer receiver doing
// b.buf = b.buf[n:] would leak.

package escape

type Buffer struct {
	buf []byte
	arr [8]byte
	str string
	p   *int
	pp  **int
	q   *int
	alt []byte
}

func (b *Buffer) Skip(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[n:] // ERROR "\(\*Buffer\)\.Skip ignoring self-assignment in b\.buf = b\.buf\[n:\]$"
}

func (b *Buffer) Truncate(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[:n] // ERROR "\(\*Buffer\)\.Truncate ignoring self-assignment in b\.buf = b\.buf\[:n\]$"
}

func (b *Buffer) Three(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[:n:n] // ERROR "\(\*Buffer\)\.Three ignoring self-assignment in b\.buf = b\.buf\[:n:n\]$"
}

func (b *Buffer) SkipStr(n int) { // ERROR "b does not escape$"
	b.str = b.str[n:] // ERROR "\(\*Buffer\)\.SkipStr ignoring self-assignment in b\.str = b\.str\[n:\]$"
}

// Slicing the inline array into the slice field is not a self-assignment:
// the receiver's address is stored into its own (heap) field.
func (b *Buffer) UseArray() { // ERROR "leaking param: b$"
	b.buf = b.arr[:]
}

// Assigning another field's contents is not a self-assignment.
func (b *Buffer) CopyField() { // ERROR "leaking param content: b$"
	b.p = *b.pp
}

// Different bases: not ignored.
func move(dst, src *Buffer) { // ERROR "dst does not escape$" "leaking param content: src$"
	dst.buf = src.buf[1:]
}

// Pointer field assigned to itself.
func (b *Buffer) SelfPtr() { // ERROR "b does not escape$"
	b.p = b.p // ERROR "\(\*Buffer\)\.SelfPtr ignoring self-assignment in b\.p = b\.p$"
}

// Field to field of the same base is also treated as a no-op (val.x = val.y).
func (b *Buffer) OtherField() { // ERROR "b does not escape$"
	b.p = b.q // ERROR "\(\*Buffer\)\.OtherField ignoring self-assignment in b\.p = b\.q$"
}

// Slicing a different slice field of the same base.
func (b *Buffer) OtherSliceField() { // ERROR "b does not escape$"
	b.buf = b.alt[1:] // ERROR "\(\*Buffer\)\.OtherSliceField ignoring self-assignment in b\.buf = b\.alt\[1:\]$"
}

// Through a plain pointer to a slice: *p = (*p)[1:].
func popFront(p *[]int) { // ERROR "p does not escape$"
	*p = (*p)[1:] // ERROR "popFront ignoring self-assignment in \*p = \(\*p\)\[1:\]$"
}

// Element to element of the same local slice.
func shiftDown(s []*int) { // ERROR "s does not escape$"
	s[0] = s[1] // ERROR "shiftDown ignoring self-assignment in s\[0\] = s\[1\]$"
}
