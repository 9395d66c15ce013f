// Package literals exercises expressions: literals of every form, composite literals,
// function literals, conversions, selectors, indexing, slicing and type assertions.
package literals

type pair struct {
	key   string
	value *int
}

type tree struct {
	left, right *tree
	val         int
}

var (
	ints    = []int{0, 42, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B101010, 1_000_000, 0x_FF}
	floats  = []float64{0., .5, 1.5, 1e9, 1E-9, 6.02e+23, 0x1p-2, 0X1.8P+1, 0x.8p0, 1_0.2_5}
	imags   = []complex128{2i, 1.5i, 0i, 1e3i, 0x10i}
	runes   = []rune{'a', 'é', '\n', '\'', '\\', '\x41', '\101', '\u00e9', '\U0001F600', '本'}
	strs    = []string{"", "plain", "esc\a\b\f\n\r\t\v\\\"", "\x41\101\u00e9\U0001F600", "日本語"}
	raws    = []string{`raw`, `with "quotes" and \n`, `multi
line`}
	grid    = [][]int{{1, 2}, {3, 4}, {}}
	arr     = [...]string{2: "two", 0: "zero"}
	ptrs    = []*pair{{key: "a"}, {"b", nil}}
	lookup  = map[string][]pair{"x": {{key: "y"}}, "z": nil}
	nested  = map[[2]int]struct{ a, b int }{{1, 2}: {3, 4}}
	root    = &tree{left: &tree{val: 1}, val: 2}
	anon    = struct {
		name string
		age  int
	}{"gopher", 13}
	funcs   = map[string]func(int) int{"double": func(x int) int { return x * 2 }}
	matrix  = [2][2]float64{{1, 0}, {0, 1}}
	chans   = []chan<- int{make(chan int), nil}
	empties = []struct{}{{}, {}}
)

func Convert(x interface{}) (n int, s string) {
	if v, ok := x.(int); ok {
		n = v
	}
	s, _ = x.(string)
	b := []byte(s)
	r := []rune(string(b))
	f := float64(n) / 3
	n = int(f) + len(r)
	p := (*pair)(nil)
	_ = p
	fn := (func(int) int)(nil)
	_ = fn
	return n, string(r[1:2])
}

func Slices(xs []int, s string) []int {
	a := xs[:]
	b := xs[1:]
	c := xs[:2]
	d := xs[1:2:3]
	e := xs[:2:3]
	_ = s[1] + s[len(s)-1]
	_, _, _ = a, b, c
	return append(d, e...)
}

func Closures() func() int {
	counter := 0
	inc := func(by int) func() int {
		return func() int {
			counter += by
			return counter
		}
	}
	return inc(2)
}

func Methods(t *tree) int {
	walk := (*tree).sum
	f := t.sum
	return walk(t) + f() + tree.depth(*t)
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func (t tree) depth() int {
	l, r := 0, 0
	if t.left != nil {
		l = t.left.depth()
	}
	if t.right != nil {
		r = t.right.depth()
	}
	return 1 + max(l, r)
}

func Pointers() {
	x := 1
	p := &x
	pp := &p
	**pp = 2
	*p++
	q := &pair{key: "k", value: p}
	*q.value += 3
	arr := &[3]int{1, 2, 3}
	arr[0] = len(arr)
	s := &[]int{1}
	(*s)[0] = 5
}

func Channels(c chan int) (v int) {
	c <- 1
	v = <-c
	v, ok := <-c
	_ = ok
	<-c
	var r <-chan int = c
	var w chan<- int = c
	w <- <-r
	return v
}

func Compose(fs ...func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}
