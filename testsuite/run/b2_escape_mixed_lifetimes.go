// run

// Values with mixed lifetimes: registry of escaping nodes, local buffers,
// pointers returned through params, closures stored in a global, per-iteration vars.
package main

import "fmt"

type Node struct {
	val  int
	kids []*Node
}

type Registry struct {
	nodes []*Node
	byID  map[int]*Node
}

var global *Node
var globalFns []func() int

func newNode(v int) *Node { return &Node{val: v} }

func (r *Registry) add(n *Node) {
	r.nodes = append(r.nodes, n)
	r.byID[n.val] = n
}

func localSum(vals []int) int {
	tmp := make([]int, len(vals))
	copy(tmp, vals)
	s := 0
	for _, v := range tmp {
		s += v
	}
	return s
}

func fixedBuf() string {
	buf := make([]byte, 0, 16)
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('a'+i))
	}
	return string(buf)
}

func keepPtr(p *int) *int { return p }

func store(p *int) { global = &Node{val: *p} }

func counterPair() (func() int, func()) {
	c := 0
	return func() int { return c }, func() { c++ }
}

func pointerToLocalStruct() int {
	n := Node{val: 5}
	q := &n
	q.val *= 2
	return n.val
}

func ifaceLocal(x int) string {
	var v any = x
	if i, ok := v.(int); ok {
		return fmt.Sprint(i + 1)
	}
	return ""
}

func build(depth int) *Node {
	n := newNode(depth)
	if depth > 0 {
		n.kids = append(n.kids, build(depth-1), build(depth-1))
	}
	return n
}

func (n *Node) sum() int {
	s := n.val
	for _, k := range n.kids {
		s += k.sum()
	}
	return s
}

func main() {
	r := &Registry{byID: map[int]*Node{}}
	for i := 0; i < 4; i++ {
		r.add(newNode(i * 10))
	}
	fmt.Println(len(r.nodes), r.byID[20].val)
	fmt.Println(localSum([]int{1, 2, 3, 4}), fixedBuf(), pointerToLocalStruct(), ifaceLocal(41))
	x := 7
	y := keepPtr(&x)
	*y = 8
	fmt.Println(x)
	z := 9
	store(&z)
	z = 10
	fmt.Println(global.val, z)
	get, inc := counterPair()
	inc()
	inc()
	fmt.Println(get())
	for i := 0; i < 3; i++ {
		globalFns = append(globalFns, func() int { return i * i })
	}
	for _, f := range globalFns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	t := build(4)
	fmt.Println(t.sum(), len(t.kids))
	arr := [4]*int{}
	for i := range arr {
		v := i * 3
		arr[i] = &v
	}
	fmt.Println(*arr[0], *arr[3])
	ptrs := make([]*Node, 0, 2)
	local := Node{val: 1}
	ptrs = append(ptrs, &local)
	ptrs[0].val = 100
	fmt.Println(local.val, len(ptrs))
	m := map[string]*int{}
	for _, k := range []string{"a", "b"} {
		n := len(k) * 2
		m[k] = &n
	}
	*m["a"] += 1
	fmt.Println(*m["a"], *m["b"])
}
