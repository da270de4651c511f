# sys.path is a real list searched in order; entries can be added and removed.
import sys
print(type(sys.path).__name__)
try:
    import ci_plain
except ModuleNotFoundError as e:
    print("not yet:", e)
sys.path.append(sys.path[0] + "/ci_mods")
import ci_plain
print(ci_plain.NAME)
sys.path.pop()
del sys.modules["ci_plain"]
try:
    import ci_plain
except ModuleNotFoundError as e:
    print("gone again:", e)
sys.path.insert(0, sys.path[0] + "/ci_pkg")
import mod_b
print(mod_b.__name__, mod_b.B, repr(mod_b.__package__))
print(mod_b is not sys.modules.get("ci_pkg.mod_b"))
