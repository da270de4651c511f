/* config_lang.c: Python as an embedded configuration language. The host reads a config file
 * itself and evaluates it in a sandboxed runtime (no file access, a heap limit, an
 * instruction budget), with one host function, then reads back typed values. */
#include <copperhead.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    if (buf) buf[n] = '\0';
    fclose(f);
    return buf;
}

/* env(name, default): the host decides what the config may see (here: nothing but DEBUG=1). */
static ch_value *env(ch_runtime *rt, void *user, ch_value *const *args, size_t nargs,
                     const char *const *kwnames, ch_value *const *kwvalues, size_t nkw) {
    (void)user; (void)kwnames; (void)kwvalues;
    if (nargs != 2 || nkw != 0) return ch_raise(rt, "TypeError", "env(name, default)");
    size_t len;
    const char *key = ch_str_data(rt, args[0], &len);
    if (!key) return NULL;
    if (len == 5 && memcmp(key, "DEBUG", 5) == 0) return ch_str(rt, "1");
    return ch_value_dup(rt, args[1]);
}

/* Reads global `name`, failing loudly if it is missing or has the wrong kind. */
static ch_value *get(ch_runtime *rt, const char *name, ch_kind kind) {
    ch_value *v = ch_global(rt, name);
    if (!v) { fprintf(stderr, "config: %s: %s\n", name, ch_error_message(rt)); exit(1); }
    if (ch_kind_of(rt, v) != kind) {
        char *t = ch_type_name(rt, v);
        fprintf(stderr, "config: %s has type %s\n", name, t);
        ch_string_free(t);
        exit(1);
    }
    return v;
}

static void print_str(ch_runtime *rt, const char *label, ch_value *s) {
    size_t len;
    const char *p = ch_str_data(rt, s, &len);
    printf("%s%.*s\n", label, (int)len, p);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: config_lang CONFIG.py\n"); return 2; }
    char *source = read_all(argv[1]);
    if (!source) { perror(argv[1]); return 1; }

    ch_options opts;
    ch_options_init(&opts);
    opts.file_access = CH_FILES_NONE;
    opts.heap_limit = 32u << 20;
    opts.instruction_budget = 1000000;
    ch_runtime *rt = ch_runtime_new(&opts);
    ch_value *f = ch_function_new(rt, "env", env, NULL, NULL);
    ch_set_global(rt, "env", f);
    ch_value_free(rt, f);

    if (ch_exec(rt, source, "app.py") != CH_OK) {
        fprintf(stderr, "%s", ch_error_traceback(rt));
        return 1;
    }
    free(source);

    ch_value *v = get(rt, "name", CH_KIND_STR);
    print_str(rt, "name    = ", v);
    ch_value_free(rt, v);

    int64_t port;
    v = get(rt, "port", CH_KIND_INT);
    ch_as_int64(rt, v, &port);
    printf("port    = %lld\n", (long long)port);
    ch_value_free(rt, v);

    int debug;
    v = get(rt, "debug", CH_KIND_BOOL);
    ch_truthy(rt, v, &debug);
    printf("debug   = %s\n", debug ? "yes" : "no");
    ch_value_free(rt, v);

    double ratio;
    v = get(rt, "ratio", CH_KIND_FLOAT);
    ch_as_double(rt, v, &ratio);
    printf("ratio   = %.3f\n", ratio);
    ch_value_free(rt, v);

    size_t n;
    v = get(rt, "servers", CH_KIND_LIST);
    ch_len(rt, v, &n);
    for (size_t i = 0; i < n; i++) {
        ch_value *s = ch_getitem_index(rt, v, (int64_t)i);
        print_str(rt, "server  = ", s);
        ch_value_free(rt, s);
    }
    ch_value_free(rt, v);

    v = get(rt, "limits", CH_KIND_DICT);
    ch_value *keys = ch_to_list(rt, v);
    ch_len(rt, keys, &n);
    for (size_t i = 0; i < n; i++) {
        ch_value *k = ch_getitem_index(rt, keys, (int64_t)i);
        ch_value *val = ch_getitem(rt, v, k);
        int64_t x;
        size_t klen;
        const char *kp = ch_str_data(rt, k, &klen);
        ch_as_int64(rt, val, &x);
        printf("limit   %.*s = %lld\n", (int)klen, kp, (long long)x);
        ch_value_free(rt, val);
        ch_value_free(rt, k);
    }
    ch_value_free(rt, keys);
    ch_value_free(rt, v);

    v = get(rt, "seed", CH_KIND_INT);
    int64_t small;
    if (ch_as_int64(rt, v, &small) == CH_ERR_EXCEPTION)
        printf("seed    does not fit int64_t (%s)\n", ch_error_type_name(rt));
    ch_error_clear(rt);
    char *digits = ch_int_to_string(rt, v);
    printf("seed    = %s\n", digits);
    ch_string_free(digits);
    ch_value_free(rt, v);

    v = get(rt, "secret", CH_KIND_BYTES);
    const unsigned char *b = ch_bytes_data(rt, v, &n);
    printf("secret  =");
    for (size_t i = 0; i < n; i++) printf(" %02x", b[i]);
    printf("\n");
    ch_value_free(rt, v);

    /* The sandbox: the config language cannot read files. */
    if (ch_exec(rt, "open('/etc/passwd').read()", "probe.py") != CH_OK)
        printf("sandbox: %s: %s\n", ch_error_type_name(rt), ch_error_message(rt));
    ch_error_clear(rt);

    /* A broken config: the host shows the traceback with the config's own line. */
    if (ch_exec(rt, "port = 70000\nvalid = check()\n", "override.py") != CH_OK)
        printf("%s", ch_error_traceback(rt));
    ch_error_clear(rt);

    ch_runtime_free(rt);
    return 0;
}
