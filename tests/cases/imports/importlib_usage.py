# importlib.import_module (absolute and relative), reload, invalidate_caches.
import sys
sys.path.insert(0, sys.path[0] + "/ci_mods")
import importlib
m = importlib.import_module("ci_pkg.mod_b")
print(m.__name__, m is sys.modules["ci_pkg.mod_b"])
print(importlib.import_module("ci_pkg").__name__)
print(importlib.import_module(".sub.leaf", "ci_pkg").LEAF)
print(importlib.import_module("..mod_a", "ci_pkg.sub").A)
for args in [(".x",), ("...x", "ci_pkg"), ("ci_nowhere",), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
import ci_counter
r = importlib.reload(ci_counter)
print(r is ci_counter, ci_counter.runs)
print(importlib.invalidate_caches())
try:
    importlib.reload(5)
except TypeError as e:
    print("TypeError")
