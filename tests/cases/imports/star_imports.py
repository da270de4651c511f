# from m import * with __all__ (submodules named in it are imported) and without (no _names).
import sys
sys.path.insert(0, sys.path[0] + "/ci_mods")
from ci_star import *
print(pub, _hidden_but_listed, sub1.S1)
print("not_listed" in globals())
from ci_noall import *
print(public_a, public_b, func(), Klass.__name__)
print("_private" in globals(), "__dunder" in globals(), "_sys" in globals())
def g():
    ns = {}
    exec("from ci_noall import *", ns)
    return sorted(k for k in ns if not k.startswith("__"))
print(g())
