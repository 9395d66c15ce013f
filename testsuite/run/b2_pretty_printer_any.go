// run

// A JSON-like pretty printer over map[string]any/[]any via type aliases and
// type switches, with sorted keys, escaping and nesting depth.
package main

import (
	"fmt"
	"strconv"
)

type Obj = map[string]any
type Arr = []any

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func quote(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

func render(v any, indent string, out *[]byte) {
	switch x := v.(type) {
	case nil:
		*out = append(*out, "null"...)
	case bool:
		if x {
			*out = append(*out, "true"...)
		} else {
			*out = append(*out, "false"...)
		}
	case int:
		*out = append(*out, strconv.Itoa(x)...)
	case float64:
		*out = append(*out, fmt.Sprintf("%g", x)...)
	case string:
		*out = append(*out, quote(x)...)
	case Arr:
		if len(x) == 0 {
			*out = append(*out, "[]"...)
			return
		}
		*out = append(*out, "[\n"...)
		for i, e := range x {
			*out = append(*out, indent+"  "...)
			render(e, indent+"  ", out)
			if i < len(x)-1 {
				*out = append(*out, ',')
			}
			*out = append(*out, '\n')
		}
		*out = append(*out, indent+"]"...)
	case Obj:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sortStrings(keys)
		*out = append(*out, "{\n"...)
		for i, k := range keys {
			*out = append(*out, indent+"  "+quote(k)+": "...)
			render(x[k], indent+"  ", out)
			if i < len(keys)-1 {
				*out = append(*out, ',')
			}
			*out = append(*out, '\n')
		}
		*out = append(*out, indent+"}"...)
	default:
		*out = append(*out, fmt.Sprintf("<%T>", x)...)
	}
}

func depth(v any) int {
	d := 0
	switch x := v.(type) {
	case Arr:
		for _, e := range x {
			d = max(d, depth(e))
		}
		return d + 1
	case Obj:
		for _, e := range x {
			d = max(d, depth(e))
		}
		return d + 1
	}
	return 0
}

func main() {
	doc := Obj{
		"name":    "gosub",
		"version": 1.5,
		"tags":    Arr{"go", "rust", 3, nil, true},
		"nested":  Obj{"empty": Arr{}, "q": "say \"hi\"\n", "n": -7},
		"ok":      false,
		"weird":   struct{ A int }{1},
	}
	var out []byte
	render(doc, "", &out)
	fmt.Println(string(out))
	fmt.Println(depth(doc), depth(1), depth(Arr{Arr{Arr{}}}))
	fmt.Println(len(doc), doc["ok"], doc["tags"])
	tags := doc["tags"].(Arr)
	tags[0] = "GO"
	fmt.Println(doc["tags"].(Arr)[0])
	n, ok := doc["nested"].(Obj)["n"].(int)
	fmt.Println(n, ok)
	_, ok = doc["version"].(int)
	fmt.Println(ok)
}

// Output:
// {
//   "name": "gosub",
//   "nested": {
//     "empty": [],
//     "n": -7,
//     "q": "say \"hi\"\n"
//   },
//   "ok": false,
//   "tags": [
//     "go",
//     "rust",
//     3,
//     null,
//     true
//   ],
//   "version": 1.5,
//   "weird": <struct { A int }>
// }
// 3 0 3
// 6 false [go rust 3 <nil> true]
// GO
// -7 true
// false
