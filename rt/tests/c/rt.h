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

typedef struct { GoString name; const TypeDesc *sig; const void *func; } MethodDesc;

void *gosub_alloc(uint64_t size, uint64_t align, uint64_t has_pointers);
void gosub_gc(void);
/* runtime.MemStats as 722 words; the fields the tests read: */
#define MEMSTATS_WORDS 722
#define MS_TOTAL_ALLOC 1
#define MS_MALLOCS 4
#define MS_FREES 5
#define MS_HEAP_ALLOC 6
#define MS_HEAP_OBJECTS 11
#define MS_NUM_GC_BYTE_OFFSET 4288
void gosub_read_memstats(uint64_t *out);
uint8_t gosub_iface_equal(const TypeDesc *t1, void *d1, const TypeDesc *t2, void *d2);
void *gosub_map_new(const TypeDesc *map_type, int64_t hint);
const void *gosub_map_access(void *map, const void *key);
void *gosub_map_assign(void *map, const void *key);
const void *gosub_assert_iface(const TypeDesc *typ, const TypeDesc *want);
void gosub_panic_assert(const TypeDesc *have, const TypeDesc *want, const TypeDesc *iface) __attribute__((noreturn));
void gosub_panic_makeslice(void) __attribute__((noreturn));
void gosub_panic_makeslice_cap(void) __attribute__((noreturn));

/* Goroutines, channels, defer (src/sched, src/chan, src/unwind). A Go func value is a pointer
   to a closure whose first word is its code, called with the closure as argument. */
typedef struct Closure { void (*code)(struct Closure *); } Closure;
void gosub_go(void *closure);
void *gosub_chan_make(const TypeDesc *chan_type, int64_t size);
void gosub_chan_send(void *ch, const void *value);
uint8_t gosub_chan_recv(void *ch, void *buf);
void gosub_chan_close(void *ch);
typedef struct { void *ch; int64_t is_send; void *elem; } SelectCase;
typedef struct { int64_t chosen, recv_ok; } SelectResult;
SelectResult gosub_select(const SelectCase *cases, int64_t n, int64_t has_default);
#define DEFER_FRAME_WORDS 32
void gosub_run_deferring(void *body, void *frame);
void gosub_defer_push(void *frame, void *closure);
void gosub_run_defers(void *frame);
Iface gosub_recover(void);
static const TypeDesc chan_int_type = {8, 8, 18, 11, 0, {"chan int", 8}, &int_type, 0, 0, 0, 0, 0};
static const TypeDesc bool_type = {1, 1, 1, 8, 0, {"bool", 4}, 0, 0, 0, 0, 0, 0};
