// run

// A JSON-like pretty printer over interface{} values built from maps,
// slices, strings, numbers, bools and nil, using a recursive type
// switch; map keys are sorted; strings are quoted with escapes.
package main

import (
	"fmt"
	"strconv"
)

func indent(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "  "
	}
	return s
}

func quote(s string) string {
	out := "\""
	for _, r := range s {
		switch r {
		case '"':
			out += "\\\""
		case '\\':
			out += "\\\\"
		case '\n':
			out += "\\n"
		case '\t':
			out += "\\t"
		default:
			out += string(r)
		}
	}
	return out + "\""
}

func sortedKeys(m map[string]interface{}) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func render(v interface{}, depth int) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return strconv.Itoa(x)
	case float64:
		return fmt.Sprintf("%g", x)
	case string:
		return quote(x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		s := "[\n"
		for i, e := range x {
			s += indent(depth+1) + render(e, depth+1)
			if i < len(x)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "]"
	case map[string]interface{}:
		if len(x) == 0 {
			return "{}"
		}
		s := "{\n"
		keys := sortedKeys(x)
		for i, k := range keys {
			s += indent(depth+1) + quote(k) + ": " + render(x[k], depth+1)
			if i < len(keys)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "}"
	case fmt.Stringer:
		return quote(x.String())
	default:
		return fmt.Sprintf("\"<%T>\"", x)
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func count(v interface{}) (leaves int) {
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			leaves += count(e)
		}
	case map[string]interface{}:
		for _, e := range x {
			leaves += count(e)
		}
	default:
		leaves = 1
	}
	return
}

func main() {
	doc := map[string]interface{}{
		"name":    "gosub",
		"version": Version{0, 3},
		"stable":  false,
		"ratio":   0.75,
		"stars":   1234,
		"tags":    []interface{}{"go", "compiler", "escape\tanalysis"},
		"owner":   map[string]interface{}{"login": "gopher", "id": 7, "admin": true},
		"deps":    []interface{}{},
		"meta":    map[string]interface{}{},
		"nothing": nil,
		"matrix":  []interface{}{[]interface{}{1, 2}, []interface{}{3, map[string]interface{}{"q": "say \"hi\""}}},
		"other":   struct{}{},
	}
	fmt.Println(render(doc, 0))
	fmt.Println("leaves:", count(doc))
	fmt.Println(render([]interface{}{nil, 1.5e10, -3}, 0))
}

// Output:
// {
//   "deps": [],
//   "matrix": [
//     [
//       1,
//       2
//     ],
//     [
//       3,
//       {
//         "q": "say \"hi\""
//       }
//     ]
//   ],
//   "meta": {},
//   "name": "gosub",
//   "nothing": null,
//   "other": "<struct {}>",
//   "owner": {
//     "admin": true,
//     "id": 7,
//     "login": "gopher"
//   },
//   "ratio": 0.75,
//   "stable": false,
//   "stars": 1234,
//   "tags": [
//     "go",
//     "compiler",
//     "escape\tanalysis"
//   ],
//   "version": "v0.3"
// }
// leaves: 17
// [
//   null,
//   1.5e+10,
//   -3
// ]
