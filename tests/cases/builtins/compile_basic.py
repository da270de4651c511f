c = compile("1 + 2", "<expr>", "eval")
print(type(c).__name__, c.co_filename, c.co_name)
print(eval(c))
c = compile("x = 10\ny = x * 2\n", "<prog>", "exec")
ns = {}
print(exec(c, ns))
print(ns["x"], ns["y"], "__builtins__" in ns)
c = compile("40 + 2", "<single>", "single")
r = exec(c)
print("exec returned", r)
c = compile("z = 5", "<single>", "single")
exec(c)
print(z)
c = compile(b"b'bytes source' + b'!'", "<bytes>", "eval")
print(eval(c))
for mode in ["exec", "eval", "single", "bad"]:
    try:
        compile("1", "<m>", mode)
        print(mode, "ok")
    except ValueError as e:
        print("ValueError", e)
for src in [1, None, [1]]:
    try:
        compile(src, "<x>", "exec")
    except TypeError as e:
        print("TypeError", e)
try:
    compile("x = (", "myfile.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
try:
    compile("a b", "f2", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "f3", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("1\n2\n", "f4", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg)
c = compile(source="3 * 3", filename="kw", mode="eval")
print(eval(c))
c = compile("4", "f", "eval", 0, True, -1)
print(eval(c))
c = compile("def f(a):\n    return a + 1\n", "defs", "exec")
g = {}
exec(c, g)
print(g["f"](1), g["f"].__code__.co_filename)
print(compile("", "empty", "exec").co_name)
try:
    eval(compile("x = 1", "e", "exec"))
    print("eval of exec code returns", eval(compile("x = 1", "e", "exec")))
except Exception as e:
    print(type(e).__name__, e)
