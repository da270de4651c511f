print(eval("  1 + 1"))

print(eval("\t 7"))
print(exec("a = 1"))
g = {"x": 5}
print(eval("x + 1", g))
print("__builtins__" in g)
l = {"y": 7}
print(eval("x + y", g, l))
exec("z = x + y", g, l)
print(l["z"], "z" in g)
class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)
print(eval("magic + 1", {}, Mapping()))
try:
    eval("missing", {}, Mapping())
except NameError as e:
    print("NameError", e)
class D(dict):
    def __missing__(self, key):
        return key.upper()
print(eval("hello", {}, D()))
try:
    eval("1", [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    exec("1", {}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
try:
    exec(5)
except TypeError as e:
    print("TypeError", e)
try:
    exec("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("\n\nfoo(")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
def closure_maker():
    k = 10
    ns = {"k": k}
    exec("def f(n):\n    return n + k\n", ns)
    return ns["f"]
print(closure_maker()(5))
exec("def outer():\n    v = 3\n    def inner():\n        return v * 2\n    return inner()\nres = outer()")
print(res)
print(eval("[i * i for i in range(4)]"))
print(eval("(lambda q: q + 1)(1)"))
exec("import math_not_there" if False else "pass")
code = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}
exec(code, ns)
print(ns["total"])
exec("global gg\ngg = 'global set'")
print(gg)
def f():
    ns = {}
    exec("local_var = 1", globals(), ns)
    return ns
print(f())
print(eval("__name__"))
print(eval("__name__", {}))
ns = {}
exec("print(__name__)", ns)
print(type(ns["__builtins__"]).__name__)
print(eval("len('abc')", {"__builtins__": {"len": lambda s: 99}}))
for src in ["\n1", "\n\n2+2\n", "  \t3", "4\n\n", "# comment\n5", "\n  6"]:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
print(eval(b"  7"))
print(eval("  8".encode()))
