/* An index panic and a panic with a string value. */
#include "rt.h"
#include <string.h>

void __gosub_main(void) {
    GoSlice os_args;
    gosub_os_args(&os_args);
    GoString *strings = os_args.ptr;
    if (strings[1].len == 5 && memcmp(strings[1].ptr, "index", 5) == 0)
        gosub_panic_index(5, 3);
    GoString message = STR("hello\nworld");
    gosub_panic_value(&string_type, &message);
}
