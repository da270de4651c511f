# Compiling deeply nested source (through eval and exec) is an exception, never a crash:
# SyntaxError from the tokenizer's nesting limit, MemoryError from the parser's, and
# RecursionError from the compiler's.
def attempt(label, src):
    try:
        value = eval(src, {"f": lambda *a: f, "x": [[0]]})
        print(label, "evaluated", type(value).__name__)
    except SyntaxError as e:
        print(label, "SyntaxError", e.msg)
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__)

attempt("parens 10", "(" * 10 + "1" + ")" * 10)
attempt("parens 1000", "(" * 1000 + "1" + ")" * 1000)
attempt("lists 1000", "[" * 1000 + "]" * 1000)
attempt("dicts 500", "{1:" * 500 + "1" + "}" * 500)
attempt("minus 10", "-" * 10 + "1")
attempt("minus 100000", "-" * 100000 + "1")
attempt("not 100000", "not " * 100000 + "0")
attempt("lambda 10000", "lambda: " * 10000 + "0")
attempt("ifexp 10000", "1 if 1 else " * 10000 + "0")
attempt("attr 100000", "x" + ".y" * 100000)
attempt("calls 100000", "f()" + "()" * 100000)
attempt("subscripts 100000", "x" + "[0]" * 100000)
attempt("plus chain 100", "+".join(["1"] * 100))
try:
    exec("y = " + "(" * 300 + "1" + ")" * 300)
except SyntaxError as e:
    print("exec", type(e).__name__, e.msg, e.lineno)
print("still working", eval("2 ** 10"), eval("((1 + 2) * (3 - 4))"))
