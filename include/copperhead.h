/*
 * copperhead.h: the C ABI of Copperhead, a Python 3 runtime.
 *
 * Link with the static library (`pkg-config --static --libs copperhead`) or the shared one
 * (`pkg-config --libs copperhead`). docs/embedding.md has a tour and a complete host program.
 *
 * Conventions
 * - Every function takes the runtime it works on; runtimes share nothing, and any number may
 *   live in one process. A runtime is used by one thread at a time (ch_interrupt excepted).
 * - ch_value is an opaque handle to one reference to a Python value. Functions documented
 *   "new reference" give the caller a reference it must release with ch_value_free exactly
 *   once; "borrowed" arguments are only read during the call (the caller keeps its
 *   reference). Handles belong to the runtime that made them and must all be released before
 *   ch_runtime_free.
 * - Failure: functions returning ch_value* return NULL, functions returning ch_status return
 *   a nonzero kind. The failure is then the runtime's pending error (ch_error_*), which stays
 *   until ch_error_clear or the next failure replaces it.
 * - Strings are UTF-8. `char *` results documented "free with ch_string_free" are new
 *   NUL-terminated copies. Invalid UTF-8 in inputs gives CH_ERR_INVALID_ARGUMENT.
 * - No Rust panic crosses this interface: a bug inside the runtime is reported as
 *   CH_ERR_INTERNAL (then destroy the runtime).
 */
#ifndef COPPERHEAD_H
#define COPPERHEAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ch_runtime ch_runtime;
typedef struct ch_value ch_value;

/* Results, and the kind of the pending error. */
typedef enum ch_status {
    CH_OK = 0,
    CH_ERR_EXCEPTION = 1,        /* any other Python exception */
    CH_ERR_SYNTAX = 2,           /* SyntaxError compiling source */
    CH_ERR_HEAP_LIMIT = 3,       /* MemoryError: the heap limit was reached */
    CH_ERR_BUDGET = 4,           /* copperhead.BudgetExhausted: the instruction budget ran out */
    CH_ERR_RECURSION = 5,        /* RecursionError: the recursion limit was reached */
    CH_ERR_INTERRUPTED = 6,      /* KeyboardInterrupt after ch_interrupt */
    CH_ERR_SYSTEM_EXIT = 7,      /* the script raised SystemExit */
    CH_ERR_INVALID_ARGUMENT = 8, /* NULL where a value is needed, invalid UTF-8, ... */
    CH_ERR_INTERNAL = 9          /* a bug in the runtime; destroy it */
} ch_status;

/* Tiers (bits of ch_options.tiers). */
#define CH_TIER_SPECIALIZE 1u
#define CH_TIER_TIER2 2u
#define CH_TIER_JIT 4u
#define CH_TIERS_ALL 7u
/* ch_options_init's choice: tier 2 is opt-in (correct at every tier, not yet faster). */
#define CH_TIERS_DEFAULT 5u

/* What scripts may do with files (ch_options.file_access). */
typedef enum ch_file_access {
    CH_FILES_NONE = 0,    /* sandbox: open() raises OSError; imports find only standard,
                             native and loader modules */
    CH_FILES_HOST = 1,    /* the process's file system (as the copperhead command) */
    CH_FILES_CALLBACK = 2 /* imports read sys.path files through ch_options.read_file */
} ch_file_access;

/* Receives text the script writes (print, warnings); `text` is not NUL-terminated. */
typedef void (*ch_write_fn)(void *user, const char *text, size_t len);
/* Returns the source of module `name` (full dotted name) and sets *len (and *is_package to 1
 * for a package's __init__), or NULL if unknown. The runtime copies the text before the
 * callback is called again; the host keeps ownership. */
typedef const char *(*ch_loader_fn)(void *user, const char *name, size_t *len, int *is_package);
/* Returns the bytes of file `path` and sets *len, or NULL if it cannot be read. Ownership as
 * for ch_loader_fn. */
typedef const char *(*ch_read_fn)(void *user, const char *path, size_t *len);

typedef struct ch_options {
    size_t heap_limit;           /* live heap bytes; 0: no limit */
    size_t recursion_limit;      /* Python frames; 0: 1000 */
    uint64_t instruction_budget; /* ticks (loop iterations and calls) per outermost call
                                    (ch_exec, ch_eval, ch_call, ch_import); 0: no budget */
    size_t native_stack_budget;  /* bytes of the host thread's stack the runtime may use;
                                    0: 1 MiB */
    unsigned tiers;              /* CH_TIER_* bits */
    int file_access;             /* ch_file_access */
    ch_write_fn write_stdout;    /* NULL: the process's stdout */
    ch_write_fn write_stderr;    /* NULL: the process's stderr */
    void *output_user;
    ch_loader_fn module_loader;  /* NULL: none */
    void *loader_user;
    ch_read_fn read_file;        /* for CH_FILES_CALLBACK */
    void *file_user;
} ch_options;

/* Fills `options` with the defaults: no limits, all tiers, sandbox, process stdout/stderr. */
void ch_options_init(ch_options *options);

/* The library's version ("0.1.0"); static storage. */
const char *ch_version(void);

/* ---- Runtimes ---- */

/* A new runtime (NULL options: the defaults). Returns NULL only if out of memory. */
ch_runtime *ch_runtime_new(const ch_options *options);
/* Frees the runtime and everything it made. All its handles must have been released. */
void ch_runtime_free(ch_runtime *rt);
/* Makes the running script raise KeyboardInterrupt at its next loop iteration or call. The
 * only function that may be called from another thread (while `rt` is alive). */
void ch_interrupt(ch_runtime *rt);
/* Changes the instruction budget of later outermost calls (0: none). */
void ch_set_instruction_budget(ch_runtime *rt, uint64_t ticks);
/* Live heap bytes. */
size_t ch_heap_used(ch_runtime *rt);
/* Runs a full cycle collection. */
void ch_collect_garbage(ch_runtime *rt);

/* ---- Running code (all in the __main__ module) ---- */

/* Runs statements; `filename` names the source in tracebacks. */
ch_status ch_exec(ch_runtime *rt, const char *source, const char *filename);
/* Evaluates an expression. New reference, or NULL. */
ch_value *ch_eval(ch_runtime *rt, const char *source, const char *filename);
/* As ch_exec / ch_eval, in the host's namespaces, like Python's exec(source, globals, locals):
 * `globals` (borrowed) must be a dict, and gets "__builtins__" if it has none; `locals`
 * (borrowed) is any mapping, or NULL to use `globals`. Names the code binds go to `locals`. */
ch_status ch_exec_in(ch_runtime *rt, const char *source, const char *filename, ch_value *globals,
                     ch_value *locals);
/* New reference, or NULL. */
ch_value *ch_eval_in(ch_runtime *rt, const char *source, const char *filename, ch_value *globals,
                     ch_value *locals);
/* Imports a module (absolute dotted name). New reference, or NULL. */
ch_value *ch_import(ch_runtime *rt, const char *name);
/* __main__'s global `name`. New reference, or NULL (NameError-like AttributeError). */
ch_value *ch_global(ch_runtime *rt, const char *name);
/* Sets __main__'s global `name` to `value` (borrowed). */
ch_status ch_set_global(ch_runtime *rt, const char *name, ch_value *value);
/* callable(*args, **dict(zip(kwnames, kwvalues))). All arguments borrowed; `args` may be NULL
 * when nargs is 0, kwnames/kwvalues when nkw is 0. New reference, or NULL. */
ch_value *ch_call(ch_runtime *rt, ch_value *callable, ch_value *const *args, size_t nargs,
                  const char *const *kwnames, ch_value *const *kwvalues, size_t nkw);
/* obj.name(*args). Borrowed arguments. New reference, or NULL. */
ch_value *ch_call_method(ch_runtime *rt, ch_value *obj, const char *name, ch_value *const *args,
                         size_t nargs);

/* ---- Building values (each returns a new reference, or NULL) ---- */

ch_value *ch_none(ch_runtime *rt);
ch_value *ch_bool(ch_runtime *rt, int value);
ch_value *ch_int(ch_runtime *rt, int64_t value);
/* An int of any size from decimal digits ("-123", "1_000" as in Python). */
ch_value *ch_int_from_string(ch_runtime *rt, const char *digits);
ch_value *ch_float(ch_runtime *rt, double value);
/* A str from NUL-terminated UTF-8. */
ch_value *ch_str(ch_runtime *rt, const char *text);
/* A str from `len` bytes of UTF-8. */
ch_value *ch_str_n(ch_runtime *rt, const char *text, size_t len);
ch_value *ch_bytes(ch_runtime *rt, const void *data, size_t len);
/* A list / tuple of `n` items (borrowed; `items` may be NULL when n is 0). */
ch_value *ch_list(ch_runtime *rt, ch_value *const *items, size_t n);
ch_value *ch_tuple(ch_runtime *rt, ch_value *const *items, size_t n);
ch_value *ch_dict(ch_runtime *rt);

/* ---- Changing containers (arguments borrowed) ---- */

ch_status ch_list_append(ch_runtime *rt, ch_value *list, ch_value *item);
/* obj[key] = value. */
ch_status ch_setitem(ch_runtime *rt, ch_value *obj, ch_value *key, ch_value *value);
/* obj[key] = value with a str key. */
ch_status ch_setitem_str(ch_runtime *rt, ch_value *obj, const char *key, ch_value *value);
/* obj.name = value. */
ch_status ch_setattr(ch_runtime *rt, ch_value *obj, const char *name, ch_value *value);

/* ---- Reading values (arguments borrowed) ---- */

typedef enum ch_kind {
    CH_KIND_OTHER = 0,
    CH_KIND_NONE = 1,
    CH_KIND_BOOL = 2,
    CH_KIND_INT = 3,
    CH_KIND_FLOAT = 4,
    CH_KIND_STR = 5,
    CH_KIND_BYTES = 6,
    CH_KIND_LIST = 7,
    CH_KIND_TUPLE = 8,
    CH_KIND_DICT = 9
} ch_kind;

/* Which built-in type `v` is an instance of (subclasses count; bool before int). */
ch_kind ch_kind_of(ch_runtime *rt, ch_value *v);
/* type(v).__name__. Free with ch_string_free; NULL on error. */
char *ch_type_name(ch_runtime *rt, ch_value *v);
/* bool(v) into *out. */
ch_status ch_truthy(ch_runtime *rt, ch_value *v, int *out);
/* An int that fits int64_t into *out (OverflowError otherwise; TypeError if not an int). */
ch_status ch_as_int64(ch_runtime *rt, ch_value *v, int64_t *out);
/* A float, or an int converted, into *out. */
ch_status ch_as_double(ch_runtime *rt, ch_value *v, double *out);
/* An int's decimal digits. Free with ch_string_free; NULL on error. */
char *ch_int_to_string(ch_runtime *rt, ch_value *v);
/* A str's UTF-8 bytes, NOT NUL-terminated, valid while `v` is referenced; *len set. NULL (and
 * TypeError) if `v` is not a str. */
const char *ch_str_data(ch_runtime *rt, ch_value *v, size_t *len);
/* A bytes object's contents, valid while `v` is referenced; *len set. NULL if not bytes. */
const unsigned char *ch_bytes_data(ch_runtime *rt, ch_value *v, size_t *len);
/* str(v) / repr(v). Free with ch_string_free; NULL on error. */
char *ch_to_string(ch_runtime *rt, ch_value *v);
char *ch_repr(ch_runtime *rt, ch_value *v);
/* len(v) into *out. */
ch_status ch_len(ch_runtime *rt, ch_value *v, size_t *out);
/* obj[key]. New reference, or NULL. */
ch_value *ch_getitem(ch_runtime *rt, ch_value *obj, ch_value *key);
/* obj[index] for sequences (negative counts from the end). New reference, or NULL. */
ch_value *ch_getitem_index(ch_runtime *rt, ch_value *obj, int64_t index);
/* obj[key] with a str key (dicts). New reference, or NULL (KeyError). */
ch_value *ch_getitem_str(ch_runtime *rt, ch_value *obj, const char *key);
/* obj.name. New reference, or NULL. */
ch_value *ch_getattr(ch_runtime *rt, ch_value *obj, const char *name);
/* list(iterable) (a dict gives its keys). New reference, or NULL. */
ch_value *ch_to_list(ch_runtime *rt, ch_value *iterable);

/* ---- References and strings ---- */

/* Another reference to `v` (new reference). */
ch_value *ch_value_dup(ch_runtime *rt, ch_value *v);
/* Releases one reference (NULL is ignored). May run Python finalizers. */
void ch_value_free(ch_runtime *rt, ch_value *v);
/* Frees a string returned by this library (NULL is ignored). */
void ch_string_free(char *s);

/* ---- Native functions and modules ---- */

/* A function implemented by the host. `args`, `kwnames` and `kwvalues` are borrowed for the
 * call. Return a new reference, or NULL after setting the error (ch_raise, or a failed call
 * whose pending error is passed on). */
typedef ch_value *(*ch_native_fn)(ch_runtime *rt, void *user, ch_value *const *args,
                                  size_t nargs, const char *const *kwnames,
                                  ch_value *const *kwvalues, size_t nkw);
/* Frees a native function's user data when the function object dies. */
typedef void (*ch_free_fn)(void *user);

/* A Python callable calling `fn` with `user`; `free_user` (may be NULL) runs when it dies.
 * New reference, or NULL. */
ch_value *ch_function_new(ch_runtime *rt, const char *name, ch_native_fn fn, void *user,
                          ch_free_fn free_user);
/* Sets the pending error to a new exception of the built-in type `type_name` ("ValueError";
 * unknown names give RuntimeError) with `message`. Returns NULL, for `return ch_raise(...)`. */
ch_value *ch_raise(ch_runtime *rt, const char *type_name, const char *message);
/* A new, empty module (fill it with ch_setattr or ch_module_add_function). New reference. */
ch_value *ch_module_new(ch_runtime *rt, const char *name);
/* module.name = a native function (as ch_function_new). */
ch_status ch_module_add_function(ch_runtime *rt, ch_value *module, const char *name,
                                 ch_native_fn fn, void *user, ch_free_fn free_user);
/* Makes `module` (borrowed) importable under its __name__. */
ch_status ch_module_register(ch_runtime *rt, ch_value *module);

/* ---- The pending error ---- */

/* CH_OK if there is none, else its kind. */
ch_status ch_error_kind(ch_runtime *rt);
/* The exception's type name, message (str(exc)) and the whole traceback text as CPython
 * prints it. Borrowed: valid until ch_error_clear or the next failure. NULL if none. */
const char *ch_error_type_name(ch_runtime *rt);
const char *ch_error_message(ch_runtime *rt);
const char *ch_error_traceback(ch_runtime *rt);
/* Forgets the pending error. */
void ch_error_clear(ch_runtime *rt);

#ifdef __cplusplus
}
#endif

#endif /* COPPERHEAD_H */
