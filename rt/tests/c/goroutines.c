/* Ping-pong over unbuffered channels, close and range, then a deadlock (tests/gen/goroutines.go). */
#include "rt.h"

typedef struct { Closure base; void *ping, *pong; } PingPong;

static void doubler(Closure *closure) {
    PingPong *c = (PingPong *)closure;
    int64_t v;
    while (gosub_chan_recv(c->ping, &v)) {
        int64_t doubled = v * 2;
        gosub_chan_send(c->pong, &doubled);
    }
    gosub_chan_close(c->pong);
}

typedef struct { Closure base; void *ch; } NilSender;

static void nil_sender(Closure *closure) {
    int64_t one = 1;
    gosub_chan_send(((NilSender *)closure)->ch, &one);
}

void __gosub_main(void) {
    PingPong pp = {{doubler}, gosub_chan_make(&chan_int_type, 0), gosub_chan_make(&chan_int_type, 0)};
    gosub_go(&pp);
    int64_t sum = 0;
    for (int64_t i = 1; i <= 100; i++) {
        int64_t got;
        gosub_chan_send(pp.ping, &i);
        gosub_chan_recv(pp.pong, &got);
        sum += got;
    }
    gosub_chan_close(pp.ping);
    int64_t v = -1;
    uint8_t ok = gosub_chan_recv(pp.pong, &v);
    Iface args[3] = {{&int_type, &sum}, {&int_type, &v}, {&bool_type, &ok}};
    gosub_fmt_println(args, 3);
    NilSender nil = {{nil_sender}, 0};
    gosub_go(&nil);
    int64_t buf;
    gosub_chan_recv(gosub_chan_make(&chan_int_type, 0), &buf);
}
