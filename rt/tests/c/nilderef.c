/* A nil dereference becomes gc's panic, after the buffered output. */
#include "rt.h"

void __gosub_main(void) {
    GoString text = STR("before");
    Iface args[1] = {{&string_type, &text}};
    gosub_fmt_println(args, 1);
    volatile int64_t *nil_pointer = 0;
    nil_pointer[1] = 7;
}
