cases = [
    "x = (",
    "def f(:\n    pass",
    "\n\n\nif True\n    pass",
    "for x in range(3):\npass",
    "  indented = 1",
    "return 5",
    "yield 1",
    "break",
    "x = 1 +",
    "f(**x, *y)",
    "a, b += 1",
    "del f()",
    "None = 1",
    "'unterminated",
    "lambda: (yield)",
    "nonlocal q",
]
for src in cases:
    try:
        exec(src)
        print("no error for", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno)
for src in ["1 +", "x = 1", "import os"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.msg, e.lineno)
try:
    compile("def f():\n  x = 1\n    y = 2\n", "indent.py", "exec")
except IndentationError as e:
    print("IndentationError", e.msg, e.filename, e.lineno)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("runtime error from exec:", e)
try:
    eval("undefined_name_xyz")
except NameError as e:
    print("NameError", e)
def trace_line():
    try:
        exec("a = 1\nb = 2\nraise KeyError('line 3')")
    except KeyError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("raised at line", tb.tb_lineno)
trace_line()
