/* The runtime's own panics, one per argument: comparing and hashing uncomparable dynamic types,
 * assigning to a nil map, make with a bad length or capacity, a failed assertion to an interface. */
#include "rt.h"
#include <string.h>

static const TypeDesc int_slice_type = {24, 8, 23, 1, 0, {"[]int", 5}, &int_type, 0, 0, 0, 0, 0};
static const TypeDesc any_type = {16, 8, 20, 9, 0, {"interface {}", 12}, 0, 0, 0, 0, 0, 0};
static const TypeDesc any_int_map = {8, 8, 21, 3, 0, {"map[interface {}]int", 20}, &int_type, &any_type, 0, 0, 0, 0};
static const TypeDesc func_type = {8, 8, 19, 3, 0, {"func()", 6}, 0, 0, 0, 0, 0, 0};
static void method(void) {}
static const MethodDesc t_methods[] = {{{"M", 1}, &func_type, (const void *)method}};
static const MethodDesc i_methods[] = {{{"M", 1}, &func_type, 0}, {{"N", 1}, &func_type, 0}};
static const TypeDesc t_type = {0, 1, 25, 12, 0, {"main.T", 6}, 0, 0, 0, 0, t_methods, 1};
static const TypeDesc i_type = {16, 8, 20, 13, 0, {"main.I", 6}, 0, 0, 2, 0, i_methods, 2};

static int is(GoString s, const char *text) {
    return s.len == (int64_t)strlen(text) && memcmp(s.ptr, text, s.len) == 0;
}

void __gosub_main(void) {
    GoSlice os_args;
    gosub_os_args(&os_args);
    GoString mode = ((GoString *)os_args.ptr)[1];
    GoSlice a = {0, 0, 0}, b = {0, 0, 0};
    Iface key = {&int_slice_type, &a};
    if (is(mode, "compare"))
        gosub_iface_equal(&int_slice_type, &a, &int_slice_type, &b);
    if (is(mode, "hash"))
        gosub_map_assign(gosub_map_new(&any_int_map, 0), &key);
    if (is(mode, "emptyhash"))
        gosub_map_access(gosub_map_new(&any_int_map, 0), &key);
    if (is(mode, "nilmap"))
        gosub_map_assign(0, &key);
    if (is(mode, "makeslice"))
        gosub_panic_makeslice();
    if (is(mode, "makeslicecap"))
        gosub_panic_makeslice_cap();
    if (is(mode, "assert") && gosub_assert_iface(&t_type, &i_type) == 0)
        gosub_panic_assert(&t_type, &i_type, &any_type);
    gosub_print_string("no panic", 8);
    gosub_print_newline();
}
