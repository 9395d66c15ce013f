// run

// Methods promoted from embedded structs (by value and by pointer)
// satisfy interfaces; the outer type can override; embedded interface
// fields in structs; calling promoted pointer methods on addressable
// values.
package main

import "fmt"

type Logger interface {
	Log(msg string)
	Lines() []string
}

type Named interface{ Name() string }

type BaseLogger struct {
	prefix string
	lines  []string
}

func (b *BaseLogger) Log(msg string)  { b.lines = append(b.lines, b.prefix+msg) }
func (b *BaseLogger) Lines() []string { return b.lines }

type Identity struct{ name string }

func (i Identity) Name() string { return i.name }

type Service struct {
	*BaseLogger
	Identity
	calls int
}

func (s *Service) Handle(req string) {
	s.calls++
	s.Log(fmt.Sprintf("%s handles %s", s.Name(), req))
}

type Admin struct {
	Service
}

func (a Admin) Name() string { return "admin:" + a.Identity.Name() }

// Struct embedding an interface: delegation with override.
type LoudLogger struct {
	Logger
}

func (l LoudLogger) Log(msg string) { l.Logger.Log(msg + "!") }

func useLogger(l Logger, msgs ...string) int {
	for _, m := range msgs {
		l.Log(m)
	}
	return len(l.Lines())
}

func main() {
	svc := &Service{BaseLogger: &BaseLogger{prefix: "[svc] "}, Identity: Identity{"api"}}
	svc.Handle("GET /")
	svc.Handle("POST /x")
	fmt.Println(svc.calls, svc.Name())
	fmt.Println(useLogger(svc, "direct"))
	for _, l := range svc.Lines() {
		fmt.Println(l)
	}

	// Service (not pointer) also satisfies Logger: its *BaseLogger field
	// carries the pointer methods.
	var lg Logger = *svc
	lg.Log("via value")
	fmt.Println(len(svc.lines))

	ad := Admin{Service{&BaseLogger{prefix: "# "}, Identity{"root"}, 0}}
	var n Named = ad
	fmt.Println(n.Name(), ad.Identity.Name(), ad.Service.Name())
	ad.Handle("reboot") // Service.Handle uses Service's Name, not Admin's
	fmt.Println(ad.Lines())

	loud := LoudLogger{&BaseLogger{}}
	fmt.Println(useLogger(loud, "a", "b"))
	fmt.Println(loud.Lines())

	names := []Named{Identity{"x"}, ad, svc, &ad}
	for _, nm := range names {
		fmt.Print(nm.Name(), " ")
	}
	fmt.Println()
}
