/* quickstart.c: the smallest complete host. It runs a script, calls one of its functions with
 * a keyword argument, gives it a C function, and reports an exception with its traceback. */
#include <copperhead.h>
#include <stdio.h>

/* A native function: scale(x, factor) -> x * factor, both ints. */
static ch_value *scale(ch_runtime *rt, void *user, ch_value *const *args, size_t nargs,
                       const char *const *kwnames, ch_value *const *kwvalues, size_t nkw) {
    int64_t x, factor = *(const int64_t *)user;
    (void)kwnames;
    (void)kwvalues;
    if (nargs != 1 || nkw != 0)
        return ch_raise(rt, "TypeError", "scale() takes exactly one argument");
    if (ch_as_int64(rt, args[0], &x) != CH_OK)
        return NULL; /* passes the pending TypeError/OverflowError on */
    return ch_int(rt, x * factor);
}

int main(void) {
    static const int64_t factor = 10;
    ch_runtime *rt = ch_runtime_new(NULL); /* defaults: a sandbox with no file access */
    ch_value *fn = ch_function_new(rt, "scale", scale, (void *)&factor, NULL);
    ch_set_global(rt, "scale", fn);
    ch_value_free(rt, fn);

    if (ch_exec(rt, "def greet(name, punct='.'):\n"
                    "    return 'Hello, ' + name + punct\n"
                    "print('scaled:', scale(4))\n",
                "setup.py") != CH_OK) {
        fprintf(stderr, "%s", ch_error_traceback(rt));
        return 1;
    }

    /* greet('C', punct='!') */
    ch_value *greet = ch_global(rt, "greet");
    ch_value *name = ch_str(rt, "C");
    ch_value *bang = ch_str(rt, "!");
    const char *kwnames[] = {"punct"};
    ch_value *result = ch_call(rt, greet, &name, 1, kwnames, &bang, 1);
    size_t len;
    const char *text = ch_str_data(rt, result, &len);
    printf("%.*s\n", (int)len, text);
    ch_value_free(rt, result);
    ch_value_free(rt, bang);
    ch_value_free(rt, name);
    ch_value_free(rt, greet);

    /* An exception: the host reads its type, message and traceback, then clears it. */
    ch_value *bad = ch_eval(rt, "scale('four')", "<input>");
    if (bad == NULL) {
        printf("error kind %d: %s: %s\n", ch_error_kind(rt), ch_error_type_name(rt),
               ch_error_message(rt));
        printf("%s", ch_error_traceback(rt));
        ch_error_clear(rt);
    }
    ch_runtime_free(rt);
    return 0;
}
