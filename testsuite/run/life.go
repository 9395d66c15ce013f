// run

// Conway's Game of Life on a small toroidal grid held in a 2-D array of
// bools; generations are values, so each step copies the grid.
package main

import "fmt"

const W, H = 10, 8

type Grid [H][W]bool

func (g *Grid) alive(x, y int) bool {
	return g[(y+H)%H][(x+W)%W]
}

func (g Grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func step(g Grid) Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbours(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (g *Grid) population() (n int) {
	for y := range g {
		for x := range g[y] {
			if g[y][x] {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	// A glider and a blinker.
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	g[5][6], g[5][7], g[5][8] = true, true, true
	start := g
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d, population %d\n", gen, g.population())
		if gen%2 == 0 {
			fmt.Print(g.String())
		}
		g = step(g)
	}
	for i := 5; i < 40; i++ {
		g = step(g)
	}
	fmt.Println("after 40:", g.population(), g == start)
}

// Output:
// generation 0, population 8
// .#........
// ..#.......
// ###.......
// ..........
// ..........
// ......###.
// ..........
// ..........
// generation 1, population 8
// generation 2, population 8
// ..........
// ..#.......
// #.#.......
// .##.......
// ..........
// ......###.
// ..........
// ..........
// generation 3, population 8
// generation 4, population 8
// ..........
// ..#.......
// ...#......
// .###......
// ..........
// ......###.
// ..........
// ..........
// after 40: 0 false
