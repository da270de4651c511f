c = compile("a = 1\nb = a + 1\n", "prog.py", "exec")
print(c.co_filename, c.co_name, c.co_firstlineno)
print(sorted(c.co_names))
e = compile("x * y", "e.py", "eval")
print(sorted(e.co_names), eval(e, {"x": 3, "y": 4}), eval(e, {"x": "a", "y": 3}))
def f():
    pass
try:
    exec(f.__code__)
    print("exec of function code ok")
except Exception as ex:
    print(type(ex).__name__, ex)
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    exec(outer().__code__)
except TypeError as ex:
    print("TypeError", ex)
try:
    eval(outer().__code__)
except TypeError as ex:
    print("TypeError", ex)
try:
    exec("x = 1", closure=())
except TypeError as ex:
    print("TypeError", ex)
for bad in [dict(), 1.5, None]:
    try:
        compile(bad, "f", "exec")
    except TypeError as ex:
        print("TypeError", ex)
try:
    compile("1", "f", "exec", 0xfffffff)
except ValueError as ex:
    print("ValueError", ex)
try:
    compile("1", "f", "exec", optimize=7)
except ValueError as ex:
    print("ValueError", ex)
try:
    compile("1", 5, "exec")
except TypeError as ex:
    print("TypeError", ex)
try:
    compile("1", "f")
except TypeError as ex:
    print("TypeError", ex)
try:
    compile("a\x00b", "f", "exec")
except SyntaxError as ex:
    print("SyntaxError", ex.msg)
c = compile(bytearray(b"7 * 6"), "ba", "eval")
print(eval(c))
c = compile("# -*- coding: utf-8 -*-\nresult = 'caf\u00e9'\n".encode(), "enc", "exec")
ns = {}
exec(c, ns)
print(ns["result"])
print(eval(compile("1 if True else 2", "t", "eval", dont_inherit=True)))
def make_cell(v):
    def g():
        return v
    return g.__closure__[0]
def needs_cell():
    w = 0
    def body():
        print("closure value", w)
    return body
exec(needs_cell().__code__, {}, None, closure=(make_cell("from cell"),))
try:
    exec(needs_cell().__code__, closure=(1,))
except TypeError as ex:
    print("TypeError", ex)
try:
    exec(compile("1", "c", "exec"), closure=(make_cell(1),))
except TypeError as ex:
    print("TypeError", ex)
