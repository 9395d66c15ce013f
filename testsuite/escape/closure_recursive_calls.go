// errorcheck -0 -m -l

// A recursive function literal calls itself through the variable that
// holds it, captured by reference: when nothing but that assignment ever
// changes the variable, the call is a known call and its arguments escape
// only as the literal lets them.

package escape

type Node struct {
	Left, Right *Node
	Val         int
}

func walk(root *Node) int { // ERROR "root does not escape$"
	sum := 0
	var visit func(n *Node)
	visit = func(n *Node) { // ERROR "func literal does not escape$" "n does not escape$"
		if n == nil {
			return
		}
		sum += n.Val
		visit(n.Left)
		visit(n.Right)
	}
	visit(root)
	return sum
}

func fresh() int {
	var count func(p *int, n int)
	count = func(p *int, n int) { // ERROR "func literal does not escape$" "p does not escape$"
		if n > 0 {
			*p++
			count(p, n-1)
		}
	}
	x := 0
	count(&x, 3)
	return x
}
