# How deep an expression may nest before compile() gives up, and which error it gives:
# RecursionError "during compilation" at three levels per Python frame left below the
# recursion limit, SyntaxError for too many nested brackets (the parser's own limit).
import sys


def attempt(src, mode="eval"):
    try:
        compile(src, "<nest>", mode)
        return "ok"
    except RecursionError as e:
        return "RecursionError: " + str(e)
    except SyntaxError as e:
        return "SyntaxError: " + e.msg
    except MemoryError:
        # "Parser stack overflowed" (the message differs between CPython versions).
        return "MemoryError"


def forms(n):
    return {
        "chain": "+".join(["1"] * n),
        "names": "+".join(["a"] * n),
        "attr": "x" + ".y" * n,
        "call": "f" + "()" * n,
        "unary": "-" * n + "x",
        "power": "**".join(["a"] * n),
        "paren": "(" * n + "1" + ")" * n,
        "not": "not " * n + "x",
        "lambda": "lambda: " * n + "x",
    }


for n in (100, 2980, 2990, 3010, 5000, 5970, 5980):
    for name, src in forms(n).items():
        print(n, name, attempt(src))

print("annotation", attempt("from __future__ import annotations\nx: a" + " + a" * 5000, "exec"))
print("annotation ok", attempt("from __future__ import annotations\nx: a" + " + a" * 500, "exec"))

# A lower recursion limit lowers the bound; so does being deep in calls already.
sys.setrecursionlimit(200)
for n in (500, 590, 610, 1000):
    print("limit 200", n, attempt("x" + ".y" * n), attempt("+".join(["1"] * n)))


def nested(depth):
    if depth:
        return nested(depth - 1)
    return [attempt("x" + ".y" * n) for n in (150, 250, 400)]


print("100 frames deep", nested(100))
sys.setrecursionlimit(1000)
