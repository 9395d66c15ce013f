// run

// Word frequency: split text into lowercase words by hand, count in a
// map, sort by count descending then word ascending, print the top
// entries with a histogram bar; also letter frequencies in an array.
package main

import "fmt"

const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

func words(s string) []string {
	var out []string
	cur := []byte{}
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			cur = append(cur, c)
		case c >= 'A' && c <= 'Z':
			cur = append(cur, c+('a'-'A'))
		default:
			flush()
		}
	}
	flush()
	return out
}

func sortCounts(wc []WordCount) {
	for i := 1; i < len(wc); i++ {
		x := wc[i]
		j := i
		for j > 0 && (wc[j-1].Count < x.Count || wc[j-1].Count == x.Count && wc[j-1].Word > x.Word) {
			wc[j] = wc[j-1]
			j--
		}
		wc[j] = x
	}
}

func bar(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "#"
	}
	return s
}

func main() {
	ws := words(text)
	freq := map[string]int{}
	for _, w := range ws {
		freq[w]++
	}
	fmt.Println("words:", len(ws), "distinct:", len(freq))

	var wc []WordCount
	for w, c := range freq {
		wc = append(wc, WordCount{w, c})
	}
	sortCounts(wc)
	for _, e := range wc[:8] {
		fmt.Printf("%-8s %2d %s\n", e.Word, e.Count, bar(e.Count))
	}
	singles := 0
	for _, e := range wc {
		if e.Count == 1 {
			singles++
		}
	}
	fmt.Println("hapax legomena:", singles)

	var letters [26]int
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			letters[w[i]-'a']++
		}
	}
	best := 0
	for i, n := range letters {
		if n > letters[best] {
			best = i
		}
	}
	fmt.Printf("most common letter %c (%d)\n", 'a'+best, letters[best])

	// longest word, ties broken alphabetically
	longest := ""
	for w := range freq {
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
}

// Output:
// words: 60 distinct: 20
// it       10 ##########
// of       10 ##########
// the      10 ##########
// was      10 ##########
// age       2 ##
// epoch     2 ##
// season    2 ##
// times     2 ##
// hapax legomena: 12
// most common letter e (27)
// longest: foolishness
