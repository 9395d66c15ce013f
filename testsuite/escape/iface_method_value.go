// errorcheck -0 -m -l

// Method values on interfaces (f := i.M) bind the interface value in a
// closure like concrete method values; calling f is an indirect call.

package escape

type Getter interface{ Get() int }

type G struct{ n int }

func (g G) Get() int { return g.n }

var gf func() int

func ifaceMethodValueLocal(i Getter) int { // ERROR "leaking param: i$"
	f := i.Get // ERROR "i\.Get does not escape$"
	return f()
}

func ifaceMethodValueEscapes(i Getter) { // ERROR "leaking param: i$"
	gf = i.Get // ERROR "i\.Get escapes to heap$"
}

func concreteToIfaceMethodValue() int {
	g := G{1}
	var i Getter = g // ERROR "g escapes to heap$"
	f := i.Get // ERROR "i\.Get does not escape$"
	return f()
}
