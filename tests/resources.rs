//! Resource safety through the public API: with a heap limit, runaway allocation is
//! MemoryError (never an abort) and the same runtime keeps running Python afterwards; deep
//! recursion is RecursionError at a huge recursion limit.

const STACK: usize = 256 << 20;

fn run(src: &str, config: copperhead::core::Config) -> copperhead::RunOutcome {
    let src = src.as_bytes().to_vec();
    copperhead::with_stack(STACK, move || {
        copperhead::run_source(&src, "<resources>", &[], true, config)
    })
    .expect("the runtime thread panicked")
}

fn limited(bytes: usize) -> copperhead::core::Config {
    copperhead::core::Config {
        heap_limit: bytes,
        ..copperhead::config_for_stack(STACK)
    }
}

const RUNAWAY: &str = r#"
def grow_list():
    x = []
    while True:
        x.append("a" * 1000)

def grow_str():
    s = "b"
    while True:
        s = s + s

def grow_dict():
    d = {}
    i = 0
    while True:
        d[i] = [i] * 100
        i += 1

def grow_int():
    n = 3
    while True:
        n = n * n

for f in (grow_list, grow_str, grow_dict, grow_int):
    try:
        f()
    except MemoryError:
        print(f.__name__, "MemoryError")

for make in (lambda: "c" * (1 << 40), lambda: [0] * (1 << 40), lambda: bytes(1 << 40),
             lambda: (1,) * (1 << 40)):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)

# Everything still works, and there is room again.
words = [str(i) * 10 for i in range(1000)]
print(len(words), sum(range(1000)), sorted({"b": 1, "a": 2}))
print("done")
"#;

#[test]
fn heap_limit_turns_runaway_allocation_into_memory_error() {
    let out = run(RUNAWAY, limited(16 << 20));
    assert_eq!(out.error, None, "stdout so far:\n{}", out.stdout);
    assert_eq!(
        out.stdout,
        "grow_list MemoryError\ngrow_str MemoryError\ngrow_dict MemoryError\n\
         grow_int MemoryError\nMemoryError\nMemoryError\nMemoryError\nMemoryError\n\
         1000 499500 ['a', 'b']\ndone\n"
    );
}

#[test]
fn uncaught_memory_error_is_reported_not_a_crash() {
    let out = run(
        "x = []\nwhile True:\n    x.append([1] * 1000)\n",
        limited(8 << 20),
    );
    assert_eq!(out.exit_code, 1);
    assert_eq!(out.error_line.as_deref(), Some("MemoryError"));
}

#[test]
fn deep_recursion_at_a_huge_limit_is_recursion_error() {
    let src = r#"
import sys
sys.setrecursionlimit(100_000)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
def nested_repr(n):
    x = []
    for _ in range(n):
        x = [x]
    return repr(x)
try:
    nested_repr(100_000)
except RecursionError as e:
    print("repr RecursionError")
print("alive")
"#;
    let out = run(src, copperhead::config_for_stack(STACK));
    assert_eq!(out.error, None);
    assert_eq!(
        out.stdout,
        "RecursionError maximum recursion depth exceeded\nrepr RecursionError\nalive\n"
    );
}

/// Python code called from native code re-enters the evaluation loop: with the default native
/// stack budget of an embedded runtime (1 MiB), dunders that call each other through operators
/// must reach a depth of a hundred, as in CPython, in every build (an unoptimized loop once
/// took a quarter of the budget per entry).
#[test]
fn native_reentry_depth_fits_the_default_budget() {
    let src = r#"
class N:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return other
        return N(self.n - 1) + (other + 1)

import json
print((N(100) + 0), json.dumps([[[[1]]]]))
"#;
    let config = copperhead::core::Config {
        native_stack_budget: copperhead::core::Config::default().native_stack_budget,
        ..copperhead::config_for_stack(STACK)
    };
    let out = run(src, config);
    assert_eq!(out.stdout, "100 [[[[1]]]]\n", "{:?}", out.error);
}
