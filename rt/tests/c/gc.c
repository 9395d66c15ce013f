/* A program-like collector test: a linked list reachable only from a Go global (in the
 * gosub_globals section) and one reachable only from the stack survive millions of short-lived
 * allocations; the heap stays bounded and the statistics add up. */
#include "rt.h"
#include <stdio.h>
#include <string.h>

typedef struct Node { struct Node *next; int64_t value; } Node;

__attribute__((section("gosub_globals"))) Node *global_list;

static Node *build(int64_t n) {
    Node *head = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        Node *node = gosub_alloc(sizeof(Node), 8, 1);
        node->next = head;
        node->value = i;
        head = node;
    }
    return head;
}

static int check(Node *head, int64_t n) {
    for (int64_t i = 0; i < n; i++, head = head->next)
        if (head == 0 || head->value != i) return 0;
    return head == 0;
}

void __gosub_main(void) {
    global_list = build(1000);
    Node *volatile local_list = build(1000);
    uint64_t stats[MEMSTATS_WORDS], peak = 0;
    for (int64_t i = 0; i < 3000000; i++) {
        int64_t *garbage = gosub_alloc(16 + (i % 4) * 16, 8, i % 2);
        *garbage = i;
        if (i % 1000 == 0) {
            gosub_read_memstats(stats);
            if (stats[MS_HEAP_ALLOC] > peak) peak = stats[MS_HEAP_ALLOC];
        }
    }
    gosub_gc();
    gosub_read_memstats(stats);
    uint32_t num_gc;
    memcpy(&num_gc, (char *)stats + MS_NUM_GC_BYTE_OFFSET, 4);
    printf("lists intact: %d %d\n", check(global_list, 1000), check(local_list, 1000));
    printf("collected: %d\n", num_gc > 1);
    printf("bounded: %d\n", peak < (8 << 20));
    printf("objects add up: %d\n", stats[MS_MALLOCS] - stats[MS_FREES] == stats[MS_HEAP_OBJECTS]);
    printf("live after GC under 100 KiB: %d\n", stats[MS_HEAP_ALLOC] < 100 * 1024);
    fflush(stdout);
}
