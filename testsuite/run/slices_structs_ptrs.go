// run

// Slices of structs and of pointers to structs: modifying through range
// (copy) vs index, insertion sort by hand on several keys, pointer slices
// sharing the same objects.
package main

import "fmt"

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func less(a, b *Employee) bool {
	if a.Dept != b.Dept {
		return a.Dept < b.Dept
	}
	if a.Salary != b.Salary {
		return a.Salary > b.Salary
	}
	return a.Name < b.Name
}

func sortPtrs(ps []*Employee) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func sortByAge(es []Employee) {
	for i := 0; i < len(es); i++ {
		m := i
		for j := i + 1; j < len(es); j++ {
			if es[j].Age < es[m].Age {
				m = j
			}
		}
		es[i], es[m] = es[m], es[i]
	}
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34},
		{"Bob", "ops", 90, 45},
		{"Carol", "eng", 120, 29},
		{"Dan", "eng", 100, 51},
		{"Eve", "ops", 95, 38},
		{"Frank", "hr", 70, 27},
	}
	for _, e := range staff {
		e.Salary *= 2 // modifies the copy only
	}
	fmt.Println(staff[0].Salary)
	for i := range staff {
		staff[i].Salary += 5
	}
	fmt.Println(staff[0].Salary, staff[5])

	ptrs := make([]*Employee, len(staff))
	for i := range staff {
		ptrs[i] = &staff[i]
	}
	sortPtrs(ptrs)
	for _, p := range ptrs {
		fmt.Printf("%-6s %-4s %4d\n", p.Name, p.Dept, p.Salary)
	}
	// raise through the pointers: the original slice sees it
	for _, p := range ptrs {
		if p.Dept == "ops" {
			p.Salary += 1000
		}
	}
	fmt.Println(staff[1].Salary, staff[4].Salary)

	byAge := make([]Employee, len(staff))
	copy(byAge, staff)
	sortByAge(byAge)
	for _, e := range byAge {
		fmt.Print(e.Name, ":", e.Age, " ")
	}
	fmt.Println()
	fmt.Println(staff[0].Name, byAge[0].Name)

	// totals per department in first-seen order
	var depts []string
	totals := []int{}
	for _, e := range staff {
		idx := -1
		for i, d := range depts {
			if d == e.Dept {
				idx = i
			}
		}
		if idx < 0 {
			depts = append(depts, e.Dept)
			totals = append(totals, 0)
			idx = len(depts) - 1
		}
		totals[idx] += e.Salary
	}
	fmt.Println(depts, totals)

	// pointer to slice element remains valid until reallocation
	first := &staff[0]
	first.Age++
	fmt.Printf("%+v\n", staff[0])
}
