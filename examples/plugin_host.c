/* plugin_host.c: a C application with Python plugins. The host offers a native module
 * `host` (log, register, counter), plugins come from the host through the module loader,
 * register callbacks for events, and the host calls them with positional and keyword
 * arguments, reporting each plugin's exceptions without stopping the others. */
#include <copperhead.h>
#include <stdio.h>
#include <string.h>

#define MAX_HANDLERS 8
typedef struct {
    ch_value *handlers[MAX_HANDLERS]; /* references the host owns */
    int count;
    long counter;
} app_state;

static const char *PLUGINS[][2] = {
    {"greeter",
     "import host\n"
     "def on_event(kind, payload, *, urgent=False):\n"
     "    mark = '!' if urgent else ''\n"
     "    host.log(f'greeter saw {kind}: {payload}{mark}')\n"
     "    return len(payload)\n"
     "host.register(on_event)\n"},
    {"stats",
     "import host\n"
     "seen = {}\n"
     "def on_event(kind, payload, *, urgent=False):\n"
     "    seen[kind] = seen.get(kind, 0) + 1\n"
     "    host.bump(10)\n"
     "    return sorted(seen.items())\n"
     "host.register(on_event)\n"},
    {"buggy",
     "import host\n"
     "def on_event(kind, payload, *, urgent=False):\n"
     "    if kind == 'save':\n"
     "        return {}[payload]\n"
     "    try:\n"
     "        host.log(level=99)\n"
     "    except ValueError as e:\n"
     "        return f'host refused: {e}'\n"
     "host.register(on_event)\n"},
};

/* The module loader: plugins are compiled into the host. */
static const char *load(void *user, const char *name, size_t *len, int *is_package) {
    (void)user;
    for (size_t i = 0; i < sizeof PLUGINS / sizeof PLUGINS[0]; i++)
        if (strcmp(name, PLUGINS[i][0]) == 0) {
            *len = strlen(PLUGINS[i][1]);
            *is_package = 0;
            return PLUGINS[i][1];
        }
    return NULL;
}

/* host.log(message, level=1) */
static ch_value *host_log(ch_runtime *rt, void *user, ch_value *const *args, size_t nargs,
                          const char *const *kwnames, ch_value *const *kwvalues, size_t nkw) {
    (void)user;
    int64_t level = 1;
    for (size_t i = 0; i < nkw; i++)
        if (strcmp(kwnames[i], "level") == 0 && ch_as_int64(rt, kwvalues[i], &level) != CH_OK)
            return NULL;
    if (level > 3) return ch_raise(rt, "ValueError", "log level must be at most 3");
    if (nargs != 1) return ch_raise(rt, "TypeError", "log() takes one message");
    char *text = ch_to_string(rt, args[0]);
    if (!text) return NULL;
    printf("[log %lld] %s\n", (long long)level, text);
    ch_string_free(text);
    return ch_none(rt);
}

/* host.register(callback): the host keeps a reference. */
static ch_value *host_register(ch_runtime *rt, void *user, ch_value *const *args, size_t nargs,
                               const char *const *kwnames, ch_value *const *kwvalues,
                               size_t nkw) {
    app_state *app = user;
    (void)kwnames; (void)kwvalues;
    if (nargs != 1 || nkw != 0) return ch_raise(rt, "TypeError", "register(callback)");
    if (app->count == MAX_HANDLERS) return ch_raise(rt, "RuntimeError", "too many plugins");
    app->handlers[app->count++] = ch_value_dup(rt, args[0]);
    return ch_none(rt);
}

/* host.bump(n): adds to a counter in C. */
static ch_value *host_bump(ch_runtime *rt, void *user, ch_value *const *args, size_t nargs,
                           const char *const *kwnames, ch_value *const *kwvalues, size_t nkw) {
    app_state *app = user;
    int64_t n;
    (void)kwnames; (void)kwvalues; (void)nkw;
    if (nargs != 1 || ch_as_int64(rt, args[0], &n) != CH_OK)
        return nargs == 1 ? NULL : ch_raise(rt, "TypeError", "bump(n)");
    app->counter += (long)n;
    return ch_int(rt, app->counter);
}

static void dispatch(ch_runtime *rt, app_state *app, const char *kind, const char *payload,
                     int urgent) {
    ch_value *args[2] = {ch_str(rt, kind), ch_str(rt, payload)};
    ch_value *flag = ch_bool(rt, urgent);
    const char *kwnames[] = {"urgent"};
    printf("event %s(%s)%s\n", kind, payload, urgent ? " urgent" : "");
    for (int i = 0; i < app->count; i++) {
        ch_value *r = ch_call(rt, app->handlers[i], args, 2, kwnames, &flag, 1);
        if (r) {
            char *s = ch_repr(rt, r);
            printf("  plugin %d -> %s\n", i, s);
            ch_string_free(s);
            ch_value_free(rt, r);
        } else {
            printf("  plugin %d failed (kind %d):\n%s", i, ch_error_kind(rt),
                   ch_error_traceback(rt));
            ch_error_clear(rt);
        }
    }
    ch_value_free(rt, flag);
    ch_value_free(rt, args[1]);
    ch_value_free(rt, args[0]);
}

int main(void) {
    app_state app = {{0}, 0, 0};
    ch_options opts;
    ch_options_init(&opts);
    opts.module_loader = load;
    ch_runtime *rt = ch_runtime_new(&opts);

    ch_value *host = ch_module_new(rt, "host");
    ch_module_add_function(rt, host, "log", host_log, NULL, NULL);
    ch_module_add_function(rt, host, "register", host_register, &app, NULL);
    ch_module_add_function(rt, host, "bump", host_bump, &app, NULL);
    ch_module_register(rt, host);
    ch_value_free(rt, host);

    for (size_t i = 0; i < sizeof PLUGINS / sizeof PLUGINS[0]; i++) {
        ch_value *m = ch_import(rt, PLUGINS[i][0]);
        if (!m) {
            printf("%s", ch_error_traceback(rt));
            ch_error_clear(rt);
        }
        ch_value_free(rt, m);
    }
    printf("%d plugins registered\n", app.count);

    dispatch(rt, &app, "open", "report.txt", 0);
    dispatch(rt, &app, "save", "report.txt", 1);
    printf("counter = %ld\n", app.counter);

    for (int i = 0; i < app.count; i++) ch_value_free(rt, app.handlers[i]);
    ch_runtime_free(rt);
    return 0;
}
