// run

// Word wrapping and justification of text with multibyte runes, centering
// with []rune padding, %-*s widths.
package main

import "fmt"

func fields(s string) []string {
	var out []string
	var cur []rune
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' {
			if len(cur) > 0 {
				out = append(out, string(cur))
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, r)
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range fields(text) {
		if line == "" {
			line = w
		} else if runeLen(line)+1+runeLen(w) <= width {
			line += " " + w
		} else {
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func justify(line string, width int) string {
	ws := fields(line)
	if len(ws) < 2 {
		return line
	}
	total := 0
	for _, w := range ws {
		total += runeLen(w)
	}
	gaps := len(ws) - 1
	spaces := width - total
	out := ""
	for i, w := range ws {
		out += w
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			for k := 0; k < n; k++ {
				out += "."
			}
		}
	}
	return out
}

func center(s string, width int) string {
	pad := width - runeLen(s)
	if pad <= 0 {
		return s
	}
	left := pad / 2
	b := make([]rune, 0, width)
	for i := 0; i < left; i++ {
		b = append(b, '*')
	}
	b = append(b, []rune(s)...)
	for len(b) < width {
		b = append(b, '*')
	}
	return string(b)
}

func main() {
	text := `Go is an open source programming language that makes it simple to build
secure, scalable systems. Über-fast compilation — naïve café résumé, 日本語のテキスト too.`
	for _, w := range []int{20, 32} {
		fmt.Println("width", w)
		lines := wrap(text, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("|%-*s| %2d\n", w, l, runeLen(l))
		}
	}
	fmt.Println(center("title", 11), center("ü", 4), center("toolong", 3))
	fmt.Printf("%q\n", fields("  a\tb\n\nc  "))
	fmt.Println(len(wrap("", 10)), wrap("supercalifragilistic word", 5))
}

// Output:
// width 20
// |Go.is.an.open.source| 20
// |programming.language| 20
// |that.makes.it.simple| 20
// |to...build...secure,| 20
// |scalable....systems.| 20
// |Über-fast           |  9
// |compilation..—.naïve| 20
// |café.........résumé,| 20
// |日本語のテキスト too.       | 13
// width 32
// |Go.is.an.open.source.programming| 32
// |language.that.makes.it.simple.to| 32
// |build..secure,.scalable.systems.| 32
// |Über-fast..compilation..—..naïve| 32
// |café résumé, 日本語のテキスト too.      | 26
// ***title*** *ü** toolong
// ["a" "b" "c"]
// 0 [supercalifragilistic word]
