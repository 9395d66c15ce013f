/* The runtime ABI (src/abi.rs) in C, for the end-to-end tests in tests/e2e.rs. */
#include <stdint.h>

typedef struct { const char *ptr; int64_t len; } GoString;
typedef struct { void *ptr; int64_t len, cap; } GoSlice;
typedef struct { const void *tab; void *data; } Iface;
typedef struct TypeDesc {
    uint64_t size;
    uint32_t align;
    uint8_t kind, flags;
    uint16_t pad;
    GoString name;
    const struct TypeDesc *elem, *key;
    uint64_t len;
    const void *fields, *methods;
    uint64_t nmethods;
} TypeDesc;

#define STR(s) ((GoString){s, sizeof(s) - 1})

static const TypeDesc int_type = {8, 8, 2, 8, 0, {"int", 3}, 0, 0, 0, 0, 0, 0};
static const TypeDesc string_type = {16, 8, 24, 9, 0, {"string", 6}, 0, 0, 0, 0, 0, 0};

int64_t gosub_fmt_println(const Iface *args, int64_t n);
int64_t gosub_fmt_printf(const char *format, int64_t len, const Iface *args, int64_t n);
void gosub_print_string(const char *ptr, int64_t len);
void gosub_print_int(int64_t value);
void gosub_print_newline(void);
void gosub_exit(int64_t code) __attribute__((noreturn));
void gosub_os_args(GoSlice *out);
void gosub_panic_index(int64_t index, int64_t len) __attribute__((noreturn));
void gosub_panic_value(const TypeDesc *tab, void *data) __attribute__((noreturn));
