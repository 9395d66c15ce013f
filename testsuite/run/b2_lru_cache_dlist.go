// run

// An LRU cache: map plus doubly linked list, eviction callback closure,
// hit/miss counters, Stringer on a pointer type.
package main

import "fmt"

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
	onEvict    func(k string, v int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*entry), onEvict: onEvict}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func (c *LRU) String() string {
	return fmt.Sprintf("LRU%v hits=%d miss=%d", c.Keys(), c.hits, c.miss)
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c, evicted)
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c.Keys(), evicted)
	for _, k := range []string{"a", "c", "d", "e", "zz"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%d:%t ", k, v, ok)
	}
	fmt.Println()
	fmt.Println(c.String(), len(c.items))
	small := NewLRU(1, nil)
	for i := 0; i < 5; i++ {
		small.Put(fmt.Sprint("k", i%2), i)
	}
	fmt.Println(small, small.head == small.tail, small.head.val)
}
