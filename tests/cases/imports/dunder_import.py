# __import__ return values: the top package, or the module itself with a fromlist.
import sys
m = __import__("ci_pkg.sub.leaf")
print(m.__name__)
m = __import__("ci_pkg.sub.leaf", fromlist=["LEAF"])
print(m.__name__)
m = __import__("ci_pkg.sub", globals(), None, ["leaf", "sibling"], 0)
print(m.__name__, m.leaf.__name__)
m = __import__("sub.leaf", {"__package__": "ci_pkg"}, None, [], 1)
print(m.__name__)
m = __import__("", {"__package__": "ci_pkg.sub"}, None, ["leaf"], 1)
print(m.__name__)
m = __import__("mod_b", {"__name__": "ci_pkg.other"}, None, [], 1)
print(m.__name__)
m = __import__("mod_b", {"__name__": "ci_pkg", "__path__": []}, None, ["B"], 1)
print(m.__name__, m.B)
print(__import__("sys") is sys)
import builtins
orig = builtins.__import__
seen = []
def spy(name, *args):
    seen.append(name)
    return orig(name, *args)
builtins.__import__ = spy
import ci_pkg.mod_b
from ci_pkg import VALUE
builtins.__import__ = orig
print(seen)
