// run
// Panic: assignment to entry in nil map

// An order-filling warehouse (maps of pointers, custom error type, %w,
// type switch on errors) that ends with a write to a nil map.
package main

import (
	"errors"
	"fmt"
)

type SKU string

type Stock struct {
	SKU   SKU
	Qty   int
	Price int // cents
}

type Warehouse struct {
	name   string
	stock  map[SKU]*Stock
	orders []Order
}

type Order struct {
	ID    int
	Lines map[SKU]int
}

var ErrUnknown = errors.New("unknown sku")

type ShortError struct {
	SKU       SKU
	Have, Want int
}

func (e *ShortError) Error() string {
	return fmt.Sprintf("short on %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (w *Warehouse) Fill(o Order) (total int, err error) {
	keys := make([]SKU, 0, len(o.Lines))
	for k := range o.Lines {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		s, ok := w.stock[k]
		if !ok {
			return 0, fmt.Errorf("order %d: %w (%s)", o.ID, ErrUnknown, k)
		}
		if s.Qty < o.Lines[k] {
			return 0, &ShortError{k, s.Qty, o.Lines[k]}
		}
	}
	for _, k := range keys {
		s := w.stock[k]
		s.Qty -= o.Lines[k]
		total += s.Price * o.Lines[k]
	}
	w.orders = append(w.orders, o)
	return total, nil
}

func cents(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	w := &Warehouse{name: "main", stock: map[SKU]*Stock{}}
	for i, s := range []SKU{"apple", "bolt", "cable", "drill"} {
		w.stock[s] = &Stock{s, (i + 1) * 5, 199 + i*350}
	}
	orders := []Order{
		{1, map[SKU]int{"apple": 2, "bolt": 3}},
		{2, map[SKU]int{"drill": 25}},
		{3, map[SKU]int{"cable": 15, "zzz": 1}},
		{4, map[SKU]int{"cable": 15, "apple": 3}},
		{5, map[SKU]int{"apple": 1}},
	}
	for _, o := range orders {
		total, err := w.Fill(o)
		var se *ShortError
		switch e := err.(type) {
		case nil:
			fmt.Println("order", o.ID, "ok", cents(total))
		case *ShortError:
			se = e
			fmt.Println("order", o.ID, "short:", se.SKU, se.Want-se.Have, "|", err)
		default:
			fmt.Println("order", o.ID, "failed:", e)
		}
	}
	for _, k := range []SKU{"apple", "bolt", "cable", "drill"} {
		fmt.Printf("%-6s %3d %8s\n", k, w.stock[k].Qty, cents(w.stock[k].Price))
	}
	fmt.Println(len(w.orders))
	var audit map[SKU]int
	defer fmt.Println("audit deferred")
	for _, o := range w.orders {
		for k, n := range o.Lines {
			audit[k] += n
		}
	}
	fmt.Println("unreachable")
}

// Output:
// order 1 ok $20.45
// order 2 short: drill 5 | short on drill: have 20, want 25
// order 3 failed: order 3: unknown sku (zzz)
// order 4 ok $140.82
// order 5 short: apple 1 | short on apple: have 0, want 1
// apple    0    $1.99
// bolt     7    $5.49
// cable    0    $8.99
// drill   20   $12.49
// 2
// audit deferred
