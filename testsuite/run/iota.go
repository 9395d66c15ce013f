// run

// iota patterns: skipping values with _, expressions, implicit repetition,
// typed iota, several constants per line and byte-size units.
package main

import "fmt"

type Size uint64

const (
	_       = iota             // skip 0
	KB Size = 1 << (10 * iota) // 1 << 10
	MB
	GB
	TB
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
)

type Color int

const (
	Red Color = iota
	Green
	_
	Blue
	Alpha = Blue * 10
	Beta
	Gamma = iota * iota
	Delta
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

const (
	zero = iota
	one
	str = "s"
	again
	three = iota
)

const single = iota

func human(s Size) string {
	switch {
	case s >= TB:
		return fmt.Sprintf("%.1fT", float64(s)/float64(TB))
	case s >= GB:
		return fmt.Sprintf("%.1fG", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fM", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fK", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", s)
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(KiB, MiB, GiB)
	fmt.Println(Red, Green, Blue, Alpha, Beta, Gamma, Delta)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagAll, FlagAll&^FlagWrite)
	fmt.Println(zero, one, str, again, three, single)
	for _, s := range [...]Size{512, 1536, 5 * MB, 3*GB + 512*MB, 2 * TB} {
		fmt.Println(human(s))
	}
	fmt.Printf("%T %T %T\n", KB, KiB, Beta)
}

// Output:
// 1024 1048576 1073741824 1099511627776
// 1024 1048576 1073741824
// 0 1 3 30 30 36 49
// 0 0 1 10 2 20
// 1 2 4 7 5
// 0 1 s s 4 0
// 512B
// 1.5K
// 5.0M
// 3.5G
// 2.0T
// main.Size int main.Color
