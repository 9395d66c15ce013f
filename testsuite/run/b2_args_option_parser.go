// run
// Args: -v 3 4 x
// Exit: 7

// A command-line option parser over os.Args and fixed argument lists;
// the numeric arguments sum to the exit status passed to os.Exit.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Options struct {
	Verbose bool
	Count   int
	Name    string
	Rest    []string
}

func parseInt(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n, neg := 0, false
	for i, c := range s {
		if i == 0 && c == '-' {
			neg = true
			continue
		}
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func parse(args []string) (Options, error) {
	var o Options
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-v":
			o.Verbose = true
		case a == "-n":
			if i+1 >= len(args) {
				return o, fmt.Errorf("-n needs a value")
			}
			i++
			n, ok := parseInt(args[i])
			if !ok {
				return o, fmt.Errorf("bad count %q", args[i])
			}
			o.Count = n
		case len(a) > 7 && a[:7] == "--name=":
			o.Name = a[7:]
		case a == "--":
			o.Rest = append(o.Rest, args[i+1:]...)
			return o, nil
		default:
			o.Rest = append(o.Rest, a)
		}
	}
	return o, nil
}

func main() {
	fmt.Println(len(os.Args) >= 1)
	o, err := parse(os.Args[1:])
	fmt.Printf("%+v %v\n", o, err)
	cases := [][]string{
		{"-v", "-n", "12", "file1"},
		{"-n"},
		{"-n", "x1"},
		{"--name=bob", "a", "--", "-v", "-n"},
		{},
		{"-n", "-3", "--name="},
	}
	for _, c := range cases {
		o, err := parse(c)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%+v\n", o)
	}
	code := 0
	for _, a := range os.Args[1:] {
		if n, ok := parseInt(a); ok {
			code += n
		}
	}
	fmt.Println("code", strconv.Itoa(code))
	if code != 0 {
		defer fmt.Println("never printed")
		os.Exit(code)
	}
}

// Output:
// true
// {Verbose:true Count:0 Name: Rest:[3 4 x]} <nil>
// {Verbose:true Count:12 Name: Rest:[file1]}
// error: -n needs a value
// error: bad count "x1"
// {Verbose:false Count:0 Name:bob Rest:[a -v -n]}
// {Verbose:false Count:0 Name: Rest:[]}
// {Verbose:false Count:-3 Name: Rest:[--name=]}
// code 7
