/* os.Exit flushes the buffered output and exits with the given status. */
#include "rt.h"

void __gosub_main(void) {
    GoString text = STR("buffered");
    Iface args[1] = {{&string_type, &text}};
    gosub_fmt_println(args, 1);
    gosub_exit(3);
}
