/* sandbox.c: running untrusted code under limits. Each snippet runs in the same runtime,
 * which has a heap limit, an instruction budget, a low recursion limit and no file access;
 * every limit surfaces as its own error kind and the runtime keeps working afterwards. A
 * watchdog thread interrupts a script that sleeps (the budget counts ticks, not time). */
#define _POSIX_C_SOURCE 200809L
#include <copperhead.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static const char *KIND[] = {"ok", "exception", "syntax", "heap limit", "budget",
                             "recursion", "interrupted", "system exit", "invalid argument",
                             "internal"};

static void run(ch_runtime *rt, const char *title, const char *code) {
    ch_status s = ch_exec(rt, code, "untrusted.py");
    printf("%-22s %-12s", title, KIND[s]);
    if (s != CH_OK) {
        const char *msg = ch_error_message(rt);
        printf(" %s%s%s", ch_error_type_name(rt), *msg ? ": " : "", msg);
        ch_error_clear(rt);
    }
    /* The runtime still works after every failure. */
    ch_value *v = ch_eval(rt, "sum(range(10))", "check.py");
    int64_t n = -1;
    ch_as_int64(rt, v, &n);
    ch_value_free(rt, v);
    printf(" | still works: %lld\n", (long long)n);
}

static void *watchdog(void *arg) {
    struct timespec t = {0, 200 * 1000 * 1000};
    nanosleep(&t, NULL);
    ch_interrupt((ch_runtime *)arg); /* the one call allowed from another thread */
    return NULL;
}

static void collect(void *user, const char *text, size_t len) {
    size_t *total = user;
    (void)text;
    *total += len;
}

int main(void) {
    size_t printed = 0;
    ch_options opts;
    ch_options_init(&opts);
    opts.heap_limit = 16u << 20;      /* 16 MiB of live objects */
    opts.instruction_budget = 200000; /* loop iterations and calls per ch_exec */
    opts.recursion_limit = 100;
    opts.file_access = CH_FILES_NONE;
    opts.write_stdout = collect; /* untrusted output is counted, not shown */
    opts.output_user = &printed;
    ch_runtime *rt = ch_runtime_new(&opts);

    run(rt, "well-behaved", "print(sorted({3, 1, 2}))");
    run(rt, "memory hog",
        "def hog():\n    h = []\n    while True:\n        h.append([0] * 10000)\nhog()\n");
    run(rt, "huge allocation", "x = 'a' * (1 << 40)");
    run(rt, "infinite loop", "while True:\n    pass\n");
    run(rt, "swallows the budget",
        "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n");
    run(rt, "deep recursion", "def f(n):\n    return f(n + 1)\nf(0)\n");
    run(rt, "reads a file", "open('/etc/passwd')");
    run(rt, "syntax error", "def broken(:\n");
    run(rt, "leaves a global", "kept = [0] * 1500000");
    run(rt, "then allocates", "more = [0] * 1500000");
    run(rt, "frees it first", "del kept\nmore = [0] * 1500000\ndel more");
    run(rt, "exits", "raise SystemExit(3)");

    /* No budget, a sleeping script: only an interrupt stops it. */
    ch_set_instruction_budget(rt, 0);
    pthread_t t;
    pthread_create(&t, NULL, watchdog, rt);
    run(rt, "sleeps forever", "import time\nwhile True:\n    time.sleep(0.01)\n");
    pthread_join(t, NULL);

    printf("untrusted code printed %zu bytes\n", printed);
    ch_runtime_free(rt);
    return 0;
}
