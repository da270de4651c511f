a = 1
def f(b):
    c = 2
    loc = locals()
    return sorted(loc.items())
print(f(5))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["a"], "f" in globals())
globals()["new_var"] = 42
print(new_var)
def g():
    return locals()
print(g())
class K:
    x = 1
    y = sorted(locals())
print(K.y)
print(eval("a + 1"), eval("b * 2", {"b": 4}), eval("c", {}, {"c": 7}))
ns = {}
exec("z = 10\ndef h(): return z * 2", ns)
print(ns["z"], ns["h"]())
exec("a = 100")
print(a)
print(eval("__name__"), __name__)
d = {"x": 1}
exec("x += 1; y = x * 10", d)
print(d["x"], d["y"], "__builtins__" in d)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
print(eval("(lambda v: v + 1)(1)"), eval("[i for i in range(3)]"))
print(vars()["a"] is globals()["a"])
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
def dir_local():
    p = 1
    q = 2
    return dir()
print(dir_local())
print(eval("x", {"x": 1}, {"x": 2}))
gl = {"__builtins__": {"len": lambda s: "custom"}}
print(eval("len('a')", gl))
