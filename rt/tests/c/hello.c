/* Buffered fmt output, unbuffered print output, os.Args, normal exit. */
#include "rt.h"

void __gosub_main(void) {
    GoString hello = STR("hello");
    int64_t answer = 42;
    Iface args[2] = {{&string_type, &hello}, {&int_type, &answer}};
    gosub_fmt_println(args, 2);
    gosub_print_string("to stderr\n", 10);
    GoString format = STR("%5d|%-4s|\n");
    Iface formatted[2] = {{&int_type, &answer}, {&string_type, &hello}};
    gosub_fmt_printf(format.ptr, format.len, formatted, 2);
    GoSlice os_args;
    gosub_os_args(&os_args);
    GoString *strings = os_args.ptr;
    gosub_print_int(os_args.len);
    gosub_print_string(" ", 1);
    gosub_print_string(strings[1].ptr, strings[1].len);
    gosub_print_newline();
}
