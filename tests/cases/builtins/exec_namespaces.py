g = {}
exec("class C:\n    attr = 5\n    def m(self):\n        return self.attr * 2\nobj = C()\n", g)
print(g["obj"].m(), g["C"].__module__ if "__name__" in g else g["C"].__module__)
g = {"__name__": "custom_mod"}
exec("class D: pass", g)
print(g["D"].__module__)
g = {}
l = {}
exec("a = 1\ndef f():\n    return a\n", g, l)
print(sorted(l), "a" in g)
try:
    l["f"]()
except NameError as e:
    print("NameError", e)
g = {}
exec("a = 1\ndef f():\n    return a\nr = f()", g)
print(g["r"])
src = "total = sum(v for v in data)"
ns = {"data": [1, 2, 3]}
exec(src, ns)
print(ns["total"])
code = compile("counter += 1", "<inc>", "exec")
ns = {"counter": 0}
for _ in range(3):
    exec(code, ns)
print(ns["counter"])
print(eval("[k for k in range(3)]", {}))
ns = {}
exec("import sys as s2", ns)
print(type(ns["s2"]).__name__)
def fn_scope():
    y = 5
    return eval("y * 2")
print(fn_scope())
def fn_scope2():
    y = 5
    return eval("[y * i for i in range(3)]")
try:
    print(fn_scope2())
except NameError as e:
    print("NameError", e)
class Tracker(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
t = Tracker()
exec("p = 1\nq = p + 1", {}, t)
print(sorted(t.items()))
print(eval("__builtins__", {"__builtins__": {"marker": 1}}))
ns = {"__builtins__": {}}
try:
    exec("len([])", ns)
except NameError as e:
    print("NameError", e)
print(exec("pass", None, None), eval("1", None, None))
