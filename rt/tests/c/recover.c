/* defer, panic and recover as the compiler lowers them (tests/gen/recover.go), one mode per
   argument. Compiled with -O0, so every function keeps the frame pointer, as compiled Go does. */
#include "rt.h"
#include <string.h>

static void println_string(const char *text, int64_t len) {
    GoString s = {text, len};
    Iface args[1] = {{&string_type, &s}};
    gosub_fmt_println(args, 1);
}
#define PRINTLN(text) println_string(text, sizeof(text) - 1)

typedef struct { Closure base; int64_t *result; } Recoverer;

static void recover_and_set(Closure *closure) {
    Iface value = gosub_recover();
    GoString label = STR("recovered:");
    Iface args[2] = {{&string_type, &label}, value};
    gosub_fmt_println(args, 2);
    *((Recoverer *)closure)->result = 42;
}

typedef struct { Closure base; int64_t i; } Printer;

static void print_deferred(Closure *closure) {
    GoString label = STR("deferred");
    Iface args[2] = {{&string_type, &label}, {&int_type, &((Printer *)closure)->i}};
    gosub_fmt_println(args, 2);
}

typedef struct { Closure base; void *frame; int64_t *result; } Body;

static void defers_body(Closure *closure) {
    Body *body = (Body *)closure;
    Recoverer recoverer = {{recover_and_set}, body->result};
    gosub_defer_push(body->frame, &recoverer);
    Printer printers[2] = {{{print_deferred}, 1}, {{print_deferred}, 2}};
    gosub_defer_push(body->frame, &printers[0]);
    gosub_defer_push(body->frame, &printers[1]);
    PRINTLN("body");
    GoString boom = STR("boom");
    gosub_panic_value(&string_type, &boom);
}

static void defers(void) {
    int64_t result = 0;
    void *frame[DEFER_FRAME_WORDS] = {0};
    Body body = {{defers_body}, frame, &result};
    gosub_run_deferring(&body, frame);
    GoString label = STR("result");
    Iface args[2] = {{&string_type, &label}, {&int_type, &result}};
    gosub_fmt_println(args, 2);
    PRINTLN("after");
}

static void recover_then_panic(Closure *closure) {
    (void)closure;
    gosub_recover();
    GoString again = STR("again");
    gosub_panic_value(&string_type, &again);
}

static void nil_body(Closure *closure) {
    Body *body = (Body *)closure;
    Closure deferred = {recover_then_panic};
    gosub_defer_push(body->frame, &deferred);
    volatile int64_t *nil_pointer = 0;
    gosub_print_int(nil_pointer[0]);
}

static void repanic_deferred(Closure *closure) {
    (void)closure;
    Iface value = gosub_recover();
    GoString label = STR("got");
    Iface args[2] = {{&string_type, &label}, value};
    gosub_fmt_println(args, 2);
    gosub_panic_value(value.tab, value.data);
}

static void repanic_body(Closure *closure) {
    Body *body = (Body *)closure;
    Closure deferred = {repanic_deferred};
    gosub_defer_push(body->frame, &deferred);
    static GoString first = STR("first");
    gosub_panic_value(&string_type, &first);
}

static void print_goroutine_deferred(Closure *closure) {
    (void)closure;
    PRINTLN("deferred in goroutine");
}

static void goroutine_body(Closure *closure) {
    Body *body = (Body *)closure;
    Closure deferred = {print_goroutine_deferred};
    gosub_defer_push(body->frame, &deferred);
    gosub_panic_index(5, 0);
}

static void goroutine_main(Closure *closure) {
    (void)closure;
    void *frame[DEFER_FRAME_WORDS] = {0};
    Body body = {{goroutine_body}, frame, 0};
    gosub_run_deferring(&body, frame);
}

static int64_t recurse(int64_t n) {
    volatile int64_t pad[32];
    pad[n % 32] = n;
    return recurse(n + 1) + pad[1];
}

static void overflowing(Closure *closure) {
    (void)closure;
    gosub_print_int(recurse(0));
}

/* Runs `run` as the body of a function with defers. */
static void with_defers(void (*run)(Closure *)) {
    void *frame[DEFER_FRAME_WORDS] = {0};
    Body body = {{run}, frame, 0};
    gosub_run_deferring(&body, frame);
}

void __gosub_main(void) {
    GoSlice os_args;
    gosub_os_args(&os_args);
    GoString mode = ((GoString *)os_args.ptr)[1];
    #define IS(name) (mode.len == sizeof(name) - 1 && memcmp(mode.ptr, name, mode.len) == 0)
    if (IS("defers")) {
        defers();
    } else if (IS("nil")) {
        with_defers(nil_body);
    } else if (IS("repanic")) {
        with_defers(repanic_body);
    } else if (IS("goroutine") || IS("overflow")) {
        Closure start = {IS("goroutine") ? goroutine_main : overflowing};
        gosub_go(&start);
        int64_t buf;
        gosub_chan_recv(gosub_chan_make(&chan_int_type, 0), &buf);
    }
}
