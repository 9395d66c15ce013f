// run

// A binary search tree with pointer-linked nodes: insert, search, in-order
// traversal through a pointer to an output array, height, min/max and
// deletion of nodes with zero, one and two children.
package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func contains(t *Tree, k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

type Out struct {
	keys [32]int
	n    int
}

func (o *Out) walk(t *Tree) {
	if t == nil {
		return
	}
	o.walk(t.Left)
	o.keys[o.n] = t.Key
	o.n++
	o.walk(t.Right)
}

func (o *Out) String() string {
	s := ""
	for i := 0; i < o.n; i++ {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprint(o.keys[i])
	}
	return s
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func minNode(t *Tree) *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = remove(t.Left, k)
	case k > t.Key:
		t.Right = remove(t.Right, k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := minNode(t.Right)
		t.Key = m.Key
		t.Right = remove(t.Right, m.Key)
	}
	return t
}

func inorder(t *Tree) string {
	var o Out
	o.walk(t)
	return o.String()
}

func main() {
	var root *Tree
	for _, k := range [...]int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = insert(root, k)
	}
	fmt.Println(inorder(root))
	fmt.Println("height", height(root), "min", minNode(root).Key)
	fmt.Println(contains(root, 45), contains(root, 55))
	root = remove(root, 20) // leaf
	root = remove(root, 60) // one child
	root = remove(root, 30) // two children
	root = remove(root, 50) // root
	fmt.Println(inorder(root))
	fmt.Println("root", root.Key, "height", height(root))
}

// Output:
// 20 30 35 40 45 50 60 65 70 80
// height 4 min 20
// true false
// 35 40 45 65 70 80
// root 65 height 3
