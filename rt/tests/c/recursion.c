/* Recursion far deeper than a thread's 8 MB stack, which gc's 1 GB goroutine stacks allow;
   with an argument, recursion without end, which must report gc's stack overflow. */
#include "rt.h"

static int64_t depth(int64_t n, int64_t forever) {
    volatile char frame[200];
    frame[0] = (char)n;
    if (n == 0 && !forever)
        return frame[0];
    return depth(n - 1, forever) + 1 + frame[0] - frame[0];
}

void __gosub_main(void) {
    GoSlice os_args;
    gosub_os_args(&os_args);
    int64_t result = depth(1000000, os_args.len > 1);
    int64_t *value = &result;
    Iface args[1] = {{&int_type, value}};
    gosub_fmt_println(args, 1);
}
