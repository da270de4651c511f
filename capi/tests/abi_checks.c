/* abi_checks.c: checks of the C ABI that the examples do not show, run like them (gcc and
 * clang, static and shared, valgrind, and on the cross targets by tests/cross/host_programs.sh):
 * exec/eval in host namespaces, many isolated runtimes in one process (on one thread and on
 * several at once), interrupting a runtime from another thread while others keep running,
 * and invalid arguments. Each check prints one line; a failed check prints FAIL and the
 * program exits with status 1. */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#endif
#include <copperhead.h>
#include <stdio.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
typedef HANDLE thread_t;
typedef struct {
    void (*fn)(void *);
    void *arg;
} start_t;
static DWORD WINAPI trampoline(LPVOID p) {
    start_t *s = p;
    s->fn(s->arg);
    return 0;
}
static start_t starts[16];
static int nstarts = 0;
static int thread_start(thread_t *t, void (*fn)(void *), void *arg) {
    start_t *s = &starts[nstarts++];
    s->fn = fn;
    s->arg = arg;
    *t = CreateThread(NULL, 0, trampoline, s, 0, NULL);
    return *t == NULL;
}
static void thread_join(thread_t t) {
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
}
static void sleep_ms(unsigned ms) { Sleep(ms); }
#else
#include <pthread.h>
#include <time.h>
typedef pthread_t thread_t;
typedef struct {
    void (*fn)(void *);
    void *arg;
} start_t;
static void *trampoline(void *p) {
    start_t *s = p;
    s->fn(s->arg);
    return NULL;
}
static start_t starts[16];
static int nstarts = 0;
static int thread_start(thread_t *t, void (*fn)(void *), void *arg) {
    start_t *s = &starts[nstarts++];
    s->fn = fn;
    s->arg = arg;
    return pthread_create(t, NULL, trampoline, s);
}
static void thread_join(thread_t t) { pthread_join(t, NULL); }
static void sleep_ms(unsigned ms) {
    struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}
#endif

static int failures = 0;

static void check(int ok, const char *what) {
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok)
        failures++;
}

/* The int value of `v` (a new reference, released here), or -1. */
static int64_t take_int(ch_runtime *rt, ch_value *v) {
    int64_t n = -1;
    if (v == NULL || ch_as_int64(rt, v, &n) != CH_OK)
        n = -1;
    ch_value_free(rt, v);
    return n;
}

static int error_is(ch_runtime *rt, const char *type_name, const char *message) {
    const char *t = ch_error_type_name(rt), *m = ch_error_message(rt);
    int ok = t && m && strcmp(t, type_name) == 0 && strcmp(m, message) == 0;
    if (!ok)
        printf("     got %s: %s\n", t ? t : "(none)", m ? m : "(none)");
    ch_error_clear(rt);
    return ok;
}

static void namespaces(void) {
    ch_runtime *rt = ch_runtime_new(NULL);
    ch_value *g = ch_dict(rt), *l = ch_dict(rt);
    ch_value *forty = ch_int(rt, 40);
    ch_setitem_str(rt, g, "base", forty);
    ch_value_free(rt, forty);

    check(ch_exec_in(rt, "answer = base + 2\ndef f():\n    return base\n", "ns.py", g, NULL) ==
              CH_OK,
          "exec_in with globals only");
    check(take_int(rt, ch_getitem_str(rt, g, "answer")) == 42, "the code bound names in globals");
    ch_value *builtins = ch_getitem_str(rt, g, "__builtins__");
    check(builtins != NULL, "globals got __builtins__");
    ch_value_free(rt, builtins);
    check(ch_global(rt, "answer") == NULL && error_is(rt, "AttributeError",
                                                      "module '__main__' has no attribute 'answer'"),
          "__main__ did not see them");

    check(ch_exec_in(rt, "local = answer * 2\nseen = f()\n", "ns.py", g, l) == CH_OK,
          "exec_in with globals and locals");
    check(take_int(rt, ch_getitem_str(rt, l, "local")) == 84 &&
              take_int(rt, ch_getitem_str(rt, l, "seen")) == 40,
          "names bound went to locals");
    check(ch_getitem_str(rt, g, "local") == NULL && error_is(rt, "KeyError", "'local'"),
          "and not to globals");

    check(take_int(rt, ch_eval_in(rt, "local + base", "<expr>", g, l)) == 124,
          "eval_in reads locals, then globals");
    check(take_int(rt, ch_eval_in(rt, "len([x for x in range(answer)])", "<expr>", g, NULL)) == 42,
          "eval_in with globals only");
    check(ch_eval_in(rt, "missing", "<expr>", g, l) == NULL &&
              error_is(rt, "NameError", "name 'missing' is not defined"),
          "an unknown name is a NameError");

    ch_value *lst = ch_list(rt, NULL, 0);
    check(ch_exec_in(rt, "x = 1", "ns.py", lst, NULL) == CH_ERR_EXCEPTION &&
              error_is(rt, "TypeError", "globals must be a dict, not list"),
          "globals must be a dict");
    check(ch_exec_in(rt, "x = 1", "ns.py", NULL, NULL) == CH_ERR_INVALID_ARGUMENT &&
              error_is(rt, "ValueError", "NULL value handle"),
          "NULL globals is an invalid argument");
    check(ch_exec_in(rt, "def (:", "bad.py", g, NULL) == CH_ERR_SYNTAX, "syntax error in exec_in");
    ch_error_clear(rt);

    ch_value_free(rt, lst);
    ch_value_free(rt, l);
    ch_value_free(rt, g);
    ch_runtime_free(rt);
}

#define MANY 12

static void many_on_one_thread(void) {
    ch_runtime *rts[MANY];
    char code[64];
    int i, ok = 1;
    for (i = 0; i < MANY; i++) {
        rts[i] = ch_runtime_new(NULL);
        snprintf(code, sizeof code, "ident = %d\nimport sys\nsys.tag = %d\n", i, i * 10);
        ok &= ch_exec(rts[i], code, "init.py") == CH_OK;
    }
    check(ok, "12 runtimes made");
    /* Each sees only its own globals and its own sys module. */
    for (i = 0; i < MANY; i++) {
        ok &= take_int(rts[i], ch_eval(rts[i], "ident * 1000 + sys.tag", "<q>")) == i * 1000 + i * 10;
    }
    check(ok, "each sees only its own globals and modules");
    /* An error in one is pending only there. */
    ch_exec(rts[3], "1/0", "boom.py");
    for (i = 0; i < MANY; i++)
        ok &= ch_error_kind(rts[i]) == (i == 3 ? CH_ERR_EXCEPTION : CH_OK);
    check(ok, "an error is pending only in its runtime");
    ch_error_clear(rts[3]);
    /* Freed in an odd order, the rest keep working. */
    for (i = 0; i < MANY; i += 2)
        ch_runtime_free(rts[i]);
    for (i = 1; i < MANY; i += 2)
        ok &= take_int(rts[i], ch_eval(rts[i], "ident", "<q>")) == i;
    check(ok, "freeing some leaves the others working");
    for (i = 1; i < MANY; i += 2)
        ch_runtime_free(rts[i]);
}

#define THREADS 4

typedef struct {
    int index;
    int64_t result;
    ch_status status;
} job_t;

/* Each thread makes, uses and frees its own runtime, all at the same time. */
static void worker(void *arg) {
    job_t *j = arg;
    char code[160];
    ch_runtime *rt = ch_runtime_new(NULL);
    snprintf(code, sizeof code,
             "total = 0\nfor i in range(5000):\n    total += i %% (%d + 2)\n"
             "names = {str(k): k for k in range(200)}\n",
             j->index);
    j->status = ch_exec(rt, code, "work.py");
    j->result = take_int(rt, ch_eval(rt, "total + len(names)", "<q>"));
    ch_runtime_free(rt);
}

static void many_on_many_threads(void) {
    thread_t t[THREADS];
    job_t jobs[THREADS];
    int i, ok = 1;
    for (i = 0; i < THREADS; i++) {
        jobs[i].index = i;
        jobs[i].result = -1;
        jobs[i].status = CH_ERR_INTERNAL;
        ok &= thread_start(&t[i], worker, &jobs[i]) == 0;
    }
    for (i = 0; i < THREADS; i++)
        thread_join(t[i]);
    for (i = 0; i < THREADS; i++) {
        /* sum(i % m for i in range(5000)) + 200, computed here */
        int64_t m = i + 2, want = 200, k;
        for (k = 0; k < 5000; k++)
            want += k % m;
        ok &= jobs[i].status == CH_OK && jobs[i].result == want;
    }
    check(ok, "4 threads, each with its own runtime, ran at once");
}

typedef struct {
    ch_runtime *rt;
    ch_status status;
} spin_t;

static void spin(void *arg) {
    spin_t *s = arg;
    s->status = ch_exec(s->rt, "n = 0\nwhile True:\n    n += 1\n", "spin.py");
}

static void steady(void *arg) {
    spin_t *s = arg;
    int k;
    s->status = CH_OK;
    for (k = 0; k < 20 && s->status == CH_OK; k++)
        s->status = ch_exec(s->rt, "x = sum(range(2000))", "steady.py");
}

static void interrupts(void) {
    spin_t a, b;
    thread_t ta, tb;
    a.rt = ch_runtime_new(NULL);
    b.rt = ch_runtime_new(NULL);
    thread_start(&ta, spin, &a);
    thread_start(&tb, steady, &b);
    sleep_ms(200);
    ch_interrupt(a.rt); /* from this thread, while `spin` runs on another */
    thread_join(ta);
    thread_join(tb);
    check(a.status == CH_ERR_INTERRUPTED && error_is(a.rt, "KeyboardInterrupt", ""),
          "ch_interrupt from another thread stops the script with KeyboardInterrupt");
    check(b.status == CH_OK, "a runtime running beside it is not interrupted");
    check(take_int(a.rt, ch_eval(a.rt, "n > 0", "<q>")) == 1 &&
              take_int(a.rt, ch_eval(a.rt, "2 + 2", "<q>")) == 4,
          "the interrupted runtime keeps working");
    ch_runtime_free(b.rt);
    ch_runtime_free(a.rt);
}

/* Every combination of tier bits is accepted and runs the same program to the same result. */
static void tiers(void) {
    unsigned bits;
    int ok = 1;
    for (bits = 0; bits <= CH_TIERS_ALL; bits++) {
        ch_options o;
        ch_options_init(&o);
        o.tiers = bits;
        ch_runtime *rt = ch_runtime_new(&o);
        ok &= rt != NULL &&
              ch_exec(rt, "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n"
                          "    return t\nr = [f(300) for _ in range(30)][-1]\n",
                      "tiers.py") == CH_OK &&
              take_int(rt, ch_global(rt, "r")) == 8955050;
        ch_runtime_free(rt);
    }
    check(ok, "every tiers setting runs the same program alike");
}

static void invalid_arguments(void) {
    ch_runtime *rt = ch_runtime_new(NULL);
    check(ch_exec(NULL, "x = 1", "a.py") == CH_ERR_INVALID_ARGUMENT, "NULL runtime");
    check(ch_eval(rt, NULL, "a.py") == NULL && ch_error_kind(rt) == CH_ERR_INVALID_ARGUMENT,
          "NULL source");
    ch_error_clear(rt);
    check(ch_str(rt, "\xff\xfe") == NULL && error_is(rt, "ValueError", "string is not valid UTF-8"),
          "invalid UTF-8");
    check(ch_call(rt, NULL, NULL, 0, NULL, NULL, 0) == NULL &&
              ch_error_kind(rt) == CH_ERR_INVALID_ARGUMENT,
          "NULL callable");
    ch_error_clear(rt);
    check(ch_error_kind(rt) == CH_OK && ch_error_message(rt) == NULL, "no pending error after clear");
    ch_value_free(rt, NULL);
    ch_string_free(NULL);
    ch_runtime_free(NULL);
    check(1, "NULL is ignored by the free functions");
    ch_runtime_free(rt);
}

int main(void) {
    namespaces();
    many_on_one_thread();
    many_on_many_threads();
    interrupts();
    tiers();
    invalid_arguments();
    if (failures)
        printf("%d checks failed\n", failures);
    return failures != 0;
}
